/// @file quoteattr/attributor.hpp
/// @brief Who said what: the Attributor and what it returns.
///
/// An Attributor is built once from a Profile (compiling its rules, lexicons
/// and ICU prototypes) and is immutable afterwards: analyze() is const and safe
/// to call from many threads at once on one shared Attributor.
///
/// @code
///   quoteattr::Attributor attributor;                  // built-in diplomatic profile
///   quoteattr::Result r = attributor.analyze(text);
///   for (const auto& a : r.quotes)
///     std::cout << (a.speaker ? *a.speaker : "?") << ": " << a.span.in(text)
///               << "  [" << a.rule << " " << a.confidence << "]\n";
/// @endcode
///
/// Rules run in profile order as sieves: a quote keeps the first answer whose
/// confidence reaches AttributorOptions::min_confidence. C++ callables can be added as
/// rules (Attributor::Builder), to run before or after the profile's rules.
/// @ref md_docs_attribution "docs/attribution.md" lists the sieves in order.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/calibration.hpp"
#include "quoteattr/document.hpp"
#include "quoteattr/export.hpp"
#include "quoteattr/lexicon.hpp"
#include "quoteattr/limits.hpp"
#include "quoteattr/profile.hpp"
#include "quoteattr/quotes.hpp"
#include "quoteattr/sentences.hpp"
#include "quoteattr/span.hpp"
#include "quoteattr/tagger.hpp"
#include "quoteattr/utf8.hpp"

