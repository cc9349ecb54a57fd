#include "speakers.hpp"

#include <algorithm>
#include <array>

#include "pattern.hpp"
#include "text_util.hpp"
#include "tokenizer.hpp"

namespace quoteattr {
namespace detail {

namespace {

// How sure a resolution is (Resolution::factor; docs/attribution.md, "Confidences").
constexpr double kPronoun = 0.9;  // a pronoun: the most recent compatible subject or speaker
// A pronoun when the paragraph names another compatible person after that one: either could be
// meant ("Mitchell met Netanyahu. He said …").
constexpr double kPronounRival = 0.75;
// A one-word name that two people of the text share ("Roe" of "Ann Roe" and "Lee Roe").
constexpr double kSurnameRival = 0.75;
// A bare singular title that no one named holds ("the head of state said"): the person last named
// as a subject nearby, less sure than a pronoun.
constexpr double kBareTitle = 0.6;
// A country or capital that stands for its government ("Washington said …"): which body speaks
// (the government, the country, a ministry) and under which name is less sure than for a person.
constexpr double kPlaceForGovernment = 0.7;
// A headline's description of its subject ("Guard leader to Croatian president: …"): the person
// named next as a speaker within this many sentences of the body.
constexpr std::uint32_t kHeadlineSentences = 5;
// How sure that person is: as sure as the unnamed description the headline's words would give.
constexpr double kHeadlineSubject = 0.7;
// A description that stands for an earlier, fuller one ("the delegation" for "U.S. Congressional
// delegation"; "they" for the plural subject of the clause before): a group, not a named person.
constexpr double kDescribedBefore = 0.7;
// A name of an entity the text or the profile introduced, written as such.
constexpr double kNamed = 1.0;
// A role noun or title that one person holds ("the secretary" after "Secretary of State X"; a title
// with the holder's name in apposition or after it).
constexpr double kTitleHolder = 0.85;
// A body named here in part, read as its whole name ("the Ministry" for "Ministry of Foreign
// Affairs"; "the leadership of Ukraine").
constexpr double kBodyInFull = 0.85;
// A plural phrase or pronoun read as the people who acted together, or everyone with that title.
constexpr double kGroup = 0.8;
// "Both", "the two ministers" with no group acting together: the two people last named as subjects.
constexpr double kPairOfSubjects = 0.7;
// A name the text writes but nothing introduced (not in the profile, no entity): as written.
constexpr double kAsWritten = 0.75;
// A bare title read as the person named in apposition to it.
constexpr double kApposedTitle = 0.75;
// A known name matched tolerantly (a misspelling where a speaker is expected).
constexpr double kMisspelling = 0.8;
// A bare institution noun read as the body of that kind the text named before ("the agency").
constexpr double kBodyNamedBefore = 0.8;
// The same, read as the body the text names next (a cataphoric reading, less sure).
constexpr double kBodyNamedNext = 0.7;
// An unnamed source, described by its words ("a senior official", "diplomatic sources").
constexpr double kUnnamedSource = 0.7;
// A role description read as the person the text names next as a speaker ("the chairman said …
// Gen. Jane Roe added"): a cataphoric reading, as sure as a bare title.
constexpr double kNamedNext = 0.6;
// "the N that made it": the description of what made a statement (a report, a study).
constexpr double kMakerDescribed = 0.75;

// A title abbreviation with its period ("gen."), lower case: one of the
// language pack's abbreviations.person_titles.
bool is_title_abbreviation(const Lexicon& lex, const std::string& w) {
  return w.size() > 1 && w.back() == '.' && lex.is(WordClass::kAbbrevPersonTitles, w.substr(0, w.size() - 1));
}

// The office that a title abbreviation with its period ("gen.", "sgt.") stands for, from the
// language pack's abbreviated_titles: the word that begins with it, else a contraction's word (its
// first and last letters, and its letters in order: "sgt" of "sergeant"); "" for an honorific that
// tells gender ("mr.") or no such word.
std::string abbreviated_office(const Lexicon& lex, const std::string& w) {
  if (!is_title_abbreviation(lex, w)) return {};
  const std::string a = w.substr(0, w.size() - 1);
  if (lex.is(WordClass::kFemaleTitles, a) || lex.is(WordClass::kMaleTitles, a) || lex.is(WordClass::kFemaleTitles, w) ||
      lex.is(WordClass::kMaleTitles, w))
    return {};
  const std::vector<std::string>& offices = lex.words(WordClass::kAbbreviatedTitles);
  for (const std::string& o : offices)
    if (o.size() > a.size() && o.compare(0, a.size(), a) == 0) return o;
  for (const std::string& o : offices) {
    if (o.size() <= a.size() || o.front() != a.front() || o.back() != a.back()) continue;
    std::size_t at = 0;
    for (const char c : a) {
      at = o.find(c, at);
      if (at == std::string::npos) break;
      ++at;
    }
    if (at != std::string::npos) return o;
  }
  return {};
}

// Words joined by "|" in list order, for a regex: capitalised ("mr" -> "Mr"),
// or each as written and then capitalised ("the|The").
std::string alternation(const std::vector<std::string>& words, bool capitalise, bool both) {
  std::string out;
  for (const std::string& w : words) {
    std::string cap = w;
    if (!cap.empty() && cap[0] >= 'a' && cap[0] <= 'z') cap[0] = static_cast<char>(cap[0] - 'a' + 'A');
    if (!out.empty()) out += '|';
    if (both) {
      out += w;
      out += '|';
      out += cap;
    } else {
      out += capitalise ? cap : w;
    }
  }
  return out;
}

// A pronoun that stands for a speaker, and the gender it asks for (language pack classes).
bool is_pronoun(const Lexicon& lex, const std::string& w, Gender* g) {
  const WordClassSet cls = lex.classes(w);
  if (cls.has(WordClass::kMalePronouns)) return *g = Gender::kMale, true;
  if (cls.has(WordClass::kFemalePronouns)) return *g = Gender::kFemale, true;
  if (cls.has(WordClass::kGroupPronouns)) return *g = Gender::kGroup, true;
  return false;
}

// The lower-case words of a string that is not part of a document (a profile's names).
std::vector<std::string> words_of(const Lexicon& lex, std::string_view s) {
  std::vector<std::string> out;
  std::string store;
  const std::vector<quoteattr::Token> tokens = tokenize_string(s, store);
  for (Word& w : words_of_tokens(s, tokens, 0, tokens.size(), lex)) out.push_back(std::move(w.lower));
  return out;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// Edits between two words, where two letters swapped anywhere in the word ("Rompuy" for
// "Rumpoy": the same letters, one pair exchanged) count as one slip.
std::size_t slip_distance(const std::string& a, const std::string& b) {
  const std::size_t d = edit_distance(a, b);
  if (d != 2 || a.size() != b.size()) return d;
  std::size_t diff[3], n = 0;
  for (std::size_t i = 0; i < a.size() && n < 3; ++i)
    if (a[i] != b[i]) diff[n++] = i;
  return n == 2 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]] ? 1 : d;
}

// The byte ranges of `para` inside quotation marks: curly marks open and close, a straight
// double mark toggles; a quotation left open runs to the paragraph's end.
std::vector<Span> quoted_ranges(std::string_view text, Span para) {
  std::vector<Span> out;
  std::size_t open = static_cast<std::size_t>(-1);
  for (std::size_t i = para.begin; i < para.end; ++i) {
    const bool left = text.compare(i, 3, "\xE2\x80\x9C") == 0, right = text.compare(i, 3, "\xE2\x80\x9D") == 0;
    const bool straight = text[i] == '"';
    if (left || (straight && open == static_cast<std::size_t>(-1))) {
      open = i;
    } else if ((right || straight) && open != static_cast<std::size_t>(-1)) {
      out.push_back({open, i});
      open = static_cast<std::size_t>(-1);
    }
  }
  if (open != static_cast<std::size_t>(-1)) out.push_back({open, para.end});
  return out;
}

bool gender_ok(Gender want, const Entity& e) {
  if (want == Gender::kGroup) return e.institution || e.gender == Gender::kGroup;
  if (e.institution || e.gender == Gender::kGroup) return false;
  return e.gender == Gender::kUnknown || e.gender == want;
}

}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// A name written in capitals ("DR. JANE ROE", a transcript label) as a reader writes it: each
// word as the text spells it elsewhere ("McCormack"), else capitalised and the rest lower case
// ("Dr. Jane Roe", "Al-Amin"); suffixes stay ("III").
std::string Discourse::name_case(std::string_view s) const {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    std::string w(s.substr(i, j - i));
    const std::string lower = ascii_lower(w);
    if (auto it = spelling_.find(lower); it != spelling_.end()) {
      w = it->second;
    } else if (!lex().is(WordClass::kNameSuffixes, lower)) {
      bool start = true;
      for (char& c : w) {
        if (!start && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        start = c == '-';
      }
    }
    out += w;
    for (; j < s.size() && s[j] == ' '; ++j) out += ' ';
    i = j;
  }
  return out;
}

std::vector<Word> words_of_tokens(std::string_view text, const std::vector<quoteattr::Token>& tokens, std::size_t first,
                                  std::size_t end, const Lexicon& lex) {
  std::vector<Word> out;
  for (std::size_t i = first; i < end; ++i) {
    const quoteattr::Token& t = tokens[i];
    const std::string_view w = t.span.in(text);
    // A clitic glued to the word before it joins that word; a possessive leaves its lower form.
    const bool clitic = !t.space_before && !out.empty() && out.back().span.end == t.span.begin && is_clitic(t.lower);
    if (clitic) {
      Word& prev = out.back();
      prev.span.end = t.span.end;
      if (t.lower != "'s") {
        prev.lower += t.lower;
        prev.stem_end = t.span.end;
      }
      continue;
    }
    // "Justice?s Office": an apostrophe the text lost to a question mark or a replacement
    // character between a word and its possessive "s" (no space on either side) is a possessive.
    if ((w == "?" || w == "\xEF\xBF\xBD") && !t.space_before && !out.empty() && out.back().span.end == t.span.begin &&
        i + 1 < end && tokens[i + 1].lower == "s" && tokens[i + 1].span.begin == t.span.end &&
        (i + 2 >= end || tokens[i + 2].span.begin > tokens[i + 1].span.end)) {
      out.back().span.end = tokens[++i].span.end;
      continue;
    }
    if (!is_word_token(w)) continue;
    Word word;
    word.span = t.span;
    word.stem_end = t.span.end;
    word.lower = t.lower;
    word.tag = t.tag;
    word.sentence = t.sentence;
    // "al-Assad", "bin-Zayed": a lower-case particle joined to a capitalised name.
    const std::size_t hyphen = w.find('-');
    word.capitalized =
        is_upper(cp_at(w, 0)) || (hyphen != std::string_view::npos && hyphen <= 3 && is_upper(cp_at(w, hyphen + 1)) &&
                                  lex.is(WordClass::kNameParticles, word.lower.substr(0, hyphen)));
    word.all_caps = t.shape == Shape::kUpper && w.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
    int letters = 0;
    for (std::size_t k = 0; k < w.size() && letters < 2;) letters += is_alpha(next_cp(w, k)) ? 1 : 0;
    word.all_caps = word.all_caps && letters >= 2;
    out.push_back(std::move(word));
  }
  for (Word& w : out) w.cls = lex.classes(w.lower);  // once; the stage asks many questions per word
  return out;
}

SpeakerModel::SpeakerModel(const Profile& profile, Lexicon lexicon) : lex_(std::move(lexicon)) {
  for (const SpeakerEntry& s : profile.speakers()) {
    Entity e;
    e.name = s.name;
    e.aliases.push_back(words_of(lex_, s.name));
    for (const auto& a : s.aliases) e.aliases.push_back(words_of(lex_, a));
    for (const auto& t : s.titles) e.titles.insert(ascii_lower(t));
    for (const auto& a : s.affiliations) e.affiliations.insert(ascii_lower(a));
    e.gender = s.gender;
    e.institution = s.institution;
    e.from_profile = true;
    // The forms that name the country itself are aliases too.
    for (const auto& c : s.country) {
      std::vector<std::string> w = words_of(lex_, c);
      if (std::find(e.aliases.begin(), e.aliases.end(), w) == e.aliases.end()) e.aliases.push_back(std::move(w));
    }
    e.country = s.country;
    entities_.push_back(std::move(e));
  }
  auto add_role = [&](const std::string& r) {
    std::string low = ascii_lower(r);
    if (low.empty()) return;
    role_nouns_.insert(low);
    // A typographic apostrophe is the same word: "chargé d’affaires" for "chargé d'affaires".
    if (low.find('\'') != std::string::npos) {
      std::string curly;
      for (char c : low) curly += c == '\'' ? std::string("\xE2\x80\x99") : std::string(1, c);
      role_nouns_.insert(curly);
    }
    // The head word marks a title: "minister" of "foreign minister", "secretary" of
    // "secretary of state".
    std::string head = low.substr(0, low.find(" " + lex_.word(WordRole::kGenitive) + " "));
    std::vector<std::string> words = words_of(lex_, head);
    if (!words.empty()) role_words_.insert(words.back());
  };
  for (const auto& r : profile.role_nouns()) add_role(r);
  // Acronym titles ("CEO") title a person; they head no description.
  for (const auto& w : lex_.words(WordClass::kTitleAcronyms)) role_words_.insert(w);
  for (const CueEntry& c : profile.cues())
    for (const auto& f : c.forms)
      if (f.find(' ') == std::string::npos) cue_forms_.insert(ascii_lower(f));
  // Institutions head speaker descriptions ("the foreign ministry said") but are no titles.
  for (const auto& n : profile.institution_nouns()) {
    role_nouns_.insert(ascii_lower(n));
    std::vector<std::string> words = words_of(lex_, ascii_lower(n));
    if (!words.empty()) institution_words_.insert(words.back());
  }
  for (const SpeakerEntry& s : profile.speakers())
    for (const auto& t : s.titles) add_role(t);
  for (const SpeakerEntry& s : profile.speakers()) {
    std::vector<std::string> group;
    for (const auto& a : s.affiliations) group.push_back(ascii_lower(a));
    for (const auto& a : group) {
      auto& g = affiliation_groups_[a];
      for (const auto& b : group)
        if (std::find(g.begin(), g.end(), b) == g.end()) g.push_back(b);
    }
  }

  // {SPEAKER}: a role-noun phrase (optionally followed by a name), a name, or a pronoun.
  std::vector<std::string> roles(role_nouns_.begin(), role_nouns_.end());
  std::sort(roles.begin(), roles.end());
  // Either case for the first letter of each word: "the Secretary", "Foreign Minister".
  const std::string role_alt = roles.empty() ? std::string() : trie_alternation(roles, /*either_case=*/true);
  const std::string upper = "(?:[A-Z]|[\\xC3-\\xC5][\\x80-\\xBF])";
  const std::string wordch = "(?:[A-Za-z0-9'-]|\\xE2\\x80\\x99|[\\xC3-\\xC9][\\x80-\\xBF])";
  // A capitalised word; a period belongs to it inside an abbreviation ("U.S."), after an
  // initial ("J.") or a title abbreviation ("Gen."), never at the end of a sentence.
  const std::string capword = "(?:(?:" + alternation(lex_.words(WordClass::kAbbrevMentionTitles), true, false) +
                              ")\\.|" + upper + "(?:" + wordch + "|\\.(?=[A-Za-z]))*(?:(?<=\\b[A-Z])\\.)?)";
  // A name never starts with a capitalised function word ("The", "His", "However").
  std::vector<std::string> fw;
  for (std::string w : lex_.words(WordClass::kNotNameWords)) {
    w[0] = static_cast<char>(w[0] - 'a' + 'A');
    fw.push_back(std::move(w));
  }
  std::sort(fw.begin(), fw.end());
  const std::string not_function = "(?!" + trie_alternation(fw) + "\\b)";
  // A generational suffix ends the name, after a comma or not, with its period: "Tom Roe, Jr.",
  // "Tom Roe Jr. said" ("Jr", "III": capitalised or in capitals, as the pack lists them).
  std::vector<std::string> suffixes;
  for (std::string w : lex_.words(WordClass::kNameSuffixes)) {
    while (!w.empty() && w.back() == '.') w.pop_back();
    if (w.empty() || w.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) continue;
    std::string upper_form = w;
    for (char& ch : upper_form) ch = static_cast<char>(ch - 'a' + 'A');
    std::string cap_form = w;
    cap_form[0] = upper_form[0];
    for (const std::string& f : {cap_form, upper_form})
      if (std::find(suffixes.begin(), suffixes.end(), f) == suffixes.end()) suffixes.push_back(f);
  }
  std::sort(suffixes.begin(), suffixes.end());
  const std::string suffix =
      suffixes.empty() ? std::string() : "(?:,?\\s+(?:" + trie_alternation(suffixes) + ")\\b\\.?)?";
  const std::string name = not_function + capword +
                           "(?:\\s+(?:(?:" + alternation(lex_.words(WordClass::kMentionParticles), false, false) +
                           ")\\s+)?" + capword + ")*" + suffix;
  const std::string det = "(?:" + alternation(lex_.words(WordClass::kMentionDeterminers), false, true) + ")";
  // Modifiers of a role noun may be abbreviations: "U.N. spokesman Jose Diaz".
  const std::string role =
      "(?:" + det + "\\s+)?(?:(?:" + wordch + "|\\.)+\\s+){0,3}?(?:" + role_alt + ")\\b(?:\\s+" + name + ")?";
  mention_regex_ = "(?:" + (role_alt.empty() ? std::string() : role + "|") + "(?:the\\s+)?" + name +
                   "|\\b(?:[Hh]e|[Ss]he|[Tt]hey|One|Another)\\b)";
}

std::size_t SpeakerModel::role_suffix(const std::vector<std::string>& words) const {
  for (std::size_t n = std::min<std::size_t>(words.size(), 4); n > 0; --n) {
    std::string phrase;
    for (std::size_t k = words.size() - n; k < words.size(); ++k) {
      if (!phrase.empty()) phrase += ' ';
      phrase += words[k];
    }
    if (role_nouns_.count(phrase)) return n;
  }
  return 0;
}

const std::vector<std::string>* SpeakerModel::affiliation_group(const std::string& lower) const {
  auto it = affiliation_groups_.find(lower);
  return it == affiliation_groups_.end() ? nullptr : &it->second;
}

// ---------------------------------------------------------------- Discourse

namespace {
// A run of words, read in place.
struct WordView {
  const Word* first = nullptr;
  std::size_t n = 0;
  const Word& operator[](std::size_t i) const { return first[i]; }
  std::size_t size() const { return n; }
  const Word* begin() const { return first; }
  const Word* end() const { return first + n; }
};

// The capitalised run from toks[from] is followed by an acronym in brackets: an organisation's
// name ("the World Health Organization (WHO)"), not a department and a person's name.
bool acronym_after(std::string_view text, WordView toks, std::size_t from) {
  std::size_t j = from;
  while (j + 1 < toks.size() && toks[j + 1].capitalized &&
         text.substr(toks[j].span.end, toks[j + 1].span.begin - toks[j].span.end) == " ")
    ++j;
  const std::size_t after = skip_space(text, toks[j].span.end, text.size());
  return after < text.size() && text[after] == '(' && j + 1 < toks.size() && toks[j + 1].all_caps;
}
}  // namespace

Discourse::Discourse(const SpeakerModel& model, const Document& doc)
    : model_(model), text_(doc.text()), entities_(model.profile_entities()) {
  // The words of each paragraph, once: every later look reads them by index.
  for (const Paragraph& p : doc.paragraphs()) {
    const std::size_t first = words_.size();
    if (p.first_sentence < p.end_sentence) {
      const std::size_t b = doc.sentences()[p.first_sentence].first_token;
      const std::size_t e = doc.sentences()[p.end_sentence - 1].end_token;
      std::vector<Word> w = words_of_tokens(text_, doc.tokens(), b, e, lex());
      words_.insert(words_.end(), std::make_move_iterator(w.begin()), std::make_move_iterator(w.end()));
    }
    paragraph_words_.emplace_back(first, words_.size());
  }
  // How the text spells its capitalised words, for names in capitals; a possessive ending is no
  // part of the word's spelling ("Hagerty" of "Ambassador Hagerty's Speech").
  for (const Word& w : words_)
    if (w.capitalized && !w.all_caps && w.lower.size() > 1)
      spelling_.emplace(w.lower, text_.substr(w.span.begin, w.stem_end - w.span.begin));
  for (std::size_t j = 1; j < words_.size(); ++j)  // "… Commission (CPSC)": where bodies give their acronyms
    if (words_[j].all_caps && words_[j].lower.size() >= 3 &&
        text_.substr(words_[j - 1].span.end, words_[j].span.begin - words_[j - 1].span.end) == " (")
      bracketed_acronyms_.push_back(j);
  for (std::size_t ei = 0; ei < entities_.size(); ++ei) index_aliases(static_cast<int>(ei), 0);
  discover(doc.paragraph_spans());
}

std::pair<std::size_t, std::size_t> Discourse::words_in(Span range) const noexcept {
  auto first = std::lower_bound(words_.begin(), words_.end(), range.begin,
                                [](const Word& w, std::size_t p) { return w.span.begin < p; });
  auto last = first;
  while (last != words_.end() && last->stem_end <= range.end) ++last;
  return {static_cast<std::size_t>(first - words_.begin()), static_cast<std::size_t>(last - words_.begin())};
}

// The words of a mention: those whose stem lies inside it, cut at its end ("Putin" of "Putin's").
std::vector<Word> Discourse::words_at(Span range) const {
  const auto r = words_in(range);
  std::vector<Word> out(words_.begin() + static_cast<long>(r.first), words_.begin() + static_cast<long>(r.second));
  for (Word& w : out)
    if (w.span.end > range.end) w.span.end = w.stem_end;
  return out;
}

int Discourse::find_by_tokens(const std::vector<std::string>& words, bool* partial, std::size_t* match_end,
                              std::size_t* match_len) const {
  // The entity with the longest alias that occurs as a contiguous run of `words`.
  int best = -1;
  std::size_t best_len = 0, best_end = 0;
  for (std::size_t k = 0; k < words.size(); ++k) {
    auto it = by_first_word_.find(words[k]);
    if (it == by_first_word_.end()) continue;
    for (const auto& [ei, ai] : it->second) {
      const auto& alias = entities_[static_cast<std::size_t>(ei)].aliases[ai];
      // The longest alias wins; of two as long, the later one, the head of the phrase
      // ("Minister Hamada … Secretary Austin" names Austin).
      if (alias.size() < best_len || k + alias.size() > words.size()) continue;
      // Of two as long at the same place, an entity the text names beats one it never names.
      if (alias.size() == best_len && k + alias.size() < best_end) continue;
      if (alias.size() == best_len && k + alias.size() == best_end && (best == ei || named(best) || !named(ei)))
        continue;
      if (std::equal(alias.begin(), alias.end(), words.begin() + static_cast<long>(k))) {
        best = ei;
        best_len = alias.size();
        best_end = k + alias.size();
      }
    }
  }
  if (partial) *partial = best >= 0 && best_len < words.size();
  if (match_end) *match_end = best_end;
  if (match_len) *match_len = best_len;
  return best;
}

int Discourse::find_person(const std::vector<std::string>& words) const {
  bool partial = false;
  std::size_t end = 0, len = 0;
  const int known = find_by_tokens(words, &partial, &end, &len);
  if (known < 0 || !partial || len >= 2 || entities_[static_cast<std::size_t>(known)].institution) return known;
  // One known word inside a longer name: the same person only when the other words are initials
  // or suffixes ("Lloyd J. Austin III" for "Austin"), or the whole is close to a full name of his.
  bool only_initials = true;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (k + len == end) continue;
    const std::string& w = words[k];
    only_initials = only_initials && ((w.size() == 2 && w[1] == '.') || lex().is(WordClass::kNameSuffixes, w));
  }
  if (only_initials) return known;
  std::string matched;
  return fuzzy(words, &matched) == known ? known : -1;
}

Span Discourse::named_next(std::size_t pos, bool subject, std::uint32_t sentences) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                             [](const Word& w, std::size_t p) { return w.span.begin < p; });
  if (it == words_.end()) return {};
  const std::size_t first = static_cast<std::size_t>(it - words_.begin());
  const std::uint32_t last_sentence = words_[first].sentence + sentences;
  auto name_word = [&](const Word& w) {
    return w.capitalized && !w.all_caps && w.tag == Tag::NNP && !w.in(WordClass::kNotNameWords) &&
           !model_.is_role_word(w.lower) && !model_.is_affiliation(w.lower) && !is_title_abbreviation(lex(), w.lower);
  };
  // A name starts after its titles ("Army Gen. Jane Roe"), not inside a longer name.
  for (std::size_t i = first; i < words_.size() && words_[i].sentence <= last_sentence; ++i) {
    if (!name_word(words_[i]) || (i > 0 && joined(i - 1) && name_word(words_[i - 1]))) continue;
    std::size_t j = i + 1;
    while (j < words_.size() && j - i < 4 && joined(j - 1) && name_word(words_[j])) ++j;
    if (j - i < 2 || j - i > 3) continue;
    // Followed by a verb of speech or a cue of the profile: "… Jane Roe said", "Jane Roe added".
    const bool opens = subject && (i == 0 || words_[i - 1].sentence != words_[i].sentence) && j < words_.size() &&
                       is_verb(words_[j].tag);
    // Or inverted after a quotation: "“…,” said Dr. Jane Roe, the deputy secretary".
    std::size_t t = i;
    while (t > first && i - t < 3 &&
           (model_.is_role_word(words_[t - 1].lower) || is_title_abbreviation(lex(), words_[t - 1].lower)))
      --t;
    auto speech_verb = [&](const Word& w) { return w.in(WordClass::kSpeechVerbForms) || model_.is_cue_form(w.lower); };
    // A long title with its department between the verb and the name ("said Chief of the Defence
    // Staff Canadian Army Gen. Jane Roe"): capitalised words and the department's "of the", one of
    // them a title.
    if (t > first && !speech_verb(words_[t - 1])) {
      std::size_t l = t;
      bool title = false;
      while (l > first && t - l < 8 && joined(l - 1) &&
             (words_[l - 1].capitalized || words_[l - 1].lower == role_word(WordRole::kGenitive) ||
              words_[l - 1].lower == role_word(WordRole::kDefiniteArticle)) &&
             !speech_verb(words_[l - 1])) {
        --l;
        title = title || model_.is_role_word(words_[l].lower) || is_title_abbreviation(lex(), words_[l].lower);
      }
      if (title && l > first && words_[l].capitalized && speech_verb(words_[l - 1])) t = l;
    }
    const bool inverted = t > first && words_[t - 1].sentence == words_[i].sentence && speech_verb(words_[t - 1]) &&
                          (j >= words_.size() || words_[j].sentence != words_[i].sentence ||
                           text_.substr(words_[j - 1].span.end, 1) == ",");
    if (inverted && words_[j - 1].stem_end == words_[j - 1].span.end) {
      std::vector<std::string> lower;
      for (std::size_t m = i; m < j; ++m) lower.push_back(words_[m].lower);
      if (!model_.institution_head(lower)) return {words_[i].span.begin, words_[j - 1].span.end};
    }
    if (j >= words_.size() || !joined(j - 1)) continue;
    // One adverb may stand between the name and its verb: "Jane Roe later added".
    const std::size_t v =
        j + 1 < words_.size() && is_adverb(words_[j].tag) && !words_[j].capitalized && joined(j) &&
                (words_[j + 1].in(WordClass::kSpeechVerbForms) || model_.is_cue_form(words_[j + 1].lower))
            ? j + 1
            : j;
    if (!(opens || words_[v].in(WordClass::kSpeechVerbForms) || model_.is_cue_form(words_[v].lower)) ||
        words_[j - 1].stem_end != words_[j - 1].span.end)
      continue;
    std::vector<std::string> lower;
    for (std::size_t m = i; m < j; ++m) lower.push_back(words_[m].lower);
    if (model_.institution_head(lower)) continue;
    return {words_[i].span.begin, words_[j - 1].span.end};
  }
  return {};
}

bool Discourse::joined(std::size_t i) const {
  return i + 1 < words_.size() && words_[i].sentence == words_[i + 1].sentence &&
         text_.substr(words_[i].span.end, words_[i + 1].span.begin - words_[i].span.end) == " ";
}

std::size_t Discourse::members_possessive_start(std::size_t b) const {
  if (b == 0 || b >= words_.size() || !words_[b].capitalized) return b;
  const Word& p = words_[b - 1];
  if (!p.capitalized || p.all_caps || p.sentence != words_[b].sentence || p.stem_end != p.span.end) return b;
  const std::string_view gap = text_.substr(p.span.end, words_[b].span.begin - p.span.end);
  if (gap != "' " && gap != "\xE2\x80\x99 ") return b;
  // The possessor is a plural noun of members ("Dockers'"), or a compound ending in one
  // ("Steelworkers'"); a place's or a person's possessive ("the Netherlands'") is none.
  bool members = p.in(WordClass::kMemberGroupNouns);
  for (const std::string& w : lex().words(WordClass::kMemberGroupNouns))
    members =
        members || (p.lower.size() >= w.size() + 3 && p.lower.compare(p.lower.size() - w.size(), w.size(), w) == 0);
  if (!members) return b;
  std::size_t first = b - 1;
  while (first > 0 && joined(first - 1) && words_[first - 1].capitalized && !words_[first - 1].all_caps &&
         !words_[first - 1].in(WordClass::kNotNameWords) && words_[first - 1].stem_end == words_[first - 1].span.end &&
         is_proper_noun(words_[first - 1].tag))
    --first;
  return first;
}

