#include "pattern.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace quoteattr {
namespace detail {

namespace {

const char* const kPlaceholderList = "{QUOTE} {OTHER} {SPEAKER} {VERB} {REPORT}";

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// `where` is the position of the pattern's first character; columns count code
// points (as toml++ does), `byte_offset` counts bytes of the pattern.
Location at_offset(Location where, std::string_view pattern, std::size_t byte_offset) {
  if (!where.line) return where;
  for (std::size_t i = 0; i < byte_offset && i < pattern.size(); ++i) {
    if (pattern[i] == '\n')
      where.line++, where.column = 1;
    else if (!is_continuation(pattern[i]))
      ++where.column;
  }
  return where;
}

// "...told: {QUOTE} <<here>> ..." around byte `pos` of the user's pattern.
std::string fragment_at(std::string_view pattern, std::size_t pos) {
  pos = std::min(pos, pattern.size());
  std::size_t begin = pos > 24 ? pos - 24 : 0, end = std::min(pattern.size(), pos + 16);
  while (begin > 0 && is_continuation(pattern[begin])) --begin;
  while (end < pattern.size() && is_continuation(pattern[end])) ++end;
  return std::string(begin ? "..." : "") + std::string(pattern.substr(begin, pos - begin)) + ">>>HERE>>>" +
         std::string(pattern.substr(pos, end - pos)) + (end < pattern.size() ? "..." : "");
}

// Boost's message without its own fragment (which shows the blanked text).
std::string boost_reason(const boost::regex_error& e) {
  std::string what = e.what();
  std::size_t cut = what.find("  The error occurred");
  if (cut != std::string::npos) what.erase(cut);
  while (!what.empty() && (what.back() == '.' || what.back() == ' ')) what.pop_back();
  return what;
}

std::string escape_literal(std::string_view s) {
  std::string out;
  for (char c : s) {
    out += "\\x";
    static const char* hex = "0123456789ABCDEF";
    auto u = static_cast<unsigned char>(c);
    out += hex[u >> 4];
    out += hex[u & 15];
  }
  return out;
}

bool is_name_start(char c) { return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Escapes whose argument may be braced: \x{2013}, \p{Lu}, \P{L}, \N{...}, \k{name}, \g{1}.
bool takes_braced_argument(char c) { return c == 'x' || c == 'p' || c == 'P' || c == 'N' || c == 'k' || c == 'g'; }

// Length of the escape sequence starting at pattern[i] == '\\'.
std::size_t escape_length(std::string_view pattern, std::size_t i) {
  if (i + 1 >= pattern.size()) return 1;
  if (takes_braced_argument(pattern[i + 1]) && i + 2 < pattern.size() && pattern[i + 2] == '{') {
    std::size_t close = pattern.find('}', i + 3);
    if (close != std::string_view::npos) return close - i + 1;
  }
  return 2;
}

// Length of a bracket expression starting at pattern[i] == '[' (to the end of
// the pattern if it is not closed: Boost reports that).
std::size_t class_length(std::string_view pattern, std::size_t i) {
  std::size_t j = i + 1;
  if (j < pattern.size() && pattern[j] == '^') ++j;
  if (j < pattern.size() && pattern[j] == ']') ++j;  // a leading ']' is literal
  while (j < pattern.size() && pattern[j] != ']') {
    if (pattern[j] == '\\') {
      j += escape_length(pattern, j);
    } else if (pattern[j] == '[' && j + 1 < pattern.size() &&
               (pattern[j + 1] == ':' || pattern[j + 1] == '.' || pattern[j + 1] == '=')) {
      std::string close{pattern[j + 1], ']'};  // [:alpha:]
      std::size_t end = pattern.find(close, j + 2);
      j = end == std::string_view::npos ? pattern.size() : end + 2;
    } else {
      ++j;
    }
  }
  return (j < pattern.size() ? j + 1 : j) - i;
}

// The name of a named group opening at pattern[i] == '(': (?<name>, (?P<name>, (?'name'.
std::string_view group_name(std::string_view pattern, std::size_t i) {
  std::string_view rest = pattern.substr(i);
  std::size_t start = 0;
  char close = '>';
  if (rest.substr(0, 3) == "(?<" && rest.substr(0, 4) != "(?<=" && rest.substr(0, 4) != "(?<!")
    start = 3;
  else if (rest.substr(0, 4) == "(?P<")
    start = 4;
  else if (rest.substr(0, 3) == "(?'")
    start = 3, close = '\'';
  if (!start) return {};
  std::size_t end = rest.find(close, start);
  return end == std::string_view::npos ? std::string_view{} : rest.substr(start, end - start);
}

using Replacer = std::function<std::string(const std::string& name)>;

// The one scanner behind expansion and validation: copies the pattern,
// replacing each placeholder by replace(name), and enforces the placeholder
// rules. Escapes (\{, \x{2013}, \p{Lu}) and bracket expressions are copied as
// they are; '{' followed by a digit is a quantifier, not a placeholder.
std::string expand_with(std::string_view pattern, const Location& where, const Replacer& replace) {
  std::string out;
  std::set<std::string> seen;
  std::size_t i = 0;
  while (i < pattern.size()) {
    char c = pattern[i];
    std::size_t literal = 0;
    if (c == '\\')
      literal = escape_length(pattern, i);
    else if (c == '[')
      literal = class_length(pattern, i);
    if (literal) {
      out.append(pattern.substr(i, literal));
      i += literal;
      continue;
    }
    if (c == '(') {
      std::string_view group = group_name(pattern, i);
      if (group == "quote" || group == "speaker" || group == "verb")
        throw Error(ErrorCode::kProfilePattern,
                    "the group name '" + std::string(group) +
                        "' is reserved for the placeholders; use a placeholder or another name",
                    at_offset(where, pattern, i));
    }
    if (c != '{' || i + 1 >= pattern.size() || !is_name_start(pattern[i + 1])) {
      out += c;
      ++i;
      continue;
    }
    std::size_t close = pattern.find('}', i);
    if (close == std::string_view::npos)
      throw Error(ErrorCode::kProfilePattern,
                  std::string("placeholder is not closed with '}': expected one of ") + kPlaceholderList +
                      " (write \\{ for a literal brace)",
                  at_offset(where, pattern, i));
    std::string name(pattern.substr(i + 1, close - i - 1));
    if (!is_placeholder(name))
      throw Error(ErrorCode::kProfilePattern, "unknown placeholder {" + name + "}: expected one of " + kPlaceholderList,
                  at_offset(where, pattern, i));
    if (name != "OTHER" && !seen.insert(name).second)
      throw Error(ErrorCode::kProfilePattern, "placeholder {" + name + "} is used twice", at_offset(where, pattern, i));
    if (seen.count("VERB") && seen.count("REPORT"))
      throw Error(ErrorCode::kProfilePattern, "{VERB} and {REPORT} cannot both be used", at_offset(where, pattern, i));
    out += replace(name);
    i = close + 1;
  }
  if (!seen.count("QUOTE")) throw Error(ErrorCode::kProfilePattern, "pattern has no {QUOTE} placeholder", where);
  if (!seen.count("SPEAKER")) throw Error(ErrorCode::kProfilePattern, "pattern has no {SPEAKER} placeholder", where);
  return out;
}

}  // namespace

namespace {

struct TrieNode {
  std::map<std::string, TrieNode> next;  // one atom (an escaped byte, \\s+ or a class) per edge
  bool terminal = false;
};

std::vector<std::string> atoms(const std::string& word, bool either_case) {
  std::vector<std::string> out;
  bool word_start = true;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (c == ' ') {
      out.emplace_back("\\s+");
      word_start = true;
      continue;
    }
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (either_case && word_start && letter) {
      char lo = static_cast<char>(c | 0x20), up = static_cast<char>(lo - 'a' + 'A');
      out.push_back(std::string("[") + up + lo + "]");
    } else if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) {
      out.push_back(std::string("\\") + c);
    } else if (static_cast<unsigned char>(c) >= 0x80 || c < 0x20) {
      static const char* hex = "0123456789ABCDEF";
      auto u = static_cast<unsigned char>(c);
      out.push_back(std::string("\\x") + hex[u >> 4] + hex[u & 15]);
    } else {
      out.emplace_back(1, c);
    }
    // After an apostrophe, straight or typographic (U+2019), a word begins again: "d'Affaires".
    word_start = c == '\'' || (i >= 2 && word.compare(i - 2, 3, "\xE2\x80\x99") == 0);
  }
  return out;
}

std::string emit(const TrieNode& n) {
  std::vector<std::string> alts;
  for (const auto& [atom, child] : n.next) alts.push_back(atom + emit(child));
  if (alts.empty()) return "";
  if (alts.size() == 1 && !n.terminal) return alts[0];
  std::string out = "(?:";
  for (std::size_t i = 0; i < alts.size(); ++i) out += (i ? "|" : "") + alts[i];
  return out + (n.terminal ? "|)" : ")");  // the empty branch last: longer words win
}

}  // namespace

