// The entity table: see entities.hpp.
#include "entities.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace quoteattr {

const char* to_string(SpeakerKind kind) noexcept {
  switch (kind) {
    case SpeakerKind::kPerson:
      return "person";
    case SpeakerKind::kInstitution:
      return "institution";
    case SpeakerKind::kGroup:
      return "group";
    case SpeakerKind::kUnnamed:
      return "unnamed";
  }
  return "person";
}

namespace detail {

namespace {

// The lower-case words of a name as written ("The U.S. Treasury" -> the, u.s., treasury).
std::vector<std::string> lower_words(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

// The kind of a speaker that is no entity of the Discourse: a description or a name as written.
SpeakerKind kind_of_description(const std::string& name, const SpeakerModel& model) {
  std::vector<std::string> words = lower_words(name);
  const Lexicon& lex = model.lexicon();
  while (words.size() > 1 && lex.is(WordClass::kNotNameWords, words.front()) && !model.is_role_word(words.front()))
    words.erase(words.begin());
  if (words.empty()) return SpeakerKind::kUnnamed;
  if (model.institution_head(words)) return SpeakerKind::kInstitution;
  // A plural head whose singular is a role noun: "diplomatic sources", "officials".
  const std::string& head = words.back();
  if (head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's' && lex.is(WordClass::kReportNouns, head))
    return SpeakerKind::kGroup;  // "reports", "press reports"
  if (head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's') {
    std::vector<std::string> singular = words;
    singular.back().pop_back();
    if (model.role_suffix(singular) > 0) return SpeakerKind::kGroup;
    if (singular.back().size() > 2 && singular.back().back() == 'e') {  // "witnesses"
      singular.back().pop_back();
      if (model.role_suffix(singular) > 0) return SpeakerKind::kGroup;
    }
  }
  if (model.role_suffix(words) > 0) return SpeakerKind::kUnnamed;
  const bool capitalized = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
  if (!capitalized) return SpeakerKind::kUnnamed;
  // A name as written that the profile knows as a country or affiliation ("China", "The U.S.")
  // or that is one word an outlet or a capital would be: an institution speaking; otherwise a
  // person the text names only there.
  for (const auto& w : words)
    if (model.is_affiliation(w)) return SpeakerKind::kInstitution;
  return SpeakerKind::kPerson;
}

// The entity's titles and affiliations for the table. A title phrase as the text wrote it
// ("russian foreign minister") is the role noun it ends with ("foreign minister"); the words
// before it are affiliations ("russian").
void split_titles(const Entity& ent, const SpeakerModel& model, Speaker& s) {
  auto add = [](std::vector<std::string>& v, std::string w) {
    if (!w.empty() && std::find(v.begin(), v.end(), w) == v.end()) v.push_back(std::move(w));
  };
  for (const auto& a : ent.affiliations) add(s.affiliations, a);
  for (const auto& phrase : ent.title_phrases) {
    std::vector<std::string> words = lower_words(phrase);
    const std::size_t n = model.role_suffix(words);
    if (n == 0 || n >= words.size()) {
      add(s.titles, phrase);
      continue;
    }
    std::string title;
    for (std::size_t k = words.size() - n; k < words.size(); ++k) title += (title.empty() ? "" : " ") + words[k];
    add(s.titles, title);
    for (std::size_t k = 0; k < words.size() - n; ++k)
      if (!model.lexicon().is(WordClass::kNotNameWords, words[k])) add(s.affiliations, words[k]);
  }
  for (const auto& t : ent.titles) {
    // A single role word already inside a fuller title adds nothing ("minister" of "foreign minister").
    bool inside = false;
    for (const auto& full : s.titles)
      inside = inside || (full.size() > t.size() && full.compare(full.size() - t.size(), t.size(), t) == 0);
    if (!inside) add(s.titles, t);
  }
  std::sort(s.titles.begin(), s.titles.end());
  std::sort(s.affiliations.begin(), s.affiliations.end());
}

SpeakerKind kind_of_entity(const Entity& e) {
  if (e.institution) return SpeakerKind::kInstitution;
  if (e.gender == Gender::kGroup) return SpeakerKind::kGroup;
  return SpeakerKind::kPerson;
}

// Sorts spans and drops those that overlap an earlier one.
void normalise(std::vector<Span>& spans) {
  std::sort(spans.begin(), spans.end());
  std::vector<Span> out;
  for (Span s : spans) {
    if (s.empty()) continue;
    if (!out.empty() && s.begin < out.back().end) {
      if (s.end > out.back().end && s.begin == out.back().begin) out.back() = s;  // the longer one
      continue;
    }
    out.push_back(s);
  }
  spans = std::move(out);
}

}  // namespace

void build_speaker_table(Result& r, const std::vector<Resolution>& resolutions, const Discourse& d,
                         const SpeakerModel& model) {
  r.speakers.clear();
  std::unordered_map<int, int> of_entity;     // Discourse entity -> table id
  std::map<std::string, int> of_description;  // lower-case name -> table id
  std::vector<int> entity_of_row;             // table id -> Discourse entity or -1
  const auto& ents = d.entities();
  for (std::size_t i = 0; i < r.quotes.size(); ++i) {
    Attribution& a = r.quotes[i];
    a.speaker_id = -1;
    if (!a.speaker) continue;
    int e = i < resolutions.size() ? resolutions[i].entity : -1;
    if (e < 0 || static_cast<std::size_t>(e) >= ents.size() || ents[static_cast<std::size_t>(e)].name != *a.speaker) {
      e = -1;
      for (std::size_t k = 0; k < ents.size() && e < 0; ++k)
        if (ents[k].name == *a.speaker) e = static_cast<int>(k);
    }
    int id = -1;
    if (e >= 0) {
      auto it = of_entity.find(e);
      if (it != of_entity.end()) id = it->second;
    } else {
      std::string key;
      for (const auto& w : lower_words(*a.speaker)) key += (key.empty() ? "" : " ") + w;
      auto it = of_description.find(key);
      if (it != of_description.end()) id = it->second;
    }
    if (id < 0) {
      Speaker s;
      s.id = static_cast<int>(r.speakers.size());
      if (e >= 0) {
        const Entity& ent = ents[static_cast<std::size_t>(e)];
        s.name = ent.name;
        s.kind = kind_of_entity(ent);
        s.from_profile = ent.from_profile;
        split_titles(ent, model, s);
        of_entity[e] = s.id;
      } else {
        s.name = *a.speaker;
        s.kind = kind_of_description(s.name, model);
        std::string key;
        for (const auto& w : lower_words(s.name)) key += (key.empty() ? "" : " ") + w;
        of_description[key] = s.id;
      }
      id = s.id;
      entity_of_row.push_back(e);
      r.speakers.push_back(std::move(s));
    }
    Speaker& s = r.speakers[static_cast<std::size_t>(id)];
    a.speaker_id = id;
    a.speaker = s.name;
    ++s.quotes;
    if (!a.speaker_mention.empty()) s.mentions.push_back(a.speaker_mention);
  }
  // Every place the text names an entity of the table: one pass over the words, by first word.
  std::unordered_map<std::string, std::vector<std::pair<int, const std::vector<std::string>*>>> first;
  for (std::size_t id = 0; id < r.speakers.size(); ++id) {
    const int e = entity_of_row[id];
    if (e < 0) continue;
    for (const auto& alias : ents[static_cast<std::size_t>(e)].aliases)
      if (!alias.empty()) first[alias[0]].emplace_back(static_cast<int>(id), &alias);
  }
  const std::vector<Word>& words = d.words();
  for (std::size_t i = 0; i < words.size() && !first.empty(); ++i) {
    auto it = first.find(words[i].lower);
    if (it == first.end() || !words[i].capitalized) continue;
    int best = -1;
    std::size_t best_len = 0;
    for (const auto& [id, alias] : it->second) {
      if (alias->size() <= best_len || i + alias->size() > words.size()) continue;
      bool eq = true;
      for (std::size_t k = 1; k < alias->size() && eq; ++k) eq = words[i + k].lower == (*alias)[k];
      if (eq) {
        best = id;
        best_len = alias->size();
      }
    }
    if (best < 0) continue;
    r.speakers[static_cast<std::size_t>(best)].mentions.push_back(
        {words[i].span.begin, words[i + best_len - 1].stem_end});
    i += best_len - 1;
  }
  for (Speaker& s : r.speakers) normalise(s.mentions);
}

}  // namespace detail
}  // namespace quoteattr
