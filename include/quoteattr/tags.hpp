// quoteattr/tags.hpp: the Penn Treebank part-of-speech tags that quoteattr's
// tagger assigns (the XPOS tag set of Universal Dependencies English: Penn
// Treebank plus HYPH, NFP, ADD, AFX, GW and XX).
//
//   quoteattr::Tag t = quoteattr::parse_tag("VBD");   // Tag::VBD
//   quoteattr::tag_name(t);                           // "VBD"
//   quoteattr::is_verb(t);                            // true
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace quoteattr {

// The order is part of the model format: append, never reorder.
enum class Tag : std::uint8_t {
  CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRP_S /* PRP$ */,
  RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WP_S /* WP$ */, WRB,
  COMMA /* , */, PERIOD /* . */, COLON /* : */, LQUOTE /* `` */, RQUOTE /* '' */,
  LRB /* -LRB- */, RRB /* -RRB- */, DOLLAR /* $ */, HASH /* # */, HYPH, NFP, ADD, AFX, GW, XX,
  kCount
};

inline constexpr std::size_t kTagCount = static_cast<std::size_t>(Tag::kCount);

// The tag as written in Penn Treebank / CoNLL-U files ("PRP$", "``", "-LRB-").
constexpr std::string_view tag_name(Tag t) noexcept {
  constexpr std::string_view names[] = {
      "CC",  "CD",  "DT",   "EX",  "FW",  "IN",  "JJ",  "JJR", "JJS",  "LS",    "MD",    "NN",  "NNS",
      "NNP", "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP",    "SYM",   "TO",  "UH",
      "VB",  "VBD", "VBG",  "VBN", "VBP", "VBZ", "WDT", "WP",  "WP$", "WRB",  ",",     ".",   ":",
      "``",  "''",  "-LRB-", "-RRB-", "$", "#",  "HYPH", "NFP", "ADD", "AFX", "GW",    "XX"};
  static_assert(sizeof(names) / sizeof(names[0]) == kTagCount, "one name per tag");
  const auto i = static_cast<std::size_t>(t);
  return i < kTagCount ? names[i] : std::string_view("?");
}

// The tag named `name` (exact, case-sensitive), or nothing.
constexpr std::optional<Tag> parse_tag(std::string_view name) noexcept {
  for (std::size_t i = 0; i < kTagCount; ++i)
    if (tag_name(static_cast<Tag>(i)) == name) return static_cast<Tag>(i);
  return std::nullopt;
}

constexpr bool is_verb(Tag t) noexcept { return t >= Tag::VB && t <= Tag::VBZ; }
constexpr bool is_noun(Tag t) noexcept { return t >= Tag::NN && t <= Tag::NNPS; }
constexpr bool is_proper_noun(Tag t) noexcept { return t == Tag::NNP || t == Tag::NNPS; }
constexpr bool is_adjective(Tag t) noexcept { return t >= Tag::JJ && t <= Tag::JJS; }
constexpr bool is_adverb(Tag t) noexcept { return t >= Tag::RB && t <= Tag::RBS; }
constexpr bool is_punct(Tag t) noexcept {
  return (t >= Tag::COMMA && t <= Tag::RRB) || t == Tag::HYPH || t == Tag::NFP;
}

}  // namespace quoteattr
