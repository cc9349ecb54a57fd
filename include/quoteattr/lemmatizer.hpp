// quoteattr/lemmatizer.hpp: lemmas of English verbs and common nouns.
//
// A lemma is computed from the normalised lower-case form (Token::lower) and the
// Penn Treebank tag: an exception table first (irregular forms: said -> say,
// met -> meet, people -> people, children -> child), then suffix rules
// (plural -s/-es/-ies, third person -s, -ed/-ied, -ing, doubled consonants,
// e-restoration). Proper nouns (NNP, NNPS) and every other tag keep the form.
//
//   const quoteattr::Lemmatizer& lem = quoteattr::Lemmatizer::builtin();
//   lem.lemma("said", quoteattr::Tag::VBD);       // "say"
//   lem.lemma("countries", quoteattr::Tag::NNS);  // "country"
//   std::string out;
//   lem.lemma("stopped", quoteattr::Tag::VBD, out);  // out == "stop", no allocation once out has room
//
// The built-in table is data/lang/en-lemmas.tsv compiled into the library (see
// docs/lemmas.md). A Lemmatizer is immutable; lemma() is thread-safe.
#pragma once

#include "quoteattr/export.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/tags.hpp"

namespace quoteattr {

class QUOTEATTR_API Lemmatizer {
 public:
  // The built-in English table (data/lang/en-lemmas.tsv) plus the rules.
  static const Lemmatizer& builtin();

  // A lemmatizer with the exception table `text`: one entry a line,
  //   form TAB class TAB lemma
  // where class is `v` (verbs, VB*) or `n` (common nouns, NN and NNS); lines that
  // are empty or start with '#' are ignored. A malformed line throws
  // quoteattr::Error (kInvalidArgument) naming `name:line:column`.
  static Lemmatizer from_tsv(std::string_view text, std::string_view name);

  // The lemma of `lower` (a lower-case word form) tagged `tag`. Verbs and common
  // nouns get their lemma; anything else (proper nouns included) is returned as is.
  std::string lemma(std::string_view lower, Tag tag) const;
  void lemma(std::string_view lower, Tag tag, std::string& out) const;

  // The lemma by the suffix rules alone, ignoring the table (for building the table).
  static void rule_lemma(std::string_view lower, Tag tag, std::string& out);

  // Whether the clitic "'s" tagged VBZ is "has" rather than "is", judging by the
  // next word (skipping adverbs): "'s been", "'s got".
  static bool clitic_s_is_has(std::string_view next_lower) noexcept;

  // Number of table entries.
  std::size_t size() const noexcept;

  Lemmatizer(const Lemmatizer&);
  Lemmatizer& operator=(const Lemmatizer&);
  Lemmatizer(Lemmatizer&&) noexcept;
  Lemmatizer& operator=(Lemmatizer&&) noexcept;
  ~Lemmatizer();

 private:
  struct QUOTEATTR_NO_EXPORT Impl;
  Lemmatizer() = default;
  std::shared_ptr<const Impl> impl_;
};

}  // namespace quoteattr
