// Internal: speaker mentions and their resolution to speakers.
//
// SpeakerModel is compiled once from a Profile (immutable, shared). A
// Discourse is built per document: it discovers people the profile does not
// know ("Russian Foreign Minister Sergey Lavrov", "administration spokesman
// John Kirby"), records every mention of a known speaker with its position,
// and resolves a mention (name, surname, titled name, pronoun, role noun,
// misspelt name, institution) to a speaker, saying how.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "quoteattr/document.hpp"
#include "quoteattr/lexicon.hpp"
#include "quoteattr/profile.hpp"
#include "quoteattr/span.hpp"

namespace quoteattr {
namespace detail {

// A word as the speaker stage reads names: a word token of the Document
// (punctuation left out) with the clitic glued to it ("Putin's" is one word
// whose lower form is "putin"; "didn't" one word "didn't").
struct Word {
  Span span;
  bool capitalized = false;    // first letter upper case
  bool all_caps = false;       // every letter upper case (and at least two letters)
  std::string lower;           // the Document's lower case, without a possessive 's ("putin" of "Putin's")
  std::size_t stem_end = 0;    // end of the word without its possessive ending
  WordClassSet cls;            // its classes in the language pack (Lexicon::classes of `lower`)
  Tag tag = Tag::XX;           // the Document's part-of-speech tag of its first token
  std::uint32_t sentence = 0;  // the Document's sentence index
  bool in(WordClass c) const noexcept { return cls.has(c); }
};

// The words of `tokens` (all of them from one text `text`).
std::vector<Word> words_of_tokens(std::string_view text, const std::vector<quoteattr::Token>& tokens, std::size_t first,
                                  std::size_t end, const Lexicon& lex);

std::string ascii_lower(std::string_view s);

struct Entity {
  std::string name;                                // canonical
  std::vector<std::vector<std::string>> aliases;   // lower-case token sequences
  std::unordered_set<std::string> titles;          // lower-case role nouns
  std::unordered_set<std::string> former_titles;   // titles held before only ("the previous president, X")
  std::unordered_set<std::string> current_titles;  // titles the text gave without such a modifier
  std::vector<std::string> title_phrases;          // whole titles as written: "national security advisor"
  // Whole titles with their department or destination, lower case, without articles: "secretary
  // of education", "ambassador to senegal" (a later bare "Secretary of Education" means the holder).
  std::vector<std::string> department_titles;
  // The profile's forms that name the country itself, fullest first (SpeakerEntry::country).
  std::vector<std::string> country;
  std::unordered_set<std::string> affiliations;  // lower-case
  // Lower-case words that described the person where the text introduced them, before the title
  // ("korean" of "Korean Foreign Minister Kim"): "the Korean counterpart" may mean them.
  std::unordered_set<std::string> descriptors;
  Gender gender = Gender::kUnknown;
  bool institution = false;
  bool from_profile = false;
};

class SpeakerModel {
 public:
  explicit SpeakerModel(const Profile& profile, Lexicon lexicon = Lexicon::english());
  // The closed word classes (name particles, titles, function words, ...).
  const Lexicon& lexicon() const noexcept { return lex_; }

  const std::vector<Entity>& profile_entities() const noexcept { return entities_; }
  // Longest role noun (lower case, possibly several words) that the words
  // [0, n) of `words` end with; 0 when none.
  std::size_t role_suffix(const std::vector<std::string>& words) const;
  bool is_role_word(const std::string& lower) const { return role_words_.count(lower) != 0; }
  // True when the last word of `words` is the head of an institution ("department").
  bool institution_head(const std::vector<std::string>& words) const {
    return !words.empty() && institution_words_.count(words.back()) != 0;
  }
  bool is_affiliation(const std::string& lower) const { return affiliation_groups_.count(lower) != 0; }
  // A one-word form of a profile cue ("added", "stressed"), lower case.
  bool is_cue_form(const std::string& lower) const { return cue_forms_.count(lower) != 0; }
  // All affiliation forms equivalent to `lower` (its profile group).
  const std::vector<std::string>* affiliation_group(const std::string& lower) const;
  // The regex body that {SPEAKER} expands to.
  const std::string& mention_regex() const noexcept { return mention_regex_; }

