// Profiles: TOML loading, validation, saving, merging.
//
// Loading reads each table against a closed list of keys and builds into a
// fresh Profile through the same add_* functions users call, so one set of
// checks guards both ways in; the loader only adds file:line:column.
#include "quoteattr/profile.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "did_you_mean.hpp"
#include "pattern.hpp"
#include "toml_guard.hpp"

namespace quoteattr {

namespace detail {
extern const std::string_view kDefaultProfileToml;
extern const char* const kDefaultProfileName;
}  // namespace detail

const char* to_string(Gender g) noexcept {
  switch (g) {
    case Gender::kUnknown:
      return "unknown";
    case Gender::kMale:
      return "male";
    case Gender::kFemale:
      return "female";
    case Gender::kGroup:
      return "group";
  }
  return "unknown";
}
const char* to_string(RuleWhere w) noexcept {
  switch (w) {
    case RuleWhere::kSentence:
      return "sentence";
    case RuleWhere::kParagraph:
      return "paragraph";
    case RuleWhere::kPrevious:
      return "previous";
  }
  return "sentence";
}
const char* to_string(RuleApplies a) noexcept {
  switch (a) {
    case RuleApplies::kDirect:
      return "direct";
    case RuleApplies::kIndirect:
      return "indirect";
    case RuleApplies::kAny:
      return "any";
  }
  return "direct";
}

namespace {

using Names = std::vector<std::string_view>;

constexpr Gender kGenders[] = {Gender::kMale, Gender::kFemale, Gender::kUnknown, Gender::kGroup};
constexpr RuleWhere kWheres[] = {RuleWhere::kSentence, RuleWhere::kParagraph, RuleWhere::kPrevious};
constexpr RuleApplies kAppliesValues[] = {RuleApplies::kDirect, RuleApplies::kIndirect, RuleApplies::kAny};
const Names kFrames = {"that", "zero", "to",    "object",    "colon",  "quote",      "addressee", "light",
                       "view", "as",   "agent", "predicate", "clause", "infinitive", "opens"};

// ------------------------------------------------------------ messages

// The shortest text that reads back as `d`, always with a '.' or exponent.
std::string shortest(double d) {
  char buf[64];
  auto result = std::to_chars(buf, buf + sizeof buf, d);
  std::string out(buf, result.ptr);
  if (out.find_first_of(".eEn") == std::string::npos) out += ".0";  // not for inf, nan
  return out;
}

std::string in_quotes(std::string_view s) { return "'" + std::string(s) + "'"; }

std::string join(const Names& names) {
  std::string out;
  for (auto n : names) {
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

// " (did you mean 'name'?)" for a close misspelling of one of `names`, else "".
std::string suggestion(std::string_view word, const Names& names) { return detail::suggestion(word, names); }

// ------------------------------------------------------------ validation
// Shared by the loader (with the location of the value) and add_* (with
// whatever location the entry carries).

void require_non_empty(const std::string& value, const std::string& what, const Location& at) {
  if (value.empty()) throw Error(ErrorCode::kProfileValue, what + " must not be empty", at);
}

void require_non_empty(const std::vector<std::string>& values, const std::string& what, const Location& at) {
  for (const auto& v : values) require_non_empty(v, "each of " + what, at);
}

void check_rule_id(const std::string& id, const Location& at) {
  bool ok = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
  if (!ok)
    throw Error(ErrorCode::kProfileValue,
                "rule id " + in_quotes(id) + " must be lower-case letters, digits and '-' ([a-z0-9-]+)", at);
}

void check_confidence(double c, const Location& at) {
  if (!(c > 0.0 && c <= 1.0))  // also rejects NaN
    throw Error(ErrorCode::kProfileValue, "confidence " + shortest(c) + " is out of range: expected a number in (0, 1]",
                at);
}

void check_frame(const std::string& frame, const Location& at) {
  if (std::find(kFrames.begin(), kFrames.end(), frame) == kFrames.end())
    throw Error(
        ErrorCode::kProfileValue,
        "unknown cue frame " + in_quotes(frame) + suggestion(frame, kFrames) + ": expected one of " + join(kFrames),
        at);
}

void validate(const SpeakerEntry& s, const Location& at = {}) {
  require_non_empty(s.name, "a speaker's name", at);
  require_non_empty(s.aliases, "a speaker's aliases", at);
  require_non_empty(s.titles, "a speaker's titles", at);
  require_non_empty(s.affiliations, "a speaker's affiliations", at);
  require_non_empty(s.country, "a speaker's country names", at);
}

void validate(const CueEntry& c, const Location& at = {}) {
  require_non_empty(c.lemma, "a cue's lemma", at);
  if (c.forms.empty()) throw Error(ErrorCode::kProfileValue, "cue " + in_quotes(c.lemma) + " has no forms", at);
  require_non_empty(c.forms, "a cue's forms", at);
  for (const auto& f : c.frames) check_frame(f, at);
}

void validate(const RuleEntry& r) {
  check_rule_id(r.id, r.defined_at);
  check_confidence(r.confidence, r.defined_at);
  if (r.pattern.empty() == r.tokens.empty())
    throw Error(ErrorCode::kProfileValue,
                "rule " + in_quotes(r.id) + " must have exactly one of 'pattern' and 'tokens'", r.defined_at);
  if (!r.pattern.empty())
    detail::validate_pattern(r.pattern, r.defined_at);
  else
    detail::validate_token_pattern(r.tokens, r.defined_at);
}

template <class T>
void add_unique(std::vector<T>& to, const std::vector<T>& from) {
  for (const auto& x : from)
    if (std::find(to.begin(), to.end(), x) == to.end()) to.push_back(x);
}

// The entry whose `key` member is `value`, or nullptr (const as `entries` is).
template <class Entries, class Entry>
auto find_by(Entries& entries, std::string Entry::*key, std::string_view value) -> decltype(entries.data()) {
  auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.*key == value; });
  return it == entries.end() ? nullptr : &*it;
}

// Each entry of `from`, validated, is combined into the entry of `into` with
// the same key, or appended.
template <class Entry, class Combine>
void merge_entries(std::vector<Entry>& into, const std::vector<Entry>& from, std::string Entry::*key, Combine combine) {
  for (const Entry& entry : from) {
    validate(entry);
    if (Entry* existing = find_by(into, key, entry.*key))
      combine(*existing, entry);
    else
      into.push_back(entry);
  }
}

// ------------------------------------------------------------ loading

const char* type_name(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a float";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::table:
      return "a table";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    case toml::node_type::none:
      break;
  }
  return "nothing";
}

// Reads one TOML table of a profile: every key must be one of `allowed`.
class TableReader {
 public:
  TableReader(const toml::table& table, std::string name, const std::string& source, const Names& allowed)
      : table_(table), name_(std::move(name)), source_(source) {
    check_keys(allowed);
  }