namespace quoteattr {

namespace detail {
class AttributorImpl;
}

/// @brief One quotation and its speaker: an entry of Result::quotes (a line of the JSONL
/// `quotes` array).
struct Attribution {
  Span span;                            ///< The quoted or reported words (marks excluded).
  QuoteKind kind = QuoteKind::kDirect;  ///< kDirect, kIndirect, kMixed or kTerm.
  Recovery recovery = Recovery::kNone;  ///< How a direct quote's marks were recovered.
  std::optional<std::string> speaker;   ///< Canonical name (= result.speakers[speaker_id].name);
                                        ///< nullopt when no sieve was confident.
  int speaker_id = -1;                  ///< Index into Result::speakers, -1 with no speaker.
  Span speaker_mention;                 ///< The words that name the speaker (may be empty).
  Span cue;                             ///< The speech cue (may be empty).
  std::string rule;                     ///< Id of the rule that decided, "" when none did.
  double confidence = 0.0;              ///< In [0, 1]: the calibration table's value (Calibration).
  double prior_confidence = 0.0;        ///< The hand-set confidence the sieves decided with.
  std::vector<std::string> flags;       ///< The situations that make the answer less sure ("pronoun",
                                        ///< "pronoun-rival", "place-for-government", "short-content",
                                        ///< "one-word-fragment", "heading-line").
  int parent = -1;                      ///< Index of the enclosing attribution (nested / mixed).
  int continues = -1;                   ///< Index of the previous part of a split or
                                        ///< multi-paragraph quote.
  std::vector<std::string> evidence;    ///< The chain of decisions, in plain words.
};

/// @brief Something the analysis could not do as it should (Result::diagnostics), e.g. a
/// rule whose regex gave up on a context.
struct Diagnostic {
  Span where;           ///< The bytes it concerns.
  std::string message;  ///< What happened, in plain words.
  std::string rule;     ///< The rule or sieve it concerns, "" for the document as a whole.
};

/// @brief What kind of speaker an entity is.
enum class SpeakerKind {
  kPerson,       ///< A named person ("Wang Yi", "John Kirby").
  kInstitution,  ///< A ministry, agency, government, country or outlet that speaks.
  kGroup,        ///< Several people or bodies speaking as one ("diplomatic sources", "the leaders of SADC").
  kUnnamed,      ///< One person the text describes but does not name ("senior State Department official").
};
/// @brief "person", "institution", "group", "unnamed" (the JSONL `kind` of a speaker).
QUOTEATTR_API const char* to_string(SpeakerKind kind) noexcept;

/// @brief One entry of a document's entity table: someone the text gives a quotation to.
struct Speaker {
  int id = -1;                              ///< Its index in Result::speakers.
  SpeakerKind kind = SpeakerKind::kPerson;  ///< Person, institution, group or unnamed source.
  std::string name;                         ///< Canonical: the profile's name, else the fullest proper
                                            ///< name the text gives (no titles or affiliations), an
                                            ///< institution's full name, or an unnamed source's description.
  std::vector<std::string> titles;          ///< Titles the text (or the profile) gives it, lower case.
  std::vector<std::string> affiliations;    ///< Nationality or affiliation words, lower case.
  std::vector<Span> mentions;               ///< Every mention in the text (names, surnames, and the
                                            ///< pronouns, role nouns and misspellings that attribute
                                            ///< a quote to it), sorted, without overlaps.
  bool from_profile = false;                ///< A speaker of the profile.
  std::size_t quotes = 0;                   ///< How many attributions name it.
};

/// @brief Everything Attributor::analyze() found in one document.
struct Result {
  std::vector<Span> paragraphs;         ///< As in document->paragraphs().
  std::vector<Span> sentences;          ///< As in document->sentences().
  std::vector<Attribution> quotes;      ///< Sorted by span.begin (outer first).
  std::vector<Speaker> speakers;        ///< The entity table: everyone quoted, by first quote.
  Utf8Report utf8;                      ///< Ill-formed UTF-8 read as U+FFFD (Utf8Policy::kReplace).
  std::vector<Diagnostic> diagnostics;  ///< What could not be done as it should.
  /// @brief The text model every stage read: tokens, tags, chunks, clauses.
  ///
  /// It views the analysed text, which must outlive it. Null when the text was longer than
  /// AttributorOptions::window_bytes and analysed in windows.
  std::shared_ptr<const Document> document;
};

/// @brief Options of an Attributor, one default each.
struct AttributorOptions {
  /// @brief Ill-formed bytes read as U+FFFD (kReplace, the default), or throw (kStrict).
  Utf8Policy utf8 = Utf8Policy::kReplace;
  /// @brief Report indirect and mixed speech, not only direct quotes. Default: true.
  bool indirect = true;
  /// @brief Report scare quotes and titles as kind QuoteKind::kTerm. Default: true.
  bool terms = true;
  /// @brief Fill Attribution::evidence, each attribution's chain of decisions. Default: true.
  ///
  /// Without it an analysis holds about a third less memory per quotation.
  bool evidence = true;
  /// @brief Below it a rule's answer is not taken (the speaker stays null). Default: 0.5.
  ///
  /// For reported speech it applies to how sure the subject resolution is.
  double min_confidence = 0.5;
  /// @brief The table that sets each answer's confidence once the sieves have decided;
  /// nullopt (the default): Calibration::builtin(). An empty Calibration keeps the hand-set
  /// confidences. It changes no speaker, only Attribution::confidence.
  std::optional<Calibration> calibration;
  /// @brief Options of the sentence splitter.
  SentenceOptions sentences;
  /// @brief Options of the quote finder.
  QuoteFinderOptions quotes;
  /// @brief The language pack (closed word classes) every stage reads.
  ///
  /// Default-constructed: Lexicon::english().
  Lexicon lexicon;  // default-constructed: Lexicon::english()
  /// @brief The part-of-speech model; nullptr (the default): Tagger::builtin().
  ///
  /// For another model: `std::make_shared<const Tagger>(Tagger::load("my.model"))`.
  std::shared_ptr<const Tagger> tagger;  // nullptr: Tagger::builtin()
  /// @brief The most bytes analysed at once; 0: the whole text at once. Default: 128 KiB.
  ///
  /// A longer text is analysed in windows of at most this many bytes, cut at the last
  /// paragraph break before the limit (else a line break, else white space, else a character
  /// boundary), and the windows' results joined: spans stay offsets into the whole text, and a
  /// speaker named alike in two windows is one entity. This bounds the working memory of one
  /// analysis whatever the text (about 200 bytes per byte of a window at worst, for text that
  /// is all punctuation), at a cost the result states: each cut is a Diagnostic (rule
  /// "window"), no quotation spans a cut, a speaker introduced before a cut is not known after
  /// it, and Result::document is null. News articles are far shorter than the default.
  std::size_t window_bytes = std::size_t{128} * 1024;
  /// @brief The largest document analyze() accepts (Limits::max_document_bytes, default
  /// 64 MiB), and the most rules and longest pattern the profile may have (checked when the
  /// Attributor is built). Limits::max_profile_bytes is the profile loader's (Profile::from_file()).
  Limits limits;

