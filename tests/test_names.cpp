// Canonical names of speakers as a reader would write them: the fullest proper name the text
// gives, without titles, departments, affiliations or clause words (made-up texts).
#include <algorithm>
#include <string>
#include <vector>

#include "catch_compat.hpp"
#include "quoteattr/quoteattr.hpp"

using quoteattr::Attribution;
using quoteattr::Attributor;

namespace {

const Attributor& attributor() {
  static const Attributor a;
  return a;
}

// The attribution whose span text is exactly `words`.
const Attribution* find(const quoteattr::Result& r, std::string_view text, std::string_view words) {
  for (const auto& a : r.quotes)
    if (a.span.in(text) == words) return &a;
  return nullptr;
}

std::string speaker_of(const std::string& text, const std::string& quote) {
  INFO("text: " << text);
  auto r = attributor().analyze(text);
  const Attribution* a = find(r, text, quote);
  REQUIRE(a != nullptr);
  return a->speaker.value_or("");
}

}  // namespace

TEST_CASE("a title's mention cut short runs on to its holder's name", "[names]") {
  // A department with "and" and an acronym before a second capitalised title.
  CHECK(speaker_of("“Roads will help,” said Assistant Secretary for Transport and Information and FTA "
                   "Administrator Jane K. Miller. “This plan is good.”",
                   "Roads will help,") == "Jane K. Miller");
  // A body's name of several words before the title: not its first word.
  CHECK(speaker_of("“Rivers matter,” said Fish and Game Service Director Mary Ann Jones.", "Rivers matter,") ==
        "Mary Ann Jones");
}

TEST_CASE("a title of a department with a second complement (of X for Y) before the name", "[names]") {
  CHECK(speaker_of("“Roads will help,” said Assistant Secretary of Transport for Road Safety Jane K. Miller.",
                   "Roads will help,") == "Jane K. Miller");
  CHECK(speaker_of("Today, Assistant Secretary of Transport for Road Safety Jane K. Miller issued the following "
                   "statement:\n\n“Roads will help.”",
                   "Roads will help.") == "Jane K. Miller");
}

TEST_CASE("a capitalised preposition that opens a title after the cue (\"said Under Secretary\")", "[names]") {
  CHECK(speaker_of("“Rules help,” said Under Secretary of Transport for Road Safety Tom Brown.", "Rules help,") ==
        "Tom Brown");
}

TEST_CASE("a dateline with an unspaced dash is no subject of the report after it", "[names]") {
  const std::string text =
      "Boston, Mass.—Today, the Office of Roads and Rail (ORR) announced three new rules that will make roads "
      "safer.";
  CHECK(speaker_of(text, "three new rules that will make roads safer") == "Office of Roads and Rail");
  const std::string caps =
      "BOSTON—Today, the Office of Roads and Rail (ORR) announced three new rules that will "
      "make roads safer.";
  CHECK(speaker_of(caps, "three new rules that will make roads safer") == "Office of Roads and Rail");
}

TEST_CASE("a capitalised adverb before its comma opens the sentence, not its subject", "[names]") {
  const std::string text =
      "BOSTON – Recently, Administrator Jane Roe, head of the Office of Roads (OR), met with "
      "drivers across the state, highlighting safety and support for drivers.";
  CHECK(speaker_of(text, "safety and support for drivers") == "Jane Roe");
}

TEST_CASE("a lead paragraph whose earlier sentence issues the statement names its speaker", "[names]") {
  const std::string text =
      "BOSTON – The following is a statement from State Roads Administrator Jane Roe regarding the bridge plan. The "
      "plan can be found on the agency website.\n\n“We are disappointed by the claims made about the plan.”\n\n“Any "
      "suggestion of wrongdoing is unfounded.”";
  CHECK(speaker_of(text, "We are disappointed by the claims made about the plan.") == "Jane Roe");
  CHECK(speaker_of(text, "Any suggestion of wrongdoing is unfounded.") == "Jane Roe");
  // After an acronym, a capitalised preposition opens the title ("U.S. Under Secretary").
  const std::string under =
      "BOSTON – U.S. Under Secretary of Commerce for International Trade Tomás Ruiz today issued a statement "
      "marking the start of Trade Month. During May, events will take place.\n\n“Trade Month is an excellent "
      "opportunity.”";
  CHECK(speaker_of(under, "Trade Month is an excellent opportunity.") == "Tomás Ruiz");
}