  Location at(const toml::node& n) const { return location(n.source()); }
  Location location(const toml::source_region& r) const { return detail::location_of(source_, r); }

  const toml::node* find(std::string_view key, bool required) const {
    const toml::node* n = table_.get(key);
    if (!n && required)
      throw Error(ErrorCode::kProfileKey, "missing key " + in_quotes(key) + " in " + name_, location(table_.source()));
    return n;
  }

  std::optional<std::string> string(std::string_view key, bool required = false) const {
    const toml::node* n = find(key, required);
    if (!n) return std::nullopt;
    if (!n->is_string()) throw wrong_type(*n, key, "a string");
    return n->as_string()->get();
  }

  std::optional<bool> boolean(std::string_view key) const {
    const toml::node* n = find(key, false);
    if (!n) return std::nullopt;
    if (!n->is_boolean()) throw wrong_type(*n, key, "a boolean (true or false)");
    return n->as_boolean()->get();
  }

  // A float, or an integer taken as one.
  std::optional<double> number(std::string_view key) const {
    const toml::node* n = find(key, false);
    if (!n) return std::nullopt;
    if (n->is_floating_point()) return n->as_floating_point()->get();
    if (n->is_integer()) return static_cast<double>(n->as_integer()->get());
    throw wrong_type(*n, key, "a number");
  }

