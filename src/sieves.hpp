// Internal: the sieves that link each quotation to its speaker.
//
// A sieve is a named unit with one job: it looks at one quotation and either decides its
// speaker (with a mention, a cue, a rule id and a confidence) or passes. The attributor builds
// the list once, in the order below, and runs it over every quotation in document order; the
// first answer whose confidence reaches AttributorOptions::min_confidence wins, and later sieves
// are not asked. (CoreNLP's quote attribution sieves are the model.)
//
//   order  sieve                     applies to   job
//   1      C++ rules, first = true   all          the user's own rules that go first
//   2      reported-subject          reported     the subject of the cue ("Kerry and Lavrov said …"),
//                                                 one attribution per person of a joint subject
//   3      reported-continuation     reported     an unintroduced sentence continuing a report
//   4      transcript-turn           direct       the label of a transcript turn ("WANG: …")
//   5      transcript-continuation   direct       an unlabelled paragraph of the same turn
//   6      caption                   direct       a script's upper-case caption line above the
//                                                 quote ("COLIN POWELL, U.S. SECRETARY OF STATE")
//   7      multi-paragraph           direct       the continued part of a multi-paragraph quote
//   8      inside-report             direct       a quoted fragment inside a report
//   9      the profile's rules       per rule     pattern and token rules, in profile order
//   10     C++ rules, first = false  all          the user's rules that go last
//   10a    embedded-cue              direct       a quotation whose closing mark is missing: the cue
//                                                 that ends its text ("…, Roe said.")
//   11     lead-paragraph            direct       a lead paragraph ending with a colon ("X issued
//                                                 the following statement:") names the speaker
//   12     same-sentence             direct       another quote of the same sentence
//   13     paragraph-speaker         direct       the last speaker of this paragraph, else of the
//                                                 previous one ("previous-paragraph")
//   14     last-quoted               direct       a stand-alone quote opening its paragraph: the
//                                                 speaker last quoted directly
//   15     sentence-person           all          when nothing else decided: the one person the
//                                                 quote's own sentence names outside it
//   16     title-speaker             direct       when nothing else decided: the speaker a title
//                                                 names ("Statement by X"), for the quotation
//                                                 that opens the first paragraph under it
//   17     repeated-quote            direct       in a second pass, over the quotations still
//                                                 undecided: the speaker of another quotation that
//                                                 repeats its words (a pull quote under a title)
//   17a    opening-quote             direct       in the second pass: a quotation alone in its
//                                                 paragraph (a dateline before it at most) that the
//                                                 next paragraph's first speaker, a person named in
//                                                 its first sentence, follows (a story's cold open)
//
// The ids of the built-in sieves (and the rule ids "previous-paragraph") are reserved: a profile
// or C++ rule may not use them. Confidences and windows are the named constants below.
#pragma once

#include <array>
#include <boost/regex.hpp>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "quoteattr/attributor.hpp"
#include "quoteattr/quotes.hpp"
#include "reported_speech.hpp"
#include "speakers.hpp"

