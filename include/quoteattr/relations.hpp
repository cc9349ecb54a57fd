/// @file quoteattr/relations.hpp
/// @brief Universal Dependencies relations that quoteattr's dependency parser assigns.
///
/// The relations are the UD v2 universal relations (the part of a deprel before ':', so
/// `nsubj:pass` is Relation::kNsubj and `obl:tmod` is Relation::kObl).
///
/// @code
///   quoteattr::Relation r = *quoteattr::parse_relation("ccomp");   // Relation::kCcomp
///   quoteattr::relation_name(r);                                   // "ccomp"
/// @endcode
///
/// Everything here is `constexpr` and `noexcept`, and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace quoteattr {

/// @brief A Universal Dependencies relation (the universal part of a deprel).
///
/// The order is part of the parser's model format: append, never reorder.
enum class Relation : std::uint8_t {
  kRoot,        ///< "root": the head of the sentence.
  kNsubj,       ///< "nsubj": nominal subject (also nsubj:pass).
  kObj,         ///< "obj": direct object.
  kIobj,        ///< "iobj": indirect object.
  kCsubj,       ///< "csubj": clausal subject.
  kCcomp,       ///< "ccomp": clausal complement ("said [that talks would resume]").
  kXcomp,       ///< "xcomp": open clausal complement ("asked him [to leave]").
  kObl,         ///< "obl": oblique nominal ("said [on Monday]").
  kVocative,    ///< "vocative".
  kExpl,        ///< "expl": expletive ("[it] is said").
  kDislocated,  ///< "dislocated".
  kAdvcl,       ///< "advcl": adverbial clause.
  kAdvmod,      ///< "advmod": adverbial modifier.
  kDiscourse,   ///< "discourse".
  kAux,         ///< "aux": auxiliary (also aux:pass).
  kCop,         ///< "cop": copula.
  kMark,        ///< "mark": subordinating marker ("that", "to").
  kNmod,        ///< "nmod": nominal modifier.
  kAppos,       ///< "appos": appositional modifier.
  kNummod,      ///< "nummod": numeric modifier.
  kAcl,         ///< "acl": clausal modifier of a noun (also acl:relcl).
  kAmod,        ///< "amod": adjectival modifier.
  kDet,         ///< "det": determiner.
  kClf,         ///< "clf": classifier.
  kCase,        ///< "case": case marking (prepositions, possessive 's).
  kConj,        ///< "conj": conjunct.
  kCc,          ///< "cc": coordinating conjunction.
  kFixed,       ///< "fixed": fixed multiword expression.
  kFlat,        ///< "flat": flat multiword expression (names).
  kCompound,    ///< "compound".
  kList,        ///< "list".
  kParataxis,   ///< "parataxis" ("Talks, [he said], will resume").
  kOrphan,      ///< "orphan".
  kGoeswith,    ///< "goeswith".
  kReparandum,  ///< "reparandum".
  kPunct,       ///< "punct": punctuation.
  kDep,         ///< "dep": unspecified dependency.
  kCount        ///< The number of relations (not a relation).
};

/// @brief The number of relations.
inline constexpr std::size_t kRelationCount = static_cast<std::size_t>(Relation::kCount);

namespace detail {
inline constexpr std::string_view kRelationNames[kRelationCount] = {
    "root",       "nsubj",     "obj",    "iobj",      "csubj",      "ccomp", "xcomp", "obl",   "vocative", "expl",
    "dislocated", "advcl",     "advmod", "discourse", "aux",        "cop",   "mark",  "nmod",  "appos",    "nummod",
    "acl",        "amod",      "det",    "clf",       "case",       "conj",  "cc",    "fixed", "flat",     "compound",
    "list",       "parataxis", "orphan", "goeswith",  "reparandum", "punct", "dep"};
}  // namespace detail

/// @brief The UD name of a relation ("nsubj", "ccomp", ...); "" for Relation::kCount.
constexpr std::string_view relation_name(Relation r) noexcept {
  const auto i = static_cast<std::size_t>(r);
  return i < kRelationCount ? detail::kRelationNames[i] : std::string_view();
}

/// @brief The relation of a UD deprel: its part before ':' ("nsubj:pass" -> kNsubj), or
/// std::nullopt when it is not a UD relation.
constexpr std::optional<Relation> parse_relation(std::string_view deprel) noexcept {
  const std::size_t colon = deprel.find(':');
  if (colon != std::string_view::npos) deprel = deprel.substr(0, colon);
  for (std::size_t i = 0; i < kRelationCount; ++i)
    if (detail::kRelationNames[i] == deprel) return static_cast<Relation>(i);
  return std::nullopt;
}

}  // namespace quoteattr