  // An array of non-empty strings (empty when the key is absent).
  std::vector<std::string> strings(std::string_view key, bool required = false) const {
    std::vector<std::string> out;
    const toml::node* n = find(key, required);
    if (!n) return out;
    const toml::array* array = n->as_array();
    if (!array) throw wrong_type(*n, key, "an array of strings");
    for (std::size_t i = 0; i < array->size(); ++i) {
      const toml::node& element = (*array)[i];
      std::string what = "element " + std::to_string(i + 1) + " of " + in_quotes(key) + " in " + name_;
      if (!element.is_string())
        throw Error(ErrorCode::kProfileValue, what + " must be a string, not " + type_name(element), at(element));
      out.push_back(element.as_string()->get());
      require_non_empty(out.back(), what, at(element));
    }
    return out;
  }

  // One of the values of an enum, by their to_string() names.
  template <class E, std::size_t N>
  std::optional<E> choice(std::string_view key, const E (&values)[N]) const {
    std::optional<std::string> text = string(key);
    if (!text) return std::nullopt;
    Names names;
    for (E v : values) {
      if (*text == to_string(v)) return v;
      names.push_back(to_string(v));
    }
    throw Error(ErrorCode::kProfileValue,
                in_quotes(key) + " in " + name_ + " is " + in_quotes(*text) + suggestion(*text, names) +
                    ": expected one of " + join(names),
                at(*find(key, true)));
  }

  const std::string& name() const { return name_; }

 private:
  Error wrong_type(const toml::node& n, std::string_view key, const char* expected) const {
    return Error(ErrorCode::kProfileValue,
                 in_quotes(key) + " in " + name_ + " must be " + expected + ", not " + type_name(n), at(n));
  }

  // Reports the first unknown key in source order.
  void check_keys(const Names& allowed) const {
    const toml::key* first = nullptr;
    for (const auto& [key, value] : table_) {
      (void)value;
      if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
      const auto& pos = key.source().begin;
      if (!first || pos.line < first->source().begin.line ||
          (pos.line == first->source().begin.line && pos.column < first->source().begin.column))
        first = &key;
    }
    if (!first) return;
    throw Error(ErrorCode::kProfileKey,
                "unknown key " + in_quotes(first->str()) + " in " + name_ + suggestion(first->str(), allowed) +
                    "; allowed keys: " + join(allowed),
                location(first->source()));
  }

