// Training and evaluation of the part-of-speech tagger (see tagger_training.hpp).
#include "tagger_training.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <ostream>
#include <unordered_map>

#include "quoteattr/error.hpp"
#include "tagger_features.hpp"
#include "training_util.hpp"

namespace quoteattr {
namespace training {

using namespace tagger_detail;
using util::has_alnum;
using util::is_hyphen_word;
using util::put;
using util::put_feature_table;
using util::quantise;
using util::QuantisedWeights;
using util::Rng;

namespace {

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (std::size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size()))
    s.replace(p, from.size(), to);
}

// The tags of `seen` and those easily confused with them (a word seen rarely in training may
// well have them in new text: "Shuttle"/NN in a title, NNP in a name).
std::uint64_t expand_tags(std::uint64_t seen) {
  static const Tag kGroups[][3] = {
      {Tag::NN, Tag::NNP, Tag::JJ}, {Tag::NNS, Tag::NNPS, Tag::VBZ}, {Tag::VBD, Tag::VBN, Tag::JJ},
      {Tag::VB, Tag::VBP, Tag::NN}, {Tag::VBG, Tag::NN, Tag::JJ},    {Tag::JJ, Tag::NN, Tag::VBN},
      {Tag::NNP, Tag::NN, Tag::JJ}, {Tag::NNPS, Tag::NNS, Tag::NNP}, {Tag::VBN, Tag::VBD, Tag::JJ},
      {Tag::VBP, Tag::VB, Tag::NN}, {Tag::VBZ, Tag::NNS, Tag::NNS},  {Tag::RB, Tag::JJ, Tag::IN},
      {Tag::IN, Tag::RB, Tag::RP},  {Tag::RP, Tag::RB, Tag::IN},     {Tag::CD, Tag::NN, Tag::NNP},
  };
  std::uint64_t out = seen;
  for (const auto& g : kGroups)
    if (seen >> static_cast<unsigned>(g[0]) & 1)
      for (const Tag t : g) out |= std::uint64_t{1} << static_cast<unsigned>(t);
  return out;
}

}  // namespace

std::vector<Sentence> read_conllu(const std::string& path) {
  std::vector<Sentence> out;
  const std::string corpus = util::corpus_of(path);
  util::read_conllu_sentences(path, [&](const util::ConlluSentence& c) {
    Sentence s;
    s.corpus = corpus;
    s.doc = c.doc;
    s.text = c.text;
    for (const util::ConlluWord& w : c.words) {
      const auto tag = parse_tag(w.xpos);
      if (!tag) throw Error(ErrorCode::kInvalidArgument, "unknown XPOS tag '" + w.xpos + "'", util::at_line(path, w));
      s.words.push_back(w.form);
      s.lemmas.push_back(w.lemma);
      s.tags.push_back(*tag);
      s.space_after.push_back(w.space_after);
    }
    out.push_back(std::move(s));
  });
  return out;
}

Split read_split(const std::string& ud_dir) {
  Split split;
  util::read_ud_split<Sentence>(
      ud_dir, true, [](const std::string& path) { return read_conllu(path); }, split.train, split.heldout_news,
      split.ewt_test);
  return split;
}

Sentence join_hyphens(const Sentence& s) {
  Sentence out;
  out.corpus = s.corpus;
  out.doc = s.doc;
  out.text = s.text;
  const std::size_t n = s.words.size();
  for (std::size_t i = 0; i < n; ++i) {
    std::string word = s.words[i], lemma = s.lemmas[i];
    Tag tag = s.tags[i];
    bool space = s.space_after[i];
    if (has_alnum(word)) {
      while (!space && i + 2 < n && is_hyphen_word(s.words[i + 1]) && !s.space_after[i + 1] &&
             has_alnum(s.words[i + 2])) {
        lemma = word + s.words[i + 1] + s.lemmas[i + 2];
        word += s.words[i + 1] + s.words[i + 2];
        tag = s.tags[i + 2];
        space = s.space_after[i + 2];
        i += 2;
      }
    }
    out.words.push_back(std::move(word));
    out.lemmas.push_back(std::move(lemma));
    out.tags.push_back(tag);
    out.space_after.push_back(space);
  }
  return out;
}

