/// @file quoteattr/tagger.hpp
/// @brief A part-of-speech tagger for English (Penn Treebank tags).
///
/// A greedy averaged perceptron (Collins 2002, in the design of Honnibal's PerceptronTagger)
/// with a tag dictionary, trained on Universal Dependencies English (EWT and GUM): see
/// @ref md_docs_tagger "docs/tagger.md" for the features, the accuracy and how the built-in model is trained.
///
/// @code
///   const quoteattr::Tagger& tagger = quoteattr::Tagger::builtin();
///   std::vector<std::string_view> words = {"Wang", "Yi", "said", "so", "."};
///   std::vector<quoteattr::Tag> tags = tagger.tag(words);   // NNP NNP VBD RB .
/// @endcode
///
/// The tagger expects Penn-style tokens (clitics split: "do" "n't", "Putin" "'s"; punctuation
/// and quote marks separate) with hyphenated compounds as one token ("so-called").
/// A Tagger is immutable after construction: tag() may be called from any number of threads.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/export.hpp"
#include "quoteattr/tags.hpp"

namespace quoteattr {

class Tagger;
namespace detail {
// Internal (tests): Tagger::tag reading the sentence in blocks of `block` tokens, as it does
// with its own block size (the tags are the same for any block size).
QUOTEATTR_NO_EXPORT void tag_in_blocks(const Tagger& tagger, const std::string_view* words, std::size_t n, Tag* out,
                                       std::size_t block);
}  // namespace detail

/// @brief A greedy averaged-perceptron part-of-speech tagger.
///
/// Immutable after construction: every const member is thread-safe. Copies share the model
/// (O(1)). Tagging is linear in the number of words (one pass, a fixed number of features per
/// word). Only the loaders (load(), from_bytes()) throw Error, with the codes each lists;
/// tag() accepts any bytes and throws std::bad_alloc at most.
class QUOTEATTR_API Tagger {
 public:
  /// @brief The model compiled into the library (data/models/en-pos.model), built on first use.
  ///
  /// Thread-safe; the reference stays valid for the life of the program.
  static const Tagger& builtin();
  /// @brief A model file written by quoteattr_train_tagger.
  /// @throws Error naming the path: ErrorCode::kIo when the file cannot be read,
  ///         ErrorCode::kInvalidArgument when it is not a valid model.
  static Tagger load(const std::string& path);
  /// @brief A model held in memory (copied).
  /// @param model the bytes of a model file
  /// @param name names the model in error messages
  /// @throws Error with ErrorCode::kInvalidArgument when it is not a valid model.
  static Tagger from_bytes(std::string_view model, std::string_view name);

  /// @brief Tags one sentence.
  ///
  /// Any bytes are accepted (invalid UTF-8, very long tokens); @p n == 0 does nothing.
  /// @param words words[i] is the token as written (original case)
  /// @param n the number of words
  /// @param out must hold @p n tags
  void tag(const std::string_view* words, std::size_t n, Tag* out) const;
  /// @brief Tags one sentence: one tag per word.
  std::vector<Tag> tag(const std::vector<std::string_view>& words) const;
  /// @brief Tags one sentence: one tag per word.
  std::vector<Tag> tag(const std::vector<std::string>& words) const;

  /// @brief Model statistics: the number of weighted features.
  std::size_t feature_count() const noexcept;
  /// @brief Model statistics: lexicon entries (words with a known most frequent tag).
  std::size_t lexicon_size() const noexcept;

  /// @cond INTERNAL
  // The parsed model (src/tagger.cpp); internal, not part of the API.
  struct QUOTEATTR_NO_EXPORT Model;
  /// @endcond

 private:
  friend void detail::tag_in_blocks(const Tagger&, const std::string_view*, std::size_t, Tag*, std::size_t);
  explicit Tagger(std::shared_ptr<const Model> model) : model_(std::move(model)) {}
  std::shared_ptr<const Model> model_;
};

}  // namespace quoteattr
