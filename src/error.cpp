#include "quoteattr/error.hpp"

#include "quoteattr/limits.hpp"

namespace quoteattr {

const char* error_code_name(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::kInvalidUtf8:
      return "invalid-utf8";
    case ErrorCode::kIo:
      return "io";
    case ErrorCode::kProfileSyntax:
      return "profile-syntax";
    case ErrorCode::kProfileKey:
      return "profile-key";
    case ErrorCode::kProfileValue:
      return "profile-value";
    case ErrorCode::kProfilePattern:
      return "profile-pattern";
    case ErrorCode::kProfileDuplicate:
      return "profile-duplicate";
    case ErrorCode::kInvalidArgument:
      return "invalid-argument";
    case ErrorCode::kInternal:
      return "internal";
    case ErrorCode::kDocumentTooLarge:
      return "document-too-large";
    case ErrorCode::kProfileTooLarge:
      return "profile-too-large";
    case ErrorCode::kTooManyRules:
      return "too-many-rules";
    case ErrorCode::kPatternTooLong:
      return "pattern-too-long";
  }
  return "unknown";
}

std::string Location::to_string() const {
  std::string out;
  if (!file.empty()) {
    out = file;
    if (line) {
      out += ':' + std::to_string(line);
      if (column) out += ':' + std::to_string(column);
    }
  } else if (line) {
    out = "line " + std::to_string(line);
    if (column) out += ", column " + std::to_string(column);
  }
  if (offset != npos) {
    if (!out.empty()) out += ", ";
    out += "byte " + std::to_string(offset);
  }
  return out;
}

namespace {
std::string full_message(const std::string& message, const Location& where) {
  std::string loc = where.to_string();
  return loc.empty() ? message : loc + ": " + message;
}
}  // namespace

Error::Error(ErrorCode code, const std::string& message, Location where)
    : std::runtime_error(full_message(message, where)), code_(code), where_(std::move(where)), message_(message) {}

void check_document_size(std::uint64_t bytes, const Limits& limits) {
  if (bytes > limits.max_document_bytes)
    throw Error(ErrorCode::kDocumentTooLarge, "a document of " + std::to_string(bytes) +
                                                  " bytes is larger than the limit of " +
                                                  std::to_string(limits.max_document_bytes) + " bytes");
}

}  // namespace quoteattr
