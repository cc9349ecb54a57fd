// Profiles: loading, validation, saving, merging; rule-pattern expansion.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <new>
#include <string>
#include <vector>

#include "catch_compat.hpp"
#include "pattern.hpp"
#include "quoteattr/profile.hpp"
#include "test_util.hpp"
#include "toml_guard.hpp"

using namespace quoteattr;

namespace {

const std::string kProfiles = std::string(QUOTEATTR_TEST_DATA_DIR) + "/profiles/";

Error load_error(const std::string& file) {
  return error_of([&] { Profile::from_file(kProfiles + file); });
}

// Allocation failure injection for the strong-guarantee test: when armed, the
// n-th allocation from now throws std::bad_alloc.
long g_allocations_until_failure = -1;

}  // namespace

// AddressSanitizer and ThreadSanitizer replace the allocation functions themselves; the
// injection test is then skipped (see below).
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)  // g++
#define QUOTEATTR_TEST_INJECT_ALLOCATION_FAILURES 0
#elif defined(__has_feature)  // clang
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define QUOTEATTR_TEST_INJECT_ALLOCATION_FAILURES 0
#endif
#endif
#ifndef QUOTEATTR_TEST_INJECT_ALLOCATION_FAILURES
#define QUOTEATTR_TEST_INJECT_ALLOCATION_FAILURES 1
#endif

#if QUOTEATTR_TEST_INJECT_ALLOCATION_FAILURES
// GCC cannot see that these replacements pair malloc with free.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
void* operator new(std::size_t size) {
  if (g_allocations_until_failure == 0) {
    g_allocations_until_failure = -1;
    throw std::bad_alloc();
  }
  if (g_allocations_until_failure > 0) --g_allocations_until_failure;
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
#endif

// ------------------------------------------------------------ builtin

TEST_CASE("builtin profile loads with its speakers, cues and rules", "[profile]") {
  Profile p = Profile::builtin();
  CHECK(p.name() == "diplomatic-en");
  CHECK_FALSE(p.replaces_default());
  for (const char* name : {"Xi Jinping", "Antony Blinken", "Wang Yi"}) {
    INFO(name);
    const SpeakerEntry* s = p.find_speaker(name);
    REQUIRE(s);
    CHECK_FALSE(s->titles.empty());
    CHECK(s->gender == Gender::kMale);
  }
  CHECK(p.find_speaker("Xi Jinping")->titles.front() == "president");
  CHECK(p.find_speaker("Antony Blinken")->titles.front() == "secretary of state");
  CHECK(p.find_speaker("Wang Yi")->titles.front() == "foreign minister");
  REQUIRE(p.find_cue("say"));
  CHECK(p.find_cue("say")->forms == std::vector<std::string>{"say", "says", "said", "saying"});
  CHECK(p.find_cue("according to"));
  CHECK(std::find(p.role_nouns().begin(), p.role_nouns().end(), "spokeswoman") != p.role_nouns().end());
  CHECK(std::find(p.content_stops().begin(), p.content_stops().end(), "even as") != p.content_stops().end());
  CHECK(std::find(p.event_nouns().begin(), p.event_nouns().end(), "meeting") != p.event_nouns().end());
  REQUIRE(p.rules().size() >= 6);
  for (const char* id : {"trailing-cue", "leading-speaker-verb", "colon-lead", "according-to", "dash-signature"})
    CHECK(p.find_rule(id));
  CHECK(p.rules().front().id == "trailing-cue");
  CHECK(p.rules().front().pattern.empty());  // a token rule: both trailing orders in one
  CHECK(p.rules().front().tokens.find("{SPEAKER}") != std::string::npos);
  CHECK(p.rules().front().confidence == 0.95);
  CHECK(p.rules().front().defined_at.file == "data/default_profile.toml");
  CHECK(p.rules().front().defined_at.line > 250);
  CHECK(p.find_rule("dash-signature")->where == RuleWhere::kParagraph);
}

// ------------------------------------------------------------ from_toml

TEST_CASE("from_toml reads a small inline profile and applies defaults", "[profile]") {
  Profile p = Profile::from_toml(R"(
[profile]
name = "tiny"
replace_default = true

[[speaker]]
name = "Mao Ning"
titles = ["spokeswoman"]
gender = "female"

[[rule]]
id = "said-x"
pattern = '{QUOTE}, {VERB} {SPEAKER}'
)",
                                 "tiny.toml");
  CHECK(p.name() == "tiny");
  CHECK(p.replaces_default());
  REQUIRE(p.speakers().size() == 1);
  CHECK(p.speakers()[0].gender == Gender::kFemale);
  CHECK_FALSE(p.speakers()[0].institution);
  REQUIRE(p.rules().size() == 1);
  const RuleEntry& r = p.rules()[0];
  CHECK(r.where == RuleWhere::kSentence);
  CHECK(r.applies == RuleApplies::kDirect);
  CHECK(r.confidence == 0.9);
  // defined_at is the first character of the pattern text, after the quote.
  CHECK(r.defined_at.to_string() == "tiny.toml:13:12");
  CHECK(p.cues().empty());
}

