// The calibration table: read from TOML (errors name file and line), applied once the sieves have
// decided (a rule it lists gets its value, lowered to that of each flag it lists), and the
// hand-set confidence kept for every rule it does not list. Made-up text throughout.
#include <string>
#include <vector>

#include "catch_compat.hpp"
#include "quoteattr/quoteattr.hpp"
#include "test_util.hpp"

using quoteattr::Attribution;
using quoteattr::Attributor;
using quoteattr::AttributorOptions;
using quoteattr::Calibration;
using quoteattr::Error;
using quoteattr::ErrorCode;

namespace {

const Attribution* find(const quoteattr::Result& r, std::string_view text, std::string_view words) {
  for (const auto& a : r.quotes)
    if (a.span.in(text) == words) return &a;
  return nullptr;
}

Attributor with_table(const Calibration& table) {
  AttributorOptions o;
  o.calibration = table;
  return Attributor(quoteattr::Profile::builtin(), o);
}

const char* const kText =
    "Mayor Ruth Okafor said that the bridge would reopen. \u201cIt is safe,\u201d Okafor said.\n\n"
    "Minister Paul Lee arrived in Lisbon on Monday. He said that the port would be dredged.\n";

}  // namespace

TEST_CASE("calibration: a rule the table lists gets the table's value, lowered by a listed flag", "[calibration]") {
  const Calibration table =
      Calibration::from_toml("[rules]\nthat-clause = 0.42\n\n[flags]\npronoun = 0.3\n", "cal.toml");
  CHECK(table.rule("that-clause") == Approx(0.42));
  CHECK(table.flag("pronoun") == Approx(0.3));
  CHECK_FALSE(table.rule("trailing-cue"));
  const std::string text = kText;
  const quoteattr::Result r = with_table(table).analyze(text);

  const Attribution* named = find(r, text, "that the bridge would reopen");
  REQUIRE(named != nullptr);
  CHECK(named->speaker.value_or("") == "Ruth Okafor");
  CHECK(named->rule == "that-clause");
  CHECK(named->prior_confidence == Approx(0.895));  // the hand-set value the sieves decided with
  CHECK(named->flags.empty());
  CHECK(named->confidence == Approx(0.42));

  const Attribution* pronoun = find(r, text, "that the port would be dredged");
  REQUIRE(pronoun != nullptr);
  CHECK(pronoun->speaker.value_or("") == "Paul Lee");
  CHECK(pronoun->flags == std::vector<std::string>{"pronoun"});
  CHECK(pronoun->prior_confidence == Approx(0.806));
  CHECK(pronoun->confidence == Approx(0.3));  // min(that-clause 0.42, pronoun 0.3)
  REQUIRE_FALSE(pronoun->evidence.empty());
  CHECK(pronoun->evidence.back() ==
        "confidence 0.3: the calibration table's value of that-clause, lowered to that of pronoun (hand-set 0.806)");
}

TEST_CASE("calibration: a rule the table does not list keeps its hand-set confidence", "[calibration]") {
  const std::string text = kText;
  const quoteattr::Result r =
      with_table(Calibration::from_toml("[rules]\nthat-clause = 0.42\n", "cal.toml")).analyze(text);
  const Attribution* quote = find(r, text, "It is safe,");
  REQUIRE(quote != nullptr);
  CHECK(quote->rule == "trailing-cue");
  CHECK(quote->confidence == Approx(0.95));
  CHECK(quote->prior_confidence == Approx(0.95));
  CHECK(quote->evidence.back() == "confidence 0.95: hand-set (the calibration table does not list trailing-cue)");

  // An empty table keeps every hand-set confidence.
  const quoteattr::Result hand = with_table(Calibration()).analyze(text);
  for (const Attribution& a : hand.quotes)
    if (a.speaker) CHECK(a.confidence == a.prior_confidence);
}

TEST_CASE("calibration: a user's rule keeps its own confidence unless the table names it", "[calibration]") {
  auto house = [](const Calibration& table) {
    AttributorOptions o;
    o.calibration = table;
    quoteattr::Attributor::Builder b(quoteattr::Profile::builtin(), o);
    b.add_rule(
        "house-style",
        [](const quoteattr::RuleContext&) -> std::optional<quoteattr::Proposal> {
          quoteattr::Proposal p;
          p.speaker = "Ruth Okafor";
          p.confidence = 0.6;
          return p;
        },
        /*first=*/true);
    const std::string text = "\u201cWe are ready,\u201d said Tom Hale.";
    const quoteattr::Result r = b.build().analyze(text);
    REQUIRE(r.quotes.size() == 1);
    CHECK(r.quotes[0].speaker.value_or("") == "Ruth Okafor");
    CHECK(r.quotes[0].rule == "house-style");
    return r.quotes[0].confidence;
  };
  CHECK(house(Calibration::builtin()) == Approx(0.6));
  CHECK(house(Calibration::from_toml("[rules]\nhouse-style = 0.33\n", "cal.toml")) == Approx(0.33));
}

