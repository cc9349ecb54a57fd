// Language packs: the closed word classes of a language, read from TOML.
//
// A pack is a TOML file whose top-level keys are class names, each an array of
// strings; the abbreviation classes are keys of its [abbreviations] table.
// Loading checks everything (names, types, case, duplicates, the abbreviation
// subsets) before anything is built, so a pack is either whole or an Error
// naming file:line:column. Lookups go through one hash map from a word to the
// bit set of its classes.
#include "quoteattr/lexicon.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <deque>
#include <sstream>
#include <unordered_map>

#include "did_you_mean.hpp"
#include "quoteattr/error.hpp"
#include "text_util.hpp"
#include "toml_guard.hpp"

namespace quoteattr {

namespace detail {
extern const std::string_view kEnglishLexiconToml;
extern const char* const kEnglishLexiconName;

struct LexiconData {
  LexiconData() = default;
  LexiconData(const LexiconData&) = delete;  // `slots` view `keys`
  LexiconData& operator=(const LexiconData&) = delete;
  std::string source;
  std::array<std::vector<std::string>, kWordClassCount> words;
  std::array<std::string, kWordRoleCount> roles;  // the [grammar] table
  // Lookup key -> bit per class. The keys view strings owned by `keys`; the table is an
  // open-addressing hash table (FNV-1a, linear probing), so that a look-up by
  // std::string_view allocates nothing and touches one or two cache lines.
  std::deque<std::string> keys;
  struct Slot {
    std::uint64_t hash = 0;
    std::string_view key;  // empty: a free slot
    WordClassSet bits;
  };
  std::vector<Slot> slots;
  std::size_t mask = 0;
  std::size_t used = 0;

  static std::uint64_t hash_of(std::string_view s) noexcept {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
  }
  const Slot* find(std::string_view key) const noexcept {
    if (slots.empty() || key.empty()) return nullptr;
    const std::uint64_t h = hash_of(key);
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots[i];
      if (s.key.empty()) return nullptr;
      if (s.hash == h && s.key == key) return &s;
    }
  }
  void add(std::string key, unsigned c) {
    if (key.empty()) return;
    if ((used + 1) * 2 > slots.size()) grow();
    const std::uint64_t h = hash_of(key);
    std::size_t i = h & mask;
    for (; !slots[i].key.empty(); i = (i + 1) & mask)
      if (slots[i].hash == h && slots[i].key == key) {
        slots[i].bits.add(static_cast<WordClass>(c));
        return;
      }
    keys.push_back(std::move(key));
    slots[i] = Slot{h, std::string_view(keys.back()), WordClassSet{}};
    slots[i].bits.add(static_cast<WordClass>(c));
    ++used;
  }
  void grow() {
    std::vector<Slot> old = std::move(slots);
    slots.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    mask = slots.size() - 1;
    for (const Slot& s : old) {
      if (s.key.empty()) continue;
      std::size_t i = s.hash & mask;
      while (!slots[i].key.empty()) i = (i + 1) & mask;
      slots[i] = s;
    }
  }
};
}  // namespace detail