std::vector<Sentence> prepare_training(const std::vector<Sentence>& ud, const std::string& repeat_corpus, int repeats) {
  std::vector<const Sentence*> input;
  input.reserve(ud.size());
  for (const auto& s : ud) input.push_back(&s);
  for (int r = 1; r < repeats; ++r)
    for (const auto& s : ud)
      if (s.corpus == repeat_corpus) input.push_back(&s);
  std::vector<Sentence> out;
  out.reserve(input.size());
  for (std::size_t k = 0; k < input.size(); ++k) {
    const std::uint64_t r = mix64(k + 0x51ed27ULL);
    Sentence s = (r % 5 == 0) ? *input[k] : join_hyphens(*input[k]);
    const unsigned quotes = static_cast<unsigned>((r >> 8) % 20);
    if (quotes < 7 || quotes == 19) {
      const bool guillemets = quotes == 19;
      for (std::size_t i = 0; i < s.words.size(); ++i) {
        std::string& w = s.words[i];
        const bool quote = w == "\"" || w == "'" || w == "`" || w == "``" || w == "''";
        if (quote && s.tags[i] == Tag::LQUOTE)
          w = guillemets ? "\xC2\xAB" : (w == "'" || w == "`") ? "\xE2\x80\x98" : "\xE2\x80\x9C";
        else if (quote && s.tags[i] == Tag::RQUOTE)
          w = guillemets ? "\xC2\xBB" : w == "'" ? "\xE2\x80\x99" : "\xE2\x80\x9D";
        else
          replace_all(w, "'", "\xE2\x80\x99");  // clitics and possessives: ’s n’t ’re
      }
    }
    out.push_back(std::move(s));
  }
  return out;
}

// --- training -------------------------------------------------------------------------------

