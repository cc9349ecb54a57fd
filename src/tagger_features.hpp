// tagger_features.hpp (internal): the feature set of the part-of-speech tagger and the model
// file constants, shared by the tagger (src/tagger.cpp) and its trainer (tools/).
//
// A token is first summarised once in a TokenInfo (hashes of its lower-cased form, affixes,
// shapes, flags and its entry in the model's lexicon); the features of position i are then
// 32-bit hashes of (template, values) built from the TokenInfos around i and the two tags
// already assigned to its left. Training and tagging call the same functions, so the features
// are the same bit for bit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "quoteattr/tags.hpp"

namespace quoteattr {
namespace tagger_detail {

// --- model file -----------------------------------------------------------------------------
// Layout (all integers little-endian):
//   magic "QAPOSTAG", u32 version, u32 tag count (50)
//   u64 open-class mask: the tags an unknown word with a letter or digit may get (bit = tag)
//   u32 lexicon size L, then L x { u8 length, the word's bytes, u8 entry, u64 tag mask }
//       (sorted by word; entry: most frequent tag | kDictFlag; mask: the tags the word may get)
//   u32 feature count F, u32 weight count W
//   F x varint key delta (keys sorted ascending, first delta from 0)
//   F x u8 number of weights of the feature (1..50)
//   W x { u8 tag, i16 weight }                                     (in feature order)
//   u64 checksum: hash_bytes of everything before it
inline constexpr char kMagic[8] = {'Q', 'A', 'P', 'O', 'S', 'T', 'A', 'G'};
inline constexpr std::uint32_t kFormatVersion = 2;
inline constexpr std::uint8_t kDictFlag = 0x80;  // lexicon entry: the tag is certain

// Pseudo-tags used in features only.
inline constexpr std::uint8_t kStartTag = kTagCount;       // the tag before the sentence
inline constexpr std::uint8_t kStart2Tag = kTagCount + 1;  // the tag two before the sentence
inline constexpr std::uint8_t kNoLex = kTagCount + 2;      // word not in the lexicon
inline constexpr std::uint8_t kEndLex = kTagCount + 3;     // position past the sentence end

inline constexpr std::size_t kMaxFeatures = 64;  // features per token, an upper bound
inline constexpr std::uint64_t kAllTags = (std::uint64_t{1} << kTagCount) - 1;

// The lowest tag of a non-empty tag mask.
inline int popcount(std::uint64_t mask) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  return __builtin_popcountll(mask);
#else
  int c = 0;
  for (; mask; mask &= mask - 1) ++c;
  return c;
#endif
}

inline std::uint8_t lowest_tag(std::uint64_t mask) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  return static_cast<std::uint8_t>(__builtin_ctzll(mask));
#else
  std::uint8_t t = 0;
  while (!(mask & 1)) {
    mask >>= 1;
    ++t;
  }
  return t;
#endif
}

// What the lexicon knows about a word form.
struct LexEntry {
  std::uint8_t entry = kNoLex;  // most frequent tag | kDictFlag, or kNoLex: not in the lexicon
  std::uint64_t mask = 0;       // the tags it may get (its ambiguity class)
  std::int32_t index = -1;      // the tagger's index of the entry (-1 in training)
};

