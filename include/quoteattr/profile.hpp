// quoteattr/profile.hpp: the data that drives attribution.
//
// A profile holds the known speakers (canonical name, aliases, titles,
// affiliations, gender), the speech-cue lexicon (verbs and their inflected
// forms, with the complements they take), the role nouns, and the ordered
// attribution rules. It loads from TOML, is validated against a closed set of
// keys, and saves back to the same TOML. A bad file throws quoteattr::Error
// with file:line:column and what was expected; nothing half-loaded is kept.
//
//   auto profile = quoteattr::Profile::builtin();          // the diplomatic default
//   profile.merge(quoteattr::Profile::from_file("people.toml"));
//   quoteattr::SpeakerEntry mao;
//   mao.name = "Mao Ning"; mao.titles = {"spokeswoman"}; mao.gender = quoteattr::Gender::kFemale;
//   profile.add_speaker(mao);
//
// The TOML format is documented in docs/profile.md; the built-in profile is
// data/default_profile.toml.
#pragma once

#include "quoteattr/export.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "quoteattr/error.hpp"

namespace quoteattr {

enum class Gender { kUnknown, kMale, kFemale, kGroup };  // kGroup: institutions, "they"
QUOTEATTR_API const char* to_string(Gender g) noexcept;  // "unknown", "male", "female", "group"

struct SpeakerEntry {
  std::string name;                       // canonical name: "Wang Yi"
  std::vector<std::string> aliases;       // other written forms: "Wang", "Wang Yi"
  std::vector<std::string> titles;        // lower-case role nouns: "foreign minister", "top diplomat"
  std::vector<std::string> affiliations;  // "Chinese", "China's", "Beijing's"
  Gender gender = Gender::kUnknown;
  bool institution = false;               // an organisation, not a person
};

// A speech or cognition cue: a verb lemma with its forms, or a multi-word cue
// ("according to"). `frames` says which complements it takes:
//   "that"   said that ..., assured Blinken that ...
//   "zero"   said the talks went well (zero-that clause)
//   "to"     urged China to ..., called on the US to ...
//   "object" welcomed X, expressed concern about X, stressed the importance of X
//   "colon"  reiterated: ...
//   "quote"  introduces or follows a direct quote (said, told, added, ...)
//   "addressee"  may take an addressee before its complement (assured Blinken that ...)
//   "light"  its object is speech only when it holds a light noun (raised concerns about X,
//            but not raised the issue)
struct CueEntry {
  std::string lemma;
  std::vector<std::string> forms;
  std::vector<std::string> frames;
};

enum class RuleWhere {
  kSentence,   // the sentence(s) of the quote
  kParagraph,  // the quote's paragraph
  kPrevious,   // the sentence before the quote's first sentence, same paragraph
};
QUOTEATTR_API const char* to_string(RuleWhere w) noexcept;  // "sentence", "paragraph", "previous"

enum class RuleApplies { kDirect, kIndirect, kAny };
QUOTEATTR_API const char* to_string(RuleApplies a) noexcept;  // "direct", "indirect", "any"

// An attribution rule. `pattern` is a Boost.Regex (Perl syntax) with
// placeholders, matched against the rule's context in which the quote under
// consideration stands as {QUOTE} and other quotes as {OTHER}:
//   {QUOTE}    the quote being attributed (with its marks)
//   {OTHER}    any other quote in the context
//   {SPEAKER}  a speaker mention: a name, a titled name, a pronoun or a role noun
//   {VERB}     a form of any cue whose frames include "quote"
//   {REPORT}   a form of any cue that takes a clause ("that", "zero", "to", "object")
// {SPEAKER} and {VERB} capture the mention and the cue; a pattern must hold
// {QUOTE} and {SPEAKER}.
//
// Instead of `pattern`, a rule may give `tokens`: a pattern over the context's
// tokens with their part-of-speech tags and chunks (docs/profile.md, "Token
// patterns"), e.g. `{QUOTE} ","? ( {VERB} {SPEAKER} | {SPEAKER} <RB>? {VERB} )`.
// A rule has exactly one of the two.
struct RuleEntry {
  std::string id;  // unique: [a-z0-9-]+
  RuleWhere where = RuleWhere::kSentence;
  RuleApplies applies = RuleApplies::kDirect;
  std::string pattern;       // a regex over the text, or
  std::string tokens;        // a token pattern (exactly one of the two is set)
  double confidence = 0.9;  // in (0, 1]
  std::string description;
  Location defined_at;      // where the rule's pattern text starts in its profile, when loaded
};

// Equal content. RuleEntry::defined_at is not compared: a profile saved and
// loaded again is equal to the original.
QUOTEATTR_API bool operator==(const SpeakerEntry& a, const SpeakerEntry& b);
QUOTEATTR_API bool operator==(const CueEntry& a, const CueEntry& b);
QUOTEATTR_API bool operator==(const RuleEntry& a, const RuleEntry& b);
inline bool operator!=(const SpeakerEntry& a, const SpeakerEntry& b) { return !(a == b); }
inline bool operator!=(const CueEntry& a, const CueEntry& b) { return !(a == b); }
inline bool operator!=(const RuleEntry& a, const RuleEntry& b) { return !(a == b); }

class QUOTEATTR_API Profile {
 public:
  Profile() = default;  // empty: no speakers, cues or rules

