// The entity table (Result::speakers) and the sieve pipeline: ids, kinds, canonical names,
// mentions, reserved sieve ids, and a rule that gives up on its context.
#include <stdexcept>
#include <string>
#include <tuple>

#include "catch_compat.hpp"
#include "quoteattr/quoteattr.hpp"

using quoteattr::Attributor;
using quoteattr::Result;
using quoteattr::Speaker;
using quoteattr::SpeakerKind;

namespace {

const Attributor& engine() {
  static const Attributor a;
  return a;
}

const Speaker* speaker_named(const Result& r, const std::string& name) {
  for (const auto& s : r.speakers)
    if (s.name == name) return &s;
  return nullptr;
}

std::vector<std::string> mention_texts(const Speaker& s, std::string_view text) {
  std::vector<std::string> out;
  for (auto m : s.mentions) out.emplace_back(m.in(text));
  return out;
}

// The direct or reported quotation of `r` whose text is exactly `words`, or null.
const quoteattr::Attribution* quote_of(const Result& r, const std::string& text, std::string_view words) {
  for (const auto& a : r.quotes)
    if (a.span.in(text) == words) return &a;
  return nullptr;
}

}  // namespace

TEST_CASE("entity table: each quote points at its speaker's entry", "[entities]") {
  const std::string text =
      "Russian Foreign Minister Sergey Lavrov met Wang Yi in Beijing on Monday.\n"
      "“We have a common agenda,” Lavrov told reporters.\n"
      "“Our ties are strong,” Wang said. He added that the talks were useful.\n";
  const Result r = engine().analyze(text);
  REQUIRE(r.speakers.size() == 2);
  for (std::size_t i = 0; i < r.speakers.size(); ++i) CHECK(r.speakers[i].id == static_cast<int>(i));
  // In order of first quote.
  CHECK(r.speakers[0].name == "Sergey Lavrov");
  CHECK(r.speakers[1].name == "Wang Yi");
  CHECK(r.speakers[0].kind == SpeakerKind::kPerson);
  CHECK_FALSE(r.speakers[0].from_profile);
  CHECK(r.speakers[1].from_profile);
  CHECK(r.speakers[0].quotes == 1);
  CHECK(r.speakers[1].quotes == 2);
  for (const auto& q : r.quotes) {
    REQUIRE(q.speaker);
    REQUIRE(q.speaker_id >= 0);
    CHECK(r.speakers[static_cast<std::size_t>(q.speaker_id)].name == *q.speaker);
  }
  // The text's title and affiliation for the discovered person.
  const auto& lavrov = r.speakers[0];
  CHECK(std::find(lavrov.titles.begin(), lavrov.titles.end(), "foreign minister") != lavrov.titles.end());
  CHECK(std::find(lavrov.affiliations.begin(), lavrov.affiliations.end(), "russian") != lavrov.affiliations.end());
  // Every mention: the names and the pronoun that attributed the report, in order.
  CHECK(mention_texts(lavrov, text) == std::vector<std::string>{"Sergey Lavrov", "Lavrov"});
  CHECK(mention_texts(r.speakers[1], text) == std::vector<std::string>{"Wang Yi", "Wang", "He"});
}

TEST_CASE("entity table: institutions, unnamed sources and groups", "[entities]") {
  const std::string text =
      "The Chinese Foreign Ministry said on Tuesday that the visit would go ahead.\n"
      "“We are watching closely,” a senior State Department official said.\n"
      "Diplomatic sources said that the meeting had been moved to Friday.\n";
  const Result r = engine().analyze(text);
  const Speaker* ministry = speaker_named(r, "Chinese Foreign Ministry");
  const Speaker* official = speaker_named(r, "senior State Department official");
  const Speaker* sources = speaker_named(r, "Diplomatic sources");
  REQUIRE(ministry);
  REQUIRE(official);
  REQUIRE(sources);
  CHECK(ministry->kind == SpeakerKind::kInstitution);
  CHECK(official->kind == SpeakerKind::kUnnamed);
  CHECK(sources->kind == SpeakerKind::kGroup);
  CHECK(std::string(quoteattr::to_string(SpeakerKind::kUnnamed)) == "unnamed");
}