 private:
  Lexicon lex_;
  std::vector<Entity> entities_;
  std::unordered_set<std::string> role_nouns_;         // full phrases
  std::unordered_set<std::string> role_words_;         // every word of a role noun
  std::unordered_set<std::string> institution_words_;  // last words of institution nouns
  std::unordered_set<std::string> cue_forms_;          // one-word forms of the profile's cues
  std::unordered_map<std::string, std::vector<std::string>> affiliation_groups_;
  std::string mention_regex_;
};

// Situations that make an answer less sure (Attribution::flags, named by flag_names(); the
// calibration table gives each a value: docs/attribution.md, "Confidences").
enum ConfidenceFlag : unsigned {
  kFlagPronoun = 1U << 0,             // a pronoun: the most recent compatible subject or speaker
  kFlagPronounRival = 1U << 1,        // a pronoun with another compatible person in the paragraph
  kFlagPlaceForGovernment = 1U << 2,  // a country or capital standing for its government
  kFlagShortContent = 1U << 3,        // reported content of a few words
  kFlagOneWordFragment = 1U << 4,     // a quoted single word inside a report
  kFlagHeadingLine = 1U << 5,         // a transcript paragraph that reads as a heading
  kFlagTitleName = 1U << 6,           // a name that reads as a title, or a lone word of a longer name
  kFlagSurnameRival = 1U << 7,        // a one-word name that two people of the text bear
};
// The flags a resolution sets (the others are a sieve's): an answer derived from another keeps these.
inline constexpr unsigned kResolutionFlags =
    kFlagPronoun | kFlagPronounRival | kFlagPlaceForGovernment | kFlagTitleName | kFlagSurnameRival;
// How much an answer whose name reads as a title is trusted (kFlagTitleName), times its confidence.
inline constexpr double kTitleName = 0.6;
// The names of the flags set in `flags`, in the order above ("pronoun", "pronoun-rival", ...).
std::vector<std::string> flag_names(unsigned flags);

struct Resolution {
  int entity = -1;           // index into Discourse::entities(), or -1
  std::string speaker;       // canonical name, or a description/institution; "" when unresolved
  std::string how;           // plain words: "name", "surname", "pronoun 'he' → most recent …"
  double factor = 0.0;       // how much this step is trusted, in [0, 1]
  std::vector<int> group;    // for "they" / "the two leaders": every member (entity is the first)
  bool description = false;  // `speaker` describes an unnamed source ("senior official")
  unsigned flags = 0;        // ConfidenceFlag: what made `factor` lower
};

class Discourse {
 public:
  Discourse(const SpeakerModel& model, const Document& doc);
  const SpeakerModel& model() const noexcept { return model_; }
  // The word of a grammatical role of the language pack ("of", "the").
  const std::string& role_word(WordRole r) const noexcept { return model_.lexicon().word(r); }

