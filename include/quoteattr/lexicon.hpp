/// @file quoteattr/lexicon.hpp
/// @brief The language pack: the closed word classes of a language.
///
/// Every stage (sentence splitter, quote finder, reported speech, speakers,
/// attributor) reads its small grammatical word classes (negators,
/// determiners, abbreviations, speech verbs, ...) from a Lexicon instead of
/// from arrays of its own. The built-in English pack is data/lang/en.toml,
/// compiled into the library; @ref md_docs_language_pack "docs/language-pack.md" describes the file format
/// and every class.
///
/// @code
///   const quoteattr::Lexicon& en = quoteattr::Lexicon::english();
///   en.is(quoteattr::WordClass::kNegators, "never");          // true
///   for (const std::string& w : en.words(quoteattr::WordClass::kModals)) ...
///
///   quoteattr::Lexicon mine = quoteattr::Lexicon::load("my-en.toml");  // every class required
///   quoteattr::AttributorOptions options;
///   options.lexicon = mine;
/// @endcode
///
/// A Lexicon is immutable once built and cheap to copy (copies share their
/// data), so one may be shared by any number of threads and stages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/export.hpp"

namespace quoteattr {

namespace detail {
struct LexiconData;
}

/// @brief The closed word classes, in the order of data/lang/en.toml.
///
/// Each value's comment names its TOML key (abbreviations.* are keys of the
/// `[abbreviations]` table); to_string() gives the key and word_class_from_string() reads it.
/// @ref md_docs_language_pack "docs/language-pack.md" says what each class holds and which stage reads it.
enum class WordClass : std::uint8_t {
  // Reported speech (src/reported_speech.cpp).
  kNegators,               // negators
  kSkippable,              // skippable
  kTimeLeads,              // time_leads
  kAdjunctPrepositions,    // adjunct_prepositions
  kComplementizers,        // complementizers
  kDeterminers,            // determiners
  kBeForms,                // be_forms
  kSubjectPronouns,        // subject_pronouns
  kSelfPronouns,           // self_pronouns
  kClauseStarters,         // clause_starters
  kRelativePronouns,       // relative_pronouns
  kFiniteAuxiliaries,      // finite_auxiliaries
  kAuxiliaries,            // auxiliaries
  kModals,                 // modals
  kPronounObjects,         // pronoun_objects
  kIntroWords,             // intro_words
  kNpJoiners,              // np_joiners
  kIrregularPast,          // irregular_past
  kContinuationMarkers,    // continuation_markers
  kReportNouns,            // report_nouns
  kTemporalSubordinators,  // temporal_subordinators
  kMonthAbbreviations,     // month_abbreviations
  kAspectVerbs,            // aspect_verbs
  kActTimePrepositions,    // act_time_prepositions
  kJoiningVerbs,           // joining_verbs
  kAnnouncingMoods,        // announcing_moods
  // Speakers (src/speakers.cpp).
  kNotNameWords,        // not_name_words
  kNameParticles,       // name_particles
  kNameSuffixes,        // name_suffixes
  kFemaleTitles,        // female_titles
  kMaleTitles,          // male_titles
  kFemaleGivenNames,    // female_given_names
  kMaleGivenNames,      // male_given_names
  kThingTitles,         // thing_titles
  kSubjectJoiners,      // subject_joiners
  kMeetingWords,        // meeting_words
  kGroupNumbers,        // group_numbers
  kMalePronouns,        // male_pronouns
  kFemalePronouns,      // female_pronouns
  kGroupPronouns,       // group_pronouns
  kMentionParticles,    // mention_particles
  kMentionDeterminers,  // mention_determiners
  kAnaphoricModifiers,  // anaphoric_modifiers
  kMonths,              // months
  kSourceQualifiers,    // source_qualifiers
  kFormerModifiers,     // former_modifiers
  kPersonRelatives,     // person_relatives
  kDataNouns,           // data_nouns
  kGivingVerbs,         // giving_verbs
  kInstitutionJoiners,  // institution_joiners
  // Direct quotes (src/quote_finder.cpp, src/quote_marks.cpp).
  kSpeechVerbBases,        // speech_verb_bases
  kScriptLabels,           // script_labels
  kSoundBiteWords,         // sound_bite_words
  kSpeechVerbForms,        // speech_verb_forms
  kFirstPerson,            // first_person
  kSecondPerson,           // second_person
  kThirdPersonSubjects,    // third_person_subjects
  kRelativeWords,          // relative_words
  kDemonstratives,         // demonstratives
  kPresentBe,              // present_be
  kPresentFinite,          // present_finite
  kTermCues,               // term_cues
  kTermCuePairFirst,       // term_cue_pair_first
  kTermCuePairSecond,      // term_cue_pair_second
  kTitleSmallWords,        // title_small_words
  kNotCommonNouns,         // not_common_nouns
  kElidedWords,            // elided_words
  kFunctionWords,          // function_words
  kBlockLeadVerbs,         // block_lead_verbs
  kReadoutNouns,           // readout_nouns
  kFullTextMarkers,        // full_text_markers
  kWorkNouns,              // work_nouns
  kTranscriptIntros,       // transcript_intros
  kThoughtVerbs,           // thought_verbs
  kFirstPersonSubjects,    // first_person_subjects
  kTitleAcronyms,          // title_acronyms
  kIntervieweeVerbs,       // interviewee_verbs
  kIntervieweeObjects,     // interviewee_objects
  kInterviewNouns,         // interview_nouns
  kInterviewPrepositions,  // interview_prepositions
  kAnswerLabels,           // answer_labels
  // Sentences (src/sentence_splitter.cpp).
  kSentenceStarters,     // sentence_starters
  kFrontedPrepositions,  // fronted_prepositions
  // Attributor (src/attributor.cpp).
  kMentionStarts,  // mention_starts
  // The one abbreviation list: every abbreviation is in exactly one of the
  // first two classes (written as in text, without the final period; a
  // capitalised entry matches only a capitalised word); the others mark
  // some of them (lower case) for other stages.
  kAbbrevNeverFinal,      // abbreviations.never_final
  kAbbrevMayBeFinal,      // abbreviations.may_be_final
  kAbbrevPersonTitles,    // abbreviations.person_titles
  kAbbrevClauseInternal,  // abbreviations.clause_internal
  kAbbrevMentionTitles,   // abbreviations.mention_titles
  // Reported speech (src/reported_speech.cpp), appended.
  kPossibilityModals,  // possibility_modals
  kProspectiveWords,   // prospective_words
  kRequestNouns,       // request_nouns
  // Speakers (src/speakers.cpp), appended.
  kPatronymicParticles,  // patronymic_particles
  kDemonymSuffixes,      // demonym_suffixes
  kLowerRankModifiers,   // lower_rank_modifiers
  // Speakers (src/speakers.cpp), appended.
  kRulingNouns,  // ruling_nouns
  // Direct quotes (src/quote_finder.cpp), appended.
  kSpokenQuoteOpens,   // spoken_quote_opens
  kSpokenQuoteCloses,  // spoken_quote_closes
  // Reported speech (src/reported_speech.cpp), appended.
  kMediaNouns,          // media_nouns
  kRequestMakingVerbs,  // request_making_verbs
  // Speakers (src/speakers.cpp), appended.
  kMemberGroupNouns,  // member_group_nouns
  // Direct quotes (src/quote_finder.cpp), appended.
  kCommitmentWords,  // commitment_words
  // Speakers (src/speakers.cpp), appended.
  kTitleDestinationPrepositions,  // title_destination_prepositions
  // Direct quotes (src/quote_finder.cpp), appended.
  kTitleSpeechNouns,          // title_speech_nouns
  kTitleSpeakerPrepositions,  // title_speaker_prepositions
  kInterviewerPrepositions,   // interviewer_prepositions
  // Function words of several stages, appended.
  kIndefiniteArticles,       // indefinite_articles
  kFutureModals,             // future_modals
  kCalendarUnits,            // calendar_units
  kAffiliationPrepositions,  // affiliation_prepositions
  // Reported speech (src/reported_speech.cpp), appended.
  kBackshiftAuxiliaries,  // backshift_auxiliaries
  kPresentTimeAdverbs,    // present_time_adverbs
  kConditionLeads,        // condition_leads
  // Quote finder (src/quote_finder.cpp), appended.
  kChargeWords,       // charge_words
  kPlaceTimeAdverbs,  // place_time_adverbs
  // Speakers (src/speakers.cpp), appended.
  kBodyNamePrepositions,  // body_name_prepositions
  kGerundSuffixes,        // gerund_suffixes
  // Quote finder (src/quote_finder.cpp), appended.
  kNamingNouns,      // naming_nouns
  kTitleEventVerbs,  // title_event_verbs
  // Speakers (src/speakers.cpp), appended.
  kAbbreviatedTitles,  // abbreviated_titles
  // Document (src/document.cpp), appended.
  kHasParticiples,  // has_participles
  // Token patterns (src/pattern.cpp), appended.
  kTitlePhrasePrepositions,  // title_phrase_prepositions
  // Joint speakers (src/speakers.cpp), appended.
  kBodyGroupNouns,  // body_group_nouns
  kCardinalWords,   // cardinal_words
  // Quote finder (src/quote_finder.cpp), appended.
  kQuestionLabels,  // question_labels
  kChatTurnNouns,   // chat_turn_nouns
  // Reported speech, headlines (src/reported_speech.cpp), appended.
  kOccasionPrepositions,  // occasion_prepositions
};
/// @brief The number of word classes.
inline constexpr std::size_t kWordClassCount = static_cast<std::size_t>(WordClass::kOccasionPrepositions) + 1;

/// @brief A set of word classes: the answer of Lexicon::classes(), one bit per class.
///
/// Room for 128 classes (two 64-bit words), so a language pack can grow past 64 classes
/// without a change of type; a set is a value (copy, compare, combine with |).
class WordClassSet {
 public:
  constexpr WordClassSet() noexcept = default;
  /// @brief True when @p c is in the set.
  constexpr bool has(WordClass c) const noexcept {
    const auto i = static_cast<unsigned>(c);
    return (bits_[i / 64] >> (i % 64) & 1u) != 0;
  }
  /// @brief Adds @p c.
  constexpr void add(WordClass c) noexcept {
    const auto i = static_cast<unsigned>(c);
    bits_[i / 64] |= std::uint64_t{1} << (i % 64);
  }
  /// @brief True when the set holds no class.
  constexpr bool empty() const noexcept { return bits_[0] == 0 && bits_[1] == 0; }
  /// @brief The union of two sets.
  constexpr WordClassSet& operator|=(const WordClassSet& o) noexcept {
    bits_[0] |= o.bits_[0];
    bits_[1] |= o.bits_[1];
    return *this;
  }
  /// @brief The union of two sets, as a new set.
  friend constexpr WordClassSet operator|(WordClassSet a, const WordClassSet& b) noexcept { return a |= b; }
  /// @brief True when both sets hold the same classes.
  friend constexpr bool operator==(const WordClassSet& a, const WordClassSet& b) noexcept {
    return a.bits_[0] == b.bits_[0] && a.bits_[1] == b.bits_[1];
  }
  /// @brief True when the sets differ in at least one class.
  friend constexpr bool operator!=(const WordClassSet& a, const WordClassSet& b) noexcept { return !(a == b); }
  /// @brief The largest number of classes a set holds.
  static constexpr std::size_t kCapacity = 128;