TEST_CASE("an empty profile text is an empty profile", "[profile]") {
  CHECK(Profile::from_toml("") == Profile());
  CHECK(Profile::from_toml("# only a comment\n").rules().empty());
}

TEST_CASE("a good profile file loads, with a multi-line pattern located", "[profile]") {
  Profile p = Profile::from_file(kProfiles + "good_people.toml");
  CHECK(p.name() == "people");
  REQUIRE(p.find_speaker("State Department"));
  CHECK(p.find_speaker("State Department")->institution);
  CHECK(p.find_speaker("State Department")->gender == Gender::kGroup);
  REQUIRE(p.rules().size() == 1);
  CHECK(p.rules()[0].confidence == 1.0);  // an integer is accepted as a number
  CHECK(p.rules()[0].applies == RuleApplies::kAny);
  CHECK(p.rules()[0].pattern.rfind("{QUOTE}", 0) == 0);  // the newline after ''' is trimmed
  CHECK(p.rules()[0].defined_at.to_string() == kProfiles + "good_people.toml:32:1");
}

// ------------------------------------------------------------ broken files

TEST_CASE("broken profile files give their code, line:column and a clear message", "[profile]") {
  struct Case {
    const char* file;
    ErrorCode code;
    const char* where;  // line:column
    const char* says;
  };
  const Case cases[] = {
      {"unknown_key.toml", ErrorCode::kProfileKey, "6:1",
       "unknown key 'titels' in [[speaker]] (did you mean 'titles'?); allowed keys: name, "
       "aliases, titles, affiliations, gender, institution"},
      {"unknown_table.toml", ErrorCode::kProfileKey, "4:3",
       "unknown key 'speakers' in the top-level table (did you mean 'speaker'?)"},
      {"wrong_type.toml", ErrorCode::kProfileValue, "4:14", "'confidence' in [[rule]] must be a number, not a string"},
      {"bad_gender.toml", ErrorCode::kProfileValue, "3:10",
       "'gender' in [[speaker]] is 'femail' (did you mean 'female'?): expected one of male, "
       "female, unknown, group"},
      {"bad_frame.toml", ErrorCode::kProfileValue, "4:20", "unknown cue frame 'colom' (did you mean 'colon'?)"},
      {"bad_regex.toml", ErrorCode::kProfilePattern, "3:45",
       "bad regular expression: Unmatched marking parenthesis ( or \\( at "
       "'...\\s+(?:said|told: {QUOTE}>>>HERE>>>'"},
      {"unknown_placeholder.toml", ErrorCode::kProfilePattern, "3:22",
       "unknown placeholder {VERBS}: expected one of {QUOTE} {OTHER} {SPEAKER} {VERB} {REPORT}"},
      {"duplicate_rule.toml", ErrorCode::kProfileDuplicate, "10:8", "rule id 'same' is used twice"},
      {"duplicate_speaker.toml", ErrorCode::kProfileDuplicate, "5:8", "speaker 'Wang Yi' is defined twice"},
      {"syntax_error.toml", ErrorCode::kProfileSyntax, "5:17", "TOML syntax error: "},
      {"not_utf8.toml", ErrorCode::kInvalidUtf8, "6:17, byte 68",
       "ill-formed UTF-8 (byte 0xE7): a profile must be UTF-8 text"},
      // Bytes on which toml++ 3.3.0 asserts or reaches undefined behaviour: checked first.
      {"toml_header_hash.toml", ErrorCode::kProfileSyntax, "1:2, byte 1",
       "TOML syntax error: a table header must start with a key (a bare or quoted name)"},
      {"toml_header_equals.toml", ErrorCode::kProfileSyntax, "2:3, byte 79",
       "TOML syntax error: a table header must start with a key (a bare or quoted name)"},
      {"toml_cyrillic_key.toml", ErrorCode::kProfileSyntax, "1:1, byte 0",
       "TOML syntax error: a non-ASCII character outside a string or comment"},
      {"toml_cyrillic_after_value.toml", ErrorCode::kProfileSyntax, "2:19, byte 30",
       "TOML syntax error: a non-ASCII character outside a string or comment"},
      {"toml_backslash_cyrillic.toml", ErrorCode::kProfileSyntax, "2:3, byte 12",
       "TOML syntax error: a non-ASCII character right after a backslash in a multi-line string"},
      {"toml_array_brace.toml", ErrorCode::kProfileSyntax, "4:1, byte 42",
       "TOML syntax error: a '}' where an array element is expected"},
      {"toml_quote_in_value.toml", ErrorCode::kProfileSyntax, "2:15, byte 26",
       "TOML syntax error: a non-ASCII character outside a string or comment"},
      {"toml_bare_value_quotes.toml", ErrorCode::kProfileSyntax, "2:19, byte 28",
       "TOML syntax error: a non-ASCII character outside a string or comment"},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    Error e = load_error(c.file);
    CHECK(error_code_name(e.code()) == std::string(error_code_name(c.code)));
    CHECK(e.where().to_string() == kProfiles + c.file + ":" + c.where);
    CHECK(std::string(e.what()).rfind(kProfiles + c.file + ":" + c.where + ": ", 0) == 0);
    CHECK_THAT(e.message(), Catch::Contains(c.says));
  }
}