TEST_CASE("a possessive with a typographic apostrophe is no part of the name, after a suffix too", "[names]") {
  const std::string text = "Director John A. Smith III’s remarks came on Monday. “We are ready,” Smith III said.";
  CHECK(speaker_of(text, "We are ready,") == "John A. Smith III");
}

TEST_CASE("a title with an accent and an apostrophe (\"Chargé d’Affaires\") is a title, not a name", "[names]") {
  CHECK(speaker_of("“We are ready,” said U.S. Chargé d’Affaires Amy Lane.", "We are ready,") == "Amy Lane");
  CHECK(speaker_of("“We are ready,” said Charge d'affaires Amy Lane.", "We are ready,") == "Amy Lane");
  CHECK(speaker_of("U.S. Chargé d’Affaires Amy Lane met the minister on Monday. “We are ready,” the chargé "
                   "d’affaires said.",
                   "We are ready,") == "Amy Lane");
}

TEST_CASE("\"the Service\": the body named before in full with that last word", "[names]") {
  const std::string text =
      "The U.S. Fish and Game Service will host a conference in June. The Service announced a "
      "draft strategy that will improve the management of its lands.";
  CHECK(speaker_of(text, "a draft strategy that will improve the management of its lands") ==
        "U.S. Fish and Game Service");
}

namespace {
const Attribution& answer(const quoteattr::Result& r, const std::string& text, const std::string& quote) {
  const Attribution* a = find(r, text, quote);
  REQUIRE(a != nullptr);
  return *a;
}
bool flagged(const Attribution& a) { return std::find(a.flags.begin(), a.flags.end(), "title-name") != a.flags.end(); }
}  // namespace

TEST_CASE("a name that still reads as a title is flagged and less sure", "[names][confidence]") {
  // A bare title that the text gives a person it names: that person was meant.
  const std::string bare =
      "Assistant Secretary for Rail and Roads Administrator Jane Roe opened the hall on "
      "Monday.\n\n“Rules help,” said Assistant Secretary of Rail.";
  const auto r1 = attributor().analyze(bare);
  const Attribution& a1 = answer(r1, bare, "Rules help,");
  CHECK(a1.speaker.value_or("") == "Assistant Secretary of Rail");
  CHECK(flagged(a1));
  // Below the high band (0.85): the flag's value in the fitted table (0.651 at the refit on 39 sets,
  // 0.460 before), never the rule's own (trailing-cue 0.905).
  CHECK(a1.confidence < 0.7);
  // A title nobody the text names holds describes an unnamed person: no flag.
  const std::string unnamed = "“Show me the plan,” demanded the Ruritanian President.";
  const auto r0 = attributor().analyze(unnamed);
  CHECK_FALSE(flagged(answer(r0, unnamed, "Show me the plan,")));
  // The same sentence with the holder's name: no flag, as sure as the rule.
  const std::string named = "“Rules help,” said Assistant Secretary Jane Roe.";
  const auto r2 = attributor().analyze(named);
  const Attribution& a2 = answer(r2, named, "Rules help,");
  CHECK(a2.speaker.value_or("") == "Jane Roe");
  CHECK_FALSE(flagged(a2));
  CHECK(a2.confidence > 0.85);
  CHECK(a1.confidence < a2.confidence - 0.2);
  // A title and a surname, as a transcript labels its speakers, and a plural description: no flag.
  const std::string surname = "“Rules help,” said Senator Roe.";
  const auto r3 = attributor().analyze(surname);
  CHECK_FALSE(flagged(answer(r3, surname, "Rules help,")));
  // A lone word the text writes only inside a longer name.
  const std::string word = "The Fish and Game Service opened a lake. “We are proud,” said Fish.";
  const auto r4 = attributor().analyze(word);
  const Attribution& a4 = answer(r4, word, "We are proud,");
  CHECK(a4.speaker.value_or("") == "Fish");
  CHECK(flagged(a4));
  CHECK(a4.confidence < 0.7);
}