  const toml::table& table_;
  std::string name_;
  const std::string& source_;
};

// The elements of [[name]], each a table.
template <class Each>
void for_each_table(const toml::table& root, std::string_view name, const std::string& source, Each each) {
  const toml::node* n = root.get(name);
  if (!n) return;
  const toml::array* array = n->as_array();
  if (!array || (!array->empty() && !array->is_array_of_tables())) {
    Location l;
    l.file = source;
    l.line = n->source().begin.line;
    l.column = n->source().begin.column;
    throw Error(ErrorCode::kProfileValue,
                in_quotes(name) + " must be an array of tables, each written [[" + std::string(name) + "]]; found " +
                    type_name(*n),
                l);
  }
  for (const toml::node& element : *array) each(*element.as_table());
}

const toml::table* sub_table(const toml::table& root, std::string_view name, const std::string& source) {
  const toml::node* n = root.get(name);
  if (!n) return nullptr;
  if (!n->is_table()) {
    Location l;
    l.file = source;
    l.line = n->source().begin.line;
    l.column = n->source().begin.column;
    throw Error(ErrorCode::kProfileValue,
                in_quotes(name) + " must be a table, written [" + std::string(name) + "]; found " + type_name(*n), l);
  }
  return n->as_table();
}

SpeakerEntry read_speaker(const TableReader& t) {
  SpeakerEntry s;
  s.name = *t.string("name", true);
  require_non_empty(s.name, "'name' in " + t.name(), t.at(*t.find("name", true)));
  s.aliases = t.strings("aliases");
  s.titles = t.strings("titles");
  s.affiliations = t.strings("affiliations");
  s.gender = t.choice("gender", kGenders).value_or(Gender::kUnknown);
  s.institution = t.boolean("institution").value_or(false);
  s.country = t.strings("country");
  return s;
}

CueEntry read_cue(const TableReader& t) {
  CueEntry c;
  c.lemma = *t.string("lemma", true);
  require_non_empty(c.lemma, "'lemma' in " + t.name(), t.at(*t.find("lemma", true)));
  c.forms = t.strings("forms", true);
  if (c.forms.empty())
    throw Error(ErrorCode::kProfileValue, "'forms' in " + t.name() + " must not be empty",
                t.at(*t.find("forms", true)));
  c.frames = t.strings("frames");
  if (const toml::node* frames = t.find("frames", false))
    for (std::size_t i = 0; i < c.frames.size(); ++i) check_frame(c.frames[i], t.at(*frames->as_array()->get(i)));
  return c;
}

// Where the text of a string value starts (after its opening quotes, and
// after the newline that a multi-line string trims), so that pattern errors
// point at the character at fault.
Location text_start(const TableReader& t, const toml::node& n, std::string_view toml_text) {
  Location l = t.at(n);
  std::size_t i = 0;
  for (std::size_t line = 1; line < l.line && i != std::string_view::npos; ++line) {
    i = toml_text.find('\n', i);
    if (i != std::string_view::npos) ++i;
  }
  for (std::size_t col = 1; col < l.column && i < toml_text.size(); ++col) {
    ++i;
    while (i < toml_text.size() && (static_cast<unsigned char>(toml_text[i]) & 0xC0) == 0x80) ++i;
  }
  if (i >= toml_text.size()) return l;
  std::string_view rest = toml_text.substr(i);
  if (rest.substr(0, 3) == "'''" || rest.substr(0, 3) == "\"\"\"") {
    rest.remove_prefix(3);
    if (rest.substr(0, 1) == "\n" || rest.substr(0, 2) == "\r\n")
      ++l.line, l.column = 1;
    else
      l.column += 3;
  } else if (rest[0] == '\'' || rest[0] == '"') {
    l.column += 1;
  }
  return l;
}

RuleEntry read_rule(const TableReader& t, std::string_view toml_text) {
  RuleEntry r;
  r.id = *t.string("id", true);
  check_rule_id(r.id, t.at(*t.find("id", true)));
  r.where = t.choice("where", kWheres).value_or(RuleWhere::kSentence);
  r.applies = t.choice("applies", kAppliesValues).value_or(RuleApplies::kDirect);
  const toml::node* pattern = t.find("pattern", false);
  const toml::node* tokens = t.find("tokens", false);
  if ((pattern != nullptr) == (tokens != nullptr))
    throw Error(ErrorCode::kProfileKey,
                pattern ? "[[rule]] " + in_quotes(r.id) + " has both 'pattern' and 'tokens': give one"
                        : "[[rule]] " + in_quotes(r.id) + " needs 'pattern' (a regex) or 'tokens' (a token pattern)",
                pattern ? t.at(*tokens) : t.at(*t.find("id", true)));
  if (pattern) {
    r.pattern = *t.string("pattern", true);
    r.defined_at = text_start(t, *pattern, toml_text);
  } else {
    r.tokens = *t.string("tokens", true);
    r.defined_at = text_start(t, *tokens, toml_text);
  }
  if (auto c = t.number("confidence")) {
    check_confidence(*c, t.at(*t.find("confidence", true)));
    r.confidence = *c;
  }
  r.description = t.string("description").value_or("");
  return r;
}

}  // namespace

// ------------------------------------------------------------ Profile

Profile Profile::builtin() {
  // Parsed once; the copy handed out is the caller's own.
  static const Profile parsed = from_toml(detail::kDefaultProfileToml, detail::kDefaultProfileName);
  return parsed;
}

