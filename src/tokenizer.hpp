// Internal: the one tokenizer. The Document runs it on each sentence; the few
// places that must split a string that is not part of a document (a profile's
// names and aliases) run it on that string. Token rules as in
// quoteattr/document.hpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/document.hpp"
#include "quoteattr/span.hpp"

namespace quoteattr {
namespace detail {

// Token spans of the sentence s[sb, se), appended to `out`. A period glued
// to a word that is not the sentence's last character belongs to the word.
void tokenize_sentence(std::string_view s, std::size_t sb, std::size_t se, std::vector<Span>& out);

// Normalised lower case of a token (ICU lower case, ’ ‘ as ', “ ” « » as ").
void normalise_token(std::string_view word, std::string& out);

// The orthographic shape of a token.
Shape token_shape(std::string_view word);

// Tokens of a whole string read as one sentence, with span, lower, shape and
// space_before filled in (no tags: Tag::XX). Their lower forms view `store`,
// which must outlive them.
std::vector<Token> tokenize_string(std::string_view s, std::string& store);

// True for the lower form of a clitic the tokenizer splits off a word ("'s", "n't",
// "'re", "'ve", "'ll", "'d", "'m"; either apostrophe reads as ').
bool is_clitic(std::string_view lower) noexcept;

// True when the token starts with a letter, digit or mark (a word, not punctuation).
bool is_word_token(std::string_view word);

}  // namespace detail
}  // namespace quoteattr
