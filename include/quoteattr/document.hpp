/// @file quoteattr/document.hpp
/// @brief The shared, read-only model of one text that every stage of the pipeline reads.
///
/// Paragraphs, sentences, tokens with their part-of-speech tags and lemmas, noun-phrase
/// chunks and clauses.
///
/// A Document is built once per text (Attributor::analyze builds one and keeps
/// it in Result::document). It views the caller's buffer: the text must outlive
/// the Document. Every span is a byte range of that buffer; every index is an
/// index into tokens(), sentences() or paragraphs().
///
/// @code
///   quoteattr::DocumentBuilder builder;                 // build once, share freely
///   quoteattr::Document doc = builder.build(text);      // const: safe from many threads
///   for (const quoteattr::Sentence& s : doc.sentences())
///     for (std::size_t i = s.first_token; i < s.end_token; ++i)
///       std::cout << doc.tokens()[i].span.in(text) << '/' << tag_name(doc.tokens()[i].tag) << ' ';
/// @endcode
///
/// Tokens (Penn Treebank style, with one difference: hyphenated compounds such
/// as "so-called" or "U.S.-China" stay one token):
///   - words are letters and digits with inner hyphens and apostrophes ("O'Brien");
///     clitics are split off as in the Penn Treebank ("do" "n't", "Putin" "'s",
///     "they" "'re"), with either apostrophe;
///   - numbers keep inner separators ("1,000", "3.5", "10:30", "9/11");
///   - a period glued to a word inside a sentence belongs to it when the sentence
///     splitter decided it does not end the sentence ("Mr.", "U.S.", "Jan."), and
///     dotted initialisms keep their last period ("U.S.") even at a sentence's end;
///   - every other character that is not a letter, digit or white space is a token
///     of its own, except runs of one punctuation character ("...", "--", "!!").
///
/// Invariants, for any input including ill-formed UTF-8: tokens are sorted and
/// disjoint, each lies inside one sentence, begins and ends on code point
/// boundaries of the original bytes, and every non-space byte of a sentence is in
/// exactly one token.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/export.hpp"
#include "quoteattr/lexicon.hpp"
#include "quoteattr/parser.hpp"
#include "quoteattr/relations.hpp"
#include "quoteattr/sentences.hpp"
#include "quoteattr/span.hpp"
#include "quoteattr/tags.hpp"