std::string trie_alternation(const std::vector<std::string>& words, bool either_case) {
  TrieNode root;
  for (const auto& w : words) {
    if (w.empty()) continue;
    TrieNode* n = &root;
    for (const auto& a : atoms(w, either_case)) n = &n->next[a];
    n->terminal = true;
  }
  std::string body = emit(root);
  return body.empty() ? "(?!)" : "(?:" + body + ")";
}

PatternFragments validation_fragments() {
  PatternFragments f;
  f.speaker = "[A-Z][a-z]+";
  f.verb = "said|says";
  f.report = "said|says";
  return f;
}

bool is_placeholder(std::string_view name) noexcept {
  return name == "QUOTE" || name == "OTHER" || name == "SPEAKER" || name == "VERB" || name == "REPORT";
}

std::string expand_pattern(std::string_view pattern, const PatternFragments& f, const Location& where) {
  return expand_with(pattern, where, [&f](const std::string& name) -> std::string {
    if (name == "QUOTE") return "(?<quote>" + escape_literal(kQuoteSentinel) + ")";
    if (name == "OTHER") return "(?:" + escape_literal(kOtherSentinel) + ")";
    if (name == "SPEAKER") return "(?<speaker>" + f.speaker + ")";
    return "(?<verb>" + (name == "VERB" ? f.verb : f.report) + ")";
  });
}