TEST_CASE("calibration: the table changes no speaker, span or rule", "[calibration]") {
  const std::string text = std::string(kText) +
                           "Washington said that the sanctions would stay in place. President Tom Hale expressed "
                           "concern about tariffs.\n";
  const quoteattr::Result a = with_table(Calibration()).analyze(text);
  const quoteattr::Result b = with_table(Calibration::from_toml("[rules]\nthat-clause = 0.1\nlight-verb = 0.1\n"
                                                                "trailing-cue = 0.1\n",
                                                                "low.toml"))
                                  .analyze(text);
  REQUIRE(a.quotes.size() == b.quotes.size());
  for (std::size_t i = 0; i < a.quotes.size(); ++i) {
    CHECK(a.quotes[i].span == b.quotes[i].span);
    CHECK(a.quotes[i].speaker == b.quotes[i].speaker);  // decided on the hand-set numbers, not the table's
    CHECK(a.quotes[i].rule == b.quotes[i].rule);
    CHECK(a.quotes[i].flags == b.quotes[i].flags);
  }
  const Attribution* place = find(b, text, "that the sanctions would stay in place");
  REQUIRE(place != nullptr);
  CHECK(place->flags == std::vector<std::string>{"place-for-government"});
  const Attribution* few = find(b, text, "concern about tariffs");
  REQUIRE(few != nullptr);
  CHECK(few->flags == std::vector<std::string>{"short-content"});
  CHECK(few->confidence == Approx(0.1));
}

TEST_CASE("calibration: the built-in table lists the built-in rules and every flag", "[calibration]") {
  const Calibration table = Calibration::builtin();
  CHECK_FALSE(table.empty());
  for (const char* rule : {"that-clause", "zero-that", "trailing-cue", "transcript-turn", "paragraph-speaker"}) {
    CAPTURE(rule);
    REQUIRE(table.rule(rule));
    CHECK(*table.rule(rule) > 0.0);
    CHECK(*table.rule(rule) <= 1.0);
  }
  for (const char* flag : {"pronoun", "pronoun-rival", "place-for-government", "short-content", "one-word-fragment",
                           "heading-line", "title-name", "surname-rival"}) {
    CAPTURE(flag);
    CHECK(table.flag(flag));
  }
}

TEST_CASE("calibration: a broken table names its file and line", "[calibration]") {
  SECTION("a value that is not a number") {
    const Error e =
        error_of([] { Calibration::from_toml("[rules]\nthat-clause = 0.9\nzero-that = \"high\"\n", "cal.toml"); });
    CHECK(e.code() == ErrorCode::kProfileValue);
    CHECK(e.where().file == "cal.toml");
    CHECK(e.where().line == 3);
    CHECK(std::string(e.what()).find("cal.toml:3:") == 0);
    CHECK(std::string(e.what()).find("'zero-that'") != std::string::npos);
  }
  SECTION("a value out of (0, 1]") {
    const Error e = error_of([] { Calibration::from_toml("[rules]\n\n[flags]\npronoun = 1.5\n", "cal.toml"); });
    CHECK(e.code() == ErrorCode::kProfileValue);
    CHECK(e.where().line == 4);
    CHECK(std::string(e.what()).find("flag 'pronoun'") != std::string::npos);
  }
  SECTION("an entry with no value") {
    const Error e = error_of([] { Calibration::from_toml("[rules]\nthat-clause =\n", "cal.toml"); });
    CHECK(e.code() == ErrorCode::kProfileSyntax);
    CHECK(e.where().file == "cal.toml");
    CHECK(e.where().line == 2);
  }
  SECTION("an unknown table") {
    const Error e = error_of([] { Calibration::from_toml("[rules]\n[rule]\nx = 0.5\n", "cal.toml"); });
    CHECK(e.code() == ErrorCode::kProfileKey);
    CHECK(e.where().line == 2);
    CHECK(std::string(e.what()).find("'rule'") != std::string::npos);
  }
  SECTION("no [rules]") {
    const Error e = error_of([] { Calibration::from_toml("[flags]\npronoun = 0.5\n", "cal.toml"); });
    CHECK(e.code() == ErrorCode::kProfileKey);
    CHECK(e.where().file == "cal.toml");
  }
  SECTION("a file that cannot be read") {
    const Error e = error_of([] { Calibration::from_file("/nonexistent/calibration.toml"); });
    CHECK(e.code() == ErrorCode::kIo);
    CHECK(e.where().file == "/nonexistent/calibration.toml");
  }
  SECTION("a value set from code") {
    Calibration c;
    const Error e = error_of([&] { c.set_rule("that-clause", 0.0); });
    CHECK(e.code() == ErrorCode::kProfileValue);
    c.set_rule("that-clause", 0.5);
    CHECK(c.rule("that-clause") == Approx(0.5));
  }
}
