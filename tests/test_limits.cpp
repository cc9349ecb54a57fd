// Limits (quoteattr/limits.hpp) and the error codes: each limit exceeded by one gives its own
// code and a message with the size, the limit and where; at the limit is accepted.
#include <sys/stat.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <thread>

#include "catch_compat.hpp"
#include "quoteattr/quoteattr.hpp"
#include "test_util.hpp"

using namespace quoteattr;

namespace {

const std::string kSeed = std::string(QUOTEATTR_TEST_DATA_DIR) + "/seed-article.txt";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A profile of `n` rules r1..rn, each pattern padded with `pad` spaces before its {QUOTE}: its
// pattern is then 26 + pad bytes long. Rule k's pattern starts on line 3k, column 12.
std::string rules_toml(int n, std::size_t pad = 0) {
  std::string out;
  for (int k = 1; k <= n; ++k)
    out += "[[rule]]\nid = \"r" + std::to_string(k) + "\"\npattern = '" + std::string(pad, ' ') +
           "{QUOTE},? said {SPEAKER}\\b'\n";
  return out;
}
constexpr std::size_t kRulePatternBytes = 26;

std::string scratch(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("quoteattr_test_limits_" + name)).string();
}

}  // namespace

TEST_CASE("every error code has its own stable name", "[limits][errors]") {
  const std::pair<ErrorCode, const char*> codes[] = {
      {ErrorCode::kInvalidUtf8, "invalid-utf8"},
      {ErrorCode::kIo, "io"},
      {ErrorCode::kProfileSyntax, "profile-syntax"},
      {ErrorCode::kProfileKey, "profile-key"},
      {ErrorCode::kProfileValue, "profile-value"},
      {ErrorCode::kProfilePattern, "profile-pattern"},
      {ErrorCode::kProfileDuplicate, "profile-duplicate"},
      {ErrorCode::kInvalidArgument, "invalid-argument"},
      {ErrorCode::kInternal, "internal"},
      {ErrorCode::kDocumentTooLarge, "document-too-large"},
      {ErrorCode::kProfileTooLarge, "profile-too-large"},
      {ErrorCode::kTooManyRules, "too-many-rules"},
      {ErrorCode::kPatternTooLong, "pattern-too-long"},
  };
  std::set<std::string> names;
  for (const auto& [code, name] : codes) {
    CHECK(std::string(error_code_name(code)) == name);
    names.insert(name);
  }
  CHECK(names.size() == std::size(codes));
  // The set is closed: the codes are numbered 0..12 and nothing else has a name.
  CHECK(static_cast<int>(ErrorCode::kPatternTooLong) == 12);
  CHECK(std::string(error_code_name(static_cast<ErrorCode>(13))) == "unknown");
}

TEST_CASE("the default limits are the documented ones and accept the built-in profile", "[limits]") {
  const Limits d;
  CHECK(d.max_document_bytes == 67108864);  // 64 MiB
  CHECK(d.max_profile_bytes == 8388608);    // 8 MiB
  CHECK(d.max_rules == 1024);
  CHECK(d.max_pattern_bytes == 4096);
  CHECK(AttributorOptions().limits.max_document_bytes == d.max_document_bytes);
  const Limits u = Limits::unlimited();
  CHECK(u.max_document_bytes == Limits::kUnlimited);
  CHECK(u.max_profile_bytes == Limits::kUnlimited);
  CHECK(u.max_rules == Limits::kUnlimited);
  CHECK(u.max_pattern_bytes == Limits::kUnlimited);
  CHECK_NOTHROW(Attributor(Profile::builtin()));
}

