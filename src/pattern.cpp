#include "pattern.hpp"

#include <set>

namespace quoteattr {
namespace detail {

namespace {
Location at_column(Location where, std::size_t pattern_offset) {
  if (where.line) where.column += pattern_offset;  // where.column is the pattern's first column
  return where;
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
}  // namespace

PatternFragments validation_fragments() {
  PatternFragments f;
  f.speaker = "[A-Z][a-z]+";
  f.verb = "said|says";
  f.report = "said|says";
  return f;
}

bool is_placeholder(std::string_view name) noexcept {
  return name == "QUOTE" || name == "OTHER" || name == "SPEAKER" || name == "VERB" ||
         name == "REPORT";
}

std::string expand_pattern(std::string_view pattern, const PatternFragments& f,
                           const Location& where) {
  std::string out;
  std::set<std::string> seen;
  std::size_t i = 0;
  while (i < pattern.size()) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {  // keep escapes, including \{
      out.append(pattern.substr(i, 2));
      i += 2;
      continue;
    }
    if (c == '{' && i + 1 < pattern.size() &&
        (pattern[i + 1] == '_' || (pattern[i + 1] >= 'A' && pattern[i + 1] <= 'Z'))) {
      std::size_t close = pattern.find('}', i);
      if (close == std::string_view::npos)
        throw Error(ErrorCode::kProfilePattern,
                    "placeholder is not closed with '}': expected one of {QUOTE} {OTHER} {SPEAKER} "
                    "{VERB} {REPORT}",
                    at_column(where, i));
      std::string name(pattern.substr(i + 1, close - i - 1));
      if (!is_placeholder(name))
        throw Error(ErrorCode::kProfilePattern,
                    "unknown placeholder {" + name +
                        "}: expected one of {QUOTE} {OTHER} {SPEAKER} {VERB} {REPORT}",
                    at_column(where, i));
      if (name != "OTHER" && !seen.insert(name).second)
        throw Error(ErrorCode::kProfilePattern, "placeholder {" + name + "} is used twice",
                    at_column(where, i));
      if (name == "QUOTE") out += "(?<quote>" + escape_literal(kQuoteSentinel) + ")";
      else if (name == "OTHER") out += "(?:" + escape_literal(kOtherSentinel) + ")";
      else if (name == "SPEAKER") out += "(?<speaker>" + f.speaker + ")";
      else if (name == "VERB") {
        if (seen.count("REPORT"))
          throw Error(ErrorCode::kProfilePattern, "{VERB} and {REPORT} cannot both be used",
                      at_column(where, i));
        out += "(?<verb>" + f.verb + ")";
      } else {
        if (seen.count("VERB"))
          throw Error(ErrorCode::kProfilePattern, "{VERB} and {REPORT} cannot both be used",
                      at_column(where, i));
        out += "(?<verb>" + f.report + ")";
      }
      i = close + 1;
      continue;
    }
    out += c;
    ++i;
  }
  if (!seen.count("QUOTE"))
    throw Error(ErrorCode::kProfilePattern, "pattern has no {QUOTE} placeholder", where);
  if (!seen.count("SPEAKER"))
    throw Error(ErrorCode::kProfilePattern, "pattern has no {SPEAKER} placeholder", where);
  return out;
}

boost::regex compile_pattern(std::string_view pattern, const PatternFragments& f,
                             const Location& where) {
  // Compile the user's own text first, so that Boost's error position refers to it.
  PatternFragments plain;
  plain.speaker = "x";
  plain.verb = "x";
  plain.report = "x";
  std::string own = expand_pattern(pattern, plain, where);
  (void)own;
  try {
    // Check the raw pattern with placeholders blanked, to locate syntax errors in the user's text.
    std::string blanked(pattern);
    for (std::size_t i = 0; i < blanked.size(); ++i) {
      if (blanked[i] == '\\') { ++i; continue; }
      if (blanked[i] == '{' && i + 1 < blanked.size() && blanked[i + 1] >= 'A' && blanked[i + 1] <= 'Z') {
        std::size_t close = blanked.find('}', i);
        for (std::size_t k = i; k <= close; ++k) blanked[k] = 'x';
        i = close;
      }
    }
    boost::regex check(blanked, boost::regex::perl);
  } catch (const boost::regex_error& e) {
    throw Error(ErrorCode::kProfilePattern, std::string("bad regular expression: ") + e.what(),
                at_column(where, e.position() > 0 ? static_cast<std::size_t>(e.position()) : 0));
  }
  std::string expanded = expand_pattern(pattern, f, where);
  try {
    return boost::regex(expanded, boost::regex::perl | boost::regex::optimize);
  } catch (const boost::regex_error& e) {
    throw Error(ErrorCode::kProfilePattern,
                std::string("pattern does not compile after its placeholders are expanded: ") +
                    e.what(),
                where);
  }
}

void validate_pattern(std::string_view pattern, const Location& where) {
  (void)compile_pattern(pattern, validation_fragments(), where);
}

}  // namespace detail
}  // namespace quoteattr