std::string Discourse::indefinite_subject_before(const std::vector<Word>& toks, std::size_t back_from) const {
  if (toks.size() != 1) return {};
  auto at = std::lower_bound(words_.begin(), words_.end(), toks.front().span.begin,
                             [](const Word& w, std::size_t p) { return w.span.begin < p; });
  if (at == words_.end() || at->span.begin != toks.front().span.begin || at == words_.begin()) return {};
  // The pronoun, or the quotation it follows in its sentence ("Most trains will run, he said"),
  // opens its sentence, and the sentence before is in the same paragraph.
  auto from = std::lower_bound(words_.begin(), words_.end(), back_from,
                               [](const Word& w, std::size_t p) { return w.span.begin < p; });
  if (from == words_.begin() || from > at || from->sentence != at->sentence) return {};
  const std::size_t self = static_cast<std::size_t>(from - words_.begin());
  if (words_[self - 1].sentence + 1 != words_[self].sentence) return {};
  bool same_paragraph = false;
  for (const auto& [pf, pe] : paragraph_words_) same_paragraph = same_paragraph || (pf < self && self < pe);
  if (!same_paragraph) return {};
  std::size_t b = self - 1;
  while (b > 0 && words_[b - 1].sentence == words_[self - 1].sentence) --b;
  if (!words_[b].in(WordClass::kIndefiniteArticles)) return {};
  // Its subject: the article, lower-case modifiers and a role noun ("a rebel commander").
  std::size_t e = b + 1;
  std::vector<std::string> run;
  while (e < self && e - b <= 4 && !words_[e].capitalized && joined(e - 1) &&
         (is_noun(words_[e].tag) || is_adjective(words_[e].tag))) {
    run.push_back(words_[e].lower);
    ++e;
  }
  if (run.empty() || model_.role_suffix(run) == 0 || model_.institution_head(run)) return {};
  // No one else named since (a body the description speaks for aside: "a spokeswoman for Acme").
  for (const Event& ev : events_)
    if (ev.pos >= words_[b].span.begin && ev.pos < toks.front().span.begin &&
        (ev.entity < 0 || !entities_[static_cast<std::size_t>(ev.entity)].institution))
      return {};
  std::string out;
  for (const auto& w : run) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string Discourse::plural_subject_before(const Word& pronoun) const {
  auto at = std::lower_bound(words_.begin(), words_.end(), pronoun.span.begin,
                             [](const Word& w, std::size_t p) { return w.span.begin < p; });
  if (at == words_.end() || at->span.begin != pronoun.span.begin || at == words_.begin()) return {};
  const std::size_t self = static_cast<std::size_t>(at - words_.begin());
  // Joined by "and" to the clause before: ", and they".
  if (words_[self - 1].lower != role_word(WordRole::kConjunctionAnd) || words_[self - 1].sentence != at->sentence)
    return {};
  std::size_t b = self - 1;
  while (b > 0 && words_[b - 1].sentence == at->sentence) --b;
  for (std::size_t h = b; h + 1 < self - 1; ++h) {
    const Word& w = words_[h];
    if (w.capitalized || w.lower.size() < 4 || w.lower.back() != 's' || w.stem_end != w.span.end) continue;
    const std::string singular = w.lower.substr(0, w.lower.size() - 1);
    if (!model_.is_role_word(singular) || model_.institution_head({singular})) continue;
    // It opens the sentence or follows a comma (after a fronted phrase), and no article or
    // possessive precedes it: a subject of its own ("heads of delegation", "analysts").
    if (h > b && text_.substr(words_[h - 1].span.end, w.span.begin - words_[h - 1].span.end) != ", ") continue;
    // Its verb next, or after "of" and one or two lower-case words ("heads of delegation discussed").
    std::size_t v = h + 1;
    if (v < self && words_[v].lower == role_word(WordRole::kGenitive)) {
      v += 1;
      while (v < self && v - h <= 3 && !words_[v].capitalized && is_noun(words_[v].tag)) ++v;
    }
    if (v >= self - 1 || !joined(v - 1) || !(words_[v].tag == Tag::VBD || words_[v].tag == Tag::VBP)) return {};
    // No one named between the subject and the pronoun (nor a capitalised word that may name one).
    for (std::size_t m = v + 1; m + 1 < self; ++m)
      if (words_[m].capitalized) return {};
    for (const Event& ev : events_)
      if (ev.pos >= w.span.begin && ev.pos < pronoun.span.begin) return {};
    return std::string(w.span.in(text_));
  }
  return {};
}

bool Discourse::sentence_initial(const Word& w) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), w.span.begin,
                             [](const Word& x, std::size_t p) { return x.span.begin < p; });
  return it == words_.begin() || std::prev(it)->sentence != w.sentence;
}

bool Discourse::common_noun_modifier(const Word& w) const {
  if (!w.capitalized || w.all_caps || !sentence_initial(w)) return false;
  const auto at = std::lower_bound(words_.begin(), words_.end(), w.span.begin,
                                   [](const Word& x, std::size_t p) { return x.span.begin < p; });
  const std::size_t i = static_cast<std::size_t>(at - words_.begin());
  if (i >= words_.size() || !joined(i) || words_[i + 1].capitalized ||
      (words_[i + 1].tag != Tag::NN && words_[i + 1].tag != Tag::NNS))
    return false;
  for (const Word& x : words_)
    if (x.lower == w.lower && !x.capitalized) return true;
  return false;
}

bool Discourse::not_name_start(const Word& w) const {
  if (w.in(WordClass::kMonths) || w.tag == Tag::CD) return true;  // "March said", "Seventy-eight said"
  // Capitalised only because it opens its sentence: "Thanked Smith", "Separately Smith"; a
  // known name stays one whatever its tag ("Beijing" read as a participle).
  return (w.tag == Tag::VBD || w.tag == Tag::VBN || w.tag == Tag::VBG || is_adverb(w.tag)) && sentence_initial(w) &&
         by_first_word_.count(w.lower) == 0;
}

// How many words back a later mention of a body looks for the body named in full.
constexpr std::size_t kBodyLookBack = 600;

// Whether word w is inside a Title Case headline (whose runs name no body by themselves).
bool Discourse::in_headline(std::size_t w) const {
  for (const auto& [first, last] : headlines_)
    if (w >= first && w < last) return true;
  return false;
}

std::string Discourse::earlier_body(const std::string& head, std::size_t pos) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                             [](const Word& w, std::size_t p) { return w.span.begin < p; });
  const std::size_t stop = static_cast<std::size_t>(it - words_.begin());
  auto name_word = [&](const Word& w) {
    return w.capitalized && !w.in(WordClass::kNotNameWords) && w.stem_end == w.span.end;
  };
  for (std::size_t h = stop, n = 0; h-- > 0 && n < kBodyLookBack; ++n) {
    if (words_[h].lower != head || !words_[h].capitalized || words_[h].stem_end < words_[h].span.end) continue;
    if (h + 1 < words_.size() && joined(h) && words_[h + 1].capitalized) continue;  // a modifier: "Service Chief"
    if (in_headline(h)) continue;
    std::size_t b = h;
    while (b > 0 && joined(b - 1)) {
      const Word& w = words_[b - 1];
      const bool joiner = !w.capitalized && w.in(WordClass::kInstitutionJoiners) &&
                          w.lower != role_word(WordRole::kDefiniteArticle) && b >= 2 && joined(b - 2) &&
                          name_word(words_[b - 2]);
      if (!name_word(w) && !joiner) break;
      --b;
    }
    b = members_possessive_start(b);
    if (b == h) continue;
    // "in Peru", "of Commerce in Ecuador": the rest of the name as the text introduced it.
    bool listed = false;
    const std::size_t e = body_name_end(b, h + 1, &listed);
    if (e > h + 1 && e <= stop) return body_name_text(b, e, listed);
    return std::string(text_.substr(words_[b].span.begin, words_[h].stem_end - words_[b].span.begin));
  }
  return {};
}

std::string Discourse::earlier_institution(const std::vector<std::string>& core, std::size_t pos) const {
  const std::string& head = core.back();
  auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                             [](const Word& w, std::size_t p) { return w.span.begin < p; });
  const std::size_t stop = static_cast<std::size_t>(it - words_.begin());
  for (std::size_t h = stop, n = 0; h-- > 0 && n < kBodyLookBack; ++n) {
    if (words_[h].lower != head || !words_[h].capitalized) continue;
    // A Title Case headline capitalises every noun ("… Return Triggers Media Warning …"): its
    // runs name no body unless the text names it so elsewhere.
    if (in_headline(h)) continue;
    std::size_t b = h, e = h + 1;
    while (b > 0 && joined(b - 1) && words_[b - 1].capitalized && !words_[b - 1].in(WordClass::kNotNameWords) &&
           words_[b - 1].stem_end == words_[b - 1].span.end)
      --b;
    b = members_possessive_start(b);
    // "of Peru", "on International Religious Freedom", "of Water, Sanitation and Irrigation": the
    // rest of the name, as far as the text introduces it.
    bool listed = false;
    e = body_name_end(b, e, &listed);
    if (e > stop) {
      e = h + 1;
      listed = false;
    }
    if (b == h && e == h + 1) continue;  // the bare noun capitalised
    // The mention's own modifiers ("the foreign ministry") are words of the name.
    bool agree = true;
    for (std::size_t m = 0; m + 1 < core.size(); ++m) {
      bool found = false;
      for (std::size_t x = b; x < e && !found; ++x) found = words_[x].lower == core[m];
      agree = agree && found;
    }
    if (agree) return body_name_text(b, e, listed);
  }
  return {};
}

std::string Discourse::later_institution(const std::string& head, std::size_t pos) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                             [](const Word& w, std::size_t p) { return w.span.begin < p; });
  if (it == words_.end()) return {};
  const std::size_t from = static_cast<std::size_t>(it - words_.begin());
  for (std::size_t h = from + 1; h < words_.size() && words_[h].sentence <= words_[from].sentence + 1; ++h) {
    if (words_[h].lower != head || !words_[h].capitalized || in_headline(h)) continue;
    std::size_t b = h;
    for (;;) {
      if (b > from + 1 && joined(b - 1) && words_[b - 1].capitalized && !words_[b - 1].in(WordClass::kNotNameWords) &&
          words_[b - 1].stem_end == words_[b - 1].span.end) {
        --b;
        continue;
      }
      const std::size_t members = members_possessive_start(b);  // "Trawler Owners' Association"
      if (members < b && members > from) {
        b = members;
        continue;
      }
      break;
    }
    if (b == h) continue;
    bool listed = false;
    return body_name_text(b, body_name_end(b, h + 1, &listed), listed);
  }
  return {};
}

std::string Discourse::earlier_described_body(const std::string& head, std::size_t pos) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                             [](const Word& w, std::size_t p) { return w.span.begin < p; });
  const std::size_t stop = static_cast<std::size_t>(it - words_.begin());
  for (std::size_t h = stop, n = 0; h-- > 0 && n < kBodyLookBack; ++n) {
    if (words_[h].lower != head || words_[h].capitalized || words_[h].stem_end != words_[h].span.end) continue;
    if (joined(h) && is_noun(words_[h + 1].tag)) continue;  // "a board member": a modifier, no head
    // Its article, up to three modifiers before the head ("A special court", "an appeals court").
    std::size_t b = h;
    while (b > 0 && h - b < 4 && joined(b - 1) && !words_[b - 1].in(WordClass::kIndefiniteArticles) &&
           (is_adjective(words_[b - 1].tag) || is_noun(words_[b - 1].tag) || words_[b - 1].tag == Tag::CD))
      --b;
    if (b == 0 || !joined(b - 1) || (!words_[b - 1].in(WordClass::kIndefiniteArticles))) continue;
    // "in The Hague", "of Appeals": a place or a name after a preposition belongs to the description.
    std::size_t e = h + 1;
    if (e + 1 < stop && joined(e - 1) && joined(e) && (words_[e].tag == Tag::IN) && words_[e + 1].capitalized) {
      e += 2;
      while (e < stop && joined(e - 1) && words_[e].capitalized) ++e;
    }
    // "Coastal Watch, an environmental group, welcomed …": the body named before the description.
    std::string apposed = apposed_to(b - 1, e);
    if (!apposed.empty()) return apposed;
    return std::string(text_.substr(words_[b].span.begin, words_[e - 1].stem_end - words_[b].span.begin));
  }
  return {};
}

std::string Discourse::earlier_proper_description(const std::string& head, std::size_t pos) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                             [](const Word& w, std::size_t p) { return w.span.begin < p; });
  for (std::size_t h = static_cast<std::size_t>(it - words_.begin()), n = 0; h-- > 0 && n < kBodyLookBack; ++n) {
    if (words_[h].lower != head || words_[h].capitalized || words_[h].stem_end != words_[h].span.end) continue;
    // One to three capitalised modifiers right before it, after a determiner ("the U.S.
    // Congressional delegation"), none opening the sentence.
    std::size_t b = h;
    while (b > 0 && h - b < 3 && joined(b - 1) && words_[b - 1].capitalized &&
           !words_[b - 1].in(WordClass::kNotNameWords) && !model_.is_role_word(words_[b - 1].lower) &&
           words_[b - 1].stem_end == words_[b - 1].span.end)
      --b;
    if (b == h || b == 0 || !joined(b - 1) || !words_[b - 1].in(WordClass::kDeterminers)) continue;
    return std::string(text_.substr(words_[b].span.begin, words_[h].stem_end - words_[b].span.begin));
  }
  return {};
}

std::string Discourse::apposed_to(std::size_t article, std::size_t end) const {
  const std::size_t d = article;
  if (d == 0 || end >= words_.size() || end <= d || words_[d - 1].sentence != words_[d].sentence ||
      text_.substr(words_[d - 1].span.end, words_[d].span.begin - words_[d - 1].span.end) != ", " ||
      words_[end].sentence != words_[d].sentence ||
      text_.substr(words_[end - 1].span.end, words_[end].span.begin - words_[end - 1].span.end) != ", ")
    return {};
  std::size_t f = d - 1;
  while (f > 0 && d - f < 5 && joined(f - 1) && words_[f - 1].capitalized &&
         words_[f - 1].stem_end == words_[f - 1].span.end)
    --f;
  // Capitalised words that open their sentence or follow a lower-case word: a name of its own,
  // no title and no person's title before it.
  bool proper = f == 0 || words_[f - 1].sentence != words_[f].sentence || !words_[f - 1].capitalized;
  for (std::size_t m = f; m < d && proper; ++m)
    proper = words_[m].capitalized && !words_[m].all_caps && !words_[m].in(WordClass::kNotNameWords) &&
             words_[m].stem_end == words_[m].span.end && !model_.is_role_word(words_[m].lower) &&
             !is_title_abbreviation(lex(), words_[m].lower);
  if (!proper) return {};
  return std::string(text_.substr(words_[f].span.begin, words_[d - 1].span.end - words_[f].span.begin));
}

int Discourse::alias_at(const Word* toks, std::size_t n, std::size_t i, std::size_t* len) const {
  auto found = by_first_word_.find(toks[i].lower);
  if (found == by_first_word_.end()) return -1;
  int best = -1;
  std::size_t best_len = 0;
  for (const auto& [ei, ai] : found->second) {
    const auto& alias = entities_[static_cast<std::size_t>(ei)].aliases[ai];
    if (i + alias.size() > n || alias.size() < best_len) continue;
    // Of two as long, a person of the text beats a profile entity.
    if (alias.size() == best_len && (best == ei || entities_[static_cast<std::size_t>(ei)].from_profile ||
                                     !entities_[static_cast<std::size_t>(best)].from_profile))
      continue;
    bool eq = true;
    for (std::size_t k = 1; k < alias.size() && eq; ++k) eq = toks[i + k].lower == alias[k];
    if (!eq) continue;
    best = ei;
    best_len = alias.size();
  }
  *len = best_len;
  return best;
}

void Discourse::index_aliases(int entity, std::size_t from) {
  const auto& aliases = entities_[static_cast<std::size_t>(entity)].aliases;
  for (std::size_t ai = from; ai < aliases.size(); ++ai)
    if (!aliases[ai].empty()) by_first_word_[aliases[ai][0]].emplace_back(entity, ai);
}

int Discourse::adopt(Span mention) {
  const auto r = words_in(mention);
  const std::size_t n = r.second - r.first;
  if (n < 2 || n > 4) return -1;
  std::vector<const Word*> name;
  for (std::size_t k = r.first; k < r.second; ++k) {
    const Word& w = words_[k];
    // A surname's lower-case particles: "bin Khalid said", "van der Laan said".
    if (!w.capitalized && k + 1 < r.second && w.lower != role_word(WordRole::kGenitive) &&
        w.in(WordClass::kNameParticles)) {
      name.push_back(&w);
      continue;
    }
    if (!w.capitalized || w.all_caps || model_.is_role_word(w.lower) || model_.is_affiliation(w.lower) ||
        w.in(WordClass::kNotNameWords) || w.in(WordClass::kMonths) || (w.tag != Tag::NNP && w.tag != Tag::NNPS))
      return -1;
    name.push_back(&w);
  }
  if (model_.institution_head({name.back()->lower})) return -1;
  return register_person(name, {}, {}, "");
}

void Discourse::discover_delayed_leads() {
  for (std::size_t h = 1; h < words_.size(); ++h) {
    const Word& role = words_[h];
    // "The ROLE of …" opening its sentence.
    if (role.capitalized || !model_.is_role_word(role.lower) || !joined(h - 1) ||
        words_[h - 1].lower != role_word(WordRole::kDefiniteArticle) ||
        (h >= 2 && words_[h - 2].sentence == role.sentence) || h + 1 >= words_.size() ||
        words_[h + 1].lower != role_word(WordRole::kGenitive))
      continue;
    bool held = false;
    for (const Entity& e : entities_)
      held = held || (!e.from_profile && e.titles.count(role.lower) &&
                      (!e.former_titles.count(role.lower) || e.current_titles.count(role.lower)));
    if (held) continue;
    const Span next = named_next(role.span.end, true);
    if (next.empty()) continue;
    std::vector<const Word*> name;
    for (std::size_t k = h + 1; k < words_.size() && words_[k].span.begin < next.end; ++k)
      if (words_[k].span.begin >= next.begin) name.push_back(&words_[k]);
    if (name.size() < 2) continue;
    const int who = register_person(name, {role.lower}, {}, role.lower);
    entities_[static_cast<std::size_t>(who)].current_titles.insert(role.lower);
  }
}

// The name as written, word by word ("President [Joe] Biden" gives "Joe Biden"), a suffix with
// its comma ("Tom Roe, Jr.").
std::string Discourse::name_as_written(const std::vector<const Word*>& name) const {
  // Written in capitals: every word that has two letters or more (not "J.", not a suffix).
  bool capitals = false, mixed = false;
  for (const Word* t : name) {
    if (t->in(WordClass::kNameSuffixes) || is_initial(t->lower)) continue;
    (t->all_caps ? capitals : mixed) = true;
  }
  std::string out;
  for (std::size_t k = 0; k < name.size(); ++k) {
    const Word* t = name[k];
    if (k > 0) out += text_.substr(name[k - 1]->span.end, t->span.begin - name[k - 1]->span.end) == ", " ? ", " : " ";
    // The last word without its possessive ("III" of "III’s"); "Jr." keeps its period.
    const bool last = k + 1 == name.size();
    out += text_.substr(t->span.begin, (last ? t->stem_end : t->span.end) - t->span.begin);
    // "Jr" of "Jr." that the tokenizer split from its period.
    if (k + 1 == name.size() && t->span.end < text_.size() && text_[t->span.end] == '.' &&
        lex().is(WordClass::kNameSuffixes, t->lower + "."))
      out += '.';
  }
  return capitals && !mixed ? name_case(out) : out;
}

bool Discourse::is_initial(const std::string& lower) { return lower.size() == 2 && lower[1] == '.'; }

// The fullest proper name the text gives is the entity's name: a later form with initials or a
// suffix around the name known so far ("T. Michael Roe, Jr." after "Michael Roe"), or a full name
// after a surname only ("Admiral Jane Roe" after "Admiral Roe"), replaces it; the forms it adds
// are aliases.
void Discourse::fuller_name(int known, const std::vector<const Word*>& name) {
  Entity& e = entities_[static_cast<std::size_t>(known)];
  if (e.from_profile || e.institution || e.aliases.empty()) return;
  const std::vector<std::string> have = *std::max_element(
      e.aliases.begin(), e.aliases.end(), [](const auto& a, const auto& x) { return a.size() < x.size(); });
  if (name.size() <= have.size()) return;
  std::vector<std::string> words;
  words.reserve(name.size());
  for (const Word* t : name) words.push_back(t->lower);
  for (std::size_t b = 0; b + have.size() <= words.size(); ++b) {
    if (!std::equal(have.begin(), have.end(), words.begin() + static_cast<long>(b))) continue;
    bool extra_ok = true;  // before: initials (or a first name before a surname only); after: suffixes
    for (std::size_t k = 0; k < b; ++k)
      extra_ok = extra_ok && (is_initial(words[k]) ||
                              (have.size() == 1 && name[k]->capitalized && !name[k]->in(WordClass::kNotNameWords) &&
                               !name[k]->in(WordClass::kMonths) && !model_.is_role_word(words[k]) &&
                               !model_.is_affiliation(words[k]) && find_by_tokens({words[k]}, nullptr) < 0));
    for (std::size_t k = b + have.size(); k < words.size(); ++k)
      extra_ok = extra_ok && lex().is(WordClass::kNameSuffixes, words[k]);
    if (!extra_ok) return;
    e.name = name_as_written(name);
    const std::size_t from = e.aliases.size();
    for (auto& alias : name_aliases(words))
      if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end())
        e.aliases.push_back(std::move(alias));
    index_aliases(known, from);
    return;
  }
}

// The forms a full name is found by: the name; without its leading initials or its suffixes
// ("Michael Roe" and "T. Michael Roe" of "T. Michael Roe, Jr."); the surname (the last word that
// is not a suffix: "Austin" of "Lloyd J. Austin III"), with its particle ("Van Rompuy"), without
// an "al-" ("Assad"); and for two-word names the first word too ("Hu" of "Hu Jintao": family
// name first).
std::vector<std::vector<std::string>> Discourse::name_aliases(const std::vector<std::string>& words) const {
  std::vector<std::vector<std::string>> out{words};
  std::size_t first = 0, end = words.size();
  while (end > 2 && lex().is(WordClass::kNameSuffixes, words[end - 1])) --end;
  while (end - first > 2 && is_initial(words[first])) ++first;
  for (std::size_t b : {std::size_t{0}, first})
    if ((b > 0 || end < words.size()) && end - b >= 2)
      out.emplace_back(words.begin() + static_cast<long>(b), words.begin() + static_cast<long>(end));
  std::size_t last = words.size();
  while (last > 1 && lex().is(WordClass::kNameSuffixes, words[last - 1])) --last;
  if (words.size() > 1) out.push_back({words[last - 1]});
  std::size_t particle = last - 1;
  while (particle > 1 && lex().is(WordClass::kNameParticles, words[particle - 1]) &&
         words[particle - 1] != role_word(WordRole::kGenitive))
    --particle;
  if (particle < last - 1)
    out.emplace_back(words.begin() + static_cast<long>(particle), words.begin() + static_cast<long>(last));
  const std::string& surname = words[last - 1];
  const std::size_t hyphen = surname.find('-');
  if (hyphen != std::string::npos && lex().is(WordClass::kNameParticles, surname.substr(0, hyphen)))
    out.push_back({surname.substr(hyphen + 1)});
  if (last == 2) out.push_back({words[0]});
  // "Hamad bin Jassim Al Thani": a given name and the father's name after its particle; the given
  // name alone names the person again ("Sheikh Hamad").
  if (last >= 3 && lex().is(WordClass::kPatronymicParticles, words[1])) out.push_back({words[0]});
  return out;
}

// A person the text named by surname only ("Admiral Roe") whom a full name with that surname
// names now ("ADMIRAL JANE ROE:"), or -1.
int Discourse::surname_only(const std::vector<std::string>& words) const {
  std::size_t last = words.size();
  while (last > 1 && lex().is(WordClass::kNameSuffixes, words[last - 1])) --last;
  if (last < 2) return -1;
  for (std::size_t ei = 0; ei < entities_.size(); ++ei) {
    const Entity& e = entities_[ei];
    if (e.from_profile || e.institution || e.gender == Gender::kGroup) continue;
    bool one_word = true, surname = false;
    for (const auto& a : e.aliases) {
      one_word = one_word && a.size() == 1;
      surname = surname || (a.size() == 1 && a[0] == words[last - 1]);
    }
    if (one_word && surname) return static_cast<int>(ei);
  }
  return -1;
}

int Discourse::register_person(const std::vector<const Word*>& name_in, const std::vector<std::string>& titles,
                               const std::vector<std::string>& affiliations, const std::string& title_phrase) {
  // "… of the United States Jane Roe": a country's name after a title's "of" (its article aside)
  // before a name of two words or more places the title; it is no word of the person's name.
  std::vector<const Word*> name = name_in;
  std::size_t place_words = 0;
  const Word* before =
      !name.empty() && name.front() > words_.data() && name.front() < words_.data() + static_cast<long>(words_.size())
          ? name.front() - 1
          : nullptr;
  const Word* of =
      before && before->lower == role_word(WordRole::kDefiniteArticle) && before > words_.data() ? before - 1 : before;
  const bool after_of = of && of->sentence == name.front()->sentence && of->lower == role_word(WordRole::kGenitive) &&
                        !model_.institution_head({name.back()->lower});
  for (const Entity& place : entities_) {
    if (place.country.empty() || !after_of) continue;
    for (const auto& alias : place.aliases)
      if (alias.size() > place_words && alias.size() + 2 <= name.size() &&
          std::equal(alias.begin(), alias.end(), name.begin(),
                     [](const std::string& a, const Word* w) { return w->capitalized && a == w->lower; }))
        place_words = alias.size();
  }
  name.erase(name.begin(), name.begin() + static_cast<long>(place_words));
  std::vector<std::string> words;
  words.reserve(name.size());
  for (const Word* t : name) words.push_back(t->lower);
  int known = find_person(words);
  if (known < 0 && !titles.empty()) known = surname_only(words);  // titled: a person's name for sure
  if (known >= 0) fuller_name(known, name);
  if (known < 0 && words.size() == 1) {
    // "Ghana President Kufor" after "President John Kufuor": a misspelling of a name already
    // introduced is that person, not a new one.
    std::string matched;
    known = fuzzy(words, &matched);
    if (known >= 0) entities_[static_cast<std::size_t>(known)].aliases.push_back(words);  // found again as written
    if (known >= 0) index_aliases(known, entities_[static_cast<std::size_t>(known)].aliases.size() - 1);
  }
  if (known < 0) {
    Entity e;
    e.name = name_as_written(name);
    e.aliases = name_aliases(words);
    entities_.push_back(std::move(e));
    known = static_cast<int>(entities_.size()) - 1;
    index_aliases(known, 0);
  }
  Entity& e = entities_[static_cast<std::size_t>(known)];
  for (const auto& t : titles) {
    e.titles.insert(t);
    // Titles and honorifics that tell gender, for "he" and "she".
    if (e.gender == Gender::kUnknown && lex().is(WordClass::kFemaleTitles, t)) e.gender = Gender::kFemale;
    if (e.gender == Gender::kUnknown && lex().is(WordClass::kMaleTitles, t)) e.gender = Gender::kMale;
  }
  // A given name that tells gender, the first word of a name of two words or more that is no
  // initial ("Carla Ashby", "T. Michael Roe"), before a title's: a woman may be "Chairman".
  if (!e.institution) {
    std::size_t first = 0;
    while (first + 2 < words.size() && is_initial(words[first])) ++first;
    if (first + 1 < words.size()) {
      const bool female = lex().is(WordClass::kFemaleGivenNames, words[first]);
      const bool male = lex().is(WordClass::kMaleGivenNames, words[first]);
      if (female != male)
        e.gender = female ? Gender::kFemale : Gender::kMale;
      else if (male && e.gender == Gender::kUnknown)
        e.gender = Gender::kMale;
    }
  }
  if (!title_phrase.empty() &&
      std::find(e.title_phrases.begin(), e.title_phrases.end(), title_phrase) == e.title_phrases.end())
    e.title_phrases.push_back(title_phrase);
  for (const auto& a : affiliations) {
    e.affiliations.insert(a);
    if (const auto* g = model_.affiliation_group(a)) e.affiliations.insert(g->begin(), g->end());
  }
  return known;
}

