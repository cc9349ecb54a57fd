// parser_features.hpp (internal): the transition system, the feature set and the model file
// constants of the dependency parser, shared by the parser (src/parser.cpp) and its trainer
// (tools/parser_training.cpp). Training and parsing call the same functions, so the features
// are the same bit for bit.
//
// Transition system: arc-hybrid (Kuhlmann, Gomez-Rodriguez and Satta 2011), projective, with
// the root as the bottom of the stack. Tokens 0..n-1, the root is n.
//   SHIFT        moves the buffer front b0 onto the stack
//   LEFT(r)      pops s0 and attaches it to b0 with relation r
//   RIGHT(r)     pops s0 and attaches it to s1 with relation r; to the root only when the buffer
//                is empty (one root per sentence)
// Every sentence takes exactly 2n transitions: parsing is linear in the sentence length.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "quoteattr/relations.hpp"
#include "quoteattr/tags.hpp"
#include "tagger_features.hpp"

namespace quoteattr {
namespace parser_detail {

// --- model file -----------------------------------------------------------------------------
// Layout (all integers little-endian):
//   magic "QADEPPAR", u32 version, u32 tag count (50), u32 relation count (37)
//   u32 feature count F, u32 weight count W
//   F x varint key delta (keys sorted ascending, first delta from 0)
//   F x u8 number of weights of the feature (1..kClassCount)
//   W x { u8 class, i16 weight }                                   (in feature order)
//   u64 checksum: tagger_detail::hash_bytes of everything before it
inline constexpr char kMagic[8] = {'Q', 'A', 'D', 'E', 'P', 'P', 'A', 'R'};
inline constexpr std::uint32_t kFormatVersion = 1;

// Classes: 0 SHIFT, 1 + r LEFT(r), 1 + kRelationCount + r RIGHT(r).
inline constexpr std::size_t kClassCount = 1 + 2 * kRelationCount;
inline constexpr std::uint8_t kShift = 0;
inline constexpr std::uint8_t left_class(std::size_t r) noexcept { return static_cast<std::uint8_t>(1 + r); }
inline constexpr std::uint8_t right_class(std::size_t r) noexcept {
  return static_cast<std::uint8_t>(1 + kRelationCount + r);
}

inline constexpr std::size_t kMaxFeatures =
    48;  // features per state (39), an upper bound  // features per state, an upper bound

// Pseudo-values in features.
inline constexpr std::uint8_t kNoTag = static_cast<std::uint8_t>(kTagCount);        // no token there
inline constexpr std::uint8_t kRootTag = static_cast<std::uint8_t>(kTagCount + 1);  // the root
inline constexpr std::uint8_t kNoRel = static_cast<std::uint8_t>(kRelationCount);   // no child
inline constexpr std::uint64_t kNoWord = 0x6e6f776f7264ULL;
inline constexpr std::uint64_t kRootWord = 0x726f6f74ULL;

// The hash of a word's form, ASCII letters lower-cased.
inline std::uint64_t word_hash(std::string_view w) noexcept { return tagger_detail::hash_lower(w, 0, w.size()); }

// The parser state. Arrays have n + 1 entries (the root last); -1 is "none".
struct State {
  std::size_t n = 0;
  std::vector<std::int32_t> stack;  // bottom first; stack[0] is the root (n)
  std::size_t b = 0;                // buffer front; the buffer is [b, n)
  std::vector<std::int32_t> head;
  std::vector<std::uint8_t> rel;
  std::vector<std::int32_t> lc1, lc2, rc1, rc2;  // leftmost, 2nd leftmost, rightmost, 2nd rightmost child
  std::vector<std::uint16_t> nl, nr;             // number of left / right children (capped)