TEST_CASE("the TOML byte check lets through what TOML allows: non-ASCII in strings and comments", "[profile]") {
  // U+0404 (bytes D0 84) is one of the code points toml++ 3.3.0 mishandles outside strings.
  const Profile p = Profile::from_toml(R"toml(# Є 中文: comments may hold any text
[[speaker]]  # Є
name = "Єва"
aliases = ['毛宁', """Є"""]
titles = [
  # Є
  '''Є \ Є''',
  """a\
  b Є""",
]
[ lexicon ]
role_nouns = [ "Є" ]
)toml",
                                       "unicode.toml");
  REQUIRE(p.speakers().size() == 1);
  CHECK(p.speakers()[0].name == "Єва");
  CHECK(p.speakers()[0].aliases.size() == 2);
  CHECK(p.speakers()[0].titles.size() == 2);
  CHECK(Profile::from_toml("\xEF\xBB\xBF[profile]\nname = 'bom'\n").name() == "bom");  // a byte order mark
}

TEST_CASE("a profile larger than the TOML size limit is refused before parsing", "[profile]") {
  const std::string big = "# " + std::string(detail::kMaxTomlBytes, 'x') + "\n";
  Error e = error_of([&] { Profile::from_toml(big, "big.toml"); });
  CHECK(e.code() == ErrorCode::kProfileTooLarge);  // its own code (tests/test_limits.cpp: every limit)
  CHECK(e.where().file == "big.toml");
  CHECK(e.message() == "a profile of " + std::to_string(big.size()) + " bytes is larger than the limit of " +
                           std::to_string(detail::kMaxTomlBytes) + " bytes");
}

TEST_CASE("a missing profile file is an io error naming the path", "[profile]") {
  Error e = error_of([] { Profile::from_file("/nonexistent/people.toml"); });
  CHECK(e.code() == ErrorCode::kIo);
  CHECK(std::string(e.what()) == "/nonexistent/people.toml: cannot open profile: No such file or directory");
  CHECK(error_of([] { Profile::from_file(kProfiles); }).code() == ErrorCode::kIo);
}

TEST_CASE("structural mistakes are rejected with their location", "[profile]") {
  auto error = [](const char* toml) { return error_of([&] { Profile::from_toml(toml, "t"); }); };
  Error missing = error("[[rule]]\nid = 'x'\n");
  CHECK(missing.code() == ErrorCode::kProfileKey);
  CHECK(missing.what() == std::string("t:2:6: [[rule]] 'x' needs 'pattern' (a regex) or 'tokens' (a token pattern)"));
  Error both = error("[[rule]]\nid = 'x'\npattern = '{QUOTE}{SPEAKER}'\ntokens = '{QUOTE} {SPEAKER}'\n");
  CHECK(both.code() == ErrorCode::kProfileKey);
  CHECK(both.what() == std::string("t:4:10: [[rule]] 'x' has both 'pattern' and 'tokens': give one"));

  Error single = error("[speaker]\nname = 'X'\n");
  CHECK(single.code() == ErrorCode::kProfileValue);
  CHECK_THAT(single.message(), Catch::Contains("written [[speaker]]"));

  Error element = error("[lexicon]\nrole_nouns = ['president', 3]\n");
  CHECK(element.code() == ErrorCode::kProfileValue);
  CHECK(element.what() ==
        std::string("t:2:28: element 2 of 'role_nouns' in [lexicon] must be a string, not an integer"));

  CHECK(error("[profile]\nname = 'x'\nextra = 1\n").code() == ErrorCode::kProfileKey);
  CHECK(error("[profile.sub]\nname = 'x'\n").code() == ErrorCode::kProfileKey);
  CHECK(error("[[cue]]\nlemma = 'x'\nforms = []\n").code() == ErrorCode::kProfileValue);
  CHECK(error("[[rule]]\nid = 'x'\npattern = '{QUOTE}{SPEAKER}'\nconfidence = 2\n").message() ==
        "confidence 2.0 is out of range: expected a number in (0, 1]");
  CHECK(Profile::from_toml("speaker = []\nrule = []\n") == Profile());
  CHECK(error("[[cue]]\nlemma = 'x'\nforms = ['']\n").code() == ErrorCode::kProfileValue);
  CHECK(error("[[rule]]\nid = 'Bad_Id'\npattern = '{QUOTE}{SPEAKER}'\n").what() ==
        std::string("t:2:6: rule id 'Bad_Id' must be lower-case letters, digits and '-' ([a-z0-9-]+)"));
  CHECK(error("[[rule]]\nid = 'x'\npattern = '{QUOTE}{SPEAKER}'\nconfidence = 1.5\n").code() ==
        ErrorCode::kProfileValue);
  CHECK(error("[[rule]]\nid = 'x'\npattern = '{QUOTE}'\n").code() == ErrorCode::kProfilePattern);
  CHECK(error("[[rule]]\nid = 'x'\npattern = '{QUOTE}{SPEAKER}'\nwhere = 'before'\n").code() ==
        ErrorCode::kProfileValue);
}