boost::regex compile_pattern(std::string_view pattern, const PatternFragments& f, const Location& where) {
  // First the user's own text with each placeholder blanked to as many 'x', so
  // that Boost's error position is a position in what the user wrote.
  std::string blanked =
      expand_with(pattern, where, [](const std::string& name) { return std::string(name.size() + 2, 'x'); });
  try {
    boost::regex check(blanked, boost::regex::perl);
  } catch (const boost::regex_error& e) {
    auto pos = e.position() > 0 ? static_cast<std::size_t>(e.position()) : 0;
    std::string hint;
    if (pattern.substr(pos, 3) == "\\x{")
      hint =
          " (Boost.Regex reads bytes here: write a character above U+00FF itself, in UTF-8 "
          "and outside [...], e.g. (?:-|\u2013|\u2014))";
    throw Error(ErrorCode::kProfilePattern,
                "bad regular expression: " + boost_reason(e) + " at '" + fragment_at(pattern, pos) + "'" + hint,
                at_offset(where, pattern, pos));
  }
  std::string expanded = expand_pattern(pattern, f, where);
  try {
    return boost::regex(expanded, boost::regex::perl | boost::regex::optimize);
  } catch (const boost::regex_error& e) {
    throw Error(ErrorCode::kProfilePattern,
                std::string("pattern does not compile after its placeholders are expanded: ") + e.what(), where);
  }
}

void validate_pattern(std::string_view pattern, const Location& where) {
  (void)compile_pattern(pattern, validation_fragments(), where);
}

void check_rule_limits(const RuleEntry& rule, std::size_t number, const Limits& limits) {
  if (number > limits.max_rules)
    throw Error(ErrorCode::kTooManyRules,
                "rule '" + rule.id + "' is rule " + std::to_string(number) +
                    " of the profile: more than the limit of " + std::to_string(limits.max_rules) +
                    (limits.max_rules == 1 ? " rule" : " rules"),
                rule.defined_at);
  const std::size_t length = rule.tokens.empty() ? rule.pattern.size() : rule.tokens.size();
  if (length > limits.max_pattern_bytes)
    throw Error(ErrorCode::kPatternTooLong,
                std::string(rule.tokens.empty() ? "the pattern" : "the token pattern") + " of rule '" + rule.id +
                    "' is " + std::to_string(length) + " bytes long: longer than the limit of " +
                    std::to_string(limits.max_pattern_bytes) + " bytes",
                rule.defined_at);
}

// ---------------------------------------------------------------------------
// Token patterns: a sequence of token items compiled to a regex over the
// encoded token string (see token_entry in pattern.hpp).

