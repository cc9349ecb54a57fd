/// @file quoteattr/profile.hpp
/// @brief The data that drives attribution.
///
/// A profile holds the known speakers (canonical name, aliases, titles,
/// affiliations, gender), the speech-cue lexicon (verbs and their inflected
/// forms, with the complements they take), the role nouns, and the ordered
/// attribution rules. It loads from TOML, is validated against a closed set of
/// keys, and saves back to the same TOML. A bad file throws quoteattr::Error
/// with file:line:column and what was expected; nothing half-loaded is kept.
///
/// @code
///   auto profile = quoteattr::Profile::builtin();          // the diplomatic default
///   profile.merge(quoteattr::Profile::from_file("people.toml"));
///   quoteattr::SpeakerEntry mao;
///   mao.name = "Mao Ning"; mao.titles = {"spokeswoman"}; mao.gender = quoteattr::Gender::kFemale;
///   profile.add_speaker(mao);
/// @endcode
///
/// The TOML format is documented in @ref md_docs_profile "docs/profile.md"; the built-in profile is
/// data/default_profile.toml.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "quoteattr/error.hpp"
#include "quoteattr/export.hpp"
#include "quoteattr/limits.hpp"

namespace quoteattr {

/// @brief The gender of a speaker, for resolving pronouns.
enum class Gender {
  kUnknown,  ///< Not known: any pronoun may refer to it.
  kMale,     ///< "he".
  kFemale,   ///< "she".
  kGroup     ///< Institutions, "they".
};
/// @brief "unknown", "male", "female", "group" (the profile's `gender` values).
QUOTEATTR_API const char* to_string(Gender g) noexcept;

/// @brief A known speaker of a profile (`[[speaker]]`).
struct SpeakerEntry {
  std::string name;                       ///< Canonical name: "Wang Yi".
  std::vector<std::string> aliases;       ///< Other written forms: "Wang", "Wang Yi".
  std::vector<std::string> titles;        ///< Lower-case role nouns: "foreign minister", "top diplomat".
  std::vector<std::string> affiliations;  ///< "Chinese", "China's", "Beijing's".
  Gender gender = Gender::kUnknown;       ///< For pronouns.
  bool institution = false;               ///< An organisation, not a person.
  /// The aliases that name the country itself, fullest first ("United States", "U.S."): a
  /// document that makes the country the speaker ("the United States noted") names the
  /// entity by the first of them it writes, not by `name` ("U.S. government").
  std::vector<std::string> country;
};

/// @brief A speech or cognition cue (`[[cue]]`): a verb lemma with its forms, or a multi-word
/// cue ("according to").
///
/// `frames` says which complements it takes:
/// | frame | example |
/// |---|---|
/// | "that" | said that ..., assured Blinken that ... |
/// | "zero" | said the talks went well (zero-that clause) |
/// | "to" | urged China to ..., called on the US to ... |
/// | "object" | welcomed X, expressed concern about X, stressed the importance of X |
/// | "colon" | reiterated: ... |
/// | "quote" | introduces or follows a direct quote (said, told, added, ...) |
/// | "addressee" | may take an addressee before its complement (assured Blinken that ...) |
/// | "light" | its object is speech only when it holds a light noun (raised concerns about X, but not raised the issue)
/// |
struct CueEntry {
  std::string lemma;                ///< The cue's name: "say", "call on", "according to".
  std::vector<std::string> forms;   ///< Every written form to match: "said", "calls on".
  std::vector<std::string> frames;  ///< The complements it takes (see above).
};

/// @brief The context a rule's pattern is matched in (`where`).
enum class RuleWhere {
  kSentence,   ///< The sentence(s) of the quote.
  kParagraph,  ///< The quote's paragraph.
  kPrevious,   ///< The sentence before the quote's first sentence, same paragraph.
};
/// @brief "sentence", "paragraph", "previous".
QUOTEATTR_API const char* to_string(RuleWhere w) noexcept;

/// @brief Which quotations a rule attributes (`applies`).
enum class RuleApplies {
  kDirect,    ///< Direct quotes only.
  kIndirect,  ///< Reported (indirect and mixed) speech only.
  kAny        ///< Both.
};
/// @brief "direct", "indirect", "any".
QUOTEATTR_API const char* to_string(RuleApplies a) noexcept;

/// @brief An attribution rule (`[[rule]]`).
///
/// `pattern` is a Boost.Regex (Perl syntax) with
/// placeholders, matched against the rule's context in which the quote under
/// consideration stands as `{QUOTE}` and other quotes as `{OTHER}`:
/// | placeholder | matches |
/// |---|---|
/// | `{QUOTE}` | the quote being attributed (with its marks) |
/// | `{OTHER}` | any other quote in the context |
/// | `{SPEAKER}` | a speaker mention: a name, a titled name, a pronoun or a role noun |
/// | `{VERB}` | a form of any cue whose frames include "quote" |
/// | `{REPORT}` | a form of any cue that takes a clause ("that", "zero", "to", "object") |
///
/// `{SPEAKER}` and `{VERB}` capture the mention and the cue; a pattern must hold
/// `{QUOTE}` and `{SPEAKER}`.
///
/// Instead of `pattern`, a rule may give `tokens`: a pattern over the context's
/// tokens with their part-of-speech tags and chunks (@ref md_docs_profile "docs/profile.md", "Token
/// patterns"), e.g. `{QUOTE} ","? ( {VERB} {SPEAKER} | {SPEAKER} <RB>? {VERB} )`.
/// A rule has exactly one of the two.
struct RuleEntry {
  std::string id;                              ///< Unique: `[a-z0-9-]+`; reported as Attribution::rule.
  RuleWhere where = RuleWhere::kSentence;      ///< The context it is matched in.
  RuleApplies applies = RuleApplies::kDirect;  ///< Which quotes it attributes.
  std::string pattern;                         ///< A regex over the text, or
  std::string tokens;                          ///< a token pattern (exactly one of the two is set).
  double confidence = 0.9;                     ///< In (0, 1].
  std::string description;                     ///< For people: an example of what the rule matches.
  Location defined_at;                         ///< Where the rule's pattern text starts in its profile, when loaded.
};

/// @brief Equal content.
QUOTEATTR_API bool operator==(const SpeakerEntry& a, const SpeakerEntry& b);
/// @brief Equal content.
QUOTEATTR_API bool operator==(const CueEntry& a, const CueEntry& b);
/// @brief Equal content. RuleEntry::defined_at is not compared: a profile saved and
/// loaded again is equal to the original.
QUOTEATTR_API bool operator==(const RuleEntry& a, const RuleEntry& b);
/// @brief Not equal content.
inline bool operator!=(const SpeakerEntry& a, const SpeakerEntry& b) { return !(a == b); }
/// @brief Not equal content.
inline bool operator!=(const CueEntry& a, const CueEntry& b) { return !(a == b); }
/// @brief Not equal content (RuleEntry::defined_at is not compared).
inline bool operator!=(const RuleEntry& a, const RuleEntry& b) { return !(a == b); }

/// @brief Speakers, cues, role nouns and ordered rules: the data that drives attribution.
///
/// A value type: copy it, merge into it, hand it to an Attributor (which compiles it once).
/// The loaders and the add_ functions throw Error (each says with which codes); the accessors
/// and look-ups are `noexcept`; everything else throws std::bad_alloc only.
/// Const members are thread-safe; the mutators are not (do not modify a profile that another
/// thread reads). The look-ups are linear scans, O(number of entries).
class QUOTEATTR_API Profile {
 public:
  /// @brief An empty profile: no speakers, cues or rules.
  Profile() = default;