// ------------------------------------------------------------ saving

TEST_CASE("to_toml round-trips the builtin profile", "[profile]") {
  Profile builtin = Profile::builtin();
  std::string saved = builtin.to_toml();
  Profile again = Profile::from_toml(saved, "saved.toml");
  CHECK(again == builtin);
  CHECK(again.to_toml() == saved);
  CHECK(again.rules()[0].defined_at.file == "saved.toml");
}

TEST_CASE("to_toml round-trips awkward strings and flags", "[profile]") {
  Profile p;
  p.set_name("it's \"odd\"");
  p.set_replaces_default(true);
  SpeakerEntry s;
  s.name = "Ngozi Okonjo-Iweala";
  s.aliases = {"Okonjo-Iweala", "Ngozi's"};
  s.institution = true;
  p.add_speaker(s);
  CueEntry c;
  c.lemma = "according to";
  c.forms = {"according to"};
  p.add_cue(c);
  RuleEntry r;
  r.id = "odd-1";
  r.pattern = R"({QUOTE}'\s*\\ {SPEAKER}"	\{x\})";
  r.description = "line one\nline two \\ \x01";
  r.confidence = 0.1 + 0.2;  // not exactly representable in short decimal
  r.applies = RuleApplies::kIndirect;
  r.where = RuleWhere::kPrevious;
  p.add_rule(r);
  Profile again = Profile::from_toml(p.to_toml());
  CHECK(again == p);
  CHECK(again.rules()[0].confidence == 0.1 + 0.2);
}

TEST_CASE("save writes a file that from_file reads back", "[profile]") {
  std::string path = (std::filesystem::temp_directory_path() / "quoteattr_test_profile_save.toml").string();
  Profile builtin = Profile::builtin();
  builtin.save(path);
  CHECK(Profile::from_file(path) == builtin);
  std::remove(path.c_str());
  CHECK(error_of([&] { builtin.save("/nonexistent/dir/x.toml"); }).code() == ErrorCode::kIo);
}

// ------------------------------------------------------------ building in C++

TEST_CASE("add_* validate their argument", "[profile]") {
  Profile p;
  SpeakerEntry nameless;
  CHECK(error_of([&] { p.add_speaker(nameless); }).code() == ErrorCode::kProfileValue);
  SpeakerEntry empty_alias;
  empty_alias.name = "X";
  empty_alias.aliases = {""};
  CHECK(error_of([&] { p.add_speaker(empty_alias); }).code() == ErrorCode::kProfileValue);

  CueEntry formless;
  formless.lemma = "quip";
  CHECK(error_of([&] { p.add_cue(formless); }).code() == ErrorCode::kProfileValue);
  CueEntry bad_frame = formless;
  bad_frame.forms = {"quipped"};
  bad_frame.frames = {"thta"};
  CHECK_THAT(error_of([&] { p.add_cue(bad_frame); }).message(), Catch::Contains("did you mean 'that'?"));

  RuleEntry r;
  r.id = "ok";
  r.pattern = "{QUOTE} {VERB} {SPEAKER}";
  for (double bad : {0.0, -0.5, 1.0001}) {
    RuleEntry copy = r;
    copy.confidence = bad;
    CHECK(error_of([&] { p.add_rule(copy); }).code() == ErrorCode::kProfileValue);
  }
  for (const char* bad : {"", "Upper", "under_score", "space d"}) {
    RuleEntry copy = r;
    copy.id = bad;
    CHECK(error_of([&] { p.add_rule(copy); }).code() == ErrorCode::kProfileValue);
  }
  RuleEntry bad_pattern = r;
  bad_pattern.pattern = "{QUOTE} (unclosed {SPEAKER}";
  CHECK(error_of([&] { p.add_rule(bad_pattern); }).code() == ErrorCode::kProfilePattern);

  CHECK(error_of([&] { p.add_role_noun(""); }).code() == ErrorCode::kProfileValue);
  CHECK(error_of([&] { p.add_content_stop(""); }).code() == ErrorCode::kProfileValue);
  CHECK(p == Profile());  // nothing was added

  p.add_rule(r);
  CHECK(error_of([&] { p.add_rule(r); }).code() == ErrorCode::kProfileDuplicate);
  SpeakerEntry x;
  x.name = "X";
  p.add_speaker(x);
  CHECK(error_of([&] { p.add_speaker(x); }).code() == ErrorCode::kProfileDuplicate);
  p.add_role_noun("envoy");
  p.add_role_noun("envoy");
  CHECK(p.role_nouns() == std::vector<std::string>{"envoy"});
}