  // Resolves the mention at `mention` (as written). Pronouns and role nouns
  // use the salience up to mention.begin, or up to `salience_before` when that
  // is earlier (the start of the quotation a trailing mention attributes).
  Resolution resolve(Span mention, std::size_t salience_before = static_cast<std::size_t>(-1)) const;
  // Records that `entity` spoke (or was the subject) at `pos`: raises its salience.
  void note(int entity, std::size_t pos);
  // Records that several people act together at `pos` ("X met Y", "X and Y said"), so that a
  // later "they" or "the two leaders" can refer to all of them.
  void note_group(std::vector<int> members, std::size_t pos);
  // A person named as written at `mention` that no entity holds ("Tzipi Livni told reporters
  // ...", with no title): registers them, so that a later "she" or "Livni" can refer to them.
  // The mention must be two to four capitalised words, none a title, an affiliation or a word
  // that names no one. Returns the entity, or -1.
  int adopt(Span mention);
  // Whether the speaker `r` names still reads as no proper name (kFlagTitleName): a bare title
  // or a title kept before the name ("Assistant Secretary", "Chargé Jane Roe"), a capitalised
  // description of title words, or a lone capitalised word the text uses only inside a longer
  // name ("Fish" of "Fish and Game Service"). Profile speakers and institutions never do.
  // With the `mention` it was read from: a definite bare title that resolved to no one the text
  // names ("The President expressed …", "the Secretary General has announced …"): a person the
  // reader is meant to know, whom the text never names.
  bool doubtful_name(const Resolution& r, Span mention = {}) const;
  // The number of words of `core` (a mention's lower-case words) that name the country entity `e`
  // ("united states" of "united states fire administration"), its longest alias; 0 when none.
  std::size_t country_end(const std::vector<std::string>& core, int e) const;
  // The first place where the text writes the body that is country `e` and the capitalised words
  // `tail` ("fire administration"), with the country in any of its forms ("U.S." or "United
  // States"): the body as written there, without an article; "" when the text never does.
  std::string first_country_form(int e, const std::vector<std::string>& tail) const;
  // Whether `mention` is the definite article and a bare singular title that `r` names as written
  // ("the President", "the Secretary General"), no one the text names.
  bool bare_definite_title(const Resolution& r, Span mention) const;
  // The speaker who spoke most recently before `pos` (any entity), or -1.
  int last_speaker_before(std::size_t pos) const;
  // The person the text last named as a subject (not an object) before `pos`, or -1.
  int last_subject_before(std::size_t pos, std::size_t from = 0) const;
  std::size_t previous_paragraph_start(std::size_t pos) const;  // the paragraph before pos's, else pos's
  // The full name of a body that `mention` begins, confirmed by the acronym in brackets after it,
  // without a leading article ("National Endowment for the Arts" of "The National Endowment" in
  // "The National Endowment for the Arts (NEA)"); empty when none.
  Span acronym_name(Span mention) const;
  // The whole name of a body that `mention` names only in part, as the text introduces it: on
  // through "of", "on", "for", "in" and capitalised words ("United States Commission" of "…
  // Commission on International Religious Freedom"), through a comma list of capitalised parts
  // ending in "and" ("Ministry of Water" or "Sanitation and Irrigation" of "Ministry of Water,
  // Sanitation and Irrigation"). Empty when the mention is no such part. `name` gets the name as
  // a reader writes it: without a country's name after a listed name ("… of Kenya") unless an
  // acronym in brackets confirms the whole.
  Span body_name(Span mention, std::string* name) const;
  // The people (not institutions or groups) named in `range`, outside `outside`, in order.
  std::vector<int> persons_in(Span range, Span outside) const;  // a person, named at or after `from`

  const std::vector<Entity>& entities() const noexcept { return entities_; }
  // The words of the document, and the index range of those lying in `range`.
  const std::vector<Word>& words() const noexcept { return words_; }
  std::pair<std::size_t, std::size_t> words_in(Span range) const noexcept;

 private:
  enum Salience { kMentioned = 0, kSubject = 1, kSpoke = 2 };
  std::vector<int> last_two_subjects(std::size_t pos) const;
  // The description ("Western diplomat") of the last indefinite mention of `head` before `pos`
  // ("One Western diplomat"), when that mention is the noun's last; empty when none.
  // `name`, when given, gets the name that the description stands in apposition to ("Coastal
  // Watch" of "Coastal Watch, an environmental group, welcomed …"), empty when none.
  std::string earlier_indefinite(const std::string& head, std::size_t pos, std::string* name = nullptr) const;
  // The index of a name in apposition that ends a role description (", Nadia Rahman"), or 0.
  std::size_t apposed_name(const std::vector<Word>& toks) const;
  // Whether the mention ends in a possessive before a lower-case word ("the union's deputy").
  bool possessor_only(Span mention) const;
  // The head of the noun phrase that a mention naming a body only modifies ("the Authority (FLRA)
  // Chairman Ann Roe", "The Department of the Treasury's Bureau of the Fiscal Service"): the
  // person or the inner body after the body's possessive or its bracketed short form; empty when
  // the mention is no such modifier.
  Span modified_head(Span mention) const;

 public:
  // The name in apposition right after a role description that a parse gave as the subject
  // ("The chief executive of the consortium" + ", Nadia Rahman,"), or an empty span.
  Span name_apposed_to(Span subject) const;
  // The known person (a name of two words or more, no institution) whose name follows `mention` in
  // apposition: its comma, the person's own capitalised titles, then the name ("the Chief of Naval
  // Research, Rear Admiral Jane Roe"); -1 when none.
  int apposed_person(Span mention) const;
  Span headline_title_holder(Span mention) const;