  /// @brief The defaults with `indirect = false`: direct quotes only.
  static AttributorOptions direct_only() {
    AttributorOptions o;
    o.indirect = false;
    return o;
  }
};

/// @brief What a C++ rule sees: the text, the analysis so far, and the quote at hand.
struct RuleContext {
  std::string_view text;    ///< The document being analysed (the window, for a text analysed in
                            ///< windows: see AttributorOptions::window_bytes).
  const Result& result;     ///< Paragraphs, sentences, attributions decided so far.
  std::size_t quote_index;  ///< Index into result.quotes of the quote being attributed.
};

/// @brief What a C++ rule proposes.
///
/// The mention may be a pronoun or role noun ("he", "the president"): the engine resolves it
/// like a mention found by a pattern.
struct Proposal {
  Span speaker_mention;                ///< The words that name the speaker.
  Span cue;                            ///< The speech cue (may be empty).
  std::optional<std::string> speaker;  ///< Set to skip resolution and name the speaker directly.
  double confidence = 0.9;             ///< In (0, 1]; taken only when it reaches min_confidence.
};

/// @brief A rule written in C++: a proposal for the quote at hand, or nullopt to pass.
///
/// It is called from analyze(), possibly from several threads at once: it must be thread-safe.
using RuleFunction = std::function<std::optional<Proposal>(const RuleContext&)>;

/// @brief Finds the quotations of a text and attributes each to its speaker.
///
/// Built once from a Profile and AttributorOptions (compiling the rules, the language pack and
/// the ICU prototypes), immutable afterwards: analyze() is const and thread-safe, so share one
/// Attributor across threads. Copies share the compiled state (O(1)). Building costs
/// milliseconds; analysis is linear in the length of the text (rules read a bounded window
/// around each quote, discourse sieves look back a bounded number of quotes).
///
/// What throws: the constructors and Builder throw Error for a profile they cannot compile or
/// that exceeds AttributorOptions::limits; analyze() throws Error for a document it refuses
/// (too large, or ill-formed under Utf8Policy::kStrict), never for what the text says; the
/// copy and move members, profile() and options() do not throw.
class QUOTEATTR_API Attributor {
 public:
  /// @brief Profile::builtin(), default options.
  /// @throws Error with ErrorCode::kInternal when ICU fails.
  Attributor();
  /// @brief An attributor for @p profile with @p options.
  /// @throws Error with ErrorCode::kTooManyRules when the profile has more rules than
  ///         options.limits.max_rules, ErrorCode::kPatternTooLong when a rule's pattern is longer
  ///         than options.limits.max_pattern_bytes (both checked before any pattern is compiled,
  ///         naming the rule and where it was defined), ErrorCode::kProfilePattern when a rule
  ///         does not compile, ErrorCode::kProfileDuplicate when a rule uses the id of a built-in
  ///         sieve, ErrorCode::kInternal when ICU fails.
  explicit Attributor(Profile profile, AttributorOptions options = {});
  ~Attributor();
  /// @brief Copies share the compiled state (O(1), does not throw).
  Attributor(const Attributor&);
  /// @brief Copies share the compiled state.
  Attributor& operator=(const Attributor&);
  /// @brief Moves the state.
  Attributor(Attributor&&) noexcept;
  /// @brief Moves the state.
  Attributor& operator=(Attributor&&) noexcept;

  /// @brief Collects C++ rules before building.
  ///
  /// @code
  ///   auto attributor = quoteattr::Attributor::Builder()
  ///       .add_rule("my-rule", [](const quoteattr::RuleContext& c) -> std::optional<quoteattr::Proposal> {
  ///         return std::nullopt;  // or a Proposal
  ///       })
  ///       .build();
  /// @endcode
  /// Not thread-safe while rules are being added.
  class Builder {
   public:
    /// @brief A builder for @p profile with @p options.
    explicit Builder(Profile profile = Profile::builtin(), AttributorOptions options = {});
    /// @brief A callable rule with an id, run before the profile's rules (@p first) or after them.
    /// @param id the rule id reported as Attribution::rule (unique; not a built-in sieve's id)
    /// @param fn the rule (see RuleFunction: it must be thread-safe)
    /// @param first true: before the profile's rules; false: after them
    /// @return this builder
    /// @throws Error with ErrorCode::kInvalidArgument for an empty id or callable,
    ///         ErrorCode::kProfileDuplicate for an id already used by a C++ or profile rule.
    Builder& add_rule(std::string id, RuleFunction fn, bool first = false);
    /// @brief The Attributor.
    /// @throws Error as the Attributor constructor.
    Attributor build() const;

   private:
    Profile profile_;
    AttributorOptions options_;
    struct Callable {
      std::string id;
      RuleFunction fn;
      bool first;
    };
    std::vector<Callable> callables_;
    friend class Attributor;
  };

  /// @brief Analyse one document. Thread-safe.
  /// @param text UTF-8 text; every Span of the result is a byte range of it, and
  ///        Result::document views it, so it must outlive the Result's document
  /// @return the quotations, their speakers and the entity table
  /// @throws Error with ErrorCode::kDocumentTooLarge when @p text is larger than
  ///         options().limits.max_document_bytes (checked first, before any work), and with
  ///         ErrorCode::kInvalidUtf8 under Utf8Policy::kStrict for ill-formed UTF-8 (naming the
  ///         byte offset); besides, std::bad_alloc, and what a C++ rule throws that is not a
  ///         std::runtime_error (a rule or regex that fails on one quotation is reported in
  ///         Result::diagnostics instead).
  Result analyze(std::string_view text) const;

  /// @brief The profile it was built from.
  const Profile& profile() const noexcept;
  /// @brief The options it was built with.
  const AttributorOptions& options() const noexcept;

 private:
  // Internal: not exported from a shared library.
  QUOTEATTR_NO_EXPORT explicit Attributor(std::shared_ptr<const detail::AttributorImpl> impl);
  std::shared_ptr<const detail::AttributorImpl> impl_;
};

}  // namespace quoteattr