// ------------------------------------------------------------ merging

TEST_CASE("merge unites speakers and cues, replaces rules by id, appends the rest", "[profile]") {
  Profile base = Profile::builtin();
  Profile extra = Profile::from_toml(R"(
[[speaker]]
name = "Wang Yi"
aliases = ["Wang", "Mr Wang"]
titles = ["foreign minister", "politburo member"]

[[speaker]]
name = "Mao Ning"
gender = "female"

[lexicon]
role_nouns = ["president", "chief negotiator"]
content_stops = ["even as", "as well as"]
event_nouns = ["meeting", "regatta"]

[[cue]]
lemma = "say"
forms = ["said", "sayeth"]
frames = ["quote", "object"]

[[cue]]
lemma = "quip"
forms = ["quipped"]

[[rule]]
id = "colon-lead"
pattern = '{SPEAKER}:\s*{QUOTE}'
confidence = 0.5

[[rule]]
id = "new-rule"
pattern = '{QUOTE} {SPEAKER}'
)");
  const std::size_t speakers = base.speakers().size(), cues = base.cues().size(), nouns = base.role_nouns().size(),
                    stops = base.content_stops().size(), events = base.event_nouns().size(),
                    rules = base.rules().size();
  std::size_t colon_lead = 0;
  while (colon_lead < rules && base.rules()[colon_lead].id != "colon-lead") ++colon_lead;
  REQUIRE(colon_lead < rules);
  base.merge(extra);

  const SpeakerEntry* wang = base.find_speaker("Wang Yi");
  REQUIRE(wang);
  CHECK(wang->aliases == std::vector<std::string>{"Wang", "Wang Yi", "Mr Wang"});
  CHECK(wang->titles.back() == "politburo member");
  CHECK(wang->gender == Gender::kMale);  // "unknown" in extra does not overwrite
  CHECK(base.speakers().size() == speakers + 1);
  CHECK(base.speakers().back().name == "Mao Ning");

  CHECK(base.cues().size() == cues + 1);
  CHECK(base.find_cue("say")->forms.back() == "sayeth");
  CHECK(base.find_cue("say")->forms.size() == 5);
  CHECK(base.find_cue("say")->frames.back() == "object");

  CHECK(base.role_nouns().size() == nouns + 1);
  CHECK(base.role_nouns().back() == "chief negotiator");
  CHECK(base.content_stops().size() == stops + 1);
  CHECK(base.event_nouns().size() == events + 1);  // "meeting" was there
  CHECK(base.event_nouns().back() == "regatta");

  REQUIRE(base.rules().size() == rules + 1);
  CHECK(base.rules()[colon_lead].id == "colon-lead");  // replaced in place
  CHECK(base.rules()[colon_lead].confidence == 0.5);
  CHECK(base.rules().back().id == "new-rule");
  CHECK(base.name() == "diplomatic-en");
}

TEST_CASE("merge gives gender from the other profile when it is known", "[profile]") {
  Profile a = Profile::from_toml("[[speaker]]\nname = 'Lee'\n");
  a.merge(Profile::from_toml("[[speaker]]\nname = 'Lee'\ngender = 'female'\ninstitution = false\n"));
  CHECK(a.find_speaker("Lee")->gender == Gender::kFemale);
}

TEST_CASE("merging a profile into itself changes nothing", "[profile]") {
  Profile p = Profile::builtin();
  p.merge(p);
  CHECK(p == Profile::builtin());
}

TEST_CASE("merge has the strong guarantee: a failure leaves the profile unchanged", "[profile]") {
  if (!QUOTEATTR_TEST_INJECT_ALLOCATION_FAILURES) {
    WARN("allocation failures cannot be injected under a sanitizer: not checked in this build");
    return;
  }
  const Profile original = Profile::builtin();
  const Profile extra = Profile::from_file(kProfiles + "good_people.toml");
  Profile expected = original;
  expected.merge(extra);
  REQUIRE(expected != original);
  // Fail the 1st, 2nd, ... allocation inside merge until it succeeds.
  int failures = 0;
  for (long n = 0;; ++n) {
    Profile p = original;
    g_allocations_until_failure = n;
    try {
      p.merge(extra);
    } catch (const std::bad_alloc&) {
      g_allocations_until_failure = -1;
      ++failures;
      if (p != original) FAIL("profile changed by a failed merge (allocation " << n << ")");
      continue;
    }
    g_allocations_until_failure = -1;
    CHECK(p == expected);
    break;
  }
  CHECK(failures > 10);
}

// ------------------------------------------------------------ patterns

