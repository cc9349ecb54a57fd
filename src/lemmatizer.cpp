// Lemmas of verbs and common nouns: an exception table (data/lang/en-lemmas.tsv,
// embedded by src/lemma_table.S) looked up in an open-addressing hash table,
// then suffix rules. No regular expressions, no allocation when `out` has room.
// See docs/lemmas.md for the rules and how the table is made.
#include "quoteattr/lemmatizer.hpp"

#include <cstring>

#include "quoteattr/error.hpp"
#include "quoteattr/lexicon.hpp"

extern "C" {
extern const char quoteattr_lemma_table_begin[];
extern const char quoteattr_lemma_table_end[];
}

namespace quoteattr {

namespace {

enum Class : std::uint8_t { kVerb = 1, kNoun = 2, kNone = 0 };

Class class_of(Tag t) noexcept {
  if (is_verb(t)) return kVerb;
  if (t == Tag::NN || t == Tag::NNS) return kNoun;
  return kNone;
}

std::uint64_t hash_of(std::string_view s, std::uint8_t cls) noexcept {
  std::uint64_t h = 1469598103934665603ULL ^ cls;
  for (const char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h ^ (h >> 29);
}

bool vowel(char c) noexcept { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Vowel letter at i, reading "y" after a consonant as a vowel and "u" after "q" as a consonant.
bool vowel_at(std::string_view s, std::size_t i) noexcept {
  const char c = s[i];
  // "u" after "q", and after "g" before a vowel ("guid(ed)"), is a consonant.
  if (c == 'u' && i > 0 && (s[i - 1] == 'q' || (s[i - 1] == 'g' && i + 1 < s.size() && vowel(s[i + 1])))) return false;
  if (vowel(c)) return true;
  return c == 'y' && i > 0 && !vowel(s[i - 1]);
}

bool has_vowel(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size(); ++i)
    if (vowel_at(s, i) || s[i] == 'y') return true;
  return false;
}

// Number of vowel groups ("hop" 1, "visit" 2, "quot" 1).
int syllables(std::string_view s) noexcept {
  int n = 0;
  bool in = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool v = vowel_at(s, i);
    if (v && !in) ++n;
    in = v;
  }
  return n;
}

bool ends_with(std::string_view s, std::string_view suffix) noexcept {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The base of a verb from its stem without -ed / -ing ("stopp" -> "stop", "hop" -> "hope",
// "not" -> "note", "visit" -> "visit").
void restore_stem(std::string_view stem, std::string& out) {
  out.assign(stem.data(), stem.size());
  const std::size_t n = stem.size();
  if (n < 2) return;
  const char last = stem[n - 1], prev = stem[n - 2];
  if (vowel(last) && last != 'u') return;  // "agre(ed)" is handled by the caller; "echo", "ski"
  // Doubled consonant: stopped, planned, committed, occurred (not -ll, -ss, -ff, -zz, -dd: called, added).
  if (last == prev && n >= 3 && std::strchr("bgmnprt", last) != nullptr) {
    out.pop_back();
    return;
  }
  auto add_e = [&] { out.push_back('e'); };
  switch (last) {
    case 'u':
      add_e();
      return;  // continued, argued, issued
    case 'v':
      add_e();
      return;  // moved, received
    case 'c':
      add_e();
      return;  // forced, produced
    case 'z':
      if (prev != 'z') add_e();
      return;  // seized, criticized (buzzed)
    case 's':
      if (prev != 's') add_e();
      return;  // used, caused, released (passed)
    case 'g':  // changed, charged, urged (belonged)
      if (!(prev == 'n' && n >= 3 && (stem[n - 3] == 'o' || stem[n - 3] == 'i'))) add_e();
      return;
    case 'h':  // breathed, bathed (reached, pushed)
      if (prev == 't' && n >= 3 && vowel(stem[n - 3])) add_e();
      return;
    case 'l':  // handled, settled (called, hurled, howled)
      if (!vowel(prev) && prev != 'l' && prev != 'r' && prev != 'w' && prev != 'y') {
        add_e();
        return;
      }
      break;
    default:
      break;
  }
  if (!vowel_at(stem, n - 2) || vowel_at(stem, n - 1)) return;  // not ...VC
  if (last == 'w' || last == 'x' || last == 'y') return;        // showed, fixed, played
  // A single vowel letter before the consonant (CVC, or VC at the start: "us(ed)").
  if (n >= 3 && vowel_at(stem, n - 3)) {  // VVC: aimed, needed, appeared
    // ... but -iate and -uate verbs: negotiated, initiated, evaluated, graduated.
    if (last == 't' && prev == 'a' && n >= 4 && (stem[n - 3] == 'i' || stem[n - 3] == 'u')) add_e();
    return;
  }
  if (last == 'k') {
    add_e();
    return;
  }  // liked, invoked (picked: -ck)
  if (syllables(stem) <= 1) {
    add_e();
    return;
  }  // hoped, noted, voted, ruled, timed
  // Longer stems: by the last vowel and consonant. Unstressed final syllables keep the form
  // (visited, developed, opened, mentioned, entered, monitored, traveled, signaled, targeted).
  static const char* const kNoE[] = {"it", "et", "op", "en", "on", "an", "er", "or", "el", "al", "ip"};
  const char pair[2] = {prev, last};
  for (const char* p : kNoE)
    if (p[0] == pair[0] && p[1] == pair[1]) return;
  add_e();  // created, decided, included, declared, defined, assumed, described, compiled
}

// The -s of a plural noun or a third-person verb off: countries -> country, watches -> watch,
// goes -> go, talks -> talk.
void strip_s(std::string_view w, std::string& out) {
  const std::size_t n = w.size();
  if (ends_with(w, "ies") && n > 4) {
    out.assign(w.data(), n - 3);
    out.push_back('y');
  } else if (ends_with(w, "sses") || ends_with(w, "ches") || ends_with(w, "shes") || ends_with(w, "xes") ||
             ends_with(w, "zzes") || ends_with(w, "oes")) {
    out.assign(w.data(), n - 2);
  } else {
    out.assign(w.data(), n - 1);
  }
}

void verb_rules(std::string_view w, Tag tag, std::string& out) {
  const std::size_t n = w.size();
  if (tag == Tag::VBZ) {
    if (n <= 2 || !ends_with(w, "s") || ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is")) {
      out.assign(w.data(), n);
      return;
    }
    strip_s(w, out);
    return;
  }
  if ((tag == Tag::VBD || tag == Tag::VBN) && n > 3 && ends_with(w, "ed")) {
    if (ends_with(w, "ied")) {
      if (n == 4)
        out.assign(w.data(), n - 1);  // died, lied, tied
      else {
        out.assign(w.data(), n - 3);
        out.push_back('y');
      }
      return;
    }
    if (ends_with(w, "eed") || ends_with(w, "yed") || ends_with(w, "oed")) {  // agreed, played, echoed
      out.assign(w.data(), ends_with(w, "eed") ? n - 1 : n - 2);
      return;
    }
    const std::string_view stem = w.substr(0, n - 2);
    if (!has_vowel(stem)) {
      out.assign(w.data(), n);  // bed, shed, fled
      return;
    }
    restore_stem(stem, out);
    return;
  }
  if (tag == Tag::VBG && n > 4 && ends_with(w, "ing")) {
    const std::string_view stem = w.substr(0, n - 3);
    if (!has_vowel(stem)) {
      out.assign(w.data(), n);  // bring, sing, thing
      return;
    }
    if (stem.back() == 'y' || stem.back() == 'e' || stem.back() == 'o' || stem.back() == 'a' || stem.back() == 'i') {
      out.assign(stem.data(), stem.size());  // saying, being, seeing, going, skiing
      return;
    }
    restore_stem(stem, out);
    return;
  }
  out.assign(w.data(), n);
}

void noun_rules(std::string_view w, Tag tag, std::string& out) {
  const std::size_t n = w.size();
  if (tag != Tag::NNS || n <= 2) {
    out.assign(w.data(), n);
    return;
  }
  if (ends_with(w, "men") && n >= 5) {  // women, businessmen, chairmen
    out.assign(w.data(), n - 2);
    out += "an";
    return;
  }
  if (!ends_with(w, "s") || ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is") || ends_with(w, "'s")) {
    out.assign(w.data(), n);
    return;
  }
  strip_s(w, out);
}

}  // namespace

struct Lemmatizer::Impl {
  struct Entry {
    std::string_view form, lemma;
    std::uint8_t cls;
  };
  std::string owned;  // the table text (empty for the built-in table, which is static)
  std::vector<Entry> entries;
  std::vector<std::uint32_t> slots;  // 0 = empty, else entry index + 1
  std::uint64_t mask = 0;

  const Entry* find(std::string_view form, std::uint8_t cls) const noexcept {
    if (slots.empty()) return nullptr;
    for (std::uint64_t i = hash_of(form, cls) & mask;; i = (i + 1) & mask) {
      const std::uint32_t s = slots[i];
      if (s == 0) return nullptr;
      const Entry& e = entries[s - 1];
      if (e.cls == cls && e.form == form) return &e;
    }
  }

  void parse(std::string_view text, std::string_view name);
};

void Lemmatizer::Impl::parse(std::string_view text, std::string_view name) {
  auto fail = [&](std::size_t line, std::size_t column, const std::string& message) {
    Location where;
    where.file = std::string(name);
    where.line = line;
    where.column = column;
    throw Error(ErrorCode::kInvalidArgument, message, where);
  };
  std::size_t pos = 0, line_no = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::string_view fields[3];
    std::size_t starts[3] = {0, 0, 0};
    std::size_t b = 0;
    for (int f = 0; f < 3; ++f) {
      const std::size_t tab = line.find('\t', b);
      if (f < 2 && tab == std::string_view::npos)
        fail(line_no, line.size() + 1, "expected 3 tab-separated fields (form, class, lemma)");
      if (f == 2 && tab != std::string_view::npos) fail(line_no, tab + 1, "more than 3 tab-separated fields");
      starts[f] = b;
      fields[f] = line.substr(b, (tab == std::string_view::npos ? line.size() : tab) - b);
      b = tab + 1;
    }
    for (const int f : {0, 2}) {
      if (fields[f].empty()) fail(line_no, starts[f] + 1, f == 0 ? "empty form" : "empty lemma");
      for (std::size_t k = 0; k < fields[f].size(); ++k) {
        const char c = fields[f][k];
        if (c == ' ' || (c >= 'A' && c <= 'Z'))
          fail(line_no, starts[f] + k + 1, "forms and lemmas are lower case without spaces");
      }
    }
    std::uint8_t cls = kNone;
    if (fields[1] == "v")
      cls = kVerb;
    else if (fields[1] == "n")
      cls = kNoun;
    else
      fail(line_no, starts[1] + 1, "class must be 'v' or 'n', not '" + std::string(fields[1]) + "'");
    entries.push_back({fields[0], fields[2], cls});
    (void)line_no;
  }
  std::size_t cap = 16;
  while (cap < entries.size() * 2) cap *= 2;
  slots.assign(cap, 0);
  mask = cap - 1;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const Entry& e = entries[k];
    std::uint64_t i = hash_of(e.form, e.cls) & mask;
    for (; slots[i] != 0; i = (i + 1) & mask) {
      const Entry& o = entries[slots[i] - 1];
      if (o.cls == e.cls && o.form == e.form) {
        // Find the line of the duplicate for the message.
        std::size_t line = 1;
        const char* p = text.data();
        for (; p < e.form.data(); ++p)
          if (*p == '\n') ++line;
        fail(line, 1, "duplicate entry for '" + std::string(e.form) + "' (" + (e.cls == kVerb ? "v" : "n") + ")");
      }
    }
    slots[i] = static_cast<std::uint32_t>(k + 1);
  }
}

const Lemmatizer& Lemmatizer::builtin() {
  static const Lemmatizer instance = [] {
    Lemmatizer l;
    auto impl = std::make_shared<Impl>();
    const std::string_view text(quoteattr_lemma_table_begin,
                                static_cast<std::size_t>(quoteattr_lemma_table_end - quoteattr_lemma_table_begin));
    impl->parse(text, "data/lang/en-lemmas.tsv");
    l.impl_ = std::move(impl);
    return l;
  }();
  return instance;
}

Lemmatizer Lemmatizer::from_tsv(std::string_view text, std::string_view name) {
  Lemmatizer l;
  auto impl = std::make_shared<Impl>();
  impl->owned.assign(text.data(), text.size());
  impl->parse(impl->owned, name);
  l.impl_ = std::move(impl);
  return l;
}

std::string Lemmatizer::lemma(std::string_view lower, Tag tag) const {
  std::string out;
  lemma(lower, tag, out);
  return out;
}

void Lemmatizer::lemma(std::string_view lower, Tag tag, std::string& out) const {
  const Class cls = class_of(tag);
  if (cls == kNone || lower.empty()) {
    out.assign(lower.data(), lower.size());
    return;
  }
  if (const Impl::Entry* e = impl_->find(lower, cls)) {
    out.assign(e->lemma.data(), e->lemma.size());
    return;
  }
  // A hyphenated compound inflects its last part: "re-elected", "e-mails", "so-called".
  const std::size_t hyphen = lower.rfind('-');
  if (hyphen != std::string_view::npos && hyphen + 1 < lower.size() && hyphen > 0) {
    const std::string_view last = lower.substr(hyphen + 1);
    if (const Impl::Entry* e = impl_->find(last, cls)) {
      out.assign(lower.data(), hyphen + 1);
      out.append(e->lemma.data(), e->lemma.size());
      return;
    }
  }
  rule_lemma(lower, tag, out);
}

void Lemmatizer::rule_lemma(std::string_view lower, Tag tag, std::string& out) {
  if (!lower.empty() && lower[0] == '\'') {  // clitics other than the table's ('s, 're, 've): as written
    out.assign(lower.data(), lower.size());
    return;
  }
  const Class cls = class_of(tag);
  if (cls == kVerb)
    verb_rules(lower, tag, out);
  else if (cls == kNoun)
    noun_rules(lower, tag, out);
  else
    out.assign(lower.data(), lower.size());
}

bool Lemmatizer::clitic_s_is_has(std::string_view next_lower) noexcept {
  return Lexicon::english().is(WordClass::kHasParticiples, next_lower);
}

std::size_t Lemmatizer::size() const noexcept { return impl_ ? impl_->entries.size() : 0; }

Lemmatizer::Lemmatizer(const Lemmatizer&) = default;
Lemmatizer& Lemmatizer::operator=(const Lemmatizer&) = default;
Lemmatizer::Lemmatizer(Lemmatizer&&) noexcept = default;
Lemmatizer& Lemmatizer::operator=(Lemmatizer&&) noexcept = default;
Lemmatizer::~Lemmatizer() = default;

}  // namespace quoteattr
