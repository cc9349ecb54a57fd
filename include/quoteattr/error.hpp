// quoteattr/error.hpp: the one exception family of quoteattr.
//
// Every error says what went wrong (a closed ErrorCode plus a message) and
// where (a byte offset into the text, or file:line:column of a profile).
//
//   try {
//     auto profile = quoteattr::Profile::from_file("people.toml");
//   } catch (const quoteattr::Error& e) {
//     std::cerr << e.what() << "\n";   // "people.toml:3:1: unknown key 'nmae' ..."
//   }
#pragma once

#include "quoteattr/export.hpp"

#include <cstddef>
#include <stdexcept>
#include <string>

namespace quoteattr {

enum class ErrorCode {
  kInvalidUtf8,      // strict UTF-8 policy and the text is ill-formed
  kIo,               // a file could not be read
  kProfileSyntax,    // a profile file is not valid TOML
  kProfileKey,       // unknown or missing key in a profile
  kProfileValue,     // a key has a value of the wrong type or range
  kProfilePattern,   // a rule pattern does not compile or names an unknown placeholder
  kProfileDuplicate, // two rules (or speakers) share an id
  kInvalidArgument,  // an API was called with a value it cannot accept
  kInternal,         // a dependency failed (ICU could not open a break iterator, ...)
};

// A short stable name for a code: "invalid-utf8", "profile-key", ...
QUOTEATTR_API const char* error_code_name(ErrorCode code) noexcept;

// Where an error happened. Either a byte offset into a text, or a position in
// a file (1-based line and column; 0 when unknown), or both unknown.
struct QUOTEATTR_API Location {
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::string file;
  std::size_t line = 0;
  std::size_t column = 0;
  std::size_t offset = npos;

  std::string to_string() const;  // "file:3:7", "byte 120", or ""
};

class QUOTEATTR_API Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message, Location where = {});

  ErrorCode code() const noexcept { return code_; }
  const Location& where() const noexcept { return where_; }
  // The message without the location prefix.
  const std::string& message() const noexcept { return message_; }

 private:
  ErrorCode code_;
  Location where_;
  std::string message_;
};

}  // namespace quoteattr