void Discourse::discover(const std::vector<Span>& paragraphs) {
  for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const Span p = paragraphs[pi];
    const WordView toks{words_.data() + paragraph_words_[pi].first,
                        paragraph_words_[pi].second - paragraph_words_[pi].first};
    // A headline in Title Case ("President Trump Speaks to North Koreans") capitalises verbs
    // and nouns alike: its runs are no evidence of names.
    // It has no final period, and every lower-case word in it is a function word.
    // (A paragraph ending in a comma or colon is a line of speech: "Prime Minister X: Mr President,".)
    const std::size_t p_end = trim_space_back(text_, p.begin, p.end);
    const char last_char = p_end > p.begin ? text_[p_end - 1] : '.';
    // Words m and m + 1 of the paragraph stand one space apart.
    auto joined_in = [&](WordView w, std::size_t m) {
      return m + 1 < w.size() && text_.substr(w[m].span.end, w[m + 1].span.begin - w[m].span.end) == " ";
    };
    // A preposition that joins a title to its holder's destination ("Ambassador to Senegal").
    // The place is a proper noun, no verb ("Delegation to Promote Trade" is no title).
    auto destination = [&](std::size_t j) {
      if (!toks[j].in(WordClass::kTitleDestinationPrepositions) || j + 1 >= toks.size()) return false;
      const std::size_t place =
          toks[j + 1].lower == role_word(WordRole::kDefiniteArticle) && j + 2 < toks.size() ? j + 2 : j + 1;
      return is_proper_noun(toks[place].tag);
    };
    // The first word of the name that ends at `j` after a title's department or destination,
    // whose first word is `dep` ("Secretary of State X", "Ambassador to Senegal X"): the name is
    // read from the end: suffixes, surname, initials, first name.
    auto department_name_begin = [&](std::size_t dep, std::size_t j) {
      std::size_t b = j;
      while (b > dep + 1 && toks[b - 1].in(WordClass::kNameSuffixes)) --b;
      if (b > dep) --b;                                                                         // surname
      while (b > dep + 1 && toks[b - 1].lower.size() == 2 && toks[b - 1].lower[1] == '.') --b;  // "J."
      if (b > dep + 1) --b;                                                                     // first name
      // A given name before the first name, the department's last word before it: "Deputy
      // Director for Policy and Programs William Perry Pendley" (not "of Virginia Tom Hale").
      // Or a department whose last word is a gerund ("Director for Forecasting Lilian Achieng
      // Onyango"): the three words after it are the name.
      auto gerund = [&](const Word& w) {
        for (const std::string& sfx : lex().words(WordClass::kGerundSuffixes))
          if (w.lower.size() >= sfx.size() + 3 && w.lower.compare(w.lower.size() - sfx.size(), sfx.size(), sfx) == 0)
            return true;
        return false;
      };
      if (b > dep + 1 && toks[b - 2].capitalized &&
          (toks[b - 1].in(WordClass::kMaleGivenNames) || toks[b - 1].in(WordClass::kFemaleGivenNames) ||
           (gerund(toks[b - 2]) && !gerund(toks[b - 1]))))
        --b;
      // Leading initials before the first name: "Chief of Staff Gen. T. Michael Roe".
      while (b > dep + 1 && is_initial(toks[b - 1].lower)) --b;
      return b;
    };
    // A title's portfolio set off by a spaced dash: "Assistant Secretary – Indian Affairs Ann B. Lowe".
    // The run after the dash is a department and a name of two words or more (read from the end as
    // after "of"), the department no given name ("the President – Joe Biden –" is an apposition).
    auto dash_department = [&](std::size_t m, std::size_t end) {
      if (m + 3 > end || !model_.is_role_word(toks[m].lower) || !toks[m + 1].capitalized ||
          model_.is_role_word(toks[m + 1].lower))
        return false;
      const std::string_view gap = text_.substr(toks[m].span.end, toks[m + 1].span.begin - toks[m].span.end);
      if (gap.size() < 3 || gap.front() != ' ' || gap.back() != ' ') return false;
      std::size_t at = 1;
      if (!is_dash(next_cp(gap, at)) || at != gap.size() - 1) return false;
      const std::size_t b = department_name_begin(m + 1, end);
      if (b <= m + 1 || end - b < 2) return false;
      for (std::size_t d = m + 1; d < b; ++d)
        if (toks[d].in(WordClass::kMaleGivenNames) || toks[d].in(WordClass::kFemaleGivenNames) ||
            model_.is_role_word(toks[d].lower))
          return false;
      return true;
    };
    // The document's first line may end in a period ("Ambassador Roe Visits Zarqa to Open a School.").
    bool title_case =
        toks.size() >= 4 && toks.size() <= 25 && (last_char != '.' || pi == 0) && last_char != ',' && last_char != ':';
    // A number is neither ("Roe Appoints 17 Prosecutors").
    for (const Word& t : toks)
      title_case = title_case && (t.capitalized || t.in(WordClass::kNotNameWords) || t.tag == Tag::CD);
    if (title_case) {
      headlines_.push_back(paragraph_words_[pi]);
      // But a capitalised title and two to four capitalised words that a possessive ends are a
      // person's name ("Director Jane A. Roe's Statement on …").
      for (std::size_t m = 1; m < toks.size(); ++m) {
        const std::string_view after = text_.substr(toks[m].span.end, 4);
        const bool apostrophe = after.rfind("' ", 0) == 0 || after.rfind("\xE2\x80\x99 ", 0) == 0;
        if (toks[m].stem_end >= toks[m].span.end && !apostrophe) continue;
        std::size_t b = m + 1;
        // A headline's verb is no word of it ("President Answers Citizens' Questions").
        // Nor is a preposition ("… Ann Roe Regarding Freedonia's Case"): the possessive names a topic.
        while (b > 1 && m + 2 - b <= 4 && toks[b - 2].capitalized && !model_.is_role_word(toks[b - 2].lower) &&
               !toks[b - 2].in(WordClass::kNotNameWords) && !model_.is_cue_form(toks[b - 2].lower) &&
               toks[b - 2].tag != Tag::NNPS &&
               text_.substr(toks[b - 2].span.end, toks[b - 1].span.begin - toks[b - 2].span.end) == " ")
          --b;
        --b;  // the name's first word
        if (b == 0 || m + 1 - b < 2 || toks[m].tag == Tag::NNPS || !toks[b - 1].capitalized ||
            !model_.is_role_word(toks[b - 1].lower) ||
            text_.substr(toks[b - 1].span.end, toks[b].span.begin - toks[b - 1].span.end) != " ")
          continue;
        std::vector<const Word*> name;
        for (std::size_t n = b; n <= m; ++n) name.push_back(&toks[n]);
        register_person(name, {toks[b - 1].lower}, {}, toks[b - 1].lower);
      }
      // "Statement by Chief Safety Officer Ann Roe Regarding …": after a word of the pack's
      // title_speaker_prepositions, capitalised role words and two to four capitalised words that
      // a preposition or the headline's end closes are the person the headline credits.
      // A title's department or destination may stand between ("Statement by U.S. Ambassador to
      // Senegal Jane M. Roe", "Remarks of Secretary of State Ann Lee"): the name is read from the
      // end of the run, as in a sentence.
      for (std::size_t m = 0; m + 3 < toks.size(); ++m) {
        if (!toks[m].in(WordClass::kTitleSpeakerPrepositions)) continue;
        constexpr std::size_t kMostTitleWords = 8;
        std::size_t r = 0;  // the title's last role word
        for (std::size_t n = m + 1; n < toks.size() && n <= m + kMostTitleWords && toks[n].capitalized; ++n)
          if (model_.is_role_word(toks[n].lower)) r = n;
        if (r == 0) continue;
        if (r + 2 < toks.size() && !toks[r + 1].capitalized &&
            (toks[r + 1].lower == role_word(WordRole::kGenitive) ||
             toks[r + 1].lower == role_word(WordRole::kBenefactive) || destination(r + 1))) {
          const std::size_t dep =
              r + 2 + (toks[r + 2].lower == role_word(WordRole::kDefiniteArticle) && r + 3 < toks.size() ? 1 : 0);
          std::size_t e = dep;
          while (e < toks.size() && e < dep + kMostTitleWords && toks[e].capitalized &&
                 !toks[e].in(WordClass::kNotNameWords) && toks[e].stem_end == toks[e].span.end &&
                 (e == dep || joined_in(toks, e - 1)))
            ++e;
          const bool closed = e == toks.size() || toks[e].in(WordClass::kNotNameWords);
          const std::size_t b = department_name_begin(dep, e);
          bool plain = true;  // no word between the preposition and the title but capitalised ones
          for (std::size_t n = m + 1; n < r; ++n) plain = plain && toks[n].capitalized && joined_in(toks, n);
          if (!closed || b <= dep || e - b < 2 || !plain) break;
          std::vector<const Word*> name;
          for (std::size_t n = b; n < e; ++n) name.push_back(&toks[n]);
          const int who = register_person(name, {toks[r].lower}, {}, toks[r].lower);
          std::string whole = toks[r].lower;  // "ambassador to senegal"
          for (std::size_t d = r + 1; d < b; ++d)
            if (toks[d].lower != role_word(WordRole::kDefiniteArticle)) whole.append(" ").append(toks[d].lower);
          auto& held = entities_[static_cast<std::size_t>(who)].department_titles;
          if (std::find(held.begin(), held.end(), whole) == held.end()) held.push_back(whole);
          break;
        }
        std::size_t e = r + 1;
        while (e < toks.size() && e < r + 5 && toks[e].capitalized && !toks[e].in(WordClass::kNotNameWords) &&
               !model_.is_role_word(toks[e].lower) && toks[e].stem_end == toks[e].span.end && joined(e - 1))
          ++e;
        const bool closed = e == toks.size() || toks[e].in(WordClass::kNotNameWords);
        if (!closed || e - r - 1 < 2 || e - r - 1 > 4) break;
        bool plain = true;  // no word between "by" and the title but capitalised ones
        for (std::size_t n = m + 1; n < r; ++n) plain = plain && toks[n].capitalized && joined(n);
        if (!plain) break;
        std::vector<const Word*> name;
        for (std::size_t n = r + 1; n < e; ++n) name.push_back(&toks[n]);
        register_person(name, {toks[r].lower}, {}, toks[r].lower);
        break;
      }
      // And a capitalised title, then a given name and one or two more capitalised words that a
      // word no name holds ends ("Statement by Chief Officer Jane Roe Regarding the Vote"): the
      // name ends where the preposition begins.
      for (std::size_t t = 0; t + 3 < toks.size(); ++t) {
        if (!model_.is_role_word(toks[t].lower) || !joined_in(toks, t) ||
            !(toks[t + 1].in(WordClass::kMaleGivenNames) || toks[t + 1].in(WordClass::kFemaleGivenNames)))
          continue;
        std::size_t e = t + 2;
        while (e < toks.size() && e - t <= 3 && joined_in(toks, e - 1) && toks[e].capitalized &&
               !toks[e].in(WordClass::kNotNameWords) && !model_.is_role_word(toks[e].lower) &&
               !model_.is_cue_form(toks[e].lower) && toks[e - 1].stem_end == toks[e - 1].span.end)
          ++e;
        if (e < toks.size() && toks[e].in(WordClass::kNotNameWords) && e - t >= 3 &&
            toks[e - 1].stem_end == toks[e - 1].span.end) {
          std::vector<const Word*> name;
          for (std::size_t n = t + 1; n < e; ++n) name.push_back(&toks[n]);
          register_person(name, {toks[t].lower}, {}, toks[t].lower);
        }
      }
      continue;
    }
    // A capitalised role word after the "and" at `j` of a title's department, before another
    // "and" or the end of the run: a second title, so a second person.
    auto second_title_after = [&](std::size_t j) {
      for (std::size_t m = j + 1; m < toks.size() && toks[m].lower != role_word(WordRole::kConjunctionAnd); ++m) {
        if (!toks[m].capitalized) {
          if (toks[m].lower == role_word(WordRole::kGenitive) || toks[m].lower == role_word(WordRole::kBenefactive) ||
              toks[m].lower == role_word(WordRole::kDefiniteArticle))
            continue;
          return false;
        }
        if (model_.is_role_word(toks[m].lower)) return true;
      }
      return false;
    };
    // The number of lower-case name particles (two or three, "of" not among them) that begin at
    // `j` and run, separated by single spaces, up to a capitalised word: 0 when there are none.
    auto particle_chain = [&](std::size_t j) -> std::size_t {
      std::size_t n = 0;
      while (
          j + n < toks.size() && n < 3 && !toks[j + n].capitalized &&
          toks[j + n].lower != role_word(WordRole::kGenitive) && toks[j + n].in(WordClass::kNameParticles) &&
          (n == 0 || text_.substr(toks[j + n - 1].span.end, toks[j + n].span.begin - toks[j + n - 1].span.end) == " "))
        ++n;
      if (n < 2 || j + n >= toks.size() || !toks[j + n].capitalized ||
          text_.substr(toks[j + n - 1].span.end, toks[j + n].span.begin - toks[j + n - 1].span.end) != " ")
        return 0;
      return n;
    };
    // Runs of capitalised words (particles allowed inside), separated by white space only.
    std::size_t i = 0;
    // The end of the last run of a list that a plural title opened ("Members Ann Lee, Bo Kim and
    // Cy Roe"): each further name of the list holds that title too. toks.size() when none.
    std::size_t list_end = toks.size();
    while (i < toks.size()) {
      if (!toks[i].capitalized) {
        ++i;
        continue;
      }
      std::size_t j = i + 1;
      bool department = false;              // the run went on past a title's "of" or "for"
      std::size_t bracketed = toks.size();  // a bracketed word between a title and the name
      while (j < toks.size()) {
        std::string_view gap = text_.substr(toks[j - 1].span.end, toks[j].span.begin - toks[j - 1].span.end);
        if (bracketed == toks.size() && gap == " (" && j + 1 < toks.size() &&
            (model_.is_role_word(toks[j - 1].lower) || is_title_abbreviation(lex(), toks[j - 1].lower)) &&
            (text_.substr(toks[j].span.end, toks[j + 1].span.begin - toks[j].span.end) == ") " ||
             text_.substr(toks[j].span.end, toks[j + 1].span.begin - toks[j].span.end) == ".) ") &&
            toks[j + 1].capitalized) {
          // "Gen. (ret.) Tomas Weller": the title's bracketed status, not a word of the name.
          bracketed = j;
          j += 2;
          continue;
        }
        // A title's possessive ends the run: "the President's State of the Union" names no one.
        if (toks[j - 1].stem_end < toks[j - 1].span.end && model_.is_role_word(toks[j - 1].lower)) break;
        // White space, or an editor's brackets: "President [Joe] Biden".
        bool spaces = !gap.empty() && gap.find_first_not_of(" \t[]") == std::string_view::npos &&
                      gap.find_first_of(" \t") != std::string_view::npos;
        // A generational suffix after its comma is the name's last word: "Tom Roe, Jr.".
        if (gap == ", " && j - i >= 2 && toks[j].capitalized && toks[j].in(WordClass::kNameSuffixes)) {
          ++j;
          break;
        }
        if (!spaces) {
          // "Assistant Secretary – Indian Affairs Ann B. Lowe": the portfolio after a dash.
          std::size_t end = j;
          while (end < toks.size() && toks[end].capitalized &&
                 text_.substr(toks[end - 1].span.end, toks[end].span.begin - toks[end - 1].span.end) ==
                     (end == j ? gap : std::string_view(" ")))
            ++end;
          if (end > j && dash_department(j - 1, end)) {
            department = true;
            j = end;
            continue;
          }
          break;
        }
        // In capitals, the small words of a title's department are capitals too ("SECRETARY OF
        // DEFENSE ANNA BERG"): read as in name case.
        const bool caps_small =
            toks[j].all_caps && toks[j - 1].all_caps &&
            (toks[j].lower == role_word(WordRole::kGenitive) || toks[j].lower == role_word(WordRole::kBenefactive) ||
             toks[j].lower == role_word(WordRole::kConjunctionAnd) ||
             toks[j].lower == role_word(WordRole::kDefiniteArticle));
        if (toks[j].capitalized && !caps_small) {
          if (toks[j].in(WordClass::kNotNameWords)) break;  // "… Wang Yi Before Their Meeting"
          ++j;
        } else if ((toks[j].lower == role_word(WordRole::kGenitive) || destination(j)) &&
                   (department || model_.is_role_word(toks[j - 1].lower)) && j + 2 < toks.size() &&
                   toks[j + 1].lower == role_word(WordRole::kDefiniteArticle) && toks[j + 2].capitalized &&
                   !acronym_after(text_, toks, j + 2) && !(destination(j) && model_.is_role_word(toks[j + 2].lower))) {
          // "President of the Republic of Freedonia Jan Novak": a department with its article;
          // "Ambassador to the Union Jane Roe", a destination.
          department = true;
          j += 3;
        } else if (department && toks[j].lower == role_word(WordRole::kGenitive) && j + 1 < toks.size() &&
                   toks[j + 1].capitalized && !acronym_after(text_, toks, j + 1)) {
          // A department of several capitalised parts: "of the People's Republic of China X".
          j += 2;
        } else if (((toks[j].in(WordClass::kNameParticles) && toks[j].lower != role_word(WordRole::kGenitive)) ||
                    ((toks[j].lower == role_word(WordRole::kBenefactive) ||
                      toks[j].lower == role_word(WordRole::kGenitive)) &&
                     model_.is_role_word(toks[j - 1].lower)) ||
                    // "Ambassador to Senegal Jane Roe": a destination, but no second title after it
                    // ("introduced the Ambassador to Minister Jane Roe").
                    (destination(j) && model_.is_role_word(toks[j - 1].lower) && j + 1 < toks.size() &&
                     !model_.is_role_word(toks[j + 1].lower)) ||
                    (department && toks[j].lower == role_word(WordRole::kBenefactive))) &&
                   j + 1 < toks.size() && toks[j + 1].capitalized) {
          // "bin Zayed", "Minister for Defence", "Secretary of State", "Secretary of Roads for
          // Rail Safety"; but "Pohamba of Namibia" ends the name before "of".
          department = department || toks[j].lower == role_word(WordRole::kBenefactive) ||
                       toks[j].lower == role_word(WordRole::kGenitive) || destination(j);
          j += 2;
        } else if (const std::size_t chain = particle_chain(j); chain > 0) {
          // Two or three particles in a row before the surname: "van der Laan", "de la Fuente",
          // "bin Jassim Al Thani" (one particle is the branch above).
          j += chain + 1;
        } else if (department && toks[j].lower == role_word(WordRole::kConjunctionAnd) && j + 1 < toks.size() &&
                   toks[j + 1].capitalized) {
          // A department of several words: "Under Secretary for Terrorism and Financial Intelligence X";
          // but a second title before the next "and" begins a second person ("Secretary of Labor
          // Ann Lee and Finance Minister Bo Kim").
          if (second_title_after(j)) break;
          j += 2;
        } else if (department && toks[j].lower == role_word(WordRole::kConjunctionAnd) && j + 2 < toks.size() &&
                   toks[j + 1].lower == role_word(WordRole::kDefiniteArticle) && toks[j + 2].capitalized &&
                   text_.substr(toks[j].span.end, toks[j + 2].span.begin - toks[j].span.end) ==
                       " " + role_word(WordRole::kDefiniteArticle) + " ") {
          // With its article: "Minister for Sustainability and the Environment X".
          j += 3;
        } else {
          break;
        }
      }
      // The run [i, j): titles and affiliations first, then the name.
      std::size_t k = i;
      while (k < j && (toks[k].in(WordClass::kNotNameWords) || not_name_start(toks[k]))) ++k;
      std::vector<std::string> titles, affiliations;
      std::vector<std::string> described;  // capitalised words before a title outside the run
      std::size_t name_begin = k;
      // A name of a list a plural title opened: after its comma, its "and" or its ", and".
      const bool listed =
          list_end < toks.size() && i > 0 &&
          ((i == list_end && text_.substr(toks[i - 1].span.end, toks[i].span.begin - toks[i - 1].span.end) == ", ") ||
           (i == list_end + 1 && toks[list_end].lower == role_word(WordRole::kConjunctionAnd) &&
            !toks[list_end].capitalized));
      list_end = toks.size();
      // "Members Ann Lee, Bo Kim and Cy Roe", "Senators Ann Lee and Bo Kim": a capitalised plural
      // role noun titles the names of the list after it (not a title of each: "the three members"
      // are the people of the list, not everyone with the singular title).
      bool plural_title = false;
      if (k + 1 < j && toks[k].lower.size() > 3 && toks[k].lower.back() == 's' && !toks[k].all_caps) {
        const std::string singular = toks[k].lower.substr(0, toks[k].lower.size() - 1);
        plural_title = model_.is_role_word(singular) && !model_.institution_head({singular});
        if (plural_title) name_begin = ++k;
      }
      std::string title_department;  // "of education", "to senegal": the title's department or destination
      for (std::size_t m = k; m < j; ++m) {
        const std::string& w = toks[m].lower;
        std::vector<std::string> parts = words_of(lex(), w);  // "secretary-general"
        bool role = model_.is_role_word(w) || is_title_abbreviation(lex(), w) ||
                    (!parts.empty() && model_.is_role_word(parts.back()));
        if (m == bracketed) {
          name_begin = m + 1;
          continue;
        }
        // A title word that ends the run after a titled name has begun is its surname ("Chairman
        // Carol Waller Pope", "Director Ann King"): a title before the name, and a given name or
        // two words of a name (no body's head) before it (no title follows its holder's name).
        bool name_words = m > name_begin && name_begin > k;
        for (std::size_t n = name_begin; n < m && name_words; ++n)
          name_words = !model_.institution_head({toks[n].lower}) && !toks[n].in(WordClass::kNotNameWords);
        if (role && m + 1 == j && name_words && !toks[m].all_caps &&
            (m >= name_begin + 2 || toks[name_begin].in(WordClass::kFemaleGivenNames) ||
             toks[name_begin].in(WordClass::kMaleGivenNames)))
          role = false;
        if (role) {
          titles.push_back(w);
          name_begin = m + 1;
          // "Secretary of State X", "Minister for Foreign Affairs X": the department runs up to
          // the name, which is read from the end: suffixes, surname, initials, first name.
          const bool dashed = dash_department(m, j);  // "Secretary – Indian Affairs X"
          if (m + 2 < j && (toks[m + 1].lower == role_word(WordRole::kGenitive) ||
                            toks[m + 1].lower == role_word(WordRole::kBenefactive) || destination(m + 1) || dashed)) {
            // The department's first word: after "of the" ("President of the United States X").
            const std::size_t dep =
                dashed ? m + 1 : m + 2 + (toks[m + 2].lower == role_word(WordRole::kDefiniteArticle) ? 1 : 0);
            const std::size_t b = department_name_begin(dep, j);
            name_begin = b;
            title_department.clear();
            for (std::size_t d = m + 1; d < b; ++d)
              if (toks[d].lower != role_word(WordRole::kDefiniteArticle))
                title_department += (title_department.empty() ? "" : " ") + toks[d].lower;
            // A rank written after the department, right before the name, is a title of the
            // person too ("Chief of the Defence Staff Canadian Army Gen. Jane Roe").
            for (std::size_t d = b; d > dep + 1 && is_title_abbreviation(lex(), toks[d - 1].lower); --d)
              titles.push_back(toks[d - 1].lower);
            m = b - 1;
          }
        } else if (model_.is_affiliation(w) && m + 1 < j && name_begin == m) {
          affiliations.push_back(w);
          name_begin = m + 1;
        }
      }
      // An abbreviated title stands for its office too ("gen." a "general"): a later "the general"
      // is the person.
      for (std::size_t t = 0, n = titles.size(); t < n; ++t) {
        const std::string office = abbreviated_office(lex(), titles[t]);
        if (!office.empty() && std::find(titles.begin(), titles.end(), office) == titles.end())
          titles.push_back(office);
      }
      // Lower-case titles just before the run ("spokesman John Kirby", "his counterpart Wang
      // Yi", "Sergei Lavrov" after "counterpart,").
      bool titled = !titles.empty() || plural_title || listed;
      const bool titled_in_run = titled;  // "President Biden": a capitalised title in the run
      // The whole title as written, up to its last role word: "national security advisor".
      std::string title_phrase;
      for (std::size_t m = k; m < name_begin && titled_in_run; ++m) {
        if (model_.is_affiliation(toks[m].lower) && title_phrase.empty()) continue;
        if (toks[m].lower == role_word(WordRole::kGenitive) || toks[m].lower == role_word(WordRole::kBenefactive) ||
            destination(m))
          break;
        title_phrase += (title_phrase.empty() ? "" : " ") + toks[m].lower;
      }
      if (i > 0) {
        std::size_t prev = i - 1;
        std::string_view gap = text_.substr(toks[prev].span.end, toks[i].span.begin - toks[prev].span.end);
        bool near = gap.find_first_not_of(" \t,") == std::string_view::npos;
        const bool comma = gap.find(',') != std::string_view::npos;
        // A plural title before a comma describes several people, not the name after it
        // ("According to defence officials, Sri Lankan forces …").
        const std::string& pw = toks[prev].lower;
        const bool plural = pw.size() > 3 && pw.back() == 's' && model_.is_role_word(pw.substr(0, pw.size() - 1));
        if (near && (!toks[prev].capitalized || comma) && model_.is_role_word(pw) && !(comma && plural)) {
          titled = true;
          titles.push_back(toks[prev].lower);
          // "national security adviser Jake Sullivan", "National Security Advisor, Shin Won-sik":
          // the words of the title before it, in the same case as its last word.
          std::size_t first = prev;
          while (first > 0 && prev - first < 3 && toks[first - 1].capitalized == toks[prev].capitalized &&
                 !toks[first - 1].in(WordClass::kNotNameWords) && !model_.is_affiliation(toks[first - 1].lower) &&
                 text_.substr(toks[first - 1].span.end, toks[first].span.begin - toks[first - 1].span.end) == " ")
            --first;
          for (std::size_t m = first; m <= prev; ++m) title_phrase += (title_phrase.empty() ? "" : " ") + toks[m].lower;
          if (prev > 0 && model_.is_affiliation(toks[prev - 1].lower)) affiliations.push_back(toks[prev - 1].lower);
          // The place or nationality that describes the title: "her Moroccan counterpart, X",
          // "Norway's minister of trade, X", "Velandia's Foreign Minister, X".
          for (std::size_t m = first > 0 ? first - 1 : 0; m < prev; ++m)
            if (toks[m].capitalized && toks[m].sentence == toks[prev].sentence &&
                !toks[m].in(WordClass::kNotNameWords) && !model_.is_role_word(toks[m].lower) &&
                (m >= first || text_.substr(toks[m].span.end, toks[m + 1].span.begin - toks[m].span.end) == " "))
              described.push_back(toks[m].lower);
        } else if (near && comma && toks[prev].capitalized) {
          // "The president of (war-torn) Burundi, Pierre Buyoya", "Commissioner for Values and
          // Transparency, Jane Roe": a role "of" a place or "for" a portfolio before the comma
          // titles the name after it; a longer department is capitalised words and joiners.
          // ("Executive Vice-President for a Europe Fit for the Digital Age, Jane Roe").
          auto of_for = [&](const Word& w) {
            return w.lower == role_word(WordRole::kGenitive) || w.lower == role_word(WordRole::kBenefactive);
          };
          for (std::size_t of = prev; of > 1 && prev - of < 9; --of) {
            if (prev - of >= 2 && !toks[of].capitalized && !toks[of].in(WordClass::kNpJoiners) &&
                !toks[of].in(WordClass::kDeterminers) && !of_for(toks[of]))
              break;
            if (!of_for(toks[of - 1])) continue;
            if (model_.is_role_word(toks[of - 2].lower)) {
              titled = true;
              titles.push_back(toks[of - 2].lower);
              break;
            }
            if (prev - of < 2 || !toks[of - 2].capitalized) break;
          }
        }
      }
      // An apposition after the run: "Mao Ning, a foreign ministry spokeswoman"; after a titled
      // name, a second title of the same person ("Gen. Tom Hale, the commanding general of X").
      if (j < toks.size() && j > i) {
        std::string_view gap = text_.substr(toks[j - 1].span.end, toks[j].span.begin - toks[j - 1].span.end);
        if (gap.find(',') != std::string_view::npos && gap.find_first_not_of(" ,") == std::string_view::npos) {
          std::size_t m = j;
          if (m < toks.size() &&
              (toks[m].in(WordClass::kIndefiniteArticles) || toks[m].lower == role_word(WordRole::kDefiniteArticle))) {
            ++m;
            // Capitalised modifiers after the article: "the EU foreign policy chief".
            for (std::size_t n = 0; n < 3 && m + 1 < toks.size() && toks[m].capitalized &&
                                    !toks[m].in(WordClass::kNotNameWords) && !model_.is_role_word(toks[m].lower);
                 ++n)
              ++m;
          }
          for (std::size_t n = 0; n < 4 && m < toks.size() && !toks[m].capitalized; ++n, ++m) {
            if (titled && toks[m].in(WordClass::kFormerModifiers)) break;  // "the former chairman"
            if (model_.is_role_word(toks[m].lower)) {
              titled = true;
              titles.push_back(toks[m].lower);
              break;
            }
          }
        }
      }
      // A possessive ends the name: "Director Roe's March 3 statement" names Roe.
      for (std::size_t m = name_begin; m + 1 < j; ++m)
        if (toks[m].stem_end < toks[m].span.end) j = m + 1;
      std::size_t len = j > name_begin ? j - name_begin : 0;
      bool capitalised = true;
      // Every word capitalised, but a particle inside the name ("Humberto de la Calle").
      for (std::size_t m = name_begin; m < j; ++m)
        capitalised = capitalised &&
                      (toks[m].capitalized || (m > name_begin && m + 1 < j && toks[m].in(WordClass::kNameParticles) &&
                                               toks[m].lower != role_word(WordRole::kGenitive)));
      // Particles do not count toward the four words of a name ("Hamad bin Jassim Al Thani").
      std::size_t particles = 0;
      for (std::size_t m = name_begin + 1; m + 1 < j; ++m)
        particles += !toks[m].capitalized && toks[m].in(WordClass::kNameParticles) ? 1 : 0;
      if (len >= 1 && len - particles <= 4 && len <= 6 && capitalised) {
        std::vector<const Word*> name;
        for (std::size_t m = name_begin; m < j; ++m) name.push_back(&toks[m]);
        std::vector<std::string> words;
        words.reserve(name.size());
        for (const Word* t : name) words.push_back(t->lower);
        bool partial = false;
        const int contains = find_by_tokens(words, &partial);
        int known = find_person(words);
        // A known person's name word inside a longer name is another person's name ("Wang Wentao"
        // beside a known "Wang"): a name, titled or not.
        const bool other_person = known < 0 && contains >= 0 && len >= 2 &&
                                  !entities_[static_cast<std::size_t>(contains)].institution &&
                                  !toks[name_begin].in(WordClass::kNotNameWords);
        bool all_caps = std::all_of(name.begin(), name.end(), [](const Word* t) { return t->all_caps; });
        // A surname alone counts when a capitalised title stands right before it ("President
        // Biden", "Secretary Austin"); otherwise a name needs two words.
        // Titles that also begin names of things ("General Assembly", "Head Office") do not count.
        const bool single_ok = len == 1 && titled_in_run && name_begin > i &&
                               model_.is_role_word(toks[name_begin - 1].lower) &&
                               !toks[name_begin - 1].in(WordClass::kThingTitles) && !model_.is_role_word(words[0]) &&
                               !model_.is_affiliation(words[0]) && words[0].size() > 2;
        // A transcript's label in capitals that gives a title and a full name ("SECRETARY OF
        // DEFENSE ANNA BERG:", "GEN. PAUL KANE:") opens its paragraph and ends in a colon: its
        // capitals are the label's style, and its name is a person's as in name case.
        // A department's end is no name: "DIRECTOR OF THE OFFICE OF PUBLIC AFFAIRS:" names an
        // office (the name would follow a small word, or hold one).
        bool name_words = name_begin == 0 || !toks[name_begin - 1].in(WordClass::kNotNameWords);
        for (std::size_t m = name_begin; m < j; ++m) name_words = name_words && !toks[m].in(WordClass::kNotNameWords);
        const bool upper_label = all_caps && titled_in_run && len >= 2 && name_begin > i && name_words &&
                                 toks[j - 1].span.end < p.end && text_[toks[j - 1].span.end] == ':';
        if (known >= 0 || ((titled || other_person) && (len >= 2 || single_ok) && (!all_caps || upper_label))) {
          const int who = register_person(name, titles, affiliations, title_phrase);
          if ((plural_title || listed) && titles.empty() && len >= 2) list_end = j;
          // A title after a modifier that dates it ("the previous president, X", "former
          // Minister X") is one X held before.
          Entity& held = entities_[static_cast<std::size_t>(who)];
          std::unordered_set<std::string> former;
          for (std::size_t m = i > 4 ? i - 4 : 0; m < name_begin; ++m) {
            if (!toks[m].in(WordClass::kFormerModifiers)) continue;
            for (std::size_t n2 = m + 1; n2 < name_begin && n2 <= m + 2 && !is_verb(toks[n2].tag); ++n2)
              if (model_.is_role_word(toks[n2].lower)) former.insert(toks[n2].lower);
          }
          for (const auto& t : titles) (former.count(t) ? held.former_titles : held.current_titles).insert(t);
          if (!title_phrase.empty() && title_department.find(' ') != std::string::npos) {
            std::string whole = title_phrase;
            whole.append(" ").append(title_department);
            if (std::find(held.department_titles.begin(), held.department_titles.end(), whole) ==
                held.department_titles.end())
              held.department_titles.push_back(whole);
          }
          for (std::size_t m = k; m < name_begin && titled_in_run; ++m) {
            if (model_.is_role_word(toks[m].lower) || toks[m].in(WordClass::kNotNameWords)) break;
            entities_[static_cast<std::size_t>(who)].descriptors.insert(toks[m].lower);
          }
          for (const auto& w : described) entities_[static_cast<std::size_t>(who)].descriptors.insert(w);
        }
      }
      i = j;
    }
  }
  discover_delayed_leads();
  discover_meeting_subjects(paragraphs);
  discover_relative_persons(paragraphs);
  discover_given_name_subjects(paragraphs);
  // Every mention of a known entity, with whether it stands as a subject (not after a
  // preposition or a verb).
  named_.assign(entities_.size(), false);
  for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const WordView toks{words_.data() + paragraph_words_[pi].first,
                        paragraph_words_[pi].second - paragraph_words_[pi].first};
    // A name inside a quotation is the speaker's word, not the narrator's subject.
    const std::vector<Span> quoted = quoted_ranges(text_, paragraphs[pi]);
    int outer = -1;  // a person named by a longer alias that covers words up to outer_end
    std::size_t outer_end = 0;
    for (std::size_t i = 0; i < toks.size(); ++i) {
      if (!toks[i].capitalized) continue;
      std::size_t alias_len = 0;
      int ei = alias_at(toks.begin(), toks.size(), i, &alias_len);
      if (ei < 0) continue;
      if (i < outer_end && ei != outer) {
        // The surname inside a full name ("Roe" of "Lee Roe") is that person's, even when another
        // person of the text bears it too ("Ann Roe").
        const auto& aliases = entities_[static_cast<std::size_t>(outer)].aliases;
        const std::vector<std::string> word{toks[i].lower};
        if (alias_len == 1 && std::find(aliases.begin(), aliases.end(), word) != aliases.end()) ei = outer;
      }
      if (i >= outer_end && alias_len >= 2 && !entities_[static_cast<std::size_t>(ei)].institution) {
        outer = ei;
        outer_end = i + alias_len;
      }
      {
        if (!entities_[static_cast<std::size_t>(ei)].from_profile || alias_len >= 2)
          named_[static_cast<std::size_t>(ei)] = true;
        // A subject is not preceded by a verb or a preposition; look past the words of its own
        // title ("met Minister Li Qiang": Li Qiang is an object), "of" between capitalised words
        // included ("EU Horn of Africa representative X").
        std::size_t first = i;
        auto title_word = [&](std::size_t m) {
          const Word& w = toks[m];
          if (w.sentence != toks[i].sentence) return false;
          if (text_.substr(w.span.end, toks[m + 1].span.begin - w.span.end) != " ") return false;
          if (w.lower == role_word(WordRole::kGenitive) && m > 0 && toks[m - 1].capitalized && toks[m + 1].capitalized)
            return true;
          // A destination: "Ambassador to Senegal X", "Envoy to the Region X".
          if (w.in(WordClass::kTitleDestinationPrepositions) && m > 0 && model_.is_role_word(toks[m - 1].lower) &&
              (toks[m + 1].capitalized ||
               (m + 2 < toks.size() && toks[m + 1].in(WordClass::kDeterminers) && toks[m + 2].capitalized)))
            return true;
          // A department's article: "Secretary of the Navy X", "Comptroller of the Currency X".
          if (w.lower == role_word(WordRole::kGenitive) && m > 0 && toks[m - 1].capitalized && m + 2 < toks.size() &&
              toks[m + 1].in(WordClass::kDeterminers) && toks[m + 2].capitalized)
            return true;
          if (w.in(WordClass::kDeterminers) && !w.capitalized && m > 1 &&
              (toks[m - 1].lower == role_word(WordRole::kGenitive) ||
               toks[m - 1].in(WordClass::kTitleDestinationPrepositions)) &&
              toks[m - 2].capitalized && toks[m + 1].capitalized)
            return true;
          // The particles of the name itself: "Pieter van der Laan", "Amira bin Khalid".
          if (!w.capitalized && w.lower != role_word(WordRole::kGenitive) && w.in(WordClass::kNameParticles) &&
              (toks[m + 1].capitalized || toks[m + 1].in(WordClass::kNameParticles)))
            return true;
          return !w.in(WordClass::kNotNameWords) &&
                 (w.capitalized || model_.is_role_word(w.lower) || model_.role_suffix({w.lower}) > 0);
        };
        while (first > 0 && title_word(first - 1)) --first;
        // A title's lower-case modifiers, nouns and adjectives ("EU foreign policy chief X"),
        // the capitalised words and the determiner before them belong to the title too.
        if (first < i && model_.is_role_word(toks[first].lower) && !toks[first].capitalized)
          while (first > 0 && toks[first - 1].sentence == toks[i].sentence &&
                 text_.substr(toks[first - 1].span.end, toks[first].span.begin - toks[first - 1].span.end) == " " &&
                 (toks[first - 1].in(WordClass::kDeterminers) ||
                  (!toks[first - 1].in(WordClass::kNotNameWords) &&
                   (toks[first - 1].capitalized || is_noun(toks[first - 1].tag) || is_adjective(toks[first - 1].tag)))))
            --first;
        // A possessor's noun in apposition before the name ("Roe's predecessor Ann Lee"): the noun
        // phrase it opens is the name's, as its subject; the possessor is none (below).
        if (first >= 2 && !toks[first - 1].capitalized && is_noun(toks[first - 1].tag) &&
            toks[first - 1].sentence == toks[i].sentence && toks[first - 2].stem_end < toks[first - 2].span.end &&
            text_.substr(toks[first - 1].span.end, toks[first].span.begin - toks[first - 1].span.end) == " ") {
          first -= 2;
          while (first > 0 && toks[first - 1].capitalized && toks[first - 1].sentence == toks[i].sentence &&
                 !toks[first - 1].in(WordClass::kNotNameWords) &&
                 text_.substr(toks[first - 1].span.end, toks[first].span.begin - toks[first - 1].span.end) == " ")
            --first;
        }
        bool subject = std::none_of(quoted.begin(), quoted.end(), [&](const Span& q) {
          return q.begin < toks[i].span.begin && toks[i].span.begin < q.end;
        });
        // A possessive before a lower-case noun and the name in apposition to it is that phrase's
        // determiner, not its subject ("Roe's predecessor Ann Lee resigned": Lee is).
        if (const std::size_t last = i + alias_len - 1;
            subject && last + 2 < toks.size() && toks[last].stem_end < toks[last].span.end &&
            !toks[last + 1].capitalized && is_noun(toks[last + 1].tag) && toks[last + 2].capitalized &&
            toks[last + 2].sentence == toks[last].sentence &&
            text_.substr(toks[last + 1].span.end, toks[last + 2].span.begin - toks[last + 1].span.end) == " ")
          subject = false;
        // Adverbs of time that open the sentence ("Earlier today Ann Lee resigned") leave the
        // name its subject.
        std::size_t opener = first;
        while (opener > 0 && toks[opener - 1].sentence == toks[first].sentence &&
               toks[opener - 1].in(WordClass::kSkippable) &&
               text_.substr(toks[opener - 1].span.end, toks[opener].span.begin - toks[opener - 1].span.end) == " ")
          --opener;
        if (opener < first && (opener == 0 || toks[opener - 1].sentence != toks[first].sentence)) first = opener;
        if (subject && first > 0 && toks[first - 1].sentence == toks[first].sentence) {
          const Word& prev = toks[first - 1];
          std::string_view gap = text_.substr(prev.span.end, toks[first].span.begin - prev.span.end);
          bool comma = gap.find(',') != std::string_view::npos;
          if (!comma && !prev.capitalized && !prev.in(WordClass::kSubjectJoiners)) subject = false;
        }
        // "… with Gen. Tom Hale, who echoed …": the subject of the relative clause after it.
        if (const std::size_t after = i + alias_len;
            !subject && after + 1 < toks.size() && toks[after].sentence == toks[i].sentence &&
            toks[after].in(WordClass::kPersonRelatives) && is_verb(toks[after + 1].tag) &&
            text_.substr(toks[after - 1].span.end, 2) == ", ")
          subject = std::none_of(quoted.begin(), quoted.end(), [&](const Span& q) {
            return q.begin < toks[i].span.begin && toks[i].span.begin < q.end;
          });
        events_.push_back({toks[i].span.begin, static_cast<int>(ei), subject ? kSubject : kMentioned});
      }
    }
  }
  std::sort(events_.begin(), events_.end(), [](const Event& a, const Event& b) { return a.pos < b.pos; });
  // "The Ambassador also discussed …": a capitalised title after "the" that opens its clause, its
  // verb after it, stands for the person the text gave that title, as a subject (a later "he"
  // may mean them).
  std::vector<Event> titled;
  for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const std::vector<Span> quoted = quoted_ranges(text_, paragraphs[pi]);
    for (std::size_t w = paragraph_words_[pi].first + 1; w + 1 < paragraph_words_[pi].second; ++w) {
      const Word& t = words_[w];
      const Word& the = words_[w - 1];
      if (!t.capitalized || t.all_caps || the.lower != role_word(WordRole::kDefiniteArticle) ||
          t.stem_end != t.span.end || !model_.is_role_word(t.lower) || model_.institution_head({t.lower}) ||
          !joined(w - 1) || in_headline(w))
        continue;
      const bool opens = w - 1 == paragraph_words_[pi].first || words_[w - 2].sentence != the.sentence ||
                         text_.substr(words_[w - 2].span.end, the.span.begin - words_[w - 2].span.end).find(',') !=
                             std::string_view::npos;
      if (!opens || std::any_of(quoted.begin(), quoted.end(),
                                [&](const Span& q) { return q.begin < t.span.begin && t.span.begin < q.end; }))
        continue;
      std::size_t v = w + 1;
      if (v + 1 < paragraph_words_[pi].second && words_[v].tag == Tag::RB) ++v;
      if (words_[v].sentence != t.sentence || !(is_verb(words_[v].tag) || words_[v].in(WordClass::kModals))) continue;
      const Resolution holder = resolve_role({t.lower}, the.span.begin, true);
      if (holder.entity >= 0 && !entities_[static_cast<std::size_t>(holder.entity)].institution &&
          !entities_[static_cast<std::size_t>(holder.entity)].from_profile)
        titled.push_back({the.span.begin, holder.entity, kSubject});
    }
  }
  if (!titled.empty()) {
    events_.insert(events_.end(), titled.begin(), titled.end());
    std::stable_sort(events_.begin(), events_.end(), [](const Event& a, const Event& b) { return a.pos < b.pos; });
  }
  infer_genders();
  discover_meetings(paragraphs);
  name_countries();
}

