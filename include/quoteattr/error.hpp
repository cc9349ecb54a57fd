/// @file quoteattr/error.hpp
/// @brief The one exception family of quoteattr.
///
/// Every error says what went wrong (a closed ErrorCode plus a message) and
/// where (a byte offset into the text, or file:line:column of a profile).
///
/// What throws: the public functions of quoteattr throw quoteattr::Error, and only it, for
/// anything wrong with their input or environment; each header says which functions throw which
/// codes, and marks the ones that never throw `noexcept`. Besides, any function that allocates
/// may throw std::bad_alloc when memory runs out. A rule that fails on one quotation (a regex
/// that gives up, a C++ rule (RuleFunction) that throws a std::runtime_error) is reported in
/// Result::diagnostics, not thrown; any other exception a C++ rule throws propagates out of
/// Attributor::analyze() unchanged.
/// After an Error, the object that threw is unchanged (strong guarantee) unless its
/// documentation says otherwise.
///
/// @code
///   try {
///     auto profile = quoteattr::Profile::from_file("people.toml");
///   } catch (const quoteattr::Error& e) {
///     std::cerr << e.what() << "\n";   // "people.toml:3:1: unknown key 'nmae' ..."
///   }
/// @endcode
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

#include "quoteattr/export.hpp"

namespace quoteattr {

/// @brief What went wrong: the closed set of error kinds (Error::code()).
///
/// The set is closed: a switch over it can list every case. A code is added only with a new
/// minor version (and a CHANGELOG entry), never removed or renumbered;
/// error_code_name() gives each a stable name (the Python bindings raise one exception class
/// per code). The message of an error says what was wrong and where: a byte offset into a
/// text, or file:line:column of a profile and the rule id.
enum class ErrorCode {
  kInvalidUtf8,       ///< "invalid-utf8": strict UTF-8 policy and the text is ill-formed, or a
                      ///< profile or language pack is not UTF-8 (the offset of the first bad byte).
  kIo,                ///< "io": a file could not be opened, read or written (the path and why).
  kProfileSyntax,     ///< "profile-syntax": a profile (or language pack) is not valid TOML.
  kProfileKey,        ///< "profile-key": an unknown or missing key in a profile.
  kProfileValue,      ///< "profile-value": a key has a value of the wrong type or range.
  kProfilePattern,    ///< "profile-pattern": a rule pattern does not compile or names an unknown
                      ///< placeholder.
  kProfileDuplicate,  ///< "profile-duplicate": two rules (or speakers, cues) share an id, or a
                      ///< rule uses the id of a built-in sieve.
  kInvalidArgument,   ///< "invalid-argument": an API was called with a value it cannot accept
                      ///< (also a tagger model or lemma table that is not valid).
  kInternal,          ///< "internal": a dependency failed (ICU could not open a break iterator, ...).
  kDocumentTooLarge,  ///< "document-too-large": a document is larger than
                      ///< Limits::max_document_bytes (its size and the limit).
  kProfileTooLarge,   ///< "profile-too-large": a profile (or language pack) text is larger than
                      ///< Limits::max_profile_bytes (the file, its size and the limit).
  kTooManyRules,      ///< "too-many-rules": a profile has more rules than Limits::max_rules (the
                      ///< first rule over the limit: its id and file:line).
  kPatternTooLong,    ///< "pattern-too-long": a rule's pattern is longer than
                      ///< Limits::max_pattern_bytes (the rule id, file:line, its length and the limit).
};

/// @brief A short stable name for a code: "invalid-utf8", "profile-key", ... (listed at ErrorCode).
/// @return a static string; never null ("unknown" for a value outside the enum), never throws.
QUOTEATTR_API const char* error_code_name(ErrorCode code) noexcept;

/// @brief Where an error happened.
///
/// Either a byte offset into a text, or a position in a file (1-based line and
/// column; 0 when unknown), or both unknown.
struct QUOTEATTR_API Location {
  /// @brief `offset` when no byte offset is known.
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::string file;           ///< File (or source) name; empty when unknown.
  std::size_t line = 0;       ///< 1-based line; 0 when unknown.
  std::size_t column = 0;     ///< 1-based column; 0 when unknown.
  std::size_t offset = npos;  ///< Byte offset into the text; npos when unknown.

  /// @brief "file:3:7", "byte 120", or "" when nothing is known.
  std::string to_string() const;
};

/// @brief The exception quoteattr throws: a code, a message and a location.
///
/// what() is the full message with the location prefix ("people.toml:3:1: unknown key ...").
/// An Error is an ordinary value: copying and reading it is thread-safe.
class QUOTEATTR_API Error : public std::runtime_error {
 public:
  /// @brief An error of kind @p code with @p message, which happened at @p where.
  Error(ErrorCode code, const std::string& message, Location where = {});

  /// @brief What went wrong.
  ErrorCode code() const noexcept { return code_; }
  /// @brief Where it went wrong.
  const Location& where() const noexcept { return where_; }
  /// @brief The message without the location prefix.
  const std::string& message() const noexcept { return message_; }

 private:
  ErrorCode code_;
  Location where_;
  std::string message_;
};

}  // namespace quoteattr