namespace quoteattr {
namespace detail {

// How sure each built-in sieve is (the most it can give; a derived answer is never surer than
// the attribution it is derived from), and how far the sieves look.
struct SieveConstants {
  static constexpr double kTranscriptTurn = 0.97;
  static constexpr double kTranscriptContinuation = 0.9;
  // A paragraph with no label that a title, a heading or label line, a byline or a lead gives to
  // its speaker ("Statement of Mayor Anna Berg:" over unmarked paragraphs).
  static constexpr double kHeadingStatement = 0.85;
  // A transcript paragraph that reads as a heading (Title Case, no sentence end: "Remarks at a
  // Luncheon with the Media") is more often the page's title than a turn: times this.
  static constexpr double kHeadingLine = 0.6;
  // A label that names no one ("QUESTION") after a call on a person by name ("Mr. Smith?") is
  // that person (at kTranscriptTurn), named in at most kCalledOnWords - 1 capitalised words.
  static constexpr std::size_t kCalledOnWords = 4;
  // A caption turn with no label (">> Thanks.") after a call on a person by name ("Mr. Smith?"):
  // that person, at kTranscriptTurn times this (the call may go unanswered).
  static constexpr double kCalledTurn = 0.85;
  // A follow-up turn with the same label: the answer's last sentence between has at least these
  // many words (a shorter one gives the floor: "Yes.", "Go ahead.").
  static constexpr std::size_t kFollowUpAnswerWords = 3;
  // An interview's answer label ("A:") when the opening names no interviewee: the one person the
  // text names is the principal who answers, times this.
  static constexpr double kSolePersonAnswer = 0.8;
  static constexpr double kCaption = 0.9;
  static constexpr std::size_t kCaptionMaxBytes = 120;  // a caption is one short line
  static constexpr double kLeadParagraph = 0.85;
  static constexpr std::size_t kLeadParagraphNames = 10;  // names of the lead sentence tried, in order
  // A lead sentence with no colon that issues a statement ("X issued the following statement."),
  // its report noun after a determiner and at most two modifiers.
  static constexpr double kLeadStatement = 0.75;
  // A lead that names nobody ("The message reads, in part:"): the last subject named before it.
  static constexpr double kLeadParagraphSubject = 0.6;
  static constexpr double kMultiParagraph = 0.92;
  static constexpr double kInsideReport = 0.9;
  // A quoted fragment of one word inside a report ("called the plan “EU-only”") is as often a
  // term the writer marks as the speaker's words: at most kInsideReport times this.
  static constexpr double kOneWordFragment = 0.8;
  // Reported content of at most kShortContentWords words ("welcomed Lowassa", "thanked the
  // group") is a bare noun phrase, often no speech at all: the report's confidence times this.
  static constexpr std::size_t kShortContentWords = 3;
  static constexpr double kShortContent = 0.75;
  static constexpr double kReportedContinuation = 0.9;  // times the report's own confidence
  // A report's confidence before its subject is resolved: this floor, plus the rest of the way
  // to 1 in proportion to the finder's confidence that the clause is speech.
  static constexpr double kReportedFloor = 0.3;
  // How sure the resolution of each part of a joint subject ("X and Y said") must be for the
  // report to be given to each part.
  static constexpr double kJointPart = 0.7;
  static constexpr double kSameSentence = 0.8;
  static constexpr double kParagraphSpeaker = 0.7;
  static constexpr double kPreviousParagraph = 0.65;
  static constexpr double kSentencePerson = 0.6;
  // The subject of the clause a participle cue belongs to ("X resigned stating …").
  static constexpr double kParticipleSubject = 0.8;
  static constexpr double kLastQuoted = 0.6;
  static constexpr double kPreviousSubject = 0.5;
  // A quotation under a title that names the text's speaker, no cue of its own.
  static constexpr double kTitleSpeaker = 0.7;
  // A quotation no sieve decided in a story about one person (the headline and the lead name no
  // one else), its cue a pronoun: that person. The lead is read up to this many paragraphs.
  static constexpr double kStorySubject = 0.6;
  static constexpr std::size_t kStoryLeadParagraphs = 3;
  // A quotation whose closing mark is missing, the writer's cue inside its text.
  static constexpr double kEmbeddedCue = 0.75;
  // A quotation of at least kRepeatedWords words that another quotation with a speaker repeats.
  static constexpr std::size_t kRepeatedWords = 5;
  static constexpr double kRepeated = 0.8;
  // A quotation that opens the story alone, the person the next paragraph opens with; a dateline
  // before it has at most kDatelineWords words.
  static constexpr double kOpeningQuote = 0.6;
  static constexpr std::size_t kDatelineWords = 6;
  // "The company" read as the body that spoke last (QuoteState::previous_body).
  static constexpr double kPreviousBody = 0.7;
  // Rules read the text within this many bytes of their quotation: cues stand near their
  // quote, and the bound keeps work per quote constant however long a paragraph is.
  static constexpr std::size_t kWindow = 320;
  // Quotes looked back at by the discourse sieves, so that work stays linear.
  static constexpr std::size_t kLookback = 64;
  // Paragraphs before a stand-alone quote in which its speaker may have been quoted.
  static constexpr std::size_t kLastQuotedParagraphs = 3;
};

// A rule of the profile, or a C++ callable, compiled once.
struct CompiledRule {
  std::string id;
  RuleWhere where = RuleWhere::kSentence;
  RuleApplies applies = RuleApplies::kAny;  // C++ rules see every quote
  boost::regex re;
  double confidence = 0.9;
  std::string description;
  RuleFunction fn;             // set for C++ rules
  bool needs_cue = false;      // the pattern holds {VERB} or {REPORT}: skip contexts with no cue word
  bool quote_first = false;    // the pattern starts with {QUOTE}: match only at the quote
  bool speaker_first = false;  // the pattern starts with {SPEAKER}: match only where one can start
  bool first = false;
  bool token = false;      // a token pattern: matched over the token context
  int speaker_groups = 0;  // token patterns: speaker, speaker1, ...
  int verb_groups = 0;     // token patterns: verb, verb1, ...
};

// A rule's context: a copy of part of the text in which the quote at hand is replaced by
// kQuoteSentinel and other quotes by kOtherSentinel, with a map back to document offsets.
struct Context {
  std::string str;
  std::size_t quote_at = std::string::npos;  // offset of the quote's sentinel in str
  bool has_cue = false;                      // a word of str starts a cue form
  std::vector<std::size_t> mention_starts;   // offsets where a speaker mention may start
  struct Piece {
    std::size_t ctx, doc, len;
    bool sentinel;
    Span covers;
  };
  std::vector<Piece> pieces;
  std::size_t to_doc(std::size_t off, bool end) const;
};

// The context of a token rule: the tokens of a string context (the same range), with each quote
// standing as one sentinel token, encoded for the rule's regex.
struct TokenContext {
  std::string str;
  std::vector<std::size_t> offsets;                 // where each entry starts in str
  std::vector<Span> spans;                          // the document bytes of each entry
  Span to_doc(std::size_t b, std::size_t e) const;  // the bytes of the entries [b, e) of str covers
};

// What every sieve shares while one document is attributed.
struct DocumentState {
  std::string_view text;
  const Document& doc;
  Result& r;
  const std::vector<DirectQuote>& direct;
  const std::vector<ReportedSpeech>& reports;
  std::vector<int> direct_of;  // result index -> index into `direct`, or -1
  std::vector<int> report_of;  // result index -> index into `reports`, or -1
  std::vector<Span> extent;    // result index -> span including the quote marks
  Discourse& d;
  const AttributorOptions& options;
  const std::unordered_set<std::string>& cue_words;        // first words of the cue forms
  std::vector<std::pair<std::size_t, Attribution>> joint;  // (index it joins, attribution)
  std::vector<Resolution> resolutions;                     // result index -> how its speaker was resolved
  std::vector<const void*> gave_up;  // rules that gave up on a context: not run again on this text
};

// The quotation at hand: where it stands, whether a sieve has decided, and the contexts the
// rules read (built once per quote, on first use).
class QuoteState {
 public:
  QuoteState(DocumentState& s, std::size_t qi);