void Discourse::name_countries() {
  for (std::size_t ei = 0; ei < entities_.size(); ++ei) {
    Entity& e = entities_[ei];
    if (e.country.empty()) continue;
    std::vector<std::vector<std::string>> forms;
    for (const auto& c : e.country) forms.push_back(words_of(lex(), c));
    // Where the text writes form f at word i (outside a Title Case headline, unless `headline`).
    auto writes = [&](const std::vector<std::string>& f, std::size_t i, bool headline = false) {
      if (f.empty() || i + f.size() > words_.size() || !words_[i].capitalized || (in_headline(i) && !headline))
        return false;
      for (std::size_t n = 0; n < f.size(); ++n)
        if (words_[i + n].lower != f[n] || (n > 0 && !joined(i + n - 1))) return false;
      return true;
    };
    // The country itself is a speaker: a country name, not part of a longer name, that a verb
    // follows (an adverb between): "the United States noted", "The U.S. has also urged".
    // In a Title Case headline, where every word is tagged a name, a cue word follows it: "U.S.
    // Reiterates Call to …"; its name is then the form the headline writes, if the story writes none.
    bool speaks = false, in_head = false;
    for (std::size_t i = 0; i < words_.size() && !speaks; ++i) {
      if (!words_[i].capitalized) continue;
      for (const auto& f : forms) {
        if (!writes(f, i, true)) continue;
        if (in_headline(i)) {
          const std::size_t after = i + f.size();
          std::size_t len = 0;
          in_head = after < words_.size() && in_headline(after) &&
                    alias_at(words_.data(), words_.size(), i, &len) == static_cast<int>(ei) && len == f.size() &&
                    (words_[after].in(WordClass::kSpeechVerbForms) || model_.is_cue_form(words_[after].lower));
          speaks = in_head;
          if (speaks) break;
          continue;
        }
        std::size_t len = 0;
        if (alias_at(words_.data(), words_.size(), i, &len) != static_cast<int>(ei) || len != f.size()) continue;
        std::size_t after = i + f.size();
        // A joint subject: "The United States and the European Union have said …".
        if (after + 1 < words_.size() && words_[after].tag == Tag::CC && !words_[after].capitalized &&
            words_[after].sentence == words_[i].sentence) {
          std::size_t n = after + 1;
          if (words_[n].in(WordClass::kDeterminers)) ++n;
          const std::size_t name = n;
          while (n < words_.size() && n - name < 4 && words_[n].capitalized && words_[n].sentence == words_[i].sentence)
            ++n;
          if (n > name) after = n;
        }
        if (after < words_.size() && words_[after].tag == Tag::RB && words_[after].sentence == words_[i].sentence)
          ++after;
        const Word& last = words_[i + f.size() - 1];
        speaks = after < words_.size() && words_[after].sentence == words_[i].sentence &&
                 last.stem_end == last.span.end &&
                 text_.substr(last.span.end, words_[i + f.size()].span.begin - last.span.end) == " " &&
                 (is_verb(words_[after].tag) || words_[after].in(WordClass::kModals));
        if (speaks) break;
      }
    }
    if (!speaks) continue;
    // Its name here: the first (fullest) country name the text writes, as the profile spells it.
    bool named = false;
    for (std::size_t c = 0; c < forms.size() && !named; ++c) {
      for (std::size_t i = 0; i < words_.size() && !named; ++i) named = writes(forms[c], i);
      if (named) e.name = e.country[c];
    }
    for (std::size_t c = 0; c < forms.size() && !named && in_head; ++c) {
      for (std::size_t i = 0; i < words_.size() && !named; ++i) named = writes(forms[c], i, true);
      if (named) e.name = e.country[c];
    }
  }
}

void Discourse::infer_genders() {
  // A person of the text whose gender is unknown takes that of the first personal pronoun after
  // their mention as a subject, in the same sentence, before anyone else is mentioned and outside
  // quotation marks ("Ann Li said her government ...").
  for (std::size_t n = 0; n < events_.size(); ++n) {
    const Event& ev = events_[n];
    Entity& e = entities_[static_cast<std::size_t>(ev.entity)];
    if (ev.level != kSubject || e.from_profile || e.institution || e.gender != Gender::kUnknown) continue;
    const std::size_t limit = n + 1 < events_.size() ? events_[n + 1].pos : text_.size();
    auto it = std::lower_bound(words_.begin(), words_.end(), ev.pos,
                               [](const Word& w, std::size_t p) { return w.span.begin < p; });
    if (it == words_.end()) continue;
    const std::uint32_t sentence = it->sentence;
    for (auto prev = it++; it != words_.end() && it->span.begin < limit && it->sentence == sentence; prev = it++) {
      const std::string_view gap = text_.substr(prev->span.end, it->span.begin - prev->span.end);
      if (gap.find('"') != std::string_view::npos || gap.find("\xE2\x80\x9C") != std::string_view::npos ||
          gap.find("\xE2\x80\x9D") != std::string_view::npos)
        break;
      if (it->in(WordClass::kMalePronouns)) e.gender = Gender::kMale;
      if (it->in(WordClass::kFemalePronouns)) e.gender = Gender::kFemale;
      if (e.gender != Gender::kUnknown) break;
    }
  }
}

void Discourse::note_group(std::vector<int> members, std::size_t pos) {
  auto it =
      std::upper_bound(groups_.begin(), groups_.end(), pos, [](std::size_t p, const auto& g) { return p < g.first; });
  groups_.insert(it, {pos, std::move(members)});
}

const std::pair<std::size_t, std::vector<int>>* Discourse::group_before(std::size_t pos) const {
  auto it =
      std::lower_bound(groups_.begin(), groups_.end(), pos, [](const auto& g, std::size_t p) { return g.first < p; });
  return it == groups_.begin() ? nullptr : &*std::prev(it);
}

// A word that can be part of a name the text gives without a title: capitalised (not all
// capitals), and no month, role word, affiliation or word the pack says is never a name.
bool Discourse::untitled_name_word(const Word& w) const {
  return w.capitalized && !w.all_caps && !w.in(WordClass::kNotNameWords) && !w.in(WordClass::kMonths) &&
         !model_.is_role_word(w.lower) && !model_.is_affiliation(w.lower);
}

namespace {
// The lower-case words and the Words of toks[b, e), for find_by_tokens and register_person.
void collect_name(WordView toks, std::size_t b, std::size_t e, std::vector<std::string>* words,
                  std::vector<const Word*>* name) {
  for (std::size_t k = b; k < e; ++k) {
    words->push_back(toks[k].lower);
    name->push_back(&toks[k]);
  }
}
}  // namespace

// "X met (with) Y", "X held talks with Y", "X spoke with Y": a group of two.
// "Dmitry Novak had a telephone conversation with President Anna Berg": a name of two or three
// capitalised words that opens the sentence, its verb right after it, and meets a person the
// text named is a person too, though the text gives no title.
void Discourse::discover_meeting_subjects(const std::vector<Span>& paragraphs) {
  constexpr std::size_t kMinWords = 2, kMaxWords = 3;
  for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const WordView toks{words_.data() + paragraph_words_[pi].first,
                        paragraph_words_[pi].second - paragraph_words_[pi].first};
    for (std::size_t m = 0; m < toks.size(); ++m) {
      if (!toks[m].in(WordClass::kMeetingWords)) continue;
      std::size_t s0 = m;
      while (s0 > 0 && toks[s0 - 1].sentence == toks[m].sentence) --s0;
      // After an opening phrase: "On the sidelines of the summit, Jan Novak met ...".
      for (std::size_t k = m; k > s0 + 1; --k)
        if (text_.substr(toks[k - 2].span.end, toks[k - 1].span.begin - toks[k - 2].span.end).find(',') !=
            std::string_view::npos) {
          s0 = k - 1;
          break;
        }
      std::size_t e = s0;
      while (e < m && e - s0 <= kMaxWords && untitled_name_word(toks[e]) &&
             (e == s0 || text_.substr(toks[e - 1].span.end, toks[e].span.begin - toks[e - 1].span.end) == " "))
        ++e;
      const std::size_t len = e - s0;
      if (len < kMinWords || len > kMaxWords || e > m) continue;  // the verb may be the meeting word ("met")
      const Tag verb = toks[e].tag;
      if (toks[e].capitalized || !(verb == Tag::VBD || verb == Tag::VBZ || verb == Tag::VBP || verb == Tag::MD))
        continue;
      std::vector<std::string> words;
      std::vector<const Word*> name;
      collect_name(toks, s0, e, &words, &name);
      bool partial = false;
      if (find_by_tokens(words, &partial) >= 0 || model_.institution_head(words)) continue;
      // The person met: a known person right after the meeting word or after "with" (past the
      // words of the person's title), in the same sentence.
      constexpr std::size_t kMaxReach = 10;
      bool person_after = false;
      for (std::size_t k = m + 1;
           k < toks.size() && k <= m + kMaxReach && toks[k].sentence == toks[m].sentence && !person_after; ++k) {
        std::size_t alias_len = 0;
        const int ei = toks[k].capitalized ? alias_at(toks.begin(), toks.size(), k, &alias_len) : -1;
        if (ei < 0 || entities_[static_cast<std::size_t>(ei)].institution ||
            entities_[static_cast<std::size_t>(ei)].gender == Gender::kGroup)
          continue;
        std::size_t j = k;
        while (j > m + 1 && (toks[j - 1].capitalized || toks[j - 1].lower == role_word(WordRole::kGenitive) ||
                             toks[j - 1].lower == role_word(WordRole::kDefiniteArticle)))
          --j;
        person_after = j == m + 1 || toks[j - 1].lower == role_word(WordRole::kComitative);
      }
      if (person_after) register_person(name, {}, {}, "");
    }
  }
}

std::vector<int> Discourse::joint_subject(std::vector<Event>::const_iterator last, std::size_t from) const {
  // "Envoy A and Director B met with President C": the people acting together after the meeting
  // ("They stressed …", "The visitors reiterated …") are the subject's, not the host's.
  constexpr std::size_t kJointSubjectMost = 6;  // people of one subject at most
  std::vector<int> out{last->entity};
  for (auto b = last; b != events_.begin() && out.size() < kJointSubjectMost;) {
    auto prev = std::prev(b);
    if (prev->pos < from) break;
    if (prev->entity == b->entity || prev->pos == b->pos) {  // one mention's two events
      b = prev;
      continue;
    }
    if (entities_[static_cast<std::size_t>(prev->entity)].institution ||
        entities_[static_cast<std::size_t>(prev->entity)].gender == Gender::kGroup)
      break;
    const auto between = words_in({prev->pos, b->pos});
    bool joined = false, clause = false;
    for (std::size_t k = between.first; k < between.second && !clause; ++k) {
      const Word& w = words_[k];
      clause = is_verb(w.tag) || w.sentence != words_[between.first].sentence;
      joined = joined || (w.tag == Tag::CC && w.in(WordClass::kNpJoiners));
    }
    // Joined by "and" or by a comma of a list that an "and" ends ("A, B and C").
    const bool listed =
        out.size() > 1 && text_.substr(prev->pos, b->pos - prev->pos).find(',') != std::string_view::npos;
    if (clause || !(joined || listed)) break;
    if (std::find(out.begin(), out.end(), prev->entity) == out.end()) out.insert(out.begin(), prev->entity);
    b = prev;
  }
  return out;
}

// "Afra Raymond, whose blog keeps a close eye on politics, …": a name of two or three
// capitalised words that a comma and a relative pronoun of persons follow is a person, though
// the text gives no title; a later "Raymond" or "he" can refer to that person.
// The words [b, e) of words_ as a person of the text's own, unless they are a known name, part of
// one, or an institution's head: whether it was registered.
bool Discourse::register_new_person(std::size_t b, std::size_t e) {
  const WordView all{words_.data(), words_.size()};
  std::vector<std::string> words;
  std::vector<const Word*> name;
  collect_name(all, b, e, &words, &name);
  bool partial = false;
  if (find_by_tokens(words, &partial) >= 0 || partial || model_.institution_head(words)) return false;
  register_person(name, {}, {}, "");
  return true;
}

void Discourse::discover_relative_persons(const std::vector<Span>& paragraphs) {
  constexpr std::size_t kMinWords = 2, kMaxWords = 3;
  for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const WordView toks{words_.data() + paragraph_words_[pi].first,
                        paragraph_words_[pi].second - paragraph_words_[pi].first};
    for (std::size_t r = kMinWords; r < toks.size(); ++r) {
      if (!toks[r].in(WordClass::kPersonRelatives) || toks[r].capitalized || toks[r].sentence != toks[r - 1].sentence ||
          text_.substr(toks[r - 1].span.end, toks[r].span.begin - toks[r - 1].span.end) != ", ")
        continue;
      std::size_t b = r;
      while (b > 0 && r - b < kMaxWords + 1 && untitled_name_word(toks[b - 1]) &&
             toks[b - 1].sentence == toks[r].sentence &&
             (b == r || text_.substr(toks[b - 1].span.end, toks[b].span.begin - toks[b - 1].span.end) == " "))
        --b;
      if (r - b < kMinWords || r - b > kMaxWords) continue;
      // "the Liberal Democrats, who …": a name after a determiner is a body's or a group's.
      if (b > 0 && toks[b - 1].sentence == toks[r].sentence && toks[b - 1].in(WordClass::kDeterminers)) continue;
      register_new_person(paragraph_words_[pi].first + b, paragraph_words_[pi].first + r);
    }
  }
}

// "Jane Roe visited the plant on Monday.", "As Bill Roe winds down his term, he …": a name of two
// or three capitalised words that opens with a given name of the language pack and stands as the
// subject of a finite verb right after it is a person, though the text gives no title; a later
// "he", "she" or "Roe" can refer to that person.
void Discourse::discover_given_name_subjects(const std::vector<Span>& paragraphs) {
  constexpr std::size_t kMinWords = 2, kMaxWords = 3;
  for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const WordView toks{words_.data() + paragraph_words_[pi].first,
                        paragraph_words_[pi].second - paragraph_words_[pi].first};
    for (std::size_t b = 0; b + kMinWords < toks.size(); ++b) {
      if (!toks[b].in(WordClass::kMaleGivenNames) && !toks[b].in(WordClass::kFemaleGivenNames)) continue;
      // The name opens its run: nothing capitalised joined before it but a word that begins no
      // name ("As", "When"), and no determiner ("the Mark Roe Foundation").
      if (b > 0 && toks[b - 1].sentence == toks[b].sentence) {
        const Word& prev = toks[b - 1];
        const bool spaced = text_.substr(prev.span.end, toks[b].span.begin - prev.span.end).find_first_not_of(' ') ==
                            std::string_view::npos;
        if (prev.in(WordClass::kDeterminers) || model_.is_role_word(prev.lower) || model_.is_affiliation(prev.lower) ||
            (spaced && prev.capitalized && !prev.in(WordClass::kNotNameWords)) || prev.stem_end < prev.span.end)
          continue;
      }
      std::size_t e = b;
      while (e < toks.size() && e - b <= kMaxWords && untitled_name_word(toks[e]) &&
             toks[e].sentence == toks[b].sentence &&
             (e == b || text_.substr(toks[e - 1].span.end, toks[e].span.begin - toks[e - 1].span.end) == " ") &&
             (e == b || toks[e - 1].stem_end == toks[e - 1].span.end))
        ++e;
      const std::size_t len = e - b;
      if (len < kMinWords || len > kMaxWords || e >= toks.size() || toks[e].sentence != toks[b].sentence) continue;
      if (text_.substr(toks[e - 1].span.end, toks[e].span.begin - toks[e - 1].span.end) != " ") continue;
      const Tag verb = toks[e].tag;
      // A verb in -s that the tagger read as a plural noun of the name's phrase ("Bill Roe winds
      // down his term"): a preposition, particle or determiner follows it, as after a verb.
      const bool plural_verb = verb == Tag::NNS && e + 1 < toks.size() && toks[e + 1].sentence == toks[e].sentence &&
                               (toks[e + 1].tag == Tag::IN || toks[e + 1].tag == Tag::RP ||
                                toks[e + 1].tag == Tag::DT || toks[e + 1].tag == Tag::PRP_S);
      if (toks[e].capitalized ||
          !(verb == Tag::VBD || verb == Tag::VBZ || verb == Tag::VBP || verb == Tag::MD || plural_verb))
        continue;
      if (!register_new_person(paragraph_words_[pi].first + b, paragraph_words_[pi].first + e)) continue;
      b = e;
    }
  }
}

void Discourse::discover_meetings(const std::vector<Span>& paragraphs) {
  for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const Span p = paragraphs[pi];
    const WordView toks{words_.data() + paragraph_words_[pi].first,
                        paragraph_words_[pi].second - paragraph_words_[pi].first};
    for (const Word& t : toks) {
      if (!t.in(WordClass::kMeetingWords)) continue;
      // The nearest person before the verb and after it, in the same sentence.
      auto after = std::lower_bound(events_.begin(), events_.end(), t.span.end,
                                    [](const Event& e, std::size_t q) { return e.pos < q; });
      if (after == events_.end() || after == events_.begin() || after->pos >= p.end) continue;
      auto before = std::prev(after);
      // Past a country before the person met: "with US President Barack Obama".
      while (std::next(after) != events_.end() && entities_[static_cast<std::size_t>(after->entity)].institution &&
             std::next(after)->pos < p.end && std::next(after)->pos - after->pos < 40)
        ++after;
      if (before->pos < p.begin || before->entity == after->entity) continue;
      std::string_view between = text_.substr(before->pos, after->pos - before->pos);
      if (between.size() > 240 || between.find(". ") != std::string_view::npos) continue;
      if (entities_[static_cast<std::size_t>(before->entity)].institution ||
          entities_[static_cast<std::size_t>(after->entity)].institution)
        continue;
      const std::vector<int> subject = joint_subject(before, p.begin);
      note_group(subject.size() > 1 ? subject : std::vector<int>{before->entity, after->entity}, t.span.begin);
    }
  }
  // "Chairman A and Members B, C and D met …", "A and B issued …": the people of a joint subject
  // act together, for a later "the four members" or "they", whatever the verb.
  for (const Span p : paragraphs) {
    auto it = std::lower_bound(events_.begin(), events_.end(), p.begin,
                               [](const Event& e, std::size_t q) { return e.pos < q; });
    for (; it != events_.end() && it->pos < p.end; ++it) {
      if (std::next(it) != events_.end() && std::next(it)->pos == it->pos) continue;  // one mention's two events
      auto w = std::lower_bound(words_.begin(), words_.end(), it->pos,
                                [](const Word& x, std::size_t q) { return x.span.begin < q; });
      auto v = w;
      while (v != words_.end() && v->sentence == w->sentence && v->capitalized) ++v;
      if (v == words_.end() || v == w || v->sentence != w->sentence || v->span.begin >= p.end) continue;
      if (!(v->tag == Tag::VBD || v->tag == Tag::VBZ || v->tag == Tag::VBP || v->tag == Tag::MD)) continue;
      if (std::next(it) != events_.end() && std::next(it)->pos < v->span.begin) continue;  // not the list's last
      const std::vector<int> subject = joint_subject(it, p.begin);
      if (subject.size() > 1) note_group(subject, v->span.begin);
    }
  }
  // "Both presidents", "the two leaders" after a meeting: everyone in the group holds the title,
  // for a later "the President".
  for (std::size_t pi = 0; pi < paragraphs.size(); ++pi) {
    const WordView toks{words_.data() + paragraph_words_[pi].first,
                        paragraph_words_[pi].second - paragraph_words_[pi].first};
    for (std::size_t i = 1; i < toks.size(); ++i) {
      const std::string& w = toks[i].lower;
      if (toks[i].capitalized || w.size() < 4 || w.back() != 's') continue;
      const std::string singular = w.substr(0, w.size() - 1);
      if (!model_.is_role_word(singular) || model_.institution_head({singular})) continue;
      const Word& prev = toks[i - 1];
      if (!(prev.in(WordClass::kGroupNumbers) || prev.lower == role_word(WordRole::kDefiniteArticle))) continue;
      const auto* group = group_before(toks[i].span.begin);
      if (!group || group->second.size() < 2) continue;
      for (int member : group->second) entities_[static_cast<std::size_t>(member)].titles.insert(singular);
    }
  }
}

void Discourse::note(int entity, std::size_t pos) {
  // Attributions come in document order, so this list stays (nearly) sorted.
  if (entity >= 0) spoken_.push_back({pos, entity, kSpoke});
}

int Discourse::last_speaker_before(std::size_t pos) const {
  for (auto it = spoken_.rbegin(); it != spoken_.rend(); ++it)
    if (it->pos < pos) return it->entity;
  return -1;
}

int Discourse::last_subject_before(std::size_t pos, std::size_t from) const {
  auto m =
      std::lower_bound(events_.begin(), events_.end(), pos, [](const Event& e, std::size_t p) { return e.pos < p; });
  while (m != events_.begin()) {
    const Event& ev = *--m;
    if (ev.pos < from) break;
    const Entity& e = entities_[static_cast<std::size_t>(ev.entity)];
    if (ev.level >= kSubject && !e.institution && e.gender != Gender::kGroup) return ev.entity;
  }
  return -1;
}

std::vector<int> Discourse::persons_in(Span range, Span outside) const {
  std::vector<int> out;
  auto m = std::lower_bound(events_.begin(), events_.end(), range.begin,
                            [](const Event& e, std::size_t p) { return e.pos < p; });
  for (; m != events_.end() && m->pos < range.end; ++m) {
    const Entity& e = entities_[static_cast<std::size_t>(m->entity)];
    if (e.institution || e.gender == Gender::kGroup || (m->pos >= outside.begin && m->pos < outside.end)) continue;
    if (std::find(out.begin(), out.end(), m->entity) == out.end()) out.push_back(m->entity);
  }
  return out;
}

