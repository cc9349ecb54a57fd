/// @file quoteattr/quotes.hpp
/// @brief Direct quotations, found by their marks or recovered when the marks are broken.
///
/// @code
///   quoteattr::QuoteFinder finder;                   // build once, share freely
///   for (const auto& q : finder.find(text))          // const: thread-safe
///     if (q.kind == quoteattr::QuoteKind::kDirect)
///       std::cout << q.content.in(text) << " (" << to_string(q.recovery) << ")\n";
/// @endcode
///
/// Marks: " ' “ ” ‘ ’ „ ‚ « » ‹ › 「 」 『 』 (and fullwidth ＂ ＇). One mechanism
/// balances them (src/quote_marks.cpp, src/quote_finder.cpp): each paragraph is
/// scanned once; every mark gets a role (open, close, either, ignore) from its
/// glyph and its neighbours, flanking first (so ” can open and “ can close, as
/// in German „…“), the glyph when flanking says nothing (« Bonjour »); single
/// marks between letters or before elisions are apostrophes (don't, ’90s,
/// 'Tis, rock 'n' roll). A per-paragraph stack pairs a closer with the nearest
/// opener of its family; a quote inside another is its child (depth, parent).
/// What is left unmatched is recovered, and each recovered quote says how:
///   - an opener never closed runs to the end of its paragraph, or to just
///     before a second opener of its family (Recovery::kUnclosed).
///     A paragraph that starts with a mark of the same family continues it
///     (`continues`): news style for quotes over several paragraphs.
///   - a closer never opened starts at the paragraph start, after the sentence
///     of an earlier quote, or after the last sentence that is clearly
///     narration (a third-person speech cue) (Recovery::kUnopened).
///   - "reiterated: I have ..." (speech verb within four words before a colon,
///     no mark after it) runs to the end of its sentence (Recovery::kColon).
///   - "NAME: text" transcript turns, one quote per paragraph; unlabelled
///     paragraphs after a turn are further quotes of it (`continues`); stage
///     directions such as "(Via interpreter)" are left out (Recovery::kTranscript).
///   - clauses that open in the first person ("We had ...") or with "This is",
///     "It is" ..., with no marks, right after a clause with a third-person
///     speech cue or right before one that leads with it ("... . and
///     reiterated:") (Recovery::kUnmarked).
///
/// Single marks alone are never recovered: they are apostrophes.
/// Quoted names, titles and scare quotes are kind QuoteKind::kTerm, only on evidence: a cue
/// right before the mark (so-called, dubbed, called, known as, the term ...), or
/// a short Title Case name in a sentence with no speech verb ("the carrier
/// “Liaoning”"). Short quoted fragments of speech ("constructive") stay direct.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/export.hpp"
#include "quoteattr/lexicon.hpp"
#include "quoteattr/span.hpp"

