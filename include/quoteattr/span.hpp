/// @file quoteattr/span.hpp
/// @brief A half-open byte range into the caller's UTF-8 text.
///
/// Every result of quoteattr is expressed as byte offsets into the buffer the
/// caller passed in; nothing is copied. To get the bytes back:
///
/// @code
///   std::string_view text = ...;
///   quoteattr::Span s{4, 9};
///   std::string_view word = s.in(text);   // text.substr(4, 5)
/// @endcode
#pragma once

#include <cstddef>
#include <string_view>

namespace quoteattr {

/// @brief A half-open byte range `[begin, end)` into a UTF-8 buffer.
///
/// A plain value type: all members are `constexpr` and `noexcept`, O(1), and safe to use
/// from any thread.
struct Span {
  std::size_t begin = 0;  ///< First byte.
  std::size_t end = 0;    ///< One past the last byte.

  /// @brief Number of bytes; 0 for an empty or inverted span.
  constexpr std::size_t size() const noexcept { return end > begin ? end - begin : 0; }
  /// @brief True when the span holds no byte (`end <= begin`).
  constexpr bool empty() const noexcept { return end <= begin; }
  /// @brief True when @p o lies wholly inside this span (bounds included).
  constexpr bool contains(const Span& o) const noexcept { return begin <= o.begin && o.end <= end; }
  /// @brief True when the two spans share at least one byte.
  constexpr bool overlaps(const Span& o) const noexcept { return begin < o.end && o.begin < end; }
  /// @brief The bytes of this span in @p text; clamped to the text, never throws.
  /// @param text the buffer the span indexes (the one that was analysed)
  /// @return a view into @p text; empty when the span starts past its end
  std::string_view in(std::string_view text) const noexcept {
    if (begin >= text.size()) return {};
    return text.substr(begin, (end < text.size() ? end : text.size()) - begin);
  }
};

/// @brief Equal when both bounds are equal.
constexpr bool operator==(const Span& a, const Span& b) noexcept { return a.begin == b.begin && a.end == b.end; }
/// @brief Not equal when either bound differs.
constexpr bool operator!=(const Span& a, const Span& b) noexcept { return !(a == b); }
/// @brief Document order: by `begin`, and on equal `begin` the longer (outer) span first.
constexpr bool operator<(const Span& a, const Span& b) noexcept {
  return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;  // outer span first
}

}  // namespace quoteattr
