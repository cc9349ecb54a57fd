/// @file quoteattr/sentences.hpp
/// @brief Paragraphs and sentences of news text, as byte spans.
///
/// The splitter starts from ICU's sentence BreakIterator and corrects what it
/// gets wrong in news copy: abbreviations and titles (Mr., Gen., U.S., a.m.),
/// single initials, quoted speech followed by its attribution ("“We won!” she
/// shouted."), lists, ellipses, and a period followed by a lower-case word.
/// Titles ("Mr.", "Gen.") never end a sentence; other abbreviations ("Co.",
/// "U.S.", "a.m.") end one only before a word that plausibly begins a sentence
/// ("The", "He", "Mr.", an opening quote), so "the U.S. Senate" stays whole.
/// Paragraphs are hard boundaries: a paragraph never shares a sentence with the
/// next one, and a headline without a final period is a sentence. A line break
/// is one too, except in hard-wrapped text: a line that does not end a sentence
/// followed by one that goes on in lower case to a sentence end continues the
/// paragraph (see split_paragraphs()).
///
/// @code
///   quoteattr::SentenceSplitter splitter;            // build once, share freely
///   for (quoteattr::Span s : splitter.split(text))   // const: safe from many threads
///     std::cout << s.in(text) << "\n";
/// @endcode
///
/// Guarantees for any input, including ill-formed UTF-8: spans are sorted, do
/// not overlap, lie inside the text, start and end on non-space bytes, and
/// together cover every non-whitespace byte of the text.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/export.hpp"
#include "quoteattr/lexicon.hpp"
#include "quoteattr/span.hpp"

namespace quoteattr {

namespace detail {
class SentenceSplitterImpl;
}

/// @brief The paragraphs of @p text: its non-blank lines, joined where text is hard-wrapped.
///
/// Paragraphs are the non-blank lines of the text (any of LF, CR LF, CR, U+2029
/// ends a line), trimmed of surrounding white space. Sorted, disjoint. A line
/// joins the paragraph of the line just before (hard-wrapped text: "It was a
/// cold" and, on the next line, "night in the city.") when the two are separated by a
/// single LF, CR LF, CR or U+2028, the line before does not end with ".", "?", "!", "…" or ":"
/// (closing quotes and brackets aside), the line starts with a lower-case word
/// that is not a list marker ("b)"), and a sentence ends on it or on a line that
/// joins it in turn ("features" and, on the next line, "contact manager" stay two
/// paragraphs, a list);
/// the paragraph span then holds the line break. A blank line always separates
/// paragraphs.
///
/// Thread-safe; linear in the length of the text.
QUOTEATTR_API std::vector<Span> split_paragraphs(std::string_view text);

/// @brief Options of the SentenceSplitter, one default each.
struct SentenceOptions {
  /// @brief Words that end with a period without ending the sentence unless the next word
  /// plausibly begins one ("Briggs & Co. It closed."). Default: none.
  ///
  /// In addition to the built-in English news list ("Co", "Inc", "Jan", "etc", "No"); give
  /// them without the final period. A capitalised entry ("No") matches only a capitalised word.
  std::vector<std::string> extra_abbreviations;
  /// @brief Use the language pack's abbreviation list. Default: true.
  ///
  /// Single initials ("E.") and dotted initialisms ("U.S.", "a.m.") are recognised by their
  /// shape either way.
  bool builtin_abbreviations = true;
  /// @brief ICU locale of the break iterator. Default: "en".
  std::string locale = "en";
  /// @brief Words that never end a sentence (titles before a name, like "Amb", "Capt").
  /// Default: none.
  ///
  /// In addition to the built-in list ("Mr", "Dr", "Gen", "e.g", "vs").
  std::vector<std::string> extra_titles;
};

/// @brief Splits news text into sentences (ICU's BreakIterator plus news corrections).
///
/// Immutable once built: split() is const and thread-safe, so build one and share it. Copies
/// share their state (O(1)). Splitting is linear in the length of the text. Only ICU failures
/// throw (Error with ErrorCode::kInternal, as each member says), besides std::bad_alloc.
class QUOTEATTR_API SentenceSplitter {
 public:
  /// @brief Default options, Lexicon::english().
  /// @throws Error with ErrorCode::kInternal when ICU cannot open a break iterator.
  SentenceSplitter();
  /// @brief With @p options and Lexicon::english().
  /// @throws Error with ErrorCode::kInternal when ICU cannot open a break iterator for the locale.
  explicit SentenceSplitter(SentenceOptions options);
  /// @brief With another language pack than Lexicon::english() (abbreviations,
  /// sentence starters, fronted prepositions).
  /// @throws Error with ErrorCode::kInternal when ICU cannot open a break iterator for the locale.
  SentenceSplitter(SentenceOptions options, const Lexicon& lexicon);
  ~SentenceSplitter();
  /// @brief Copies share the splitter's state.
  SentenceSplitter(const SentenceSplitter&);
  /// @brief Copies share the splitter's state.
  SentenceSplitter& operator=(const SentenceSplitter&);
  /// @brief Moves the state.
  SentenceSplitter(SentenceSplitter&&) noexcept;
  /// @brief Moves the state.
  SentenceSplitter& operator=(SentenceSplitter&&) noexcept;

  /// @brief Sentence spans of @p text (trailing white space excluded). Thread-safe.
  ///
  /// Paragraphs (split_paragraphs()) are hard boundaries. O(n) in the length of the text.
  /// @throws Error with ErrorCode::kInternal when ICU fails (it does not on valid input).
  std::vector<Span> split(std::string_view text) const;
  /// @brief The same for one paragraph @p para of @p text.
  ///
  /// @p para may be any span: its line breaks are boundaries too, but for hard-wrapped lines
  /// as in split_paragraphs(). Offsets stay relative to @p text.
  /// @throws Error with ErrorCode::kInternal when ICU fails.
  std::vector<Span> split(std::string_view text, Span para) const;

  /// @brief The options it was built with.
  const SentenceOptions& options() const noexcept;

 private:
  std::shared_ptr<const detail::SentenceSplitterImpl> impl_;
};

}  // namespace quoteattr
