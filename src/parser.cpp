// The dependency parser: model loading (with validation) and greedy arc-hybrid parsing.
// The transition system and the features are in parser_features.hpp; the model format too.
#include "quoteattr/parser.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>

#include "feature_table.hpp"
#include "model_reader.hpp"
#include "parser_features.hpp"
#include "quoteattr/error.hpp"

// The built-in model, embedded by src/parser_model.S (.incbin of data/models/en-dep.model).
extern "C" const char quoteattr_parser_model_begin[];
extern "C" const char quoteattr_parser_model_end[];

namespace quoteattr {

using namespace parser_detail;

// The parsed model: an open-addressing table of the features (key 0 is the empty slot, at most
// 3/8 full) and the weights of all features, stored contiguously feature by feature. A feature
// with many weights (the tag features, read at every transition) has them in a dense row of
// all classes instead, added in one vectorised loop: the scattered adds of a sparse row were
// most of the parse's time. Its slot says so with kDenseCount as its weight count.
struct Parser::Model : detail::FeatureTable {
  static constexpr std::uint32_t kDenseCount = 0xff;  // no feature has this many weights (kClassCount < 255)
  static constexpr std::size_t kDenseMin = 16;        // weights that make a feature's row dense
  static constexpr std::size_t kRow = 80;             // kClassCount rounded up to whole vectors
  std::vector<std::int16_t> dense;                    // the dense rows, kRow entries each

  void make_dense_rows() {
    static_assert(kClassCount <= kRow && kClassCount < kDenseCount, "a dense row holds every class");
    for (Slot& sl : slots) {
      const std::uint32_t count = sl.ref & 0xff;
      if (!sl.key || (sl.ref & kInline) || count < kDenseMin) continue;
      const std::size_t row = dense.size() / kRow;
      dense.resize(dense.size() + kRow, 0);
      const Weight* w = weights.data() + (sl.ref >> 8);
      for (std::uint32_t e = 0; e < count; ++e) dense[row * kRow + w[e].cls] = w[e].value;
      sl.ref = static_cast<std::uint32_t>(row << 8) | kDenseCount;
    }
  }
};

namespace {

[[noreturn]] void corrupt(std::string_view name, const std::string& what) {
  detail::model_corrupt("parser", name, what);
}

std::shared_ptr<const Parser::Model> parse_model(std::string_view bytes, std::string_view name) {
  auto m = std::make_shared<Parser::Model>();
  detail::ModelReader r(bytes, name, "parser");
  detail::check_model_header(r, bytes, kMagic, kFormatVersion, "parser", name);
  if (r.uint(4) != kTagCount) corrupt(name, "tag set size differs from this library's");
  if (r.uint(4) != kRelationCount) corrupt(name, "relation set size differs from this library's");
  const std::size_t body = detail::check_model_checksum(
      r, bytes, [](const char* p, std::size_t n) { return tagger_detail::hash_bytes(p, n); }, "parser", name);
  m->read(r, kClassCount, std::size_t{1} << 24, "parser", name);
  if (r.pos() != body) corrupt(name, "trailing bytes before the checksum");
  m->inline_single_weights();
  m->make_dense_rows();
  return m;
}

}  // namespace

Parser Parser::from_bytes(std::string_view model, std::string_view name) { return Parser(parse_model(model, name)); }

Parser Parser::load(const std::string& path) { return from_bytes(detail::read_model_file(path, "parser"), path); }

const Parser& Parser::builtin() {
  static const Parser parser =
      from_bytes(std::string_view(quoteattr_parser_model_begin,
                                  static_cast<std::size_t>(quoteattr_parser_model_end - quoteattr_parser_model_begin)),
                 "builtin:data/models/en-dep.model");
  return parser;
}

std::size_t Parser::feature_count() const noexcept { return model_->features; }

void Parser::parse(const std::string_view* words, const Tag* tags, std::size_t n, std::uint32_t* heads,
                   Relation* relations) const {
  if (n == 0) return;
  const Model& m = *model_;
  // Buffers per thread: no allocation per sentence once they have grown.
  thread_local State st;
  thread_local std::vector<std::uint64_t> hashes;
  thread_local std::vector<std::uint8_t> tag_bytes;
  hashes.resize(n);
  tag_bytes.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    hashes[i] = word_hash(words[i]);
    tag_bytes[i] = static_cast<std::uint8_t>(tags[i]);
  }
  const TokenView tv{hashes.data(), tag_bytes.data(), n};
  st.reset(n);
  std::uint32_t keys[kMaxFeatures];
  std::uint32_t refs[kMaxFeatures];
  std::int32_t scores[Model::kRow];
  while (!st.done()) {
    const std::size_t k = extract_features(tv, st, keys);
    for (std::size_t f = 0; f < k; ++f) detail::prefetch(&m.slots[keys[f] & m.slot_mask]);
    std::fill(std::begin(scores), std::end(scores), 0);
    std::size_t found = 0;
    for (std::size_t f = 0; f < k; ++f)
      if (const Model::Slot* s = m.find(keys[f])) {
        if (s->ref & Model::kInline) {
          scores[(s->ref >> 16) & 0xff] += static_cast<std::int16_t>(s->ref & 0xffff);
          continue;
        }
        refs[found++] = s->ref;
        if ((s->ref & 0xff) == Model::kDenseCount) {
          const std::int16_t* row = m.dense.data() + (s->ref >> 8) * Model::kRow;
          for (std::size_t c = 0; c < Model::kRow; c += 32) detail::prefetch(row + c);  // 64-byte lines
          detail::prefetch(row + Model::kRow - 1);
        } else {
          detail::prefetch(m.weights.data() + (s->ref >> 8));
        }
      }
    for (std::size_t f = 0; f < found; ++f) {
      if ((refs[f] & 0xff) == Model::kDenseCount) {
        const std::int16_t* row = m.dense.data() + (refs[f] >> 8) * Model::kRow;
        for (std::size_t c = 0; c < Model::kRow; ++c) scores[c] += row[c];
        continue;
      }
      const Model::Weight* w = m.weights.data() + (refs[f] >> 8);
      for (std::uint32_t e = 0, end = refs[f] & 0xff; e < end; ++e) scores[w[e].cls] += w[e].value;
    }
    // The best valid transition; one is always valid until the state is final.
    std::uint8_t best = 0;
    bool any = false;
    const bool sh = st.can_shift(), le = st.can_left(), ri = st.can_right();
    for (std::size_t c = 0; c < kClassCount; ++c) {
      const bool ok = c == kShift ? sh : c <= kRelationCount ? le : ri;
      if (ok && (!any || scores[c] > scores[best])) {
        best = static_cast<std::uint8_t>(c);
        any = true;
      }
    }
    st.apply(best);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const std::int32_t h = st.head[i];
    heads[i] = (h < 0 || static_cast<std::size_t>(h) >= n) ? kNoParent : static_cast<std::uint32_t>(h);
    relations[i] = heads[i] == kNoParent ? Relation::kRoot : static_cast<Relation>(st.rel[i]);
  }
}

}  // namespace quoteattr