namespace quoteattr {

class Tagger;

/// @brief The orthographic shape of a token.
enum class Shape : std::uint8_t {
  kLower,        ///< "said", "n't".
  kCapitalized,  ///< "Wang", "U.S.-China" (first letter upper case, some lower case after it).
  kUpper,        ///< "NATO", "U.S." (two or more letters, all upper case).
  kSingleUpper,  ///< "A", "J.".
  kMixed,        ///< "iPhone", "McDonald" starting lower case.
  kNumber,       ///< "1,000", "3.5", "2024"; "COVID-19" is kUpper.
  kPunct,        ///< "," "“" "...".
  kOther,        ///< Symbols and anything else.
};

/// @brief IOB noun-phrase chunk of a token.
enum class Chunk : std::uint8_t {
  kOutside,  ///< "O": outside any noun phrase.
  kBeginNP,  ///< "B-NP": first token of a noun phrase.
  kInsideNP  ///< "I-NP": a later token of a noun phrase.
};

/// @brief The name of a shape ("lower", "capitalized", ...).
QUOTEATTR_API std::string_view to_string(Shape s) noexcept;
/// @brief "O", "B-NP", "I-NP".
QUOTEATTR_API std::string_view to_string(Chunk c) noexcept;

/// @brief One token of a Document.
struct Token {
  Span span;               ///< The bytes as written.
  std::string_view lower;  ///< Normalised lower case: letters folded by ICU, ’ ‘ ′ read as ', “ ” „ « » as ",
                           ///< U+FFFD for ill-formed bytes (held by the Document).
  std::string_view lemma;         ///< Lemma of a verb or noun ("say" for said/VBD, "talk" for talks/NNS);
                                  ///< otherwise equal to `lower` (held by the Document).
  Tag tag = Tag::XX;              ///< Its part-of-speech tag.
  Chunk chunk = Chunk::kOutside;  ///< Its noun-phrase chunk.
  Shape shape = Shape::kOther;    ///< Its orthographic shape.
  bool space_before = false;      ///< White space separates it from the previous token.
  bool newline_before = false;    ///< A line break lies between it and the previous token.
  std::uint32_t sentence = 0;     ///< Index into Document::sentences().
  /// Its head in the dependency parse of its sentence (an index into Document::tokens(), in the
  /// same sentence), or kNoParent for the sentence's root and in a sentence that is not parsed
  /// (Sentence::parsed; docs/parser.md). The parse is made on demand: read it through
  /// Document::parse(), which fills it in; before that every token has kNoParent.
  std::uint32_t head = kNoParent;
  /// Its relation to its head: kRoot for the root, kDep in a sentence that is not parsed (and
  /// before Document::parse() is asked for the sentence).
  Relation relation = Relation::kDep;
};

/// @brief One sentence of a Document.
struct Sentence {
  Span span;                    ///< Its bytes (trailing white space excluded).
  std::size_t first_token = 0;  ///< [first_token, end_token) in Document::tokens().
  std::size_t end_token = 0;    ///< One past its last token.
  std::size_t paragraph = 0;    ///< Index into Document::paragraphs().
  /// Whether its tokens have a dependency parse (Token::head, Token::relation, made by the first
  /// Document::parse() call for the sentence): the sentences with a speech verb of the language
  /// pack (speech_verb_bases, speech_verb_forms) are parsed.
  bool parsed = false;
};

/// @brief One paragraph of a Document.
struct Paragraph {
  Span span;                       ///< Its bytes (surrounding white space excluded).
  std::size_t first_sentence = 0;  ///< [first_sentence, end_sentence) in Document::sentences().
  std::size_t end_sentence = 0;    ///< One past its last sentence.
};

/// @brief A base noun phrase: tokens [first, end) of one sentence, with its head (the
/// last noun, pronoun or number of the phrase).
struct NounPhrase {
  std::size_t first = 0;  ///< Its first token.
  std::size_t end = 0;    ///< One past its last token.
  std::size_t head = 0;   ///< Its head token.
};

/// @brief A clause, as far as tags show it: tokens [first, end) of one sentence.
///
/// A clause runs from a sentence start or a clause opener to the next. Openers: a
/// complementizer before a noun phrase ("that the talks"), a wh-word or subordinator before a
/// subject and verb ("which lasted"), a coordinator before a new subject and verb
/// ("and Wang agreed"), punctuation before one, and the comma that ends a
/// relative clause before the outer clause's verb ("…, which lasted hours, | were
/// useful"). The segmentation is flat: a clause interrupted by a relative clause
/// comes out as two.
struct Clause {
  std::size_t first = 0;  ///< Its first token.
  std::size_t end = 0;    ///< One past its last token.
  long verb = -1;         ///< The clause's first finite verb or modal (VBD, VBZ, VBP, MD), or -1.
};

/// @brief The text model of one text: paragraphs, sentences, tokens, chunks and clauses.
///
/// Built by DocumentBuilder::build(). Immutable: every member is const and thread-safe (the
/// dependency parse is filled in on demand, once per sentence, by parse(), which is thread-safe
/// too). It views the analysed text, which must outlive it. The look-ups by byte offset are
/// binary searches, O(log n). No member but parse() throws (the accessors and look-ups are
/// `noexcept`; parse() may throw std::bad_alloc).
class QUOTEATTR_API Document {
 public:
  /// @brief An empty document (no text).
  Document() = default;
  /// @brief Move-only: tokens view the Document's own store of lower-case forms and lemmas.
  Document(Document&&) noexcept = default;
  /// @brief Move-only (see the move constructor).
  Document& operator=(Document&&) noexcept = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  /// @brief The text it was built from (a view of the caller's buffer).
  std::string_view text() const noexcept { return text_; }
  /// @brief The paragraphs, in text order.
  const std::vector<Paragraph>& paragraphs() const noexcept { return paragraphs_; }
  /// @brief The sentences, in text order.
  const std::vector<Sentence>& sentences() const noexcept { return sentences_; }
  /// @brief The tokens, in text order.
  const std::vector<Token>& tokens() const noexcept { return tokens_; }
  /// @brief The base noun phrases, in text order.
  const std::vector<NounPhrase>& noun_phrases() const noexcept { return noun_phrases_; }
  /// @brief The clauses, in text order.
  const std::vector<Clause>& clauses() const noexcept { return clauses_; }