namespace {

constexpr char kFieldSep = '\x1F';
constexpr char kTokenEnd = '\x1E';
const std::string kAnyField = "[^\\x1F\\x1E]*";
const char* const kTokenPlaceholderList = "{QUOTE} {OTHER} {SPEAKER} {VERB} {REPORT} {NP}";

std::string token_re(const std::string& word, const std::string& tag, const std::string& chunk,
                     const std::string& lemma) {
  return "(?:" + (word.empty() ? kAnyField : word) + "\\x1F" + (tag.empty() ? kAnyField : tag) + "\\x1F" +
         (chunk.empty() ? std::string("[BIO]") : chunk) + "\\x1F" + (lemma.empty() ? kAnyField : lemma) + "\\x1E)";
}

// The regex of a noun phrase: a B token and its I tokens.
std::string np_re() { return "(?:" + token_re("", "", "B", "") + token_re("", "", "I", "") + "*)"; }

bool is_syntax(char c) {
  return c == '(' || c == ')' || c == '|' || c == '?' || c == '*' || c == '+' || c == '{' || c == '}' || c == '<' ||
         c == '>' || c == '~' || c == '/' || c == '"' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Lower case of an ASCII word; other bytes kept.
std::string lower_ascii(std::string_view w) {
  std::string out(w);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// A tag regex as written ("VB.*", "NN|NNS", "PRP$") made safe: '$' is literal.
std::string tag_regex(std::string_view t) {
  std::string out;
  for (char c : t) {
    if (c == '$')
      out += "\\$";
    else
      out += c;
  }
  return "(?:" + out + ")";
}

class TokenPatternCompiler {
 public:
  TokenPatternCompiler(std::string_view p, const TokenFragments& f, Location where)
      : p_(p), f_(f), where_(std::move(where)) {}

  CompiledTokenPattern run() {
    std::string body = alternatives(false);
    if (i_ < p_.size()) fail(i_, "unexpected '" + std::string(1, p_[i_]) + "'");
    if (!seen_quote_) fail_at(where_, "token pattern has no {QUOTE} placeholder");
    if (out_.speaker_groups == 0) fail_at(where_, "token pattern has no {SPEAKER} placeholder");
    out_.regex = body;
    return out_;
  }

 private:
  [[noreturn]] void fail(std::size_t pos, const std::string& why) {
    throw Error(ErrorCode::kProfilePattern, "bad token pattern: " + why + " at '" + fragment_at(p_, pos) + "'",
                at_offset(where_, p_, pos));
  }
  [[noreturn]] void fail_at(const Location& l, const std::string& why) {
    throw Error(ErrorCode::kProfilePattern, why, l);
  }
  void skip_space() {
    while (i_ < p_.size() && (p_[i_] == ' ' || p_[i_] == '\t' || p_[i_] == '\n' || p_[i_] == '\r')) ++i_;
  }

  // sequence ( '|' sequence )*
  std::string alternatives(bool in_group) {
    std::string out = sequence(in_group);
    for (;;) {
      skip_space();
      if (i_ < p_.size() && p_[i_] == '|') {
        ++i_;
        out += "|" + sequence(in_group);
        continue;
      }
      return out;
    }
  }

  std::string sequence(bool in_group) {
    std::string out;
    bool any = false;
    for (;;) {
      skip_space();
      if (i_ >= p_.size() || p_[i_] == '|' || (p_[i_] == ')' && in_group)) break;
      if (p_[i_] == ')') fail(i_, "')' without '('");
      out += item();
      any = true;
    }
    if (!any) {
      if (in_group && i_ >= p_.size()) return {};  // the caller reports the unclosed '('
      fail(i_, "empty sequence");
    }
    return out;
  }

  std::string item() {
    std::string atom_re = atom();
    // Quantifier.
    if (i_ < p_.size() && (p_[i_] == '?' || p_[i_] == '*' || p_[i_] == '+')) {
      atom_re += p_[i_++];
      if (i_ < p_.size() && p_[i_] == '?') atom_re += p_[i_++];  // lazy
    } else if (i_ + 1 < p_.size() && p_[i_] == '{' && p_[i_ + 1] >= '0' && p_[i_ + 1] <= '9') {
      const std::size_t close = p_.find('}', i_);
      if (close == std::string_view::npos) fail(i_, "quantifier not closed with '}'");
      for (std::size_t k = i_ + 1; k < close; ++k)
        if (!((p_[k] >= '0' && p_[k] <= '9') || p_[k] == ',')) fail(k, "a quantifier is {m}, {m,} or {m,n}");
      atom_re += std::string(p_.substr(i_, close + 1 - i_));
      i_ = close + 1;
      if (i_ < p_.size() && p_[i_] == '?') atom_re += p_[i_++];
    }
    return atom_re;
  }

  std::string atom() {
    const std::size_t at = i_;
    const char c = p_[i_];
    if (c == '(') {
      ++i_;
      std::string inner = alternatives(true);
      skip_space();
      if (i_ >= p_.size() || p_[i_] != ')') fail(at, "'(' is not closed");
      ++i_;
      return "(?:" + inner + ")";
    }
    if (c == '{') return placeholder();
    if (c == '<') {
      const std::size_t close = p_.find('>', i_);
      if (close == std::string_view::npos || close == i_ + 1) fail(at, "a tag is written <TAG> or <VB.*>");
      std::string t(p_.substr(i_ + 1, close - i_ - 1));
      i_ = close + 1;
      return token_re("", tag_regex(t), "", "");
    }
    if (c == '.' && (i_ + 1 >= p_.size() || is_syntax(p_[i_ + 1]))) {
      ++i_;
      return token_re("", "", "", "");
    }
    bool lemma = false;
    if (c == '~') {
      lemma = true;
      ++i_;
    }
    // word ( '|' word )* [ '/' TAG ]
    std::vector<std::string> words;
    for (;;) {
      if (i_ < p_.size() && p_[i_] == '"') {
        const std::size_t close = p_.find('"', i_ + 1);
        if (close == std::string_view::npos || close == i_ + 1) fail(i_, "a quoted token is written \",\" or \"?\"");
        words.push_back(lower_ascii(p_.substr(i_ + 1, close - i_ - 1)));
        i_ = close + 1;
      } else {
        const std::size_t b = i_;
        while (i_ < p_.size() && !is_syntax(p_[i_])) ++i_;
        if (i_ == b) fail(b, "expected a word, <TAG>, (, . or a placeholder");
        words.push_back(lower_ascii(p_.substr(b, i_ - b)));
      }
      // "said|says": no spaces around '|' joins words of one token.
      if (i_ + 1 < p_.size() && p_[i_] == '|' && p_[i_ + 1] != ' ' && p_[i_ + 1] != '(' && p_[i_ + 1] != '{') {
        ++i_;
        continue;
      }
      break;
    }
    const std::string tag = slash_tag();
    std::string alt;
    for (std::size_t k = 0; k < words.size(); ++k) alt += (k ? "|" : "") + escape_literal(words[k]);
    alt = "(?:" + alt + ")";
    return lemma ? token_re("", tag, "", alt) : token_re(alt, tag, "", "");
  }

  // "/TAG" after a word or a placeholder: the tag regex up to white space, ')', '?', '+' or
  // '{' ("/VB.*", "/VBD|VBZ"), or "" when no '/' follows.
  std::string slash_tag() {
    if (i_ >= p_.size() || p_[i_] != '/') return {};
    const std::size_t b = ++i_;
    while (i_ < p_.size() && !(p_[i_] == ' ' || p_[i_] == ')' || p_[i_] == '\t' || p_[i_] == '\n' || p_[i_] == '?' ||
                               p_[i_] == '+' || p_[i_] == '{'))
      ++i_;
    if (i_ == b) fail(b, "expected a tag after '/'");
    return tag_regex(p_.substr(b, i_ - b));
  }

  std::string placeholder() {
    const std::size_t at = i_;
    const std::size_t close = p_.find('}', i_);
    if (close == std::string_view::npos) fail(at, "placeholder is not closed with '}'");
    const std::string name(p_.substr(i_ + 1, close - i_ - 1));
    i_ = close + 1;
    if (name == "QUOTE") {
      if (seen_quote_) fail(at, "placeholder {QUOTE} is used twice");
      seen_quote_ = true;
      return "(?<quote>" + token_re(escape_literal(kQuoteSentinel), "", "", "") + ")";
    }
    if (name == "OTHER") return token_re(escape_literal(kOtherSentinel), "", "", "");
    if (name == "NP") return np_re();
    if (name == "SPEAKER") {
      // A noun phrase, or a title phrase with "of" or "for" and the name after it ("Secretary of
      // State Antony Blinken", "Minister for Sustainability and the Environment Grace Fu").
      const std::string proper = token_re("", "NNPS?", "[BI]", "");
      const std::string the =
          f_.definite_article.empty() ? "" : "(?:" + token_re(escape_literal(f_.definite_article), "", "", "") + ")?";
      const std::string group = out_.speaker_groups == 0 ? "speaker" : "speaker" + std::to_string(out_.speaker_groups);
      ++out_.speaker_groups;
      // A generational suffix after the name's comma is the name's last word: "Tom Roe, Jr.".
      std::string suffix;
      for (const auto& w : f_.name_suffixes) suffix += (suffix.empty() ? "" : "|") + escape_literal(w);
      // Its period may be a token of its own ("Jr" "." before "said").
      if (!suffix.empty())
        suffix = "(?:" + token_re(",", "", "", "") + token_re("(?:" + suffix + ")", "", "", "") +
                 "(?:" + token_re("\\.", "", "", "") + ")?)?";
      // The words of a title phrase come from the pack (title_phrase_prepositions, conjunction_and).
      std::string title;
      if (!f_.title_prepositions.empty()) {
        std::string preps;
        for (const auto& w : f_.title_prepositions) preps += (preps.empty() ? "" : "|") + escape_literal(w);
        std::string joiner = "&";
        if (!f_.conjunction_and.empty()) joiner = escape_literal(f_.conjunction_and) + "|&";
        title = "(?:" + token_re("(?:" + preps + ")", "", "", "") + the + proper +
                "+(?:" + token_re("(?:" + joiner + ")", "", "", "") + the + proper + "+)*)?";
      }
      return "(?<" + group + ">" + np_re() + title + suffix + ")";
    }
    if (name == "VERB" || name == "REPORT") {
      const auto& forms = name == "VERB" ? f_.verb_forms : f_.report_forms;
      // "{VERB}/VBD|VBZ": the cue's first word must have such a tag (not "saying").
      const std::string first_tag = slash_tag();
      std::vector<std::string> alts;
      for (const auto& form : forms) {
        std::string seq;
        std::size_t b = 0;
        while (b < form.size()) {
          std::size_t e = form.find(' ', b);
          if (e == std::string::npos) e = form.size();
          if (e > b)
            seq += token_re("(?:" + escape_literal(lower_ascii(form.substr(b, e - b))) + ")",
                            seq.empty() ? first_tag : "", "", "");
          b = e + 1;
        }
        if (!seq.empty()) alts.push_back(seq);
      }
      // Longer forms first, so that "called on" wins over "called".
      std::stable_sort(alts.begin(), alts.end(),
                       [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
      std::string body;
      for (std::size_t k = 0; k < alts.size(); ++k) body += (k ? "|" : "") + alts[k];
      if (body.empty()) body = "(?!)";
      const std::string group = out_.verb_groups == 0 ? "verb" : "verb" + std::to_string(out_.verb_groups);
      ++out_.verb_groups;
      return "(?<" + group + ">(?:" + body + "))";
    }
    fail(at, "unknown placeholder {" + name + "}: expected one of " + kTokenPlaceholderList);
  }

  std::string_view p_;
  const TokenFragments& f_;
  Location where_;
  std::size_t i_ = 0;
  bool seen_quote_ = false;
  CompiledTokenPattern out_;
};

}  // namespace

void append_token_entry(std::string& out, std::string_view lower, std::string_view tag, char chunk,
                        std::string_view lemma) {
  auto field = [&](std::string_view f) {
    for (char c : f) out += (c == kFieldSep || c == kTokenEnd) ? '?' : c;
  };
  field(lower);
  out += kFieldSep;
  field(tag);
  out += kFieldSep;
  out += chunk;
  out += kFieldSep;
  field(lemma);
  out += kTokenEnd;
}

CompiledTokenPattern compile_token_pattern(std::string_view pattern, const TokenFragments& f, const Location& where) {
  CompiledTokenPattern c = TokenPatternCompiler(pattern, f, where).run();
  try {
    c.re = boost::regex(c.regex, boost::regex::perl | boost::regex::optimize);
  } catch (const boost::regex_error& e) {
    throw Error(ErrorCode::kProfilePattern, std::string("token pattern does not compile: ") + e.what(), where);
  }
  return c;
}

void validate_token_pattern(std::string_view pattern, const Location& where) {
  TokenFragments f;
  f.verb_forms = {"said"};
  f.report_forms = {"said"};
  (void)compile_token_pattern(pattern, f, where);
}

}  // namespace detail
}  // namespace quoteattr