TEST_CASE("entity table: no speaker, no entry", "[entities]") {
  const std::string text = "“Nobody says who said this.”";
  const Result r = engine().analyze(text);
  REQUIRE(r.quotes.size() == 1);
  CHECK_FALSE(r.quotes[0].speaker);
  CHECK(r.quotes[0].speaker_id == -1);
  CHECK(r.speakers.empty());
}

TEST_CASE("sieves: built-in sieve ids are reserved", "[sieves]") {
  quoteattr::Attributor::Builder b;
  b.add_rule("same-sentence", [](const quoteattr::RuleContext&) { return std::optional<quoteattr::Proposal>{}; });
  CHECK_THROWS_AS(b.build(), quoteattr::Error);
  quoteattr::Profile p = quoteattr::Profile::builtin();
  quoteattr::RuleEntry rule;
  rule.id = "transcript-turn";
  rule.pattern = "{QUOTE},? said {SPEAKER}";
  quoteattr::Profile q = p;
  quoteattr::RuleEntry reported = rule;
  reported.id = "previous-paragraph";  // a rule id a sieve reports is reserved too
  q.add_rule(reported);
  CHECK_THROWS_AS(Attributor(q), quoteattr::Error);
  p.add_rule(rule);
  CHECK_THROWS_AS(Attributor(p), quoteattr::Error);
}

TEST_CASE("sieves: a rule that gives up is reported and the others still decide", "[sieves][reliability]") {
  quoteattr::Profile p = quoteattr::Profile::builtin();
  quoteattr::RuleEntry bad;
  bad.id = "backtracks";
  bad.description = "catastrophic backtracking on a run of a's";
  bad.where = quoteattr::RuleWhere::kParagraph;
  bad.pattern = "{QUOTE} (?:(?:a+)+)+x{SPEAKER}";
  p.add_rule(bad);
  const Attributor custom(p);
  const std::string text = "“We are ready,” said Wang Yi, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.";
  Result r;
  REQUIRE_NOTHROW(r = custom.analyze(text));
  REQUIRE(r.quotes.size() == 1);
  // A profile rule before it decided; nothing was lost.
  CHECK(r.quotes[0].speaker.value_or("") == "Wang Yi");
  // The bad rule runs after the deciding rule only for quotes no earlier rule decided: with its
  // own quote it gives up and says so.
  const std::string lone = "“We are ready.” aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  REQUIRE_NOTHROW(r = custom.analyze(lone));
  REQUIRE(r.quotes.size() == 1);
  CHECK_FALSE(r.quotes[0].speaker);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "backtracks");
  CHECK(r.diagnostics[0].where.begin == 0);
  CHECK(r.diagnostics[0].message.find("backtracks") != std::string::npos);
  // A rule that gave up is not run again on the same text: one diagnostic (and one such cost)
  // for three quotes that would each make it give up, and the sieves after it still decide.
  const std::string many =
      lone + "\n\n“Second.” " + std::string(70, 'a') + "\n\n“Third,” said Li Wei. " + std::string(70, 'a') + "\n";
  REQUIRE_NOTHROW(r = custom.analyze(many));
  REQUIRE(r.quotes.size() == 3);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].where.begin == 0);
  CHECK(r.diagnostics[0].message.find("skipped for the rest of this text") != std::string::npos);
  CHECK(r.quotes[2].speaker.value_or("") == "Li Wei");
}

TEST_CASE("sieves: a joint subject of a body and a described source gives one attribution each", "[sieves][entities]") {
  const std::string text = "The African Union and diplomatic sources said that the summit would focus on the crisis.\n";
  const Result r = engine().analyze(text);
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].span == r.quotes[1].span);
  CHECK(r.quotes[0].speaker.value_or("") == "African Union");
  CHECK(r.quotes[1].speaker.value_or("") == "diplomatic sources");
  REQUIRE(r.speakers.size() == 2);
  CHECK(r.speakers[1].kind == SpeakerKind::kGroup);
}

