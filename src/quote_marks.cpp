// Quote-mark glyphs and their classification in context (see quote_marks.hpp).
#include "quote_marks.hpp"

#include <algorithm>
#include <cstddef>

#include "text_util.hpp"

namespace quoteattr {
namespace detail {

namespace {

struct GlyphEntry {
  char32_t c;
  Glyph glyph;
};
constexpr MarkFamily kD = MarkFamily::kDouble, kS = MarkFamily::kSingle;
constexpr GlyphEntry kGlyphs[] = {
    {0x0022, {kD, 0, false}},
    {0xFF02, {kD, 0, false}},  // " ＂
    {0x201C, {kD, +1, false}},
    {0x201D, {kD, -1, false}},  // “ ”
    {0x201E, {kD, +1, true}},
    {0x201F, {kD, +1, true}},  // „ ‟
    {0x0027, {kS, 0, false}},
    {0xFF07, {kS, 0, false}},  // ' ＇
    {0x2018, {kS, +1, false}},
    {0x2019, {kS, -1, false}},  // ‘ ’
    {0x201A, {kS, +1, true}},
    {0x201B, {kS, +1, true}},                             // ‚ ‛
    {0x00AB, {MarkFamily::kGuillemet, +1, false}},        // «
    {0x00BB, {MarkFamily::kGuillemet, -1, false}},        // »
    {0x2039, {MarkFamily::kSingleGuillemet, +1, false}},  // ‹
    {0x203A, {MarkFamily::kSingleGuillemet, -1, false}},  // ›
    {0x300C, {MarkFamily::kCorner, +1, true}},            // 「
    {0x300D, {MarkFamily::kCorner, -1, true}},            // 」
    {0x300E, {MarkFamily::kWhiteCorner, +1, true}},       // 『
    {0x300F, {MarkFamily::kWhiteCorner, -1, true}},       // 』
};

}  // namespace

bool quote_glyph(char32_t c, Glyph& g) noexcept {
  const bool maybe = c == 0x22 || c == 0x27 || c == 0xAB || c == 0xBB || (c >= 0x2018 && c <= 0x203A) ||
                     (c >= 0x300C && c <= 0x300F) || c == 0xFF02 || c == 0xFF07;
  if (!maybe) return false;
  for (const GlyphEntry& e : kGlyphs) {
    if (e.c == c) {
      g = e.glyph;
      return true;
    }
  }
  return false;
}

namespace {

bool is_single_mark(char32_t c) noexcept {
  Glyph g;
  return quote_glyph(c, g) && g.family == MarkFamily::kSingle;
}

// After an opening-looking single mark: is this an elided word ('Tis, ’90s,
// 'em, 'cause, the 'n' of rock 'n' roll)? Reads at most a few code points.
bool starts_elision(std::string_view text, std::size_t i, std::size_t end, const Lexicon& lex) {
  if (i < end && is_digit(cp_at(text, i))) return true;  // ’90s, '08
  char word[8];
  std::size_t n = 0, j = i;
  char32_t c = 0;
  while (j < end && n < sizeof word) {
    std::size_t k = j;
    c = next_cp(text, k);
    if (c >= 0x80 || !is_alpha(c)) break;
    word[n++] = static_cast<char>(c | 0x20);
    j = k;
  }
  if (j < end && is_alnum(cp_at(text, j))) return false;  // longer word
  std::string_view w(word, n);
  if (w == "n") return j < end && is_single_mark(cp_at(text, j));  // rock 'n' roll
  return lex.is(WordClass::kElidedWords, w);
}

// The second mark of " 'n' ": space, mark, n, this mark.
bool ends_n_elision(std::string_view text, std::size_t begin, std::size_t para_begin) noexcept {
  std::size_t i = begin;
  if (i <= para_begin || (prev_cp(text, i) | 0x20) != 'n') return false;
  if (i <= para_begin || !is_single_mark(prev_cp(text, i))) return false;
  return i <= para_begin || is_space(cp_before(text, i));
}

// Punctuation that follows a closing mark, never an opening one: ‹ Ciao ›.
bool closes_clause(char32_t c) noexcept {
  switch (c) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case ')':
    case ']':
    case '}':
    case 0x2026:  // …
      return true;
    default:
      return false;
  }
}

// After a closing-looking single mark at [begin, end): is this the apostrophe of a plural
// possessive ("the farmers’ union", "workers' rights")? An "s" before it, a space and a
// lower-case word after it, and a later single mark in the paragraph that can close a
// quotation (‘The farmers’ union is strong,’).
bool plural_possessive(std::string_view text, std::size_t begin, std::size_t end, std::size_t para_end) {
  if ((cp_before(text, begin) | 0x20) != 's' || end + 1 >= para_end || text[end] != ' ' ||
      !is_lower(cp_at(text, end + 1)))
    return false;
  // The closing mark is looked for within kPossessiveWindow bytes, so that a paragraph of many
  // possessives and no closing mark costs linear time, not quadratic.
  constexpr std::size_t kPossessiveWindow = 4096;
  const std::size_t stop = std::min(para_end, end + 1 + kPossessiveWindow);
  for (std::size_t i = end + 1; i < stop;) {
    const std::size_t at = i;
    const char32_t c = next_cp(text, i);
    if (!is_single_mark(c)) continue;
    const char32_t after = i < para_end ? cp_at(text, i) : U' ';
    if (!is_space(cp_before(text, at)) && !is_alnum(after)) return true;
  }
  return false;
}

}  // namespace

MarkRole classify_mark(std::string_view text, std::size_t begin, std::size_t end, std::size_t para_begin,
                       std::size_t para_end, const Glyph& g, const Lexicon& lexicon) {
  if (g.fixed) return g.direction > 0 ? MarkRole::kOpen : MarkRole::kClose;
  const char32_t prev = begin > para_begin ? cp_before(text, begin) : U' ';
  const char32_t next = end < para_end ? cp_at(text, end) : U' ';
  const bool prev_space = is_space(prev), next_space = is_space(next);
  const bool left = !next_space && !is_alnum(prev) && !closes_clause(next);  // can open
  const bool right = !prev_space && !is_alnum(next);                         // can close
  const MarkRole by_glyph = g.direction > 0 ? MarkRole::kOpen : g.direction < 0 ? MarkRole::kClose : MarkRole::kEither;

  if (g.family == MarkFamily::kSingle) {
    if (is_alnum(prev) && is_alnum(next)) return MarkRole::kIgnore;  // don't, dog‘s
    if (left && !right) return starts_elision(text, end, para_end, lexicon) ? MarkRole::kIgnore : MarkRole::kOpen;
    if (right && !left)
      return ends_n_elision(text, begin, para_begin) || plural_possessive(text, begin, end, para_end)
                 ? MarkRole::kIgnore
                 : MarkRole::kClose;
    if (left && right) return MarkRole::kEither;
    return MarkRole::kIgnore;  // between spaces
  }
  if (left && !right) return MarkRole::kOpen;
  if (right && !left) return MarkRole::kClose;
  if (left && right) return by_glyph;  // between punctuation
  if (prev_space && next_space) {
    // A lone mark: its glyph says which way it faces (« Bonjour », “ We ”). A lone straight "
    // closes when a stray space follows the punctuation that ends a quotation (`difficult, " he
    // said`), and opens after a colon (`said: " We`); otherwise it says nothing and is debris.
    if (g.direction != 0) return by_glyph;
    std::size_t b = begin;
    for (int n = 0; n < 3 && b > para_begin && text[b - 1] == ' '; ++n) --b;
    if (b == begin || b == para_begin || text[b - 1] == ' ') return MarkRole::kIgnore;
    const char32_t before = cp_before(text, b);
    if (before == ':') return MarkRole::kOpen;
    if (closes_clause(before) && before != ')' && before != ']' && before != '}') return MarkRole::kClose;
    return MarkRole::kIgnore;
  }
  return by_glyph;  // inside a word: a"b, a”b
}

}  // namespace detail
}  // namespace quoteattr