  /// @brief The compiled-in diplomatic profile (data/default_profile.toml).
  ///
  /// Xi Jinping, Antony Blinken, Wang Yi, the English news cue lexicon and the default rules.
  /// Parsed once (thread-safe); each call returns a copy, O(size of the profile).
  static Profile builtin();
  /// @brief The profile in the TOML file @p path.
  /// @param path the file
  /// @param limits its size (Limits::max_profile_bytes, checked before it is read), its number
  ///        of rules and the length of their patterns (as from_toml())
  /// @throws Error with ErrorCode::kIo when the file cannot be read (or is a folder),
  ///         ErrorCode::kProfileTooLarge when it is larger than limits.max_profile_bytes,
  ///         ErrorCode::kInvalidUtf8 when it is not UTF-8, or a profile error as from_toml().
  static Profile from_file(const std::string& path, const Limits& limits = Limits{});
  /// @brief The profile in the TOML text @p text (format: @ref md_docs_profile "docs/profile.md").
  /// @param text the TOML text
  /// @param source names the text in error messages
  /// @param limits the largest text (Limits::max_profile_bytes), the most rules
  ///        (Limits::max_rules) and the longest rule pattern (Limits::max_pattern_bytes) accepted;
  ///        the limits are checked before the text is parsed and before each pattern is compiled
  /// @throws Error naming source:line:column: ErrorCode::kProfileTooLarge (text larger than
  ///         limits.max_profile_bytes; no line), kInvalidUtf8 (not UTF-8), kProfileSyntax (not
  ///         TOML), kProfileKey (unknown or missing key), kProfileValue (wrong type or range),
  ///         kProfilePattern (bad pattern), kPatternTooLong (a rule's pattern longer than
  ///         limits.max_pattern_bytes), kTooManyRules (more than limits.max_rules rules),
  ///         kProfileDuplicate (an id, name or lemma twice). Nothing is half-loaded.
  static Profile from_toml(std::string_view text, const std::string& source = "<string>",
                           const Limits& limits = Limits{});
  /// @brief Saves to TOML that from_toml() reads back to an equal profile.
  /// @throws std::bad_alloc only.
  std::string to_toml() const;
  /// @brief Writes to_toml() to @p path.
  /// @throws Error with ErrorCode::kIo when it cannot.
  void save(const std::string& path) const;