namespace {

// TOML keys, in the order of the enum.
constexpr const char* kNames[kWordClassCount] = {
    "negators",
    "skippable",
    "time_leads",
    "adjunct_prepositions",
    "complementizers",
    "determiners",
    "be_forms",
    "subject_pronouns",
    "self_pronouns",
    "clause_starters",
    "relative_pronouns",
    "finite_auxiliaries",
    "auxiliaries",
    "modals",
    "pronoun_objects",
    "intro_words",
    "np_joiners",
    "irregular_past",
    "continuation_markers",
    "report_nouns",
    "temporal_subordinators",
    "month_abbreviations",
    "aspect_verbs",
    "act_time_prepositions",
    "joining_verbs",
    "announcing_moods",
    "not_name_words",
    "name_particles",
    "name_suffixes",
    "female_titles",
    "male_titles",
    "female_given_names",
    "male_given_names",
    "thing_titles",
    "subject_joiners",
    "meeting_words",
    "group_numbers",
    "male_pronouns",
    "female_pronouns",
    "group_pronouns",
    "mention_particles",
    "mention_determiners",
    "anaphoric_modifiers",
    "months",
    "source_qualifiers",
    "former_modifiers",
    "person_relatives",
    "data_nouns",
    "giving_verbs",
    "institution_joiners",
    "speech_verb_bases",
    "script_labels",
    "sound_bite_words",
    "speech_verb_forms",
    "first_person",
    "second_person",
    "third_person_subjects",
    "relative_words",
    "demonstratives",
    "present_be",
    "present_finite",
    "term_cues",
    "term_cue_pair_first",
    "term_cue_pair_second",
    "title_small_words",
    "not_common_nouns",
    "elided_words",
    "function_words",
    "block_lead_verbs",
    "readout_nouns",
    "full_text_markers",
    "work_nouns",
    "transcript_intros",
    "thought_verbs",
    "first_person_subjects",
    "title_acronyms",
    "interviewee_verbs",
    "interviewee_objects",
    "interview_nouns",
    "interview_prepositions",
    "answer_labels",
    "sentence_starters",
    "fronted_prepositions",
    "mention_starts",
    "abbreviations.never_final",
    "abbreviations.may_be_final",
    "abbreviations.person_titles",
    "abbreviations.clause_internal",
    "abbreviations.mention_titles",
    "possibility_modals",
    "prospective_words",
    "request_nouns",
    "patronymic_particles",
    "demonym_suffixes",
    "lower_rank_modifiers",
    "ruling_nouns",
    "spoken_quote_opens",
    "spoken_quote_closes",
    "media_nouns",
    "request_making_verbs",
    "member_group_nouns",
    "commitment_words",
    "title_destination_prepositions",
    "title_speech_nouns",
    "title_speaker_prepositions",
    "interviewer_prepositions",
    "indefinite_articles",
    "future_modals",
    "calendar_units",
    "affiliation_prepositions",
    "backshift_auxiliaries",
    "present_time_adverbs",
    "condition_leads",
    "charge_words",
    "place_time_adverbs",
    "body_name_prepositions",
    "gerund_suffixes",
    "naming_nouns",
    "title_event_verbs",
    "abbreviated_titles",
    "has_participles",
    "title_phrase_prepositions",
    "body_group_nouns",
    "cardinal_words",
    "question_labels",
    "chat_turn_nouns",
    "occasion_prepositions",
};
constexpr std::string_view kAbbrevTable = "abbreviations";

// Keys of the [grammar] table, in the order of the WordRole enum.
constexpr const char* kRoleNames[kWordRoleCount] = {
    "complementizer",
    "infinitive_marker",
    "dative_preposition",
    "passive_agent",
    "definite_article",
    "genitive",
    "conjunction_and",
    "conjunction_or",
    "conjunction_but",
    "contrast_subordinator",
    "expletive",
    "existential",
    "plural_pronoun",
    "plural_object_pronoun",
    "second_person_pronoun",
    "first_person_singular",
    "predicative_as",
    "comitative",
    "benefactive",
    "source_preposition",
    "locative_preposition",
    "date_preposition",
    "topic_preposition",
    "be_participle",
    "dual_quantifier",
    "universal_quantifier",
    "personal_relative",
    "thing_relative",
    "interrogative_thing",
    "indefinite_thing",
    "inclusion_participle",
    "negation",
    "present_copula",
    "remain_copula",
    "attribution_participle",
    "numeral_one",
    "numeral_two",
    "alternative_determiner",
    "conditional_complementizer",
    "polar_complementizer",
};
constexpr std::string_view kGrammarTable = "grammar";

bool cased(WordClass c) {  // the capital rule applies: case is kept as written
  return c == WordClass::kAbbrevNeverFinal || c == WordClass::kAbbrevMayBeFinal;
}
bool abbreviation(WordClass c) {
  return c == WordClass::kAbbrevNeverFinal || c == WordClass::kAbbrevMayBeFinal ||
         c == WordClass::kAbbrevPersonTitles || c == WordClass::kAbbrevClauseInternal ||
         c == WordClass::kAbbrevMentionTitles;
}

// The lookup key of an abbreviation: ASCII lower case, "’" as "'" (the
// sentence splitter's folding). Other classes are looked up as written.
std::string fold(std::string_view w) { return detail::fold_word(w); }

std::string in_quotes(std::string_view s) { return "'" + std::string(s) + "'"; }

// " (did you mean 'name'?)" for a close misspelling of a class name, else "".
std::string suggestion(std::string_view key) { return detail::suggestion(key, kNames); }
std::string role_suggestion(std::string_view key) { return detail::suggestion(key, kRoleNames); }

std::string type_name(const toml::node& n) {
  std::ostringstream out;
  out << n.type();
  return out.str();
}

// One entry as read, with where it was written.
struct Entry {
  std::string word;
  Location at;
};

class Reader {
 public:
  explicit Reader(std::string source) : source_(std::move(source)) {}

