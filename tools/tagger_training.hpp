// tagger_training.hpp: reading CoNLL-U, the training/held-out split, token normalisation,
// training and evaluation of the part-of-speech tagger. Used by tools/train_tagger.cpp and the
// tests; not part of the quoteattr library.
#pragma once

#include <array>
#include <cstdint>
#include <iosfwd>
#include <set>
#include <string>
#include <vector>

#include "quoteattr/tagger.hpp"
#include "quoteattr/tags.hpp"

namespace quoteattr {
namespace training {

struct Sentence {
  std::string corpus;  // the file it comes from, without .conllu ("gum_news")
  std::string doc;     // # newdoc id of the document
  std::string text;    // # text
  std::vector<std::string> words;
  std::vector<std::string> lemmas;
  std::vector<Tag> tags;
  std::vector<bool> space_after;  // false where CoNLL-U says SpaceAfter=No
};

// Reads a CoNLL-U file (words of multi-word tokens, XPOS as the tag). Throws quoteattr::Error.
std::vector<Sentence> read_conllu(const std::string& path);

// The fixed split of data/training/ud (see docs/tagger.md):
//   train:        every file except ewt_test.conllu, without the held-out news documents
//   heldout_news: every fourth document of gum_news.conllu (the 4th, 8th, ..., 24th)
//   ewt_test:     ewt_test.conllu
struct Split {
  std::vector<Sentence> train, heldout_news, ewt_test;
};
Split read_split(const std::string& ud_dir);

// The tokenisation of the quoteattr tokenizer: "word - word" written without spaces becomes one
// token (tag and lemma of its last part, "so-called"/VBN).
Sentence join_hyphens(const Sentence& s);

// The training sentences as the tagger is trained on them: hyphen compounds joined (one sentence
// in five keeps UD's split so that HYPH is learnt), and in a third of the sentences straight
// quotes replaced by curly ones (`` -> “, '' -> ”, ' -> ’), in one in twenty by « ». The choice
// is a fixed function of the sentence's position. The sentences of corpus `repeat_corpus` are
// included `repeats` times (in-domain weight for web text: EWT).
std::vector<Sentence> prepare_training(const std::vector<Sentence>& ud, const std::string& repeat_corpus = "ewt_dev",
                                       int repeats = 1);

struct TrainOptions {
  int iterations = 12;
  std::uint64_t seed = 20250529;   // shuffle seed
  int seeds = 3;                   // perceptrons trained (shuffle streams from seed), weights averaged
  int dict_min_count = 20;         // tag dictionary: words seen this often ...
  double dict_min_ratio = 0.97;    // ... with one tag at least this often
  int lex_min_count = 2;           // lexicon (most frequent tag, a feature): words seen this often
  int rare_max_count = 1;          // words seen at most this often train without identity features
  int class_min_count = 1;         // lexicon words seen this often may only get the tags seen with
                                   // them (0: no ambiguity classes)
  int expand_max_count = 100;      // ... and words seen fewer times than this also the tags easily
                                   // confused with those (NN: NNP JJ, VBD: VBN, ...)
  bool class_in_training = false;  // training also restricts the guesses to the classes
  int open_min_count = 0;          // unknown words may only get the tags of at least this many words
                                   // seen once (0: any tag)
  double prune = 0.5;              // drop averaged weights smaller than this (in update units)
};

// Trains on already prepared sentences and returns the model file bytes. Deterministic: the
// same sentences and options give the same bytes. Progress goes to `log` if not null.
std::string train(const std::vector<Sentence>& sentences, const TrainOptions& options, std::ostream* log);

struct Evaluation {
  std::size_t tokens = 0, correct = 0;
  std::size_t known = 0, known_correct = 0;  // known: the word form occurs in the training data
  std::array<std::array<std::size_t, kTagCount>, kTagCount> confusion{};  // [gold][guess]
  static double percent(std::size_t a, std::size_t b) {
    return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0;
  }
  double accuracy() const { return percent(correct, tokens); }
  double known_accuracy() const { return percent(known_correct, known); }
  double unknown_accuracy() const { return percent(correct - known_correct, tokens - known); }
};

Evaluation evaluate(const Tagger& tagger, const std::vector<Sentence>& sentences,
                    const std::set<std::string>& vocabulary);

std::set<std::string> vocabulary(const std::vector<Sentence>& sentences);

}  // namespace training
}  // namespace quoteattr