  /// @brief Adds @p other on top of this profile.
  ///
  /// Speakers with the same name are merged (aliases, titles, affiliations added), cues with
  /// the same lemma gain forms and frames, a rule with an existing id replaces it in place,
  /// new rules are appended; role nouns are added. Validates first: on error this profile is
  /// unchanged (strong guarantee). Institution nouns, light nouns and content stops are
  /// added too; the profile's own name and replaces_default() stay.
  /// @throws Error as the add_ functions.
  void merge(const Profile& other);

  /// @brief Adds a speaker.
  ///
  /// Each add_ function validates its argument and throws Error on a bad one: kProfileValue
  /// for an empty name, lemma, form or noun, an unknown frame, an id not of
  /// `[a-z0-9-]+` or a confidence outside (0, 1]; kProfilePattern for a bad
  /// pattern; kProfileDuplicate for a speaker name, cue lemma or rule id the
  /// profile already has (merge() is the way to extend or replace those).
  /// A role noun or content stop the profile already has is ignored.
  /// @throws Error with ErrorCode::kProfileValue or kProfileDuplicate.
  void add_speaker(SpeakerEntry speaker);
  /// @brief Adds a speech cue (see add_speaker() for the validation).
  /// @throws Error with ErrorCode::kProfileValue or kProfileDuplicate.
  void add_cue(CueEntry cue);
  /// @brief Adds a rule after the existing ones (see add_speaker() for the validation).
  ///
  /// The pattern is checked now, so a bad rule fails here rather than in an Attributor.
  /// (The ids of the built-in sieves are reserved, and Limits are not checked here: the
  /// Attributor checks both.)
  /// @throws Error with ErrorCode::kProfileValue, kProfilePattern or kProfileDuplicate.
  void add_rule(RuleEntry rule);
  /// @brief Adds a lower-case role noun (ignored when present).
  /// @throws Error with ErrorCode::kProfileValue for an empty noun.
  void add_role_noun(std::string noun);
  /// @brief Adds a lower-case institution noun (ignored when present).
  /// @throws Error with ErrorCode::kProfileValue for an empty noun.
  void add_institution_noun(std::string noun);
  /// @brief Adds a lower-case light noun (ignored when present).
  /// @throws Error with ErrorCode::kProfileValue for an empty noun.
  void add_light_noun(std::string noun);
  /// @brief Adds a lower-case content stop (ignored when present).
  /// @throws Error with ErrorCode::kProfileValue for an empty phrase.
  void add_content_stop(std::string phrase);
  /// @brief Adds a lower-case event noun (ignored when present).
  /// @throws Error with ErrorCode::kProfileValue for an empty noun.
  void add_event_noun(std::string noun);

