// parser_training.hpp: reading CoNLL-U trees, the training/held-out split, training and
// evaluation of the dependency parser. Used by tools/train_parser.cpp and the tests; not part of
// the quoteattr library.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "quoteattr/parser.hpp"
#include "quoteattr/relations.hpp"
#include "quoteattr/tagger.hpp"
#include "quoteattr/tags.hpp"

namespace quoteattr {
namespace training {

struct Tree {
  std::string corpus;  // the file it comes from, without .conllu ("gum_news")
  std::string doc;     // # newdoc id of the document
  std::vector<std::string> words;
  std::vector<Tag> gold_tags;       // XPOS
  std::vector<Tag> tags;            // the tags the parser sees (predicted by the tagger, or gold)
  std::vector<std::int32_t> heads;  // 0-based index of the head, -1 for the root
  std::vector<Relation> relations;
  std::vector<bool> space_after;
};

// Reads a CoNLL-U file (words of multi-word tokens; empty nodes skipped). Throws quoteattr::Error.
std::vector<Tree> read_trees(const std::string& path);

// The tokenisation of the quoteattr tokenizer: "word - word" written without spaces becomes one
// token (tag of its last part). The joined token takes the arcs of its parts: its head is the
// head of the part whose head lies outside the compound (the last such part), and arcs into any
// part go to it.
Tree join_hyphens(const Tree& t);

// The split (docs/parser.md):
//   train:    ewt_dev and all GUM files; with hold_news, every fourth document of gum_news is
//             left out (the report run) and returned in heldout_news
//   ewt_test: ewt_test.conllu
struct TreeSplit {
  std::vector<Tree> train, heldout_news, ewt_test;
};
TreeSplit read_tree_split(const std::string& ud_dir, bool hold_news);

// Hyphen compounds joined and the tags replaced by the tagger's (gold tags when tagger is null).
void prepare(std::vector<Tree>& trees, const Tagger* tagger);

// Hyphen compounds joined and the tags replaced by jackknifed tags: the trees are cut into
// `folds` parts (tree k in part k % folds) and each part is tagged by a tagger trained on the
// others (the tagger's own training: tagger_training.hpp, one perceptron, EWT dev three times),
// so that the parser learns from tags as wrong as the tagger's on new text. Deterministic.
void prepare_jackknifed(std::vector<Tree>& trees, int folds, std::ostream* log);

struct ParserTrainOptions {
  int iterations = 15;
  std::uint64_t seed = 20251130;  // shuffle and exploration seed
  int explore_from = 1;           // dynamic oracle: from this iteration (0-based) on, follow ...
  double explore_p = 0.9;         // ... the model's own transition this often
  double prune = 0.5;             // drop averaged weights smaller than this (in update units)
};

// Trains on prepared trees and returns the model file bytes. Deterministic: the same trees and
// options give the same bytes. Progress goes to `log` if not null.
std::string train_parser(const std::vector<Tree>& trees, const ParserTrainOptions& options, std::ostream* log);

struct ParseEvaluation {
  std::size_t tokens = 0, heads = 0, labelled = 0;           // all tokens
  std::size_t words = 0, word_heads = 0, word_labelled = 0;  // punctuation excluded
  double uas() const { return tokens ? static_cast<double>(heads) / static_cast<double>(tokens) : 0; }
  double las() const { return tokens ? static_cast<double>(labelled) / static_cast<double>(tokens) : 0; }
  double word_uas() const { return words ? static_cast<double>(word_heads) / static_cast<double>(words) : 0; }
  double word_las() const { return words ? static_cast<double>(word_labelled) / static_cast<double>(words) : 0; }
};

ParseEvaluation evaluate_parser(const Parser& parser, const std::vector<Tree>& trees);

}  // namespace training
}  // namespace quoteattr
