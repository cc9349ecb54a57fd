// quoteattr/tagger.hpp: a part-of-speech tagger for English (Penn Treebank tags).
//
// A greedy averaged perceptron (Collins 2002, in the design of Honnibal's PerceptronTagger)
// with a tag dictionary, trained on Universal Dependencies English (EWT and GUM): see
// docs/tagger.md for the features, the accuracy and how the built-in model is trained.
//
//   const quoteattr::Tagger& tagger = quoteattr::Tagger::builtin();
//   std::vector<std::string_view> words = {"Wang", "Yi", "said", "so", "."};
//   std::vector<quoteattr::Tag> tags = tagger.tag(words);   // NNP NNP VBD RB .
//
// The tagger expects Penn-style tokens (clitics split: "do" "n't", "Putin" "'s"; punctuation
// and quote marks separate) with hyphenated compounds as one token ("so-called").
// A Tagger is immutable after construction: tag() may be called from any number of threads.
#pragma once

#include "quoteattr/export.hpp"

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/tags.hpp"

namespace quoteattr {

class Tagger;
namespace detail {
// Internal (tests): Tagger::tag reading the sentence in blocks of `block` tokens, as it does
// with its own block size (the tags are the same for any block size).
QUOTEATTR_NO_EXPORT void tag_in_blocks(const Tagger& tagger, const std::string_view* words,
                                       std::size_t n, Tag* out, std::size_t block);
}  // namespace detail

class QUOTEATTR_API Tagger {
 public:
  // The model compiled into the library (data/models/en-pos.model), built on first use.
  static const Tagger& builtin();
  // A model file written by quoteattr_train_tagger. Throws quoteattr::Error (kIo when the file
  // cannot be read, kInvalidArgument when it is not a valid model) naming the path.
  static Tagger load(const std::string& path);
  // A model held in memory (copied); `name` names it in error messages.
  static Tagger from_bytes(std::string_view model, std::string_view name);

  // Tags one sentence: words[i] is the token as written (original case), out must hold n tags.
  // Any bytes are accepted (invalid UTF-8, very long tokens); n == 0 does nothing.
  void tag(const std::string_view* words, std::size_t n, Tag* out) const;
  std::vector<Tag> tag(const std::vector<std::string_view>& words) const;
  std::vector<Tag> tag(const std::vector<std::string>& words) const;

  // Model statistics: weighted features, lexicon entries (words with a known most frequent tag).
  std::size_t feature_count() const noexcept;
  std::size_t lexicon_size() const noexcept;

  struct QUOTEATTR_NO_EXPORT Model;  // the parsed model (src/tagger.cpp)

 private:
  friend void detail::tag_in_blocks(const Tagger&, const std::string_view*, std::size_t, Tag*,
                                    std::size_t);
  explicit Tagger(std::shared_ptr<const Model> model) : model_(std::move(model)) {}
  std::shared_ptr<const Model> model_;
};

}  // namespace quoteattr
