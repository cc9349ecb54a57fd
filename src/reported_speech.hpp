// Internal: reported (indirect and mixed) speech. Finds, in each sentence, a
// speech cue with its content complement and the words that name the subject
// (who speaks). Resolving the subject to a speaker is not done here: the
// attributor resolves `subject` like any other speaker mention.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/document.hpp"
#include "quoteattr/lexicon.hpp"
#include "quoteattr/profile.hpp"
#include "quoteattr/quotes.hpp"
#include "quoteattr/span.hpp"

namespace quoteattr {
namespace detail {

struct ReportedSpeech {
  Span content;                           // the reported content (kIndirect) or the whole clause (kMixed)
  QuoteKind kind = QuoteKind::kIndirect;  // kIndirect or kMixed
  Span cue;                               // the cue words ("assured", "called on", "according to")
  Span subject;                           // who speaks, as written: a name, "he", "the American
                                          // representative", or for a relative clause ("Wang Yi, who
                                          // acknowledged") the antecedent; empty when there is none
  Span co_subject;                        // others who speak with the subject: "X joined the two
                                          // presidents in expressing …"; empty when there are none
  bool continuation = false;              // an unintroduced sentence continuing the previous report
  // How it was found, one of:
  //   "that-clause"     said (that|how|whether) ..., assured X that ...
  //   "zero-that"       said the talks ..., told parliament he ...
  //   "to-infinitive"   urged China to ..., urged X for Y to ...
  //   "light-verb"      expressed concern about X, stressed the importance of X
  //   "object"          welcomed X, proposed X, described X as Y
  //   "according-to"    according to X (before or after its content); as noted by X, …
  //   "headline"        Kerry, Lavrov Say Geneva Meeting Could ... / Ashton: Ukraine 'Intends to Sign' ...
  //   "post-posed"      X also discussed Y, Z said. / ..., says Z / X discussed “…,” Z said (kMixed)
  //   "relative-clause" the attack that Washington says killed ... / elections that some analysts say
  //                     amount to ... / the partnerships she says will last
  //   "parenthetical"   Instead, she says, X ... / The talks, he added, were ...
  //   "nominal"         X's announcement that ... / dismissed reports that ...
  //   "quote-lead"      stated "a lot ..." with ..., called X "Y" (always kMixed)
  //   "continuation"    the unintroduced sentence after a report
  //   "parse-clause"    from the dependency parse, for a cue verb the scan did not read: the
  //                     cue's ccomp / xcomp, the clause its reporting clause is parataxis of, or
  //                     the clause its "as" clause modifies
  //   "parse-participle" from the dependency parse: the object of a participle cue that is an
  //                     adverbial clause of the verb before it (began talks acknowledging X)
  std::string rule;
  double confidence = 0.8;  // in (0, 1]
};

class ReportedSpeechFinderImpl;

// Built once from a profile's cues (with their frames), role nouns and content
// stops, and a language pack's closed word classes; const and thread-safe
// afterwards.
class ReportedSpeechFinder {
 public:
  explicit ReportedSpeechFinder(const Profile& profile, const Lexicon& lexicon = Lexicon::english());
  ~ReportedSpeechFinder();

  // Reported speech of `text`, sorted by content.begin. `quotes` are the direct
  // quotes already found (a report whose content is wholly one direct quote is
  // not returned; one that holds direct quotes becomes kMixed).
  std::vector<ReportedSpeech> find(const Document& doc, const std::vector<DirectQuote>& quotes) const;

 private:
  std::shared_ptr<const ReportedSpeechFinderImpl> impl_;
};

}  // namespace detail
}  // namespace quoteattr
