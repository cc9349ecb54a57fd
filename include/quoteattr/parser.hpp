/// @file quoteattr/parser.hpp
/// @brief A labelled dependency parser for English (Universal Dependencies relations).
///
/// A greedy transition-based parser (arc-hybrid, projective) with an averaged perceptron over
/// the words and tags of the stack and buffer positions and their children (Zhang and Nivre
/// 2011, a reduced set), trained on Universal Dependencies English (GUM and EWT): see
/// @ref md_docs_parser "docs/parser.md" for the features, the accuracy and how the built-in
/// model is trained. Document::parse() parses a sentence with a speech verb with it, on demand (Token::head,
/// Token::relation).
///
/// @code
///   const quoteattr::Parser& parser = quoteattr::Parser::builtin();
///   std::vector<std::string_view> words = {"Talks", "resumed", "."};
///   std::vector<quoteattr::Tag> tags = quoteattr::Tagger::builtin().tag(words);
///   std::vector<std::uint32_t> heads(3);
///   std::vector<quoteattr::Relation> rels(3);
///   parser.parse(words.data(), tags.data(), 3, heads.data(), rels.data());
///   // heads: 1 kNoParent 1; rels: nsubj root punct
/// @endcode
///
/// A Parser is immutable after construction: parse() may be called from any number of threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/export.hpp"
#include "quoteattr/relations.hpp"
#include "quoteattr/tags.hpp"

namespace quoteattr {

/// @brief The head of a sentence's root token (Token::head, Parser::parse).
inline constexpr std::uint32_t kNoParent = 0xffffffffu;

/// @brief A greedy averaged-perceptron dependency parser.
///
/// Immutable after construction: every const member is thread-safe. Copies share the model
/// (O(1)). Parsing is linear in the number of words (2n transitions, a fixed number of features
/// each). Only the loaders throw Error; parse() accepts any bytes and throws std::bad_alloc at
/// most.
class QUOTEATTR_API Parser {
 public:
  /// @brief The model compiled into the library (data/models/en-dep.model), built on first use.
  ///
  /// Thread-safe; the reference stays valid for the life of the program.
  static const Parser& builtin();
  /// @brief A model file written by quoteattr_train_parser.
  /// @throws Error naming the path: ErrorCode::kIo when the file cannot be read,
  ///         ErrorCode::kInvalidArgument when it is not a valid model.
  static Parser load(const std::string& path);
  /// @brief A model held in memory (copied).
  /// @throws Error with ErrorCode::kInvalidArgument when it is not a valid model.
  static Parser from_bytes(std::string_view model, std::string_view name);

  /// @brief Parses one sentence: a projective tree with exactly one root.
  ///
  /// @param words words[i] is the token as the tagger saw it
  /// @param tags tags[i] is its part-of-speech tag
  /// @param n the number of words (0 does nothing)
  /// @param heads must hold @p n entries: the index (0..n-1) of each word's head, kNoParent
  ///        for the root
  /// @param relations must hold @p n entries: each word's relation to its head (kRoot for the root)
  void parse(const std::string_view* words, const Tag* tags, std::size_t n, std::uint32_t* heads,
             Relation* relations) const;

  /// @brief Model statistics: the number of weighted features.
  std::size_t feature_count() const noexcept;

  /// @cond INTERNAL
  struct QUOTEATTR_NO_EXPORT Model;
  /// @endcond

 private:
  explicit Parser(std::shared_ptr<const Model> model) : model_(std::move(model)) {}
  std::shared_ptr<const Model> model_;
};

}  // namespace quoteattr
