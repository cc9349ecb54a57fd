// quoteattr/utf8.hpp: how quoteattr treats ill-formed UTF-8.
//
// Policy (documented in README "Invalid UTF-8"): by default nothing is
// rejected. Each maximal ill-formed subsequence (in the sense of Unicode
// "best practice" U+FFFD substitution, as ICU's U8_NEXT reads it) is analysed
// as if it were U+FFFD, but every offset quoteattr reports is still a byte
// offset into the original, unchanged buffer. The replacements are counted.
// With Utf8Policy::kStrict the first bad sequence throws Error(kInvalidUtf8)
// with its byte offset instead.
//
//   auto report = quoteattr::check_utf8(text);
//   if (!report.valid()) std::cerr << report.invalid_sequences << " bad sequences, first at byte "
//                                  << report.first_invalid << "\n";
#pragma once

#include "quoteattr/export.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace quoteattr {

enum class Utf8Policy {
  kReplace,  // analyse bad sequences as U+FFFD, report offsets into the original bytes
  kStrict,   // throw Error(ErrorCode::kInvalidUtf8) at the first bad sequence
};

struct Utf8Report {
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::size_t invalid_sequences = 0;  // how many U+FFFD substitutions were made
  std::size_t first_invalid = npos;   // byte offset of the first one
  bool valid() const noexcept { return invalid_sequences == 0; }
};

// Scans `text` once; never throws.
QUOTEATTR_API Utf8Report check_utf8(std::string_view text) noexcept;

// Throws Error(kInvalidUtf8) naming the byte offset of the first bad sequence.
QUOTEATTR_API void require_valid_utf8(std::string_view text);

// A copy of `text` with each bad sequence replaced by U+FFFD (EF BF BD).
QUOTEATTR_API std::string replace_invalid_utf8(std::string_view text);

}  // namespace quoteattr