 private:
  // Whether `modifier` ("moroccan") is a word that described `e` where the text introduced them,
  // or the nationality adjective of a place that did ("morocco").
  bool described_as(const Entity& e, const std::string& modifier) const;
  // Whether `w` (lower case) reads as a nationality adjective: the text writes it capitalised and
  // it ends in a demonym suffix of two letters or more ("swedish", "latvian").
  bool proper_demonym(const std::string& w) const;
  // Whether every title of `e` ending in `head` is a lower rank of it ("deputy leader") and the
  // mention's words `mods` name no such rank.
  bool lower_rank_only(const Entity& e, const std::string& head, const std::vector<std::string>& mods) const;
  struct Event {
    std::size_t pos;
    int entity;
    Salience level;
  };
  const Lexicon& lex() const noexcept { return model_.lexicon(); }
  void discover(const std::vector<Span>& paragraphs);
  std::vector<Word> words_at(Span range) const;  // copies, cut to the range (a mention)
  int find_by_tokens(const std::vector<std::string>& words, bool* partial, std::size_t* match_end = nullptr,
                     std::size_t* match_len = nullptr) const;
  // The known person `words` (a name as written, titles removed) names, or -1: a known alias
  // inside a longer name counts only when the rest are initials or suffixes, or the whole is a
  // misspelling of that person's full name ("Wang Wentao" is not "Wang Yi" by his surname).
  int find_person(const std::vector<std::string>& words) const;
  void index_aliases(int entity, std::size_t from);
  std::string name_as_written(const std::vector<const Word*>& name) const;
  std::string name_case(std::string_view s) const;
  static bool is_initial(const std::string& lower);
  void fuller_name(int known, const std::vector<const Word*>& name);
  std::vector<std::vector<std::string>> name_aliases(const std::vector<std::string>& words) const;
  int surname_only(const std::vector<std::string>& words) const;
  int register_person(const std::vector<const Word*>& name, const std::vector<std::string>& titles,
                      const std::vector<std::string>& affiliations, const std::string& title_phrase);
  int fuzzy(const std::vector<std::string>& words, std::string* matched) const;
  int most_salient(std::size_t pos, const std::vector<int>& candidates, Salience at_least) const;
  // `definite`: the mention points at someone known ("the Korean counterpart", not "a senior
  // official"), so a person the text described with its modifiers may be meant.
  Resolution resolve_role(const std::vector<std::string>& words, std::size_t pos, bool definite = false) const;

