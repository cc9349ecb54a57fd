/// @file quoteattr/error.hpp
/// @brief The one exception family of quoteattr.
///
/// Every error says what went wrong (a closed ErrorCode plus a message) and
/// where (a byte offset into the text, or file:line:column of a profile).
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
enum class ErrorCode {
  kInvalidUtf8,       ///< Strict UTF-8 policy and the text is ill-formed.
  kIo,                ///< A file could not be read.
  kProfileSyntax,     ///< A profile file is not valid TOML.
  kProfileKey,        ///< Unknown or missing key in a profile.
  kProfileValue,      ///< A key has a value of the wrong type or range.
  kProfilePattern,    ///< A rule pattern does not compile or names an unknown placeholder.
  kProfileDuplicate,  ///< Two rules (or speakers) share an id.
  kInvalidArgument,   ///< An API was called with a value it cannot accept.
  kInternal,          ///< A dependency failed (ICU could not open a break iterator, ...).
};

/// @brief A short stable name for a code: "invalid-utf8", "profile-key", ...
/// @return a static string; never null, never throws.
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