TEST_CASE("pattern: {SPEAKER} becomes a named capture and matches", "[profile][pattern]") {
  detail::PatternFragments f = detail::validation_fragments();
  std::string expanded = detail::expand_pattern("{QUOTE}, {VERB} {SPEAKER}", f, {});
  CHECK_THAT(expanded, Catch::Contains("(?<speaker>[A-Z][a-z]+)"));
  CHECK_THAT(expanded, Catch::Contains("(?<verb>said|says)"));
  boost::regex re = detail::compile_pattern("{QUOTE}, {VERB} {SPEAKER}", f, {});
  std::string context = std::string(detail::kQuoteSentinel) + ", said Wang.";
  boost::smatch m;
  REQUIRE(boost::regex_search(context, m, re));
  CHECK(m["speaker"].str() == "Wang");
  CHECK(m["verb"].str() == "said");
}

TEST_CASE("pattern: escapes, quantifiers and classes are not placeholders", "[profile][pattern]") {
  detail::PatternFragments f = detail::validation_fragments();
  auto expand = [&](const char* p) { return detail::expand_pattern(p, f, {}); };
  CHECK_THAT(expand(R"(\{SPEAKER\} {QUOTE} {SPEAKER})"), Catch::StartsWith(R"(\{SPEAKER\} )"));
  CHECK_THAT(expand(R"({QUOTE}\s{2,3}{SPEAKER}\w{1})"), Catch::Contains(R"(\s{2,3}(?<speaker>)"));
  CHECK_THAT(expand(R"(\p{Lu}\P{L}{QUOTE}{SPEAKER})"), Catch::StartsWith(R"(\p{Lu}\P{L})"));
  CHECK_THAT(expand(R"([{A}]{QUOTE}{SPEAKER})"), Catch::StartsWith("[{A}]("));
  CHECK_THAT(expand(R"([^]{Q}][[:alpha:]{X}]{QUOTE}{SPEAKER})"), Catch::StartsWith("[^]{Q}][[:alpha:]{X}]("));
  CHECK_THAT(expand(R"(\\{QUOTE}{SPEAKER})"), Catch::StartsWith(R"(\\(?<quote>)"));
  CHECK_NOTHROW(detail::validate_pattern(R"({QUOTE}\s*(?:-|–|—)\s*\x{41}{SPEAKER}{OTHER}{OTHER})", {}));
}

TEST_CASE("pattern: placeholder mistakes are located in the pattern", "[profile][pattern]") {
  Location start;
  start.file = "p.toml";
  start.line = 7;
  start.column = 12;
  auto error = [&](const char* p) { return error_of([&] { detail::validate_pattern(p, start); }); };
  CHECK(error("{QUOTE} {SPEEKER}").what() ==
        std::string("p.toml:7:20: unknown placeholder {SPEEKER}: expected one of {QUOTE} {OTHER} "
                    "{SPEAKER} {VERB} {REPORT}"));
  CHECK(error("—“{quote} {SPEAKER}").where().column == 14);  // columns count code points
  CHECK(error("{QUOTE} {SPEAKER} {SPEAKER}").message() == "placeholder {SPEAKER} is used twice");
  CHECK(error("{QUOTE} {SPEAKER} {VERB} {REPORT}").message() == "{VERB} and {REPORT} cannot both be used");
  CHECK(error("{QUOTE} {SPEAKER").code() == ErrorCode::kProfilePattern);
  CHECK(error("{SPEAKER} said").message() == "pattern has no {QUOTE} placeholder");
  CHECK(error("{QUOTE} said").message() == "pattern has no {SPEAKER} placeholder");
  Error regex = error("{QUOTE} {SPEAKER} (a|b");
  CHECK(regex.code() == ErrorCode::kProfilePattern);
  CHECK(regex.where().column == 12 + 22);
  CHECK_THAT(error("{QUOTE} (?<speaker>\\w+) said").message(), Catch::Contains("the group name 'speaker' is reserved"));
  CHECK_NOTHROW(detail::validate_pattern("(?<=, )(?<who>x){QUOTE} {SPEAKER}", start));
  Error wide = error(R"({QUOTE} [\x{2013}] {SPEAKER})");
  CHECK(wide.where().column == 12 + 9);
  CHECK_THAT(wide.message(), Catch::Contains("write a character above U+00FF itself"));
  Error second_line = error("{QUOTE}\n{SPEAKER} {NOPE}");
  CHECK(second_line.where().line == 8);
  CHECK(second_line.where().column == 11);
}

TEST_CASE("the complete example in docs/profile.md loads", "[profile]") {
  std::ifstream in(std::string(QUOTEATTR_TEST_DATA_DIR) + "/../../docs/profile.md");
  REQUIRE(in);
  std::string line, toml;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line.rfind("```", 0) == 0) {
      if (inside) break;
      inside = line == "```toml";
      continue;
    }
    if (inside) toml += line + "\n";
  }
  Profile p = Profile::from_toml(toml, "docs/profile.md");
  CHECK(p.name() == "mfa-briefings");
  CHECK(p.speakers().size() == 2);
  CHECK(p.find_rule("briefing-answer"));
}

// ------------------------------------------------------------ token patterns