std::string train(const std::vector<Sentence>& sentences, const TrainOptions& opt, std::ostream* log) {
  // Lexicon: most frequent tag of each word form; the tag dictionary marks the unambiguous ones.
  std::map<std::string, std::array<int, kTagCount>> counts;
  for (const auto& s : sentences)
    for (std::size_t i = 0; i < s.words.size(); ++i) {
      auto it = counts.try_emplace(s.words[i]).first;
      ++it->second[static_cast<std::size_t>(s.tags[i])];
    }
  // Open classes: the tags of words seen once (with a letter or digit), the tags an unknown word
  // may get.
  std::array<int, kTagCount> hapax_tags{};
  for (const auto& [word, c] : counts) {
    int total = 0;
    for (const int x : c) total += x;
    if (total == 1 && has_alnum(word))
      for (std::size_t t = 0; t < kTagCount; ++t) hapax_tags[t] += c[t];
  }
  std::uint64_t open = 0;
  for (std::size_t t = 0; t < kTagCount; ++t)
    if (hapax_tags[t] >= opt.open_min_count) open |= std::uint64_t{1} << t;
  if (opt.open_min_count <= 0) open = kAllTags;
  if (log) {
    *log << "open classes:";
    for (std::uint64_t m = open; m; m &= m - 1) *log << ' ' << tag_name(static_cast<Tag>(lowest_tag(m)));
    *log << "\n";
  }
  struct Word {
    std::string form;
    LexEntry e;
  };
  std::vector<Word> words;  // sorted by form (counts is a std::map)
  std::unordered_map<std::uint64_t, LexEntry> lexicon;
  std::size_t dict_words = 0;
  for (const auto& [word, c] : counts) {
    int total = 0, best = 0;
    std::uint64_t seen = 0;
    for (std::size_t t = 0; t < kTagCount; ++t) {
      total += c[t];
      if (c[t] > c[static_cast<std::size_t>(best)]) best = static_cast<int>(t);
      if (c[t]) seen |= std::uint64_t{1} << t;
    }
    if (total < opt.lex_min_count || word.size() > 255) continue;
    LexEntry e;
    e.entry = static_cast<std::uint8_t>(best);
    if (total >= opt.dict_min_count && c[static_cast<std::size_t>(best)] >= opt.dict_min_ratio * total) {
      e.entry |= kDictFlag;
      ++dict_words;
    }
    e.mask = (opt.class_min_count > 0 && total >= opt.class_min_count) ? seen : (seen | open);
    if (total < opt.expand_max_count) e.mask = expand_tags(e.mask);
    lexicon[hash_bytes(word.data(), word.size())] = e;
    words.push_back({word, e});
  }
  if (log) *log << "lexicon: " << lexicon.size() << " words, tag dictionary: " << dict_words << "\n";
  const auto lex = [&lexicon](std::uint64_t h) {
    const auto it = lexicon.find(h);
    return it == lexicon.end() ? LexEntry{} : it->second;
  };

  // The token summaries do not change between iterations: compute them once.
  std::vector<std::vector<TokenInfo>> infos(sentences.size());
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    infos[k].resize(sentences[k].words.size());
    for (std::size_t i = 0; i < sentences[k].words.size(); ++i) {
      describe_token(sentences[k].words[i], lex, open, infos[k][i]);
      const auto& c = counts.at(sentences[k].words[i]);
      int total = 0;
      for (const int x : c) total += x;
      infos[k][i].rare = total <= opt.rare_max_count;
    }
  }

  // Several perceptrons, each with its own shuffle stream; their averaged weights are averaged
  // (an ensemble of linear models is the linear model of the mean weights).
  std::map<std::uint32_t, std::vector<std::pair<std::uint8_t, double>>> avg;
  const int runs = opt.seeds > 0 ? opt.seeds : 1;
  for (int run = 0; run < runs; ++run) {
    util::Perceptron<kTagCount> model;
    std::vector<std::size_t> order(sentences.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    Rng rng{opt.seed + static_cast<std::uint64_t>(run) * 0x632be59bd9b4e019ULL};
    std::uint32_t keys[kMaxFeatures];
    float scores[kTagCount];
    for (int it = 0; it < opt.iterations; ++it) {
      for (std::size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[rng.next() % k]);
      std::size_t correct = 0, total = 0;
      for (const std::size_t k : order) {
        const auto& s = sentences[k];
        const std::size_t n = s.words.size();
        std::uint8_t p1 = kStartTag, p2 = kStart2Tag;
        bool quote_open = false;
        for (std::size_t i = 0; i < n; ++i) {
          const auto truth = static_cast<std::uint8_t>(s.tags[i]);
          std::uint8_t guess;
          const std::uint64_t mask = opt.class_in_training ? infos[k][i].mask : kAllTags;
          if (infos[k][i].dict) {
            guess = infos[k][i].lex;
          } else if ((mask & (mask - 1)) == 0) {  // one tag in the class: nothing to learn
            guess = lowest_tag((mask));
          } else {
            const std::size_t nk = extract_features(infos[k].data(), n, i, p1, p2, quote_open, keys);
            model.score(keys, nk, scores);
            guess = kTagCount;  // the best tag of the word's class
            for (std::uint64_t m = mask; m; m &= m - 1) {
              const auto c = lowest_tag((m));
              if (guess == kTagCount || scores[c] > scores[guess]) guess = c;
            }
            model.tick();
            if (guess != truth) model.update(keys, nk, truth, guess);
          }
          correct += guess == truth;
          ++total;
          if (guess == static_cast<std::uint8_t>(Tag::LQUOTE)) quote_open = true;
          if (guess == static_cast<std::uint8_t>(Tag::RQUOTE)) quote_open = false;
          p2 = p1;
          p1 = guess;
        }
      }
      if (log) *log << "iteration " << it + 1 << ": training accuracy " << Evaluation::percent(correct, total) << "%\n";
    }

    for (auto& [key, ws] : model.averaged()) {
      auto& row = avg[key];
      for (const auto& [tag, w] : ws) {
        auto it = std::find_if(row.begin(), row.end(), [tag = tag](const auto& p) { return p.first == tag; });
        if (it == row.end())
          row.emplace_back(tag, w / runs);
        else
          it->second += w / runs;
      }
    }
  }
  for (auto& kv : avg) std::sort(kv.second.begin(), kv.second.end());

  // Prune, quantise to 16 bits.
  const QuantisedWeights q = quantise(avg, opt.prune);
  if (log)
    *log << "features: " << avg.size() << " trained, " << q.keys.size() << " kept, " << q.weights.size() / 3
         << " weights\n";

  std::string out(kMagic, sizeof kMagic);
  put(out, kFormatVersion, 4);
  put(out, kTagCount, 4);
  put(out, open, 8);
  put(out, words.size(), 4);
  for (const auto& w : words) {
    put(out, w.form.size(), 1);
    out += w.form;
    put(out, w.e.entry, 1);
    put(out, w.e.mask, 8);
  }
  put_feature_table(out, q);
  put(out, hash_bytes(out.data(), out.size()), 8);
  return out;
}

std::set<std::string> vocabulary(const std::vector<Sentence>& sentences) {
  std::set<std::string> v;
  for (const auto& s : sentences) v.insert(s.words.begin(), s.words.end());
  return v;
}

Evaluation evaluate(const Tagger& tagger, const std::vector<Sentence>& sentences, const std::set<std::string>& vocab) {
  Evaluation e;
  std::vector<std::string_view> words;
  std::vector<Tag> guess;
  for (const auto& s : sentences) {
    words.assign(s.words.begin(), s.words.end());
    guess.resize(words.size());
    tagger.tag(words.data(), words.size(), guess.data());
    for (std::size_t i = 0; i < words.size(); ++i) {
      const bool ok = guess[i] == s.tags[i];
      const bool known = vocab.count(s.words[i]) > 0;
      ++e.tokens;
      e.correct += ok;
      e.known += known;
      e.known_correct += known && ok;
      ++e.confusion[static_cast<std::size_t>(s.tags[i])][static_cast<std::size_t>(guess[i])];
    }
  }
  return e;
}

}  // namespace training
}  // namespace quoteattr