TEST_CASE("sieves: a lone role noun joined to a titled name is part of the title", "[sieves]") {
  const std::string text = "Analyst and Executive Editor Carne Ross tells VOA he expects the council to act.\n";
  const Result r = engine().analyze(text);
  REQUIRE(r.quotes.size() == 1);
  // One attribution, to the person: neither the lone "Analyst" nor the titles are a speaker.
  CHECK(r.quotes[0].speaker.value_or("") == "Carne Ross");
}

TEST_CASE("sieves: a script's caption line names the speaker of the quotation below it", "[sieves]") {
  const std::string text =
      "Secretary of State Colin Powell spoke in Tokyo on Thursday.\n"
      "COLIN POWELL, U.S. SECRETARY OF STATE\n"
      "\"The talks have served their purpose.\"\n"
      "TOKYO SKYLINE AT NIGHT\n"
      "\"Nobody will be intimidated.\"\n";
  const Result r = engine().analyze(text);
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].speaker.value_or("") == "Colin Powell");
  CHECK(r.quotes[0].rule == "caption");
  // A caption that names no one decides nothing (a later sieve may).
  CHECK(r.quotes[1].rule != "caption");
}

TEST_CASE("sieves: a person named without a title becomes an entity pronouns can refer to", "[sieves][entities]") {
  const std::string text =
      "Tzipi Livni told reporters on Saturday that the situation is complicated. "
      "But she said she believes talks should continue.\n";
  const Result r = engine().analyze(text);
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[1].speaker.value_or("") == "Tzipi Livni");
  REQUIRE(r.speakers.size() == 1);
  CHECK(r.speakers[0].kind == SpeakerKind::kPerson);
  CHECK(r.speakers[0].quotes == 2);
}

TEST_CASE("entities: reports in the plural speak as an unnamed source", "[entities]") {
  const std::string text = "Some reports predict that the economy will contract again this year.\n";
  const Result r = engine().analyze(text);
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker.value_or("") == "reports");
  REQUIRE(r.speakers.size() == 1);
  CHECK(r.speakers[0].kind == SpeakerKind::kGroup);
}

TEST_CASE("sieves: a lead paragraph ending with a colon names the speaker of the next", "[sieves]") {
  // The speaker, rule and hand-set confidence (rounded to thousandths; the one the sieves decide
  // with, before the calibration table) of the quotation `words` of `text`.
  using Answer = std::tuple<std::string, std::string, double>;
  auto lead = [](const std::string& text, std::string_view words) {
    const Result r = engine().analyze(text);
    const quoteattr::Attribution* quote = quote_of(r, text, words);
    REQUIRE(quote);
    return Answer{quote->speaker.value_or(""), quote->rule, quote->prior_confidence};
  };
  // The person next to the verb, not the country before her.
  CHECK(lead("But our partners including Russia have another view, concluded Secretary Jane Doe:\n"
             "“They see the world differently.”\n",
             "They see the world differently.") == Answer{"Jane Doe", "lead-paragraph", 0.85});
  // A lead that names nobody: the subject named last, not the person the letter was sent to.
  CHECK(lead("Governor Anna Berg had a call with Mayor Tom Hale.\n"
             "A letter of thanks was also sent to Tom Hale.\n"
             "The letter reads, in part:\n"
             "“Your work for the city has been outstanding.”\n",
             "Your work for the city has been outstanding.") == Answer{"Anna Berg", "lead-paragraph", 0.6});
  // A lead sentence with no colon that issues a statement: the person next to its verb.
  CHECK(lead("Mayor Ruth Okafor and Governor Tom Hale issued the following statement after their meeting.\n"
             "“We will build the bridge together.”\n",
             "We will build the bridge together.") == Answer{"Tom Hale", "lead-paragraph", 0.75});
  // The subject before an adverb and the statement verb, not a capitalised title the statement
  // is about, whose first word after its quote mark is a participle.
  CHECK(lead("MARCH 3, 2019 - Chief of the National Park Service Anna Whitfield today issued the following "
             "statement regarding the Executive Order 'Protecting Coastal Wetlands.' :\n"
             "'The Park Service welcomes the order. We will restore the wetlands.'\n",
             "The Park Service welcomes the order. We will restore the wetlands.") ==
        Answer{"Anna Whitfield", "lead-paragraph", 0.85});
  // A lead sentence that issues nothing names no speaker.
  CHECK(lead("Mayor Ruth Okafor met Governor Tom Hale after the storm.\n“We will build the bridge together.”\n",
             "We will build the bridge together.") == Answer{"", "", 0.0});
  // The body at the end of an apposition before the verb ("X, commandant of the Harbor Guard,
  // issued") is the role noun's complement: the person before it issues the statement.
  CHECK(std::get<0>(lead("LISBON – Adm. Jon R. Hale, commandant of the Harbor Guard, issued the following statement "
                         "today after the 8th Pacific Harbor Forum:\n"
                         "“I enjoyed meeting the leaders of agencies from Canada and Japan.”\n",
                         "I enjoyed meeting the leaders of agencies from Canada and Japan.")) == "Jon R. Hale");
}

