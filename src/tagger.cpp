// The part-of-speech tagger: model loading (with validation) and greedy tagging.
// Features are in tagger_features.hpp; the model format is described there too.
#include "quoteattr/tagger.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <memory>
#include <sstream>

#include "feature_table.hpp"
#include "model_reader.hpp"
#include "quoteattr/error.hpp"
#include "tagger_features.hpp"

// The built-in model, embedded by src/tagger_model.S (.incbin of data/models/en-pos.model).
extern "C" const char quoteattr_tagger_model_begin[];
extern "C" const char quoteattr_tagger_model_end[];

namespace quoteattr {

using namespace tagger_detail;

// The parsed model: two open-addressing hash tables (lexicon and features, both with key 0 as
// the empty slot, sized to a power of two at most 5/8 full, the features 3/8), the weights of all features,
// stored contiguously feature by feature, and for every lexicon word the summed weights of its
// word-only features (tagger_features.hpp: word_features) for the tags of its class.
struct Tagger::Model : detail::FeatureTable {
  struct Word {
    std::uint64_t mask = 0;       // the tags the word may get
    std::uint32_t scores = 0;     // its word-only scores: word_scores[scores + j] for the j-th tag
    std::uint8_t entry = kNoLex;  // most frequent tag | kDictFlag
    // its scores of prev_features: prev_scores[prev + p1 * class size + j] (kNone: none)
    std::uint32_t prev = kNone;
  };
  static constexpr std::uint32_t kNone = 0xffffffffu;
  // The sums of the features of a lexicon word with the previous tag (prev_features), for every
  // previous tag (a tag or kStartTag) and the tags of its class, in 16 bits. Computed the first
  // time the word is tagged (most words never are; loading stays fast): prev_state of the word
  // is 0 until then, 1 when its sums are ready, 2 when they do not fit in 16 bits (not used).
  // Threads that compute the same word at once store the same values (relaxed atomics), then
  // publish with release.
  static constexpr std::size_t kP1 = kTagCount + 1;
  std::unique_ptr<std::atomic<std::int16_t>[]> prev_scores;
  std::unique_ptr<std::atomic<std::uint8_t>[]> prev_state;

  // The sums of prev_features of lexicon word `word` (described by t) for previous tag p1, or
  // null when they do not fit.
  const std::atomic<std::int16_t>* prev_row(std::size_t word, const TokenInfo& t, std::uint8_t p1) const noexcept {
    const Word& w = words[word];
    const std::size_t c = static_cast<std::size_t>(popcount(w.mask));
    std::uint8_t state = prev_state[word].load(std::memory_order_acquire);
    if (state == 0) state = fill_prev(word, t);
    return state == 1 ? &prev_scores[w.prev + p1 * c] : nullptr;
  }
  std::uint8_t fill_prev(std::size_t word, const TokenInfo& t) const noexcept;
  std::uint64_t open = kAllTags;
  std::vector<std::uint64_t> lex_keys;
  std::vector<std::uint32_t> lex_index;
  std::uint64_t lex_mask = 0;
  std::vector<Word> words;
  std::vector<std::int32_t> word_scores;
  // The summed weights of the tag features (tagger_features.hpp): [p1][p2], [p1][lp1], [lp1][lp2],
  // kTagCount scores each.
  static constexpr std::size_t kPrev = kTagCount + 2, kLex = kTagCount + 4;
  std::vector<std::int32_t> tag_pairs, tag_next, next_pairs;
  // The summed weights of the neighbour features of every lexicon word (and last, of a position
  // outside the sentence) at the four offsets: [word][d], kTagCount scores each.
  std::vector<std::int16_t> neighbours;
  static constexpr std::int16_t kNoRow = -32768;  // a row of neighbours not stored (see parse_model)
  std::size_t neighbours_overflow = 0;
  std::size_t lexicon = 0;