Profile Profile::from_file(const std::string& path, const Limits& limits) {
  Location l;
  l.file = path;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kIo, std::string("cannot open profile: ") + std::strerror(errno), l);
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) throw Error(ErrorCode::kIo, "cannot read profile: it is a directory", l);
  // A regular file larger than the limit is refused unread; anything else (a pipe) is read up to
  // the limit and then counted, so that memory stays within the limit.
  const std::uintmax_t size = std::filesystem::is_regular_file(path, ec) ? std::filesystem::file_size(path, ec) : 0;
  if (!ec && size > limits.max_profile_bytes)
    throw detail::toml_too_large(size, path, "profile", limits.max_profile_bytes);
  std::string text;
  std::uint64_t total = 0;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    const auto got = static_cast<std::size_t>(in.gcount());
    total += got;
    if (text.size() > limits.max_profile_bytes) continue;  // over the limit: only counted
    const std::size_t room = limits.max_profile_bytes - text.size();
    text.append(buf, room < got ? room + 1 : got);
  }
  if (in.bad()) throw Error(ErrorCode::kIo, std::string("cannot read profile: ") + std::strerror(errno), l);
  if (total > limits.max_profile_bytes) throw detail::toml_too_large(total, path, "profile", limits.max_profile_bytes);
  return from_toml(text, path, limits);
}

Profile Profile::from_toml(std::string_view text, const std::string& source, const Limits& limits) {
  toml::table root = detail::parse_toml_checked(text, source, "profile", limits.max_profile_bytes);
  TableReader top(root, "the top-level table", source, {"profile", "speaker", "lexicon", "cue", "rule"});
  Profile p;  // returned only when complete

  if (const toml::table* t = sub_table(root, "profile", source)) {
    TableReader r(*t, "[profile]", source, {"name", "replace_default"});
    p.name_ = *r.string("name", true);
    p.replace_default_ = r.boolean("replace_default").value_or(false);
  }
  for_each_table(root, "speaker", source, [&](const toml::table& t) {
    TableReader r(t, "[[speaker]]", source,
                  {"name", "aliases", "titles", "affiliations", "gender", "institution", "country"});
    SpeakerEntry s = read_speaker(r);
    if (p.find_speaker(s.name))
      throw Error(ErrorCode::kProfileDuplicate, "speaker " + in_quotes(s.name) + " is defined twice",
                  r.at(*r.find("name", true)));
    p.add_speaker(std::move(s));
  });
  if (const toml::table* t = sub_table(root, "lexicon", source)) {
    TableReader r(*t, "[lexicon]", source,
                  {"role_nouns", "institution_nouns", "content_stops", "light_nouns", "event_nouns"});
    for (auto& noun : r.strings("role_nouns")) p.add_role_noun(std::move(noun));
    for (auto& noun : r.strings("institution_nouns")) p.add_institution_noun(std::move(noun));
    for (auto& noun : r.strings("light_nouns")) p.add_light_noun(std::move(noun));
    for (auto& stop : r.strings("content_stops")) p.add_content_stop(std::move(stop));
    for (auto& noun : r.strings("event_nouns")) p.add_event_noun(std::move(noun));
  }
  for_each_table(root, "cue", source, [&](const toml::table& t) {
    TableReader r(t, "[[cue]]", source, {"lemma", "forms", "frames"});
    CueEntry c = read_cue(r);
    if (p.find_cue(c.lemma))
      throw Error(ErrorCode::kProfileDuplicate, "cue " + in_quotes(c.lemma) + " is defined twice",
                  r.at(*r.find("lemma", true)));
    p.add_cue(std::move(c));
  });
  for_each_table(root, "rule", source, [&](const toml::table& t) {
    TableReader r(t, "[[rule]]", source, {"id", "where", "applies", "pattern", "tokens", "confidence", "description"});
    RuleEntry rule = read_rule(r, text);
    detail::check_rule_limits(rule, p.rules().size() + 1, limits);  // before the pattern is compiled
    if (p.find_rule(rule.id))
      throw Error(ErrorCode::kProfileDuplicate, "rule id " + in_quotes(rule.id) + " is used twice",
                  r.at(*r.find("id", true)));
    p.add_rule(std::move(rule));
  });
  return p;
}

void Profile::add_speaker(SpeakerEntry s) {
  validate(s, {});
  if (find_speaker(s.name))
    throw Error(ErrorCode::kProfileDuplicate, "speaker " + in_quotes(s.name) + " already exists");
  speakers_.push_back(std::move(s));
}

