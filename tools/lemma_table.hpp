// lemma_table.hpp: making and measuring the lemma exception table data/lang/en-lemmas.tsv
// (see docs/lemmas.md). Used by tools/make_lemma_table.cpp and tests/test_lemmatizer.cpp; not
// part of the quoteattr library.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/lemmatizer.hpp"
#include "tagger_training.hpp"

namespace quoteattr {
namespace training {

// The form as Token::lower has it for ASCII and apostrophes: ASCII letters lower-cased,
// ’ ‘ read as '.
std::string lemma_key(std::string_view word);

// The table text: the forms of the training sentences (tags VB*, NN, NNS; gold lemmas
// lower-cased) whose most frequent gold lemma is right more often than the rules
// (Lemmatizer::rule_lemma), then the entries of the hand-reviewed list `hand_tsv` (same format)
// that the rules get wrong and the data does not already give. Sorted; deterministic.
std::string make_lemma_table(const std::vector<Sentence>& train, std::string_view hand_tsv);

struct LemmaEvaluation {
  std::size_t tokens = 0, correct = 0;
  std::size_t verbs = 0, verbs_correct = 0;
  double accuracy() const { return tokens ? 100.0 * static_cast<double>(correct) / static_cast<double>(tokens) : 0.0; }
};

// Lemma accuracy on the tokens tagged VB*, NN or NNS by the gold tags (gold lemma lower-cased),
// lemmatized with their gold tag. Errors are written to `errors` if not null.
LemmaEvaluation evaluate_lemmas(const Lemmatizer& lemmatizer, const std::vector<Sentence>& sentences,
                                std::ostream* errors = nullptr);

}  // namespace training
}  // namespace quoteattr