  LexEntry lookup_lex(std::uint64_t h) const noexcept {
    LexEntry e;
    if (!h || lex_keys.empty()) return e;
    for (std::uint64_t i = h & lex_mask;; i = (i + 1) & lex_mask) {
      if (lex_keys[i] == h) {
        const Word& w = words[lex_index[i]];
        e.entry = w.entry;
        e.mask = w.mask;
        e.index = static_cast<std::int32_t>(lex_index[i]);
        return e;
      }
      if (lex_keys[i] == 0) return e;
    }
  }
};

std::uint8_t Tagger::Model::fill_prev(std::size_t word, const TokenInfo& t) const noexcept {
  const Word& w = words[word];
  std::uint32_t keys[kP1 * 3];
  for (std::size_t p = 0; p < kP1; ++p) prev_features(t, static_cast<std::uint8_t>(p), keys + 3 * p);
  std::int32_t scores[kTagCount];
  std::uint8_t state = 1;
  std::size_t j = w.prev;
  for (std::size_t p = 0; p < kP1; ++p) {
    std::fill(std::begin(scores), std::end(scores), 0);
    add_weights(keys + 3 * p, 3, scores);
    for (std::uint64_t b = w.mask; b; b &= b - 1) {
      const std::int32_t v = scores[lowest_tag(b)];
      if (v < -32767 || v > 32767) state = 2;
      prev_scores[j++].store(static_cast<std::int16_t>(v), std::memory_order_relaxed);
    }
  }
  prev_state[word].store(state, std::memory_order_release);
  return state;
}

namespace {

// A power of two at least n * den / num: the table is at most num/den full.
std::size_t table_size(std::size_t n, std::size_t num = 5, std::size_t den = 8) {
  std::size_t size = 16;
  while (size * num < n * den) size <<= 1;
  return size;
}

[[noreturn]] void corrupt(std::string_view name, const std::string& what) {
  detail::model_corrupt("tagger", name, what);
}

std::shared_ptr<const Tagger::Model> parse_model(std::string_view bytes, std::string_view name) {
  auto m = std::make_shared<Tagger::Model>();
  detail::ModelReader r(bytes, name, "tagger");
  detail::check_model_header(r, bytes, kMagic, kFormatVersion, "tagger", name);
  if (r.uint(4) != kTagCount) corrupt(name, "tag set size differs from this library's");
  // The checksum covers everything before the last 8 bytes: check it first.
  const std::size_t body = detail::check_model_checksum(
      r, bytes, [](const char* p, std::size_t n) { return tagger_detail::hash_bytes(p, n); }, "tagger", name);

  m->open = r.uint(8) & kAllTags;
  if (!m->open) corrupt(name, "empty open-class mask");
  // Lexicon.
  const auto lex_n = static_cast<std::size_t>(r.uint(4));
  if (lex_n > r.remaining() / 11) corrupt(name, "lexicon size exceeds the file");
  m->lexicon = lex_n;
  const std::size_t lex_size = table_size(lex_n);
  m->lex_keys.assign(lex_size, 0);
  m->lex_index.assign(lex_size, 0);
  m->lex_mask = lex_size - 1;
  m->words.resize(lex_n);
  std::vector<std::string_view> forms(lex_n);
  for (std::size_t i = 0; i < lex_n; ++i) {
    const auto len = static_cast<std::size_t>(r.uint(1));
    r.need(len);
    forms[i] = bytes.substr(r.pos(), len);
    r.skip(len);
    Tagger::Model::Word& w = m->words[i];
    w.entry = static_cast<std::uint8_t>(r.uint(1));
    w.mask = r.uint(8);
    if ((w.entry & ~kDictFlag) >= kTagCount) corrupt(name, "lexicon entry with an unknown tag");
    if (w.mask == 0 || (w.mask & ~kAllTags)) corrupt(name, "lexicon entry with a bad tag mask");
    if (i > 0 && !(forms[i - 1] < forms[i])) corrupt(name, "lexicon words out of order");
    const std::uint64_t h = hash_bytes(forms[i].data(), forms[i].size());
    std::uint64_t j = h & m->lex_mask;
    while (m->lex_keys[j] != 0) j = (j + 1) & m->lex_mask;
    m->lex_keys[j] = h;
    m->lex_index[j] = static_cast<std::uint32_t>(i);
  }

  // Features.
  m->read(r, kTagCount, std::size_t{1} << 23, "tagger", name);
  if (r.pos() != body) corrupt(name, "trailing bytes before the checksum");
  m->inline_single_weights();

  // The sums of the tag features.
  {
    constexpr std::size_t P = Tagger::Model::kPrev, L = Tagger::Model::kLex;
    std::uint32_t ks[4];
    m->tag_pairs.assign(P * P * kTagCount, 0);
    m->tag_next.assign(P * L * kTagCount, 0);
    m->next_pairs.assign(L * L * kTagCount, 0);
    for (std::size_t a = 0; a < P; ++a)
      for (std::size_t b = 0; b < P; ++b) {
        const auto k = tag_pair_features(static_cast<std::uint8_t>(a), static_cast<std::uint8_t>(b), ks);
        m->add_weights(ks, k, &m->tag_pairs[(a * P + b) * kTagCount]);
      }
    for (std::size_t a = 0; a < P; ++a)
      for (std::size_t b = 0; b < L; ++b) {
        const auto k = tag_next_features(static_cast<std::uint8_t>(a), static_cast<std::uint8_t>(b), ks);
        m->add_weights(ks, k, &m->tag_next[(a * L + b) * kTagCount]);
      }
    for (std::size_t a = 0; a < L; ++a)
      for (std::size_t b = 0; b < L; ++b) {
        const auto k = next_pair_features(static_cast<std::uint8_t>(a), static_cast<std::uint8_t>(b), ks);
        m->add_weights(ks, k, &m->next_pairs[(a * L + b) * kTagCount]);
      }
  }

  const auto lex = [&m](std::uint64_t h) { return m->lookup_lex(h); };
  // The neighbour scores of every lexicon word, then of the outside of the sentence.
  // Stored in 16 bits: a row with a sum beyond +-32767 is marked kNoRow and not used (the tagger
  // looks its features up instead), so the scores stay exact.
  m->neighbours.assign((lex_n + 1) * 4 * kTagCount, 0);
  for (std::size_t i = 0; i <= lex_n; ++i) {
    TokenInfo info;
    if (i < lex_n) describe_token(forms[i], lex, m->open, info);
    for (int d = 0; d < 4; ++d) {
      std::uint32_t ks[4];
      std::int32_t sums[kTagCount] = {};
      m->add_weights(ks, neighbour_features(d, i < lex_n ? &info : nullptr, ks), sums);
      std::int16_t* row = &m->neighbours[(i * 4 + static_cast<std::size_t>(d)) * kTagCount];
      bool fits = true;
      for (const std::int32_t s : sums) fits = fits && s >= -32767 && s <= 32767;
      if (!fits) {
        row[0] = Tagger::Model::kNoRow;
        ++m->neighbours_overflow;
        continue;
      }
      for (std::size_t x = 0; x < kTagCount; ++x) row[x] = static_cast<std::int16_t>(sums[x]);
    }
  }

  // The word-only scores of every lexicon word, for the tags of its class.
  std::size_t prev_n = 0;
  TokenInfo t;
  std::uint32_t fkeys[kMaxFeatures];
  std::int32_t scores[kTagCount];
  for (std::size_t i = 0; i < lex_n; ++i) {
    describe_token(forms[i], lex, m->open, t);
    std::fill(std::begin(scores), std::end(scores), 0);
    m->add_weights(fkeys, word_features(t, fkeys), scores);
    Tagger::Model::Word& w = m->words[i];
    w.scores = static_cast<std::uint32_t>(m->word_scores.size());
    for (std::uint64_t b = w.mask; b; b &= b - 1) m->word_scores.push_back(scores[lowest_tag(b)]);
    // A word that is scored (not certain, more than one tag): room for the sums of its
    // prev_features, computed when it is first tagged (Model::prev_row).
    if ((w.entry & kDictFlag) || !(w.mask & (w.mask - 1))) continue;
    w.prev = static_cast<std::uint32_t>(prev_n);
    prev_n += Tagger::Model::kP1 * static_cast<std::size_t>(popcount(w.mask));
  }
  m->prev_scores = std::make_unique<std::atomic<std::int16_t>[]>(prev_n);
  m->prev_state = std::make_unique<std::atomic<std::uint8_t>[]>(lex_n);
  return m;
}

}  // namespace

Tagger Tagger::from_bytes(std::string_view model, std::string_view name) { return Tagger(parse_model(model, name)); }

Tagger Tagger::load(const std::string& path) { return from_bytes(detail::read_model_file(path, "tagger"), path); }

const Tagger& Tagger::builtin() {
  static const Tagger tagger =
      from_bytes(std::string_view(quoteattr_tagger_model_begin,
                                  static_cast<std::size_t>(quoteattr_tagger_model_end - quoteattr_tagger_model_begin)),
                 "builtin:data/models/en-pos.model");
  return tagger;
}

std::size_t Tagger::feature_count() const noexcept { return model_->features; }
std::size_t Tagger::lexicon_size() const noexcept { return model_->lexicon; }

namespace {
// Tokens summarised at a time: the per-thread buffer holds at most kTagBlock + 2 * kReach
// TokenInfos (about 600 KB) whatever the sentence length.
constexpr std::size_t kTagBlock = 4096;
// How far the features of a token reach (context_features: two words either side).
constexpr std::size_t kReach = 2;

// Tags infos[first, last) of the n tokens in `infos`, carrying the previous two tags and
// whether a quotation is open from one block to the next.
void tag_block(const Tagger::Model& m, const TokenInfo* infos, std::size_t n, std::size_t first, std::size_t last,
               Tag* out, std::uint8_t& p1, std::uint8_t& p2, bool& quote_open, std::uint32_t* keys, std::uint32_t* refs,
               std::uint32_t* scores);
}  // namespace

void Tagger::tag(const std::string_view* words, std::size_t n, Tag* out) const {
  detail::tag_in_blocks(*this, words, n, out, kTagBlock);
}

void detail::tag_in_blocks(const Tagger& tagger, const std::string_view* words, std::size_t n, Tag* out,
                           std::size_t block) {
  if (n == 0) return;
  block = std::max<std::size_t>(block, 1);
  const Tagger::Model& m = *tagger.model_;
  // One buffer per thread, bounded by the block size: no allocation per token.
  thread_local std::vector<TokenInfo> window;
  if (window.size() < std::min(n, block + 2 * kReach)) window.resize(std::min(n, block + 2 * kReach));
  const auto lex = [&m](std::uint64_t h) { return m.lookup_lex(h); };

  std::uint8_t p1 = kStartTag, p2 = kStart2Tag;
  bool quote_open = false;
  std::uint32_t keys[kMaxFeatures];
  std::uint32_t refs[kMaxFeatures];
  std::uint32_t scores[kTagCount] = {};
  for (std::size_t b = 0; b < n; b += block) {
    // The block's tokens [b, e) and the kReach tokens on either side that their features read.
    // Positions are local to the window [wb, we): a window edge that is not a sentence edge
    // lies beyond the reach of every token of the block, so the features are unchanged.
    const std::size_t e = std::min(n, b + block);
    const std::size_t wb = b >= kReach ? b - kReach : 0;
    const std::size_t we = std::min(n, e + kReach);
    for (std::size_t k = wb; k < we; ++k) describe_token(words[k], lex, m.open, window[k - wb]);
    tag_block(m, window.data(), we - wb, b - wb, e - wb, out + wb, p1, p2, quote_open, keys, refs, scores);
  }
}

namespace {
void tag_block(const Tagger::Model& m, const TokenInfo* infos, std::size_t n, std::size_t first, std::size_t last,
               Tag* out, std::uint8_t& p1, std::uint8_t& p2, bool& quote_open, std::uint32_t* keys, std::uint32_t* refs,
               std::uint32_t* scores) {
  for (std::size_t i = first; i < last; ++i) {
    const TokenInfo& t = infos[i];
    std::uint8_t best;
    if (t.dict) {
      best = t.lex;
    } else if ((t.mask & (t.mask - 1)) == 0) {  // one tag in the class
      best = lowest_tag((t.mask));
    } else {
      // A lexicon word has its word-only scores ready; other words look those features up too.
      // The neighbours in the lexicon (or outside the sentence) have their scores ready.
      const std::int16_t* nb[4];
      unsigned skip = 0;
      for (int d = 0; d < 4; ++d) {
        const std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + kNeighbours[d];
        std::size_t idx = m.lexicon;
        if (j >= 0 && j < static_cast<std::ptrdiff_t>(n)) {
          if (infos[static_cast<std::size_t>(j)].word < 0) {
            nb[d] = nullptr;
            continue;
          }
          idx = static_cast<std::size_t>(infos[static_cast<std::size_t>(j)].word);
        }
        nb[d] = &m.neighbours[(idx * 4 + static_cast<std::size_t>(d)) * kTagCount];
        if (nb[d][0] == Tagger::Model::kNoRow) {
          nb[d] = nullptr;
          continue;
        }
        skip |= 1u << d;
      }
      const std::atomic<std::int16_t>* prev_row = nullptr;  // the sums of prev_features for p1
      if (t.word >= 0 && m.words[static_cast<std::size_t>(t.word)].prev != Tagger::Model::kNone) {
        prev_row = m.prev_row(static_cast<std::size_t>(t.word), t, p1);
        if (prev_row) skip |= kSkipPrev;
      }
      std::size_t k = context_features(infos, n, i, p1, p2, quote_open, keys, false, skip);
      if (t.word < 0) k += word_features(t, keys + k);
      // The tables do not fit in cache: look up all of this token's features in two passes so
      // that the memory loads overlap (slots, then weights) instead of waiting one by one.
      for (std::size_t f = 0; f < k; ++f) detail::prefetch(&m.slots[keys[f] & m.slot_mask]);
      {  // the tag features from their tables, the neighbours' sums, a lexicon word's own sums
        constexpr std::size_t P = Tagger::Model::kPrev, L = Tagger::Model::kLex;
        const std::uint8_t lp1 = i + 1 < n ? infos[i + 1].lex : kEndLex;
        const std::uint8_t lp2 = i + 2 < n ? infos[i + 2].lex : kEndLex;
        const std::int32_t* a = &m.tag_pairs[(std::size_t{p1} * P + p2) * kTagCount];
        const std::int32_t* b = &m.tag_next[(std::size_t{p1} * L + lp1) * kTagCount];
        const std::int32_t* c = &m.next_pairs[(std::size_t{lp1} * L + lp2) * kTagCount];
        if (t.word >= 0) {
          // Only the tags of the word's class are read: sum those alone (the other scores keep
          // whatever they hold; unsigned, so that the additions below stay defined).
          const std::int32_t* ws = m.word_scores.data() + m.words[static_cast<std::size_t>(t.word)].scores;
          for (std::uint64_t bits = t.mask; bits; bits &= bits - 1) {
            const std::uint8_t x = lowest_tag(bits);
            std::int32_t v = a[x] + b[x] + c[x] + *ws++;
            if (prev_row) v += (prev_row++)->load(std::memory_order_relaxed);
            for (const std::int16_t* row : nb)
              if (row) v += row[x];
            scores[x] = static_cast<std::uint32_t>(v);
          }
        } else {
          for (std::size_t x = 0; x < kTagCount; ++x) scores[x] = static_cast<std::uint32_t>(a[x] + b[x] + c[x]);
          for (const std::int16_t* row : nb)
            if (row)
              for (std::size_t x = 0; x < kTagCount; ++x) scores[x] += static_cast<std::uint32_t>(row[x]);
        }
      }
      std::size_t found = 0;
      for (std::size_t f = 0; f < k; ++f) {
        const Tagger::Model::Slot* s = m.find(keys[f]);
        if (!s) continue;
        if (s->ref & Tagger::Model::kInline) {
          scores[(s->ref >> 16) & 0xff] += static_cast<std::uint32_t>(static_cast<std::int16_t>(s->ref & 0xffff));
          continue;
        }
        refs[found++] = s->ref;
        detail::prefetch(m.weights.data() + (s->ref >> 8));
      }
      for (std::size_t f = 0; f < found; ++f) {
        const Tagger::Model::Weight* w = m.weights.data() + (refs[f] >> 8);
        for (std::uint32_t e = 0, end = refs[f] & 0xff; e < end; ++e)
          scores[w[e].cls] += static_cast<std::uint32_t>(std::int32_t{w[e].value});
      }
      best = kTagCount;  // the best tag of the word's class (the true sums fit in 32 bits)
      for (std::uint64_t b = t.mask; b; b &= b - 1) {
        const auto c = lowest_tag((b));
        if (best == kTagCount || static_cast<std::int32_t>(scores[c]) > static_cast<std::int32_t>(scores[best]))
          best = c;
      }
    }
    out[i] = static_cast<Tag>(best);
    if (best == static_cast<std::uint8_t>(Tag::LQUOTE)) quote_open = true;
    if (best == static_cast<std::uint8_t>(Tag::RQUOTE)) quote_open = false;
    p2 = p1;
    p1 = best;
  }
}
}  // namespace

std::vector<Tag> Tagger::tag(const std::vector<std::string_view>& words) const {
  std::vector<Tag> out(words.size());
  tag(words.data(), words.size(), out.data());
  return out;
}

std::vector<Tag> Tagger::tag(const std::vector<std::string>& words) const {
  std::vector<std::string_view> views(words.begin(), words.end());
  return tag(views);
}

}  // namespace quoteattr