void Profile::add_cue(CueEntry c) {
  validate(c, {});
  if (find_cue(c.lemma)) throw Error(ErrorCode::kProfileDuplicate, "cue " + in_quotes(c.lemma) + " already exists");
  cues_.push_back(std::move(c));
}

void Profile::add_rule(RuleEntry r) {
  validate(r);
  if (find_rule(r.id))
    throw Error(ErrorCode::kProfileDuplicate, "rule id " + in_quotes(r.id) + " already exists", r.defined_at);
  rules_.push_back(std::move(r));
}

void Profile::add_role_noun(std::string n) {
  require_non_empty(n, "a role noun", {});
  add_unique(role_nouns_, {std::move(n)});
}

void Profile::add_institution_noun(std::string n) {
  require_non_empty(n, "an institution noun", {});
  add_unique(institution_nouns_, {std::move(n)});
}

void Profile::add_light_noun(std::string n) {
  require_non_empty(n, "a light noun", {});
  add_unique(light_nouns_, {std::move(n)});
}

void Profile::add_event_noun(std::string n) {
  require_non_empty(n, "an event noun", {});
  add_unique(event_nouns_, {std::move(n)});
}

void Profile::add_content_stop(std::string p) {
  require_non_empty(p, "a content stop", {});
  add_unique(content_stops_, {std::move(p)});
}

void Profile::merge(const Profile& other) {
  Profile merged = *this;  // all work on a copy: *this changes only on success
  merge_entries(merged.speakers_, other.speakers_, &SpeakerEntry::name, [](SpeakerEntry& to, const SpeakerEntry& from) {
    add_unique(to.aliases, from.aliases);
    add_unique(to.titles, from.titles);
    add_unique(to.affiliations, from.affiliations);
    add_unique(to.country, from.country);
    if (from.gender != Gender::kUnknown) to.gender = from.gender;
    to.institution = to.institution || from.institution;
  });
  merge_entries(merged.cues_, other.cues_, &CueEntry::lemma, [](CueEntry& to, const CueEntry& from) {
    add_unique(to.forms, from.forms);
    add_unique(to.frames, from.frames);
  });
  merge_entries(merged.rules_, other.rules_, &RuleEntry::id, [](RuleEntry& to, const RuleEntry& from) { to = from; });
  for (const auto& n : other.role_nouns_) merged.add_role_noun(n);
  for (const auto& n : other.institution_nouns_) merged.add_institution_noun(n);
  for (const auto& n : other.light_nouns_) merged.add_light_noun(n);
  for (const auto& p : other.content_stops_) merged.add_content_stop(p);
  for (const auto& n : other.event_nouns_) merged.add_event_noun(n);
  *this = std::move(merged);
}

const SpeakerEntry* Profile::find_speaker(std::string_view name) const noexcept {
  return find_by(speakers_, &SpeakerEntry::name, name);
}
const CueEntry* Profile::find_cue(std::string_view lemma) const noexcept {
  return find_by(cues_, &CueEntry::lemma, lemma);
}
const RuleEntry* Profile::find_rule(std::string_view id) const noexcept { return find_by(rules_, &RuleEntry::id, id); }

// ------------------------------------------------------------ saving