namespace {

// The encoded token string of "word/TAG/chunk" items (lemma = word), with "Q" for the quote.
std::string encode(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& it : items) {
    if (it == "Q") {
      detail::append_token_entry(out, detail::kQuoteSentinel, "Q", 'O', "");
      continue;
    }
    // word/TAG/chunk or word/TAG/chunk/lemma
    const auto a = it.find('/', 1), b = it.find('/', a + 1), c = it.find('/', b + 1);
    const std::string word = it.substr(0, a);
    detail::append_token_entry(out, word, it.substr(a + 1, b - a - 1), it[b + 1],
                               c == std::string::npos ? word : it.substr(c + 1));
  }
  return out;
}

// The text of named group `g` in the first match, as "word word".
std::string group_words(const boost::regex& re, const std::string& s, const std::string& g) {
  boost::smatch m;
  if (!boost::regex_search(s, m, re) || !m[g].matched) return "<none>";
  std::string out;
  bool field = true;
  for (auto it = m[g].first; it != m[g].second; ++it) {
    if (*it == '\x1E') {
      field = true;
      out += ' ';
    } else if (*it == '\x1F') {
      field = false;
    } else if (field) {
      out += *it;
    }
  }
  if (!out.empty()) out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("token pattern: placeholders, tags, words and alternatives match tokens", "[profile][tokens]") {
  detail::TokenFragments f;
  f.verb_forms = {"said", "told", "called on"};
  f.report_forms = {"said"};
  f.title_prepositions = {"of", "for"};
  f.definite_article = "the";
  f.conjunction_and = "and";
  const auto c = detail::compile_token_pattern(R"({QUOTE} ","? ( {VERB} {SPEAKER} | {SPEAKER} <RB>? {VERB} ))", f, {});
  CHECK(c.speaker_groups == 2);
  CHECK(c.verb_groups == 2);
  const std::string after = encode({"Q", ",/,/O", "wang/NNP/B", "yi/NNP/I", "later/RB/O", "said/VBD/O", "././O"});
  CHECK(group_words(c.re, after, "speaker1") == "wang yi");
  CHECK(group_words(c.re, after, "verb1") == "said");
  const std::string inverted = encode({"Q", ",/,/O", "said/VBD/O", "the/DT/B", "minister/NN/I"});
  CHECK(group_words(c.re, inverted, "speaker") == "the minister");
  CHECK(group_words(c.re, inverted, "verb") == "said");
  // No cue, no match.
  CHECK(group_words(c.re, encode({"Q", "wang/NNP/B", "left/VBD/O"}), "speaker1") == "<none>");

  // Tags on words, lemmas, any-token and quantifiers.
  const auto t = detail::compile_token_pattern("{SPEAKER} ~say|tell/VB.* .{0,3} \":\" {QUOTE}", f, {});
  CHECK(group_words(t.re, encode({"he/PRP/B", "told/VBD/O/tell", "reporters/NNS/B", ":/:/O", "Q"}), "speaker") == "he");
  CHECK(group_words(t.re, encode({"he/PRP/B", "told/VBD/O/told", ":/:/O", "Q"}), "speaker") == "<none>");
  // "said" as an adjective ("the said agreement") is not the verb.
  CHECK(group_words(t.re, encode({"he/PRP/B", "said/JJ/O/say", ":/:/O", "Q"}), "speaker") == "<none>");
  // Secretary of State Antony Blinken: a title with "of" and a proper noun.
  const auto s = detail::compile_token_pattern("{SPEAKER} {VERB} {QUOTE}", f, {});
  CHECK(group_words(s.re, encode({"secretary/NNP/B", "of/IN/O", "state/NNP/B", "blinken/NNP/I", "said/VBD/O", "Q"}),
                    "speaker") == "secretary of state blinken");
  CHECK(group_words(s.re, encode({"mr./NNP/B", "kirby/NNP/I", "called/VBD/O", "on/IN/O", "Q"}), "verb") == "called on");
  // The title phrase's names take the article and are joined by the pack's "and" or "&".
  const std::string joined = encode({"minister/NNP/B", "for/IN/O", "the/DT/O", "sea/NNP/B", "and/CC/O", "the/DT/O",
                                     "coast/NNP/B", "ana/NNP/B", "roe/NNP/I", "said/VBD/O", "Q"});
  CHECK(group_words(s.re, joined, "speaker") == "minister for the sea and the coast ana roe");
  // The words are the pack's: with none, the speaker is the noun phrase before the cue alone.
  detail::TokenFragments bare = f;
  bare.title_prepositions.clear();
  const auto b = detail::compile_token_pattern("{SPEAKER} {VERB} {QUOTE}", bare, {});
  CHECK(group_words(b.re, encode({"secretary/NNP/B", "of/IN/O", "state/NNP/B", "blinken/NNP/I", "said/VBD/O", "Q"}),
                    "speaker") == "state blinken");
  detail::TokenFragments other = f;
  other.title_prepositions = {"de"};
  other.definite_article = "la";
  other.conjunction_and = "y";
  const auto o = detail::compile_token_pattern("{SPEAKER} {VERB} {QUOTE}", other, {});
  CHECK(group_words(o.re,
                    encode({"ministra/NNP/B", "de/IN/O", "la/DT/O", "costa/NNP/B", "y/CC/O", "la/DT/O", "mar/NNP/B",
                            "ana/NNP/B", "said/VBD/O", "Q"}),
                    "speaker") == "ministra de la costa y la mar ana");
  CHECK(group_words(o.re, joined, "speaker") == "ana roe");  // "for" is no preposition of this pack
}

TEST_CASE("token pattern: mistakes are located in the pattern", "[profile][tokens]") {
  Location start;
  start.file = "p.toml";
  start.line = 3;
  start.column = 11;
  auto error = [&](const char* p) { return error_of([&] { detail::validate_token_pattern(p, start); }); };
  Error unknown = error("{QUOTE} {SPEEKER}");
  CHECK(unknown.code() == ErrorCode::kProfilePattern);
  CHECK(unknown.where().column == 11 + 8);
  CHECK_THAT(unknown.message(), Catch::Contains("unknown placeholder {SPEEKER}"));
  CHECK(error("{SPEAKER} said").message() == "token pattern has no {QUOTE} placeholder");
  CHECK(error("{QUOTE} said").message() == "token pattern has no {SPEAKER} placeholder");
  CHECK(error("{QUOTE} {QUOTE} {SPEAKER}").where().column == 11 + 8);
  Error open = error("{QUOTE} ( {SPEAKER} said");
  CHECK(open.where().column == 11 + 8);
  CHECK_THAT(open.message(), Catch::Contains("'(' is not closed"));
  CHECK(error("{QUOTE} {SPEAKER} )").where().column == 11 + 18);
  CHECK(error("{QUOTE} {SPEAKER} <>").code() == ErrorCode::kProfilePattern);
  CHECK(error("{QUOTE} {SPEAKER} said/").code() == ErrorCode::kProfilePattern);
  CHECK(error("{QUOTE} {SPEAKER} said{2,x}").code() == ErrorCode::kProfilePattern);
  CHECK_NOTHROW(detail::validate_token_pattern("{QUOTE} \",\"? (said|says {SPEAKER} | {SPEAKER} <VB.*>)", start));
}

TEST_CASE("a rule with a token pattern loads, saves and round-trips", "[profile][tokens]") {
  const char* toml = "[[rule]]\nid = 'tok'\ntokens = '{QUOTE} \",\"? {VERB} {SPEAKER}'\nconfidence = 0.8\n";
  Profile p = Profile::from_toml(toml, "t");
  REQUIRE(p.rules().size() == 1);
  CHECK(p.rules()[0].tokens == "{QUOTE} \",\"? {VERB} {SPEAKER}");
  CHECK(p.rules()[0].pattern.empty());
  CHECK(p.rules()[0].defined_at.line == 3);
  CHECK(p.rules()[0].defined_at.column == 11);
  CHECK(Profile::from_toml(p.to_toml(), "again") == p);
  Error bad = error_of([] { Profile::from_toml("[[rule]]\nid = 'tok'\ntokens = '{QUOTE} {SPEAKER} ('\n", "t"); });
  CHECK(bad.code() == ErrorCode::kProfilePattern);
  CHECK(bad.where().line == 3);
  CHECK(bad.where().column == 11 + 18);
}

TEST_CASE("the token rule example in docs/profile.md loads", "[profile][tokens]") {
  std::ifstream in(std::string(QUOTEATTR_TEST_DATA_DIR) + "/../../docs/profile.md");
  REQUIRE(in);
  std::string line, block, example;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line.rfind("```", 0) == 0) {
      if (inside && block.find("tokens = ") != std::string::npos) example = block;
      inside = !inside && line == "```toml";
      block.clear();
      continue;
    }
    if (inside) block += line + "\n";
  }
  REQUIRE_FALSE(example.empty());
  const Profile p = Profile::from_toml(example, "docs/profile.md");
  REQUIRE(p.rules().size() == 1);
  CHECK(p.rules()[0].tokens.find("{VERB}/VBD|VBZ") != std::string::npos);
}

TEST_CASE("a speaker's country names are read, merged and written back", "[profile]") {
  Profile a = Profile::from_toml(
      "[[speaker]]\nname = 'Freedonian government'\naliases = ['Fredville']\ncountry = ['Freedonia']\n");
  REQUIRE(a.speakers().size() == 1);
  CHECK(a.speakers()[0].country == std::vector<std::string>{"Freedonia"});
  a.merge(Profile::from_toml("[[speaker]]\nname = 'Freedonian government'\ncountry = ['Republic of Freedonia']\n"));
  CHECK(a.find_speaker("Freedonian government")->country ==
        (std::vector<std::string>{"Freedonia", "Republic of Freedonia"}));
  const Profile back = Profile::from_toml(a.to_toml());
  CHECK(back.find_speaker("Freedonian government")->country == a.find_speaker("Freedonian government")->country);
}
