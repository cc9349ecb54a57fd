/// @file quoteattr/utf8.hpp
/// @brief How quoteattr treats ill-formed UTF-8.
///
/// Policy (documented in README "Invalid UTF-8"): by default nothing is
/// rejected. Each maximal ill-formed subsequence (in the sense of Unicode
/// "best practice" U+FFFD substitution, as ICU's U8_NEXT reads it) is analysed
/// as if it were U+FFFD, but every offset quoteattr reports is still a byte
/// offset into the original, unchanged buffer. The replacements are counted.
/// With Utf8Policy::kStrict the first bad sequence throws Error(kInvalidUtf8)
/// with its byte offset instead.
///
/// @code
///   auto report = quoteattr::check_utf8(text);
///   if (!report.valid()) std::cerr << report.invalid_sequences << " bad sequences, first at byte "
///                                  << report.first_invalid << "\n";
/// @endcode
///
/// All functions here are pure: thread-safe, and linear in the length of the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "quoteattr/export.hpp"

namespace quoteattr {

/// @brief What to do with ill-formed UTF-8 (AttributorOptions::utf8).
enum class Utf8Policy {
  kReplace,  ///< Analyse bad sequences as U+FFFD, report offsets into the original bytes.
  kStrict,   ///< Throw Error(ErrorCode::kInvalidUtf8) at the first bad sequence.
};

/// @brief The result of a UTF-8 scan (check_utf8(), Result::utf8).
struct Utf8Report {
  /// @brief `first_invalid` when the text is well-formed.
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::size_t invalid_sequences = 0;  ///< How many U+FFFD substitutions were made.
  std::size_t first_invalid = npos;   ///< Byte offset of the first one (npos when none).
  /// @brief True when the text had no ill-formed sequence.
  bool valid() const noexcept { return invalid_sequences == 0; }
};

/// @brief Scans @p text once and counts its ill-formed sequences.
/// @return the count and the offset of the first; never throws. O(n).
QUOTEATTR_API Utf8Report check_utf8(std::string_view text) noexcept;

/// @brief Checks that @p text is well-formed UTF-8. O(n).
/// @throws Error with ErrorCode::kInvalidUtf8 naming the byte offset of the first bad sequence.
QUOTEATTR_API void require_valid_utf8(std::string_view text);

/// @brief A copy of @p text with each bad sequence replaced by U+FFFD (EF BF BD). O(n).
/// @throws std::bad_alloc only.
QUOTEATTR_API std::string replace_invalid_utf8(std::string_view text);

}  // namespace quoteattr