namespace {

// A TOML string as a person would write it: "plain" when nothing needs an
// escape, 'literal' when only backslashes or double quotes would (patterns
// stay readable), else "escaped".
std::string toml_string(std::string_view s) {
  auto has_control = std::any_of(s.begin(), s.end(), [](char c) {
    auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t') || u == 0x7F;
  });
  auto has = [&](char c) { return s.find(c) != std::string_view::npos; };
  if (!has_control && !has('\\') && !has('"')) return "\"" + std::string(s) + "\"";
  bool literal = !has_control && !has('\'');
  if (literal) return "'" + std::string(s) + "'";
  std::string out = "\"";
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (u < 0x20 || u == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", u);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

// key = [...], wrapped one indented block when it does not fit on a line.
void write_array(std::ostream& out, std::string_view key, const std::vector<std::string>& values) {
  if (values.empty()) return;
  std::vector<std::string> items;
  std::size_t width = key.size() + 5;
  for (const auto& v : values) {
    items.push_back(toml_string(v));
    width += items.back().size() + 2;
  }
  if (width <= 100) {
    out << key << " = [";
    for (std::size_t i = 0; i < items.size(); ++i) out << (i ? ", " : "") << items[i];
    out << "]\n";
    return;
  }
  out << key << " = [\n ";
  std::size_t column = 1;
  for (const auto& item : items) {
    if (column + item.size() + 2 > 100) out << "\n ", column = 1;
    out << ' ' << item << ',';
    column += item.size() + 2;
  }
  out << "\n]\n";
}

}  // namespace

std::string Profile::to_toml() const {
  std::ostringstream out;
  out << "# quoteattr profile; format: docs/profile.md\n";
  if (!name_.empty() || replace_default_) {
    out << "\n[profile]\nname = " << toml_string(name_) << "\n";
    if (replace_default_) out << "replace_default = true\n";
  }
  for (const auto& s : speakers_) {
    out << "\n[[speaker]]\nname = " << toml_string(s.name) << "\n";
    write_array(out, "aliases", s.aliases);
    write_array(out, "titles", s.titles);
    write_array(out, "affiliations", s.affiliations);
    if (s.gender != Gender::kUnknown) out << "gender = \"" << to_string(s.gender) << "\"\n";
    if (s.institution) out << "institution = true\n";
    write_array(out, "country", s.country);
  }
  if (!role_nouns_.empty() || !institution_nouns_.empty() || !light_nouns_.empty() || !content_stops_.empty() ||
      !event_nouns_.empty()) {
    out << "\n[lexicon]\n";
    write_array(out, "role_nouns", role_nouns_);
    write_array(out, "institution_nouns", institution_nouns_);
    write_array(out, "light_nouns", light_nouns_);
    write_array(out, "content_stops", content_stops_);
    write_array(out, "event_nouns", event_nouns_);
  }
  for (const auto& c : cues_) {
    out << "\n[[cue]]\nlemma = " << toml_string(c.lemma) << "\n";
    write_array(out, "forms", c.forms);
    write_array(out, "frames", c.frames);
  }
  for (const auto& r : rules_) {
    out << "\n[[rule]]\nid = " << toml_string(r.id) << "\n"
        << "where = \"" << to_string(r.where) << "\"\n"
        << "applies = \"" << to_string(r.applies) << "\"\n"
        << (r.tokens.empty() ? "pattern = " + toml_string(r.pattern) : "tokens = " + toml_string(r.tokens)) << "\n"
        << "confidence = " << shortest(r.confidence) << "\n";
    if (!r.description.empty()) out << "description = " << toml_string(r.description) << "\n";
  }
  return out.str();
}

void Profile::save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << to_toml();
  out.close();
  if (!out) {
    Location l;
    l.file = path;
    throw Error(ErrorCode::kIo, std::string("cannot write profile: ") + std::strerror(errno), l);
  }
}

// ------------------------------------------------------------ equality

bool operator==(const SpeakerEntry& a, const SpeakerEntry& b) {
  return a.name == b.name && a.aliases == b.aliases && a.titles == b.titles && a.affiliations == b.affiliations &&
         a.gender == b.gender && a.institution == b.institution && a.country == b.country;
}
bool operator==(const CueEntry& a, const CueEntry& b) {
  return a.lemma == b.lemma && a.forms == b.forms && a.frames == b.frames;
}
bool operator==(const RuleEntry& a, const RuleEntry& b) {
  return a.id == b.id && a.where == b.where && a.applies == b.applies && a.pattern == b.pattern &&
         a.tokens == b.tokens && a.confidence == b.confidence && a.description == b.description;
}
bool operator==(const Profile& a, const Profile& b) {
  return a.name_ == b.name_ && a.replace_default_ == b.replace_default_ && a.speakers_ == b.speakers_ &&
         a.cues_ == b.cues_ && a.rules_ == b.rules_ && a.role_nouns_ == b.role_nouns_ &&
         a.institution_nouns_ == b.institution_nouns_ && a.light_nouns_ == b.light_nouns_ &&
         a.content_stops_ == b.content_stops_ && a.event_nouns_ == b.event_nouns_;
}

}  // namespace quoteattr