TEST_CASE("sieves: a joint statement in a lead paragraph is each signer's", "[sieves]") {
  // The speakers of the quotation `words` of `r`, in order.
  auto speakers_of = [](const Result& r, const std::string& text, std::string_view words) {
    std::vector<std::string> out;
    for (const auto& a : r.quotes)
      if (a.span.in(text) == words) out.push_back(a.speaker.value_or("") + "/" + a.rule);
    return out;
  };
  // Marked paragraphs after a lead without a colon; the first title's department has an "and".
  const std::string text =
      "PORTO, May 3 - Portuguese Minister of Fisheries and Coastal Affairs Ana Silva and Spanish Secretary of "
      "Commerce Tomas Reyes issued the following joint statement after their meeting in Porto today.\n"
      "\u201cWe will share our data on fish stocks and protect the spawning grounds of both coasts.\n"
      "\u201cOur ports will stay open to the fleets of both countries.\u201d\n";
  const Result r = engine().analyze(text);
  CHECK(
      speakers_of(r, text, "We will share our data on fish stocks and protect the spawning grounds of both coasts.") ==
      std::vector<std::string>{"Tomas Reyes/lead-paragraph", "Ana Silva/lead-paragraph"});
  CHECK(speakers_of(r, text, "Our ports will stay open to the fleets of both countries.") ==
        std::vector<std::string>{"Tomas Reyes/multi-paragraph", "Ana Silva/multi-paragraph"});
  // Paragraphs without marks after a colon.
  const std::string t2 =
      "Mayor Ruth Okafor and Governor Tom Hale issued the following joint statement:\n"
      "We will build the bridge together and open it to traffic next spring.\n"
      "Our two offices will share the cost of the work and its upkeep.\n";
  const Result r2 = engine().analyze(t2);
  CHECK(speakers_of(r2, t2, "We will build the bridge together and open it to traffic next spring.") ==
        std::vector<std::string>{"Tom Hale/lead-paragraph", "Ruth Okafor/lead-paragraph"});
  CHECK(speakers_of(r2, t2, "Our two offices will share the cost of the work and its upkeep.") ==
        std::vector<std::string>{"Tom Hale/multi-paragraph", "Ruth Okafor/multi-paragraph"});
  // The one subject reader: a report with the same subject names the same people.
  const std::string t4 =
      "Mayor Ruth Okafor of Springfield and Governor Tom Hale said that the bridge will open in May.\n";
  const Result r4 = engine().analyze(t4);
  CHECK(speakers_of(r4, t4, "that the bridge will open in May") ==
        std::vector<std::string>{"Ruth Okafor/that-clause", "Tom Hale/that-clause"});
  const std::string t5 =
      "Mayor Ruth Okafor of Springfield and Governor Tom Hale issued the following statement:\n"
      "\u201cWe will build the bridge together.\u201d\n";
  const Result r5 = engine().analyze(t5);
  CHECK(speakers_of(r5, t5, "We will build the bridge together.") ==
        std::vector<std::string>{"Tom Hale/lead-paragraph", "Ruth Okafor/lead-paragraph"});
  // The object of a preposition signs nothing.
  const std::string t3 =
      "After talks with Mayor Ruth Okafor and Senator Ann Lee, Governor Tom Hale issued the following statement:\n"
      "\u201cWe will build the bridge together.\u201d\n";
  const Result r3 = engine().analyze(t3);
  CHECK(speakers_of(r3, t3, "We will build the bridge together.") ==
        std::vector<std::string>{"Tom Hale/lead-paragraph"});
}