  void read(const toml::table& root) {
    for (auto&& [key, node] : root) {
      if (key.str() == kGrammarTable && node.is_table()) {
        for (auto&& [sub, value] : *node.as_table()) read_role(sub, value);
      } else if (key.str() == kAbbrevTable && node.is_table()) {
        for (auto&& [sub, value] : *node.as_table())
          read_class(std::string(kAbbrevTable) + "." + std::string(sub.str()), sub, value);
      } else {
        read_class(std::string(key.str()), key, node);
      }
    }
  }

  std::shared_ptr<detail::LexiconData> build() {
    for (std::size_t c = 0; c < kWordClassCount; ++c)
      if (!seen_[c]) {
        Location l;
        l.file = source_;
        throw Error(ErrorCode::kProfileKey,
                    "missing word class " + in_quotes(kNames[c]) +
                        " (a language pack lists every class; an empty array is allowed)",
                    l);
      }
    for (std::size_t r = 0; r < kWordRoleCount; ++r)
      if (roles_[r].empty()) {
        Location l;
        l.file = source_;
        throw Error(ErrorCode::kProfileKey,
                    "missing word role " + in_quotes(std::string(kGrammarTable) + "." + kRoleNames[r]) +
                        " (the [grammar] table names one word for every role)",
                    l);
      }
    check_abbreviations();
    auto data = std::make_shared<detail::LexiconData>();
    data->source = source_;
    data->roles = roles_;
    for (std::size_t c = 0; c < kWordClassCount; ++c) {
      const auto wc = static_cast<WordClass>(c);
      for (const Entry& e : entries_[c]) {
        data->words[c].push_back(e.word);
        data->add(abbreviation(wc) ? fold(e.word) : e.word, static_cast<unsigned>(c));
      }
    }
    return data;
  }