TEST_CASE("a document over max_document_bytes is refused; at the limit it is analysed", "[limits][document]") {
  const std::string seed = read_file(kSeed);
  REQUIRE(seed.size() == 4461);
  AttributorOptions at;
  at.limits.max_document_bytes = seed.size();
  const Result r = Attributor(Profile::builtin(), at).analyze(seed);
  CHECK(r.quotes.size() == Attributor().analyze(seed).quotes.size());
  CHECK(!r.quotes.empty());

  AttributorOptions below = at;
  below.limits.max_document_bytes = seed.size() - 1;
  const Error e = error_of([&] { Attributor(Profile::builtin(), below).analyze(seed); });
  CHECK(e.code() == ErrorCode::kDocumentTooLarge);
  CHECK(std::string(e.what()) == "a document of 4461 bytes is larger than the limit of 4460 bytes");
  CHECK(e.where().to_string().empty());

  // The default limit, checked before any work: 64 MiB + 1 is refused at once.
  const std::string big(Limits{}.max_document_bytes + 1, 'a');
  const Error d = error_of([&] { Attributor().analyze(big); });
  CHECK(d.code() == ErrorCode::kDocumentTooLarge);
  CHECK(d.message() == "a document of 67108865 bytes is larger than the limit of 67108864 bytes");

  // The same check for callers that read documents themselves.
  CHECK_NOTHROW(check_document_size(4460, below.limits));
  CHECK(error_of([&] { check_document_size(4461, below.limits); }).message() == e.message());
  CHECK_NOTHROW(check_document_size(UINT64_MAX, Limits::unlimited()));
}

TEST_CASE("a profile text over max_profile_bytes is refused before parsing", "[limits][profile]") {
  const std::string toml = rules_toml(2);
  Limits limits;
  limits.max_profile_bytes = toml.size();
  CHECK(Profile::from_toml(toml, "p.toml", limits).rules().size() == 2);
  limits.max_profile_bytes = toml.size() - 1;
  const Error e = error_of([&] { Profile::from_toml(toml, "p.toml", limits); });
  CHECK(e.code() == ErrorCode::kProfileTooLarge);
  CHECK(std::string(e.what()) == "p.toml: a profile of " + std::to_string(toml.size()) +
                                     " bytes is larger than the limit of " + std::to_string(toml.size() - 1) +
                                     " bytes");
  // Not even looked at: bytes that are no TOML give the size error too.
  CHECK(error_of([&] { Profile::from_toml(std::string(toml.size(), '['), "p.toml", limits); }).code() ==
        ErrorCode::kProfileTooLarge);
}

TEST_CASE("a profile file over max_profile_bytes is refused, read no further than the limit", "[limits][profile]") {
  const std::string toml = rules_toml(2);
  Limits limits;
  limits.max_profile_bytes = toml.size();

  const std::string file = scratch("profile.toml");
  std::ofstream(file, std::ios::binary) << toml;
  CHECK(Profile::from_file(file, limits).rules().size() == 2);
  limits.max_profile_bytes = toml.size() - 1;
  const Error e = error_of([&] { Profile::from_file(file, limits); });
  CHECK(e.code() == ErrorCode::kProfileTooLarge);
  CHECK(e.where().file == file);
  CHECK(e.message() == "a profile of " + std::to_string(toml.size()) + " bytes is larger than the limit of " +
                           std::to_string(toml.size() - 1) + " bytes");
  std::remove(file.c_str());

  // A pipe has no size to look at: it is read up to the limit, then counted.
  const std::string fifo = scratch("profile.fifo");
  std::remove(fifo.c_str());
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  for (const std::size_t limit : {toml.size(), toml.size() - 1}) {
    limits.max_profile_bytes = limit;
    std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << toml; });
    if (limit == toml.size()) {
      CHECK(Profile::from_file(fifo, limits).rules().size() == 2);
    } else {
      const Error p = error_of([&] { Profile::from_file(fifo, limits); });
      CHECK(p.code() == ErrorCode::kProfileTooLarge);
      CHECK(p.message() == e.message());
    }
    writer.join();
  }
  std::remove(fifo.c_str());
}

TEST_CASE("a profile with more than max_rules rules is refused at the first rule over", "[limits][profile]") {
  const std::string toml = rules_toml(3);
  Limits limits;
  limits.max_rules = 3;
  CHECK(Profile::from_toml(toml, "p.toml", limits).rules().size() == 3);
  limits.max_rules = 2;
  const Error e = error_of([&] { Profile::from_toml(toml, "p.toml", limits); });
  CHECK(e.code() == ErrorCode::kTooManyRules);
  CHECK(std::string(e.what()) == "p.toml:9:12: rule 'r3' is rule 3 of the profile: more than the limit of 2 rules");
  limits.max_rules = 0;
  CHECK(error_of([&] { Profile::from_toml(toml, "p.toml", limits); }).where().to_string() == "p.toml:3:12");
}