 private:
  std::uint64_t bits_[2] = {0, 0};
};
static_assert(kWordClassCount <= WordClassSet::kCapacity, "one bit per class in a WordClassSet");

/// @brief The TOML key of a class ("negators", "abbreviations.never_final").
QUOTEATTR_API const char* to_string(WordClass c) noexcept;
/// @brief The class of a TOML key, or nullopt.
QUOTEATTR_API std::optional<WordClass> word_class_from_string(std::string_view key) noexcept;

/// @brief Single grammatical words, each named by its grammatical job, in the order of the
/// `[grammar]` table of data/lang/en.toml.
///
/// Where a stage needs one word of a grammatical job (the complementizer of a that-clause, the
/// agent preposition of a passive, the definite article), it reads it from the pack through
/// Lexicon::word() instead of writing the English word in code. Each value's comment names its
/// key in `[grammar]`; one word may fill several roles ("to": infinitive marker and addressee
/// preposition). @ref md_docs_language_pack "docs/language-pack.md" lists them.
enum class WordRole : std::uint8_t {
  kComplementizer,             // complementizer
  kInfinitiveMarker,           // infinitive_marker
  kDativePreposition,          // dative_preposition
  kPassiveAgent,               // passive_agent
  kDefiniteArticle,            // definite_article
  kGenitive,                   // genitive
  kConjunctionAnd,             // conjunction_and
  kConjunctionOr,              // conjunction_or
  kConjunctionBut,             // conjunction_but
  kContrastSubordinator,       // contrast_subordinator
  kExpletive,                  // expletive
  kExistential,                // existential
  kPluralPronoun,              // plural_pronoun
  kPluralObjectPronoun,        // plural_object_pronoun
  kSecondPersonPronoun,        // second_person_pronoun
  kFirstPersonSingular,        // first_person_singular
  kPredicativeAs,              // predicative_as
  kComitative,                 // comitative
  kBenefactive,                // benefactive
  kSourcePreposition,          // source_preposition
  kLocativePreposition,        // locative_preposition
  kDatePreposition,            // date_preposition
  kTopicPreposition,           // topic_preposition
  kBeParticiple,               // be_participle
  kDualQuantifier,             // dual_quantifier
  kUniversalQuantifier,        // universal_quantifier
  kPersonalRelative,           // personal_relative
  kThingRelative,              // thing_relative
  kInterrogativeThing,         // interrogative_thing
  kIndefiniteThing,            // indefinite_thing
  kInclusionParticiple,        // inclusion_participle
  kNegation,                   // negation
  kPresentCopula,              // present_copula
  kRemainCopula,               // remain_copula
  kAttributionParticiple,      // attribution_participle
  kNumeralOne,                 // numeral_one
  kNumeralTwo,                 // numeral_two
  kAlternativeDeterminer,      // alternative_determiner
  kConditionalComplementizer,  // conditional_complementizer
  kPolarComplementizer,        // polar_complementizer
};
/// @brief The number of word roles.
inline constexpr std::size_t kWordRoleCount = static_cast<std::size_t>(WordRole::kPolarComplementizer) + 1;

/// @brief The key of a role in the `[grammar]` table ("complementizer").
QUOTEATTR_API const char* to_string(WordRole r) noexcept;
/// @brief The role of a `[grammar]` key, or nullopt.
QUOTEATTR_API std::optional<WordRole> word_role_from_string(std::string_view key) noexcept;

/// @brief A language pack: the closed word classes every stage reads.
///
/// Immutable once built and cheap to copy (copies share their data, O(1)): one may be shared
/// by any number of threads and stages. Look-ups are hash-table probes, O(length of the word).
/// Only the loaders (from_toml(), load()) throw Error, with the codes each lists; the
/// look-ups throw std::bad_alloc at most.
class QUOTEATTR_API Lexicon {
 public:
  /// @brief The built-in English pack (a copy of Lexicon::english()).
  Lexicon();