  const SpeakerModel& model_;
  std::string_view text_;
  std::unordered_map<std::string, std::string> spelling_;  // lower case -> as the text writes it, not in capitals
  std::vector<Word> words_;                                // every word of the document
  std::vector<std::pair<std::size_t, std::size_t>> paragraph_words_;  // word range of each paragraph
  std::vector<std::pair<std::size_t, std::size_t>> headlines_;        // word ranges of Title Case headlines
  std::vector<std::size_t> bracketed_acronyms_;  // words in capitals of 3+ letters right after " (", in order
  std::vector<Entity> entities_;
  std::vector<Event> events_;                                     // mentions in the text, sorted by pos
  std::vector<Event> spoken_;                                     // attributions, in the order they were made
  std::vector<std::pair<std::size_t, std::vector<int>>> groups_;  // (pos, members), by pos
  void discover_meetings(const std::vector<Span>& paragraphs);
  // The people of a joint subject that ends with the mention `last` ("A and B met with C"):
  // earlier persons of the paragraph (from `from`) joined to it by "and" with no verb between.
  std::vector<int> joint_subject(std::vector<Event>::const_iterator last, std::size_t from) const;
  void discover_meeting_subjects(const std::vector<Span>& paragraphs);
  void discover_relative_persons(const std::vector<Span>& paragraphs);
  void discover_given_name_subjects(const std::vector<Span>& paragraphs);
  bool register_new_person(std::size_t b, std::size_t e);
  bool untitled_name_word(const Word& w) const;
  const std::pair<std::size_t, std::vector<int>>* group_before(std::size_t pos) const;
  // Entities the text names (by a full name, or discovered in it): they win a surname shared
  // with a profile entity the text never names ("Minister Wang" after "Wang Wentao").
  std::vector<bool> named_;
  bool named(int entity) const {
    return entity >= 0 && static_cast<std::size_t>(entity) < named_.size() && named_[static_cast<std::size_t>(entity)];
  }
  // The longest alias of a known entity that starts at word `i` of `toks` (n words long): its
  // entity, and its length in `len`; -1 when none.
  // A capitalised word that begins no name: a month ("March said"), a number, or a verb or adverb that
  // is capitalised because it opens its sentence ("Thanked Smith", "Separately").
  bool not_name_start(const Word& w) const;
  // "Election implications … were described": a sentence-initial word that modifies the lower-case
  // noun after it and that the text writes in lower case elsewhere is a common noun, no name.
  bool common_noun_modifier(const Word& w) const;
  bool sentence_initial(const Word& w) const;
  // Words i and i + 1 of words_ stand in one phrase: the same sentence, one space between them.
  bool joined(std::size_t i) const;
  // The first word of the body's name whose capitalised word `b` of words_ follows a plural
  // possessive of its members ("the [Upland Growers'] League", "the [Dockers'] Association of Pellam"):
  // that possessive and the capitalised words before it are words of the name. `b` when none.
  std::size_t members_possessive_start(std::size_t b) const;
  // The indefinite description ("rebel commander" of "A rebel commander reached by phone
  // disputed it.") that the sentence before a pronoun `toks` opening its sentence has as its
  // subject, when that sentence names no one; empty when none.
  std::string indefinite_subject_before(const std::vector<Word>& toks, std::size_t back_from) const;
  // The plural description ("heads" of "Heads of delegation discussed X, and they reaffirmed …")
  // that opens the clause a plural `pronoun` after "and" is joined to, as its subject, with no one
  // named between; empty when none.
  std::string plural_subject_before(const Word& pronoun) const;
  // Another compatible person (of `candidates`) the paragraph names after the last mention of
  // `best` and before `pos`: a pronoun resolved to `best` could mean that one too. -1 if none.
  // Whether `words` (a mention, lower case) is entity `e`'s own name rather than another alias.
  bool names_itself(int e, const std::vector<std::string>& words) const;
  int rival(int best, const std::vector<int>& candidates, std::size_t pos) const;
  // The people of the text (no institution, group or profile entity) who bear the one-word alias
  // `word` and a longer one ("roe" of "Ann Roe" and "Lee Roe"), less those a gendered title in
  // `mention` rules out.
  std::vector<int> surname_sharers(const std::string& word, const std::vector<std::string>& mention) const;
  // Of `people`, the one the text last named in full (an alias of two words or more) before
  // `pos`, or who spoke after that; -1 when none.
  int nearest_in_full(const std::vector<int>& people, std::size_t pos) const;
  // Whether the mention of words [first, end) is a body that "of" and a proper name follow: its
  // last word an institution's head ("the leadership of Ukraine") or ends a name nobody known
  // bears ("the National Political Bureau of the Broad Front").
  bool of_a_name(std::size_t first, std::size_t end) const;
  // The person the text gave the whole title that the mention's words toks[first, end) write, with
  // its department or destination ("Secretary of Education", "Ambassador to Senegal"), and no name
  // after it; the most salient before `pos` when several; -1 when none.
  int department_holder(const std::vector<Word>& toks, std::size_t first, std::size_t pos) const;
  void infer_genders();
  // A government the profile gives country names (Entity::country) that the text makes the
  // speaker by a country name ("the United States noted"): its name in this document is the
  // first of those names the text writes ("United States"), not the government's.
  void name_countries();
  // A lead that names its subject only in a later sentence ("The president of Freedonia, …,
  // has adopted …. Jane Roe has held the office since 2015."): the title of that description
  // goes to the person whose name opens one of the next sentences, when no one else holds it.
  void discover_delayed_leads();
  // The next name of two or three words, within two sentences after `pos`, that a verb of speech
  // follows ("… Jane Roe said"), or with `subject`, that opens a sentence before its verb
  // ("Jane Roe has held the office since 2015."); empty when none.
  // `sentences`: how many sentences after pos's are searched.
  Span named_next(std::size_t pos, bool subject = false, std::uint32_t sentences = 2) const;
  // The name the text gave earlier (before `pos`) to an institution with the head noun of
  // `core` ("Foreign Ministry of Peru" for "the ministry"), agreeing with its modifiers; "" if none.
  std::string earlier_institution(const std::vector<std::string>& core, std::size_t pos) const;
  // "their association" before the text names it: the body with that head (capitalised, its
  // name of two words or more) named after `pos` in the same or the next sentence, or empty.
  std::string later_institution(const std::string& head, std::size_t pos) const;
  // The indefinite description the text gave earlier (before `pos`) to a body with the lower-case head
  // `head`, without its article, with a capitalised place after a preposition ("special court in
  // The Hague" of "A special court in The Hague found …" for a later "the court"); "" if none.
  std::string earlier_described_body(const std::string& head, std::size_t pos) const;
  // The last description (before `pos`) of the lower-case head `head` with capitalised modifiers
  // after a determiner ("U.S. Congressional delegation" of "the U.S. Congressional delegation"),
  // without the determiner; "" when none.
  std::string earlier_proper_description(const std::string& head, std::size_t pos) const;
  // The name of one to four capitalised words before a comma that the description from the
  // article at word `article` to word `end` (a comma after it) stands in apposition to ("Coastal
  // Watch" of "Coastal Watch, an environmental group, welcomed …"); "" when none.
  std::string apposed_to(std::size_t article, std::size_t end) const;
  // The name the text gave earlier (before `pos`) to a body whose last word is the capitalised
  // `head` ("U.S. Fish and Game Service" for "the Service"), "and", "of" and "for" inside it; ""
  // if none.
  std::string earlier_body(const std::string& head, std::size_t pos) const;
  // Whether word `w` is inside a Title Case headline.
  bool in_headline(std::size_t w) const;
  int alias_at(const Word* toks, std::size_t n, std::size_t i, std::size_t* len) const;
  // A mention's words, widened to the noun phrase it heads when the attributor cut it short:
  // a name particle before a surname ("Van" of "Van Rompuy"), lower-case modifiers and a role
  // noun after it ("Civil" of "Civil society representatives"), "of" and a proper name after a
  // bare role noun ("Leaders of the ... Community"), or a person named after a descriptor
  // ("European Union" of "European Union foreign policy chief Catherine Ashton").
  std::vector<Word> widen(const std::vector<Word>& toks) const;
  // The end of a name listed across commas and confirmed by its bracketed acronym, or `end`.
  std::size_t listed_name_end(std::size_t first, std::size_t end) const;
  // The end of a body's name from words_[first, end) that holds a capitalised institution head:
  // on through body_name_prepositions and capitalised words, and once through a comma list of
  // capitalised parts ending in "and" after such a preposition. `listed` tells whether it did.
  std::size_t body_name_end(std::size_t first, std::size_t end, bool* listed) const;
  // The name of the body words_[first, end) as a reader writes it (body_name's `name`).
  std::string body_name_text(std::size_t first, std::size_t end, bool listed) const;
  // A Title Case mention cut inside a title that runs on to its holder's name ("Assistant
  // Secretary" or "Fish" of "Assistant Secretary for Roads and Rail Administrator Jane Roe", "Fish
  // and Game Service Director Jane Roe"): the end of that name when the text knows the person (the
  // run has a title and no comma), else `end`.
  std::size_t titled_holder_end(std::size_t first, std::size_t end) const;
  // The end of a title's department after the title ("for Trade and Industry" before a comma), or `end`.
  std::size_t department_end(std::size_t end) const;
  // The name named next as a speaker (named_next) after an earlier definite mention of the role
  // noun `head` ("the chairman of …"), searched back from `pos`; empty when none.
  Span earlier_cataphor(const std::string& head, std::size_t pos) const;
  // The description an earlier mention gave to unnamed sources with plural head `head`
  // ("Diplomatic sources" for a later "the same sources"), searched back from `pos`; "" if none.
  std::string earlier_description(const std::string& head, std::size_t pos, std::size_t after) const;
  // The proper modifiers of the members an earlier mention of the body `head` gave ("U.S." of "a
  // delegation of U.S. officials"), searched back from `pos`; "" if none.
  std::string members_modifier(const std::string& head, std::size_t pos) const;
  // The one longer name the text gives that ends with the capitalised word `modifier`
  // ("Ministerial Summit" for the "Summit" of "Summit participants"), not opening a sentence;
  // "" when none or several.
  std::string fuller_modifier(const Word& modifier) const;
  // First word of each alias -> (entity, alias index).
  std::unordered_map<std::string, std::vector<std::pair<int, std::size_t>>> by_first_word_;
};

}  // namespace detail
}  // namespace quoteattr