std::size_t Discourse::previous_paragraph_start(std::size_t pos) const {
  const auto p = std::lower_bound(
      paragraph_words_.begin(), paragraph_words_.end(), pos,
      [&](const auto& pw, std::size_t q) { return pw.second == 0 || words_[pw.second - 1].span.end < q; });
  std::size_t pi = static_cast<std::size_t>(p - paragraph_words_.begin());
  if (pi > 0) --pi;
  for (; pi < paragraph_words_.size(); ++pi)
    if (paragraph_words_[pi].first < paragraph_words_[pi].second) return words_[paragraph_words_[pi].first].span.begin;
  return pos;
}

bool Discourse::names_itself(int e, const std::vector<std::string>& words) const {
  // The mention's words, past a leading article, are the entity's own name ("the U.S.
  // government"), not one of its other aliases ("Washington").
  std::string said;
  for (std::size_t k = 0; k < words.size(); ++k)
    if (k > 0 || words[k] != role_word(WordRole::kDefiniteArticle)) said += (said.empty() ? "" : " ") + words[k];
  std::string name = entities_[static_cast<std::size_t>(e)].name;
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return said == name;
}

std::vector<int> Discourse::surname_sharers(const std::string& word, const std::vector<std::string>& mention) const {
  // A gendered title in the mention ("Ms. Roe") rules out the people of the other gender.
  Gender wanted = Gender::kUnknown;
  for (const auto& w : mention) {
    if (lex().is(WordClass::kFemaleTitles, w)) wanted = Gender::kFemale;
    if (lex().is(WordClass::kMaleTitles, w)) wanted = Gender::kMale;
  }
  std::vector<int> out;
  for (std::size_t ei = 0; ei < entities_.size(); ++ei) {
    const Entity& e = entities_[ei];
    if (e.institution || e.from_profile || e.gender == Gender::kGroup) continue;
    if (wanted != Gender::kUnknown && e.gender != Gender::kUnknown && e.gender != wanted) continue;
    // The word is the surname, the last word of the full name (before a suffix: "Jr."): not a
    // given name ("Lynch" of a group "Lynch Delegation") nor a lone name.
    if (e.aliases.empty() || e.aliases[0].size() < 2) continue;
    const auto& full = e.aliases[0];
    std::size_t last = full.size();
    while (last > 1 && lex().is(WordClass::kNameSuffixes, full[last - 1])) --last;
    bool bears = false;
    for (const auto& a : e.aliases) bears = bears || (a.size() == 1 && a[0] == word);
    if (bears && last >= 2 && full[last - 1] == word) out.push_back(static_cast<int>(ei));
  }
  return out;
}

int Discourse::nearest_in_full(const std::vector<int>& people, std::size_t pos) const {
  // The last of `people` named by an alias of two words or more before `pos`, or who spoke
  // (an attribution) after that; -1 when none.
  constexpr std::size_t kLookbackWords = 4096;
  int best = -1;
  std::size_t best_pos = 0;
  const std::size_t end = words_in({0, pos}).second;
  for (std::size_t i = end, n = 0; i-- > 0 && n < kLookbackWords; ++n) {
    std::size_t len = 0;
    const int who = alias_at(words_.data(), end, i, &len);
    if (who >= 0 && len >= 2 && std::find(people.begin(), people.end(), who) != people.end()) {
      best = who;
      best_pos = words_[i].span.begin + 1;
      break;
    }
  }
  for (auto it = spoken_.rbegin(); it != spoken_.rend(); ++it) {
    if (it->pos >= pos || std::find(people.begin(), people.end(), it->entity) == people.end()) continue;
    if (it->pos + 1 > best_pos) best = it->entity;
    break;
  }
  return best;
}

int Discourse::rival(int best, const std::vector<int>& candidates, std::size_t pos) const {
  // The last event of `best` before `pos`, and the start of the paragraph `pos` is in.
  auto m =
      std::lower_bound(events_.begin(), events_.end(), pos, [](const Event& e, std::size_t p) { return e.pos < p; });
  const auto words = words_in({0, pos});
  const std::size_t para_start = words.second == 0 ? 0 : [&] {
    const std::size_t w = words.second - 1;
    for (const auto& [b, e] : paragraph_words_)
      if (w >= b && w < e) return words_[b].span.begin;
    return std::size_t{0};
  }();
  for (auto it = m; it != events_.begin();) {
    --it;
    if (it->pos < para_start) break;
    const Entity& e = entities_[static_cast<std::size_t>(it->entity)];
    if (it->entity != best && !e.institution && e.gender != Gender::kGroup &&
        std::find(candidates.begin(), candidates.end(), it->entity) != candidates.end())
      return it->entity;
  }
  return -1;
}

std::vector<int> Discourse::last_two_subjects(std::size_t pos) const {
  // The two latest different people (no institution, no group) that the text named as subjects
  // or that spoke before `pos`, both in this paragraph or the four before it.
  constexpr std::size_t kParagraphs = 4;
  auto para_of = [&](std::size_t p) {
    return static_cast<std::size_t>(std::lower_bound(paragraph_words_.begin(), paragraph_words_.end(), p,
                                                     [&](const auto& pw, std::size_t q) {
                                                       return pw.second == 0 || words_[pw.second - 1].span.end < q;
                                                     }) -
                                    paragraph_words_.begin());
  };
  const std::size_t here = para_of(pos);
  std::vector<const Event*> seen;
  auto m =
      std::lower_bound(events_.begin(), events_.end(), pos, [](const Event& e, std::size_t p) { return e.pos < p; });
  for (std::size_t n = 0; m != events_.begin() && n < 256; ++n) {
    --m;
    if (m->level >= kSubject) seen.push_back(&*m);
  }
  for (auto it = spoken_.rbegin(); it != spoken_.rend() && seen.size() < 512; ++it)
    if (it->pos < pos) seen.push_back(&*it);
  std::sort(seen.begin(), seen.end(), [](const Event* a, const Event* b) { return a->pos > b->pos; });
  std::vector<int> out;
  for (const Event* ev : seen) {
    if (para_of(ev->pos) + kParagraphs < here) break;
    const Entity& e = entities_[static_cast<std::size_t>(ev->entity)];
    if (e.institution || e.gender == Gender::kGroup || e.from_profile) continue;
    if (std::find(out.begin(), out.end(), ev->entity) == out.end()) out.push_back(ev->entity);
    if (out.size() == 2) break;
  }
  std::sort(out.begin(), out.end());  // in the order the text introduced them
  return out;
}

int Discourse::most_salient(std::size_t pos, const std::vector<int>& candidates, Salience at_least) const {
  // The latest event before `pos`, over the mentions found in the text and the attributions made
  // so far, whose entity is a candidate. Looks back a bounded number of events, so that a text
  // with no compatible speaker costs linear time.
  constexpr std::size_t kLookback = 4096;
  auto is_candidate = [&](const Event& e) {
    return e.level >= at_least && std::find(candidates.begin(), candidates.end(), e.entity) != candidates.end();
  };
  const Event* best = nullptr;
  auto m =
      std::lower_bound(events_.begin(), events_.end(), pos, [](const Event& e, std::size_t p) { return e.pos < p; });
  for (std::size_t n = 0; m != events_.begin() && n < kLookback; ++n) {
    --m;
    if (is_candidate(*m)) {
      best = &*m;
      break;
    }
  }
  std::size_t n = 0;
  for (auto it = spoken_.rbegin(); it != spoken_.rend() && n < kLookback; ++it, ++n) {
    if (it->pos >= pos) continue;
    if (best && it->pos < best->pos && it->pos + 65536 < best->pos) break;
    if (is_candidate(*it) && (!best || it->pos >= best->pos)) {
      best = &*it;
      break;
    }
  }
  return best ? best->entity : -1;
}

int Discourse::fuzzy(const std::vector<std::string>& words, std::string* matched) const {
  // The mention is compared word by word with aliases of as many words: exactly one word may
  // differ, by one edit (two in a word of seven letters or more), and a word of fewer than three
  // letters must be equal. So "Wan" ~ "Wang" and "Anthony Blinken" ~ "Antony Blinken", but "Wan
  // Li" is never read as "Wang Yi". A tie between two speakers is no answer.
  int best = -1;
  std::size_t best_d = 99;
  bool tie = false;
  // Abbreviations ("U.N." is not "U.S.") and institutions are never guessed at.
  for (const auto& w : words)
    if (w.find('.') != std::string::npos ||
        std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return -1;
  for (std::size_t ei = 0; ei < entities_.size(); ++ei) {
    if (entities_[ei].institution) continue;
    for (const auto& alias : entities_[ei].aliases) {
      if (alias.size() != words.size()) continue;
      std::size_t differing = 0, d = 0;
      bool ok = true;
      for (std::size_t k = 0; k < words.size() && ok; ++k) {
        if (words[k] == alias[k]) continue;
        const std::size_t len = std::max(words[k].size(), alias[k].size());
        const std::size_t dk = slip_distance(words[k], alias[k]);
        ok = ++differing == 1 && std::min(words[k].size(), alias[k].size()) >= 3 && dk <= (len >= 7 ? 2u : 1u);
        d += dk;
      }
      if (!ok || differing == 0) continue;
      if (d < best_d) {
        best_d = d;
        best = static_cast<int>(ei);
        tie = false;
        matched->clear();
        for (const auto& a : alias) *matched += (matched->empty() ? "" : " ") + a;
      } else if (d == best_d && best != static_cast<int>(ei)) {
        tie = true;
      }
    }
  }
  return tie ? -1 : best;
}

bool Discourse::lower_rank_only(const Entity& e, const std::string& head, const std::vector<std::string>& mods) const {
  for (const auto& m : mods)
    if (lex().is(WordClass::kLowerRankModifiers, m)) return false;  // "the deputy leader" itself
  bool lower = false;
  for (const auto& phrase : e.title_phrases) {
    if (phrase.size() <= head.size() || phrase.compare(phrase.size() - head.size(), head.size(), head) != 0 ||
        phrase[phrase.size() - head.size() - 1] != ' ') {
      if (phrase == head) return false;
      continue;
    }
    const std::size_t end = phrase.size() - head.size() - 1;
    const std::size_t begin = phrase.rfind(' ', end - 1);
    const std::string before =
        phrase.substr(begin == std::string::npos ? 0 : begin + 1, end - (begin == std::string::npos ? 0 : begin + 1));
    if (!lex().is(WordClass::kLowerRankModifiers, before)) return false;
    lower = true;
  }
  return lower;
}

bool Discourse::proper_demonym(const std::string& w) const {
  // Written capitalised by the text, and ending in a suffix of nationality adjectives of two
  // letters or more ("danish", "latvian", "chinese"; not the one-letter "-n", "-i").
  if (w.size() < 5 || !spelling_.count(w) || model_.is_role_word(w) || model_.is_affiliation(w) ||
      lex().is(WordClass::kNotNameWords, w))
    return false;
  for (std::size_t len = 2; len <= 3; ++len)
    if (lex().is(WordClass::kDemonymSuffixes, w.substr(w.size() - len))) return true;
  return false;
}

bool Discourse::described_as(const Entity& e, const std::string& modifier) const {
  if (e.descriptors.count(modifier)) return true;
  // A place that described the person and the nationality adjective made from it: "Morocco's" and
  // "Moroccan", "Kenya" and "Kenyan".
  for (const auto& place : e.descriptors) {
    if (place.size() < 3 || modifier.size() <= place.size() - 1) continue;
    const bool vowel = place.find_last_of("aeiouy") == place.size() - 1;
    for (std::size_t cut : {std::size_t{0}, std::size_t{vowel ? 1u : 0u}}) {
      const std::size_t stem = place.size() - cut;
      if (modifier.compare(0, stem, place, 0, stem) == 0 &&
          lex().is(WordClass::kDemonymSuffixes, modifier.substr(stem)))
        return true;
    }
  }
  // An irregular one ("Norway" and "Norwegian", "Sweden" and "Swedish", "Peru" and "Peruvian"): a
  // capitalised nationality adjective that shares all but the last two letters of the place, and
  // four letters at least.
  if (!proper_demonym(modifier)) return false;
  for (const auto& place : e.descriptors) {
    if (place.size() < 4 || !spelling_.count(place)) continue;
    std::size_t common = 0;
    while (common < place.size() && common < modifier.size() && place[common] == modifier[common]) ++common;
    if (common >= std::max<std::size_t>(4, place.size() - 2)) return true;
  }
  return false;
}

Resolution Discourse::resolve_role(const std::vector<std::string>& words, std::size_t pos, bool definite) const {
  Resolution r;
  std::size_t n = model_.role_suffix(words);
  if (n == 0) return r;
  std::string head;
  for (std::size_t k = words.size() - n; k < words.size(); ++k) head += (head.empty() ? "" : " ") + words[k];
  std::vector<std::string> mods(words.begin(), words.end() - static_cast<long>(n));
  bool dated = false;  // "the former president"
  for (const auto& m : mods) dated = dated || lex().is(WordClass::kFormerModifiers, m);
  std::vector<int> candidates;
  for (std::size_t ei = 0; ei < entities_.size(); ++ei) {
    const Entity& e = entities_[ei];
    bool title = e.titles.count(head) != 0;
    if (!title) {
      // "top diplomat" matches a title "diplomat" and vice versa on the last word.
      const std::string& last = words.back();
      for (const auto& t : e.titles)
        if (t == last || (t.size() > last.size() && t.compare(t.size() - last.size(), last.size(), last) == 0 &&
                          t[t.size() - last.size() - 1] == ' '))
          title = true;
    }
    if (!title) continue;
    if (lower_rank_only(e, words.back(), words)) continue;  // "the leader" is not the deputy leader
    // "the president" is not the previous one, unless the mention says so ("the former president").
    if (!dated && e.former_titles.count(words.back()) && !e.current_titles.count(words.back())) continue;
    bool aff_ok = true;
    for (const auto& m : mods)
      if (model_.is_affiliation(m) && !e.affiliations.empty() && !e.affiliations.count(m)) aff_ok = false;
    if (aff_ok) candidates.push_back(static_cast<int>(ei));
  }
  // "The Moroccan leader": a nationality or place that described someone the text introduced
  // rules out the title holders it did not describe, as an affiliation does.
  for (const auto& m : mods) {
    if (model_.is_affiliation(m) || lex().is(WordClass::kNotNameWords, m)) continue;
    bool anyone = false;
    for (const Entity& e : entities_) anyone = anyone || (!e.from_profile && !e.institution && described_as(e, m));
    if (!anyone) continue;
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [&](int c) { return !described_as(entities_[static_cast<std::size_t>(c)], m); }),
                     candidates.end());
  }
  // "The Swedish minister" is not the one the text introduced as "Danish Fisheries Minister X": a
  // nationality adjective in the mention rules out a person the text described by another one.
  for (const auto& m : mods) {
    if (!proper_demonym(m)) continue;
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [&](int c) {
                                      const Entity& e = entities_[static_cast<std::size_t>(c)];
                                      if (described_as(e, m)) return false;
                                      for (const auto& d : e.descriptors)
                                        if (d != m && proper_demonym(d)) return true;
                                      return false;
                                    }),
                     candidates.end());
  }
  // "The former president": the people the text gave the title as a former one, when there are any.
  if (dated) {
    std::vector<int> former;
    for (int c : candidates)
      if (entities_[static_cast<std::size_t>(c)].former_titles.count(words.back())) former.push_back(c);
    if (!former.empty()) candidates = std::move(former);
  }
  // A title of several words ("vice president") prefers the people whose whole title ends with
  // it over those who merely share its last word ("president").
  if (n > 1) {
    std::vector<int> exact;
    for (int c : candidates) {
      const Entity& e = entities_[static_cast<std::size_t>(c)];
      bool whole = e.titles.count(head) != 0;
      for (const auto& phrase : e.title_phrases)
        whole = whole || phrase == head ||
                (phrase.size() > head.size() && phrase.compare(phrase.size() - head.size(), head.size(), head) == 0 &&
                 phrase[phrase.size() - head.size() - 1] == ' ');
      if (whole) exact.push_back(c);
    }
    if (!exact.empty()) candidates = std::move(exact);
  }
  // Titles the text gave (as whole titles) before the profile's whole titles, before a title
  // that merely ends with the word ("general secretary" for "the secretary").
  std::vector<int> introduced, whole;
  for (int c : candidates) {
    const Entity& e = entities_[static_cast<std::size_t>(c)];
    bool by_text = !e.from_profile && e.titles.count(head) != 0;
    for (const auto& phrase : e.title_phrases)
      by_text = by_text || phrase == head ||
                (phrase.size() > head.size() && phrase.compare(phrase.size() - head.size(), head.size(), head) == 0 &&
                 phrase[phrase.size() - head.size() - 1] == ' ');
    if (by_text) introduced.push_back(c);
    if (by_text || e.titles.count(head)) whole.push_back(c);
  }
  int best = most_salient(pos, introduced, kMentioned);
  if (best < 0) best = most_salient(pos, whole, kMentioned);
  if (best < 0) best = most_salient(pos, candidates, kMentioned);
  if (best < 0 && definite && !model_.institution_head(words)) {
    // "The Korean counterpart": nobody the text mentioned holds the title; the person the text
    // described so.
    candidates.clear();
    for (std::size_t ei = 0; ei < entities_.size(); ++ei) {
      const Entity& e = entities_[ei];
      if (e.institution || e.gender == Gender::kGroup) continue;
      for (const auto& m : mods)
        if (described_as(e, m) || (!e.from_profile && e.affiliations.count(m))) {
          candidates.push_back(static_cast<int>(ei));
          break;
        }
    }
    best = most_salient(pos, candidates, kMentioned);
    // "Putin met Xi. … the Russian President": of the people who met last, the one only whom
    // the affiliation does not rule out.
    const auto* group = group_before(pos);
    bool affiliated = false;
    for (const auto& m : mods) affiliated = affiliated || model_.is_affiliation(m);
    if (best < 0 && group && affiliated) {
      std::vector<int> left;
      for (int member : group->second) {
        const Entity& e = entities_[static_cast<std::size_t>(member)];
        bool ok = !e.institution;
        for (const auto& m : mods)
          if (model_.is_affiliation(m) && !e.affiliations.empty() && !e.affiliations.count(m)) ok = false;
        if (ok) left.push_back(member);
      }
      if (left.size() == 1) best = left.front();
    }
  }
  if (best < 0 && !candidates.empty()) {
    // Not mentioned before: the first candidate mentioned anywhere in the text.
    for (const Event& ev : events_)
      if (std::find(candidates.begin(), candidates.end(), ev.entity) != candidates.end()) {
        best = ev.entity;
        break;
      }
  }
  if (best >= 0) {
    r.entity = best;
    r.speaker = entities_[static_cast<std::size_t>(best)].name;
    r.how = "role noun '" + head + "' resolved to the most salient speaker with that title";
    r.factor = kTitleHolder;
  }
  return r;
}

int Discourse::department_holder(const std::vector<Word>& toks, std::size_t first, std::size_t pos) const {
  // The title from its first role word on, without articles: "secretary of education".
  std::size_t t = first;
  while (t < toks.size() && !model_.is_role_word(toks[t].lower)) ++t;
  if (t + 2 >= toks.size()) return -1;
  const Word& prep = toks[t + 1];
  if (prep.lower != role_word(WordRole::kGenitive) && prep.lower != role_word(WordRole::kBenefactive) &&
      !prep.in(WordClass::kTitleDestinationPrepositions))
    return -1;
  std::string phrase;
  for (std::size_t m = t; m < toks.size(); ++m) {
    // A name after the department is no bare title ("Secretary of Education Jane Roe" is read by name).
    if (m > t + 1 && toks[m].capitalized &&
        (toks[m].in(WordClass::kMaleGivenNames) || toks[m].in(WordClass::kFemaleGivenNames)))
      return -1;
    if (toks[m].lower != role_word(WordRole::kDefiniteArticle)) phrase += (phrase.empty() ? "" : " ") + toks[m].lower;
  }
  std::vector<int> holders;
  for (std::size_t ei = 0; ei < entities_.size(); ++ei)
    for (const auto& whole : entities_[ei].department_titles)
      if (whole == phrase ||
          (whole.size() > phrase.size() && whole.compare(whole.size() - phrase.size(), phrase.size(), phrase) == 0 &&
           whole[whole.size() - phrase.size() - 1] == ' ')) {
        holders.push_back(static_cast<int>(ei));
        break;
      }
  if (holders.size() == 1) return holders.front();
  return most_salient(pos, holders, kMentioned);
}

bool Discourse::of_a_name(std::size_t first, std::size_t end) const {
  if (end == first || end + 1 >= words_.size() || !joined(end - 1) ||
      words_[end].lower != role_word(WordRole::kGenitive) || !joined(end) ||
      words_[end].sentence != words_[end - 1].sentence)
    return false;
  const Word& last = words_[end - 1];
  if (last.stem_end != last.span.end || model_.is_role_word(last.lower)) return false;
  if (model_.institution_head({last.lower})) return true;
  if (!last.capitalized) return false;
  std::vector<std::string> name;
  for (std::size_t m = first; m < end; ++m)
    if (!words_[m].in(WordClass::kNotNameWords)) name.push_back(words_[m].lower);
  bool partial = false;
  return !name.empty() && find_by_tokens(name, &partial) < 0 && !partial;
}

std::vector<Word> Discourse::widen(const std::vector<Word>& toks) const {
  if (toks.empty()) return toks;
  auto at = std::lower_bound(words_.begin(), words_.end(), toks.front().span.begin,
                             [](const Word& w, std::size_t p) { return w.span.begin < p; });
  if (at == words_.end() || at->span.begin != toks.front().span.begin) return toks;
  // "the Dockers' Association of Pellam": the members' possessive is a word of the name.
  const std::size_t toks_end = static_cast<std::size_t>(at - words_.begin()) + toks.size();
  std::size_t first = members_possessive_start(static_cast<std::size_t>(at - words_.begin()));
  std::size_t end = toks_end;
  auto role = [&](const std::string& w) {
    if (model_.role_suffix({w}) > 0) return true;
    return w.size() > 3 && w.back() == 's' && model_.role_suffix({w.substr(0, w.size() - 1)}) > 0;
  };
  // A particle that begins the surname: "Van" of "Van Rompuy", "de la" of "de la Calle".
  while (first > 0 && end - first < 5 && words_[first].capitalized && joined(first - 1) &&
         words_[first - 1].in(WordClass::kNameParticles) && words_[first - 1].lower != role_word(WordRole::kGenitive))
    --first;
  const Word& last = words_[end - 1];
  const bool plural_role = end - first == 1 && last.capitalized && last.lower.size() > 3 && last.lower.back() == 's' &&
                           role(last.lower) && joined(end - 1) && words_[end].lower == role_word(WordRole::kGenitive);
  if (!plural_role && last.capitalized && last.stem_end == last.span.end && !model_.is_role_word(last.lower)) {
    // A proper name that modifies a description the mention left out: "Civil" of "Civil society
    // representatives", "European Union" of "European Union foreign policy chief X".
    std::size_t head = 0;
    for (std::size_t j = end;
         j < end + 4 && joined(j - 1) && !words_[j].capitalized && !words_[j].in(WordClass::kNotNameWords) &&
         (is_noun(words_[j].tag) || is_adjective(words_[j].tag) || role(words_[j].lower));
         ++j)
      if (role(words_[j].lower)) head = j + 1;
    if (head > 0) {
      end = head;
      // The person the description titles: "… chief Catherine Ashton".
      std::size_t len = 0;
      if (joined(end - 1) && words_[end].capitalized && alias_at(words_.data(), words_.size(), end, &len) >= 0 &&
          !entities_[static_cast<std::size_t>(alias_at(words_.data(), words_.size(), end, &len))].institution)
        end += len;
    }
  } else if (!plural_role && last.capitalized && last.stem_end < last.span.end && end < words_.size() &&
             joined(end - 1) &&
             text_.substr(words_[end - 1].span.end, words_[end].span.begin - words_[end - 1].span.end) == " ") {
    // A possessive whose title has its holder in apposition: "the Harbor Guard's commandant,
    // Adm. Tom Hale,": the mention runs on to the title (and below to the holder).
    std::size_t head = 0;
    for (std::size_t j = end;
         j < end + 3 && j < words_.size() && !words_[j].capitalized && !words_[j].in(WordClass::kNotNameWords) &&
         (is_noun(words_[j].tag) || is_adjective(words_[j].tag) || role(words_[j].lower));
         ++j) {
      if (role(words_[j].lower)) head = j + 1;
      if (j + 1 >= words_.size() || !joined(j)) break;
    }
    if (head > 0 && head < words_.size() && words_[head].sentence == words_[head - 1].sentence &&
        text_.substr(words_[head - 1].span.end, words_[head].span.begin - words_[head - 1].span.end) == ", ")
      end = head;
  } else if (plural_role) {
    // A plural role noun "of" a proper name: "Leaders of the Southern African Development Community".
    std::size_t j = end + 1;
    if (joined(j - 1) && words_[j].lower == role_word(WordRole::kDefiniteArticle)) ++j;
    const std::size_t name = j;
    while (j < words_.size() && words_[j].capitalized && joined(j - 1)) ++j;
    if (j > name) end = j;
  }
  if (end == toks_end && end + 2 < words_.size() && words_[end - 1].capitalized &&
      !words_[first].in(WordClass::kDeterminers) && model_.is_role_word(words_[end - 1].lower) && joined(end - 1) &&
      words_[end].lower == role_word(WordRole::kConjunctionAnd)) {
    // Two titles joined before the holder's name: "Acme President and CEO Jane Roe". The second
    // title is capitalised role words or an acronym ("CEO"); the name a person the text knows. A
    // definite first title stands for a person of its own ("the Attorney General and Minister X").
    std::size_t j = end + 1;
    while (
        j + 1 < words_.size() && j - end <= 3 && joined(j - 1) && words_[j].capitalized &&
        (model_.is_role_word(words_[j].lower) || words_[j].all_caps || is_title_abbreviation(lex(), words_[j].lower)))
      ++j;
    std::size_t len = 0;
    const int who = j > end + 1 && joined(j - 1) ? alias_at(words_.data(), words_.size(), j, &len) : -1;
    if (who >= 0 && !entities_[static_cast<std::size_t>(who)].institution) end = j + len;
  }
  if (end == toks_end && of_a_name(first, end)) {
    // A body "of" a proper name: "the leadership of Ukraine", "the National Political Bureau of
    // the Broad Front": the body is named with its organisation or place.
    std::size_t j = end + 1;
    if (joined(j - 1) && words_[j].lower == role_word(WordRole::kDefiniteArticle)) ++j;
    const std::size_t name = j;
    while (j < words_.size() && words_[j].capitalized && joined(j - 1) && !words_[j].in(WordClass::kNotNameWords)) ++j;
    if (j > name) end = j;
  }
  bool bare = true;  // the mention is a role noun with at most function words before it
  for (std::size_t m = first; m + 1 < end; ++m) bare = bare && words_[m].in(WordClass::kNotNameWords);
  if (bare && role(last.lower) && joined(end - 1) && end + 1 < words_.size() &&
      words_[end].in(WordClass::kSourceQualifiers) && joined(end) && words_[end + 1].tag == Tag::IN) {
    // "sources close to the process", "officials familiar with the talks": the description.
    std::size_t j = end + 2;
    if (j < words_.size() && joined(j - 1) && words_[j].in(WordClass::kDeterminers)) ++j;
    const std::size_t np = j;
    while (j < words_.size() && j - np < 3 && joined(j - 1) &&
           (is_noun(words_[j].tag) || is_adjective(words_[j].tag)) && !words_[j].in(WordClass::kNotNameWords))
      ++j;
    if (j > np) end = j;
  }
  if (end < words_.size() && words_[end - 1].sentence == words_[end].sentence) {
    // A title whose holder follows in apposition: "The Minister of Foreign Affairs, John Smith,";
    // the title's department may follow the mention ("Commissioner [for Trade and Industry], Jane
    // Roe,").
    std::vector<std::string> lower;
    for (std::size_t m = first; m < end; ++m) lower.push_back(words_[m].lower);
    bool titled = false;
    for (const auto& w : lower) titled = titled || model_.is_role_word(w);
    const std::size_t after = titled ? department_end(end) : end;
    const std::string_view gap =
        text_.substr(words_[after - 1].span.end, words_[after].span.begin - words_[after - 1].span.end);
    // The holder's own title before the name: "Its commandant, Adm. Tom Hale,".
    std::size_t holder = after;
    while (holder + 1 < words_.size() && holder - after < 2 && words_[holder].capitalized &&
           words_[holder].sentence == words_[after].sentence && joined(holder) &&
           (is_title_abbreviation(lex(), words_[holder].lower) || model_.is_role_word(words_[holder].lower)))
      ++holder;
    std::size_t len = 0;
    const int who = gap == ", " && titled ? alias_at(words_.data(), words_.size(), holder, &len) : -1;
    bool partial = false;
    if (who >= 0 && !entities_[static_cast<std::size_t>(who)].institution && find_by_tokens(lower, &partial) < 0 &&
        (holder + len == words_.size() || words_[holder + len].sentence != words_[holder].sentence ||
         text_[words_[holder + len - 1].span.end] == ','))
      end = holder + len;
  }
  if (end == toks_end) end = titled_holder_end(first, end);
  if (end < words_.size() && members_possessive_start(end) < end) {
    // "the Baltic Fishers' Network": a members' possessive inside a body's name runs on to its head.
    std::size_t j = end;
    while (j < words_.size() && (j == end || joined(j - 1)) && words_[j].sentence == words_[end].sentence &&
           words_[j].capitalized && !words_[j].in(WordClass::kNotNameWords) && !model_.is_role_word(words_[j].lower) &&
           words_[j - 1].stem_end == words_[j - 1].span.end)
      ++j;
    end = j;
  }
  end = listed_name_end(first, end);
  if (first == static_cast<std::size_t>(at - words_.begin()) && end == toks_end) return toks;
  std::vector<Word> out(words_.begin() + static_cast<long>(first), words_.begin() + static_cast<long>(end));
  // The mention's own last word keeps its cut (a possessive left out).
  out[static_cast<std::size_t>(at - words_.begin()) - first + toks.size() - 1].span.end = toks.back().span.end;
  return out;
}

