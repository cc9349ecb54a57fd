#include "quoteattr/utf8.hpp"

#include <unicode/utf8.h>

#include <algorithm>

#include "quoteattr/error.hpp"

namespace quoteattr {

namespace {
// Calls on_bad(offset, length) for each maximal ill-formed subsequence.
template <class F>
void scan(std::string_view text, F&& on_bad) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  // ICU's macros take int32_t lengths: walk the text in windows that fit.
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const std::size_t window = std::min<std::size_t>(n - i, 16);
    int32_t pos = 0;
    UChar32 c;
    U8_NEXT(s + i, pos, static_cast<int32_t>(window), c);
    if (c < 0) on_bad(i, static_cast<std::size_t>(pos));
    i += static_cast<std::size_t>(pos);
  }
}
}  // namespace

Utf8Report check_utf8(std::string_view text) noexcept {
  Utf8Report r;
  scan(text, [&](std::size_t at, std::size_t) {
    if (r.invalid_sequences++ == 0) r.first_invalid = at;
  });
  return r;
}

void require_valid_utf8(std::string_view text) {
  Utf8Report r = check_utf8(text);
  if (!r.valid()) {
    Location where;
    where.offset = r.first_invalid;
    throw Error(ErrorCode::kInvalidUtf8,
                "ill-formed UTF-8 (" + std::to_string(r.invalid_sequences) + " bad sequence(s); the first starts here)",
                where);
  }
}

std::string replace_invalid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t done = 0;
  scan(text, [&](std::size_t at, std::size_t len) {
    out.append(text.substr(done, at - done));
    out.append("\xEF\xBF\xBD");
    done = at + len;
  });
  out.append(text.substr(done));
  return out;
}

}  // namespace quoteattr