  void reset(std::size_t size) {
    n = size;
    stack.clear();
    stack.push_back(static_cast<std::int32_t>(n));
    b = 0;
    head.assign(n + 1, -1);
    rel.assign(n + 1, kNoRel);
    lc1.assign(n + 1, -1);
    lc2.assign(n + 1, -1);
    rc1.assign(n + 1, -1);
    rc2.assign(n + 1, -1);
    nl.assign(n + 1, 0);
    nr.assign(n + 1, 0);
  }
  bool done() const noexcept { return b >= n && stack.size() <= 1; }
  std::int32_t s(std::size_t k) const noexcept {  // k-th from the top of the stack, -1 when none
    return k < stack.size() ? stack[stack.size() - 1 - k] : -1;
  }
  bool can_shift() const noexcept { return b < n; }
  bool can_left() const noexcept { return stack.size() >= 2 && b < n; }
  bool can_right() const noexcept { return stack.size() >= 3 || (stack.size() == 2 && b >= n); }
  bool valid(std::uint8_t c) const noexcept {
    if (c == kShift) return can_shift();
    return c <= kRelationCount ? can_left() : can_right();
  }
  void attach(std::int32_t h, std::int32_t d, std::uint8_t r) noexcept {
    head[static_cast<std::size_t>(d)] = h;
    rel[static_cast<std::size_t>(d)] = r;
    const auto hh = static_cast<std::size_t>(h);
    if (d < h) {  // a left child: arcs come in from the inside out, so d is the new leftmost
      lc2[hh] = lc1[hh];
      lc1[hh] = d;
      if (nl[hh] < 0xffff) ++nl[hh];
    } else {  // a right child: the new rightmost
      rc2[hh] = rc1[hh];
      rc1[hh] = d;
      if (nr[hh] < 0xffff) ++nr[hh];
    }
  }
  void apply(std::uint8_t c) noexcept {
    if (c == kShift) {
      stack.push_back(static_cast<std::int32_t>(b++));
      return;
    }
    const std::int32_t s0 = stack.back();
    stack.pop_back();
    if (c <= kRelationCount)
      attach(static_cast<std::int32_t>(b), s0, static_cast<std::uint8_t>(c - 1));
    else
      attach(stack.back(), s0, static_cast<std::uint8_t>(c - 1 - kRelationCount));
  }
};

// What the features read of a token.
struct TokenView {
  const std::uint64_t* words;  // word_hash of each token
  const std::uint8_t* tags;    // tag of each token
  std::size_t n;
};

// The features of state `st` into keys; returns their number (<= kMaxFeatures).
inline std::size_t extract_features(const TokenView& tv, const State& st, std::uint32_t* keys) noexcept {
  using tagger_detail::feature_key;
  const auto word = [&](std::int32_t i) -> std::uint64_t {
    if (i < 0) return kNoWord;
    return static_cast<std::size_t>(i) == tv.n ? kRootWord : tv.words[i];
  };
  const auto tag = [&](std::int32_t i) -> std::uint64_t {
    if (i < 0) return kNoTag;
    return static_cast<std::size_t>(i) == tv.n ? kRootTag : tv.tags[i];
  };
  const auto at = [](const std::vector<std::int32_t>& v, std::int32_t i) -> std::int32_t {
    return i < 0 ? -1 : v[static_cast<std::size_t>(i)];
  };
  const auto relof = [&](std::int32_t i) -> std::uint64_t {
    return i < 0 ? kNoRel : st.rel[static_cast<std::size_t>(i)];
  };
  const std::int32_t s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const auto bi = [&](std::size_t k) -> std::int32_t {
    return st.b + k < st.n ? static_cast<std::int32_t>(st.b + k) : -1;
  };
  const std::int32_t b0 = bi(0), b1 = bi(1), b2 = bi(2);
  const std::uint64_t s0w = word(s0), s1w = word(s1), b0w = word(b0), b1w = word(b1);
  const std::uint64_t s0t = tag(s0), s1t = tag(s1), s2t = tag(s2), b0t = tag(b0), b1t = tag(b1), b2t = tag(b2);
  const std::int32_t s0l = at(st.lc1, s0), s0r = at(st.rc1, s0), s1l = at(st.lc1, s1), s1r = at(st.rc1, s1);
  const std::int32_t b0l = at(st.lc1, b0), b0l2 = at(st.lc2, b0);
  const std::uint64_t s0lt = tag(s0l), s0rt = tag(s0r), s1rt = tag(s1r), b0lt = tag(b0l);
  // distance s0-b0 and s1-s0, capped; valencies capped
  const auto dist = [&](std::int32_t a, std::int32_t c) -> std::uint64_t {
    if (a < 0 || c < 0 || static_cast<std::size_t>(a) == st.n || static_cast<std::size_t>(c) == st.n) return 0;
    const std::int32_t d = c > a ? c - a : a - c;
    return static_cast<std::uint64_t>(d < 5 ? d : d < 10 ? 5 : 6);
  };
  const auto val = [&](const std::vector<std::uint16_t>& v, std::int32_t i) -> std::uint64_t {
    return i < 0 ? 9 : (v[static_cast<std::size_t>(i)] < 4 ? v[static_cast<std::size_t>(i)] : 4);
  };
  const std::uint64_t d0 = dist(s0, b0), d1 = dist(s1, s0);
  const auto t2 = [](std::uint64_t a, std::uint64_t c) { return a << 8 | c; };
  const auto t3 = [](std::uint64_t a, std::uint64_t c, std::uint64_t e) { return a << 16 | c << 8 | e; };
  std::size_t k = 0;
  std::uint64_t id = 0;
  const auto add = [&](std::uint64_t a, std::uint64_t c = 0) { keys[k++] = feature_key(++id, a, c); };
  add(0);  // bias
  // single positions
  add(s0w, s0t);
  add(s0w);
  add(s0t);
  add(s1w, s1t);
  add(s1t);
  add(b0w, b0t);
  add(b0w);
  add(b0t);
  add(b1w, b1t);
  add(b1t);
  add(b2t);
  // pairs s0-b0 (LEFT) and s1-s0 (RIGHT)
  add(s0w ^ (s0t << 56), b0w ^ (b0t << 56));
  add(s0w, b0w);
  add(t2(s0t, b0t));
  add(s1w ^ (s1t << 56), s0w ^ (s0t << 56));
  add(s1w, s0w);
  add(t2(s1t, s0t));
  add(t2(b0t, b1t));
  // tag triples over the stack, the buffer and the children
  add(t3(b0t, b1t, b2t));
  add(t3(s0t, b0t, b1t));
  add(t3(s1t, s0t, b0t));
  add(t3(s2t, s1t, s0t));
  add(t3(s0t, s0lt, b0t));
  add(t3(s0t, s0rt, b0t));
  add(t3(s0t, b0t, b0lt));
  add(t3(s1t, s0t, s0lt));
  add(t3(s1t, s1rt, s0t));
  // distance
  add(s0w, d0);
  add(t3(s0t, b0t, d0));
  add(t3(s1t, s0t, d1));
  // valency
  add(t2(s0t, val(st.nr, s0)));
  add(t2(s0t, val(st.nl, s0)));
  add(t2(b0t, val(st.nl, b0)));
  // children: relations, the leftmost child's word
  add(t3(s0t, relof(s0l), relof(s0r)));
  add(t3(b0t, relof(b0l), relof(b0l2)));
  add(t3(s1t, relof(s1l), relof(s1r)));
  add(word(s0l), s0lt);
  // the buffer being empty matters for RIGHT (onto the root only then)
  add(t2(s0t, st.b >= st.n ? 1 : 0), s1t);
  return k;
}

}  // namespace parser_detail
}  // namespace quoteattr
