// Internal: rule patterns. A pattern is a Boost.Regex (Perl syntax) with
// placeholders {QUOTE} {OTHER} {SPEAKER} {VERB} {REPORT}; see RuleEntry in
// quoteattr/profile.hpp. Placeholders are expanded once, when an Attributor is
// built, and the result compiled once.
#pragma once

#include <boost/regex.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/error.hpp"
#include "quoteattr/limits.hpp"
#include "quoteattr/profile.hpp"

namespace quoteattr {
namespace detail {

// In a rule's context string the quote at hand is replaced by kQuoteSentinel
// and every other quote by kOtherSentinel (private-use code points U+E000 and
// U+E001, which do not occur in news text).
inline constexpr std::string_view kQuoteSentinel = "\xEE\x80\x80";
inline constexpr std::string_view kOtherSentinel = "\xEE\x80\x81";

struct PatternFragments {
  std::string speaker;  // regex body of a speaker mention (no capture group)
  std::string verb;     // alternation of quote-cue forms
  std::string report;   // alternation of reporting-cue forms
};

// Neutral fragments for validation: what a placeholder could match.
PatternFragments validation_fragments();

// True for QUOTE, OTHER, SPEAKER, VERB, REPORT.
bool is_placeholder(std::string_view name) noexcept;

// Expands placeholders: {SPEAKER} becomes (?<speaker>...), {VERB} and {REPORT}
// (?<verb>...), {QUOTE} (?<quote>sentinel) and {OTHER} its sentinel. A '{'
// starts a placeholder only when a letter or '_' follows it and it is neither
// escaped (\{, \x{..}, \p{..}) nor inside [...]; so {2,3} stays a quantifier.
// Throws Error(kProfilePattern) for an unknown or repeated placeholder, {VERB}
// with {REPORT}, a pattern without {QUOTE} or {SPEAKER}, or a group of the user's
// named quote, speaker or verb. `where` is the position of the pattern's first
// character; the error's location is moved to the fault (columns in code
// points, as toml++ counts them; exact for TOML literal strings).
std::string expand_pattern(std::string_view pattern, const PatternFragments& f, const Location& where);

// Expands and compiles. Throws Error(kProfilePattern) with Boost's message and
// the column of the fault.
boost::regex compile_pattern(std::string_view pattern, const PatternFragments& f, const Location& where);

// A regex (no capture groups) matching exactly the given strings, written as a
// trie ("sa(?:id|ys|ying)"), so that a match attempt costs the length of a word,
// not the number of words. Longer strings win over their prefixes. A space in a
// string matches any run of white space. With `either_case`, the first letter
// of each word matches in both cases ("[Ff]oreign [Mm]inister").
std::string trie_alternation(const std::vector<std::string>& words, bool either_case = false);

// Checks the limits on rule `rule`, the `number`-th (1-based) of its profile, before its
// pattern is compiled: Error(kTooManyRules) when number > limits.max_rules,
// Error(kPatternTooLong) when its pattern or token text is longer than
// limits.max_pattern_bytes; both at rule.defined_at.
void check_rule_limits(const RuleEntry& rule, std::size_t number, const Limits& limits);

// Checks that `pattern` expands and compiles with validation_fragments().
void validate_pattern(std::string_view pattern, const Location& where);

// Token patterns (RuleEntry::tokens): a rule written over the tokens of the
// context, each token encoded in the matched string as
//   lower \x1F TAG \x1F chunk(B|I|O) \x1F lemma \x1E
// and the quote at hand (or another quote) as one token whose lower form is its
// sentinel. The syntax is documented in docs/profile.md ("Token patterns").
struct TokenFragments {
  std::vector<std::string> verb_forms;     // cue forms for {VERB}, lower case, words separated by spaces
  std::vector<std::string> report_forms;   // for {REPORT}
  std::vector<std::string> name_suffixes;  // for {SPEAKER}: a name's last word after its comma ("jr.")
  // For {SPEAKER}'s title phrase ("Secretary of State Antony Blinken"): its prepositions ("of",
  // "for"; none: no title phrase), the article before its names ("the") and the word that joins
  // them ("and"; "&" always).
  std::vector<std::string> title_prepositions;
  std::string definite_article;
  std::string conjunction_and;
};

struct CompiledTokenPattern {
  std::string regex;  // the expanded regex
  boost::regex re;
  int speaker_groups = 0;  // named speaker, speaker1, speaker2, ...
  int verb_groups = 0;     // named verb, verb1, ...
};

// One token of the encoded token string.
void append_token_entry(std::string& out, std::string_view lower, std::string_view tag, char chunk,
                        std::string_view lemma);

// Throws Error(kProfilePattern) naming the line and column of the fault.
CompiledTokenPattern compile_token_pattern(std::string_view pattern, const TokenFragments& f, const Location& where);
void validate_token_pattern(std::string_view pattern, const Location& where);

}  // namespace detail
}  // namespace quoteattr