  /// @brief The profile's name (`[profile] name`).
  const std::string& name() const noexcept { return name_; }
  /// @brief Sets the profile's name. Throws std::bad_alloc only.
  void set_name(std::string n) { name_ = std::move(n); }
  /// @brief When true, a profile merged on top of another replaces it instead (`--profile`).
  bool replaces_default() const noexcept { return replace_default_; }
  /// @brief Sets replaces_default() (`[profile] replace_default`).
  void set_replaces_default(bool r) noexcept { replace_default_ = r; }

  /// @brief The known speakers, in file order.
  const std::vector<SpeakerEntry>& speakers() const noexcept { return speakers_; }
  /// @brief The speech cues, in file order.
  const std::vector<CueEntry>& cues() const noexcept { return cues_; }
  /// @brief The rules, in the order they run.
  const std::vector<RuleEntry>& rules() const noexcept { return rules_; }
  /// @brief Lower-case nouns that can head a speaker description: "president",
  /// "representative", "spokesman", "official", "ministry", ...
  const std::vector<std::string>& role_nouns() const noexcept { return role_nouns_; }
  /// @brief Lower-case phrases that end a reported clause: the writer's own
  /// continuation ("at a time when", "which has", "even as", "while").
  const std::vector<std::string>& content_stops() const noexcept { return content_stops_; }
  /// @brief Lower-case nouns that head the name of a speaking institution: "ministry",
  /// "department", "government", "white house".
  ///
  /// Unlike role nouns, they never make the capitalised words after them a person's name.
  const std::vector<std::string>& institution_nouns() const noexcept { return institution_nouns_; }
  /// @brief Lower-case nouns that make a light-verb construction reported speech:
  /// "expressed concern about X", "raised concerns that X", "stressed the importance of X".
  const std::vector<std::string>& light_nouns() const noexcept { return light_nouns_; }
  /// @brief Lower-case nouns of events and occasions, which speak through no one: a subject
  /// headed by one makes no report ("The meeting highlighted X", "this trip will inform").
  const std::vector<std::string>& event_nouns() const noexcept { return event_nouns_; }

  /// @brief The speaker named @p name, or nullptr when absent.
  const SpeakerEntry* find_speaker(std::string_view name) const noexcept;
  /// @brief The cue with lemma @p lemma, or nullptr when absent.
  const CueEntry* find_cue(std::string_view lemma) const noexcept;
  /// @brief The rule with id @p id, or nullptr when absent.
  const RuleEntry* find_rule(std::string_view id) const noexcept;

  /// @brief Equal content (names, flags, and every entry in order).
  friend QUOTEATTR_API bool operator==(const Profile& a, const Profile& b);
  /// @brief Not equal content.
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
  std::vector<std::string> event_nouns_;
};

}  // namespace quoteattr
