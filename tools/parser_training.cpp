// Training and evaluation of the dependency parser (see parser_training.hpp, docs/parser.md).
#include "parser_training.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <ostream>
#include <unordered_map>

#include "parser_features.hpp"
#include "quoteattr/error.hpp"
#include "tagger_training.hpp"
#include "training_util.hpp"

namespace quoteattr {
namespace training {

using namespace parser_detail;
using util::has_alnum;
using util::is_hyphen_word;
using util::put;
using util::put_feature_table;
using util::quantise;
using util::QuantisedWeights;
using util::Rng;

std::vector<Tree> read_trees(const std::string& path) {
  std::vector<Tree> out;
  const std::string corpus = util::corpus_of(path);
  util::read_conllu_sentences(path, [&](const util::ConlluSentence& c) {
    Tree t;
    t.corpus = corpus;
    t.doc = c.doc;
    for (const util::ConlluWord& w : c.words) {
      const Location where = util::at_line(path, w);
      if (w.id != t.words.size() + 1) throw Error(ErrorCode::kInvalidArgument, "word ids out of order", where);
      const auto tag = parse_tag(w.xpos);
      if (!tag) throw Error(ErrorCode::kInvalidArgument, "unknown XPOS tag '" + w.xpos + "'", where);
      const auto rel = parse_relation(w.deprel);
      if (!rel) throw Error(ErrorCode::kInvalidArgument, "unknown relation '" + w.deprel + "'", where);
      t.words.push_back(w.form);
      t.gold_tags.push_back(*tag);
      t.tags.push_back(*tag);
      t.heads.push_back(static_cast<std::int32_t>(std::stol(w.head)) - 1);
      t.relations.push_back(*rel);
      t.space_after.push_back(w.space_after);
    }
    out.push_back(std::move(t));
  });
  for (const Tree& t : out)
    for (const std::int32_t h : t.heads)
      if (h < -1 || h >= static_cast<std::int32_t>(t.words.size()))
        throw Error(ErrorCode::kInvalidArgument, "head out of range in " + path);
  return out;
}

Tree join_hyphens(const Tree& t) {
  const std::size_t n = t.words.size();
  // group[i]: the joined token of word i
  std::vector<std::int32_t> group(n);
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // [first, last] word of each joined token
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t last = i;
    bool space = t.space_after[i];
    if (has_alnum(t.words[i]))
      while (!space && last + 2 < n && is_hyphen_word(t.words[last + 1]) && !t.space_after[last + 1] &&
             has_alnum(t.words[last + 2])) {
        last += 2;
        space = t.space_after[last];
      }
    for (std::size_t k = i; k <= last; ++k) group[k] = static_cast<std::int32_t>(spans.size());
    spans.emplace_back(i, last);
    i = last;
  }
  Tree out;
  out.corpus = t.corpus;
  out.doc = t.doc;
  for (const auto& [first, last] : spans) {
    std::string word;
    for (std::size_t k = first; k <= last; ++k) word += t.words[k];
    // the part whose head lies outside the compound (the last such part)
    std::size_t rep = last;
    for (std::size_t k = first; k <= last; ++k)
      if (t.heads[k] < 0 || group[static_cast<std::size_t>(t.heads[k])] != group[first]) rep = k;
    out.words.push_back(word);
    out.gold_tags.push_back(t.gold_tags[last]);
    out.tags.push_back(t.tags[last]);
    out.heads.push_back(t.heads[rep] < 0 ? -1 : group[static_cast<std::size_t>(t.heads[rep])]);
    out.relations.push_back(t.relations[rep]);
    out.space_after.push_back(t.space_after[last]);
  }
  // A compound whose parts all have heads inside it would point to itself: attach it to the root's
  // way out instead (cannot happen in a tree, where some part's head lies outside).
  for (std::size_t i = 0; i < out.heads.size(); ++i)
    if (out.heads[i] == static_cast<std::int32_t>(i)) out.heads[i] = -1;
  return out;
}

TreeSplit read_tree_split(const std::string& ud_dir, bool hold_news) {
  TreeSplit split;
  util::read_ud_split<Tree>(
      ud_dir, hold_news, [](const std::string& path) { return read_trees(path); }, split.train, split.heldout_news,
      split.ewt_test);
  return split;
}

void prepare(std::vector<Tree>& trees, const Tagger* tagger) {
  for (Tree& t : trees) {
    t = join_hyphens(t);
    if (tagger) t.tags = tagger->tag(t.words);
  }
}

void prepare_jackknifed(std::vector<Tree>& trees, int folds, std::ostream* log) {
  const auto parts = static_cast<std::size_t>(folds > 1 ? folds : 2);
  std::vector<Tree> joined(trees.size());
  for (std::size_t k = 0; k < trees.size(); ++k) joined[k] = join_hyphens(trees[k]);
  for (std::size_t part = 0; part < parts; ++part) {
    std::vector<Sentence> rest;
    for (std::size_t k = 0; k < trees.size(); ++k) {
      if (k % parts == part) continue;
      const Tree& t = trees[k];
      Sentence s;
      s.corpus = t.corpus;
      s.doc = t.doc;
      s.words = t.words;
      s.lemmas = t.words;
      s.tags = t.gold_tags;
      s.space_after = t.space_after;
      rest.push_back(std::move(s));
    }
    TrainOptions topt;
    topt.seeds = 1;
    const std::string bytes = train(prepare_training(rest, "ewt_dev", 3), topt, nullptr);
    const Tagger tagger = Tagger::from_bytes(bytes, "jackknife");
    for (std::size_t k = part; k < trees.size(); k += parts) joined[k].tags = tagger.tag(joined[k].words);
    if (log) *log << "jackknife: part " << part + 1 << " of " << parts << " tagged\n";
  }
  trees = std::move(joined);
}

// --- training -------------------------------------------------------------------------------

namespace {

// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): for every class, the
// number of gold arcs that its transition makes unreachable, plus one for a wrong relation on a
// gold arc; -1 for a transition not valid in the state.
void costs_of(const State& st, const std::vector<std::int32_t>& gold, const std::vector<std::uint8_t>& grel,
              int* costs) {
  const std::int32_t s0 = st.s(0), s1 = st.s(1);
  const auto n = static_cast<std::int32_t>(st.n);
  const auto b0 = static_cast<std::int32_t>(st.b);
  const auto g = [&](std::int32_t i) { return i >= 0 && i < n ? gold[static_cast<std::size_t>(i)] : -2; };
  const auto in_buffer = [&](std::int32_t i) { return i >= b0 && i < n; };
  std::fill(costs, costs + kClassCount, -1);
  if (st.can_shift()) {
    int k = 0;
    for (const std::int32_t s : st.stack) {
      if (g(s) == b0) ++k;
      if (s != s0 && g(b0) == s) ++k;
    }
    costs[kShift] = k;
  }
  int children = 0;  // dependents of s0 still in the buffer
  for (std::int32_t d = b0; d < n; ++d)
    if (g(d) == s0) ++children;
  const std::int32_t h = g(s0);
  if (st.can_left()) {  // s0 -> b0
    const int base = children + ((h != b0 && (h == s1 || in_buffer(h))) ? 1 : 0);
    for (std::size_t r = 0; r < kRelationCount; ++r)
      costs[left_class(r)] = base + ((h == b0 && grel[static_cast<std::size_t>(s0)] != r) ? 1 : 0);
  }
  if (st.can_right()) {  // s0 -> s1
    const int base = children + ((h != s1 && in_buffer(h)) ? 1 : 0);
    for (std::size_t r = 0; r < kRelationCount; ++r)
      costs[right_class(r)] = base + ((h == s1 && grel[static_cast<std::size_t>(s0)] != r) ? 1 : 0);
  }
}

}  // namespace

std::string train_parser(const std::vector<Tree>& trees, const ParserTrainOptions& opt, std::ostream* log) {
  // Word hashes and tags once; gold heads with the root as n.
  struct Prepared {
    std::vector<std::uint64_t> words;
    std::vector<std::uint8_t> tags;
    std::vector<std::int32_t> gold;
    std::vector<std::uint8_t> rels;
  };
  std::vector<Prepared> data(trees.size());
  for (std::size_t k = 0; k < trees.size(); ++k) {
    const Tree& t = trees[k];
    const std::size_t n = t.words.size();
    Prepared& p = data[k];
    for (std::size_t i = 0; i < n; ++i) {
      p.words.push_back(word_hash(t.words[i]));
      p.tags.push_back(static_cast<std::uint8_t>(t.tags[i]));
      p.gold.push_back(t.heads[i] < 0 ? static_cast<std::int32_t>(n) : t.heads[i]);
      p.rels.push_back(static_cast<std::uint8_t>(t.heads[i] < 0 ? Relation::kRoot : t.relations[i]));
    }
  }
  util::Perceptron<kClassCount> model;
  std::vector<std::size_t> order(data.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  Rng rng{opt.seed};
  std::uint32_t keys[kMaxFeatures];
  float scores[kClassCount];
  int costs[kClassCount];
  State st;
  for (int it = 0; it < opt.iterations; ++it) {
    for (std::size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rng.next() % k]);
    std::size_t correct = 0, total = 0;
    for (const std::size_t k : order) {
      const Prepared& p = data[k];
      const TokenView tv{p.words.data(), p.tags.data(), p.words.size()};
      st.reset(p.words.size());
      while (!st.done()) {
        const std::size_t nk = extract_features(tv, st, keys);
        model.score(keys, nk, scores);
        int best_cost = 1 << 30;
        costs_of(st, p.gold, p.rels, costs);
        for (const int c : costs)
          if (c >= 0) best_cost = std::min(best_cost, c);
        int guess = -1, truth = -1;
        for (std::size_t c = 0; c < kClassCount; ++c) {
          if (costs[c] < 0) continue;
          if (guess < 0 || scores[c] > scores[guess]) guess = static_cast<int>(c);
          if (costs[c] == best_cost && (truth < 0 || scores[c] > scores[truth])) truth = static_cast<int>(c);
        }
        model.tick();
        ++total;
        if (costs[guess] != best_cost)
          model.update(keys, nk, static_cast<std::uint8_t>(truth), static_cast<std::uint8_t>(guess));
        else
          ++correct;
        const bool explore =
            it >= opt.explore_from && static_cast<double>(rng.next() >> 11) * 0x1.0p-53 < opt.explore_p;
        st.apply(static_cast<std::uint8_t>(explore ? guess : truth));
      }
    }
    if (log)
      *log << "iteration " << it + 1 << ": transitions right "
           << 100.0 * static_cast<double>(correct) / static_cast<double>(total ? total : 1) << "%\n";
  }

  const auto avg = model.averaged();
  const QuantisedWeights q = quantise(avg, opt.prune);
  if (log)
    *log << "features: " << avg.size() << " trained, " << q.keys.size() << " kept, " << q.weights.size() / 3
         << " weights (scale " << q.scale << ")\n";
  std::string out(kMagic, sizeof kMagic);
  put(out, kFormatVersion, 4);
  put(out, kTagCount, 4);
  put(out, kRelationCount, 4);
  put_feature_table(out, q);
  put(out, tagger_detail::hash_bytes(out.data(), out.size()), 8);
  return out;
}

ParseEvaluation evaluate_parser(const Parser& parser, const std::vector<Tree>& trees) {
  ParseEvaluation e;
  std::vector<std::string_view> words;
  std::vector<std::uint32_t> heads;
  std::vector<Relation> rels;
  for (const Tree& t : trees) {
    const std::size_t n = t.words.size();
    words.assign(t.words.begin(), t.words.end());
    heads.resize(n);
    rels.resize(n);
    parser.parse(words.data(), t.tags.data(), n, heads.data(), rels.data());
    for (std::size_t i = 0; i < n; ++i) {
      const std::uint32_t gold = t.heads[i] < 0 ? kNoParent : static_cast<std::uint32_t>(t.heads[i]);
      const Relation grel = t.heads[i] < 0 ? Relation::kRoot : t.relations[i];
      const bool h = heads[i] == gold, l = h && rels[i] == grel;
      ++e.tokens;
      e.heads += h;
      e.labelled += l;
      if (grel != Relation::kPunct) {
        ++e.words;
        e.word_heads += h;
        e.word_labelled += l;
      }
    }
  }
  return e;
}

}  // namespace training
}  // namespace quoteattr