std::size_t Discourse::titled_holder_end(std::size_t first, std::size_t end) const {
  constexpr std::size_t kMostWords = 12;
  if (end >= words_.size() || !joined(end - 1) || words_[end - 1].stem_end < words_[end - 1].span.end) return end;
  bool titled = false;
  for (std::size_t m = first; m < end; ++m) {
    if (!words_[m].capitalized && (m == first || !words_[m].in(WordClass::kInstitutionJoiners)))
      return end;  // Title Case only
    std::size_t len = 0;
    const int who = alias_at(words_.data(), end, m, &len);
    if (who >= 0 && !entities_[static_cast<std::size_t>(who)].institution) return end;  // names its person
    titled = titled || model_.is_role_word(words_[m].lower);
  }
  std::size_t j = end;
  while (j < words_.size() && j - end < kMostWords && (j == end || joined(j - 1)) &&
         (words_[j].capitalized || words_[j].in(WordClass::kInstitutionJoiners))) {
    // "the Attorney General and Minister Jane Roe": a second titled person.
    if (words_[j].lower == role_word(WordRole::kConjunctionAnd) && !words_[j].capitalized && j + 1 < words_.size() &&
        model_.is_role_word(words_[j + 1].lower))
      break;
    titled = titled || (words_[j].capitalized && model_.is_role_word(words_[j].lower));
    ++j;
  }
  if (!titled || j == end || !words_[j - 1].capitalized || words_[j - 1].stem_end < words_[j - 1].span.end) return end;
  for (std::size_t p = end + 1; p < j; ++p) {
    std::size_t len = 0;
    const int who = words_[p - 1].capitalized ? alias_at(words_.data(), j, p, &len) : -1;
    if (who >= 0 && p + len == j && !entities_[static_cast<std::size_t>(who)].institution) return j;
  }
  return end;
}

// The end of a title's department after words_[end - 1]: "for Trade and Industry", "of the
// Council" (capitalised words and joiners, up to a capitalised word before a comma), or `end`.
std::size_t Discourse::department_end(std::size_t end) const {
  if (end >= words_.size() || !joined(end - 1) ||
      (words_[end].lower != role_word(WordRole::kGenitive) && words_[end].lower != role_word(WordRole::kBenefactive)) ||
      words_[end].capitalized)
    return end;
  constexpr std::size_t kMostWords = 8;
  std::size_t j = end + 1;
  while (j < words_.size() && j - end <= kMostWords && joined(j - 1) &&
         (words_[j].capitalized || words_[j].in(WordClass::kNpJoiners) || words_[j].in(WordClass::kDeterminers) ||
          words_[j].lower == words_[end].lower))  // "for a Europe Fit for the Digital Age"
    ++j;
  if (j >= words_.size() || words_[j].sentence != words_[j - 1].sentence || !words_[j - 1].capitalized ||
      text_.substr(words_[j - 1].span.end, words_[j].span.begin - words_[j - 1].span.end) != ", ")
    return end;
  return j;
}

namespace {
// The initials of the capitalised words first..j-1 of a name and the capitals of the acronym at j.
std::pair<std::string, std::string> initials_and_acronym(std::string_view text, const std::vector<Word>& words,
                                                         std::size_t first, std::size_t j) {
  std::string initials;
  for (std::size_t m = first; m < j; ++m)
    if (words[m].capitalized && !words[m].in(WordClass::kNotNameWords)) initials += text[words[m].span.begin];
  std::string acronym;
  for (std::size_t c = words[j].span.begin; c < words[j].span.end; ++c)
    if (text[c] >= 'A' && text[c] <= 'Z') acronym += text[c];
  return {initials, acronym};
}
}  // namespace

// A name cut at the comma of its own list of parts, confirmed by its acronym in brackets: "the
// Ministry of Agriculture, Forestry and Fisheries of Freedonia (MAFF)" is one body, named whole
// when the initials of its capitalised words begin with the acronym's letters.
std::size_t Discourse::listed_name_end(std::size_t first, std::size_t end) const {
  if (end >= words_.size() || end == first || !words_[end - 1].capitalized ||
      words_[end].sentence != words_[end - 1].sentence ||
      text_.substr(words_[end - 1].span.end, words_[end].span.begin - words_[end - 1].span.end) != ", " ||
      !words_[end].capitalized)
    return end;
  constexpr std::size_t kMostWords = 14;
  std::size_t j = end;
  bool and_seen = false;
  while (j < words_.size() && j - first < kMostWords && words_[j].sentence == words_[end].sentence) {
    const std::string_view gap = text_.substr(words_[j - 1].span.end, words_[j].span.begin - words_[j - 1].span.end);
    if (gap != " " && gap != ", ") break;
    if (words_[j].capitalized) {
      ++j;
      continue;
    }
    if (words_[j].lower == role_word(WordRole::kConjunctionAnd))
      and_seen = true;
    else if (!words_[j].in(WordClass::kNameParticles) && words_[j].lower != role_word(WordRole::kDefiniteArticle))
      break;
    ++j;
  }
  if (!and_seen || j >= words_.size() || !words_[j].all_caps) return end;
  const std::string_view bracket = text_.substr(words_[j - 1].span.end, words_[j].span.begin - words_[j - 1].span.end);
  if (bracket != " (") return end;
  const auto [initials, acronym] = initials_and_acronym(text_, words_, first, j);
  if (acronym.size() < 3 || initials.compare(0, acronym.size(), acronym) != 0) return end;
  // Up to the last capitalised word before the bracket.
  while (j > end && !words_[j - 1].capitalized) --j;
  return j;
}

// A body's name runs through capitalised words and the small words "and", "for", "of" and "the"
// between them ("Substance Abuse and Mental Health Services Administration") when an acronym of
// three letters or more follows it in brackets whose letters the initials of its capitalised
// words begin or end with ("U.S. Consumer Product Safety Commission (CPSC)").
Span Discourse::acronym_name(Span mention) const {
  auto [first, last] = words_in(mention);
  if (first >= last) return {};
  if (words_[first].lower == role_word(WordRole::kDefiniteArticle) && first + 1 < last) ++first;
  if (!words_[first].capitalized) return {};
  constexpr std::size_t kMostWords = 14;
  std::size_t j = first + 1;
  bool bracket = false;
  for (; j < words_.size() && j - first < kMostWords && words_[j].sentence == words_[first].sentence; ++j) {
    const std::string_view gap = text_.substr(words_[j - 1].span.end, words_[j].span.begin - words_[j - 1].span.end);
    if (gap == " (") {
      bracket = words_[j].all_caps;
      break;
    }
    if (gap != " ") break;
    if (words_[j].capitalized) continue;
    if (!words_[j].in(WordClass::kInstitutionJoiners) && !words_[j].in(WordClass::kNameParticles)) break;
  }
  if (j < last || !words_[j - 1].capitalized) return {};
  // "The Department of Commerce's National Telecommunications and Information Administration
  // (NTIA)": a possessive inside the run names the owner; the body's name follows it.
  for (std::size_t k = first; k + 1 < j; ++k)
    if (words_[k].stem_end < words_[k].span.end && words_[k + 1].capitalized) first = k + 1;
  if (!bracket) {
    // No acronym in brackets: a name of three capitalised words or more, a joiner among them,
    // whose initials are exactly an acronym the text writes elsewhere ("National Archives and
    // Records Administration" where the text writes "NARA's") is one body too.
    std::string initials;
    bool joiner = false;
    for (std::size_t m = first; m < j; ++m) {
      if (words_[m].capitalized && !words_[m].in(WordClass::kNotNameWords)) initials += text_[words_[m].span.begin];
      joiner = joiner || (!words_[m].capitalized && words_[m].in(WordClass::kInstitutionJoiners));
    }
    if (initials.size() < 3 || !joiner) return {};
    bool written = false;
    for (std::size_t m = 0; m < words_.size() && !written; ++m) {
      if (m >= first && m < j) continue;
      const std::string_view w = text_.substr(words_[m].span.begin, words_[m].stem_end - words_[m].span.begin);
      written = w == initials;
    }
    if (!written) return {};
    return {words_[first].span.begin, words_[j - 1].stem_end};
  }
  const auto [initials, acronym] = initials_and_acronym(text_, words_, first, j);
  if (acronym.size() < 3 || initials.size() < acronym.size()) return {};
  if (initials.compare(0, acronym.size(), acronym) != 0) {
    if (initials.compare(initials.size() - acronym.size(), acronym.size(), acronym) != 0) return {};
    // The acronym's letters end the initials: the words before them are a modifier ("U.S.
    // Consumer Product Safety Commission (CPSC)"), or a head noun that is no body, with the body
    // after its "of" ("the 50th Anniversary of the Freedonia Trade Agency (FTA)"): the body.
    for (std::size_t b = first + 1; b + 1 < j; ++b) {
      if (!words_[b].capitalized || words_[b - 1].capitalized) continue;
      std::size_t head = b - 1;
      while (head > first && !words_[head].capitalized) --head;
      if (!words_[head].capitalized || model_.institution_head({words_[head].lower})) break;
      const auto [rest, rest_acronym] = initials_and_acronym(text_, words_, b, j);
      if (rest.size() >= acronym.size() && rest.compare(0, acronym.size(), acronym) == 0) {
        first = b;
        break;
      }
    }
  }
  return {words_[first].span.begin, words_[j - 1].stem_end};
}

std::size_t Discourse::body_name_end(std::size_t first, std::size_t end, bool* listed) const {
  *listed = false;
  if (end <= first || end > words_.size() || in_headline(first)) return end;
  constexpr std::size_t kMostRun = 5;    // capitalised words after a preposition
  constexpr std::size_t kMostItem = 3;   // capitalised words of one listed part
  constexpr std::size_t kMostItems = 5;  // listed parts
  bool head = false, prep = false;
  for (std::size_t m = first; m < end; ++m) {
    head = head || (words_[m].capitalized && model_.institution_head({words_[m].lower}));
    prep = prep || (!words_[m].capitalized && words_[m].in(WordClass::kBodyNamePrepositions));
  }
  if (!head) return end;
  auto gap = [&](std::size_t j) {
    return text_.substr(words_[j - 1].span.end, words_[j].span.begin - words_[j - 1].span.end);
  };
  // A run of capitalised words from k: no title, no person the text knows, no word the pack says
  // is never a name; a listed part holds no acronym and no other body's head. It ends after a
  // possessive.
  auto name_run = [&](std::size_t k, std::size_t most, bool item) {
    std::size_t n = k;
    while (n < words_.size() && n - k < most && words_[n].sentence == words_[k].sentence && (n == k || joined(n - 1)) &&
           words_[n].capitalized && !words_[n].in(WordClass::kNotNameWords) && !words_[n].in(WordClass::kMonths) &&
           !model_.is_role_word(words_[n].lower) &&
           !(item && (words_[n].all_caps || model_.institution_head({words_[n].lower})))) {
      std::size_t len = 0;
      const int who = alias_at(words_.data(), words_.size(), n, &len);
      if (who >= 0 && !entities_[static_cast<std::size_t>(who)].institution) break;
      ++n;
      if (words_[n - 1].stem_end < words_[n - 1].span.end) break;
    }
    return n;
  };
  // A listed part the text also writes as a name on its own elsewhere ("Oxfam said"), no
  // capitalised word beside it: a speaker of its own, so the list is a joint subject.
  auto stands_alone = [&](std::size_t b, std::size_t e) {
    if (e != b + 1) return false;
    for (std::size_t x = 0; x < words_.size(); ++x)
      if (x != b && words_[x].lower == words_[b].lower && words_[x].capitalized && !sentence_initial(words_[x]) &&
          !(x > 0 && words_[x - 1].capitalized) && !(x + 1 < words_.size() && words_[x + 1].capitalized))
        return true;
    return false;
  };
  std::size_t j = end;
  while (j < words_.size() && words_[j].sentence == words_[j - 1].sentence &&
         words_[j - 1].stem_end == words_[j - 1].span.end) {
    const std::string_view g = gap(j);
    if (g == " " && !words_[j].capitalized && words_[j].in(WordClass::kBodyNamePrepositions) && joined(j)) {
      std::size_t k = j + 1;
      if (k + 1 < words_.size() && words_[k].lower == role_word(WordRole::kDefiniteArticle) && !words_[k].capitalized &&
          joined(k))
        ++k;
      const std::size_t n = name_run(k, kMostRun, false);
      if (n == k) break;
      j = n;
      prep = true;
      continue;
    }
    if (g == ", " && prep && !*listed) {
      // "of Water, Sanitation and Irrigation": parts between commas, the last after "and".
      std::size_t k = j;
      bool and_seen = false, ok = true;
      for (std::size_t items = 0; ok && items < kMostItems; ++items) {
        const std::size_t n = name_run(k, kMostItem, true);
        if (n == k || words_[n - 1].stem_end < words_[n - 1].span.end || stands_alone(k, n)) {
          ok = false;
          break;
        }
        k = n;
        if (and_seen || k >= words_.size() || words_[k].sentence != words_[k - 1].sentence) break;
        const std::string_view g2 = gap(k);
        if (g2 == ", ") continue;
        if (g2 == " " && !words_[k].capitalized && words_[k].lower == role_word(WordRole::kConjunctionAnd) &&
            joined(k)) {
          and_seen = true;
          ++k;
          continue;
        }
        ok = false;
      }
      if (!ok || !and_seen) break;
      j = k;
      *listed = true;
      continue;
    }
    break;
  }
  return j;
}

std::string Discourse::body_name_text(std::size_t first, std::size_t end, bool listed) const {
  std::size_t e = end;
  const bool acronym =
      end < words_.size() && words_[end].all_caps &&
      text_.substr(words_[end - 1].span.end, words_[end].span.begin - words_[end - 1].span.end) == " (";
  if (listed && !acronym) {
    // "… and Irrigation of Kenya": after the listed parts, "of" and a place places the body; a
    // reader names the body without it (as "Kenya's Ministry of …").
    for (std::size_t m = end - 1; m > first + 1; --m) {
      if (words_[m].capitalized) continue;
      bool after_list = false;
      for (std::size_t n = first; n < m && !after_list; ++n)
        after_list = words_[n].lower == role_word(WordRole::kConjunctionAnd) && !words_[n].capitalized;
      if (words_[m].lower == role_word(WordRole::kGenitive) && after_list && end - m <= 3) e = m;
      break;
    }
  }
  return std::string(text_.substr(words_[first].span.begin, words_[e - 1].stem_end - words_[first].span.begin));
}

Span Discourse::body_name(Span mention, std::string* name) const {
  const auto [f, l] = words_in(mention);
  if (f >= l || l > words_.size()) return {};
  // Past its articles and an owner's possessive ("Ecuador's Ministry of Production").
  std::size_t first = f;
  for (std::size_t m = f; m + 1 < l; ++m)
    if (words_[m].stem_end < words_[m].span.end) first = m + 1;
  while (first < l && (!words_[first].capitalized || words_[first].in(WordClass::kNotNameWords))) ++first;
  if (first >= l || !words_[l - 1].capitalized || words_[l - 1].stem_end < words_[l - 1].span.end) return {};
  for (std::size_t m = first; m < l; ++m)
    if (!words_[m].capitalized && !words_[m].in(WordClass::kBodyNamePrepositions) &&
        words_[m].lower != role_word(WordRole::kConjunctionAnd))
      return {};
  auto gap = [&](std::size_t j) {
    return text_.substr(words_[j - 1].span.end, words_[j].span.begin - words_[j - 1].span.end);
  };
  // The first word of the capitalised run that ends before the preposition at p (the head's run).
  auto head_run_start = [&](std::size_t p) {
    std::size_t h = p;
    while (h > 0 && p - h < 6 && words_[h - 1].capitalized && !words_[h - 1].in(WordClass::kNotNameWords) &&
           words_[h - 1].sentence == words_[p].sentence && (h == p || joined(h - 1)) &&
           words_[h - 1].stem_end == words_[h - 1].span.end)
      --h;
    return h;
  };
  std::size_t start = first;
  bool listed = false;
  std::size_t end = l;
  if (first == f && first > 0 && words_[first - 1].sentence == words_[first].sentence && gap(first) == ", ") {
    // The mention is the tail of a listed name ("Sanitation and Irrigation" of "the Ministry of
    // Water, Sanitation and Irrigation"): back over the parts to the preposition after the head.
    constexpr std::size_t kMostItems = 5;
    std::size_t b = first;
    for (std::size_t items = 0; items < kMostItems; ++items) {
      std::size_t s = b;
      while (s > 0 && b - s < 3 && words_[s - 1].capitalized && !words_[s - 1].in(WordClass::kNotNameWords) &&
             words_[s - 1].sentence == words_[b].sentence && (s == b || joined(s - 1)) &&
             words_[s - 1].stem_end == words_[s - 1].span.end)
        --s;
      if (s == b || s < 2 || words_[s - 1].sentence != words_[b].sentence) return {};
      if (gap(s) == ", ") {
        b = s;
        continue;
      }
      if (!joined(s - 1) || words_[s - 1].capitalized || !words_[s - 1].in(WordClass::kBodyNamePrepositions) ||
          !joined(s - 2))
        return {};
      // The head's run before the preposition.
      const std::size_t p = s - 1;
      const std::size_t h = head_run_start(p);
      if (h == p) return {};
      start = h;
      end = body_name_end(start, p, &listed);
      if (!listed || end < l) return {};
      break;
    }
    if (start == first) return {};
  } else if (first == f && first >= 2 && !words_[first - 1].capitalized && joined(first - 1) &&
             (words_[first - 1].in(WordClass::kBodyNamePrepositions) ||
              (words_[first - 1].lower == role_word(WordRole::kDefiniteArticle) && first >= 3 &&
               !words_[first - 2].capitalized && words_[first - 2].in(WordClass::kBodyNamePrepositions) &&
               joined(first - 2)))) {
    // The mention is the tail after the head's preposition ("Maritime Safety" of "the Commission
    // on Maritime Safety"): back to the head's run, when one is there.
    const std::size_t p = words_[first - 1].in(WordClass::kBodyNamePrepositions) ? first - 1 : first - 2;
    if (p == 0 || !joined(p - 1)) return {};
    const std::size_t h = head_run_start(p);
    if (h == p) return {};
    start = h;
    end = body_name_end(start, p, &listed);
    if (end < l) return {};
  } else {
    end = body_name_end(first, l, &listed);
    if (end == l) return {};
  }
  *name = body_name_text(start, end, listed);
  return {words_[start].span.begin, words_[end - 1].stem_end};
}

Span Discourse::earlier_cataphor(const std::string& head, std::size_t pos) const {
  constexpr std::size_t kReach = 1500;  // words looked back
  auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                             [](const Word& w, std::size_t p) { return w.span.begin < p; });
  for (std::size_t h = static_cast<std::size_t>(it - words_.begin()), n = 0; h-- > 1 && n < kReach; ++n) {
    if (words_[h].lower != head || words_[h].capitalized || !joined(h - 1)) continue;
    if (!(words_[h - 1].lower == role_word(WordRole::kDefiniteArticle) ||
          words_[h - 1].in(WordClass::kMentionDeterminers)))
      continue;
    const Span next = named_next(words_[h].span.end);
    if (next.end > next.begin && next.end <= pos) return next;
  }
  return {};
}

std::string Discourse::earlier_indefinite(const std::string& head, std::size_t pos, std::string* name) const {
  if (name) name->clear();
  auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                             [](const Word& w, std::size_t p) { return w.span.begin < p; });
  for (std::size_t n = 0; it != words_.begin() && n < 300; ++n) {
    --it;
    if (it->lower != head || it->capitalized) continue;
    // Its modifiers ("One Western diplomat", "a senior official"), then "a", "an" or "one".
    auto b = it;
    while (b != words_.begin() && it - b < 4) {
      const Word& m = *std::prev(b);
      if (m.sentence != it->sentence || m.in(WordClass::kNotNameWords) || m.in(WordClass::kDeterminers) ||
          !(is_adjective(m.tag) || is_noun(m.tag)) ||
          text_.substr(m.span.end, std::next(&m)->span.begin - m.span.end) != " ")
        break;
      --b;
    }
    if (b == words_.begin()) return {};
    const Word& det = *std::prev(b);
    if (det.sentence != it->sentence ||
        !(det.in(WordClass::kIndefiniteArticles) || det.lower == role_word(WordRole::kNumeralOne)))
      return {};
    if (name)
      *name =
          apposed_to(static_cast<std::size_t>(&det - words_.data()), static_cast<std::size_t>(it - words_.begin()) + 1);
    return std::string(text_.substr(b->span.begin, it->stem_end - b->span.begin));
  }
  return {};
}

std::string Discourse::earlier_description(const std::string& head, std::size_t pos, std::size_t after) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                             [](const Word& w, std::size_t p) { return w.span.begin < p; });
  for (std::size_t n = 0; it != words_.begin() && n < 400; ++n) {
    --it;
    if (it->span.begin < after) break;
    if (it->lower != head) continue;
    // Its modifiers: adjectives and nouns before it in its phrase ("Diplomatic sources",
    // "senior Western officials"), not "the same" of an anaphor.
    auto b = it;
    while (b != words_.begin() && it - b < 4) {
      const Word& m = *std::prev(b);
      if (m.sentence != it->sentence || m.in(WordClass::kNotNameWords) || m.in(WordClass::kDeterminers) ||
          m.in(WordClass::kAnaphoricModifiers) || !(is_adjective(m.tag) || is_noun(m.tag)) ||
          text_.substr(m.span.end, std::next(&m)->span.begin - m.span.end) != " ")
        break;
      --b;
    }
    if (b == it) continue;
    return std::string(text_.substr(b->span.begin, it->stem_end - b->span.begin));
  }
  return {};
}

std::string Discourse::members_modifier(const std::string& head, std::size_t pos) const {
  auto it = std::lower_bound(words_.begin(), words_.end(), pos,
                             [](const Word& w, std::size_t p) { return w.span.begin < p; });
  std::size_t i = static_cast<std::size_t>(it - words_.begin());
  for (std::size_t n = 0; i > 0 && n < 400; ++n) {
    --i;
    if (words_[i].lower != head || !joined(i) || words_[i + 1].lower != role_word(WordRole::kGenitive)) continue;
    // Capitalised modifiers, then the members' plural noun: "of U.S. officials".
    std::size_t j = i + 2;
    while (j < words_.size() && j - i < 5 && joined(j - 1) && words_[j].capitalized &&
           !words_[j].in(WordClass::kNotNameWords))
      ++j;
    if (j == i + 2 || j >= words_.size() || !joined(j - 1) || words_[j].capitalized || words_[j].tag != Tag::NNS)
      continue;
    return std::string(text_.substr(words_[i + 2].span.begin, words_[j - 1].stem_end - words_[i + 2].span.begin));
  }
  return {};
}

std::string Discourse::fuller_modifier(const Word& modifier) const {
  std::string found;
  for (std::size_t i = 1; i < words_.size(); ++i) {
    if (words_[i].lower != modifier.lower || !words_[i].capitalized || words_[i].span.begin == modifier.span.begin ||
        (joined(i) && words_[i + 1].capitalized))  // the name must end there: not "Grand Ethiopian Renaissance Dam"
      continue;
    std::size_t b = i;
    while (b > 0 && i - b < 3 && joined(b - 1) && words_[b - 1].capitalized && !words_[b - 1].all_caps &&
           !words_[b - 1].in(WordClass::kNotNameWords) && !model_.is_role_word(words_[b - 1].lower) &&
           !sentence_initial(words_[b - 1]))
      --b;
    if (b == i) continue;
    const std::string name(text_.substr(words_[b].span.begin, words_[i].stem_end - words_[b].span.begin));
    if (!found.empty() && found != name) return {};  // two fuller names: neither is sure
    found = name;
  }
  return found;
}

bool Discourse::possessor_only(Span mention) const {
  // "said the union's deputy leader, Tom Roe": a mention that ends in a possessive before a
  // lower-case role noun is the determiner of the noun phrase that names the speaker, not the speaker.
  const std::string_view m = mention.in(text_);
  const bool possessive = (m.size() > 2 && m.compare(m.size() - 2, 2, "'s") == 0) ||
                          (m.size() > 4 && m.compare(m.size() - 4, 4, "\xE2\x80\x99s") == 0);
  if (!possessive || mention.end + 1 >= text_.size() || text_[mention.end] != ' ') return false;
  // The possessed noun phrase is a role: "the union's deputy leader" (not "Chu's dialogue").
  auto it = std::lower_bound(words_.begin(), words_.end(), mention.end + 1,
                             [](const Word& w, std::size_t p) { return w.span.begin < p; });
  for (std::size_t n = 0; it != words_.end() && n < 4 && !it->capitalized; ++n, ++it) {
    if (model_.is_role_word(it->lower) && model_.role_suffix({it->lower}) > 0) return true;
    if (it + 1 == words_.end() || !joined(static_cast<std::size_t>(it - words_.begin()))) break;
  }
  return false;
}

Span Discourse::modified_head(Span mention) const {
  const auto [f, l] = words_in(mention);
  if (l <= f || l >= words_.size()) return {};
  // The mention names a body: an institution noun among its words.
  bool body = false;
  for (std::size_t k = f; k < l && !body; ++k) body = model_.institution_head({words_[k].lower});
  if (!body) return {};
  const std::size_t sentence = words_[l - 1].sentence;
  constexpr std::size_t kMostWords = 8;  // of the name's rest, the short form and the head
  std::size_t m = l - 1;                 // the body's name ends with this word
  // The rest of its name that the mention left out, up to its possessive ("… of the Treasury's").
  if (words_[m].stem_end == words_[m].span.end && !words_[l].capitalized &&
      words_[l].in(WordClass::kInstitutionJoiners)) {
    std::size_t k = l;
    while (k < words_.size() && k < l + kMostWords && joined(k - 1) && words_[k].stem_end == words_[k].span.end &&
           (words_[k].capitalized || words_[k].in(WordClass::kInstitutionJoiners)))
      ++k;
    if (k >= words_.size() || !joined(k - 1) || !words_[k].capitalized || words_[k].stem_end == words_[k].span.end)
      return {};
    m = k;
  }
  std::size_t n = m + 1;  // the head's first word
  if (n >= words_.size() || words_[n].sentence != sentence) return {};
  if (words_[m].stem_end < words_[m].span.end) {
    if (!joined(m)) return {};
  } else {
    // Its short form in brackets: " (FLRA) ", " (Fiscal Service) ".
    if (text_.substr(words_[m].span.end, words_[n].span.begin - words_[m].span.end) != " (") return {};
    std::size_t c = n;
    while (c + 1 < words_.size() && c < n + 4 && words_[c].capitalized && joined(c)) ++c;
    if (c + 1 >= words_.size() || !words_[c].capitalized || words_[c + 1].sentence != sentence ||
        text_.substr(words_[c].span.end, words_[c + 1].span.begin - words_[c].span.end) != ") ")
      return {};
    n = c + 1;
  }
  if (!words_[n].capitalized) return {};
  // A person: capitalised words (a title among them) that name one person of the text.
  std::size_t e = n + 1;
  while (e < words_.size() && e < n + 6 && words_[e].capitalized && joined(e - 1) &&
         words_[e - 1].stem_end == words_[e - 1].span.end)
    ++e;
  if (persons_in({words_[n].span.begin, words_[e - 1].span.end}, {}).size() == 1)
    return {words_[n].span.begin, words_[e - 1].stem_end};
  // A body inside it: capitalised words and the joiners of a body's name, headed by an
  // institution noun at its end or before its first small word ("Bureau of the Fiscal Service").
  std::size_t k = n;
  std::vector<std::string> lower;
  while (k < words_.size() && k < n + kMostWords && (k == n || joined(k - 1)) &&
         (k == n || words_[k - 1].stem_end == words_[k - 1].span.end) &&
         (words_[k].capitalized || words_[k].in(WordClass::kInstitutionJoiners)))
    lower.push_back(words_[k++].lower);
  while (k > n && !words_[k - 1].capitalized) {
    --k;
    lower.pop_back();
  }
  if (k < n + 2) return {};
  bool headed = model_.institution_head(lower);
  for (std::size_t h = n + 1; !headed && h < k; ++h)
    if (!words_[h].capitalized) {
      headed = model_.institution_head({words_[h - 1].lower});
      break;
    }
  if (!headed) return {};
  return {words_[n].span.begin, words_[k - 1].stem_end};
}

std::size_t Discourse::apposed_name(const std::vector<Word>& toks) const {
  // "The chief executive of the Harbor consortium, Nadia Rahman": a description with a role noun,
  // then after its comma a name of two words or more (particles inside) that ends the mention.
  for (std::size_t m = toks.size(); m-- > 1;) {
    const std::string_view gap = text_.substr(toks[m - 1].span.end, toks[m].span.begin - toks[m - 1].span.end);
    if (gap.find_first_not_of(' ') == std::string_view::npos) continue;
    if (gap != ", " || toks.size() - m < 2 || toks.size() - m > 5) return 0;
    for (std::size_t n = m; n < toks.size(); ++n)
      if (!toks[n].capitalized && !(n > m && n + 1 < toks.size() && toks[n].in(WordClass::kNameParticles))) return 0;
    if (toks[m].in(WordClass::kNotNameWords) || model_.is_role_word(toks[m].lower)) return 0;
    for (std::size_t n = 0; n < m; ++n)
      if (!toks[n].capitalized && model_.is_role_word(toks[n].lower)) return m;
    return 0;
  }
  return 0;
}

Span Discourse::name_apposed_to(Span subject) const {
  const auto [first, last] = words_in(subject);
  if (first >= last || last >= words_.size()) return {};
  std::size_t n = last;
  while (n < words_.size() && n < last + 5 && words_[n].sentence == words_[first].sentence &&
         (words_[n].capitalized || (n > last && words_[n].in(WordClass::kNameParticles))))
    ++n;
  // The name's closing comma: "…, Nadia Rahman, said".
  if (n == last || n >= words_.size() || text_.compare(words_[n - 1].span.end, 1, ",") != 0) return {};
  const std::vector<Word> toks(words_.begin() + static_cast<long>(first), words_.begin() + static_cast<long>(n));
  const std::size_t at = apposed_name(toks);
  if (at == 0) return {};
  return {toks[at].span.begin, toks.back().span.end};
}