 private:
  // The checks every word of the pack passes, for a class entry and a role
  // alike: a string, not empty, one word and (when `lower`) lower case.
  // `subject` names the word in the messages ("an entry of 'modals'").
  const std::string& checked_word(const toml::node& node, const std::string& subject, bool lower,
                                  const Location& at) const {
    const auto* s = node.as_string();
    if (!s) throw Error(ErrorCode::kProfileValue, subject + " must be a string, not " + type_name(node), at);
    const std::string& w = s->get();
    if (w.empty()) throw Error(ErrorCode::kProfileValue, subject + " is empty", at);
    if (w.find_first_of(" \t\r\n") != std::string::npos)
      throw Error(ErrorCode::kProfileValue, subject + " must be one word (no spaces), not " + in_quotes(w), at);
    if (lower && std::any_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
      throw Error(ErrorCode::kProfileValue, subject + " must be lower case, not " + in_quotes(w), at);
    return w;
  }

  void read_class(const std::string& name, const toml::key& key, const toml::node& node) {
    std::optional<WordClass> wc = word_class_from_string(name);
    if (!wc)
      throw Error(ErrorCode::kProfileKey, "unknown word class " + in_quotes(name) + suggestion(name),
                  detail::location_of(source_, key.source()));
    const auto c = static_cast<std::size_t>(*wc);
    seen_[c] = true;
    const toml::array* array = node.as_array();
    if (!array)
      throw Error(ErrorCode::kProfileValue,
                  "word class " + in_quotes(name) + " must be an array of strings, not " + type_name(node),
                  detail::location_of(source_, node.source()));
    std::unordered_map<std::string, Location> first;
    for (const toml::node& item : *array) {
      const Location at = detail::location_of(source_, item.source());
      const std::string& w = checked_word(item, "an entry of " + in_quotes(name), !cased(*wc), at);
      auto [it, fresh] = first.emplace(w, at);
      if (!fresh)
        throw Error(ErrorCode::kProfileDuplicate,
                    "duplicate entry " + in_quotes(w) + " in " + in_quotes(name) + " (first at line " +
                        std::to_string(it->second.line) + ", column " + std::to_string(it->second.column) + ")",
                    at);
      entries_[c].push_back({w, at});
    }
  }

  // One key of the [grammar] table: a known role, one lower-case word.
  void read_role(const toml::key& key, const toml::node& node) {
    const std::string name(key.str());
    const std::string full = std::string(kGrammarTable) + "." + name;
    std::optional<WordRole> r = word_role_from_string(name);
    if (!r)
      throw Error(ErrorCode::kProfileKey, "unknown word role " + in_quotes(full) + role_suggestion(name),
                  detail::location_of(source_, key.source()));
    const Location at = detail::location_of(source_, node.source());
    const std::string& w = checked_word(node, "word role " + in_quotes(full), true, at);
    roles_[static_cast<std::size_t>(*r)] = w;
  }

  // Every abbreviation is in exactly one of never_final and may_be_final; the
  // marking classes only mark abbreviations of those two.
  void check_abbreviations() const {
    const auto nf = static_cast<std::size_t>(WordClass::kAbbrevNeverFinal);
    const auto mbf = static_cast<std::size_t>(WordClass::kAbbrevMayBeFinal);
    std::unordered_map<std::string, bool> listed;  // folded -> present
    for (const Entry& e : entries_[nf]) listed[fold(e.word)] = true;
    for (const Entry& e : entries_[mbf]) {
      for (const Entry& n : entries_[nf])
        if (n.word == e.word)
          throw Error(ErrorCode::kProfileDuplicate,
                      "abbreviation " + in_quotes(e.word) +
                          " is in both abbreviations.never_final and abbreviations.may_be_final",
                      e.at);
      listed[fold(e.word)] = true;
    }
    for (WordClass mark :
         {WordClass::kAbbrevPersonTitles, WordClass::kAbbrevClauseInternal, WordClass::kAbbrevMentionTitles})
      for (const Entry& e : entries_[static_cast<std::size_t>(mark)])
        if (!listed.count(fold(e.word)))
          throw Error(ErrorCode::kProfileValue,
                      "entry " + in_quotes(e.word) + " of " + in_quotes(to_string(mark)) +
                          " is not an abbreviation of abbreviations.never_final or "
                          "abbreviations.may_be_final",
                      e.at);
  }

  std::string source_;
  std::array<std::vector<Entry>, kWordClassCount> entries_;
  std::array<bool, kWordClassCount> seen_{};
  std::array<std::string, kWordRoleCount> roles_;
};

}  // namespace

namespace {

// An enum's key in its name table, and back: the same for word classes and word roles.
template <typename Enum, std::size_t N>
const char* enum_name(Enum e, const char* const (&names)[N]) noexcept {
  const auto i = static_cast<std::size_t>(e);
  return i < N ? names[i] : "";
}

template <typename Enum, std::size_t N>
std::optional<Enum> enum_from_name(std::string_view key, const char* const (&names)[N]) noexcept {
  for (std::size_t i = 0; i < N; ++i)
    if (key == names[i]) return static_cast<Enum>(i);
  return std::nullopt;
}

}  // namespace

const char* to_string(WordClass c) noexcept { return enum_name(c, kNames); }

std::optional<WordClass> word_class_from_string(std::string_view key) noexcept {
  return enum_from_name<WordClass>(key, kNames);
}

const char* to_string(WordRole r) noexcept { return enum_name(r, kRoleNames); }

std::optional<WordRole> word_role_from_string(std::string_view key) noexcept {
  return enum_from_name<WordRole>(key, kRoleNames);
}

Lexicon::Lexicon() : data_(english().data_) {}

Lexicon::Lexicon(std::shared_ptr<const detail::LexiconData> data) : data_(std::move(data)) {}

const Lexicon& Lexicon::english() {
  static const Lexicon pack = from_toml(detail::kEnglishLexiconToml, detail::kEnglishLexiconName);
  return pack;
}

Lexicon Lexicon::from_toml(std::string_view toml, std::string_view source_name) {
  const std::string source(source_name);
  toml::table root = detail::parse_toml_checked(toml, source, "language pack");
  Reader reader(source);
  reader.read(root);
  return Lexicon(reader.build());
}

Lexicon Lexicon::load(const std::string& path) {
  return from_toml(detail::read_toml_file(path, "language pack"), path);
}

bool Lexicon::is(WordClass c, std::string_view lower) const {
  if (lower.empty()) return false;
  const auto* slot = data_->find(lower);
  return slot && slot->bits.has(c);
}

WordClassSet Lexicon::classes(std::string_view lower) const {
  if (lower.empty()) return {};
  const auto* slot = data_->find(lower);
  return slot ? slot->bits : WordClassSet{};
}

const std::vector<std::string>& Lexicon::words(WordClass c) const noexcept {
  return data_->words[static_cast<std::size_t>(c)];
}

const std::string& Lexicon::word(WordRole r) const noexcept { return data_->roles[static_cast<std::size_t>(r)]; }

const std::string& Lexicon::source() const noexcept { return data_->source; }

}  // namespace quoteattr