namespace quoteattr {

class Document;

namespace detail {
class QuoteFinderImpl;
}

/// @brief What kind of quotation a span is.
enum class QuoteKind {
  kDirect,    ///< Words inside quote marks (or recovered verbatim words).
  kIndirect,  ///< Reported speech.
  kMixed,     ///< Reported clause holding quoted fragments.
  kTerm,      ///< A quoted name, title or scare quote: not speech.
};
/// @brief "direct", "indirect", "mixed", "term" (the JSONL `kind`).
QUOTEATTR_API const char* to_string(QuoteKind kind) noexcept;

/// @brief How a direct quote's marks were recovered (see quotes.hpp).
enum class Recovery {
  kNone,        ///< Opened and closed by marks.
  kUnclosed,    ///< Opening mark, no closing mark: runs to the end of the paragraph.
  kUnopened,    ///< Closing mark, no opening mark.
  kColon,       ///< No marks: introduced by a speech verb and a colon (or a block quotation after its lead).
  kTranscript,  ///< "NAME: text" turn of a transcript.
  kUnmarked,    ///< Verbatim sentence whose marks were lost.
};
/// @brief "none", "unclosed", "unopened", "colon", "transcript", "unmarked".
QUOTEATTR_API const char* to_string(Recovery recovery) noexcept;

/// @brief One direct quotation found by a QuoteFinder.
struct DirectQuote {
  Span content;                         ///< The quoted words: marks and the white space just inside
                                        ///< them excluded.
  Span open_mark;                       ///< Empty span at content.begin when there is no opening mark.
  Span close_mark;                      ///< Empty span at content.end when there is no closing mark.
  Span cue;                             ///< What introduced a recovered quote: the speech verb (kColon,
                                        ///< kUnmarked), the "NAME" label (kTranscript; empty at
                                        ///< content.begin for an unlabelled continuation paragraph);
                                        ///< empty for quotes found by their marks.
  QuoteKind kind = QuoteKind::kDirect;  ///< QuoteKind::kDirect or QuoteKind::kTerm.
  Recovery recovery = Recovery::kNone;  ///< How its marks were recovered.
  int depth = 0;                        ///< 0 for a top-level quote, 1 inside another, ...
  int parent = -1;                      ///< Index of the enclosing quote in the result, or -1.
  int continues = -1;                   ///< Index of the previous paragraph's part of the same
                                        ///< multi-paragraph quotation (or of the same transcript
                                        ///< turn, for an unlabelled paragraph of a turn), or -1.
  std::size_t paragraph = 0;            ///< Index into the paragraphs.
  bool new_turn = false;                ///< A transcript turn the text marks as a new one (a
                                        ///< caption's ">>") with no label: it continues no
                                        ///< earlier turn; `cue` is the name the turn before
                                        ///< called on, or empty (an unnamed speaker).
  bool heading = false;                 ///< A paragraph with no label of its own (kTranscript)
                                        ///< that a title, a heading or label line, a byline or
                                        ///< a lead gives to its speaker; `cue` is that name.
  std::size_t first_sentence = 0;       ///< Index of its first sentence.
  std::size_t last_sentence = 0;        ///< Index of its last sentence.
};

/// @brief Options of the QuoteFinder, one default each.
struct QuoteFinderOptions {
  /// @brief Speech verbs, every inflected form listed, matched against lower-case words.
  ///
  /// They make "VERB: words" a quote, and are the speech cues next to
  /// unmarked quotes, of narration before an unopened quote, and of a
  /// sentence whose Title Case quote is speech rather than a name.
  /// Empty (the default): the language pack's list (speech_verb_bases, speech_verb_forms of
  /// data/lang/en.toml: said, says, told, added, stressed, ...).
  std::vector<std::string> speech_verbs;
  /// @brief Title words of name-case speaker labels, lower case, one word each ("president",
  /// "minister", "ambassador"; multi-word titles are given word by word).
  ///
  /// A paragraph opening with a label that starts with one of them and ends in a name
  /// ("President of Russia Vladimir Putin:", "Prime Minister Jane Doe (via interpreter):")
  /// is a transcript turn even when it is the document's only label. Empty (the default):
  /// the language pack's personal title abbreviations only (Mr, Dr, Amb, ...); the
  /// attributor gives the profile's role nouns as well.
  std::vector<std::string> title_words;
  /// @brief Every form of a report cue, lower case, one word each ("clarify", "urges").
  ///
  /// A one-sentence first paragraph that names a speaker by title and name before one of them
  /// ("Ambassador Jane Doe would like to clarify ...") gives the first-person paragraphs after
  /// it to that speaker. Empty (the default): the speech verbs only; the attributor gives every
  /// cue form of the profile.
  std::vector<std::string> cue_forms;
  bool colon_quotes = true;      ///< Recover "VERB: words" quotes and block quotations after a lead.
  bool transcript_turns = true;  ///< Recover "NAME: text" turns.
  /// @brief A document is a transcript when at least this many paragraphs start with
  /// an upper-case "NAME:" label (one label alone is more likely a dateline),
  /// or when three start with a Title Case one ("Mao Ning:") and a name repeats,
  /// or when one starts with a name-case speaker label (see title_words).
  std::size_t transcript_min_labels = 2;
  bool unmarked_quotes = true;  ///< Recover verbatim sentences with lost marks.
  bool detect_terms = true;     ///< Report scare quotes and titles as QuoteKind::kTerm.
};

/// @brief Finds direct quotations by their marks, and recovers those whose marks are broken.
///
/// Immutable once built: find() is const and thread-safe, so build one and share it. Copies
/// share their state (O(1)). Finding is linear in the length of the text (each paragraph is
/// scanned once). Only ICU failures throw (Error with ErrorCode::kInternal), besides
/// std::bad_alloc; any text is accepted.
class QUOTEATTR_API QuoteFinder {
 public:
  /// @brief Default options, Lexicon::english().
  QuoteFinder();
  /// @brief With @p options and Lexicon::english().
  explicit QuoteFinder(QuoteFinderOptions options);
  /// @brief With another language pack than Lexicon::english() (pronouns, term cues, ...).
  QuoteFinder(QuoteFinderOptions options, Lexicon lexicon);
  ~QuoteFinder();
  /// @brief Copies share the finder's state.
  QuoteFinder(const QuoteFinder&);
  /// @brief Copies share the finder's state.
  QuoteFinder& operator=(const QuoteFinder&);
  /// @brief Moves the state.
  QuoteFinder(QuoteFinder&&) noexcept;
  /// @brief Moves the state.
  QuoteFinder& operator=(QuoteFinder&&) noexcept;

  /// @brief Quotes of @p text, sorted by content.begin (outer before inner on ties).
  ///
  /// Thread-safe.
  /// @param text the UTF-8 text (ill-formed bytes are read as U+FFFD)
  /// @param paragraphs the paragraphs of split_paragraphs() on the same text
  /// @param sentences the sentences of SentenceSplitter::split() on the same text
  std::vector<DirectQuote> find(std::string_view text, const std::vector<Span>& paragraphs,
                                const std::vector<Span>& sentences) const;
  /// @brief Convenience: splits paragraphs and sentences itself with default options.
  /// @throws Error with ErrorCode::kInternal when ICU fails (see SentenceSplitter).
  std::vector<DirectQuote> find(std::string_view text) const;
  /// @brief The quotes of a Document (its paragraphs, sentences and tokens).
  std::vector<DirectQuote> find(const Document& doc) const;

  /// @brief The options it was built with.
  const QuoteFinderOptions& options() const noexcept;

 private:
  std::shared_ptr<const detail::QuoteFinderImpl> impl_;
};

}  // namespace quoteattr