Resolution Discourse::resolve(Span mention, std::size_t salience_before) const {
  // Pronouns and role nouns look back from here: the mention itself, or the start of the
  // quotation it attributes when the mention follows it ("“…,” he said").
  const std::size_t back_from = std::min(mention.begin, salience_before);
  Resolution r;
  {
    // "said CPSC's Chairman Jane Roe": a mention cut at a possessive that a person's name follows
    // (capitalised words, a title among them) names only that person's body; the person speaks.
    const auto [f, l] = words_in(mention);
    if (l > f && l < words_.size() && words_[l - 1].stem_end < words_[l - 1].span.end && joined(l - 1) &&
        words_[l].capitalized && words_[l].sentence == words_[l - 1].sentence) {
      std::size_t e = l;
      while (e < words_.size() && e - l < 6 && words_[e].capitalized && words_[e].sentence == words_[l].sentence &&
             (e == l || joined(e - 1)) && (e == l || words_[e - 1].stem_end == words_[e - 1].span.end))
        ++e;
      const std::vector<int> who = persons_in({words_[l].span.begin, words_[e - 1].span.end}, {});
      if (who.size() == 1) return resolve({words_[l].span.begin, words_[e - 1].stem_end}, salience_before);
    }
  }
  if (const Span head = modified_head(mention); !head.empty()) return resolve(head, salience_before);
  if (possessor_only(mention)) return r;
  // "Her Sept. 4 keynote highlighted …", "Roe's statement stressed …": a speech or statement
  // noun speaks for its possessor, a possessive pronoun or name right before it or opening it.
  if (const auto [sf, sl] = words_in(mention);
      sf < sl && (words_[sl - 1].in(WordClass::kTitleSpeechNouns) || words_[sl - 1].in(WordClass::kReportNouns))) {
    std::size_t owner = sf;
    if ((words_[sf].stem_end < words_[sf].span.end || words_[sf].tag == Tag::PRP_S) && sf + 1 < sl) {
      owner = sf;  // the mention opens with the possessive
    } else if (sf > 0 && words_[sf - 1].sentence == words_[sf].sentence && joined(sf - 1) &&
               (words_[sf - 1].tag == Tag::PRP_S || words_[sf - 1].stem_end < words_[sf - 1].span.end)) {
      owner = sf - 1;
    } else {
      owner = words_.size();
    }
    if (owner < words_.size()) {
      Gender g = Gender::kUnknown;
      const bool pronoun = words_[owner].tag == Tag::PRP_S && is_pronoun(lex(), words_[owner].lower, &g) &&
                           (g == Gender::kMale || g == Gender::kFemale);
      if (pronoun || (words_[owner].capitalized && words_[owner].stem_end < words_[owner].span.end)) {
        // The possessor's name: the capitalised words joined before the possessive word.
        std::size_t b = owner;
        while (!pronoun && b > 0 && words_[b - 1].capitalized && joined(b - 1) &&
               words_[b - 1].sentence == words_[owner].sentence)
          --b;
        Resolution whose = resolve({words_[b].span.begin, words_[owner].stem_end}, salience_before);
        if (whose.entity >= 0 && !whose.description) {
          whose.how = "'" + std::string(mention.in(text_)) + "' speaks for its possessor: " + whose.how;
          return whose;
        }
      }
    }
  }
  if (std::string body; !body_name(mention, &body).empty()) {
    // A body named here in part: its whole name as the text introduces it.
    r.speaker = body;
    r.how = "institution '" + std::string(mention.in(text_)) + "' named in full as '" + body + "'";
    r.factor = kBodyInFull;
    return r;
  }
  std::vector<Word> toks = widen(words_at(mention));
  if (toks.empty()) return r;
  // A Title Case headline runs its subject into the verb ("Chairman Roe Welcomes President
  // Doe"): a capitalised cue of the profile in the present ends the name, unless it is a word of
  // a known name ("United States").
  auto in_name = [&](std::size_t m) {
    for (std::size_t i = 0; i <= m; ++i) {
      std::size_t len = 0;
      if (alias_at(toks.data(), toks.size(), i, &len) >= 0 && i + len > m) return true;
    }
    return false;
  };
  bool cut = false;
  for (std::size_t m = 1; m < toks.size() && !cut; ++m)
    if (toks[m].capitalized && toks[m].lower.size() > 3 && toks[m].lower.back() == 's' &&
        model_.is_cue_form(toks[m].lower) && !toks[m].in(WordClass::kReportNouns) && !in_name(m)) {
      toks.resize(m);
      cut = true;
    }
  mention = {std::min(mention.begin, toks.front().span.begin),
             cut ? toks.back().stem_end : std::max(mention.end, toks.back().stem_end)};
  // "The U.S. Department of Transportation's Federal Aviation Administration": after a possessive,
  // a name of two capitalised words or more is the head; the possessor only places it.
  for (std::size_t m = 0; m + 2 < toks.size(); ++m) {
    if (toks[m].stem_end >= toks[m].span.end) continue;  // no possessive ending
    bool name = true;
    for (std::size_t n = m + 1; n < toks.size() && name; ++n)
      name = toks[n].capitalized || (n > m + 1 && toks[n].in(WordClass::kNpJoiners));
    name = name && toks.back().capitalized;
    if (name && toks.back().span.end <= mention.end)
      return resolve({toks[m + 1].span.begin, mention.end}, salience_before);
    break;
  }
  if (const std::size_t apposed = apposed_name(toks); apposed > 0)
    return resolve({toks[apposed].span.begin, toks.back().span.end}, salience_before);
  std::vector<std::string> words;
  words.reserve(toks.size());
  for (const auto& t : toks) words.push_back(t.lower);

  Gender g = Gender::kUnknown;
  // "They", "the two leaders", "both sides": the last group of people acting together, unless an
  // institution was mentioned since.
  const bool plural_pronoun = words.size() == 1 && (words[0] == role_word(WordRole::kPluralPronoun) ||
                                                    words[0] == role_word(WordRole::kPluralObjectPronoun));
  // A common noun: "the United States" is a name.
  const bool plural_noun =
      words.size() >= 2 && words.back().size() > 3 && words.back().back() == 's' && !toks.back().capitalized &&
      (words[0] == role_word(WordRole::kDefiniteArticle) || words[0] == role_word(WordRole::kDualQuantifier) ||
       words[0] == role_word(WordRole::kUniversalQuantifier));
  // "both", "the two leaders", "the leaders", "the two sides": the people last acting together.
  // A group's number that heads its phrase ("the two", "all three"): the people acting together.
  // "Both of them" likewise.
  const bool bare_number =
      (words.size() == 2 && toks[1].in(WordClass::kGroupNumbers) &&
       (toks[0].in(WordClass::kDeterminers) || toks[0].in(WordClass::kGroupNumbers))) ||
      (words.size() == 3 && toks[0].in(WordClass::kGroupNumbers) && words[1] == role_word(WordRole::kGenitive) &&
       words[2] == role_word(WordRole::kPluralObjectPronoun));
  const bool pair_phrase =
      (words.size() == 1 && words[0] == role_word(WordRole::kDualQuantifier)) || plural_noun || bare_number;
  if (plural_noun) {
    // "the three national security advisors": everyone with that title mentioned so far.
    std::vector<std::string> singular(words.begin(), words.end());
    singular.back().pop_back();
    const std::size_t n = model_.role_suffix(singular);
    if (n > 0) {
      std::vector<int> members;
      for (const Event& ev : events_) {
        if (ev.pos >= back_from) break;
        const Entity& e = entities_[static_cast<std::size_t>(ev.entity)];
        // The mention's own title words must end one of the person's titles ("national security
        // advisors" is not "national security communications advisor").
        std::string wanted;
        for (std::size_t w = singular.size() - n; w < singular.size(); ++w)
          wanted += (wanted.empty() ? "" : " ") + singular[w];
        for (std::size_t w = singular.size() - n; w-- > 1 && !lex().is(WordClass::kGroupNumbers, singular[w]);)
          wanted.insert(0, 1, ' ').insert(0, singular[w]);
        // A title of the person's own: one the profile or the text gave them, not one the group
        // they acted with took from this kind of phrase ("the four members" after "Chairman A and
        // Members B, C and D met …" is that group, not every member named so far).
        const bool own = e.from_profile || e.current_titles.count(singular.back()) != 0 ||
                         e.former_titles.count(singular.back()) != 0;
        bool title_ok = e.title_phrases.empty() ? own && e.titles.count(singular.back()) != 0 : false;
        for (const auto& phrase : e.title_phrases)
          title_ok = title_ok || phrase == wanted ||
                     (phrase.size() > wanted.size() &&
                      phrase.compare(phrase.size() - wanted.size(), wanted.size(), wanted) == 0 &&
                      phrase[phrase.size() - wanted.size() - 1] == ' ');
        if (!e.institution && title_ok && std::find(members.begin(), members.end(), ev.entity) == members.end())
          members.push_back(ev.entity);
      }
      if (members.size() >= 2) {
        r.group = members;
        r.entity = members.front();
        r.speaker = entities_[static_cast<std::size_t>(r.entity)].name;
        r.how = "'" + std::string(mention.in(text_)) + "' resolved to everyone with that title mentioned so far";
        r.factor = kGroup;
        return r;
      }
    }
  }
  if (plural_noun) {
    // "The same sources say …": the unnamed sources the text described last ("Diplomatic
    // sources"), unless people acted together since.
    const auto* group = group_before(back_from);
    const std::string& head = words.back();
    if (model_.role_suffix({head}) > 0 || model_.role_suffix({head.substr(0, head.size() - 1)}) > 0) {
      const std::string desc = earlier_description(head, back_from, group ? group->first : 0);
      if (!desc.empty()) {
        r.speaker = desc;
        r.how = "'" + std::string(mention.in(text_)) + "' read as the " + desc + " described before";
        r.factor = kDescribedBefore;
        return r;
      }
    }
  }
  // "Both", "the two" with no noun: two people, whatever their titles.
  const bool bare_pair = (words.size() == 1 && words[0] == role_word(WordRole::kDualQuantifier)) ||
                         (bare_number && words.size() == 2 && words[1] == role_word(WordRole::kNumeralTwo));
  if (bare_pair ||
      (plural_noun && toks.size() == 3 - (words[0] == role_word(WordRole::kDualQuantifier) ? 1 : 0) &&
       (words[0] == role_word(WordRole::kDualQuantifier) || words[1] == role_word(WordRole::kNumeralTwo)))) {
    // "the two ministers", "both leaders", "both" when no two people hold that title and no group
    // acted together: the two people the text has just made its subjects.
    const std::string singular = words.back().substr(0, words.back().size() - 1);
    const std::vector<int> pair = last_two_subjects(back_from);
    if ((bare_pair || (model_.is_role_word(singular) && !model_.institution_head({singular}))) && pair.size() == 2 &&
        !group_before(back_from)) {
      r.group = pair;
      r.entity = pair.front();
      r.speaker = entities_[static_cast<std::size_t>(r.entity)].name;
      r.how = "'" + std::string(mention.in(text_)) + "' resolved to the two people last named as subjects";
      r.factor = kPairOfSubjects;
      return r;
    }
  }
  if (plural_pronoun) {
    // "Heads of delegation discussed X, and they reaffirmed …": the plural description that is the
    // subject of the clause the pronoun's clause is joined to.
    const std::string described = plural_subject_before(toks.front());
    if (!described.empty()) {
      r.speaker = described;
      r.description = true;
      r.how = "'" + std::string(mention.in(text_)) + "' read as the " + described + " of the clause before";
      r.factor = kDescribedBefore;
      return r;
    }
  }
  if (plural_pronoun || pair_phrase) {
    const auto* group = group_before(back_from);
    if (group && group->second.size() >= 2) {
      bool institution_later = false;
      if (plural_pronoun) {
        std::vector<int> institutions;
        for (std::size_t ei = 0; ei < entities_.size(); ++ei)
          if (gender_ok(Gender::kGroup, entities_[ei])) institutions.push_back(static_cast<int>(ei));
        int inst = most_salient(back_from, institutions, kSubject);
        for (auto it = events_.rbegin(); inst >= 0 && it != events_.rend(); ++it)
          if (it->pos < back_from && it->entity == inst) {
            institution_later = it->pos > group->first;
            break;
          }
      }
      if (!institution_later) {
        r.group = group->second;
        r.entity = r.group.front();
        r.speaker = entities_[static_cast<std::size_t>(r.entity)].name;
        r.how = "'" + std::string(mention.in(text_)) + "' resolved to the people last acting together";
        r.factor = kGroup;
        return r;
      }
    }
  }
  if (words.size() == 1 && is_pronoun(lex(), words[0], &g)) {
    std::vector<int> candidates;
    for (std::size_t ei = 0; ei < entities_.size(); ++ei)
      if (gender_ok(g, entities_[ei])) candidates.push_back(static_cast<int>(ei));
    // A pronoun refers to the last compatible subject or speaker; failing that, to the last
    // compatible person mentioned at all.
    int best = most_salient(back_from, candidates, kSubject);
    if (best < 0) best = most_salient(back_from, candidates, kMentioned);
    if (g == Gender::kFemale && best >= 0 && entities_[static_cast<std::size_t>(best)].gender != Gender::kFemale) {
      // "She" is rarely a person whose gender the text never showed when a woman it did show
      // was a subject nearby (in this paragraph or the one before).
      std::vector<int> women;
      for (int c : candidates)
        if (entities_[static_cast<std::size_t>(c)].gender == Gender::kFemale) women.push_back(c);
      int woman = most_salient(back_from, women, kSubject);
      if (woman < 0) woman = most_salient(back_from, women, kMentioned);
      if (woman >= 0) {
        const auto p = std::lower_bound(
            paragraph_words_.begin(), paragraph_words_.end(), back_from,
            [&](const auto& pw, std::size_t q) { return pw.second == 0 || words_[pw.second - 1].span.end < q; });
        const std::size_t pi = static_cast<std::size_t>(p - paragraph_words_.begin());
        const std::size_t from_pi = pi > 0 ? pi - 1 : 0;
        std::size_t from = back_from;
        for (std::size_t q = from_pi; q < paragraph_words_.size() && q <= pi; ++q)
          if (paragraph_words_[q].first < paragraph_words_[q].second) {
            from = words_[paragraph_words_[q].first].span.begin;
            break;
          }
        // The person in focus, though: when `best` is the subject of this paragraph after the woman's
        // last mention ("… Ann Li. Jury chair Kim Roe opened the session. She called …"), the pronoun
        // continues that subject, whose gender the text simply never showed.
        std::size_t focus = 0;  // where `best` was last a subject or spoke
        for (const Event& ev : events_)
          if (ev.entity == best && ev.level >= kSubject && ev.pos < back_from) focus = std::max(focus, ev.pos + 1);
        for (const Event& ev : spoken_)
          if (ev.entity == best && ev.pos < back_from) focus = std::max(focus, ev.pos + 1);
        const std::size_t para_begin =
            pi < paragraph_words_.size() && paragraph_words_[pi].first < paragraph_words_[pi].second
                ? words_[paragraph_words_[pi].first].span.begin
                : back_from;
        const bool in_focus = focus > para_begin;
        bool near = false;
        const std::size_t after = in_focus ? std::max(from, focus) : from;
        for (const Event& ev : events_) near = near || (ev.entity == woman && ev.pos >= after && ev.pos < back_from);
        for (const Event& ev : spoken_) near = near || (ev.entity == woman && ev.pos >= after && ev.pos < back_from);
        if (near) best = woman;
        // No woman a subject nearby, but `best` is out of focus (no subject of this paragraph): the
        // last woman this paragraph names before the pronoun ("…, biologist Ann Roe said. Her
        // surveys, she noted, …").
        if (!near && !in_focus) {
          const int named_here = most_salient(back_from, women, kMentioned);
          for (const Event& ev : events_)
            if (named_here >= 0 && ev.entity == named_here && ev.pos >= para_begin && ev.pos < back_from) {
              best = named_here;
              break;
            }
        }
      }
    }
    // "He also welcomed X, she added": a pronoun of the other gender that a verb of speech
    // follows in the same sentence is the speaker, someone else; a person whose gender the text
    // never showed is taken by that one, and this pronoun is the next compatible person.
    if (best >= 0 && entities_[static_cast<std::size_t>(best)].gender == Gender::kUnknown &&
        (g == Gender::kMale || g == Gender::kFemale) && !toks.empty()) {
      auto at = std::lower_bound(words_.begin(), words_.end(), toks.front().span.begin,
                                 [](const Word& w, std::size_t p) { return w.span.begin < p; });
      const std::size_t self = static_cast<std::size_t>(at - words_.begin());
      bool speaker_other = false;
      std::size_t k = self;
      while (k > 0 && words_[k - 1].sentence == words_[self].sentence) --k;
      for (; k + 1 < words_.size() && words_[k].sentence == words_[self].sentence && !speaker_other; ++k) {
        Gender g2 = Gender::kUnknown;
        if (k == self || !is_pronoun(lex(), words_[k].lower, &g2)) continue;
        speaker_other = (g2 == Gender::kMale || g2 == Gender::kFemale) && g2 != g &&
                        (words_[k + 1].in(WordClass::kSpeechVerbForms) || model_.is_cue_form(words_[k + 1].lower));
      }
      if (speaker_other) {
        std::vector<int> rest;
        for (int c : candidates)
          if (c != best) rest.push_back(c);
        int next = most_salient(back_from, rest, kSubject);
        if (next < 0) next = most_salient(back_from, rest, kMentioned);
        if (next >= 0) best = next;
      }
    }
    // "A rebel commander reached by phone disputed that. He said …": a pronoun that opens its
    // sentence after one whose subject is an indefinite description of a person, with no one
    // named in that sentence, stands for the person described.
    if (g == Gender::kMale || g == Gender::kFemale) {
      const std::string described = indefinite_subject_before(toks, back_from);
      const std::string head = described.substr(described.rfind(' ') + 1);
      const bool other_gender = lex().is(g == Gender::kMale ? WordClass::kFemaleTitles : WordClass::kMaleTitles, head);
      if (!described.empty() && !other_gender) {
        r.speaker = described;
        r.how = "pronoun '" + std::string(mention.in(text_)) + "' read as the " + described +
                " the sentence before described";
        r.description = true;
        r.factor = kDescribedBefore;
        return r;
      }
    }
    if (best >= 0) {
      r.entity = best;
      r.speaker = entities_[static_cast<std::size_t>(best)].name;
      r.how = "pronoun '" + std::string(mention.in(text_)) + "' resolved to the most recent compatible speaker";
      r.factor = kPronoun;
      r.flags = kFlagPronoun;
      if (const int other = rival(best, candidates, back_from); other >= 0) {
        r.factor = kPronounRival;
        r.flags = kFlagPronounRival;
        r.how +=
            " (" + entities_[static_cast<std::size_t>(other)].name + ", named in the paragraph too, could be meant)";
      }
    }
    return r;
  }

  // "One asked …" after "took questions from reporters": one of the last plural role noun.
  if (words.size() == 1 &&
      (words[0] == role_word(WordRole::kNumeralOne) || words[0] == role_word(WordRole::kAlternativeDeterminer))) {
    const std::vector<Word> back = words_at({mention.begin > 400 ? mention.begin - 400 : 0, mention.begin});
    for (auto it = back.rbegin(); it != back.rend(); ++it) {
      const std::string& w = it->lower;
      if (w.size() > 3 && w.back() == 's' && model_.role_suffix({w.substr(0, w.size() - 1)}) == 1) {
        r.speaker = w.substr(0, w.size() - 1);
        r.how = "'" + std::string(mention.in(text_)) + "' read as one of the " + w + " just mentioned";
        r.factor = kDescribedBefore;
        return r;
      }
    }
    return r;
  }

  // Drop leading function words ("However Wang" cannot happen inside a run, but "the").
  std::size_t k = 0;
  // A word glued to the next ("A" of "A/S HILL", an abbreviated title) is no article.
  auto glued = [&](std::size_t m) {
    return toks[m].span.end == toks[m + 1].span.begin - 1 && text_[toks[m].span.end] == '/';
  };
  while (k + 1 < words.size() && (lex().is(WordClass::kNotNameWords, words[k]) || not_name_start(toks[k])) &&
         !model_.is_role_word(words[k]) && !glued(k))
    ++k;
  std::vector<std::string> core(words.begin() + static_cast<long>(k), words.end());
  const bool definite =
      (k > 0 &&
       (words[0] == role_word(WordRole::kDefiniteArticle) || lex().is(WordClass::kMentionDeterminers, words[0])) &&
       !lex().is(WordClass::kIndefiniteArticles, words[0])) ||
      (toks.size() > 1 && toks[0].stem_end < toks[0].span.end);  // "Israel's chief negotiator"
  // A lead's definite description of someone the text names only afterwards ("The chief
  // negotiator said X. “…,” Jane Roe said."): the person named next as a speaker.
  // The document's first paragraph when it has no final period, a headline: it drops articles
  // ("Guard leader to Croatian president: …"), and the body names its subject a few sentences on.
  bool headline = false;
  if (!paragraph_words_.empty() && paragraph_words_[0].second > paragraph_words_[0].first &&
      mention.end <= words_[paragraph_words_[0].second - 1].span.end) {
    const std::size_t p_end = text_.find('\n', words_[paragraph_words_[0].second - 1].span.end);
    const std::string_view tail = text_.substr(
        words_[paragraph_words_[0].second - 1].span.end,
        (p_end == std::string_view::npos ? text_.size() : p_end) - words_[paragraph_words_[0].second - 1].span.end);
    headline = tail.find_first_of(".!?") == std::string_view::npos;
  }
  // A delayed identification in the story's lead ("In X, Y often springs from Z, a top health
  // official told a conference." then "“…,” said Dr. Jane Roe, …"): an indefinite description in
  // the first paragraph after a Title Case headline, the person named next.
  bool lead = false;
  if (!definite && k > 0 && (lex().is(WordClass::kIndefiniteArticles, words[0])) && paragraph_words_.size() > 1 &&
      !headlines_.empty() && headlines_[0] == paragraph_words_[0] &&
      paragraph_words_[1].second > paragraph_words_[1].first)
    lead = mention.begin >= words_[paragraph_words_[1].first].span.begin &&
           mention.end <= words_[paragraph_words_[1].second - 1].span.end;
  auto cataphor = [&]() {
    Resolution c;
    if (!(definite || headline || lead) || model_.institution_head(core) || model_.role_suffix(core) == 0) return c;
    if (definite && core.size() == 1 && !toks[k].capitalized) {
      // "One Western diplomat said … The diplomat, who …, said": the unnamed person an
      // indefinite description with the same noun brought in before.
      std::string apposed;
      const std::string earlier = earlier_indefinite(core[0], back_from, &apposed);
      if (!earlier.empty() && !apposed.empty()) {
        // The name the description stood in apposition to: as the text names it.
        std::vector<std::string> aw;
        for (std::size_t b = 0; b < apposed.size();) {
          std::size_t e2 = apposed.find(' ', b);
          if (e2 == std::string::npos) e2 = apposed.size();
          aw.push_back(ascii_lower(apposed.substr(b, e2 - b)));
          b = e2 + 1;
        }
        bool partial = false;
        const int e = find_by_tokens(aw, &partial);
        if (e >= 0 && !partial) c.entity = e;
        c.speaker = e >= 0 && !partial ? entities_[static_cast<std::size_t>(e)].name : apposed;
        c.how =
            "'" + std::string(mention.in(text_)) + "' read as " + c.speaker + ", described before as '" + earlier + "'";
        c.factor = kDescribedBefore;
        return c;
      }
      if (!earlier.empty()) {
        c.speaker = earlier;
        c.description = true;
        c.how = "'" + std::string(mention.in(text_)) + "' read as the " + earlier + " described before";
        c.factor = kDescribedBefore;
        return c;
      }
    }
    Span next = named_next(mention.end, false, headline ? kHeadlineSentences : 2);
    // The title's own complement ("the deputy director of the Harbor Guard") is no one named
    // next: it places the title; the one named after it may be.
    if (next.end > next.begin && next.begin > mention.end) {
      const std::string between = ascii_lower(text_.substr(mention.end, next.begin - mention.end));
      if (between == " of " || between == " of the " || between == " for " || between == " for the " ||
          between == " at " || between == " at the ")
        next = named_next(next.end);
    }
    bool again = false;
    if (next.end == next.begin) {
      // The same description given earlier ("the chairman of the Joint Chiefs of Staff said …
      // Gen. Jane Roe added …", then "the chairman said"): the person named after that one.
      next = earlier_cataphor(core.back(), back_from);
      if (next.end == next.begin) return c;
      again = true;
    }
    std::vector<std::string> nw;
    for (const Word& w : words_at(next)) nw.push_back(w.lower);
    bool partial = false;
    const int e = find_by_tokens(nw, &partial);
    if (e >= 0 && !partial && !entities_[static_cast<std::size_t>(e)].institution) {
      c.entity = e;
      c.speaker = entities_[static_cast<std::size_t>(e)].name;
    } else if (e < 0) {
      c.speaker = std::string(next.in(text_));
    } else {
      return c;
    }
    c.how = "'" + std::string(mention.in(text_)) + "' read as " + c.speaker +
            (again ? ", named as a speaker after the same description earlier" : ", named next as a speaker");
    c.factor = headline && !definite ? kHeadlineSubject : kNamedNext;
    return c;
  };
  // An apposition after a person's name ("Gen. Tom Hale, commanding general of the Pacific Army
  // said"): the description is that person's, not an unnamed source (the name opens its clause).
  // The title may hold a department or a place after a preposition ("commanding general of
  // USARPAC", "a nurse from Dallas"): the title is the part before it.
  std::size_t title_end = 0;
  while (title_end < core.size() && core[title_end] != role_word(WordRole::kGenitive) &&
         toks[k + title_end].tag != Tag::IN)
    ++title_end;
  const std::vector<std::string> title_words(core.begin(), core.begin() + static_cast<long>(title_end));
  if (!toks[k].capitalized && !title_words.empty() && model_.role_suffix(title_words) > 0) {
    const auto at = std::lower_bound(words_.begin(), words_.end(), toks.front().span.begin,
                                     [](const Word& w, std::size_t p) { return w.span.begin < p; });
    std::size_t first = static_cast<std::size_t>(at - words_.begin());
    // Its lower-case modifiers and article: "the commanding general".
    for (std::size_t n = 0;
         n < 4 && first > 0 && first < words_.size() && !words_[first - 1].capitalized &&
         words_[first - 1].sentence == words_[first].sentence &&
         (words_[first - 1].in(WordClass::kDeterminers) || is_noun(words_[first - 1].tag) ||
          is_adjective(words_[first - 1].tag) || words_[first - 1].tag == Tag::VBG) &&
         text_.substr(words_[first - 1].span.end, words_[first].span.begin - words_[first - 1].span.end) == " ";
         ++n)
      --first;
    auto comma_before = [&](std::size_t m) {
      return m > 0 && m < words_.size() && words_[m - 1].sentence == words_[m].sentence &&
             text_.substr(words_[m - 1].span.end, words_[m].span.begin - words_[m - 1].span.end) == ", ";
    };
    // An age between them: "Ann Lee, 45, a nurse".
    std::size_t name_end = first;
    if (comma_before(name_end) && words_[name_end - 1].tag == Tag::CD && comma_before(name_end - 1)) --name_end;
    if (comma_before(name_end) && words_[name_end - 1].capitalized) {
      for (std::size_t b = name_end; b-- > 0 && name_end - b <= 4 && words_[b].sentence == words_[first].sentence;) {
        std::size_t len = 0;
        const int who = alias_at(words_.data(), name_end, b, &len);
        if (who < 0 || b + len != name_end) continue;
        const Entity& named = entities_[static_cast<std::size_t>(who)];
        if (named.institution || named.gender == Gender::kGroup) break;
        // The name opens its clause as a subject ("…, the chairman of the Committee, the chairman
        // said": a post-posed cue after an object, no apposition).
        const auto ev = std::lower_bound(events_.begin(), events_.end(), words_[name_end].span.begin,
                                         [](const Event& x, std::size_t p) { return x.pos < p; });
        if (ev == events_.begin() || std::prev(ev)->entity != who || std::prev(ev)->level < kSubject ||
            std::prev(ev)->pos < words_[b >= 3 ? b - 3 : 0].span.begin)
          break;
        r.entity = who;
        r.speaker = named.name;
        r.how =
            "'" + std::string(mention.in(text_)) + "' read as " + named.name + ", the name it stands in apposition to";
        r.factor = kTitleHolder;
        return r;
      }
    }
  }
  // "Someone", "Nobody", "March", a sentence-initial "Separately": no name.
  if (core.size() == 1 && (lex().is(WordClass::kNotNameWords, core[0]) || not_name_start(toks[k]))) return r;

  // "said U.S. Secretary of Education.", "the Ambassador to Senegal": a title with its department
  // or destination and no name is the person the text gave that whole title.
  if (const int holder = department_holder(toks, k, back_from); holder >= 0) {
    r.entity = holder;
    r.speaker = entities_[static_cast<std::size_t>(holder)].name;
    r.how = "title '" + std::string(mention.in(text_)) + "' of " + r.speaker + ", who the text gave that whole title";
    r.factor = kTitleHolder;
    return r;
  }
  bool partial = false;
  std::size_t name_end = 0;
  std::size_t name_len = 0;
  int e = find_by_tokens(core, &partial, &name_end, &name_len);
  if (e >= 0 && partial) {
    // "The Commander of U.S. Southern Command, U.S. Army Gen. Laura Richardson, visited …": a
    // body's title whose holder the apposition after it names speaks, not the body.
    const auto of = std::find(core.begin(), core.end(), role_word(WordRole::kGenitive));
    const std::vector<std::string> title(core.begin(), of);
    if (of != core.end() && !title.empty() && model_.role_suffix(title) == title.size() &&
        !model_.institution_head(title) && text_.substr(mention.end, 2) == ", ") {
      auto at = std::lower_bound(words_.begin(), words_.end(), mention.end + 2,
                                 [](const Word& w, std::size_t p) { return w.span.begin < p; });
      auto stop = at;
      while (stop != words_.end() && stop->sentence == at->sentence &&
             (stop == at ||
              text_.substr(std::prev(stop)->span.end, stop->span.begin - std::prev(stop)->span.end).find(',') ==
                  std::string_view::npos))
        ++stop;
      if (at != words_.end() && stop != at) {
        const std::vector<int> holder = persons_in({at->span.begin, std::prev(stop)->span.end}, {});
        if (holder.size() == 1 && holder[0] != e) {
          r.entity = holder[0];
          r.speaker = entities_[static_cast<std::size_t>(holder[0])].name;
          r.how = "'" + std::string(mention.in(text_)) + "' read as " + r.speaker + ", the holder named after it";
          r.factor = kTitleHolder;
          return r;
        }
      }
    }
  }
  if (e >= 0 && entities_[static_cast<std::size_t>(e)].institution && name_end + 1 < core.size()) {
    // "President of the People's Republic of China Xi Jinping": a country's name followed by a
    // person's name of two words or more; the person is the head.
    bool names = true;
    for (std::size_t m = k + name_end; m < toks.size(); ++m)
      names = names && toks[m].capitalized && !model_.is_role_word(toks[m].lower) &&
              !toks[m].in(WordClass::kNotNameWords) && !model_.is_affiliation(toks[m].lower);
    if (names) {
      const std::vector<std::string> tail(core.begin() + static_cast<long>(name_end), core.end());
      bool tail_partial = false;
      std::size_t tail_end = 0, tail_len = 0;
      const int person = find_by_tokens(tail, &tail_partial, &tail_end, &tail_len);
      if (person >= 0 && !tail_partial && !entities_[static_cast<std::size_t>(person)].institution) {
        r.entity = person;
        r.speaker = entities_[static_cast<std::size_t>(person)].name;
        r.how = "name '" + std::string(mention.in(text_)) + "' of " + r.speaker + " (after a country's name)";
        r.factor = kNamed;
        return r;
      }
      // A person the text names only here ("the United States Jane Roe" of a title's department):
      // a given name and a surname after the country's name, or a name whose last word is the
      // surname of a person the text names ("Tapella" of "the United States Bob Tapella"); the
      // country is an affiliation.
      const Word& given = toks[k + name_end];
      const bool known_surname = person >= 0 && tail_partial && tail_len == 1 && tail_end == tail.size() &&
                                 !entities_[static_cast<std::size_t>(person)].institution;
      if ((person < 0 || known_surname) && tail.size() >= 2 && tail.size() <= 4 &&
          (known_surname || given.in(WordClass::kMaleGivenNames) || given.in(WordClass::kFemaleGivenNames))) {
        r.speaker = std::string(text_.substr(given.span.begin, toks.back().stem_end - given.span.begin));
        r.how = "name '" + r.speaker + "' as written after a country's name (not in the profile)";
        r.factor = kAsWritten;
        return r;
      }
    }
  }
  // "the United States Office of Special Counsel": a capitalised institution head before "of"
  // makes a body's name, whose last word (a role noun) is its department, not its head.
  bool body_of = false;
  for (std::size_t m = k; m + 2 < toks.size() && !body_of; ++m)
    body_of = toks[m].capitalized && model_.institution_head({toks[m].lower}) &&
              toks[m + 1].lower == role_word(WordRole::kGenitive) && toks[m + 2].capitalized;
  // The head of an English noun phrase is its last word: in "China's top diplomat" the name
  // "China" is a modifier, and the role noun decides.
  if (e >= 0 && name_end < core.size() && model_.role_suffix(core) > 0 && !body_of) {
    Resolution role = resolve_role(core, back_from, definite);
    if (role.entity >= 0) return role;
    if (Resolution c = cataphor(); !c.speaker.empty()) return c;
    // "the U.S. Treasury Department": an institution named after its country speaks as itself;
    // "the chief U.S. negotiator", an unnamed person, is described, not given to the country.
    const std::size_t b = toks[k].span.begin;
    r.speaker = std::string(text_.substr(b, toks.back().stem_end - b));
    const bool institution = model_.institution_head(core);
    if (institution && name_end == country_end(core, e)) {
      // The body as the text first writes it, its country in whichever form the text uses there
      // ("U.S. Fire Administration" before "the United States Fire Administration").
      const std::string first = first_country_form(e, std::vector<std::string>(core.begin() + name_end, core.end()));
      if (!first.empty()) r.speaker = first;
    }
    r.how = (institution ? "institution '" : "unnamed source described as '") + r.speaker + "'";
    r.description = !institution;
    r.factor = institution ? kBodyInFull : kUnnamedSource;
    return r;
  }
  if ((e < 0 || (entities_[static_cast<std::size_t>(e)].institution && name_end == core.size())) &&
      model_.role_suffix(core) == 0) {
    // "The President of Russia": a title of a country, the person who holds it (the country a
    // modifier of the title, as in "the Russian President").
    const auto of = std::find(core.begin(), core.end(), role_word(WordRole::kGenitive));
    const std::vector<std::string> title(core.begin(), of);
    bool place = of != core.end() && of + 1 != core.end();
    for (std::size_t m = k + static_cast<std::size_t>(of - core.begin()) + 1; place && m < toks.size(); ++m)
      place = toks[m].capitalized;
    if (place && !title.empty() && model_.role_suffix(title) == title.size()) {
      std::vector<std::string> described(of + 1, core.end());
      described.insert(described.end(), title.begin(), title.end());
      Resolution role = resolve_role(described, back_from, true);
      if (role.entity >= 0) return role;
      if (model_.institution_head(title)) {
        // "the leadership of Ukraine": a body of a place, named by its head and the place.
        const std::size_t b = toks[k].span.begin;
        r.speaker = std::string(text_.substr(b, toks.back().stem_end - b));
        r.how = "institution '" + r.speaker + "'";
        r.factor = kBodyInFull;
        return r;
      }
    }
    // "The commanding general of USARPAC": a lower-case definite title with its modifiers, placed
    // by a body's name; the person the text gave that title, else an unnamed source the title
    // describes (the body only places it).
    if (place && definite && !toks[k].capitalized && !title.empty() && model_.role_suffix(title) > 0 &&
        !model_.institution_head(title)) {
      Resolution holder = resolve_role(title, back_from, definite);
      if (holder.entity >= 0) return holder;
      const std::size_t b = toks[k].span.begin;
      const std::size_t title_stop = toks[k + title.size() - 1].span.end;
      r.speaker = std::string(text_.substr(b, title_stop - b));
      r.how = "unnamed source described as '" + r.speaker + "'";
      r.description = true;
      r.factor = kUnnamedSource;
      return r;
    }
  }
  if (e >= 0 && partial && entities_[static_cast<std::size_t>(e)].institution && toks[k].capitalized) {
    // "Voice of America", "Russia Today": a longer name that merely contains a country's.
    const std::size_t b = toks[k].span.begin;
    r.speaker = std::string(text_.substr(b, toks.back().stem_end - b));
    r.how = "name '" + r.speaker + "' as written (it only contains a country's name)";
    r.factor = kAsWritten;
    return r;
  }
  if (e >= 0) {
    r.entity = e;
    r.speaker = entities_[static_cast<std::size_t>(e)].name;
    r.how = "name '" + std::string(mention.in(text_)) + "' of " + r.speaker;
    r.factor = kNamed;
    if (name_len == 1) {
      // One word that two people of the text share ("Roe" of "Ann Roe" and "Lee Roe"): the one
      // the text named in full or heard speak last before here; less sure, and never merged.
      std::vector<int> sharers = surname_sharers(core[name_end - 1], core);
      if (sharers.size() >= 2) {
        const int nearest = nearest_in_full(sharers, back_from);
        if (nearest >= 0) {
          r.entity = nearest;
          r.speaker = entities_[static_cast<std::size_t>(nearest)].name;
        }
        r.how = "name '" + std::string(mention.in(text_)) + "' of " + r.speaker + ", the last named in full of the " +
                std::to_string(sharers.size()) + " people who bear it";
        r.factor = kSurnameRival;
        r.flags = kFlagSurnameRival;
        return r;
      }
    }
    if (entities_[static_cast<std::size_t>(e)].institution &&
        entities_[static_cast<std::size_t>(e)].gender == Gender::kGroup && !names_itself(e, words)) {
      r.how += " (a place standing for its government)";
      r.factor = kPlaceForGovernment;
      r.flags = kFlagPlaceForGovernment;
    }
    return r;
  }
  Resolution role = body_of ? Resolution{} : resolve_role(core, back_from, definite);
  if (role.entity >= 0) return role;
  if (Resolution c = body_of ? Resolution{} : cataphor(); !c.speaker.empty()) return c;

  // A capitalised word in a speaker slot that is close to a known name: a misspelling.
  std::vector<std::string> caps;
  for (std::size_t m = k; m < toks.size(); ++m)
    if (toks[m].capitalized && !model_.is_role_word(toks[m].lower) && !model_.is_affiliation(toks[m].lower))
      caps.push_back(toks[m].lower);
  std::string matched;
  int f = caps.empty() ? -1 : fuzzy(caps, &matched);
  if (f < 0 && caps.size() > 1) f = fuzzy({caps.back()}, &matched);  // "Ghana President Kufor": the head
  if (f >= 0) {
    r.entity = f;
    r.speaker = entities_[static_cast<std::size_t>(f)].name;
    r.how = "'" + std::string(mention.in(text_)) + "' read as a misspelling of '" + matched + "' (" + r.speaker + ")";
    r.factor = kMisspelling;
    return r;
  }
  // "A 2015 federal court decision said …": a body's ruling speaks for the body, an unnamed one described
  // by its modifiers (numbers, a year, left out).
  if (core.size() >= 2 && lex().is(WordClass::kRulingNouns, core.back()) &&
      model_.institution_head({core[core.size() - 2]})) {
    std::size_t b = k;
    while (b + 2 < toks.size() && toks[b].tag == Tag::CD) ++b;
    r.speaker = std::string(text_.substr(toks[b].span.begin, toks[toks.size() - 2].stem_end - toks[b].span.begin));
    r.how = "'" + std::string(mention.in(text_)) + "' read as the " + r.speaker + " that made it";
    r.description = true;
    r.factor = kMakerDescribed;
    return r;
  }
  if (model_.institution_head(core)) {
    // "The ministry", "the agency": the institution the text named with that head before.
    const std::string name = earlier_institution(core, back_from);
    if (!name.empty()) {
      r.speaker = name;
      r.how = "'" + std::string(mention.in(text_)) + "' read as the " + name + " named before";
      r.factor = kBodyNamedBefore;
      return r;
    }
    // "their association insisted …" before "… of the Baltic Trawler Owners' Association": a
    // possessive pronoun's body that the text names next.
    if (k > 0 && core.size() == 1 && words[0] != role_word(WordRole::kDefiniteArticle) &&
        lex().is(WordClass::kMentionDeterminers, words[0]) && !lex().is(WordClass::kIndefiniteArticles, words[0])) {
      const std::string later = later_institution(core[0], mention.end);
      if (!later.empty()) {
        r.speaker = later;
        r.how = "'" + std::string(mention.in(text_)) + "' read as the " + later + " named next";
        r.factor = kBodyNamedNext;
        return r;
      }
    }
    // "A special court in The Hague found …. The court said …": the body the text described before.
    if (definite && core.size() == 1) {
      const std::string described = earlier_described_body(core.back(), back_from);
      if (!described.empty()) {
        r.speaker = described;
        r.how = "'" + std::string(mention.in(text_)) + "' read as the " + described + " described before";
        r.factor = kBodyNamedBefore;
        return r;
      }
    }
  }
  // "sources close to the process": a role noun qualified after it.
  bool qualified = false;
  for (std::size_t m = 1; m < core.size(); ++m)
    qualified = qualified || (lex().is(WordClass::kSourceQualifiers, core[m]) && model_.role_suffix({core[m - 1]}) > 0);
  // "some reports predict", "press reports say": reports in the plural speak as an unnamed
  // source (a singular "the report" refers to a document, not a speaker).
  const bool reports =
      core.back().size() > 1 && core.back().back() == 's' && lex().is(WordClass::kReportNouns, core.back());
  // "army commanders said": the plural of a role noun describes unnamed people too.
  std::vector<std::string> singular = core;
  const bool plural_role = !toks.back().capitalized && singular.back().size() > 3 && singular.back().back() == 's' &&
                           (singular.back().pop_back(), model_.role_suffix(singular) > 0);
  // "The head of state expressed …", "the administrator said": a bare singular title in lower
  // case that no one the text named holds and that describes no unnamed source before is never a
  // name; it is the person the passage is about, the last named as a subject in this paragraph or
  // the one before. (A capitalised "the President" names an office holder the text may never name.)
  if (definite && core.size() == 1 && !toks[k].capitalized && model_.is_role_word(core[0]) &&
      !model_.institution_head(core) && core[0].back() != 's' && earlier_description(core[0], back_from, 0).empty()) {
    const int who = last_subject_before(back_from, previous_paragraph_start(back_from));
    if (who >= 0) {
      r.entity = who;
      r.speaker = entities_[static_cast<std::size_t>(who)].name;
      r.how = "'" + std::string(mention.in(text_)) + "' read as " + r.speaker +
              ", the person last named as a subject (no one named holds the title)";
      r.factor = kBareTitle;
      return r;
    }
  }
  // "The nurse from Dallas", "an engineer at the plant": a lower-case title placed by a
  // preposition (not "of": "the head of X" names a body's head); the person who holds the
  // title when the text named one, else an unnamed source.
  const bool placed = !toks[k].capitalized && title_end > 0 && title_end + 1 < core.size() &&
                      core[title_end] != role_word(WordRole::kGenitive) && model_.role_suffix(title_words) > 0;
  if (placed && definite) {
    Resolution holder = resolve_role(title_words, back_from, definite);
    if (holder.entity >= 0) return holder;
  }
  if (model_.role_suffix(core) > 0 || qualified || reports || plural_role || placed) {
    // An unnamed source: its description ("foreign ministry spokeswoman").
    std::size_t b = toks[k].span.begin;
    if (toks[k].in(WordClass::kNotNameWords)) b = toks[std::min(k + 1, toks.size() - 1)].span.begin;
    // Without a possessive ending ("The President's" of "The President's remarks").
    const std::size_t stop =
        toks.back().span.end >= mention.end ? std::min(mention.end, toks.back().stem_end) : mention.end;
    r.speaker = std::string(text_.substr(b, stop - b));
    r.how = "unnamed source described as '" + r.speaker + "'";
    r.description = true;
    r.factor = kUnnamedSource;
    if (toks.size() == k + 2 && toks[k].capitalized && !toks[k + 1].capitalized && !toks[k].all_caps) {
      // "Summit participants" where the text names the "Ministerial Summit": the fullest name.
      const std::string fuller = fuller_modifier(toks[k]);
      if (!fuller.empty()) {
        r.speaker = fuller + " " + std::string(toks[k + 1].span.in(text_));
        r.how = "unnamed source described as '" + r.speaker + "' (its modifier's fullest name in the text)";
      }
    }
    if (k > 0 && !lex().is(WordClass::kIndefiniteArticles, words[0]) && core.size() == 1 && !toks[k].capitalized) {
      // "our delegation" after "a delegation of U.S. officials": the body the text placed before
      // by the proper modifiers of its members ("U.S. delegation").
      const std::string placed_by = members_modifier(core[0], back_from);
      // Else "the delegation" after "the U.S. Congressional delegation": the description the text
      // gave the same head with proper modifiers.
      const std::string described_as = placed_by.empty() && words[0] == role_word(WordRole::kDefiniteArticle)
                                           ? earlier_proper_description(core[0], back_from)
                                           : std::string();
      if (!placed_by.empty()) {
        r.speaker = placed_by + " " + std::string(toks.back().span.in(text_));
        r.how = "'" + std::string(mention.in(text_)) + "' read as the " + r.speaker + " described before";
      } else if (!described_as.empty()) {
        r.speaker = described_as;
        r.how = "'" + std::string(mention.in(text_)) + "' read as the " + r.speaker + " described before";
      }
    }
    return r;
  }
  Span full = acronym_name({toks[k].span.begin, toks.back().stem_end});
  if (full.empty() && toks.size() == k + 1 && toks[k].all_caps && toks[k].lower.size() >= 3) {
    // "CPSC" where the text writes "U.S. Consumer Product Safety Commission (CPSC)": that name.
    for (const std::size_t j : bracketed_acronyms_) {
      if (!full.empty()) break;
      if (words_[j].lower != toks[k].lower) continue;
      for (std::size_t b = j >= 14 ? j - 14 : 0; b < j && full.empty(); ++b) {
        if (words_[b].sentence != words_[j].sentence || !words_[b].capitalized) continue;
        const Span named = acronym_name({words_[b].span.begin, words_[j - 1].stem_end});
        if (!named.empty() && named.end == words_[j - 1].stem_end) full = named;
      }
    }
  }
  if (toks[k].capitalized && !full.empty()) {
    // A body named in full before its acronym: that full name, without its article.
    r.speaker = std::string(full.in(text_));
    r.how = "name '" + r.speaker + "' as written before its acronym (not in the profile)";
    r.factor = kAsWritten;
    return r;
  }
  if (core.size() == 1 && toks.size() == k + 1 && common_noun_modifier(toks[k])) return r;
  // "bin Khalid", "van der Laan": a surname that opens with its lower-case particles.
  std::size_t after_particles = k;
  while (after_particles + 1 < toks.size() && !toks[after_particles].capitalized &&
         toks[after_particles].lower != role_word(WordRole::kGenitive) &&
         toks[after_particles].in(WordClass::kNameParticles))
    ++after_particles;
  const bool particle_name = after_particles > k && toks[after_particles].capitalized;
  if (toks[k].capitalized && definite && k + 1 == toks.size() && !model_.is_role_word(core[0])) {
    // "The Service", "the Bureau": the body the text named in full with that head before.
    const std::string name = earlier_body(core[0], back_from);
    if (!name.empty()) {
      r.speaker = name;
      r.how = "'" + std::string(mention.in(text_)) + "' read as the " + name + " named before";
      r.factor = kBodyNamedBefore;
      return r;
    }
  }
  if (toks[k].capitalized || particle_name) {
    // A name the profile does not know and the text did not introduce: a person by surname,
    // or an institution, country or capital that speaks ("The U.S.", "Damascus", "CBS News").
    // A capitalised article inside a sentence belongs to the name ("according to The Paper").
    std::size_t b = toks[k].span.begin;
    if (k > 0 && words[k - 1] == role_word(WordRole::kDefiniteArticle) && text_[toks[k - 1].span.begin] == 'T' &&
        !sentence_initial(toks[k - 1]))
      b = toks[k - 1].span.begin;
    // A courtesy title is no part of the name: "Mr. Harlow" is Harlow. But a label in capitals
    // that gives a surname only ("DR. ROE:", a transcript turn whose speaker the text never names
    // in full) is the label as a reader writes it: "Dr. Roe", not a bare surname.
    const bool courtesy = k + 1 < toks.size() && is_title_abbreviation(lex(), toks[k].lower);
    const bool label = courtesy && k + 2 == toks.size() && toks[k + 1].all_caps;
    if (courtesy && !label) b = toks[k + 1].span.begin;
    // Titles before a name are no part of it ("Analyst and Executive Editor Carne Ross"): the
    // name is the run of capitalised words after the last title word, when the titles or the
    // name have two words or more ("General Motors" stays whole); a name after "of" names a
    // body ("Council of Nongovernmental Organizations").
    std::size_t last_title = toks.size();
    for (std::size_t m = k; m < toks.size(); ++m)
      if (model_.is_role_word(toks[m].lower) || toks[m].in(WordClass::kNpJoiners)) last_title = m;
    if (last_title < toks.size() && last_title + 1 < toks.size() && !toks[last_title].in(WordClass::kNpJoiners) &&
        model_.institution_head({toks[last_title].lower}) == false) {
      bool names = true;
      for (std::size_t m = last_title + 1; m < toks.size(); ++m) names = names && toks[m].capitalized;
      const std::size_t before = last_title + 1 - k, after = toks.size() - last_title - 1;
      if (names && (before >= 2 || after >= 2)) b = toks[last_title + 1].span.begin;
    }
    r.speaker = std::string(text_.substr(b, toks.back().stem_end - b));
    // Likewise a label in capitals that opens with a title ("SECRETARY ROE").
    std::size_t first = 0;
    while (first < toks.size() && toks[first].span.begin < b) ++first;
    bool capitals = first + 2 <= toks.size() &&
                    (model_.is_role_word(toks[first].lower) || is_title_abbreviation(lex(), toks[first].lower));
    for (std::size_t m = first; m < toks.size() && capitals; ++m)
      capitals = toks[m].all_caps || is_initial(toks[m].lower);
    // A transcript label in capitals with no title ("JANE ROE:" opening its paragraph) is a
    // person's name of two to four words, written as a reader writes it ("Jane Roe").
    const std::size_t label_end = toks.back().span.end;
    bool name_label = !capitals && toks.size() - first >= 2 && toks.size() - first <= 4 &&
                      (b == 0 || text_[b - 1] == '\n') && label_end < text_.size() && text_[label_end] == ':';
    for (std::size_t m = first; m < toks.size() && name_label; ++m)
      name_label = (toks[m].all_caps || is_initial(toks[m].lower)) && !model_.is_role_word(toks[m].lower) &&
                   !toks[m].in(WordClass::kNpJoiners) && !toks[m].in(WordClass::kNotNameWords);
    if (label || capitals || name_label) r.speaker = name_case(r.speaker);
    r.how = "name '" + r.speaker + "' as written (not in the profile)";
    r.factor = kAsWritten;
    // "said the Chief of Naval Research, Rear Admiral Jane Roe": a bare title that a known
    // person's name follows in apposition, after its comma and the person's own titles, is that
    // person.
    if (doubtful_name(r, mention)) {
      if (const int holder = apposed_person(mention); holder >= 0) {
        r.entity = holder;
        r.speaker = entities_[static_cast<std::size_t>(holder)].name;
        r.how = "title '" + std::string(mention.in(text_)) + "' read as " + r.speaker + ", named in apposition";
        r.factor = kApposedTitle;
      }
    }
    // "PUBLIC PRINTER PROPOSES X" over "… Public Printer Jane Roe testified": a headline's subject
    // that the story writes again, case aside, right before a person's name is that person.
    if (r.entity < 0) {
      if (const Span later = headline_title_holder(mention); later.end > later.begin) {
        Resolution holder = resolve(later, salience_before);
        if (!holder.speaker.empty() && !holder.description && holder.group.empty()) {
          holder.how =
              "headline title '" + std::string(mention.in(text_)) + "' written again before a name: " + holder.how;
          return holder;
        }
      }
    }
  }
  return r;
}

