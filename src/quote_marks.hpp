// Internal: quote-mark glyphs and the classification of one mark in context.
//
// This is the first half of the single mark-balancing mechanism (the second
// half, the per-paragraph stack, is in quote_finder.cpp). Every quote
// character is classified ONCE, from its glyph and its two neighbours, as
//   kOpen    it can only open a quotation here,
//   kClose   it can only close one,
//   kEither  straight or ambiguous: it closes an open quotation of its family,
//            otherwise it opens one,
//   kIgnore  an apostrophe (don't, dog‘s, ’90s, 'Tis, rock 'n' roll) or
//            debris (a lone " between spaces, the inch mark of 6'2").
// Direction comes from flanking, as in CommonMark: a mark followed by a
// non-space and not preceded by a letter/digit is left-flanking (opens); one
// preceded by a non-space and not followed by a letter/digit is
// right-flanking (closes). Flanking beats the glyph, which is how ” used as an
// opener and German „…“ work; the glyph decides only when flanking does not
// (French « Bonjour » with inner spaces, ”.” between punctuation).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "quoteattr/lexicon.hpp"

namespace quoteattr {
namespace detail {

// Marks of one family close each other; families nest inside each other.
enum class MarkFamily : std::uint8_t {
  kDouble,           // " “ ” „ ‟ ＂
  kSingle,           // ' ‘ ’ ‚ ‛ ＇
  kGuillemet,        // « »
  kSingleGuillemet,  // ‹ ›
  kCorner,           // 「 」
  kWhiteCorner,      // 『 』
};
constexpr int kMarkFamilies = 6;

struct Glyph {
  MarkFamily family = MarkFamily::kDouble;
  int direction = 0;   // +1 opens, -1 closes, 0 straight (either way)
  bool fixed = false;  // direction holds whatever the neighbours are („ 「 」)
};

// The glyph of code point c, or false when c is not a quote mark.
bool quote_glyph(char32_t c, Glyph& glyph) noexcept;

enum class MarkRole : std::uint8_t { kOpen, kClose, kEither, kIgnore };

// Role of the mark [begin, end) of `text`, whose glyph is `glyph`, inside the
// paragraph [para_begin, para_end) (its ends count as white space). Elided
// words ('Tis, 'em) come from the language pack's elided_words.
MarkRole classify_mark(std::string_view text, std::size_t begin, std::size_t end, std::size_t para_begin,
                       std::size_t para_end, const Glyph& glyph, const Lexicon& lexicon = Lexicon::english());

}  // namespace detail
}  // namespace quoteattr