  /// @brief The built-in English pack, data/lang/en.toml.
  ///
  /// Built on first use (thread-safe); the reference stays valid for the life of the program.
  static const Lexicon& english();
  /// @brief A pack from TOML text.
  ///
  /// Every class must be present (an empty array is allowed); nothing is half-loaded.
  /// @param toml the pack, in the format of @ref md_docs_language_pack "docs/language-pack.md"
  /// @param source_name the file name used in errors
  /// @throws Error naming file:line:column: ErrorCode::kProfileTooLarge for a text of more than
  ///         8 MiB (Limits::max_profile_bytes by default), ErrorCode::kInvalidUtf8 for one that
  ///         is not UTF-8, ErrorCode::kProfileSyntax for bad TOML,
  ///         ErrorCode::kProfileKey for an unknown or missing class or `[grammar]` role, ErrorCode::kProfileValue
  ///         for a non-string, empty, multi-word or wrongly cased entry, and
  ///         ErrorCode::kProfileDuplicate for a duplicate entry.
  static Lexicon from_toml(std::string_view toml, std::string_view source_name);
  /// @brief A pack from a file.
  /// @throws Error with ErrorCode::kIo when it cannot be read, else as from_toml().
  static Lexicon load(const std::string& path);

  /// @brief True when @p lower is in class @p c.
  ///
  /// @p lower is a lower-case word; for abbreviations, lower case without the final period
  /// and with ’ read as '. For the abbreviation classes this ignores the capital rule:
  /// stages that need it build their lists from words().
  bool is(WordClass c, std::string_view lower) const;
  /// @brief All classes of @p lower at once (empty for a word in no class).
  ///
  /// One look-up for a stage that asks several questions about the same word:
  /// `lex.classes(w).has(WordClass::kModals)` is `lex.is(WordClass::kModals, w)`.
  WordClassSet classes(std::string_view lower) const;
  /// @brief The entries of class @p c, in file order, as written.
  const std::vector<std::string>& words(WordClass c) const noexcept;
  /// @brief The word of role @p r (lower case, one word), from the pack's `[grammar]` table.
  ///
  /// O(1): an index into an array; the reference stays valid while a copy of the pack lives.
  const std::string& word(WordRole r) const noexcept;
  /// @brief Where the pack came from ("data/lang/en.toml", a path, a source name).
  const std::string& source() const noexcept;

 private:
  // Internal: not exported from a shared library.
  QUOTEATTR_NO_EXPORT explicit Lexicon(std::shared_ptr<const detail::LexiconData> data);
  std::shared_ptr<const detail::LexiconData> data_;
};

}  // namespace quoteattr