// Where the story writes a headline's capitalised words (a title the profile does not know) again
// before a person's name: the same words, case aside and capitalised, outside a headline, and two
// capitalised words or more right after them, as one span ("Public Printer Jane Roe"). Empty if
// none or the mention is in no headline.
Span Discourse::headline_title_holder(Span mention) const {
  const auto [first, last] = words_in(mention);
  if (first >= last || last - first > 4 || !in_headline(first)) return {};
  for (std::size_t k = first; k < last; ++k)
    if (!words_[k].capitalized) return {};
  const std::size_t n = last - first;
  for (std::size_t h = last; h + n + 1 < words_.size(); ++h) {
    if (in_headline(h)) continue;
    bool same = true;
    for (std::size_t m = 0; m < n && same; ++m)
      same = words_[h + m].lower == words_[first + m].lower && words_[h + m].capitalized && !words_[h + m].all_caps &&
             (m == 0 || joined(h + m - 1));
    if (!same || !joined(h + n - 1)) continue;
    std::size_t e = h + n;
    while (e < words_.size() && e < h + n + 4 && words_[e].capitalized && !words_[e].all_caps &&
           !model_.is_role_word(words_[e].lower) && (e == h + n || joined(e - 1)) &&
           words_[e].stem_end == words_[e].span.end)
      ++e;
    if (e < h + n + 2) continue;
    if (persons_in({words_[h + n].span.begin, words_[e - 1].span.end}, {}).empty() &&
        !(words_[h + n].in(WordClass::kMaleGivenNames) || words_[h + n].in(WordClass::kFemaleGivenNames) ||
          e - h - n == 2))
      continue;
    return {words_[h].span.begin, words_[e - 1].span.end};
  }
  return {};
}

int Discourse::apposed_person(Span mention) const {
  const auto [first, last] = words_in(mention);
  if (first >= last || last >= words_.size() || words_[last].sentence != words_[last - 1].sentence ||
      text_.substr(words_[last - 1].span.end, words_[last].span.begin - words_[last - 1].span.end) != ", ")
    return -1;
  // The person's own titles first ("Rear Admiral", "Gen."), then the name: capitalised words only.
  constexpr std::size_t kMostWords = 6;
  for (std::size_t k = last; k < words_.size() && k < last + kMostWords && words_[k].capitalized &&
                             words_[k].sentence == words_[last].sentence && (k == last || joined(k - 1));
       ++k) {
    std::size_t len = 0;
    const int e = alias_at(words_.data(), words_.size(), k, &len);
    if (e < 0) continue;
    const Entity& ent = entities_[static_cast<std::size_t>(e)];
    if (ent.institution || ent.gender == Gender::kGroup || ent.from_profile || len < 2) return -1;
    return e;
  }
  return -1;
}

bool Discourse::doubtful_name(const Resolution& r, Span mention) const {
  if (r.speaker.empty() || !r.group.empty()) return false;
  if (r.entity >= 0) {
    const Entity& e = entities_[static_cast<std::size_t>(r.entity)];
    if (e.from_profile || e.institution || e.gender == Gender::kGroup) return false;
  }
  if (r.entity < 0 && mention.end > mention.begin && bare_definite_title(r, mention)) return true;
  // The words of the name as written, and their lower forms.
  std::vector<std::string> written, lower;
  for (std::size_t b = 0; b < r.speaker.size();) {
    std::size_t e = r.speaker.find(' ', b);
    if (e == std::string::npos) e = r.speaker.size();
    if (e > b) written.push_back(r.speaker.substr(b, e - b));
    b = e + 1;
  }
  for (const auto& w : written) {
    std::string l = ascii_lower(w);
    if (!l.empty() && l.back() == '.') l.pop_back();
    lower.push_back(std::move(l));
  }
  if (written.empty()) return false;
  auto capitalised = [](const std::string& w) { return is_upper(cp_at(w, 0)); };
  // A body's name is no title: "Office of the Special Envoy", "Department of Roads".
  for (const auto& l : lower)
    if (model_.institution_head({l})) return false;
  // A label in capitals ("MODERATOR:") is as a transcript writes it.
  bool all_caps_name = true;
  for (const auto& w : written)
    all_caps_name = all_caps_name && w.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
  if (all_caps_name) return false;
  // Heading words glued to a name: a possessive ending ("Ambassador Roe's") or a capitalised word
  // no name holds after its first word ("Jane Roe Regarding Freedonia").
  if (r.entity < 0 || !entities_[static_cast<std::size_t>(r.entity)].from_profile) {
    for (std::size_t k = 0; k < written.size(); ++k) {
      const std::string& w = written[k];
      const bool possessive = (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) ||
                              (w.size() > 4 && w.compare(w.size() - 4, 4, "\xE2\x80\x99s") == 0);
      if (possessive || (k > 0 && capitalised(w) && lex().is(WordClass::kNotNameWords, lower[k]))) return true;
    }
  }
  // A capitalised title word: a bare title ("Assistant Secretary of Roads"), or a title kept before
  // a name of two words or more ("Chargé Jane Roe"); not a title and a surname, as a transcript
  // labels its speakers ("Senator Roe"), nor a plural that describes a group ("Officials").
  std::size_t last_title = written.size();
  for (std::size_t k = 0; k < written.size(); ++k)
    if (capitalised(written[k]) && model_.is_role_word(lower[k])) last_title = k;
  if (last_title < written.size() && r.entity < 0) {
    std::size_t tail = 0;  // the capitalised name after the last title word
    for (std::size_t k = last_title + 1; k < written.size() && capitalised(written[k]); ++k) ++tail;
    const bool plural = written.size() == 1 && lower[0].size() > 3 && lower[0].back() == 's';
    if (last_title + 1 + tail == written.size() && tail >= 2) return true;
    // A bare title that a person the text names holds: that person was meant. (A title nobody
    // the text names holds describes an unnamed person: "Ruritanian President".)
    bool held = false;
    for (std::size_t e = 0; e < entities_.size() && !held; ++e) {
      const Entity& ent = entities_[e];
      if ((ent.from_profile && !named(static_cast<int>(e))) || ent.institution) continue;
      held = ent.titles.count(lower[last_title]) != 0;
      for (const auto& phrase : ent.title_phrases)
        held = held || (" " + phrase + " ").find(" " + lower[last_title] + " ") != std::string::npos;
    }
    // Or the text writes the title before a known person's name ("Assistant Secretary for Roads
    // and Rail Administrator Jane Roe").
    for (std::size_t i = 0; i < words_.size() && !held; ++i)
      held = words_[i].lower == lower[last_title] && words_[i].capitalized && titled_holder_end(i, i + 1) > i + 1;
    return tail == 0 && !plural && held;
  }
  if (written.size() != 1 || r.entity >= 0 || r.description || !capitalised(written[0])) return false;
  // A lone capitalised word that the text also writes before the joiner of a longer name ("Fish"
  // of "Fish and Game Service", "State" of "State of the Union"): a word of that name, not a name
  // of its own.
  bool inside = false;
  for (std::size_t i = 0; i + 2 < words_.size() && !inside; ++i) {
    const Word& w = words_[i];
    inside = w.lower == lower[0] && w.capitalized && joined(i) && joined(i + 1) && !words_[i + 1].capitalized &&
             words_[i + 1].in(WordClass::kInstitutionJoiners) &&
             (words_[i + 2].capitalized || (words_[i + 2].lower == role_word(WordRole::kDefiniteArticle) &&
                                            i + 3 < words_.size() && joined(i + 2) && words_[i + 3].capitalized));
  }
  return inside;
}

std::size_t Discourse::country_end(const std::vector<std::string>& core, int e) const {
  if (e < 0 || !entities_[static_cast<std::size_t>(e)].institution) return 0;
  std::size_t best = 0;
  for (const auto& a : entities_[static_cast<std::size_t>(e)].aliases)
    if (a.size() > best && a.size() < core.size() && std::equal(a.begin(), a.end(), core.begin())) best = a.size();
  return best;
}

std::string Discourse::first_country_form(int e, const std::vector<std::string>& tail) const {
  if (e < 0 || tail.empty()) return {};
  const Entity& country = entities_[static_cast<std::size_t>(e)];
  for (std::size_t i = 0; i < words_.size(); ++i) {
    for (const auto& a : country.aliases) {
      const std::size_t n = a.size() + tail.size();
      if (a.empty() || i + n > words_.size() || !words_[i].capitalized) continue;
      bool same = true;
      for (std::size_t m = 0; m < n && same; ++m) {
        const Word& w = words_[i + m];
        same = w.lower == (m < a.size() ? a[m] : tail[m - a.size()]) && (m + 1 == n || joined(i + m)) &&
               (m < a.size() || w.capitalized) && (m + 1 == n || w.stem_end == w.span.end);
      }
      if (same)
        return std::string(text_.substr(words_[i].span.begin, words_[i + n - 1].stem_end - words_[i].span.begin));
    }
  }
  return {};
}

bool Discourse::bare_definite_title(const Resolution& r, Span mention) const {
  // The mention opens with the definite article, and the rest of it is the speaker's name.
  const auto [first, end] = words_in(mention);
  if (end < first + 2 || words_[first].lower != role_word(WordRole::kDefiniteArticle)) return false;
  // Every word of the name a singular title word ("President", "Secretary General",
  // "President-elect"); a plural describes a group ("the officials"); a label in capitals is a
  // transcript's ("THE MODERATOR").
  std::size_t titles = 0;
  for (std::size_t w = first + 1; w < end; ++w) {
    const Word& t = words_[w];
    if (t.all_caps || t.lower.empty() || (t.lower.size() > 3 && t.lower.back() == 's')) return false;
    bool role = model_.is_role_word(t.lower);
    if (!role) {
      const std::vector<std::string> parts = words_of(lex(), t.lower);  // "president-elect"
      role = !parts.empty() && std::all_of(parts.begin(), parts.end(),
                                           [&](const std::string& part) { return model_.is_role_word(part); });
    }
    if (!role) return false;
    ++titles;
  }
  if (titles == 0 || titles > 3) return false;
  // A description the text brought in before ("A delegation of … visited"): the same one.
  if (end == first + 2 && !earlier_indefinite(words_[first + 1].lower, mention.begin).empty()) return false;
  // The name is the mention less its article (a possessive's ending aside).
  const std::string_view named =
      text_.substr(words_[first + 1].span.begin, words_[end - 1].stem_end - words_[first + 1].span.begin);
  return ascii_lower(named) == ascii_lower(r.speaker);
}

std::vector<std::string> flag_names(unsigned flags) {
  static const char* const kNames[] = {"pronoun",           "pronoun-rival", "place-for-government", "short-content",
                                       "one-word-fragment", "heading-line",  "title-name",           "surname-rival"};
  std::vector<std::string> names;
  for (std::size_t k = 0; k < std::size(kNames); ++k)
    if (flags & (1U << k)) names.emplace_back(kNames[k]);
  return names;
}

}  // namespace detail
}  // namespace quoteattr
