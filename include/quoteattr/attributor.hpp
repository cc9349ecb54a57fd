// quoteattr/attributor.hpp: who said what.
//
// An Attributor is built once from a Profile (compiling its rules, lexicons
// and ICU prototypes) and is immutable afterwards: analyze() is const and safe
// to call from many threads at once on one shared Attributor.
//
//   quoteattr::Attributor attributor;                  // built-in diplomatic profile
//   quoteattr::Result r = attributor.analyze(text);
//   for (const auto& a : r.quotes)
//     std::cout << (a.speaker ? *a.speaker : "?") << ": " << a.span.in(text)
//               << "  [" << a.rule << " " << a.confidence << "]\n";
//
// Rules run in profile order as sieves: a quote keeps the first answer whose
// confidence reaches Options::min_confidence. C++ callables can be added as
// rules (Attributor::Builder), to run before or after the profile's rules.
#pragma once

#include "quoteattr/export.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/document.hpp"
#include "quoteattr/lexicon.hpp"
#include "quoteattr/profile.hpp"
#include "quoteattr/quotes.hpp"
#include "quoteattr/sentences.hpp"
#include "quoteattr/tagger.hpp"
#include "quoteattr/span.hpp"
#include "quoteattr/utf8.hpp"

namespace quoteattr {

namespace detail {
class AttributorImpl;
}

struct Attribution {
  Span span;                              // the quoted or reported words (marks excluded)
  QuoteKind kind = QuoteKind::kDirect;    // kDirect, kIndirect, kMixed or kTerm
  Recovery recovery = Recovery::kNone;    // how a direct quote's marks were recovered
  std::optional<std::string> speaker;     // canonical name (= result.speakers[speaker_id].name);
                                          // nullopt when no sieve was confident
  int speaker_id = -1;                    // index into Result::speakers, -1 with no speaker
  Span speaker_mention;                   // the words that name the speaker (may be empty)
  Span cue;                               // the speech cue (may be empty)
  std::string rule;                       // id of the rule that decided, "" when none did
  double confidence = 0.0;                // in [0, 1]
  int parent = -1;                        // index of the enclosing attribution (nested / mixed)
  int continues = -1;                     // index of the previous part of a split or
                                          // multi-paragraph quote
  std::vector<std::string> evidence;      // the chain of decisions, in plain words
};

struct Diagnostic {
  Span where;
  std::string message;
  std::string rule;  // the rule or sieve it concerns, "" for the document as a whole
};

// What kind of speaker an entity is.
enum class SpeakerKind {
  kPerson,       // a named person ("Wang Yi", "John Kirby")
  kInstitution,  // a ministry, agency, government, country or outlet that speaks
  kGroup,        // several people or bodies speaking as one ("diplomatic sources", "the leaders of SADC")
  kUnnamed,      // one person the text describes but does not name ("senior State Department official")
};
QUOTEATTR_API const char* to_string(SpeakerKind kind) noexcept;  // "person", "institution", "group", "unnamed"

// One entry of a document's entity table: someone the text gives a quotation to.
struct Speaker {
  int id = -1;                            // its index in Result::speakers
  SpeakerKind kind = SpeakerKind::kPerson;
  std::string name;                       // canonical: the profile's name, else the fullest proper
                                          // name the text gives (no titles or affiliations), an
                                          // institution's full name, or an unnamed source's description
  std::vector<std::string> titles;        // titles the text (or the profile) gives it, lower case
  std::vector<std::string> affiliations;  // nationality or affiliation words, lower case
  std::vector<Span> mentions;             // every mention in the text (names, surnames, and the
                                          // pronouns, role nouns and misspellings that attribute
                                          // a quote to it), sorted, without overlaps
  bool from_profile = false;              // a speaker of the profile
  std::size_t quotes = 0;                 // how many attributions name it
};

struct Result {
  std::vector<Span> paragraphs;           // as in document->paragraphs()
  std::vector<Span> sentences;            // as in document->sentences()
  std::vector<Attribution> quotes;        // sorted by span.begin (outer first)
  std::vector<Speaker> speakers;          // the entity table: everyone quoted, by first quote
  Utf8Report utf8;
  std::vector<Diagnostic> diagnostics;
  // The text model every stage read: tokens, tags, chunks, clauses. It views the
  // analysed text, which must outlive it.
  std::shared_ptr<const Document> document;
};

// Options, one default each:
//   utf8            kReplace   ill-formed bytes read as U+FFFD (kStrict: throw)
//   indirect        true       report indirect and mixed speech, not only direct quotes
//   terms           true       report scare quotes and titles as kind kTerm
//   min_confidence  0.5        below it a rule's answer is not taken (speaker stays null); for
//                              reported speech it applies to how sure the subject resolution is
//   sentences, quotes          options of the sentence splitter and quote finder
//   lexicon         english()  the language pack (closed word classes) every stage reads
//   tagger          nullptr    the part-of-speech model (nullptr: Tagger::builtin(); or, e.g.,
//                              std::make_shared<const Tagger>(Tagger::load("my.model")))
struct AttributorOptions {
  Utf8Policy utf8 = Utf8Policy::kReplace;
  bool indirect = true;
  bool terms = true;
  double min_confidence = 0.5;
  SentenceOptions sentences;
  QuoteFinderOptions quotes;
  Lexicon lexicon;  // default-constructed: Lexicon::english()
  std::shared_ptr<const Tagger> tagger;  // nullptr: Tagger::builtin()

  static AttributorOptions direct_only() {
    AttributorOptions o;
    o.indirect = false;
    return o;
  }
};

// What a C++ rule sees: the text, the analysis so far, and the quote at hand.
struct RuleContext {
  std::string_view text;
  const Result& result;        // paragraphs, sentences, attributions decided so far
  std::size_t quote_index;     // index into result.quotes of the quote being attributed
};

// What a rule proposes. `speaker` may be a pronoun or role noun ("he", "the
// president"): the engine resolves it like a mention found by a pattern.
struct Proposal {
  Span speaker_mention;
  Span cue;
  std::optional<std::string> speaker;  // set to skip resolution and name the speaker directly
  double confidence = 0.9;
};

using RuleFunction = std::function<std::optional<Proposal>(const RuleContext&)>;

class QUOTEATTR_API Attributor {
 public:
  Attributor();  // Profile::builtin(), default options
  explicit Attributor(Profile profile, AttributorOptions options = {});
  ~Attributor();
  Attributor(const Attributor&);
  Attributor& operator=(const Attributor&);
  Attributor(Attributor&&) noexcept;
  Attributor& operator=(Attributor&&) noexcept;

  // Collects C++ rules before building.
  class Builder {
   public:
    explicit Builder(Profile profile = Profile::builtin(), AttributorOptions options = {});
    // A callable rule with an id, run before the profile's rules (first) or after them.
    Builder& add_rule(std::string id, RuleFunction fn, bool first = false);
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

  // Analyse one document. Thread-safe. Throws Error(kInvalidUtf8) only under
  // Utf8Policy::kStrict.
  Result analyze(std::string_view text) const;

  const Profile& profile() const noexcept;
  const AttributorOptions& options() const noexcept;

 private:
  // Internal: not exported from a shared library.
  QUOTEATTR_NO_EXPORT explicit Attributor(std::shared_ptr<const detail::AttributorImpl> impl);
  std::shared_ptr<const detail::AttributorImpl> impl_;
};

}  // namespace quoteattr
