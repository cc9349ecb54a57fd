/// @file quoteattr/lemmatizer.hpp
/// @brief Lemmas of English verbs and common nouns.
///
/// A lemma is computed from the normalised lower-case form (Token::lower) and the
/// Penn Treebank tag: an exception table first (irregular forms: said -> say,
/// met -> meet, people -> people, children -> child), then suffix rules
/// (plural -s/-es/-ies, third person -s, -ed/-ied, -ing, doubled consonants,
/// e-restoration). Proper nouns (NNP, NNPS) and every other tag keep the form.
///
/// @code
///   const quoteattr::Lemmatizer& lem = quoteattr::Lemmatizer::builtin();
///   lem.lemma("said", quoteattr::Tag::VBD);       // "say"
///   lem.lemma("countries", quoteattr::Tag::NNS);  // "country"
///   std::string out;
///   lem.lemma("stopped", quoteattr::Tag::VBD, out);  // out == "stop", no allocation once out has room
/// @endcode
///
/// The built-in table is data/lang/en-lemmas.tsv compiled into the library (see
/// @ref md_docs_lemmas "docs/lemmas.md"). A Lemmatizer is immutable; lemma() is thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/export.hpp"
#include "quoteattr/tags.hpp"

namespace quoteattr {

/// @brief Lemmas of English verbs and common nouns: an exception table, then suffix rules.
///
/// Immutable; every const member is thread-safe. Copies share the table (copying is O(1)).
/// A look-up is a hash-table probe plus a pass over the word: O(length of the word).
/// Only from_tsv() throws Error (ErrorCode::kInvalidArgument); the look-ups take any bytes and
/// throw std::bad_alloc at most.
class QUOTEATTR_API Lemmatizer {
 public:
  /// @brief The built-in English table (data/lang/en-lemmas.tsv) plus the rules.
  ///
  /// Built on first use (thread-safe); the reference stays valid for the life of the program.
  static const Lemmatizer& builtin();

  /// @brief A lemmatizer with the exception table @p text.
  ///
  /// One entry a line, `form TAB class TAB lemma`, where class is `v` (verbs, VB*) or `n`
  /// (common nouns, NN and NNS); lines that are empty or start with '#' are ignored.
  /// @param text the table
  /// @param name names the table in error messages
  /// @throws Error with ErrorCode::kInvalidArgument naming `name:line:column` for a malformed line.
  static Lemmatizer from_tsv(std::string_view text, std::string_view name);

  /// @brief The lemma of @p lower (a lower-case word form) tagged @p tag.
  ///
  /// Verbs and common nouns get their lemma; anything else (proper nouns included) is
  /// returned as is.
  std::string lemma(std::string_view lower, Tag tag) const;
  /// @brief The same, written into @p out (no allocation once @p out has room).
  void lemma(std::string_view lower, Tag tag, std::string& out) const;

  /// @brief The lemma by the suffix rules alone, ignoring the table (for building the table).
  static void rule_lemma(std::string_view lower, Tag tag, std::string& out);

  /// @brief Whether the clitic "'s" tagged VBZ is "has" rather than "is".
  ///
  /// Judged by the next word (skipping adverbs): "'s been", "'s got" — a word of the built-in
  /// English pack's class `has_participles` (DocumentBuilder asks its own pack's class).
  /// @param next_lower the lower-case word after the clitic
  static bool clitic_s_is_has(std::string_view next_lower) noexcept;

  /// @brief Number of table entries.
  std::size_t size() const noexcept;

  /// @brief Copies share the table.
  Lemmatizer(const Lemmatizer&);
  /// @brief Copies share the table.
  Lemmatizer& operator=(const Lemmatizer&);
  /// @brief Moves the table.
  Lemmatizer(Lemmatizer&&) noexcept;
  /// @brief Moves the table.
  Lemmatizer& operator=(Lemmatizer&&) noexcept;
  ~Lemmatizer();

 private:
  struct QUOTEATTR_NO_EXPORT Impl;
  Lemmatizer() = default;
  std::shared_ptr<const Impl> impl_;
};

}  // namespace quoteattr