// --- hashing --------------------------------------------------------------------------------
inline std::uint64_t mix64(std::uint64_t x) noexcept {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
inline constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

inline std::uint64_t hash_bytes(const char* p, std::size_t n, std::uint64_t seed = 0) noexcept {
  std::uint64_t h = kFnvOffset ^ seed;
  for (std::size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(p[i])) * kFnvPrime;
  return mix64(h);
}

inline char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Hash of bytes [b, e) of s with ASCII letters lower-cased (the same value as hash_bytes of the
// lower-cased text).
inline std::uint64_t hash_lower(std::string_view s, std::size_t b, std::size_t e) noexcept {
  std::uint64_t h = kFnvOffset;
  for (std::size_t i = b; i < e; ++i) h = (h ^ static_cast<unsigned char>(ascii_lower(s[i]))) * kFnvPrime;
  return mix64(h);
}

// A feature: template id plus up to two values (word hashes or small numbers such as tags),
// reduced to a non-zero 32-bit key. Three multiplications: this runs ~45 times per token.
inline std::uint32_t feature_key(std::uint64_t tid, std::uint64_t a, std::uint64_t b = 0) noexcept {
  std::uint64_t h = (a ^ (tid * 0x9e3779b97f4a7c15ULL)) * 0xff51afd7ed558ccdULL + b * 0xc4ceb9fe1a85ec53ULL;
  h = (h ^ (h >> 29)) * 0xbf58476d1ce4e5b9ULL;
  const auto k = static_cast<std::uint32_t>(h >> 32);
  return k ? k : 1u;
}

// --- per-token summary ----------------------------------------------------------------------
enum Flag : std::uint32_t {
  kHasHyphen = 1u << 0,
  kHasDigit = 1u << 1,
  kAllCaps = 1u << 2,  // at least two letters, all upper case
  kTitle = 1u << 3,    // an upper-case letter followed by lower-case ones
  kHasUpper = 1u << 4,
  kHasPeriod = 1u << 5,
  kNonAscii = 1u << 6,
  kAllDigits = 1u << 7,  // digits and , . : only, starting with a digit
  kNoLetter = 1u << 8,   // neither letters nor digits (punctuation, symbols)
  kLong = 1u << 9,       // more than 12 bytes
  kQuote = 1u << 10,     // a quotation mark (" “ ” ‘ ’ « » ` '' ``)
};

struct TokenInfo {
  std::uint64_t lower = 0;         // lower-cased form (also the key of a lower-case lexicon entry)
  std::uint64_t raw = 0;           // the form as written
  std::uint64_t suffix[4] = {};    // last 1..4 characters, lower-cased
  std::uint64_t prefix[3] = {};    // first 1..3 characters, lower-cased
  std::uint64_t shape = 0;         // Xxxx / dd,ddd / X.X. (character classes, runs capped at 4)
  std::uint64_t short_shape = 0;   // runs collapsed: Xx, d,d, X.X.
  std::uint64_t last_part = 0;     // hyphenated word: its last part, lower-cased (0 otherwise)
  std::uint64_t last_suffix3 = 0;  // ... and the last three characters of that part
  std::uint64_t first_part = 0;    // ... and its first part
  std::uint32_t flags = 0;
  std::uint8_t lex = kNoLex;      // most frequent training tag of the word, or kNoLex
  std::uint8_t fold = kNoLex;     // a word outside the lexicon as written: the most frequent tag
                                  // of its lower-cased or title-cased form, or kNoLex
  bool dict = false;              // the tag dictionary knows the word: lex is its tag
  std::uint64_t mask = kAllTags;  // the tags the word may get
  std::int32_t word = -1;         // the lexicon entry of the form as written (tagger only)
  bool rare = false;              // training only: a word too rare to learn its identity
};

inline bool is_hyphen_at(std::string_view w, std::size_t i, std::size_t* len) noexcept {
  if (w[i] == '-') {
    *len = 1;
    return true;
  }
  // U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN: E2 80 90 / E2 80 91
  if (i + 2 < w.size() && static_cast<unsigned char>(w[i]) == 0xE2 && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(w[i + 2]) == 0x90 || static_cast<unsigned char>(w[i + 2]) == 0x91)) {
    *len = 3;
    return true;
  }
  return false;
}

inline bool is_quote_token(std::string_view w) noexcept {
  return w == "\"" || w == "'" || w == "`" || w == "``" || w == "''" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x9D" ||
         w == "\xE2\x80\x98" || w == "\xE2\x80\x99" || w == "\xC2\xAB" || w == "\xC2\xBB" || w == "\xE2\x80\x9E" ||
         w == "\xE2\x80\xB9" || w == "\xE2\x80\xBA";
}

// Character class of the code point starting at byte i for shapes.
inline char shape_class(std::string_view w, std::size_t i) noexcept {
  const char c = w[i];
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (static_cast<unsigned char>(c) >= 0x80) return 'u';  // any non-ASCII character
  if (static_cast<unsigned char>(c) < 0x20) return ' ';
  return c;  // ASCII punctuation stands for itself
}

inline bool is_continuation(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Start byte of the k-th last character of w[0, end) (k >= 1); 0 when there are fewer.
inline std::size_t back_chars(std::string_view w, std::size_t end, int k) noexcept {
  std::size_t i = end;
  for (int c = 0; c < k && i > 0; ++c) {
    --i;
    // step over at most 3 continuation bytes (longer runs are invalid UTF-8: treat bytes singly)
    for (int guard = 0; guard < 3 && i > 0 && is_continuation(w[i]); ++guard) --i;
  }
  return i;
}

// Fill `t` for word `w`. `lexicon(hash)` returns the LexEntry of a word hash; `open` is the mask
// of the tags an unknown word with a letter or digit may get.
template <class Lexicon>
void describe_token(std::string_view w, const Lexicon& lexicon, std::uint64_t open, TokenInfo& t) noexcept {
  t = TokenInfo{};
  const std::size_t n = w.size();
  // One forward pass: the hashes of the word as written, lower-cased, and of its first 1..3
  // characters (the running hash at each character boundary).
  std::uint64_t raw = kFnvOffset, low = kFnvOffset, title = kFnvOffset;
  int chars = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = w[i];
    if (i > 0 && !is_continuation(c) && chars < 3) t.prefix[chars++] = mix64(low);
    raw = (raw ^ static_cast<unsigned char>(c)) * kFnvPrime;
    low = (low ^ static_cast<unsigned char>(ascii_lower(c))) * kFnvPrime;
    const char tc = i ? ascii_lower(c) : (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    title = (title ^ static_cast<unsigned char>(tc)) * kFnvPrime;
  }
  t.raw = mix64(raw);
  t.lower = mix64(low);
  for (; chars < 3; ++chars) t.prefix[chars] = t.lower;
  // One backward pass over at most 32 bytes: the last 1..4 characters (hashed back to front).
  std::uint64_t suf = kFnvOffset;
  chars = 0;
  for (std::size_t i = n, steps = 0; i > 0 && chars < 4 && steps < 32; ++steps) {
    const char c = w[--i];
    suf = (suf ^ static_cast<unsigned char>(ascii_lower(c))) * kFnvPrime;
    if (!is_continuation(c)) t.suffix[chars++] = mix64(suf);
  }
  for (; chars < 4; ++chars) t.suffix[chars] = mix64(suf);

  // Shapes and flags from the first 48 bytes (enough to classify any real token).
  const std::size_t limit = n < 48 ? n : 48;
  std::uint64_t shape = kFnvOffset, short_shape = kFnvOffset;
  char prev = 0;
  int run = 0;
  int letters = 0, uppers = 0, lowers = 0, digits = 0, others = 0;
  std::size_t last_hyphen = n, last_hyphen_len = 0, first_hyphen = n;
  bool all_digits = n > 0 && w[0] >= '0' && w[0] <= '9';
  for (std::size_t i = 0; i < limit;) {
    std::size_t len = 1;
    while (i + len < limit && is_continuation(w[i + len]) && len < 4) ++len;
    const char cls = shape_class(w, i);
    if (cls == 'X') {
      ++letters;
      ++uppers;
    } else if (cls == 'x') {
      ++letters;
      ++lowers;
    } else if (cls == 'd')
      ++digits;
    else if (cls == 'u') {
      t.flags |= kNonAscii;
      ++others;
    } else
      ++others;
    if (cls == '.') t.flags |= kHasPeriod;
    if (cls != 'd' && cls != ',' && cls != '.' && cls != ':') all_digits = false;
    std::size_t hl = 0;
    if (i > 0 && is_hyphen_at(w, i, &hl)) {
      if (first_hyphen == n) first_hyphen = i;
      last_hyphen = i;
      last_hyphen_len = hl;
    }
    run = (cls == prev) ? run + 1 : 1;
    if (run <= 4) shape = (shape ^ static_cast<unsigned char>(cls)) * kFnvPrime;
    if (run == 1) short_shape = (short_shape ^ static_cast<unsigned char>(cls)) * kFnvPrime;
    prev = cls;
    i += len;
  }
  if (n > limit) {  // long tokens: the shape says so
    shape = (shape ^ '~') * kFnvPrime;
    short_shape = (short_shape ^ '~') * kFnvPrime;
  }
  t.shape = mix64(shape);
  t.short_shape = mix64(short_shape);
  if (digits) t.flags |= kHasDigit;
  if (uppers) t.flags |= kHasUpper;
  if (letters >= 2 && uppers == letters) t.flags |= kAllCaps;
  if (n > 0 && w[0] >= 'A' && w[0] <= 'Z' && lowers > 0) t.flags |= kTitle;
  if (all_digits) t.flags |= kAllDigits;
  if (letters == 0 && digits == 0) t.flags |= kNoLetter;
  if (n > 12) t.flags |= kLong;
  if (is_quote_token(w)) t.flags |= kQuote;
  if (last_hyphen < n && last_hyphen + last_hyphen_len < n) {
    t.flags |= kHasHyphen;
    const std::size_t b = last_hyphen + last_hyphen_len;
    t.last_part = hash_lower(w, b, n);
    t.last_suffix3 = hash_lower(w, b + (back_chars(w.substr(b), n - b, 3)), n);
    t.first_part = hash_lower(w, 0, first_hyphen);
  }

  // The lexicon by the form as written; the lower-cased form ("The" -> "the") only informs the
  // features and widens the open classes, it never decides the tag ("US" is not "us").
  LexEntry e = lexicon(t.raw);
  if (e.entry != kNoLex) {
    t.dict = (e.entry & kDictFlag) != 0;
    t.lex = static_cast<std::uint8_t>(e.entry & ~kDictFlag);
    t.mask = e.mask ? e.mask : kAllTags;
    t.word = e.index;
    return;
  }
  t.mask = (t.flags & kNoLetter) ? kAllTags : open;
  // Web text writes names in lower case or capitals ("enron", "ENRON" for "Enron"): the
  // lower-cased form, else the title-cased one.
  if (t.lower != t.raw) e = lexicon(t.lower);
  if (e.entry == kNoLex) {
    const std::uint64_t tt = mix64(title);
    if (tt != t.raw && tt != t.lower) e = lexicon(tt);
  }
  if (e.entry != kNoLex) {
    t.lex = static_cast<std::uint8_t>(e.entry & ~kDictFlag);
    t.fold = t.lex;
    t.mask |= e.mask;
  }
  if (!t.mask) t.mask = kAllTags;
}

// Sentinel hashes for positions outside the sentence.
inline constexpr std::uint64_t kBeforeWord = 0x5354415254ULL;  // "START"
inline constexpr std::uint64_t kBefore2Word = 0x5354415232ULL;
inline constexpr std::uint64_t kAfterWord = 0x454e44ULL;  // "END"
inline constexpr std::uint64_t kAfter2Word = 0x454e4432ULL;

// The features of a word that depend on nothing but the word (its identity, affixes, shape,
// flags). For a word of the lexicon the tagger sums their weights once, when the model is loaded.
// Writes at most kMaxFeatures / 2 keys to out and returns their number.
inline std::size_t word_features(const TokenInfo& t, std::uint32_t* out) noexcept {
  std::size_t k = 0;
  auto add = [&](std::uint64_t tid, std::uint64_t a, std::uint64_t b = 0) { out[k++] = feature_key(tid, a, b); };
  add(1, 0);  // bias
  // The identity of the word. In training, words seen once do without: their tags are learnt
  // from the affix, shape and context features that an unknown word will have to rely on.
  if (!t.rare) {
    add(2, t.lower);  // the word
    add(3, t.raw);    // the word as written (case)
  }
  for (int s = 0; s < 4; ++s) add(4 + s, t.suffix[s]);
  for (int s = 0; s < 3; ++s) add(8 + s, t.prefix[s]);
  add(11, t.shape);
  add(12, t.short_shape);
  add(13, t.flags & 0x3ff);    // the flag combination
  if (t.flags & kHasHyphen) {  // hyphenated compounds: their last part decides
    add(40, t.last_part);
    add(41, t.last_suffix3);
    add(42, t.first_part);
  }
  if (t.fold != kNoLex)  // known in another case: that word's tag, with the case
    add(49, t.fold, t.flags & (kTitle | kAllCaps | kHasUpper));
  if (t.lex == kNoLex) {  // unknown words
    add(47, t.suffix[2], t.flags & (kTitle | kAllCaps | kHasUpper));
    add(48, t.prefix[1], t.suffix[1]);
  }
  return k;
}

// The features of position i of a sentence of n tokens that depend on its context: the two tags
// already assigned to its left, p1 (i-1) and p2 (i-2), the words around it, `quote_open` (an
// opening quote precedes without its closing quote). Writes at most kMaxFeatures / 2 keys.
// With `tags` false, the features of tags only (tag_pair_features, ...) are left out, and those
// of the neighbour words alone (neighbour_features) for the neighbours in `skip` (bit d: the
// neighbour at offset kNeighbours[d]): the tagger has their sums in tables.
// Bit kSkipPrev of `skip`: leave out prev_features too.
inline constexpr int kNeighbours[4] = {-2, -1, 1, 2};
inline constexpr unsigned kSkipPrev = 16;
inline std::size_t context_features(const TokenInfo* toks, std::size_t n, std::size_t i, std::uint8_t p1,
                                    std::uint8_t p2, bool quote_open, std::uint32_t* out, bool tags = true,
                                    unsigned skip = 0) noexcept {
  const TokenInfo& t = toks[i];
  const std::uint64_t wm1 = i >= 1 ? toks[i - 1].lower : kBeforeWord;
  const std::uint64_t wm2 = i >= 2 ? toks[i - 2].lower : kBefore2Word;
  const std::uint64_t wp1 = i + 1 < n ? toks[i + 1].lower : kAfterWord;
  const std::uint64_t wp2 = i + 2 < n ? toks[i + 2].lower : kAfter2Word;
  const std::uint64_t sm1 = i >= 1 ? toks[i - 1].suffix[2] : kBeforeWord;
  const std::uint64_t sp1 = i + 1 < n ? toks[i + 1].suffix[2] : kAfterWord;
  const std::uint64_t sp2 = i + 2 < n ? toks[i + 2].suffix[2] : kAfter2Word;
  const std::uint64_t shp1 = i + 1 < n ? toks[i + 1].short_shape : kAfterWord;
  const std::uint8_t lp1 = i + 1 < n ? toks[i + 1].lex : kEndLex;
  const std::uint8_t lp2 = i + 2 < n ? toks[i + 2].lex : kEndLex;
  const bool first = i == 0 || (i == 1 && (toks[0].flags & kQuote));

  std::size_t k = 0;
  auto add = [&](std::uint64_t tid, std::uint64_t a, std::uint64_t b = 0) { out[k++] = feature_key(tid, a, b); };
  if (!t.rare) {
    if (!(skip & kSkipPrev)) add(17, p1, t.lower);
    add(19, p2, t.lower);
    add(27, wm1, t.lower);
    add(28, t.lower, wp1);
    add(31, t.lower, lp1);
  }
  if (first) {  // sentence start: shape and flags again
    add(38, t.short_shape);
    add(39, t.flags & 0x3ff);
  }
  if (tags) {  // see tag_features
    add(14, p1);
    add(15, p2);
    add(16, p1, p2);
    add(29, lp1);
    add(30, lp1, lp2);
    add(32, p1, lp1);
  }
  if (!(skip & kSkipPrev)) add(18, p1, t.suffix[2]);
  if (!(skip & 1)) add(21, wm2);  // see neighbour_features
  if (!(skip & 2)) {
    add(20, wm1);
    add(24, sm1);
  }
  if (!(skip & 4)) {
    add(22, wp1);
    add(25, sp1);
    add(34, shp1);
  }
  if (!(skip & 8)) {
    add(23, wp2);
    add(26, sp2);
  }
  add(33, t.suffix[2], lp1);
  if (!(skip & kSkipPrev)) add(35, p1, t.short_shape);
  add(36, wm2, wm1);  // previous two words
  add(37, wp1, wp2);  // next two words
  if (t.flags & kHasHyphen) add(43, p1, t.last_suffix3);
  if (t.flags & kQuote) add(44, t.raw, quote_open);        // closing or opening quote
  if (first && (t.flags & kTitle)) add(45, t.lower, lp1);  // capitalised first word
  if (t.lex == kNoLex) add(46, t.suffix[1], p1);           // unknown words: affixes in context
  return k;
}

// The context features of tags only, in three groups: of the previous two tags (p1 < kTagCount + 2,
// p2 likewise), of the previous tag and the lexicon tag of the next word (lp1 < kTagCount + 4),
// of the lexicon tags of the next two words. context_features has them unless told otherwise.
inline std::size_t tag_pair_features(std::uint8_t p1, std::uint8_t p2, std::uint32_t* out) noexcept {
  out[0] = feature_key(14, p1);
  out[1] = feature_key(15, p2);
  out[2] = feature_key(16, p1, p2);
  return 3;
}
inline std::size_t tag_next_features(std::uint8_t p1, std::uint8_t lp1, std::uint32_t* out) noexcept {
  out[0] = feature_key(29, lp1);
  out[1] = feature_key(32, p1, lp1);
  return 2;
}
inline std::size_t next_pair_features(std::uint8_t lp1, std::uint8_t lp2, std::uint32_t* out) noexcept {
  out[0] = feature_key(30, lp1, lp2);
  return 1;
}

// The context features of a word of the lexicon (not rare) with the previous tag p1 alone.
inline std::size_t prev_features(const TokenInfo& t, std::uint8_t p1, std::uint32_t* out) noexcept {
  out[0] = feature_key(17, p1, t.lower);
  out[1] = feature_key(18, p1, t.suffix[2]);
  out[2] = feature_key(35, p1, t.short_shape);
  return 3;
}

// The context features of a neighbour word alone, at offset kNeighbours[d] (`t` null: the position
// is outside the sentence).
inline std::size_t neighbour_features(int d, const TokenInfo* t, std::uint32_t* out) noexcept {
  static constexpr std::uint64_t kOutside[4] = {kBefore2Word, kBeforeWord, kAfterWord, kAfter2Word};
  const std::uint64_t w = t ? t->lower : kOutside[d];
  const std::uint64_t suffix = t ? t->suffix[2] : kOutside[d];
  switch (d) {
    case 0:
      out[0] = feature_key(21, w);
      return 1;
    case 1:
      out[0] = feature_key(20, w);
      out[1] = feature_key(24, suffix);
      return 2;
    case 2:
      out[0] = feature_key(22, w);
      out[1] = feature_key(25, suffix);
      out[2] = feature_key(34, t ? t->short_shape : kAfterWord);
      return 3;
    default:
      out[0] = feature_key(23, w);
      out[1] = feature_key(26, suffix);
      return 2;
  }
}

// All features of position i (word and context): what training scores.
inline std::size_t extract_features(const TokenInfo* toks, std::size_t n, std::size_t i, std::uint8_t p1,
                                    std::uint8_t p2, bool quote_open, std::uint32_t* out) noexcept {
  const std::size_t k = word_features(toks[i], out);
  return k + context_features(toks, n, i, p1, p2, quote_open, out + k);
}

}  // namespace tagger_detail
}  // namespace quoteattr
