// quoteattr_make_lemma_table: writes data/lang/en-lemmas.tsv from the training split of
// data/training/ud and the hand-reviewed list data/lang/en-lemmas.hand.tsv, and prints the lemma
// accuracy of rules + table on the held-out GUM news documents and EWT test (docs/lemmas.md).
//
//   quoteattr_make_lemma_table [--data data/training/ud] [--hand data/lang/en-lemmas.hand.tsv]
//                              [--out data/lang/en-lemmas.tsv] [--errors FILE]
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "lemma_table.hpp"
#include "quoteattr/error.hpp"

int main(int argc, char** argv) {
  namespace training = quoteattr::training;
  std::string data = "data/training/ud", hand = "data/lang/en-lemmas.hand.tsv", out = "data/lang/en-lemmas.tsv", errors;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--data")
      data = argv[i + 1];
    else if (a == "--hand")
      hand = argv[i + 1];
    else if (a == "--out")
      out = argv[i + 1];
    else if (a == "--errors")
      errors = argv[i + 1];
    else {
      std::cerr << "unknown option " << a << "\n";
      return 2;
    }
  }
  try {
    const training::Split split = training::read_split(data);
    std::ifstream hin(hand, std::ios::binary);
    if (!hin) {
      std::cerr << "cannot read " << hand << "\n";
      return 1;
    }
    const std::string hand_text((std::istreambuf_iterator<char>(hin)), std::istreambuf_iterator<char>());
    const std::string table = training::make_lemma_table(split.train, hand_text);
    std::ofstream(out, std::ios::binary) << table;
    const quoteattr::Lemmatizer lem = quoteattr::Lemmatizer::from_tsv(table, out);
    const quoteattr::Lemmatizer rules = quoteattr::Lemmatizer::from_tsv("", "(rules only)");
    std::cout << "wrote " << out << ": " << lem.size() << " entries\n";
    std::ofstream err_out;
    if (!errors.empty()) err_out.open(errors);
    auto report = [&](const char* name, const std::vector<training::Sentence>& s) {
      const auto r = training::evaluate_lemmas(rules, s);
      const auto e = training::evaluate_lemmas(lem, s, errors.empty() ? nullptr : &err_out);
      std::cout << name << ": rules+table " << e.correct << " / " << e.tokens << " = " << e.accuracy() << "% (verbs "
                << e.verbs_correct << " / " << e.verbs << "); rules only " << r.accuracy() << "%\n";
    };
    report("training (fit)", split.train);
    report("held-out GUM news", split.heldout_news);
    report("EWT test", split.ewt_test);
  } catch (const quoteattr::Error& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  return 0;
}