  /// @brief The tokens, with the dependency parse of sentence @p sentence in its tokens'
  /// Token::head and Token::relation.
  ///
  /// The parse costs more than the rest of the Document and few stages read it, so it is made
  /// on demand: the first call for a sentence with Sentence::parsed parses it (the built-in
  /// Parser, on the Document's tags) and writes its tokens' head and relation; later calls and
  /// the calls for other sentences (which have no parse) return at once. Thread-safe: a sentence
  /// is parsed once, whatever the number of threads asking. Reading Token::head or
  /// Token::relation of a sentence is only safe after this call for it returned (in any thread).
  /// Linear in the sentence's length.
  /// @param sentence an index into sentences(); out of range: no parse (tokens() returned)
  /// @throws std::bad_alloc (nothing else)
  const std::vector<Token>& parse(std::size_t sentence) const;

  /// @brief The bytes of token @p i (which must be < tokens().size()).
  std::string_view word(std::size_t i) const noexcept { return tokens_[i].span.in(text_); }
  /// @brief Index of the first token that ends after byte @p pos (tokens().size() when none).
  std::size_t token_at_or_after(std::size_t pos) const noexcept;
  /// @brief Tokens lying wholly inside @p range, as [first, end).
  std::pair<std::size_t, std::size_t> tokens_in(Span range) const noexcept;
  /// @brief Index of the sentence holding byte @p pos, or of the last one starting before it.
  std::size_t sentence_at(std::size_t pos) const noexcept;
  /// @brief Index of the paragraph holding byte @p pos, or of the last one starting before it.
  std::size_t paragraph_at(std::size_t pos) const noexcept;

  /// @brief Just the paragraph spans (as Result::paragraphs holds them).
  std::vector<Span> paragraph_spans() const;
  /// @brief Just the sentence spans (as Result::sentences holds them).
  std::vector<Span> sentence_spans() const;

 private:
  friend class DocumentBuilder;
  std::string_view text_;
  std::vector<Paragraph> paragraphs_;
  std::vector<Sentence> sentences_;
  std::vector<Token> tokens_;
  std::vector<NounPhrase> noun_phrases_;
  std::vector<Clause> clauses_;
  std::vector<char> store_;  // the bytes of every Token::lower and Token::lemma
  struct QUOTEATTR_NO_EXPORT LazyParse;
  std::shared_ptr<LazyParse> parse_;  // which sentences parse() has parsed (null: nothing to parse)
};

/// @brief Builds Documents: the one place that decides paragraphs, sentences and tokens.
///
/// Immutable once built; build() is const and thread-safe. Copies share their state (O(1)).
/// The constructors and build() throw Error with ErrorCode::kInternal when ICU fails, and
/// std::bad_alloc; nothing else. build() takes any bytes and has no size limit of its own
/// (Attributor::analyze() checks Limits::max_document_bytes before it builds).
class QUOTEATTR_API DocumentBuilder {
 public:
  /// @brief Default sentence options, Lexicon::english(), the built-in tagger.
  /// @throws Error with ErrorCode::kInternal when ICU cannot open a break iterator.
  DocumentBuilder();
  /// @brief A builder with its own sentence options, language pack and tagger.
  /// @param options the sentence splitter's options
  /// @param lexicon the language pack every stage reads
  /// @param tagger the part-of-speech model (nullptr: Tagger::builtin()); must outlive the
  ///        builder and its copies
  /// @throws Error with ErrorCode::kInternal when ICU cannot open a break iterator.
  explicit DocumentBuilder(SentenceOptions options, const Lexicon& lexicon = Lexicon::english(),
                           const Tagger* tagger = nullptr);
  ~DocumentBuilder();
  /// @brief Copies share the builder's state.
  DocumentBuilder(const DocumentBuilder&);
  /// @brief Copies share the builder's state.
  DocumentBuilder& operator=(const DocumentBuilder&);
  /// @brief Moves the state.
  DocumentBuilder(DocumentBuilder&&) noexcept;
  /// @brief Moves the state.
  DocumentBuilder& operator=(DocumentBuilder&&) noexcept;

  /// @brief The Document of @p text (which must outlive it).
  ///
  /// Thread-safe. Linear in the length of the text: sentence splitting, one tokenizer pass,
  /// greedy tagging, lemmas, chunks and clauses. The dependency parse is made later, on demand
  /// (Document::parse()).
  /// @throws Error with ErrorCode::kInternal when ICU fails.
  Document build(std::string_view text) const;

  /// @brief The sentence splitter it uses.
  const SentenceSplitter& splitter() const noexcept;
  /// @brief The language pack it uses.
  const Lexicon& lexicon() const noexcept;

 private:
  struct QUOTEATTR_NO_EXPORT Impl;
  std::shared_ptr<const Impl> impl_;
};

}  // namespace quoteattr
