/// @file quoteattr/tags.hpp
/// @brief The Penn Treebank part-of-speech tags that quoteattr's tagger assigns.
///
/// The tag set is the XPOS tag set of Universal Dependencies English: Penn
/// Treebank plus HYPH, NFP, ADD, AFX, GW and XX.
///
/// @code
///   quoteattr::Tag t = quoteattr::parse_tag("VBD");   // Tag::VBD
///   quoteattr::tag_name(t);                           // "VBD"
///   quoteattr::is_verb(t);                            // true
/// @endcode
///
/// Everything here is `constexpr` and `noexcept`, and thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace quoteattr {

/// @brief A Penn Treebank part-of-speech tag.
///
/// The order is part of the model format: append, never reorder.
enum class Tag : std::uint8_t {
  CC,                ///< Coordinating conjunction ("and").
  CD,                ///< Cardinal number ("3", "two").
  DT,                ///< Determiner ("the").
  EX,                ///< Existential "there".
  FW,                ///< Foreign word.
  IN,                ///< Preposition or subordinating conjunction ("of", "that").
  JJ,                ///< Adjective.
  JJR,               ///< Adjective, comparative.
  JJS,               ///< Adjective, superlative.
  LS,                ///< List item marker.
  MD,                ///< Modal ("will").
  NN,                ///< Noun, singular or mass.
  NNS,               ///< Noun, plural.
  NNP,               ///< Proper noun, singular.
  NNPS,              ///< Proper noun, plural.
  PDT,               ///< Predeterminer ("all the").
  POS,               ///< Possessive ending ("'s").
  PRP,               ///< Personal pronoun.
  PRP_S /* PRP$ */,  ///< Possessive pronoun, written "PRP$".
  RB,                ///< Adverb.
  RBR,               ///< Adverb, comparative.
  RBS,               ///< Adverb, superlative.
  RP,                ///< Particle ("up" in "called up").
  SYM,               ///< Symbol.
  TO,                ///< "to".
  UH,                ///< Interjection.
  VB,                ///< Verb, base form.
  VBD,               ///< Verb, past tense.
  VBG,               ///< Verb, gerund or present participle.
  VBN,               ///< Verb, past participle.
  VBP,               ///< Verb, non-third-person singular present.
  VBZ,               ///< Verb, third-person singular present.
  WDT,               ///< Wh-determiner ("which").
  WP,                ///< Wh-pronoun ("who").
  WP_S /* WP$ */,    ///< Possessive wh-pronoun, written "WP$".
  WRB,               ///< Wh-adverb ("when").
  COMMA /* , */,     ///< Comma, written ",".
  PERIOD /* . */,    ///< Sentence-final punctuation, written ".".
  COLON /* : */,     ///< Colon, semicolon, dash, ellipsis, written ":".
  LQUOTE /* `` */,   ///< Opening quote mark, written "``".
  RQUOTE /* '' */,   ///< Closing quote mark, written "''".
  LRB /* -LRB- */,   ///< Opening bracket, written "-LRB-".
  RRB /* -RRB- */,   ///< Closing bracket, written "-RRB-".
  DOLLAR /* $ */,    ///< Currency sign, written "$".
  HASH /* # */,      ///< Number sign, written "#".
  HYPH,              ///< Hyphen (UD).
  NFP,               ///< Superfluous punctuation (UD).
  ADD,               ///< E-mail or web address (UD).
  AFX,               ///< Affix (UD).
  GW,                ///< Goes-with: part of a word split in two (UD).
  XX,                ///< Unknown.
  kCount             ///< The number of tags (not a tag).
};

/// @brief The number of tags.
inline constexpr std::size_t kTagCount = static_cast<std::size_t>(Tag::kCount);

/// @brief The tag as written in Penn Treebank / CoNLL-U files ("PRP$", "``", "-LRB-").
/// @return the name, or "?" for a value out of range.
constexpr std::string_view tag_name(Tag t) noexcept {
  constexpr std::string_view names[] = {
      "CC",  "CD",   "DT",    "EX",    "FW",  "IN",   "JJ",   "JJR", "JJS", "LS",  "MD",  "NN", "NNS",
      "NNP", "NNPS", "PDT",   "POS",   "PRP", "PRP$", "RB",   "RBR", "RBS", "RP",  "SYM", "TO", "UH",
      "VB",  "VBD",  "VBG",   "VBN",   "VBP", "VBZ",  "WDT",  "WP",  "WP$", "WRB", ",",   ".",  ":",
      "``",  "''",   "-LRB-", "-RRB-", "$",   "#",    "HYPH", "NFP", "ADD", "AFX", "GW",  "XX"};
  static_assert(sizeof(names) / sizeof(names[0]) == kTagCount, "one name per tag");
  const auto i = static_cast<std::size_t>(t);
  return i < kTagCount ? names[i] : std::string_view("?");
}

/// @brief The tag named @p name (exact, case-sensitive), or nothing. O(number of tags).
constexpr std::optional<Tag> parse_tag(std::string_view name) noexcept {
  for (std::size_t i = 0; i < kTagCount; ++i)
    if (tag_name(static_cast<Tag>(i)) == name) return static_cast<Tag>(i);
  return std::nullopt;
}

/// @brief True for the verb tags VB, VBD, VBG, VBN, VBP, VBZ.
constexpr bool is_verb(Tag t) noexcept { return t >= Tag::VB && t <= Tag::VBZ; }
/// @brief True for the noun tags NN, NNS, NNP, NNPS.
constexpr bool is_noun(Tag t) noexcept { return t >= Tag::NN && t <= Tag::NNPS; }
/// @brief True for NNP and NNPS.
constexpr bool is_proper_noun(Tag t) noexcept { return t == Tag::NNP || t == Tag::NNPS; }
/// @brief True for JJ, JJR, JJS.
constexpr bool is_adjective(Tag t) noexcept { return t >= Tag::JJ && t <= Tag::JJS; }
/// @brief True for RB, RBR, RBS.
constexpr bool is_adverb(Tag t) noexcept { return t >= Tag::RB && t <= Tag::RBS; }
/// @brief True for punctuation: `,` `.` `:` quote marks, brackets, HYPH and NFP.
constexpr bool is_punct(Tag t) noexcept {
  return (t >= Tag::COMMA && t <= Tag::RRB) || t == Tag::HYPH || t == Tag::NFP;
}

}  // namespace quoteattr