TEST_CASE("a rule pattern longer than max_pattern_bytes is refused before it is compiled", "[limits][profile]") {
  const std::string toml = rules_toml(1, 10);  // a pattern of 36 bytes
  Limits limits;
  limits.max_pattern_bytes = kRulePatternBytes + 10;
  CHECK(Profile::from_toml(toml, "p.toml", limits).rules()[0].pattern.size() == limits.max_pattern_bytes);
  limits.max_pattern_bytes = kRulePatternBytes + 9;
  const Error e = error_of([&] { Profile::from_toml(toml, "p.toml", limits); });
  CHECK(e.code() == ErrorCode::kPatternTooLong);
  CHECK(std::string(e.what()) ==
        "p.toml:3:12: the pattern of rule 'r1' is 36 bytes long: longer than the limit of 35 bytes");

  // Checked before compiling: a long pattern that would not compile is refused for its length.
  const std::string broken = "[[rule]]\nid = \"bad\"\npattern = '{QUOTE} said {SPEAKER} ((((('\n";
  limits.max_pattern_bytes = 10;
  CHECK(error_of([&] { Profile::from_toml(broken, "b.toml", limits); }).code() == ErrorCode::kPatternTooLong);
  CHECK(error_of([&] { Profile::from_toml(broken, "b.toml"); }).code() == ErrorCode::kProfilePattern);

  // Token patterns have the same limit.
  const std::string tokens = "[[rule]]\nid = \"tok\"\ntokens = '{QUOTE} \",\"? {VERB} {SPEAKER}'\n";
  limits.max_pattern_bytes = 29;
  CHECK(Profile::from_toml(tokens, "t.toml", limits).rules().size() == 1);
  limits.max_pattern_bytes = 28;
  CHECK(std::string(error_of([&] { Profile::from_toml(tokens, "t.toml", limits); }).what()) ==
        "t.toml:3:11: the token pattern of rule 'tok' is 29 bytes long: longer than the limit of 28 bytes");
}

TEST_CASE("the Attributor checks the rule limits of the profile it is given", "[limits][attributor]") {
  // A profile built in code, or merged from several files, meets the limits here.
  const Profile builtin = Profile::builtin();
  const std::size_t n = builtin.rules().size();
  REQUIRE(n >= 2);
  AttributorOptions options;
  options.limits.max_rules = n;
  CHECK_NOTHROW(Attributor(builtin, options));
  options.limits.max_rules = n - 1;
  const Error e = error_of([&] { Attributor(builtin, options); });
  CHECK(e.code() == ErrorCode::kTooManyRules);
  CHECK(e.message() == "rule '" + builtin.rules().back().id + "' is rule " + std::to_string(n) +
                           " of the profile: more than the limit of " + std::to_string(n - 1) + " rules");
  CHECK(e.where().file == builtin.rules().back().defined_at.file);
  CHECK(e.where().line == builtin.rules().back().defined_at.line);

  const RuleEntry* longest = &builtin.rules()[0];
  for (const RuleEntry& r : builtin.rules())
    if (std::max(r.pattern.size(), r.tokens.size()) > std::max(longest->pattern.size(), longest->tokens.size()))
      longest = &r;
  const std::size_t length = std::max(longest->pattern.size(), longest->tokens.size());
  options = AttributorOptions();
  options.limits.max_pattern_bytes = length;
  CHECK_NOTHROW(Attributor(builtin, options));
  options.limits.max_pattern_bytes = length - 1;
  const Error p = error_of([&] { Attributor(builtin, options); });
  CHECK(p.code() == ErrorCode::kPatternTooLong);
  CHECK_THAT(p.message(), Catch::Contains("of rule '" + longest->id + "' is " + std::to_string(length) +
                                          " bytes long: longer than the limit of " + std::to_string(length - 1)));
}