  DocumentState& s;
  const std::size_t qi;  // index into s.r.quotes
  Attribution& a;
  Span para;           // its paragraph
  std::size_t s0, s1;  // its first and last sentence
  bool done = false;

  // Takes the answer when nothing has decided yet and it is sure enough.
  void accept(const Resolution& res, Span mention, Span cue, const std::string& rule, double confidence,
              std::string evidence, unsigned flags = 0);
  // Takes the speaker of attribution j (never surer than it, and at most `most`).
  void derive(std::size_t j, Span mention, Span cue, const char* rule, double most, std::string why,
              unsigned flags = 0);
  // Records `res` as this quote's speaker unconditionally (reported subjects decide by their
  // own threshold).
  // `flags` (ConfidenceFlag) add the sieve's own situations to the resolution's.
  void attribute_to(Attribution& target, const Resolution& res, Span mention, Span cue, const std::string& rule,
                    double confidence, std::string evidence, unsigned flags = 0);

  // Resolves a speaker mention, as an earlier quotation with the same mention did when there
  // is one (one mention names one speaker), else through the Discourse.
  Resolution resolve(Span mention, std::size_t salience_before) const;
  // "The company" or "the group" (a bare institution noun no body's name of the text ends with,
  // as `fresh` resolved it) after a body that spoke: that body, else an empty resolution.
  Resolution previous_body(Span mention, const Resolution& fresh) const;

  const Context& context(RuleWhere where);
  const TokenContext& token_context(RuleWhere where);

 private:
  std::array<std::optional<Context>, 3> contexts_;
  std::array<std::optional<TokenContext>, 3> token_contexts_;
};

class Sieve {
 public:
  enum Applies : unsigned { kDirect = 1, kReported = 2, kAll = 3 };
  // `also`: a second rule id the sieve reports ("previous-paragraph"), reserved like its id.
  Sieve(std::string id, Applies applies, std::string also = {})
      : id_(std::move(id)), also_(std::move(also)), applies_(applies) {}
  virtual ~Sieve() = default;
  const std::string& id() const noexcept { return id_; }
  const std::string& also() const noexcept { return also_; }
  bool applies_to(bool reported) const noexcept { return (applies_ & (reported ? kReported : kDirect)) != 0; }
  // Run in a second pass, over the quotations no sieve decided, once every quotation has been
  // through the first (it reads the speakers of later quotations too).
  virtual bool after_all() const noexcept { return false; }
  // Decides the quote (q.done) or passes.
  virtual void run(QuoteState& q) const = 0;

 private:
  std::string id_;
  std::string also_;
  Applies applies_;
};

using SievePipeline = std::vector<std::unique_ptr<const Sieve>>;

// The pipeline in the documented order, over the compiled rules (C++ first rules, then the
// profile's, then C++ last rules, as `rules` holds them).
SievePipeline build_pipeline(const std::vector<CompiledRule>& rules);

// The ids of the built-in sieves and the other rule ids they report (reserved), read from the
// sieves themselves.
const std::vector<std::string>& builtin_sieve_ids();

// Inserts each joint attribution right after the one it joins, keeping parent and continuation
// indexes right (and the resolutions beside them).
void add_joint(DocumentState& s);

}  // namespace detail
}  // namespace quoteattr