TEST_CASE("sieves: a lead paragraph names an untitled person next to its verb", "[sieves]") {
  // No title makes Mark Oltan a known entity; the lead still names him as the subject.
  const std::string text =
      "The questions posed below the video contained criticism. Mark Oltan wanted to know about the debts:\n"
      "Ate quando se espera o esclarecimento da divida publica, que ate no olhar dos cidadaos suspeita-se que "
      "a lentidao deriva do facto de uma das siglas possa pertencer a sua excelencia!\n";
  const Result r = engine().analyze(text);
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker.value_or("") == "Mark Oltan");
  CHECK(r.quotes[0].rule == "lead-paragraph");
  // A courtesy title is no part of a name read as written.
  const std::string t2 = "Mr. Harlow issued the following statement:\nWe will go on with the strike.\n";
  const Result r2 = engine().analyze(t2);
  REQUIRE(r2.quotes.size() == 1);
  CHECK(r2.quotes[0].speaker.value_or("") == "Harlow");
}

TEST_CASE("rules: an inverted lead 'Said X, “…”'", "[rules]") {
  const std::string text = "He met President Paul Kagame on Monday. Said President Kagame, “Our ties are old.”";
  const Result r = engine().analyze(text);
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker.value_or("") == "Paul Kagame");
  CHECK(r.quotes[0].rule == "inverted-lead");
}

TEST_CASE("sieves: a C++ rule that throws is asked again on the next quotation", "[sieves][reliability]") {
  quoteattr::Attributor::Builder b(quoteattr::Profile::builtin());
  b.add_rule(
      "flaky",
      [](const quoteattr::RuleContext& c) -> std::optional<quoteattr::Proposal> {
        const std::string_view quote = c.result.quotes[c.quote_index].span.in(c.text);
        if (quote.rfind("First", 0) == 0) throw std::runtime_error("no answer for this one");
        quoteattr::Proposal p;
        p.speaker = "Ana Lima";
        return p;
      },
      /*first=*/true);
  const Attributor engine = b.build();
  const std::string text = "“First.”\n\n“Second.”\n";
  const Result r = engine.analyze(text);
  REQUIRE(r.quotes.size() == 2);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].rule == "flaky");
  CHECK(r.diagnostics[0].message.find("skipped") == std::string::npos);
  CHECK_FALSE(r.quotes[0].speaker);
  CHECK(r.quotes[1].speaker.value_or("") == "Ana Lima");
  CHECK(r.quotes[1].rule == "flaky");
}

TEST_CASE("sieves: a stand-alone quote with no one quoted before is the previous paragraph's subject", "[sieves]") {
  const std::string text =
      "Harbor Administrator Jane Roe left Lisbon on Friday after a five-day visit to the port.\n\n"
      "\u201cI expected to meet capable people, and that is exactly what I saw.\u201d\n";
  const Result r = engine().analyze(text);
  const quoteattr::Attribution* quote =
      quote_of(r, text, "I expected to meet capable people, and that is exactly what I saw.");
  REQUIRE(quote);
  CHECK(quote->speaker.value_or("") == "Jane Roe");
  CHECK(quote->rule == "previous-subject");
  CHECK(quote->prior_confidence == Approx(0.5));
  // Someone quoted before: the speaker last quoted, not the later subject.
  const std::string t2 =
      "\u201cWe are ready,\u201d Mayor Tom Hale said.\n\n"
      "Harbor Administrator Jane Roe left Lisbon on Friday.\n\n"
      "\u201cWe will keep talking.\u201d\n";
  const Result r2 = engine().analyze(t2);
  const quoteattr::Attribution* q2 = quote_of(r2, t2, "We will keep talking.");
  REQUIRE(q2);
  CHECK(q2->speaker.value_or("") == "Tom Hale");
  CHECK(q2->rule == "last-quoted");
}