  // The compiled-in diplomatic profile (Xi Jinping, Antony Blinken, Wang Yi,
  // the English news cue lexicon and the default rules).
  static Profile builtin();
  // Throws Error(kIo) when the file cannot be read, or a profile error.
  static Profile from_file(const std::string& path);
  // `source` names the text in error messages.
  static Profile from_toml(std::string_view toml, const std::string& source = "<string>");
  // Saves to TOML that from_toml() reads back to an equal profile.
  std::string to_toml() const;
  // Writes to_toml() to `path`; throws Error(kIo) when it cannot.
  void save(const std::string& path) const;

  // Adds `other` on top of this profile: speakers with the same name are
  // merged (aliases, titles, affiliations added), cues with the same lemma
  // gain forms and frames, a rule with an existing id replaces it in place,
  // new rules are appended; role nouns are added. Validates first: on error
  // this profile is unchanged.
  void merge(const Profile& other);

  // Each validates its argument and throws Error on a bad one: kProfileValue
  // for an empty name, lemma, form or noun, an unknown frame, an id not of
  // [a-z0-9-]+ or a confidence outside (0, 1]; kProfilePattern for a bad
  // pattern; kProfileDuplicate for a speaker name, cue lemma or rule id the
  // profile already has (merge() is the way to extend or replace those).
  // A role noun or content stop the profile already has is ignored.
  void add_speaker(SpeakerEntry speaker);
  void add_cue(CueEntry cue);
  void add_rule(RuleEntry rule);
  void add_role_noun(std::string noun);
  void add_institution_noun(std::string noun);
  void add_light_noun(std::string noun);
  void add_content_stop(std::string phrase);

  const std::string& name() const noexcept { return name_; }
  void set_name(std::string n) { name_ = std::move(n); }
  // When true, a profile merged on top of another replaces it instead (--profile).
  bool replaces_default() const noexcept { return replace_default_; }
  void set_replaces_default(bool r) noexcept { replace_default_ = r; }

  const std::vector<SpeakerEntry>& speakers() const noexcept { return speakers_; }
  const std::vector<CueEntry>& cues() const noexcept { return cues_; }
  const std::vector<RuleEntry>& rules() const noexcept { return rules_; }
  // Lower-case nouns that can head a speaker description: "president",
  // "representative", "spokesman", "official", "ministry", ...
  const std::vector<std::string>& role_nouns() const noexcept { return role_nouns_; }
  // Lower-case phrases that end a reported clause: the writer's own
  // continuation ("at a time when", "which has", "even as", "while").
  const std::vector<std::string>& content_stops() const noexcept { return content_stops_; }
  // Lower-case nouns that head the name of a speaking institution: "ministry",
  // "department", "government", "white house". Unlike role nouns, they never
  // make the capitalised words after them a person's name.
  const std::vector<std::string>& institution_nouns() const noexcept { return institution_nouns_; }
  // Lower-case nouns that make a light-verb construction reported speech:
  // "expressed concern about X", "raised concerns that X", "stressed the importance of X".
  const std::vector<std::string>& light_nouns() const noexcept { return light_nouns_; }

  // Look-ups by name, lemma, id; nullptr when absent.
  const SpeakerEntry* find_speaker(std::string_view name) const noexcept;
  const CueEntry* find_cue(std::string_view lemma) const noexcept;
  const RuleEntry* find_rule(std::string_view id) const noexcept;

  friend QUOTEATTR_API bool operator==(const Profile& a, const Profile& b);
  friend bool operator!=(const Profile& a, const Profile& b) { return !(a == b); }

 private:
  std::string name_;
  bool replace_default_ = false;
  std::vector<SpeakerEntry> speakers_;
  std::vector<CueEntry> cues_;
  std::vector<RuleEntry> rules_;
  std::vector<std::string> role_nouns_;
  std::vector<std::string> content_stops_;
  std::vector<std::string> institution_nouns_;
  std::vector<std::string> light_nouns_;
};

}  // namespace quoteattr
