// feature_table.hpp (internal): the sparse weights of the tagger's and the parser's averaged
// perceptrons, and how their model files store them.
//
// A feature key (a 32-bit hash) finds its slot in an open-addressing table; the slot holds the
// place and number of its weights (one per class it has a weight for), or, for a feature with a
// single weight, that weight itself (kInline | class << 16 | weight as 16 bits).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "model_reader.hpp"

namespace quoteattr {
namespace detail {

// A hint to load the cache line of `p` (the weights a score will read next).
inline void prefetch(const void* p) noexcept {
#if defined(__GNUC__) || defined(__clang__)
  __builtin_prefetch(p);
#else
  (void)p;
#endif
}

struct FeatureTable {
  struct Slot {
    std::uint32_t key = 0;
    // first weight << 8 | number of weights; a feature with one weight holds it here instead:
    // kInline | class << 16 | the weight as u16
    std::uint32_t ref = 0;
  };
  struct Weight {
    std::int16_t value;
    std::uint8_t cls;
    std::uint8_t pad;
  };
  static constexpr std::uint32_t kInline = 0x80000000u;

  std::vector<Slot> slots;
  std::uint32_t slot_mask = 0;
  std::vector<Weight> weights;
  std::size_t features = 0;

  const Slot* find(std::uint32_t key) const noexcept {
    for (std::uint32_t i = key & slot_mask;; i = (i + 1) & slot_mask) {
      const Slot& s = slots[i];
      if (s.key == key) return &s;
      if (s.key == 0) return nullptr;
    }
  }

  // Adds the weights of the features `ks[0..k)` to out[class].
  void add_weights(const std::uint32_t* ks, std::size_t k, std::int32_t* out) const noexcept {
    for (std::size_t f = 0; f < k; ++f)
      if (const Slot* sl = find(ks[f])) {
        if (sl->ref & kInline) {
          out[(sl->ref >> 16) & 0xff] += static_cast<std::int16_t>(sl->ref & 0xffff);
          continue;
        }
        const Weight* w = weights.data() + (sl->ref >> 8);
        for (std::uint32_t c = 0, e = sl->ref & 0xff; c < e; ++c) out[w[c].cls] += w[c].value;
      }
  }

  // Reads the table as the model files store it: the feature and weight counts (4 bytes each),
  // the keys in increasing order as varint deltas, each feature's number of weights (1 byte),
  // then every weight as class (1 byte) and value (2 bytes). Throws model_corrupt(kind, name, …)
  // when anything is out of range: more than `max_weights` weights, a class >= `class_count`.
  // The table is kept at most 3/8 full: most look-ups miss (pairs of words never seen
  // together), and a miss then ends after one or two probes, mostly in the same cache line.
  void read(ModelReader& r, std::size_t class_count, std::size_t max_weights, std::string_view kind,
            std::string_view name) {
    const auto fail = [&](const char* what) { model_corrupt(kind, name, what); };
    const auto feat_n = static_cast<std::size_t>(r.uint(4));
    const auto weight_n = static_cast<std::size_t>(r.uint(4));
    if (feat_n > r.remaining() / 2 || weight_n > r.remaining() / 3 || weight_n >= max_weights)
      fail("feature counts exceed the file");
    std::vector<std::uint32_t> keys(feat_n);
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < feat_n; ++i) {
      const std::uint64_t delta = r.varint();
      if ((i > 0 && delta == 0) || key + delta > std::numeric_limits<std::uint32_t>::max() || key + delta == 0)
        fail("feature keys out of order");
      key += delta;
      keys[i] = static_cast<std::uint32_t>(key);
    }
    std::size_t slot_n = 16;
    while (slot_n * 3 < feat_n * 8) slot_n <<= 1;
    slots.assign(slot_n, {});
    slot_mask = static_cast<std::uint32_t>(slot_n - 1);
    std::size_t offset = 0;
    for (std::size_t i = 0; i < feat_n; ++i) {
      const auto count = static_cast<std::size_t>(r.uint(1));
      if (count == 0 || count > class_count || offset + count > weight_n) fail("bad weight count");
      std::uint32_t j = keys[i] & slot_mask;
      while (slots[j].key != 0) j = (j + 1) & slot_mask;
      slots[j].key = keys[i];
      slots[j].ref = static_cast<std::uint32_t>(offset << 8 | count);
      offset += count;
    }
    if (offset != weight_n) fail("weight count mismatch");
    features = feat_n;
    weights.resize(weight_n);
    for (std::size_t i = 0; i < weight_n; ++i) {
      const auto cls = static_cast<std::uint8_t>(r.uint(1));
      if (cls >= class_count) fail("weight for an unknown class");
      weights[i] = {static_cast<std::int16_t>(static_cast<std::uint16_t>(r.uint(2))), cls, 0};
    }
  }

  // Features with one weight: the weight in the slot (call once the model's bytes are checked).
  void inline_single_weights() noexcept {
    for (auto& sl : slots)
      if (sl.key && (sl.ref & 0xff) == 1) {
        const Weight& w = weights[sl.ref >> 8];
        sl.ref = kInline | std::uint32_t{w.cls} << 16 | static_cast<std::uint16_t>(w.value);
      }
  }
};

}  // namespace detail
}  // namespace quoteattr
