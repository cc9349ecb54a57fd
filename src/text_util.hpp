// Internal: code-point level helpers over UTF-8 byte strings (ICU's U8 macros
// and character properties). Ill-formed sequences read as U+FFFD and advance by
// the length of the maximal ill-formed subsequence, as ICU does everywhere.
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "quote_marks.hpp"

namespace quoteattr {
namespace detail {

constexpr char32_t kReplacementChar = 0xFFFD;

// Reads the code point at byte i and advances i past it.
inline char32_t next_cp(std::string_view s, std::size_t& i) noexcept {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()), c);
  i = static_cast<std::size_t>(pos);
  return c < 0 ? kReplacementChar : static_cast<char32_t>(c);
}

// Reads the code point that ends just before byte i and moves i to its start.
inline char32_t prev_cp(std::string_view s, std::size_t& i) noexcept {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(i);
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, pos, c);
  i = static_cast<std::size_t>(pos);
  return c < 0 ? kReplacementChar : static_cast<char32_t>(c);
}

// The code point at byte i without moving (U+0000 past the end).
inline char32_t cp_at(std::string_view s, std::size_t i) noexcept {
  if (i >= s.size()) return 0;
  return next_cp(s, i);
}

// The code point ending at byte i (U+0000 at the start).
inline char32_t cp_before(std::string_view s, std::size_t i) noexcept {
  if (i == 0 || i > s.size()) return 0;
  return prev_cp(s, i);
}

inline bool is_space(char32_t c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         (c >= 0x80 && (u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0xA0 || c == 0x202F));
}
inline bool is_newline(char32_t c) noexcept {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85 || c == '\f' || c == '\v';
}
inline bool is_upper(char32_t c) noexcept {
  return c < 0x80 ? (c >= 'A' && c <= 'Z') : u_isupper(static_cast<UChar32>(c)) != 0;
}
inline bool is_lower(char32_t c) noexcept {
  return c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(static_cast<UChar32>(c)) != 0;
}
inline bool is_alpha(char32_t c) noexcept {
  return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : u_isalpha(static_cast<UChar32>(c)) != 0;
}
inline bool is_digit(char32_t c) noexcept {
  return c < 0x80 ? (c >= '0' && c <= '9') : u_isdigit(static_cast<UChar32>(c)) != 0;
}
inline bool is_alnum(char32_t c) noexcept { return is_alpha(c) || is_digit(c); }

// Dashes used as punctuation: - – — ― ‒ ⁃
inline bool is_dash(char32_t c) noexcept {
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 ||
         c == 0x2043;
}

// Byte offset of the first non-space at or after i, and one past the last
// non-space at or before end.
inline std::size_t skip_space(std::string_view s, std::size_t i, std::size_t end) noexcept {
  while (i < end) {
    std::size_t j = i;
    if (!is_space(next_cp(s, j))) break;
    i = j;
  }
  return i;
}
inline std::size_t trim_space_back(std::string_view s, std::size_t begin, std::size_t end) noexcept {
  while (end > begin) {
    std::size_t j = end;
    if (!is_space(prev_cp(s, j))) break;
    end = j;
  }
  return end;
}

// The first code point boundary at or after byte i, as next_cp() walks the
// text from its start: a lead byte always starts a code point, and a
// continuation byte starts one only when the sequence of the nearest lead byte
// before it (at most 3 bytes back) does not reach it. O(1), for snapping
// offsets that come from elsewhere (ICU) onto the code points we decode.
inline std::size_t cp_boundary_at_or_after(std::string_view s, std::size_t i) noexcept {
  if (i >= s.size()) return s.size();
  auto is_cont = [&](std::size_t k) { return (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80; };
  if (!is_cont(i)) return i;
  for (std::size_t back = 1; back <= 3 && back <= i; ++back) {
    std::size_t lead = i - back;
    if (is_cont(lead)) continue;
    next_cp(s, lead);
    return lead > i ? lead : i;
  }
  return i;
}

// Quote marks: the glyph table of quote_marks.cpp is the one list of them
// (" ' “ ” ‘ ’ „ ‟ ‚ ‛ « » ‹ › 「 」 『 』 ＂ ＇).
inline bool is_quote_mark(char32_t c) noexcept {
  Glyph g;
  return quote_glyph(c, g);
}
// Opening and closing punctuation around bracketed text.
inline bool is_open_bracket(char32_t c) noexcept { return c == '(' || c == '[' || c == '{'; }
inline bool is_close_bracket(char32_t c) noexcept { return c == ')' || c == ']' || c == '}'; }

// ASCII-only lower case (enough to compare abbreviations, which are ASCII or
// carry their non-ASCII bytes unchanged).
inline char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The word folded for a look-up in a word list: ASCII lower case, "’" as "'".
inline std::string fold_word(std::string_view w) {
  std::string out;
  out.reserve(w.size());
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (w.compare(i, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      i += 2;
    } else {
      out += ascii_lower(w[i]);
    }
  }
  return out;
}

// ASCII lower-case copy of a short word into buf (at most cap bytes); empty
// when the word is longer or not ASCII, so it matches no English lexicon.
inline std::string_view ascii_lower(std::string_view w, char* buf, std::size_t cap) noexcept {
  if (w.size() > cap) return {};
  for (std::size_t k = 0; k < w.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(w[k]);
    if (c >= 0x80) return {};
    buf[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return {buf, w.size()};
}

}  // namespace detail
}  // namespace quoteattr