TEST_CASE("a title after \"called\" in apposition is the name of a thing, no speech and no report", "[terms]") {
  const std::string text =
      "The agency announced a plan. The plan, called \"Keeping the Promise,\" will be distributed to all partners.";
  const auto r = attributor().analyze(text);
  for (const auto& a : r.quotes) {
    CAPTURE(std::string(a.span.in(text)));
    CHECK((a.kind == quoteattr::QuoteKind::kTerm || a.span.in(text) == "a plan"));
  }
}

namespace {
// The attributions of `text` that are reports (indirect or mixed), as "speaker: content".
std::vector<std::string> reports(const std::string& text) {
  std::vector<std::string> out;
  const auto r = attributor().analyze(text);
  for (const auto& a : r.quotes)
    if (a.kind == quoteattr::QuoteKind::kIndirect || a.kind == quoteattr::QuoteKind::kMixed)
      out.push_back(a.speaker.value_or("") + ": " + std::string(a.span.in(text)));
  return out;
}
}  // namespace

TEST_CASE("a run of reports: \"stated that X and talked about how Y\"; \"mentioned as well that\"", "[reports]") {
  CHECK(reports("Director Jane Roe also stated that road deaths were at historic lows and talked about how safety "
                "among drivers has improved.") ==
        std::vector<std::string>{"Jane Roe: that road deaths were at historic lows",
                                 "Jane Roe: how safety among drivers has improved"});
  // Talking about a topic is no report.
  CHECK(reports("Director Jane Roe talked about the weather on Monday.").empty());
  CHECK(reports("Director Jane Roe spoke on Monday. She mentioned as well that the averages of road noise were at "
                "the lowest levels ever recorded.") ==
        std::vector<std::string>{"Jane Roe: that the averages of road noise were at the lowest levels ever recorded"});
}

TEST_CASE("a fronted participle with a that-clause (\"Noting that X, she said …\")", "[reports]") {
  const std::string text =
      "Director Jane Roe spoke Monday. Noting that road deaths had peaked in October, she said, "
      "“Having a safe October is an achievement.”";
  CHECK(reports(text) == std::vector<std::string>{"Jane Roe: that road deaths had peaked in October"});
  // The participle that opens the sentence is no name of the quotation's speaker.
  CHECK(speaker_of(text, "Having a safe October is an achievement.") == "Jane Roe");
}

TEST_CASE("a title's possessive ends a name: \"the President's State of the Union\" names no one", "[names]") {
  const std::string text =
      "Today, Director Jane Roe issued the following statement on the President's State of the "
      "Union Address:\n\n“The President's remarks reinforced how crucial our work is to continued "
      "growth.”";
  const auto r = attributor().analyze(text);
  for (const auto& a : r.quotes) {
    CAPTURE(std::string(a.span.in(text)));
    CHECK(a.speaker.value_or("") != "State");
    CHECK(a.speaker.value_or("").find("'s") == std::string::npos);
  }
}

TEST_CASE("straight marks nested in a straight-quoted message: the outer quotation whole, the name a term",
          "[quotes]") {
  const std::string text =
      "Director Jane Roe addressed staff in a message, which stated in part, \"The Office has chosen to declare this "
      "week, \"Road Workers Week,\" because we believe that all staff matter. Each of us is responsible for the "
      "safety of the public.\"";
  const auto r = attributor().analyze(text);
  const Attribution& outer =
      answer(r, text,
             "The Office has chosen to declare this week, \"Road Workers Week,\" because we believe that all staff "
             "matter. Each of us is responsible for the safety of the public.");
  CHECK(outer.kind == quoteattr::QuoteKind::kDirect);
  CHECK(outer.speaker.value_or("") == "Jane Roe");
  const Attribution& inner = answer(r, text, "Road Workers Week,");
  CHECK(inner.kind == quoteattr::QuoteKind::kTerm);
}

TEST_CASE("the writer's evidence after a report (\", as evidenced by …\") is no part of it", "[reports]") {
  CHECK(reports("Director Jane Roe said that safety among drivers has improved, as evidenced by the drop in "
                "citations over the past five years.") ==
        std::vector<std::string>{"Jane Roe: that safety among drivers has improved"});
}
