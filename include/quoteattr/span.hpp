// quoteattr/span.hpp: a half-open byte range into the caller's UTF-8 text.
//
// Every result of quoteattr is expressed as byte offsets into the buffer the
// caller passed in; nothing is copied. To get the bytes back:
//
//   std::string_view text = ...;
//   quoteattr::Span s{4, 9};
//   std::string_view word = s.in(text);   // text.substr(4, 5)
#pragma once

#include <cstddef>
#include <string_view>

namespace quoteattr {

struct Span {
  std::size_t begin = 0;  // first byte
  std::size_t end = 0;    // one past the last byte

  constexpr std::size_t size() const noexcept { return end > begin ? end - begin : 0; }
  constexpr bool empty() const noexcept { return end <= begin; }
  constexpr bool contains(const Span& o) const noexcept { return begin <= o.begin && o.end <= end; }
  constexpr bool overlaps(const Span& o) const noexcept { return begin < o.end && o.begin < end; }
  // The bytes of this span in `text`; clamped to the text, never throws.
  std::string_view in(std::string_view text) const noexcept {
    if (begin >= text.size()) return {};
    return text.substr(begin, (end < text.size() ? end : text.size()) - begin);
  }
};

constexpr bool operator==(const Span& a, const Span& b) noexcept {
  return a.begin == b.begin && a.end == b.end;
}
constexpr bool operator!=(const Span& a, const Span& b) noexcept { return !(a == b); }
constexpr bool operator<(const Span& a, const Span& b) noexcept {
  return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;  // outer span first
}

}  // namespace quoteattr
