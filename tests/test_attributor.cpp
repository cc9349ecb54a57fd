// The rule engine and speaker resolution: each rule, each resolution step, the
// seed article and the development articles.
#include <thread>

#include "catch_compat.hpp"
#include "gold.hpp"
#include "quoteattr/quoteattr.hpp"

using quoteattr::Attribution;
using quoteattr::Attributor;
using quoteattr::QuoteKind;

namespace {

const Attributor& shared_attributor() {
  static const Attributor a;  // built once: const calls are thread-safe
  return a;
}

// Direct quotes only: the profile's pattern rules are not preceded by reports.
const Attributor& direct_only() {
  static const Attributor a(quoteattr::Profile::builtin(), quoteattr::AttributorOptions::direct_only());
  return a;
}

// The attribution whose span text is exactly `words` (direct or reported).
const Attribution* find(const quoteattr::Result& r, std::string_view text, std::string_view words) {
  for (const auto& a : r.quotes)
    if (a.span.in(text) == words) return &a;
  return nullptr;
}

struct Expect {
  std::string speaker;  // "" for null
  std::string rule;
  std::string mention;
};

void check_quote(const std::string& text, const std::string& quote, const Expect& e,
                 const Attributor& attributor = shared_attributor()) {
  INFO("text: " << text);
  auto r = attributor.analyze(text);
  const Attribution* a = find(r, text, quote);
  REQUIRE(a != nullptr);
  CHECK(a->kind == QuoteKind::kDirect);
  CHECK(a->speaker.value_or("") == e.speaker);
  CHECK(a->rule == e.rule);
  if (!e.mention.empty()) CHECK(a->speaker_mention.in(text) == e.mention);
  CHECK(a->confidence >= 0.0);
  CHECK(a->confidence <= 1.0);
}

}  // namespace

TEST_CASE("trailing cue: verb then speaker", "[rules]") {
  check_quote("“We will keep talking,” said Wang Yi after the meeting.", "We will keep talking,",
              {"Wang Yi", "trailing-cue", "Wang Yi"});
}

TEST_CASE("trailing cue: pronoun then verb, resolved to the last speaker", "[rules][pronoun]") {
  const std::string text = "Blinken arrived in Beijing on Monday.\n“We are ready to work,” he said.";
  check_quote(text, "We are ready to work,", {"Antony Blinken", "trailing-cue", "he"});
}

TEST_CASE("a pronoun after a sentence with a titled subject and object is the subject", "[rules][pronoun]") {
  // The subject's title has a department with its article ("Secretary of the Navy"): the name is
  // still the sentence's subject, and "he" in the next sentence is that person, not the object.
  const std::string text =
      "With his term drawing to a close, Secretary of the Navy Tom Ellery notified Governor Pavel Dunst "
      "today that he plans to retire in May. “I have had the great honor of serving this port,” he said in "
      "his letter to the Governor.";
  check_quote(text, "I have had the great honor of serving this port,", {"Tom Ellery", "trailing-cue", "he"});
  // The object first in the text: the subject still wins.
  const std::string object_first =
      "Governor Pavel Dunst received a letter on Monday. Later, Secretary of the Navy Tom Ellery told "
      "Governor Dunst that he plans to retire. “It was an honor,” he said.";
  check_quote(object_first, "It was an honor,", {"Tom Ellery", "trailing-cue", "he"});
}

TEST_CASE("leading cue with a colon or a comma", "[rules]") {
  check_quote("Xi Jinping said: “Partners, not rivals.”", "Partners, not rivals.",
              {"Xi Jinping", "leading-speaker-verb", "Xi Jinping"});
  check_quote("Wang told reporters that “dialogue matters.”", "dialogue matters.",
              {"Wang Yi", "leading-speaker-verb", "Wang"});
}

TEST_CASE("split quote: both parts", "[rules]") {
  const std::string text = "“We disagree,” Blinken said, “but we will keep talking.”";
  auto r = shared_attributor().analyze(text);
  const Attribution* a = find(r, text, "We disagree,");
  const Attribution* b = find(r, text, "but we will keep talking.");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->speaker.value_or("") == "Antony Blinken");
  CHECK(b->speaker.value_or("") == "Antony Blinken");
}

TEST_CASE("according to", "[rules]") {
  // "according to" right after the quote is a trailing cue; further away, its own rule.
  check_quote("“Talks went well,” according to Xi Jinping.", "Talks went well,",
              {"Xi Jinping", "trailing-cue", "Xi Jinping"});
  check_quote("“Talks went well” on Monday, according to Xi Jinping.", "Talks went well",
              {"Xi Jinping", "according-to", "Xi Jinping"}, direct_only());
  check_quote("According to CBS News, the president was in an “unfamiliar setting”.", "unfamiliar setting",
              {"CBS News", "according-to-lead", "CBS News"}, direct_only());
  // With reported speech on, the fragment takes the speaker of the mixed report that holds it.
  check_quote("According to CBS News, the president was in an “unfamiliar setting”.", "unfamiliar setting",
              {"CBS News", "inside-report", "CBS News"});
}

TEST_CASE("dash signature", "[rules]") {
  check_quote("“Partners, not rivals.” —Xi Jinping", "Partners, not rivals.",
              {"Xi Jinping", "dash-signature", "Xi Jinping"});
}

TEST_CASE("the quote as predicate of its subject", "[rules]") {
  check_quote("President Joe Biden met Wang. Biden “emphasized that both sides must talk.”",
              "emphasized that both sides must talk.", {"Joe Biden", "subject-quote", "Biden"});
}

TEST_CASE("a quote alone in its paragraph continues the previous speaker", "[rules][discourse]") {
  const std::string text =
      "Kerry said he and Lavrov had agreed to do “homework” before the talks.\n"
      "“We both agreed to meet again in New York.”";
  auto r = shared_attributor().analyze(text);
  const Attribution* a = find(r, text, "We both agreed to meet again in New York.");
  REQUIRE(a);
  CHECK(a->speaker.value_or("") == "Kerry");
  CHECK(a->rule == "previous-paragraph");
  CHECK(a->prior_confidence < 0.8);  // a discourse guess is less sure than a cue (the hand-set value)
}

TEST_CASE("a quote across a hard-wrapped line is attributed as one", "[rules][paragraphs]") {
  const std::string text = "“We will keep\ntalking with Beijing,” said Wang Yi after the\nmeeting.";
  auto r = shared_attributor().analyze(text);
  CHECK(r.paragraphs.size() == 1);
  CHECK(r.sentences.size() == 1);
  check_quote(text, "We will keep\ntalking with Beijing,", {"Wang Yi", "trailing-cue", "Wang Yi"});
}

TEST_CASE("role nouns resolve through the profile and the text", "[resolution]") {
  // "the president" is Xi by the profile's titles; "the American representative" is Blinken by title
  // and affiliation.
  check_quote("Chinese President Xi Jinping met Blinken. “Help each other succeed,” commented the president.",
              "Help each other succeed,", {"Xi Jinping", "trailing-cue", "the president"});
  check_quote("Xi met Blinken. “We will defend our interests,” said the American representative.",
              "We will defend our interests,", {"Antony Blinken", "trailing-cue", "the American representative"});
}

TEST_CASE("a role noun that is the object is not the speaker", "[resolution]") {
  check_quote("“Use your influence,” Blinken told the Chinese president.", "Use your influence,",
              {"Antony Blinken", "trailing-cue", "Blinken"});
}

TEST_CASE("misspelt known names in a speaker slot", "[resolution][fuzzy]") {
  check_quote("For this reason, Wan assured: “We have always demanded respect.”", "We have always demanded respect.",
              {"Wang Yi", "leading-speaker-verb", "Wan"});
  check_quote("“We are committed,” said Anthony Blinken.", "We are committed,",
              {"Antony Blinken", "trailing-cue", "Anthony Blinken"});
}

TEST_CASE("a different person is not taken for a misspelt known one", "[resolution][fuzzy]") {
  // "Wan Li" is one edit from neither "Wang Yi" nor any other known name as a whole.
  check_quote("“We are ready,” said Wan Li.", "We are ready,", {"Wan Li", "trailing-cue", "Wan Li"});
  // Introduced with a title, he is a person of the text, found again by surname.
  const std::string text = "Premier Wan Li met the press. “We are ready,” Wan said.";
  check_quote(text, "We are ready,", {"Wan Li", "trailing-cue", "Wan"});
}

TEST_CASE("people the profile does not know are discovered and found again by surname", "[resolution]") {
  const std::string text =
      "Russian Foreign Minister Sergey Lavrov met Wang in Moscow.\n“The talks were useful,” Lavrov said.";
  check_quote(text, "The talks were useful,", {"Sergey Lavrov", "trailing-cue", "Lavrov"});
  const std::string text2 =
      "“We oppose it,” said Mao Ning, a foreign ministry spokeswoman.\n"
      "“It is wrong,” Mao added.";
  check_quote(text2, "We oppose it,", {"Mao Ning", "trailing-cue", "Mao Ning"});
  check_quote(text2, "It is wrong,", {"Mao Ning", "trailing-cue", "Mao"});
}

TEST_CASE("institutions speak under their own name", "[resolution]") {
  check_quote("“We are concerned,” the State Department said.", "We are concerned,",
              {"State Department", "trailing-cue", "the State Department"});
}

TEST_CASE("a pronoun with no compatible antecedent leaves the speaker null", "[resolution][null]") {
  // The only person in the text is male in the profile: "she" cannot be him.
  check_quote("Xi Jinping arrived on Monday.\n“We are ready,” she said.", "We are ready,", {"", "", ""});
  check_quote("“Nobody says who said this.”", "Nobody says who said this.", {"", "", ""});
}

TEST_CASE("C++ callable rules run where they are put", "[rules][api]") {
  quoteattr::Attributor::Builder builder;
  builder.add_rule(
      "always-xi",
      [](const quoteattr::RuleContext&) -> std::optional<quoteattr::Proposal> {
        quoteattr::Proposal p;
        p.speaker = "Xi Jinping";
        p.confidence = 0.6;
        return p;
      },
      /*first=*/true);
  const Attributor custom = builder.build();
  const std::string text = "“We are ready,” said Wang Yi.";
  auto r = custom.analyze(text);
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].speaker.value_or("") == "Xi Jinping");
  CHECK(r.quotes[0].rule == "always-xi");
  CHECK(r.quotes[0].confidence == Approx(0.6));
  // Ids are unique across C++ and profile rules.
  CHECK_THROWS_AS(
      quoteattr::Attributor::Builder()
          .add_rule("always-xi", [](const quoteattr::RuleContext&) { return std::optional<quoteattr::Proposal>{}; })
          .add_rule("always-xi", [](const quoteattr::RuleContext&) { return std::optional<quoteattr::Proposal>{}; }),
      quoteattr::Error);
}

TEST_CASE("every attribution carries its evidence", "[explain]") {
  const std::string text = "For this reason, Wan assured: “We have always demanded respect.”";
  auto r = shared_attributor().analyze(text);
  REQUIRE(r.quotes.size() == 1);
  const auto& ev = r.quotes[0].evidence;
  REQUIRE(ev.size() == 3);
  CHECK(ev[0].find("leading-speaker-verb") != std::string::npos);
  CHECK(ev[1].find("misspelling") != std::string::npos);
  // The last line says where the confidence comes from: the calibration table, or the hand-set value.
  CHECK(ev[2].rfind("confidence ", 0) == 0);
}

TEST_CASE("one shared attributor gives the same answers from many threads", "[threads]") {
  const std::string text = gold::read_file(QUOTEATTR_TEST_DATA_DIR "/seed-article.txt");
  const auto expected = shared_attributor().analyze(text);
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int k = 0; k < 5; ++k) {
        auto r = shared_attributor().analyze(text);
        bool eq = r.quotes.size() == expected.quotes.size();
        for (std::size_t i = 0; eq && i < r.quotes.size(); ++i)
          eq = r.quotes[i].span == expected.quotes[i].span && r.quotes[i].speaker == expected.quotes[i].speaker &&
               r.quotes[i].rule == expected.quotes[i].rule;
        same[static_cast<std::size_t>(t)] += eq;
      }
    });
  for (auto& th : threads) th.join();
  for (int s : same) CHECK(s == 5);
}

TEST_CASE("seed article: every direct quote attributed as the gold says", "[seed]") {
  const gold::Doc doc = gold::load(QUOTEATTR_TEST_DATA_DIR "/seed-article.gold.json");
  auto r = shared_attributor().analyze(doc.text);
  int direct = 0;
  for (const auto& g : doc.quotes) {
    if (g.kind != "direct") continue;
    ++direct;
    INFO("gold quote: " << g.text.substr(0, 60));
    const Attribution* a = find(r, doc.text, g.text);
    REQUIRE(a != nullptr);
    CHECK(a->speaker.value_or("") == g.speaker);
    CHECK(!a->rule.empty());
  }
  CHECK(direct == 7);
}

TEST_CASE("development articles: attribution of matched direct quotes", "[dev]") {
  gold::Score s;
  for (const auto& path : gold::dev_gold_files()) {
    const gold::Doc doc = gold::load(path);
    gold::score(doc, shared_attributor().analyze(doc.text), s);
  }
  std::string report;
  for (const auto& m : s.misses) report += "  " + m + "\n";
  INFO("dev misses:\n" << report);
  std::printf("dev: direct attribution accuracy %.3f (%d/%d), direct F1 %.3f, reported F1 %.3f, end-to-end F1 %.3f\n",
              s.direct_accuracy(), s.attributed_direct_ok, s.attributed_direct, s.direct_f1(), s.reported_f1(),
              s.end_to_end_f1());
  CHECK(s.direct_accuracy() >= 0.95);
  CHECK(s.attributed_direct >= 20);
}

TEST_CASE("invariants on any input: spans inside the text, sorted, speakers never pronouns", "[invariants]") {
  std::mt19937 rng(20261128);
  const char* pieces[] = {"“",      "”",    "\"",         "'", "’", " said Wang", " he said",
                          ". ",     "\n",   "Xi Jinping", ":", "«", "»",          "Blinken urged China to act",
                          " that ", "\xC0", "\xE2\x80",   "é", "—", ","};
  for (int n = 0; n < 300; ++n) {
    std::string text;
    int len = static_cast<int>(rng() % 60);
    for (int k = 0; k < len; ++k) text += pieces[rng() % (sizeof(pieces) / sizeof(*pieces))];
    auto r = shared_attributor().analyze(text);
    for (std::size_t i = 0; i < r.quotes.size(); ++i) {
      const auto& a = r.quotes[i];
      INFO("text: " << text);
      CHECK(a.span.begin <= a.span.end);
      CHECK(a.span.end <= text.size());
      if (i) CHECK_FALSE(a.span < r.quotes[i - 1].span);
      if (a.speaker) {
        CHECK(*a.speaker != "he");
        CHECK(*a.speaker != "He");
        CHECK(!a.speaker->empty());
      }
      CHECK(a.confidence >= 0.0);
      CHECK(a.confidence <= 1.0);
      CHECK(a.speaker_mention.end <= text.size());
      CHECK(a.cue.end <= text.size());
    }
  }
}

TEST_CASE("confidence means something: surer answers are right more often", "[dev][calibration]") {
  gold::Score s;
  std::vector<std::string> files = gold::dev_gold_files();
  files.push_back(QUOTEATTR_TEST_DATA_DIR "/seed-article.gold.json");
  for (const char* set : {"dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9"})
    for (const auto& f : gold::gold_files_in(set)) files.push_back(f);
  for (const auto& path : files) {
    const gold::Doc doc = gold::load(path);
    gold::score(doc, shared_attributor().analyze(doc.text), s);
  }
  // Buckets: [0.85, 1], [0.7, 0.85), [0, 0.7).
  int n[3] = {0, 0, 0}, ok[3] = {0, 0, 0};
  for (const auto& [conf, right] : s.judged) {
    int b = conf >= 0.85 ? 0 : conf >= 0.7 ? 1 : 2;
    ++n[b];
    ok[b] += right;
  }
  std::printf("calibration (seed + all dev sets, matched quotes): >=0.85: %d/%d, 0.7-0.85: %d/%d, <0.7: %d/%d\n", ok[0],
              n[0], ok[1], n[1], ok[2], n[2]);
  REQUIRE(n[0] > 0);
  const double high = double(ok[0]) / n[0];
  CHECK(high >= 0.95);
  for (int b = 1; b < 3; ++b)
    if (n[b] >= 5) CHECK(high >= double(ok[b]) / n[b]);
}

TEST_CASE("profile rules that apply to reported speech decide when the subject does not", "[rules][reported]") {
  quoteattr::Profile profile = quoteattr::Profile::builtin();
  profile.merge(quoteattr::Profile::from_toml(R"(
[[rule]]
id = "briefing-by"
where = "paragraph"
applies = "indirect"
pattern = 'Briefing by {SPEAKER}:[^\n]*?{QUOTE}'
confidence = 0.7
)"));
  const Attributor attributor(profile);
  const std::string text = "Briefing by Mao Ning: Someone said that the talks would resume in May.";
  auto r = attributor.analyze(text);
  const Attribution* a = find(r, text, "that the talks would resume in May");
  REQUIRE(a);
  CHECK(a->kind == QuoteKind::kIndirect);
  CHECK(a->speaker.value_or("") == "Mao Ning");
  CHECK(a->rule == "briefing-by");
  // The built-in profile alone has no such rule: "Someone" is nobody in particular.
  auto plain = shared_attributor().analyze(text);
  const Attribution* b = find(plain, text, "that the talks would resume in May");
  REQUIRE(b);
  CHECK_FALSE(b->speaker.has_value());
}

namespace {
std::vector<std::string> speakers_of(const quoteattr::Result& r, std::string_view text, std::string_view words) {
  std::vector<std::string> out;
  for (const auto& a : r.quotes)
    if (a.span.in(text) == words) out.push_back(a.speaker.value_or(""));
  return out;
}
}  // namespace

TEST_CASE("a joint subject gives one attribution per speaker", "[resolution][joint]") {
  const std::string text =
      "U.S. Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva.\n"
      "Kerry and Lavrov said that the talks would resume in New York.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "that the talks would resume in New York") ==
        std::vector<std::string>{"John Kerry", "Sergei Lavrov"});
}

TEST_CASE("a subject who joined others in a speech act speaks with them", "[resolution][joint]") {
  const std::string text =
      "Freedonian President Anna Berg and her Sylvanian counterpart Tomas Lund have pledged to reach a settlement "
      "within a year.\n"
      "Prime Minister Karl Osei joined the two presidents in expressing support for a new round of talks and urging "
      "the rebels to lay down their arms.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "support for a new round of talks") ==
        std::vector<std::string>{"Karl Osei", "Anna Berg", "Tomas Lund"});
  CHECK(speakers_of(r, text, "to lay down their arms") ==
        std::vector<std::string>{"Karl Osei", "Anna Berg", "Tomas Lund"});
  // Others the text does not name speak as the unnamed source they are described as.
  const std::string t2 =
      "Ambassador Karl Osei joined other delegates in expressing regret that the mission was not extended.";
  auto r2 = shared_attributor().analyze(t2);
  CHECK(speakers_of(r2, t2, "regret that the mission was not extended") ==
        std::vector<std::string>{"Karl Osei", "other delegates"});
}

TEST_CASE("'they' and 'the two leaders' refer to the people who met", "[resolution][joint]") {
  const std::string text =
      "Secretary of Defense Jim Mattis met yesterday with Australian Minister for Defence Marise Payne in "
      "Brussels. They reaffirmed their commitment to the alliance.\n"
      "The two leaders also expressed concern about the situation in the region.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "their commitment to the alliance") ==
        std::vector<std::string>{"Jim Mattis", "Marise Payne"});
  CHECK(speakers_of(r, text, "concern about the situation in the region") ==
        std::vector<std::string>{"Jim Mattis", "Marise Payne"});
}

TEST_CASE("'the two' and 'both of them' with no noun refer to the people who met", "[resolution][joint]") {
  const std::string text =
      "Minister Anna Berg met President Tomas Lind in Oslo on Monday. The two discussed the fishing dispute and "
      "agreed that a joint commission must begin work at once.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "that a joint commission must begin work at once") ==
        std::vector<std::string>{"Anna Berg", "Tomas Lind"});
  const std::string t2 =
      "Minister Anna Berg met President Tomas Lind in Oslo on Monday. Both of them reiterated their commitment to "
      "open trade.";
  auto r2 = shared_attributor().analyze(t2);
  CHECK(speakers_of(r2, t2, "their commitment to open trade") == std::vector<std::string>{"Anna Berg", "Tomas Lind"});
}

TEST_CASE("a direct quotation of 'they' or 'both' after a joint subject is each member's", "[resolution][joint]") {
  const std::string text =
      "Fisheries Minister Ana Berg and Trade Minister Tomas Lind said the new quota would hold for a year.\n"
      "\"This is a fair outcome for both coasts,\" they said.\n"
      "\"We will meet again in the spring,\" Berg added.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "This is a fair outcome for both coasts,") ==
        std::vector<std::string>{"Ana Berg", "Tomas Lind"});
  // One speaker named again: one attribution.
  CHECK(speakers_of(r, text, "We will meet again in the spring,") == std::vector<std::string>{"Ana Berg"});
  // A singular pronoun after the pair is one person (the subject), not the group.
  const std::string t2 =
      "Fisheries Minister Ana Berg met Trade Minister Tomas Lind in Oslo.\n"
      "\"The quota will hold,\" he said.";
  auto r2 = shared_attributor().analyze(t2);
  CHECK(speakers_of(r2, t2, "The quota will hold,") == std::vector<std::string>{"Ana Berg"});
}

TEST_CASE("'they' after a joint subject met others is the joint subject", "[resolution][joint]") {
  const std::string text =
      "Senior Director John Erath and Director Brad Berkley met yesterday with President Lars Thaci and Prime "
      "Minister Ole Haradinaj in Oslo. They emphasized the urgency of a comprehensive agreement.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "the urgency of a comprehensive agreement") ==
        std::vector<std::string>{"John Erath", "Brad Berkley"});
}

TEST_CASE("a body named after a possessive is the speaker, not the possessor", "[resolution][institutions]") {
  const std::string text =
      "The U.S. Department of Commerce's National Oceanic and Atmospheric Administration today announced a new "
      "partnership with Japan.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "a new partnership with Japan") ==
        std::vector<std::string>{"National Oceanic and Atmospheric Administration"});
}

TEST_CASE("names are read past departments and possessives", "[resolution][discovery]") {
  check_quote("Minister for Foreign Affairs Penny Wong met the press.\n“We are ready,” Wong said.", "We are ready,",
              {"Penny Wong", "trailing-cue", "Wong"});
  check_quote("Russian President Vladimir Putin's remarks were brief.\n“We will see,” Putin said.", "We will see,",
              {"Vladimir Putin", "trailing-cue", "Putin"});
}

TEST_CASE("a country speaks by the name the text gives it; its capital as its government",
          "[resolution][institutions]") {
  const std::string text =
      "The U.S. says the Syrian government is responsible for the attack. "
      "Beijing insists that the drills are routine.";
  auto r = shared_attributor().analyze(text);
  // The country itself speaks: its name as the text writes it (the profile's `country`).
  CHECK(speakers_of(r, text, "the Syrian government is responsible for the attack") ==
        std::vector<std::string>{"U.S."});
  CHECK(speakers_of(r, text, "that the drills are routine") == std::vector<std::string>{"Chinese government"});
}

TEST_CASE("the head of a noun phrase decides: a country name as modifier is not the speaker", "[resolution][roles]") {
  const std::string text =
      "Wang Yi arrived in Washington on Thursday.\n"
      "China's top diplomat said that dialogue must continue.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "that dialogue must continue") == std::vector<std::string>{"Wang Yi"});
}

TEST_CASE("a verbatim stretch that lost its marks is one direct quote, not also a report", "[rules][unmarked]") {
  const std::string t = "Trade is vital to build trust. We wish the talks well, Minister Ali Demir said.";
  auto r = shared_attributor().analyze(t);
  REQUIRE(r.quotes.size() == 1);
  CHECK(r.quotes[0].kind == QuoteKind::kDirect);
  CHECK(r.quotes[0].span.in(t) == "Trade is vital to build trust. We wish the talks well,");
  CHECK(r.quotes[0].speaker.value_or("") == "Ali Demir");
}

TEST_CASE("a participle after a quote is no inverted attribution", "[rules]") {
  const std::string text =
      "U.S. Secretary of State Antony Blinken urged the two leaders to “cease hostilities,” saying the U.S. "
      "would push for a settlement.";
  check_quote(text, "cease hostilities,", {"Antony Blinken", "sentence-cue", "U.S. Secretary of State Antony Blinken"});
}

TEST_CASE("development articles end to end: quotes found with the right speaker", "[dev][end-to-end]") {
  // Scores one set, prints its figures, and checks them against the floors given.
  auto check_set = [](const char* name, const std::vector<std::string>& files, double direct_min, double reported_min,
                      double end_to_end_min) {
    gold::Score s;
    for (const auto& path : files) {
      const gold::Doc doc = gold::load(path);
      gold::score(doc, shared_attributor().analyze(doc.text), s);
    }
    std::printf("%s: direct F1 %.3f, indirect F1 %.3f, attribution %.3f, end-to-end F1 %.3f\n", name, s.direct_f1(),
                s.reported_f1(), s.accuracy(), s.end_to_end_f1());
    std::string misses;
    for (const auto& m : s.misses) misses += "  " + m + "\n";
    INFO(name << " misses:\n" << misses);
    CHECK(s.direct_f1() >= direct_min);
    CHECK(s.reported_f1() >= reported_min);
    CHECK(s.end_to_end_f1() >= end_to_end_min);
  };
  // The issue's targets on the development articles.
  check_set("dev", gold::dev_gold_files(), 0.97, 0.85, 0.92);
  // Regression guards on the sets first annotated blind (blind end-to-end F1 in brackets;
  // each floor sits a little under the figure measured when the set was added).
  check_set("dev2", gold::dev2_gold_files(), 0.97, 0.80, 0.85);      // (0.766)
  check_set("dev3", gold::gold_files_in("dev3"), 0.97, 0.90, 0.93);  // (0.581)
  check_set("dev4", gold::gold_files_in("dev4"), 0.93, 0.80, 0.75);  // (0.748)
  check_set("dev5", gold::gold_files_in("dev5"), 0.97, 0.85, 0.88);  // (0.506)
  check_set("dev6", gold::gold_files_in("dev6"), 0.97, 0.75, 0.87);  // (0.776)
  check_set("dev7", gold::gold_files_in("dev7"), 0.97, 0.70, 0.64);  // (0.623)
  check_set("dev8", gold::gold_files_in("dev8"), 0.95, 0.90, 0.80);  // (0.769)
  check_set("dev9", gold::gold_files_in("dev9"), 0.90, 0.50, 0.62);  // (0.587)
}

TEST_CASE("two titles joined by 'and' before a name title one person", "[resolution][joint]") {
  check_quote("“The board approved three projects today,” said Nordwind Acting President and CEO Ana Lind.",
              "The board approved three projects today,", {"Ana Lind", "trailing-cue", "Nordwind Acting President"});
  const std::string report =
      "Nordwind will lend $30 million to the port authority, Nordwind President and CEO Dr. Ana Lind announced today.";
  auto r = shared_attributor().analyze(report);
  CHECK(speakers_of(r, report, "Nordwind will lend $30 million to the port authority") ==
        std::vector<std::string>{"Ana Lind"});
  // A definite title is a person of its own: two speakers.
  const std::string two =
      "Attorney General Tom Hale arrived on Monday. The Attorney General and Minister Ana Lind said that the treaty "
      "would be signed in May.";
  auto r2 = shared_attributor().analyze(two);
  CHECK(speakers_of(r2, two, "that the treaty would be signed in May") ==
        std::vector<std::string>{"Tom Hale", "Ana Lind"});
}

TEST_CASE("'both candidates' are the candidates the text described before", "[resolution][joint]") {
  const std::string text =
      "Freedonia's presidential candidates agreed on Sunday to form a unity government. Both candidates said during "
      "the campaign that they would sign the border treaty.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "that they would sign the border treaty") ==
        std::vector<std::string>{"Freedonia's presidential candidates"});
}

TEST_CASE("'our delegation' is the delegation the text placed by its members before", "[resolution]") {
  const std::string text =
      "Last week I led a delegation of Ruritanian officials to a fisheries conference in Oslo. At each meeting, our "
      "delegation said that quotas must rest on open science.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "that quotas must rest on open science") ==
        std::vector<std::string>{"Ruritanian delegation"});
}

TEST_CASE("plural titles and 'both' name everyone who holds that title", "[resolution][joint]") {
  const std::string text =
      "Our National Security Advisor, Jake Sullivan, met his counterparts: the Republic of Korea's National "
      "Security Advisor, Shin Won-sik, and the Japanese National Security Advisor, Akiba Takeo. National "
      "Security Communications Advisor John Kirby briefed reporters.\n"
      "The three national security advisors reaffirmed their commitment to regional security.\n"
      "National Security Advisor Jake Sullivan met today with National Security Advisor Suh Hoon, and both "
      "emphasized the important role of the alliance.";
  auto r = shared_attributor().analyze(text);
  // Kirby is a national security *communications* advisor: not one of the three.
  CHECK(speakers_of(r, text, "their commitment to regional security") ==
        std::vector<std::string>{"Jake Sullivan", "Shin Won-sik", "Akiba Takeo"});
  CHECK(speakers_of(r, text, "the important role of the alliance") ==
        std::vector<std::string>{"Jake Sullivan", "Suh Hoon"});
}

TEST_CASE("a statement its issuer introduces with a colon in the paragraph before", "[rules][discourse]") {
  const std::string passive =
      "Fisheries ministers from four countries met in Tromso this week.\n"
      "The following statement was released by Forum participants at the close of the talks:\n"
      "The forum is held every two years and its aim is to keep the northern fish stocks healthy.";
  check_quote(passive, "The forum is held every two years and its aim is to keep the northern fish stocks healthy.",
              {"Forum participants", "statement-by", "Forum participants"});
  // The description's capitalised modifier takes the fullest name the text gives it.
  const std::string fuller =
      "The Northern Fisheries Forum closed in Tromso this week.\n" + passive.substr(passive.find('\n') + 1);
  check_quote(fuller, "The forum is held every two years and its aim is to keep the northern fish stocks healthy.",
              {"Northern Fisheries Forum participants", "statement-by", "Forum participants"});
  const std::string headed =
      "Statement from the Harbor Authority Office of Public Affairs, \"The report on the port closure is "
      "misleading. The director said no closure is planned.\"";
  check_quote(
      headed, "The report on the port closure is misleading. The director said no closure is planned.",
      {"Harbor Authority Office of Public Affairs", "statement-from", "the Harbor Authority Office of Public Affairs"});
}

TEST_CASE("a headline's description of its speaker is the person the body names next", "[rules][discourse]") {
  const std::string text =
      "Coast Guard leader to Danish minister: 'Thank you for a decade of partnership'\n"
      "COPENHAGEN, Denmark – Better readiness and closer ties.\n"
      "The pairing of the two services began in 1996.\n"
      "\"We value this partnership,\" Adm. Tom Hale said after meeting Danish Minister Ole Berg on Friday.";
  check_quote(text, "Thank you for a decade of partnership", {"Tom Hale", "headline-to", "Coast Guard leader"});
  check_quote(
      "‘Show Me the Plan’, Demands Ruritanian President\n"
      "Ruritanian President Ana Vos asked on Monday where the budget plan was.",
      "Show Me the Plan", {"Ana Vos", "headline-cue", "Ruritanian President"});
  // Words before the quoted phrase make the headline a mixed report; the phrase is its speaker's.
  check_quote(
      "Show Me the ‘Plan’, Demands Ruritanian President\n"
      "Ruritanian President Ana Vos asked on Monday where the budget plan was.",
      "Plan", {"Ana Vos", "inside-report", "Ruritanian President"});
  // With no body, the description as written.
  check_quote("Coast Guard leader to Danish minister: 'Thank you for a decade of partnership'",
              "Thank you for a decade of partnership", {"Coast Guard leader", "headline-to", "Coast Guard leader"});
}

TEST_CASE("a colon ending the paragraph before introduces the quote that opens the next", "[rules][discourse]") {
  const std::string text =
      "At a press conference with Minister Hamada, Defense Secretary Austin cited several challenges:\n"
      "“We are deeply concerned by the coercive behavior.”\n"
      "North Korea's missile programs also threaten peace in the region.\n"
      "“I am here to reaffirm our unwavering commitment.”";
  check_quote(text, "We are deeply concerned by the coercive behavior.",
              {"Austin", "previous-sentence-cue", "Defense Secretary Austin"});
  // A stand-alone quote paragraph: the speaker last quoted.
  check_quote(text, "I am here to reaffirm our unwavering commitment.", {"Austin", "last-quoted", ""});
}

TEST_CASE("a lead paragraph's subject before an adverb and its verb speaks the block below", "[rules][discourse]") {
  // "Mayor X warmly welcomed Councillor Y:": the subject next to the verb but for an adverb
  // speaks, not the object after it.
  const std::string text =
      "At a short ceremony, Mayor Ann Odum warmly welcomed Councillor Ben Kay:\n"
      "Mr. Kay has shown himself to be a true gentleman. We are taught to forgive.\n"
      "Kay said he was glad to be back.";
  check_quote(text, "Mr. Kay has shown himself to be a true gentleman. We are taught to forgive.",
              {"Ann Odum", "lead-paragraph", "Mayor Ann Odum"});
}

TEST_CASE("titles and honorifics tell a discovered person's gender", "[resolution][pronoun]") {
  // "she" skips the male minister mentioned last and finds the spokeswoman.
  const std::string text =
      "Foreign ministry spokeswoman Mao Ning met Minister Li Qiang's aides.\n"
      "“We oppose it,” she said.";
  check_quote(text, "We oppose it,", {"Mao Ning", "trailing-cue", "she"});
}

TEST_CASE("headlines in Title Case introduce no names", "[resolution][discovery]") {
  const std::string text =
      "President Trump Speaks to North Koreans through Voice of America\n"
      "President Trump said that he and Kim liked each other.";
  auto r = shared_attributor().analyze(text);
  // "Trump Speaks" is a headline's verb, not a name: the speaker is Trump.
  CHECK(speakers_of(r, text, "that he and Kim liked each other") == std::vector<std::string>{"Trump"});
}

TEST_CASE("a turn written with quote marks after a label", "[rules]") {
  check_quote("President Trump met Kim Yong Chol.\nPresident Trump: “We'll be meeting on June 12.”",
              "We'll be meeting on June 12.", {"Trump", "label-colon", "President Trump"});
  // After a dateline that opens the paragraph.
  check_quote(
      "Roe meets the council\nOSLO, March 3 - Jane Roe: “It is important to hear people.”\nThe meeting went on.",
      "It is important to hear people.", {"Jane Roe", "label-colon", "Jane Roe"});
}

TEST_CASE("a pronoun after its quotation looks back from the quotation's start", "[resolution][pronoun]") {
  // "he" is the foreign minister who has been speaking, not Sok An, named inside the report.
  const std::string text =
      "Foreign Minister Hor Namhong said the talks went well.\n"
      "Deputy Prime Minister Sok An will visit Thailand soon, he said.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "Deputy Prime Minister Sok An will visit Thailand soon") ==
        std::vector<std::string>{"Hor Namhong"});
}

TEST_CASE("'of Country' ends a name, and a later misspelling is the same person", "[resolution][discovery]") {
  const std::string text =
      "President Hifikepunye Pohamba of Namibia and President John Kufuor of Ghana met reporters.\n"
      "\"Democracy is here to stay,\" said Pohamba.\n"
      "Ghana President Kufor praised the decision, adding, \"Every bit of aid counts.\"";
  check_quote(text, "Democracy is here to stay,", {"Hifikepunye Pohamba", "trailing-cue", "Pohamba"});
  check_quote(text, "Every bit of aid counts.", {"John Kufuor", "participle-lead", "Ghana President Kufor"});
}

TEST_CASE("a report's confidence weighs the finder's doubt that it is speech", "[confidence]") {
  // kReportedFloor + (1 - kReportedFloor) x the finder's confidence: 0.3 + 0.7 x 0.85 for a
  // that-clause of a named person, below a direct quote with a trailing cue (0.95).
  const std::string text = "Mayor Ruth Okafor said that the bridge would reopen. \u201cIt is safe,\u201d Okafor said.";
  const quoteattr::Result r = shared_attributor().analyze(text);
  const quoteattr::Attribution* report = find(r, text, "that the bridge would reopen");
  const quoteattr::Attribution* quote = find(r, text, "It is safe,");
  REQUIRE(report != nullptr);
  REQUIRE(quote != nullptr);
  CHECK(report->speaker.value_or("") == "Ruth Okafor");
  // The hand-set confidences the sieves decide with (the calibration table then sets `confidence`).
  CHECK(report->prior_confidence == Approx(0.895));
  CHECK(quote->prior_confidence == Approx(0.95));
}

TEST_CASE("a quote right after the subject's verb in the past is the subject's", "[rules]") {
  // "envisioned" is no cue of the profile: the quote is the object of the subject's verb.
  check_quote("Expressing hope for the plan, Mayor Ruth Okafor envisioned \u201ca new chapter for the city.\u201d",
              "a new chapter for the city.", {"Ruth Okafor", "subject-verb-quote", "Mayor Ruth Okafor"});
}

TEST_CASE("an opening participle's quote is its subject's, past an apposition", "[rules]") {
  // A cue with a quote frame ("calling"), and one with another frame ("describing").
  check_quote(
      "Calling the plan \u201ca fair deal,\u201d Mayor Ruth Okafor, a former judge, told the council it "
      "would pass.",
      "a fair deal,", {"Ruth Okafor", "participle-opening", "Mayor Ruth Okafor"});
  check_quote(
      "Lagos, May 2 - Describing the city as \u201ca place of hope,\u201d Ruth Okafor, the mayor, told "
      "reporters that the plan would pass.",
      "a place of hope,", {"Ruth Okafor", "participle-opening-report", "Ruth Okafor"}, direct_only());
  // With reported speech on, the participle's object is a report first (rule fronted-participle),
  // and the quote inside it takes the report's speaker.
  check_quote(
      "Lagos, May 2 - Describing the city as \u201ca place of hope,\u201d Ruth Okafor, the mayor, told "
      "reporters that the plan would pass.",
      "a place of hope,", {"Ruth Okafor", "inside-report", "Ruth Okafor"});
}

TEST_CASE("a subject's head is its role noun, not a name in a phrase after it", "[resolution][roles]") {
  const std::string text = "The chief U.S. negotiator at nuclear talks with Iran said that optimism remains.";
  auto r = shared_attributor().analyze(text);
  // Unnamed here: described, and neither Iran nor the U.S. government.
  CHECK(speakers_of(r, text, "that optimism remains") == std::vector<std::string>{"chief U.S. negotiator"});
}

TEST_CASE("a title of several words prefers those who hold all of it", "[resolution][roles]") {
  const std::string text =
      "Vice President Kamala Harris spoke with President Alejandro Giammattei of Guatemala.\n"
      "The Vice President noted progress made to address the drivers of migration.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "progress made to address the drivers of migration") ==
        std::vector<std::string>{"Kamala Harris"});
}

TEST_CASE("a longer name that contains a country's is itself the speaker", "[resolution][institutions]") {
  const std::string text = "Voice of America said the talks would resume.\nThe U.S. says the attack was planned.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "the talks would resume") == std::vector<std::string>{"Voice of America"});
  CHECK(speakers_of(r, text, "the attack was planned") == std::vector<std::string>{"U.S."});
}

TEST_CASE("mixed reports: a bare noun subject, a quote ending a post-posed clause", "[reported][mixed]") {
  const std::string text =
      "Wang Yi said conditions are in place for a \"good agreement.\"\n"
      "The best way to counter this vision is to “revitalize alliances,” said Secretary Blinken.\n"
      "\"They have a very good relationship,\" said U.N. spokesman Jose Diaz.";
  auto r = shared_attributor().analyze(text);
  const Attribution* m1 = find(r, text, "conditions are in place for a \"good agreement.\"");
  REQUIRE(m1);
  CHECK(m1->kind == QuoteKind::kMixed);
  CHECK(m1->speaker.value_or("") == "Wang Yi");
  const Attribution* m2 = find(r, text, "The best way to counter this vision is to “revitalize alliances,”");
  REQUIRE(m2);
  CHECK(m2->kind == QuoteKind::kMixed);
  CHECK(m2->speaker.value_or("") == "Antony Blinken");
  // "U.N." is no misspelling of "U.S.": the spokesman is named.
  check_quote(text, "They have a very good relationship,", {"Jose Diaz", "trailing-cue", "U.N. spokesman Jose Diaz"});
}

TEST_CASE("a name in apposition to 'the president of X' is the speaker", "[resolution][discovery]") {
  const std::string text =
      "The president of war-torn Liberia, Charles Taylor, says he believes the task will be hard.\n"
      "\"I do not think any one of us can say,\" he said.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "he believes the task will be hard") == std::vector<std::string>{"Charles Taylor"});
  check_quote(text, "I do not think any one of us can say,", {"Charles Taylor", "trailing-cue", "he"});
}

// ---- Texts longer than AttributorOptions::window_bytes are analysed in windows ----

namespace {
Attributor windowed(std::size_t bytes) {
  quoteattr::AttributorOptions o;
  o.window_bytes = bytes;
  return Attributor(quoteattr::Profile::builtin(), o);
}
}  // namespace

TEST_CASE("a text longer than the window: spans stay offsets into the whole text, one entity per speaker", "[window]") {
  const std::string p1 = "Maria Okonkwo, the mayor of Lagos, said: \"We will open the bridge in May.\"";
  const std::string p2 = "\"The budget is ready,\" Maria Okonkwo said on Tuesday.";
  const std::string text = p1 + "\n\n" + p2 + "\n";
  const auto whole = windowed(0).analyze(text);
  const auto cut = windowed(p1.size() + 10).analyze(text);  // the cut falls at the paragraph break
  REQUIRE(whole.quotes.size() == 2);
  REQUIRE(cut.quotes.size() == 2);
  CHECK(cut.quotes[0].span.in(text) == "We will open the bridge in May.");
  CHECK(cut.quotes[1].span.in(text) == "The budget is ready,");
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(cut.quotes[i].span == whole.quotes[i].span);
    CHECK(cut.quotes[i].speaker.value_or("") == "Maria Okonkwo");
    CHECK(cut.quotes[i].speaker_mention.in(text) == "Maria Okonkwo");
    CHECK(cut.quotes[i].speaker_id == 0);
  }
  REQUIRE(cut.speakers.size() == 1);
  CHECK(cut.speakers[0].quotes == 2);
  CHECK(cut.speakers[0].mentions.size() == whole.speakers[0].mentions.size());
  CHECK(cut.paragraphs.size() == 2);
  CHECK(cut.paragraphs[1].in(text) == p2);
  CHECK(cut.document == nullptr);
  REQUIRE(whole.document != nullptr);
  CHECK(whole.diagnostics.empty());
  REQUIRE(cut.diagnostics.size() == 1);
  CHECK(cut.diagnostics[0].rule == "window");
  CHECK(cut.diagnostics[0].where.begin == p1.size() + 2);  // after the blank line
}

TEST_CASE("a window cut falls at white space, else between characters, never inside one", "[window]") {
  // One paragraph of words: every window ends after a space.
  std::string words;
  for (int i = 0; i < 40; ++i) words += "word" + std::to_string(i) + " ";
  const auto r = windowed(64).analyze(words);
  REQUIRE(!r.diagnostics.empty());
  for (const auto& d : r.diagnostics) {
    CHECK(d.rule == "window");
    CHECK(words[d.where.begin - 1] == ' ');
  }
  std::size_t sentences = 0;
  for (const auto& s : r.sentences) sentences += s.size();
  CHECK(sentences > 0);
  // No white space at all: the cuts fall between two-byte characters, none inside one.
  std::string accents;
  for (int i = 0; i < 200; ++i) accents += "\xC3\xA9";  // é
  const auto a = windowed(33).analyze(accents);
  CHECK(a.utf8.valid());
  REQUIRE(a.diagnostics.size() == 12);  // 400 bytes: 12 windows of 32 (33 would split a character), one of 16
  for (const auto& d : a.diagnostics) CHECK(d.where.begin % 2 == 0);
}

TEST_CASE("a quotation that would straddle a cut is closed at the cut, its text kept", "[window]") {
  const std::string text = "Ana Lima said: \"one two three four five six seven eight nine ten eleven twelve.\"";
  const auto r = windowed(40).analyze(text);
  REQUIRE(r.quotes.size() == 2);
  CHECK(r.quotes[0].span.begin == text.find("one"));
  CHECK(r.quotes[0].span.end + 1 == r.diagnostics.at(0).where.begin);  // up to the space before the cut
  CHECK(r.quotes[0].speaker.value_or("") == "Ana Lima");
  CHECK(r.quotes[1].span.begin == r.diagnostics.at(0).where.begin);  // its rest: a quote without an opening mark
  CHECK(r.quotes[1].span.end == text.size() - 1);
}

TEST_CASE("a questioner's label after a call on a person by name is that person", "[rules][transcript]") {
  const std::string text =
      "MR. HALE: Good afternoon. I have nothing at the top.\n\nMs. Okafor?\n\nQUESTION: Can you say more about "
      "the talks?\n\nMR. HALE: Not yet. Yes.\n\nQUESTION: When will they resume?\n";
  check_quote(text, "Can you say more about the talks?", {"Okafor", "transcript-turn", "Okafor"});
  // "Yes." calls on no one by name: the label stays.
  check_quote(text, "When will they resume?", {"QUESTION", "transcript-turn", "QUESTION"});
  // After an answer that gives the floor to no one, the same label is the same questioner's
  // follow-up; after a call on anyone else, or a question, it is not.
  const std::string t2 =
      "MR. HALE: Good afternoon. I have nothing at the top.\n\nMs. Okafor?\n\nQUESTION: Will the talks resume "
      "soon?\n\nMR. HALE: No. They will not resume before the summer.\n\nQUESTION: Not before the summer.\n\n"
      "MR. HALE: That is right. Anyone else?\n\nQUESTION: Is there a date for the summit?\n";
  check_quote(t2, "Not before the summer.", {"Okafor", "transcript-turn", ""});
  check_quote(t2, "Is there a date for the summit?", {"QUESTION", "transcript-turn", "QUESTION"});
}

TEST_CASE("an interview's answer turns are the interviewee's the opening names", "[rules][transcript]") {
  // "A:" names no one: the answers are the person the introduction names as interviewed.
  const std::string text =
      "Mayor Anna Berg spoke to the Northtown Star about the new bridge.\n\n"
      "The mayor, elected last spring, has promised a bridge across the river by 2028.\n\n"
      "Q: When will the work start?\n\nA: We will start in March, once the council approves the budget.\n\n"
      "Q: Is the budget enough?\n\nA: It is enough for the first stage.\n\n"
      "The second stage needs money from the state.\n";
  check_quote(text, "When will the work start?", {"Q", "transcript-turn", "Q"});
  check_quote(text, "We will start in March, once the council approves the budget.",
              {"Anna Berg", "transcript-turn", "Mayor Anna Berg"});
  check_quote(text, "It is enough for the first stage.", {"Anna Berg", "transcript-turn", "Mayor Anna Berg"});
  check_quote(text, "The second stage needs money from the state.", {"Anna Berg", "transcript-continuation", ""});
  // "an interview with X", and "QUESTION:" / "ANSWER:" labels.
  const std::string with =
      "Bridge plans: an interview with Jan Novak\n\nThe engineer leads the works on the river.\n\n"
      "QUESTION: How long will it take?\n\nANSWER: Four years, if the weather holds.\n\n"
      "QUESTION: And the cost?\n\nANSWER: About what we planned.\n";
  check_quote(with, "Four years, if the weather holds.", {"Jan Novak", "transcript-turn", "Jan Novak"});
  check_quote(with, "How long will it take?", {"QUESTION", "transcript-turn", "QUESTION"});
  // "Q." and "A." labels, and a headline's label before an interview note.
  const std::string note =
      "Berg: The bridge will be built (interview)\n\nNorthtown mayor Anna Berg has promised a bridge by 2028.\n\n"
      "Q. When will the work start?\n\nA. We will start in March.\n\n"
      "Q. Is the budget enough?\n\nA. It is enough for the first stage.\n";
  check_quote(note, "When will the work start?", {"Q.", "transcript-turn", "Q."});
  check_quote(note, "We will start in March.", {"Anna Berg", "transcript-turn", "Berg"});
  check_quote(note, "It is enough for the first stage.", {"Anna Berg", "transcript-turn", "Berg"});
}

TEST_CASE("a text its title gives to one speaker is that speaker's words", "[rules][transcript]") {
  // "Remarks ... by <titles> <name> after ...": every paragraph of a first-person body is the
  // speaker's; a quotation of someone else inside it is that person's.
  const std::string remarks =
      "Remarks to the Press by Deputy Minister (acting) Ambassador Olga Varenne after Meeting with Mayor Dunst\n"
      "I am glad to be back in Northtown for the opening of the new harbour.\n"
      "I just met the Mayor. We discussed how our cities can “row in the same boat,” as President Halm put it.\n"
      "The harbour will carry grain and timber for the whole region.\n"
      "We thank the workers who built it in two short years.\n";
  check_quote(remarks, "I am glad to be back in Northtown for the opening of the new harbour.",
              {"Olga Varenne", "heading-statement", "Olga Varenne"});
  check_quote(remarks, "The harbour will carry grain and timber for the whole region.",
              {"Olga Varenne", "heading-statement", "Olga Varenne"});
  {
    const quoteattr::Result r = shared_attributor().analyze(remarks);
    const Attribution* inner = find(r, remarks, "row in the same boat,");
    REQUIRE(inner != nullptr);
    CHECK(inner->speaker.value_or("") == "Halm");
  }
  // "A Message from <title> <name>", and "<title> <name> Remarks: ...".
  const std::string message =
      "A Message from Ambassador Piet Oduya\n"
      "Yesterday the people of Sylvania chose a new parliament.\n"
      "We at the embassy look forward to working with its members.\n";
  check_quote(message, "Yesterday the people of Sylvania chose a new parliament.",
              {"Piet Oduya", "heading-statement", "Piet Oduya"});
  const std::string colon =
      "Ambassador Oduya Remarks: Opening of the Northtown Library\n"
      "Friends, colleagues, and honoured guests, good afternoon!\n"
      "Thank you for coming to open this library with us.\n"
      "I have loved libraries since I was a child.\n";
  check_quote(colon, "I have loved libraries since I was a child.", {"Oduya", "heading-statement", "Oduya"});
  // An op-ed whose last paragraph is a note about its author in the third person: the note is no
  // part of the words.
  const std::string oped =
      "Op-Ed by Ambassador Mira Sandoval: Why Our Ports Matter\n"
      "Our two countries have traded through these ports for a century.\n"
      "I have visited every one of them this year, and I have seen how busy they are.\n"
      "Mira Sandoval is the ambassador of Sylvania to Freedonia.\n";
  check_quote(oped, "Our two countries have traded through these ports for a century.",
              {"Mira Sandoval", "heading-statement", "Mira Sandoval"});
  {
    const quoteattr::Result r = shared_attributor().analyze(oped);
    CHECK(find(r, oped, "Mira Sandoval is the ambassador of Sylvania to Freedonia.") == nullptr);
  }
  // A news release whose headline names an event and whose body tells of the speaker in the third
  // person is no one's speech: no paragraph is a turn.
  const auto none = [](const std::string& text) {
    const quoteattr::Result r = shared_attributor().analyze(text);
    std::size_t turns = 0;
    for (const auto& a : r.quotes) turns += a.rule == "heading-statement" ? 1 : 0;
    return turns;
  };
  CHECK(none("Remarks by Ambassador Piet Oduya at the Northtown Library\n"
             "Ambassador Oduya opened the Northtown library on Monday.\n"
             "In his remarks, the ambassador thanked the city for its support.\n"
             "We are proud of the library, the mayor added later.\n") == 0);
  CHECK(none("Minister Halm Delivers Remarks at the Harbour Opening\n"
             "The minister opened the harbour on Monday before a crowd of workers.\n"
             "Our harbour is open, a sign at the gate read.\n") == 0);
  // A body in the third person, even after a title that names a statement's author.
  CHECK(none("Statement by Spokesperson Anna Berg on the Minister's Visit\n"
             "The minister visited the harbour and met the mayor.\n"
             "The two discussed trade and the new railway.\n") == 0);
}

// The number of quotations a title, heading, byline or lead gives to its speaker (heading-statement).
static std::size_t turns(const std::string& text) {
  const quoteattr::Result r = shared_attributor().analyze(text);
  std::size_t n = 0;
  for (const auto& a : r.quotes) n += a.rule == "heading-statement" ? 1 : 0;
  return n;
}

TEST_CASE("more titles and bylines that give a text to one speaker", "[rules][transcript]") {
  // A possessive before words that qualify the speech noun ("'s Closing Remarks").
  const std::string closing =
      "Governor Lena Marsh\u2019s Closing Remarks at the Harvest Fair\n"
      "Good evening, everyone. I am delighted that so many of you came tonight.\n"
      "The fair has grown every year, and the farmers deserve the credit.\n"
      "Thank you for being here.\n";
  check_quote(closing, "The fair has grown every year, and the farmers deserve the credit.",
              {"Lena Marsh", "heading-statement", ""});
  CHECK(turns(closing) == 3);
  // A dash ends the name: a topic follows it.
  const std::string dash =
      "Statement by Ambassador Tomas Reyvik \u2013 Fisheries Council Working Meeting\n"
      "Today\u2019s meeting showed how closely our two countries work together.\n"
      "I am pleased to say that we agree on the priorities of the season.\n";
  check_quote(dash, "I am pleased to say that we agree on the priorities of the season.",
              {"Tomas Reyvik", "heading-statement", "Tomas Reyvik"});
  // A first line that ends in a colon.
  const std::string message =
      "A message from Ambassador Piet Oduya:\n"
      "Last week the parliament of Sylvania passed its first budget. I believe it will serve the country well.\n"
      "The budget funds schools and roads in every province.\n";
  check_quote(message, "The budget funds schools and roads in every province.",
              {"Piet Oduya", "heading-statement", "Piet Oduya"});
  // The title and name run straight into the noun; the speaker introduces himself by name, and a
  // paragraph that ends by naming someone does not hand the next one to that person.
  const std::string bare =
      "Minister Karl Halm Remarks at the Harbour Opening\n"
      "Thank you, Mayor Dunst, Captain Roe.\n"
      "I\u2019m Karl Halm, minister of transport, and I am here for a simple reason.\n"
      "We built this harbour together, and we will run it together.\n";
  check_quote(bare, "I\u2019m Karl Halm, minister of transport, and I am here for a simple reason.",
              {"Karl Halm", "heading-statement", "Karl Halm"});
  check_quote(bare, "We built this harbour together, and we will run it together.",
              {"Karl Halm", "heading-statement", "Karl Halm"});
  // A byline (a title and a name alone on a line, an institution's line after it) under a
  // headline that names no one.
  const std::string byline =
      "Sylvania Remains a Close Partner\n"
      "Governor Lena Marsh\n"
      "Office of the Governor\n"
      "I have spoken with the farmers of the province many times this year.\n"
      "There is no change in our support for them. We will keep working together.\n";
  check_quote(byline, "There is no change in our support for them. We will keep working together.",
              {"Lena Marsh", "heading-statement", "Lena Marsh"});
  CHECK(turns(byline) == 2);
  // Precision: the same titles over a news release in the third person give no turn, nor does a
  // headline that reports the speech as an event, nor a line that names someone inside the text.
  CHECK(turns("Minister Karl Halm Remarks at the Harbour Opening\n"
              "Minister Halm opened the harbour on Monday.\n"
              "The minister thanked the workers, who built it in two years.\n") == 0);
  CHECK(turns("Minister Karl Halm Gives Remarks at the Harbour Opening\n"
              "Thank you all for coming.\n"
              "We built this harbour together.\n") == 0);
  CHECK(turns("Sylvania Remains a Close Partner\n"
              "Governor Lena Marsh\n"
              "The governor visited the harbour on Monday and met the farmers.\n"
              "She praised the new railway, which opened last year.\n") == 0);
}

TEST_CASE("a statement that its headline or first paragraph gives to one speaker", "[rules][transcript]") {
  // A first paragraph of one sentence names the speaker by title and name before a report cue;
  // every paragraph after it is in the first person: those are the speaker's, the lead is not.
  const std::string release =
      "Harbour Partnership \u2013 Sylvania\n"
      "In light of recent reports, Ambassador Anna Berg would like to clarify key points about our "
      "partnership with Sylvania.\n"
      "We commend the government of Sylvania for its work on the harbour.\n"
      "Our cooperation on customs is close. That work has continued with Minister Karl Halm.\n"
      "Sylvania has no better partner than Freedonia. We remain committed to it.\n";
  check_quote(release, "We commend the government of Sylvania for its work on the harbour.",
              {"Anna Berg", "heading-statement", ""});
  check_quote(release, "Sylvania has no better partner than Freedonia. We remain committed to it.",
              {"Anna Berg", "heading-statement", ""});
  CHECK(turns(release) == 3);
  // A headline whose subject is a name before a speech verb, over a body in the first person.
  const std::string urges =
      "The Freedonian Embassy Urges Calm in Sylvania\n"
      "The coming week matters for the people of Sylvania. We urge all sides to talk.\n";
  check_quote(urges, "The coming week matters for the people of Sylvania. We urge all sides to talk.",
              {"Freedonian Embassy", "heading-statement", ""});
  // Precision: a news report whose body is not in the first person throughout, a lead of two
  // sentences, or a headline over a third-person report give no turn.
  CHECK(turns("Embassy News\n"
              "Ambassador Anna Berg said on Monday that the harbour would open soon.\n"
              "The harbour will carry grain. Workers built it in two years.\n"
              "We are proud of it, and our families will use it.\n") == 0);
  CHECK(turns("Embassy News\n"
              "Ambassador Anna Berg spoke on Monday. She would like to clarify key points about the harbour.\n"
              "We commend the workers.\n"
              "Our harbour is open.\n") == 0);
  CHECK(turns("Minister Anna Berg Urges Calm in Sylvania\n"
              "Minister Berg urged all sides to talk on Monday.\n"
              "She spoke after a week of protests.\n") == 0);
}

TEST_CASE("sections that headings inside a text give to one speaker", "[rules][transcript]") {
  // A page of items: a news item under its headline, then a heading that names a speaker (its
  // lines run together, a second speech noun and a place after the name), then the message.
  const std::string page =
      "Embassy News\n"
      "Harbour Fair Opens in Northtown\n"
      "The harbour fair opened on Monday with stalls from twelve towns.\n"
      "Remarks of Governor Lena Marsh Harvest Message Northtown, Sylvania\n"
      "On behalf of the people of our province, I send warm greetings to every farming family.\n"
      "The harvest is the season in which families gather and share the work of the year.\n";
  check_quote(page, "On behalf of the people of our province, I send warm greetings to every farming family.",
              {"Lena Marsh", "heading-statement", "Lena Marsh"});
  check_quote(page, "The harvest is the season in which families gather and share the work of the year.",
              {"Lena Marsh", "heading-statement", "Lena Marsh"});
  CHECK(turns(page) == 2);  // the news item before the heading is no one's words
  // A listing whose items run "Remarks by <title> <name> <date> <words> ..." on one line: each
  // item's words (less the listing's ellipsis) are the speaker's; an item between without such a
  // heading is not.
  const std::string listing =
      "Latest Items\n"
      "Remarks by Ambassador Tomas Reyvik March 4, 2021 Thank you, Madam Chair. We support the draft "
      "resolution before the Council today ...\n"
      "Council Resolution on Fisheries\n"
      "The Council adopted the resolution at its regular meeting on March 2, 2021 ...\n"
      "Remarks by Ambassador Tomas Reyvik February 20, 2021 Madam Chair, my delegation welcomes the report "
      "of the working group ...\n";
  check_quote(listing, "Thank you, Madam Chair. We support the draft resolution before the Council today",
              {"Tomas Reyvik", "heading-statement", "Tomas Reyvik"});
  check_quote(listing, "Madam Chair, my delegation welcomes the report of the working group",
              {"Tomas Reyvik", "heading-statement", "Tomas Reyvik"});
  CHECK(turns(listing) == 2);
  // The heading does not swallow what follows the next headline, nor a news report in the third
  // person with its own quotation, nor a section that names the speaker (a news release).
  CHECK(turns("Embassy News\n"
              "Remarks by Governor Lena Marsh at the Harvest Fair\n"
              "I am glad to open the fair again this year.\n"
              "Bridge Reopens After Repairs\n"
              "The bridge reopened on Friday after a year of repairs.\n"
              "We expect traffic to return within a week, the city engineer said.\n") == 1);
  CHECK(turns("Embassy News\n"
              "Remarks by Governor Lena Marsh at the Harvest Fair\n"
              "I am glad to open the fair again this year.\n"
              "Farmers at the fair told reporters the harvest was \u201cthe best in a decade.\u201d\n") == 1);
  CHECK(turns("Embassy News\n"
              "Remarks by Governor Lena Marsh at the Harvest Fair\n"
              "Governor Marsh opened the fair on Monday.\n"
              "We are proud of our farmers, she told the crowd.\n") == 0);
  // A statement's dateline repeating its heading, then a report of visitors in the third person
  // (with an "our" in it): no turn.
  CHECK(turns("Statement from the Embassy of Sylvania\n"
              "Statement from the Embassy of Sylvania, May 3, 2022\n"
              "The visitors stressed that the tariffs undermine our partnership and must be lifted.\n") == 0);
  // Without a date nothing shows where a run-on heading's name ends: no turn.
  CHECK(turns("Latest Items\nRemarks by Ambassador Tomas Reyvik Thank you, Madam Chair. We support the draft.\n") == 0);
}

TEST_CASE("a label line under the title gives the paragraphs after it to its speaker", "[rules][transcript]") {
  // "Statement of <title> <name>:" on a line of its own: the paragraphs after it are the speaker's
  // words, a paragraph with a modifier that looks like a cue ("for alleged failures") among them.
  const std::string t =
      "Statements of Harbour Board Chairman Lena Marsh and Inspector Karl Halm on the Fire at the Northtown Dock - "
      "May 3, 2021\n"
      "Statement of Chairman Marsh:\n"
      "Thank you for coming to this news conference. Our board investigates accidents at ports.\n"
      "Each year the board sends teams to the worst accidents in the country.\n"
      "More than half of them happen at fuel docks, though docks are a small share of all ports.\n"
      "The rate of fires is troubling. As we saw here, a fire can harm a town. They also draw fines; a dock in "
      "the south paid one last month, for alleged safety failures.\n"
      "I call on every dock to put safety first.\n";
  check_quote(t, "Each year the board sends teams to the worst accidents in the country.",
              {"Lena Marsh", "heading-statement", "Marsh"});
  check_quote(t, "More than half of them happen at fuel docks, though docks are a small share of all ports.",
              {"Lena Marsh", "heading-statement", "Marsh"});
  check_quote(t, "I call on every dock to put safety first.", {"Lena Marsh", "heading-statement", "Marsh"});
  CHECK(turns(t) == 5);
  // A label line that goes on after the name is a lead, not a label: no section.
  CHECK(turns("Harbour News\n"
              "Statement of Chairman Marsh at the dock on Monday:\n"
              "The rate of fires is troubling, the chairman said.\n") == 0);
}

TEST_CASE("a story about one person: pronoun cues the resolver leaves go to its subject", "[rules][discourse]") {
  // The headline and the lead name one person; the quotations' cues are pronouns that no
  // sentence ties to the name (the name is the subject of no finite verb: "With X winding down"):
  // that person, at the rule's low confidence.
  const std::string t =
      "\u201cA Fine Time\u201d\n"
      "Harbour Chief Andrew Reyvik Bids Farewell to the Port Authority\n"
      "With Andrew Reyvik winding down his last week in office, he says he has no regrets.\n"
      "\u201cIt has been a fine time,\u201d he said. \u201cI leave the port in better shape than I found it.\u201d\n";
  {
    const quoteattr::Result r = shared_attributor().analyze(t);
    const Attribution* a = find(r, t, "It has been a fine time,");
    REQUIRE(a != nullptr);
    CHECK(a->speaker.value_or("") == "Andrew Reyvik");
    CHECK(a->rule == "story-subject");
    CHECK(a->confidence <= 0.7);
    const Attribution* b = find(r, t, "he has no regrets");
    REQUIRE(b != nullptr);
    CHECK(b->speaker.value_or("") == "Andrew Reyvik");
  }
  // The name the subject of a finite verb in the lead: a person the resolver knows, so the
  // pronoun's own cue decides, not this sieve.
  {
    const std::string finite =
        "\u201cA Fine Time\u201d\n"
        "Harbour Chief Andrew Reyvik Bids Farewell to the Port Authority\n"
        "As Andrew Reyvik winds down his last week in office, he says he has no regrets.\n"
        "\u201cIt has been a fine time,\u201d he said.\n";
    const quoteattr::Result r = shared_attributor().analyze(finite);
    const Attribution* a = find(r, finite, "It has been a fine time,");
    REQUIRE(a != nullptr);
    CHECK(a->speaker.value_or("") == "Andrew Reyvik");
    CHECK(a->rule == "trailing-cue");
  }
  // Two people named before the quotation: no story subject.
  const std::string two =
      "\u201cA Fine Time\u201d\n"
      "Harbour Chief Andrew Reyvik Bids Farewell to the Port Authority\n"
      "As Andrew Reyvik winds down his last week in office, Mayor Anna Berg thanked the crews.\n"
      "\u201cIt has been a fine time,\u201d he said.\n";
  const quoteattr::Result r = shared_attributor().analyze(two);
  for (const auto& a : r.quotes) CHECK(a.rule != "story-subject");
}

TEST_CASE("a transcript's one label: a title with its portfolio, then the name", "[rules][transcript]") {
  // A doorstop whose only turn is labelled by a title, a portfolio after "for", a comma and the name.
  const std::string doorstop =
      "Doorstop interview, Northtown\n"
      "Minister for Trade and the Northern Islands, Lena Marsh: Well, it is a pleasure to be back in Northtown. "
      "We have signed two agreements today.\n";
  check_quote(doorstop, "Well, it is a pleasure to be back in Northtown. We have signed two agreements today.",
              {"Lena Marsh", "transcript-turn", "Lena Marsh"});
  // A title whose words after the preposition are no capitalised portfolio is no role: no label.
  const quoteattr::Result r =
      shared_attributor().analyze("Port report\nMinister for the most part, Lena Marsh: The port was quiet.\n");
  for (const auto& a : r.quotes) CHECK(a.rule != "transcript-turn");
}

TEST_CASE("a title's destination or department in a heading is no part of the speaker's name", "[rules][transcript]") {
  // "Statement by U.S. Ambassador to <place> <name>": the place belongs to the title, as in a
  // sentence; the name is read from the end of the run.
  const std::string statement =
      "Press Statement by U.S. Ambassador to Freedonia Jane M. Roe\n"
      "We condemn the attack on the market in the capital. Our thoughts are with the families.\n"
      "We will keep working with our partners to keep our citizens safe and informed.\n";
  check_quote(statement, "We will keep working with our partners to keep our citizens safe and informed.",
              {"Jane M. Roe", "heading-statement", "U.S. Ambassador to Freedonia Jane M. Roe"});
  // A department with "of", after "from": the same reading.
  const std::string message =
      "A Message from Secretary of Harbours Tomas Ellery\n"
      "I thank every worker who kept our ports open this winter.\n"
      "We will open two more docks in the spring.\n";
  check_quote(message, "We will open two more docks in the spring.",
              {"Tomas Ellery", "heading-statement", "Secretary of Harbours Tomas Ellery"});
  // The heading's person is found again by surname in the body.
  const std::string release =
      "Statement by U.S. Ambassador to Freedonia Jane M. Roe\n"
      "“We condemn the attack,” Roe said on Friday.\n";
  check_quote(release, "We condemn the attack,", {"Jane M. Roe", "trailing-cue", "Roe"});
}

TEST_CASE("a statement's quotation right under a heading that names its speaker", "[rules][title]") {
  // "Statement by <title> <name>" under a first headline, then a datelined paragraph that opens
  // with the statement in quotation marks and no cue: the heading's person, below a cue's
  // confidence; the next paragraph of the same quotation follows it.
  const std::string text =
      "Minister Halm Visits the Harbour\n"
      "Statement by Ambassador Olga Varenne\n"
      "Northtown, May 2, 2024 - “Minister Halm came to Northtown to open the new grain terminal. He met the "
      "mayor and the workers who built it.\n"
      "“Minister Halm and I discussed the railway to the coast. From Northtown, the minister will travel "
      "south.”\n";
  const quoteattr::Result r = shared_attributor().analyze(text);
  const Attribution* first = nullptr;
  for (const auto& a : r.quotes)
    if (a.kind == QuoteKind::kDirect && !first) first = &a;
  REQUIRE(first != nullptr);
  CHECK(first->speaker.value_or("") == "Olga Varenne");
  CHECK(first->rule == "title-speaker");
  CHECK(first->confidence < 0.85);  // below the band of cued answers (calibration table)
  const Attribution* second = find(r, text,
                                   "Minister Halm and I discussed the railway to the coast. From Northtown, the "
                                   "minister will travel south.");
  REQUIRE(second != nullptr);
  CHECK(second->speaker.value_or("") == "Olga Varenne");
  // A cue in the sentence still decides: the heading names the statement's author, not every
  // speaker of the text.
  const std::string cued =
      "Statement by Ambassador Olga Varenne\n"
      "Northtown, May 2 - “The terminal is open,” Mayor Dunst said on Friday.\n";
  check_quote(cued, "The terminal is open,", {"Dunst", "trailing-cue", "Mayor Dunst"});
  const quoteattr::Result cued_result = shared_attributor().analyze(cued);
  const Attribution* by_cue = find(cued_result, cued, "The terminal is open,");
  REQUIRE(by_cue != nullptr);
  CHECK(first->confidence < by_cue->confidence);  // the heading alone is less sure than a cue
  // No title speaker: a news headline names no speaker, and the quotation stays unattributed.
  const std::string headline =
      "Minister Halm Visits the Harbour\n"
      "Northtown, May 2 - “The terminal is open to every ship.”\n";
  check_quote(headline, "The terminal is open to every ship.", {"", "", ""});
}

TEST_CASE("a quotation opening a sentence after its paragraph's only person as subject", "[rules][discourse]") {
  // "U.S. Ambassador to <place> <name>" is the sentence's subject (the destination belongs to the
  // title); the quotation after it, with no cue and no one quoted before, is that person's.
  const std::string text =
      "The port and the city signed an agreement on Monday. U.S. Ambassador to Freedonia Jane Roe presided "
      "over the ceremony. “I am delighted to be here today to sign this agreement.”\n";
  check_quote(text, "I am delighted to be here today to sign this agreement.", {"Jane Roe", "previous-subject", ""});
  // Two people named before it: no one.
  const std::string two =
      "Mayor Tom Dunst welcomed Ambassador Jane Roe on Monday. “I am delighted to be here today.”\n";
  check_quote(two, "I am delighted to be here today.", {"", "", ""});
}

TEST_CASE("an interview without labels that its title names is the two parties' turns", "[rules][transcript]") {
  const std::string text =
      "Ambassador Lena Holt's Interview to Radio Northtown\n"
      "Madam Ambassador, the festival opens tomorrow. What does it mean to you?\n"
      "I think the festival shows how close our two peoples have become.\n"
      "We will bring three orchestras this year.\n"
      "Every year the city chooses a theme for the festival. How would you describe this one? We would like to "
      "hear your views.\n";
  check_quote(text, "Madam Ambassador, the festival opens tomorrow. What does it mean to you?",
              {"Radio Northtown", "transcript-turn", "Radio Northtown"});
  check_quote(text, "I think the festival shows how close our two peoples have become.",
              {"Lena Holt", "transcript-turn", ""});
  check_quote(text, "We will bring three orchestras this year.", {"Lena Holt", "transcript-continuation", ""});
  check_quote(text,
              "Every year the city chooses a theme for the festival. How would you describe this one? We would like "
              "to hear your views.",
              {"Radio Northtown", "transcript-turn", "Radio Northtown"});
}

TEST_CASE("an interviewee a pronoun stands for is the name that opens the paragraph", "[rules][transcript]") {
  // "X has led … . Last week she spoke to …": "she" is X, so the answers are X's.
  const std::string text =
      "Bank chief on prices\n\nSalma bin Tariq has led the central bank since 2021. Last week she spoke to our "
      "correspondent about prices.\n\nQ: Is inflation under control?\n\nA: Not yet.\n\nQ: Will rates fall?\n\n"
      "A: Not this year.\n";
  check_quote(text, "Not yet.", {"Salma bin Tariq", "transcript-turn", "Salma bin Tariq"});
  check_quote(text, "Not this year.", {"Salma bin Tariq", "transcript-turn", "Salma bin Tariq"});
}

TEST_CASE("where only the questions are labelled, the answers are the interviewee's", "[rules][transcript]") {
  const std::string text =
      "Northtown mayor Anna Berg answered questions from readers about the new bridge.\n\n"
      "Q. When will the work start?\n\nWe will start in March, once the council approves the budget.\n\n"
      "The contractors are ready.\n\nQ. Is the budget enough?\n\nIt is enough for the first stage.\n";
  check_quote(text, "When will the work start?", {"Q.", "transcript-turn", "Q."});
  check_quote(text, "We will start in March, once the council approves the budget.",
              {"Anna Berg", "transcript-turn", "Anna Berg"});
  check_quote(text, "The contractors are ready.", {"Anna Berg", "transcript-continuation", ""});
  check_quote(text, "Is the budget enough?", {"Q.", "transcript-turn", "Q."});
  check_quote(text, "It is enough for the first stage.", {"Anna Berg", "transcript-turn", "Anna Berg"});
}

TEST_CASE("without an interview cue, an answer label is the one person the text names", "[rules][transcript]") {
  const std::string text =
      "Building the bridge\n\nMayor Anna Berg said she has led the works on the Northtown bridge since 2020.\n\n"
      "Q: When will the work end?\n\nA: In March, once the council approves the budget.\n\n"
      "Q: Is the budget enough?\n\nA: It is enough for the first stage.\n";
  check_quote(text, "In March, once the council approves the budget.", {"Anna Berg", "transcript-turn", "A"});
  check_quote(text, "It is enough for the first stage.", {"Anna Berg", "transcript-turn", "A"});
  check_quote(text, "Is the budget enough?", {"Q", "transcript-turn", "Q"});
  // Two people named: no one is the principal, and the label stays unresolved.
  const std::string two =
      "Building the bridge\n\nMayor Anna Berg said she has led the works since 2020, with Governor Jan Novak.\n\n"
      "Q: When will the work end?\n\nA: In March, once the council approves the budget.\n\n"
      "Q: Is the budget enough?\n\nA: It is enough for the first stage.\n";
  const auto r = shared_attributor().analyze(two);
  const Attribution* a = find(r, two, "In March, once the council approves the budget.");
  REQUIRE(a != nullptr);
  CHECK(a->speaker.value_or("") != "Anna Berg");
  CHECK(a->speaker.value_or("") != "Jan Novak");
  CHECK(a->rule != "transcript-turn");
}

TEST_CASE("an interview whose opening names no interviewee keeps its labels", "[rules][transcript]") {
  // No one is named as interviewed: "A:" stays a label that names no one, and answers under no
  // label after "Q." are left unread.
  const std::string labelled =
      "The new bridge\n\nThe council of Northtown met on Tuesday to discuss the bridge.\n\n"
      "Q: When will the work start?\n\nA: In March, once the council approves the budget.\n\n"
      "Q: Is the budget enough?\n\nA: It is enough for the first stage.\n";
  const auto r = shared_attributor().analyze(labelled);
  const Attribution* a = find(r, labelled, "In March, once the council approves the budget.");
  REQUIRE(a != nullptr);
  CHECK(a->speaker.value_or("") != "Anna Berg");
  CHECK(a->rule != "transcript-turn");
  const std::string questions =
      "The new bridge\n\nThe council of Northtown met on Tuesday to discuss the bridge.\n\n"
      "Q. When will the work start?\n\nIn March, once the council approves the budget.\n\n"
      "Q. Is the budget enough?\n\nIt is enough for the first stage.\n";
  const auto rq = shared_attributor().analyze(questions);
  CHECK(rq.quotes.empty());
}

TEST_CASE("a name-case transcript label names the person after the title and country", "[rules][transcript]") {
  const std::string text =
      "Meeting with the Prime Minister of Freedonia\n"
      "President of the Republic of Sylvania Anna Berg (retranslated): Mr Prime Minister,\n"
      "I am glad to see you again.\n"
      "Prime Minister of Freedonia Jan Novak: Thank you.\n"
      "President of the People's Republic of China Xi Jinping: Welcome.\n";
  check_quote(text, "Mr Prime Minister,", {"Anna Berg", "transcript-turn", ""});
  check_quote(text, "I am glad to see you again.", {"Anna Berg", "transcript-continuation", ""});
  check_quote(text, "Thank you.", {"Jan Novak", "transcript-turn", ""});
  // A country's name before a person's name is no part of it.
  check_quote(text, "Welcome.", {"Xi Jinping", "transcript-turn", ""});
}

TEST_CASE("transcript labels of a bare name, or of a name and a role, name the speaker", "[rules][transcript]") {
  const std::string text =
      "The meeting was held ahead of the budget debate.\n"
      "Excerpts from the transcript:\n"
      "Anna Berg: Ms Lund,\n"
      "We have met all the groups ahead of the debate.\n"
      "Karin Lund: Ms Berg,\n"
      "Our members met the ministers last month.\n";
  check_quote(text, "Ms Lund,", {"Anna Berg", "transcript-turn", ""});
  check_quote(text, "We have met all the groups ahead of the debate.", {"Anna Berg", "transcript-continuation", ""});
  check_quote(text, "Ms Berg,", {"Karin Lund", "transcript-turn", ""});
  const std::string upper =
      "JAN NOVAK, PRIME MINISTER OF FREEDONIA: I am delighted to host you here.\nThe ties are strong.\n";
  // The cue is the name before the comma, in the label's own case.
  check_quote(upper, "I am delighted to host you here.", {"JAN NOVAK", "transcript-turn", ""});
}

TEST_CASE("an organisation's name with its acronym is no department before a name", "[resolution][discovery]") {
  // "Health Organization" is no person titled Director General of the World: "Health" in "the
  // Minister of Health" is not his surname.
  const std::string text =
      "The Director General of the World Health Organization (WHO), Dr. Jan Novak, gave the keynote.\n"
      "The Minister of Health said that the plan would work.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "that the plan would work") == std::vector<std::string>{"Minister of Health"});
}

TEST_CASE("a readout: the untitled caller and the person called act together", "[resolution][joint]") {
  const std::string text =
      "Jan Novak had a telephone conversation with US President Anna Berg.\n"
      "Both presidents noted with satisfaction the progress of the talks.\n"
      "The tariffs were discussed at length with Freedonia's ministers.\n"
      "Turning to trade, both leaders emphasised the value of the new accord.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "the progress of the talks") == std::vector<std::string>{"Jan Novak", "Anna Berg"});
  CHECK(speakers_of(r, text, "the value of the new accord") == std::vector<std::string>{"Jan Novak", "Anna Berg"});
}

TEST_CASE("'both presidents' gives the title to each; 'the President of X' is the one who holds it",
          "[resolution][roles]") {
  const std::string text =
      "Jan Novak had a telephone conversation with President of Sylvania Anna Berg.\n"
      "The presidents continued their discussion of the border.\n"
      "In particular, Jan Novak noted that the crossings were open.\n"
      "The President of Freedonia stressed the importance of trade for the region.\n"
      "After the call, Jan Novak met with his ministers. The President thanked the ministers and gave "
      "instructions to prepare the treaty.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "the importance of trade for the region") == std::vector<std::string>{"Jan Novak"});
  CHECK(speakers_of(r, text, "to prepare the treaty") == std::vector<std::string>{"Jan Novak"});
}

TEST_CASE("a nationality rules out the other person of a meeting", "[resolution][roles]") {
  // Xi is Chinese (profile): "the Russian President" is the other person at the meeting.
  const std::string text =
      "On the sidelines of the summit, Jan Novak met with President of China Xi Jinping. In particular, the "
      "Russian President expressed confidence that trade will grow.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "confidence that trade will grow") == std::vector<std::string>{"Jan Novak"});
}

TEST_CASE("'the leadership of X' speaks as a body named by its head and place", "[resolution][institutions]") {
  const std::string text =
      "However, the other side, the leadership of Sylvania, announced that it was leaving the talks.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "that it was leaving the talks") == std::vector<std::string>{"leadership of Sylvania"});
}

TEST_CASE("without evidence the same attributions, with no chains of evidence", "[options]") {
  const std::string text = gold::read_file(QUOTEATTR_TEST_DATA_DIR "/seed-article.txt");
  quoteattr::AttributorOptions o;
  o.evidence = false;
  const auto plain = Attributor(quoteattr::Profile::builtin(), o).analyze(text);
  const auto full = shared_attributor().analyze(text);
  REQUIRE(plain.quotes.size() == full.quotes.size());
  std::size_t chains = 0;
  for (std::size_t i = 0; i < plain.quotes.size(); ++i) {
    CHECK(plain.quotes[i].span == full.quotes[i].span);
    CHECK(plain.quotes[i].speaker == full.quotes[i].speaker);
    CHECK(plain.quotes[i].rule == full.quotes[i].rule);
    CHECK(plain.quotes[i].confidence == full.quotes[i].confidence);
    CHECK(plain.quotes[i].evidence.empty());
    chains += full.quotes[i].evidence.size();
  }
  CHECK(chains >= full.quotes.size());  // with evidence, every attributed quote has a chain
}

TEST_CASE("envoys who met a leader act together after the meeting, not with their host", "[resolution][joint]") {
  // "A and B met with C": "They" and "The visitors" who report afterwards are A and B.
  const std::string text =
      "Trade Envoy Maria Solberg and Deputy Director for Asian Affairs Peter Vance met on Monday with "
      "President Lukas Brandt in Lisbon. The visitors reiterated their concern that the new tariffs were harmful. "
      "They stressed the urgency of a lasting settlement of the fishing dispute.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "their concern that the new tariffs were harmful") ==
        std::vector<std::string>{"Maria Solberg", "Peter Vance"});
  CHECK(speakers_of(r, text, "the urgency of a lasting settlement of the fishing dispute") ==
        std::vector<std::string>{"Maria Solberg", "Peter Vance"});
}

TEST_CASE("confidence falls in the situations that make a speaker less sure", "[confidence]") {
  auto conf = [](const std::string& text, std::string_view words) {
    const quoteattr::Result r = shared_attributor().analyze(text);
    const quoteattr::Attribution* a = find(r, text, words);
    REQUIRE(a != nullptr);
    REQUIRE(a->speaker);
    return a->prior_confidence;  // the hand-set value the sieves decide with (before the calibration table)
  };
  // A pronoun: 0.895 x kPronoun (0.9); with a second compatible person in the paragraph,
  // x kPronounRival (0.75).
  CHECK(conf("Minister Paul Lee arrived in Lisbon on Monday. He said that the port would be dredged.",
             "that the port would be dredged") == Approx(0.806));
  CHECK(conf("Minister Paul Lee met Governor Tom Hale in Lisbon on Monday. He said that the bridge would be rebuilt.",
             "that the bridge would be rebuilt") == Approx(0.671));
  // A capital standing for its government (kPlaceForGovernment), not the government's own name.
  CHECK(conf("Washington said that the sanctions would stay in place.", "that the sanctions would stay in place") ==
        Approx(0.627));
  CHECK(conf("The U.S. government said that the embargo would stay.", "that the embargo would stay") == Approx(0.895));
  // A reported content of at most three words (kShortContent): 0.825 x 0.75.
  CHECK(conf("President Tom Hale expressed concern about tariffs.", "concern about tariffs") == Approx(0.619));
  // A quoted word inside a report (kOneWordFragment) against a quoted phrase.
  const std::string terms =
      "Commissioner Ann Lee said that the deal was \u201Clopsided\u201D and that talks were \u201Cgoing nowhere "
      "fast.\u201D";
  CHECK(conf(terms, "lopsided") == Approx(0.72));
  CHECK(conf(terms, "going nowhere fast.") == Approx(0.895));
  // A transcript line that reads as a heading (kHeadingLine); the turn goes on past it.
  const std::string transcript =
      "AMBASSADOR RUIZ: Good afternoon, everybody. I am pleased to be here.\n"
      "Work Done in Geneva Touches Daily Lives\n"
      "We will go on working.\n";
  CHECK(conf(transcript, "Work Done in Geneva Touches Daily Lives") == Approx(0.54));
  CHECK(conf(transcript, "We will go on working.") == Approx(0.728));
}

TEST_CASE("a person's message relayed as a noun of speech is that person's quote", "[rules]") {
  // "X's message “…”", "X's urgent call: “…”": the possessor speaks; the envoys who relay it do not.
  check_quote(
      "The envoys came to reinforce President Tom Hale\u2019s message \u201Cto seize this moment and refrain from "
      "provocations.\u201D",
      "to seize this moment and refrain from provocations.", {"Tom Hale", "possessive-message", "President Tom Hale"});
  check_quote("Aid workers went door to door with Governor Ann Lee's urgent call: \u201CLeave the valley now.\u201D",
              "Leave the valley now.", {"Ann Lee", "possessive-message", "Governor Ann Lee"});
}

TEST_CASE("a joint subject of titled names with departments gives each its attribution", "[resolution][joint]") {
  // The second title's "of" does not end the subject: both titled names speak.
  const std::string text =
      "Secretary of Defense Anna Berg and Chairman of the Joint Chiefs Gen. Paul Kane said the troops would stay "
      "in the region until the end of the year.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "the troops would stay in the region until the end of the year") ==
        std::vector<std::string>{"Anna Berg", "Paul Kane"});
  // The report finder's subject may start after the first title's "of".
  const std::string text2 =
      "President of the Republic of Sylvania Jan Novak and Prime Minister of Freedonia Tom Hale said they would "
      "meet again in May.";
  auto r2 = shared_attributor().analyze(text2);
  CHECK(speakers_of(r2, text2, "they would meet again in May") == std::vector<std::string>{"Jan Novak", "Tom Hale"});
  // A title whose department holds an "and" is one person's, though the text named another minister.
  const std::string text3 =
      "Minister of Trade Ann Lee opened the fair.\n"
      "The Minister of Fisheries and Coastal Affairs Ana Silva said the boats would return.";
  auto r3 = shared_attributor().analyze(text3);
  CHECK(speakers_of(r3, text3, "the boats would return") == std::vector<std::string>{"Ana Silva"});
}

TEST_CASE("a participle report is the subject's of the clause it belongs to", "[resolution][participle]") {
  // The subject stands before an apposition; the sentence names other people too.
  const std::string text =
      "The news of the Prime Minister's departure comes after the Foreign Minister, Tomas Weller, a former "
      "Olympic champion, resigned from his post last week stating he could not work with Marek Ostrov.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "he could not work with Marek Ostrov") == std::vector<std::string>{"Tomas Weller"});
}

TEST_CASE("a title inside its holder's own turn is someone else, an unnamed source", "[resolution][transcript]") {
  // The speaker holds the title "minister" but would say "I": the report is another minister's.
  const std::string text =
      "HOST: Joining me now is the Trade Minister, Anna Berg. Did you meet your counterpart?\n\n"
      "ANNA BERG: Yes, I did. The Sylvanian Trade Minister did convey their deep condolences and said that the "
      "government would cooperate with the inquiry.\n";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "that the government would cooperate with the inquiry") ==
        std::vector<std::string>{"Sylvanian Trade Minister"});
  // Named in the turn, the person is still that person.
  const std::string named =
      "HOST: Joining me now is the Trade Minister, Anna Berg. Did you meet your counterpart?\n\n"
      "ANNA BERG: Yes, I did. Minister Berg said that the government would cooperate with the inquiry.\n";
  auto r2 = shared_attributor().analyze(named);
  CHECK(speakers_of(r2, named, "that the government would cooperate with the inquiry") ==
        std::vector<std::string>{"Anna Berg"});
}

TEST_CASE("a body named as a body speaks as that body", "[resolution][institution]") {
  // "The court" after an indefinite description of it: that description, with its place.
  const std::string text =
      "A special court in Port Mara found the trader Tom Reed guilty of fraud. The court said he had hidden the "
      "money abroad.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "he had hidden the money abroad") ==
        std::vector<std::string>{"special court in Port Mara"});
  // A court's ruling speaks for the court, described without its year.
  const std::string text2 = "A 2016 district court decision said the tax can only be set by parliament.";
  auto r2 = shared_attributor().analyze(text2);
  CHECK(speakers_of(r2, text2, "the tax can only be set by parliament") == std::vector<std::string>{"district court"});
  const std::string text3 = "The government of Norland said the plan was illegal.";
  auto r3 = shared_attributor().analyze(text3);
  CHECK(speakers_of(r3, text3, "the plan was illegal") == std::vector<std::string>{"government of Norland"});
}

TEST_CASE("a common noun capitalised at a sentence start is no name", "[resolution]") {
  // "Election" modifies "turnout" and is written "election" elsewhere: no one named "Election".
  const std::string text =
      "Ann Kerr won the election.\nElection turnout was high on Thursday, saying voters wanted change.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "voters wanted change") == std::vector<std::string>{""});
}

TEST_CASE("a participle after a passive cue is its agent's report", "[resolution][participle]") {
  const std::string text =
      "Party leader Ann Kerr won the election on Thursday.\n"
      "Election results were described by Kerr as a \u201cclear mandate\u201d, saying she will cut taxes in May.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "she will cut taxes in May") == std::vector<std::string>{"Ann Kerr"});
}

TEST_CASE("a hyphenated rank before a name is a title, no part of the name", "[resolution][titles]") {
  check_quote("\u201cWe are searching the hills,\u201d army spokesman Lieutenant-Colonel Tom Reed said.",
              "We are searching the hills,", {"Tom Reed", "trailing-cue", ""});
  check_quote("\u201cWe will stay,\u201d said Vice-Admiral Ann Kerr.", "We will stay,",
              {"Ann Kerr", "trailing-cue", ""});
}

TEST_CASE("a quoted fragment of a joint report is each speaker's", "[resolution][joint]") {
  const std::string text =
      "Mayor Ann Kerr met Governor Tom Hale in the capital. After the meeting, both Kerr and Hale agreed that the "
      "talks had been \u201cfrank and useful\u201d.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "frank and useful") == std::vector<std::string>{"Ann Kerr", "Tom Hale"});
  CHECK(speakers_of(r, text, "that the talks had been \u201cfrank and useful\u201d") ==
        std::vector<std::string>{"Ann Kerr", "Tom Hale"});
}

TEST_CASE("one lower-case word after 'to' in a sentence without speech is a term", "[quotes][terms]") {
  // "that states budget" (a slip for "that state's budget"): a speech verb's form after a
  // demonstrative is a noun, no verb of speech.
  const std::string text =
      "Governor Ann Kerr met the press. The mayor wants to \u201crescue\u201d that states pension fund.";
  auto r = shared_attributor().analyze(text);
  REQUIRE(find(r, text, "rescue") != nullptr);
  CHECK(find(r, text, "rescue")->kind == QuoteKind::kTerm);
  const std::string text2 = "Governor Ann Kerr said the mayor wants to \u201crescue\u201d the pension fund.";
  auto r2 = shared_attributor().analyze(text2);
  REQUIRE(find(r2, text2, "rescue") != nullptr);
  CHECK(find(r2, text2, "rescue")->kind == QuoteKind::kDirect);
  CHECK(find(r2, text2, "rescue")->speaker.value_or("") == "Ann Kerr");
}

TEST_CASE("a quotation joined by 'and' to a report is the report's speaker's", "[resolution][inside-report]") {
  const std::string text =
      "Party leader and Mayor Ann Kerr said she was \u201cproud\u201d of the team and \u201cWe will build it. And we "
      "will keep building.\u201d";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "We will build it. And we will keep building.") == std::vector<std::string>{"Ann Kerr"});
  CHECK(speakers_of(r, text, "she was \u201cproud\u201d of the team") == std::vector<std::string>{"Ann Kerr"});
}

TEST_CASE("an organizer is a role: an unnamed source described by it", "[resolution]") {
  const std::string text = "An organizer of the march criticized the city as not being a \u201cfair employer.\u201d";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "fair employer.") == std::vector<std::string>{"organizer"});
}

TEST_CASE("commissions, committees, panels and parliaments are bodies", "[resolution][institution]") {
  const std::string text = "The Nuclear Safety Commission met on Monday. The commission said the plant was safe.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "the plant was safe") == std::vector<std::string>{"Nuclear Safety Commission"});
  const std::string text2 = "The panel held, in a split vote, that the ban was legal.";
  auto r2 = shared_attributor().analyze(text2);
  CHECK(speakers_of(r2, text2, "that the ban was legal") == std::vector<std::string>{"panel"});
}

TEST_CASE("a body's noun as a modifier describes no body", "[resolution][institution]") {
  const std::string text = "Ann Kerr, a school board member, resigned. The board said the plan was sound.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "the plan was sound") == std::vector<std::string>{"board"});
}

TEST_CASE("an acronym's body is named without the possessive that owns it", "[resolution][institution]") {
  const std::string text =
      "FSIA Announces New Grants for Four States\n"
      "The Department of Labor's Federal Safety Inspection Agency (FSIA) today announced that it has awarded "
      "four grants.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "New Grants for Four States") ==
        std::vector<std::string>{"Federal Safety Inspection Agency"});
  CHECK(speakers_of(r, text, "that it has awarded four grants") ==
        std::vector<std::string>{"Federal Safety Inspection Agency"});
}

TEST_CASE("a statement headline in capitals credits the titled name after 'by'", "[resolution][headline]") {
  // The name ends at the preposition; the possessive after it names the topic, no person.
  const std::string text =
      "STATEMENT BY AGENCY CHIEF SAFETY OFFICER ANN LOWE REGARDING FREEDONIA'S NEW CASE OF FLU\n"
      "\u201cWith the confirmation of a new case in Lyon, we will review the information.\n"
      "\u201cWe are confident in the measures.\u201d\n";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "With the confirmation of a new case in Lyon, we will review the information.") ==
        std::vector<std::string>{"Ann Lowe"});
  CHECK(speakers_of(r, text, "We are confident in the measures.") == std::vector<std::string>{"Ann Lowe"});
}

TEST_CASE("live captions: '>>' opens each turn, named by its label or by the call before it", "[rules][transcript]") {
  const std::string text =
      "Archived captions of the open meeting of the Harbour Board.\n"
      ">> CHAIR OKAFOR: Good morning. The meeting will come to order. We have Ms. Lena Vasquez of the Port "
      "Users Council with us.\n"
      ">> MEMBER TRAN: I move that we adopt the agenda.\n"
      ">> CHAIR OKAFOR: All those in favor?\n"
      ">> Aye.\n"
      ">> CHAIR OKAFOR: Any comments? Ms. Vasquez? Do you have anything to add?\n"
      ">> Nothing from me. Thank you for the time.\n";
  auto r = shared_attributor().analyze(text);
  // The labelled turns, without the marker.
  REQUIRE(find(r, text, "I move that we adopt the agenda.") != nullptr);
  CHECK(find(r, text, "I move that we adopt the agenda.")->rule == "transcript-turn");
  REQUIRE(find(r, text, "All those in favor?") != nullptr);
  CHECK(find(r, text, "All those in favor?")->speaker_mention.in(text) == "CHAIR OKAFOR");
  // A turn with no label and no call before it: a new, unnamed speaker, not the chair going on.
  const Attribution* aye = find(r, text, "Aye.");
  REQUIRE(aye != nullptr);
  CHECK(aye->kind == QuoteKind::kDirect);
  CHECK(!aye->speaker.has_value());
  // After the chair's call on a person by name: that person, less sure than a label.
  check_quote(text, "Nothing from me. Thank you for the time.", {"Lena Vasquez", "transcript-turn", "Ms. Vasquez"});
  const Attribution* answer = find(r, text, "Nothing from me. Thank you for the time.");
  REQUIRE(answer != nullptr);
  CHECK(answer->confidence <= find(r, text, "All those in favor?")->confidence);
  // The opening line is no turn.
  CHECK(find(r, text, "Archived captions of the open meeting of the Harbour Board.") == nullptr);
}

TEST_CASE("a script's section label is no speaker", "[rules][transcript]") {
  const std::string text =
      "VIDEO SCRIPT – Fifty Years of the Coast Guard\n"
      "INTRODUCTION: The ministry marked fifty years of its coast guard on Friday. Our reporter was there.\n"
      "ANNA BERG, REPORTER: The first patrol boats were bought in 1975.\n"
      "JAN NOVAK, MINISTER: We owe these crews a great deal, and we will keep investing in them.\n";
  auto r = shared_attributor().analyze(text);
  for (const auto& a : r.quotes) CHECK(a.speaker.value_or("") != "INTRODUCTION");
  CHECK(find(r, text, "The ministry marked fifty years of its coast guard on Friday. Our reporter was there.") ==
        nullptr);
  REQUIRE(find(r, text, "We owe these crews a great deal, and we will keep investing in them.") != nullptr);
}

TEST_CASE("a phrase in marks after a charge, a conviction or a sentence names the offence", "[quotes][terms]") {
  const std::string text =
      "A court in Dravia sentenced the blogger Ivo Marin for \u201cinsulting the judiciary\u201d in 2019. He was "
      "jailed in absentia for two more years last May for \u201cspreading false news about the state.\u201d";
  auto r = shared_attributor().analyze(text);
  REQUIRE(find(r, text, "insulting the judiciary") != nullptr);
  CHECK(find(r, text, "insulting the judiciary")->kind == QuoteKind::kTerm);
  REQUIRE(find(r, text, "spreading false news about the state.") != nullptr);
  CHECK(find(r, text, "spreading false news about the state.")->kind == QuoteKind::kTerm);
  // An accusation is the accuser's words.
  const std::string t2 =
      "Opposition leader Ivo Marin accused the court of \u201cpunishing satire and silencing the press.\u201d";
  auto r2 = shared_attributor().analyze(t2);
  REQUIRE(find(r2, t2, "punishing satire and silencing the press.") != nullptr);
  CHECK(find(r2, t2, "punishing satire and silencing the press.")->kind == QuoteKind::kDirect);
  // A charge to do something is a task set, its words a quotation inside the quotation.
  const std::string t3 =
      "\u201cThe minister charged every office to \u2018serve the public first,\u2019 and we have done so,\u201d "
      "said Ivo Marin.";
  auto r3 = shared_attributor().analyze(t3);
  REQUIRE(find(r3, t3, "serve the public first,") != nullptr);
  CHECK(find(r3, t3, "serve the public first,")->kind == QuoteKind::kDirect);
}

TEST_CASE("a short lower-case name in marks between a determiner and its noun is a term", "[quotes][terms]") {
  const std::string text =
      "\u201cWe need to see how the \u2018harbour levy\u2019 plan works in practice,\u201d said Mayor Ann Kerr.";
  auto r = shared_attributor().analyze(text);
  REQUIRE(find(r, text, "harbour levy") != nullptr);
  CHECK(find(r, text, "harbour levy")->kind == QuoteKind::kTerm);
  check_quote(text, "We need to see how the \u2018harbour levy\u2019 plan works in practice,",
              {"Ann Kerr", "trailing-cue", "Mayor Ann Kerr"});
}

TEST_CASE("a phrase in marks that praise governs is the speaker's words", "[quotes][terms]") {
  const std::string text =
      "Mayor Ann Kerr met the council on Monday. Kerr applauded the council for taking "
      "\u201cbrave decisions\u201d on housing.";
  auto r = shared_attributor().analyze(text);
  const Attribution* a = find(r, text, "brave decisions");
  REQUIRE(a != nullptr);
  CHECK(a->kind == QuoteKind::kDirect);
  CHECK(a->speaker.value_or("") == "Ann Kerr");
}

namespace {
// The attribution whose span text contains `words`, or nullptr.
const Attribution* find_containing(const quoteattr::Result& r, std::string_view text, std::string_view words) {
  for (const auto& a : r.quotes)
    if (a.span.in(text).find(words) != std::string_view::npos) return &a;
  return nullptr;
}
}  // namespace

TEST_CASE("embedded cue: a quotation whose closing mark is missing ends with the writer's cue", "[sieves]") {
  // The writer forgot the closing mark, so the quotation runs on over ", Hale said." up to the next one.
  const std::string text =
      "General Tom Hale received the medal in Lima on Monday.\n"
      "\xE2\x80\x9C"
      "Our two armies have never worked more closely, Hale said. "
      "\xE2\x80\x9C"
      "We share the same threats and the same hopes."
      "\xE2\x80\x9D";
  const auto r = shared_attributor().analyze(text);
  const Attribution* first = find_containing(r, text, "never worked more closely");
  const Attribution* second = find_containing(r, text, "the same threats");
  REQUIRE(first);
  REQUIRE(second);
  CHECK(first->speaker.value_or("") == "Tom Hale");
  CHECK(first->rule == "embedded-cue");
  CHECK(second->speaker.value_or("") == "Tom Hale");
  // A closed quotation that quotes someone's words with a cue inside is no missing mark: the
  // speaker is the one outside.
  const std::string closed =
      "General Tom Hale spoke in Lima.\n"
      "\xE2\x80\x9C"
      "Keep the road open, Roe said."
      "\xE2\x80\x9D"
      " Hale recalled the order on Monday.";
  const auto rc = shared_attributor().analyze(closed);
  const Attribution* inner = find_containing(rc, closed, "Keep the road open");
  REQUIRE(inner);
  CHECK(inner->rule != "embedded-cue");
}

TEST_CASE("repeated quote: a pull quote under the title is the speaker of the quotation it repeats", "[sieves]") {
  const std::string text =
      "Council Condemns Harbour Closure\n"
      "\xE2\x80\x9C"
      "This closure punishes the fishermen who did nothing wrong"
      "\xE2\x80\x9D"
      "\n"
      "PORT ELLEN - The regional council condemned the closure of the harbour on Friday.\n"
      "Council Chair Mairi Dunn said: "
      "\xE2\x80\x9C"
      "We asked for a month of warning. "
      "This closure punishes the fishermen who did nothing wrong. We will appeal."
      "\xE2\x80\x9D";
  const auto r = shared_attributor().analyze(text);
  const Attribution* pull = find(r, text, "This closure punishes the fishermen who did nothing wrong");
  REQUIRE(pull);
  CHECK(pull->speaker.value_or("") == "Mairi Dunn");
  CHECK(pull->rule == "repeated-quote");
  // Words that no quotation with a speaker repeats stay without one.
  const std::string other =
      "Council Condemns Harbour Closure\n"
      "\xE2\x80\x9C"
      "The harbour must reopen before the herring season starts"
      "\xE2\x80\x9D"
      "\n"
      "PORT ELLEN - The regional council condemned the closure of the harbour on Friday.\n"
      "Council Chair Mairi Dunn said: "
      "\xE2\x80\x9C"
      "We asked for a month of warning. We will appeal."
      "\xE2\x80\x9D";
  const auto r2 = shared_attributor().analyze(other);
  const Attribution* lone = find(r2, other, "The harbour must reopen before the herring season starts");
  REQUIRE(lone);
  CHECK(lone->rule != "repeated-quote");
}

TEST_CASE("a list of bodies or titled names with acronyms in brackets is a joint subject", "[resolution][joint]") {
  // Bodies, each with its acronym, joined by commas and ", and"; the "and" of a body's name that
  // its acronym spells joins no two speakers.
  const std::string text =
      "WASHINGTON – The Alpha Trade Commission (ATC), the Beta Markets and Exchange Commission (BMEC), and the "
      "Gamma Finance Agency (GFA) jointly announced the signing of a memorandum on market data.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "the signing of a memorandum on market data") ==
        std::vector<std::string>{"Alpha Trade Commission", "Beta Markets and Exchange Commission",
                                 "Gamma Finance Agency"});
  // Two bodies joined by "and" after a bracket, a that-clause, an opener before them.
  const std::string text2 =
      "In response to the storm, the Alpha Trade Commission (ATC) and the Delta Water Board (DWB) today announced "
      "that the agencies will meet every year.";
  auto r2 = shared_attributor().analyze(text2);
  CHECK(speakers_of(r2, text2, "that the agencies will meet every year") ==
        std::vector<std::string>{"Alpha Trade Commission", "Delta Water Board"});
  // Titled names whose titles name a body with its acronym: the name after the bracket speaks.
  const std::string text3 =
      "The Director of the Alpha Drug Office (ADO) Jane Q. Roe, Deputy Minister of Beta's Health Branch (BHB) Tom "
      "Weller, and the Commissioner of Gamma's Sanitary Council (GSC) Luis Ortega Vidal today announced the "
      "signing of the Charter.";
  auto r3 = shared_attributor().analyze(text3);
  CHECK(speakers_of(r3, text3, "the signing of the Charter") ==
        std::vector<std::string>{"Jane Q. Roe", "Tom Weller", "Luis Ortega Vidal"});
  // A list of bare titles names no one by itself: no joint subject is made of it.
  const std::string text4 =
      "The Ambassador, the Deputy Chief of Mission, and the Defense Attache welcomed the signing of the accord.";
  auto r4 = shared_attributor().analyze(text4);
  CHECK(speakers_of(r4, text4, "the signing of the accord").size() <= 1);
}

TEST_CASE("two lower-case titles joined by 'and' and 'both sides' after a meeting are joint subjects",
          "[resolution][joint]") {
  const std::string text =
      "Secretary Anna Berg met with Freedonian Prime Minister Tomas Lund on Monday at the ministry. The "
      "secretary and prime minister also discussed trade, noting the need for stable rules at the border.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "the need for stable rules at the border") ==
        std::vector<std::string>{"Anna Berg", "Tomas Lund"});
  // ", and both sides expressed …" ends the report before it and is a report of its own.
  const std::string text2 =
      "Ambassador Karl Osei met with Foreign Minister Ruth Amadi and discussed trade. Ambassador Osei noted "
      "progress in talks on a fisheries accord, and both sides expressed hope of closing the talks soon.";
  auto r2 = shared_attributor().analyze(text2);
  CHECK(speakers_of(r2, text2, "progress in talks on a fisheries accord") == std::vector<std::string>{"Karl Osei"});
  CHECK(speakers_of(r2, text2, "hope of closing the talks soon") ==
        std::vector<std::string>{"Karl Osei", "Ruth Amadi"});
}

TEST_CASE("titles in apposition to the names of a joint subject are no speakers of their own", "[resolution][joint]") {
  // "Name (party), Title of Body, and Name (party), the Body's Title": two speakers.
  const std::string text =
      "Sen. Ana Ruiz (D-OR), Chair of the Senate Trade Committee, and Sen. Bo Kell (R-ID), the Committee's "
      "Ranking Member, said that they will travel to Chile next week.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "that they will travel to Chile next week") ==
        std::vector<std::string>{"Ana Ruiz", "Bo Kell"});
  // The cue takes no that-clause here (the parse's subject stops at the first comma): the list
  // still runs on to the cue.
  const std::string text2 =
      "Today, Sen. Ana Ruiz (D-OR), Chair of the Senate Trade Committee, and Sen. Bo Kell (R-ID), the Committee "
      "Ranking Member, announced they will travel to Peru next week.";
  auto r2 = shared_attributor().analyze(text2);
  CHECK(speakers_of(r2, text2, "they will travel to Peru next week") ==
        std::vector<std::string>{"Ana Ruiz", "Bo Kell"});
  // A named third person between commas is a speaker of the list, no apposition.
  const std::string text3 =
      "Minister Lars Eid, Judge Mia Toft, and Mayor Ole Brun said that the bridge would reopen in May.";
  auto r3 = shared_attributor().analyze(text3);
  CHECK(speakers_of(r3, text3, "that the bridge would reopen in May") ==
        std::vector<std::string>{"Lars Eid", "Mia Toft", "Ole Brun"});
  // A title between the commas after a name describes that person; the list's last item comes
  // after "and".
  const std::string text4 =
      "Councillor Ole Brun, the city's health spokesman, and Judge Mia Toft said that the clinic would stay open.";
  auto r4 = shared_attributor().analyze(text4);
  CHECK(speakers_of(r4, text4, "that the clinic would stay open") == std::vector<std::string>{"Ole Brun", "Mia Toft"});
  // The "and" of a body's name after a title is no list: one speaker.
  const std::string text5 =
      "Ms. Ilze Berga, Head of the Youth and Culture Unit, presented the plan. The camp would open in June.";
  auto r5 = shared_attributor().analyze(text5);
  CHECK(speakers_of(r5, text5, "The camp would open in June").size() <= 1);
}

TEST_CASE("a plural noun of bodies stands for the bodies the text listed acting together", "[resolution][joint]") {
  // "The agencies", "the three agencies" after a list of three bodies: each body speaks.
  const std::string text =
      "On Monday, the Alpha Water Agency (AWA), the Beta Coastal Board and the Gamma Harbour Authority met in "
      "Lisbon.\n\nThe agencies said that the talks had gone well.\n\nThe three agencies said that a second "
      "meeting would follow in May.";
  auto r = shared_attributor().analyze(text);
  const std::vector<std::string> three{"Alpha Water Agency", "Beta Coastal Board", "Gamma Harbour Authority"};
  CHECK(speakers_of(r, text, "that the talks had gone well") == three);
  CHECK(speakers_of(r, text, "that a second meeting would follow in May") == three);
  // A number the list does not have: no answer.
  const std::string text2 =
      "On Monday, the Alpha Water Agency (AWA), the Beta Coastal Board and the Gamma Harbour Authority met in "
      "Lisbon.\n\nThe two agencies said that a second meeting would follow in May.";
  auto r2 = shared_attributor().analyze(text2);
  CHECK(speakers_of(r2, text2, "that a second meeting would follow in May") == std::vector<std::string>{""});
  // Countries joined by "and": "both countries".
  const std::string text3 =
      "France and Spain signed a fisheries treaty on Tuesday.\n\nBoth countries said that the treaty would take "
      "effect in June.";
  auto r3 = shared_attributor().analyze(text3);
  CHECK(speakers_of(r3, text3, "that the treaty would take effect in June") ==
        std::vector<std::string>{"France", "Spain"});
  // No bodies listed before: the plural names no one.
  const std::string text4 =
      "The agencies said that the talks had gone well. Both countries said that the treaty "
      "would take effect in June.";
  auto r4 = shared_attributor().analyze(text4);
  CHECK(speakers_of(r4, text4, "that the talks had gone well") == std::vector<std::string>{""});
  CHECK(speakers_of(r4, text4, "that the treaty would take effect in June") == std::vector<std::string>{""});
}

TEST_CASE("a participle's subject is the list of bodies before the clause's verb", "[resolution][joint]") {
  // A body's name listed across commas keeps its comma and "and"; its acronym ends it.
  const std::string text =
      "In response to the storm, the Ministry of Water, Roads and Transport of Freedonia (MWRT) and the Sylvanian "
      "Department of Energy (SDE) discussed the need for diverse supplies of power, noting support for new "
      "investment in the region.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "support for new investment in the region") ==
        std::vector<std::string>{"Ministry of Water, Roads and Transport of Freedonia",
                                 "Sylvanian Department of Energy"});
}

TEST_CASE("a participle after 'and' goes on with the content's participle predicate", "[reported][extent]") {
  const std::string text =
      "Jane Roe, director of the agency, said the administration remains focused on the economy and committed to "
      "helping small firms grow.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text,
                    "the administration remains focused on the economy and committed to helping small firms grow") ==
        std::vector<std::string>{"Jane Roe"});
}

TEST_CASE("a participle after a comma ends a noun-phrase content unless a list goes on", "[reported][extent]") {
  const std::string text =
      "Secretary Jane Roe announced the appointment of Dr. Ann Lee as head of the agency, overseeing the "
      "inspection of grain and farm products.";
  auto r = shared_attributor().analyze(text);
  CHECK(speakers_of(r, text, "the appointment of Dr. Ann Lee as head of the agency") ==
        std::vector<std::string>{"Jane Roe"});
  const std::string text2 =
      "Secretary Jane Roe highlighted the agency's work on safe travel, determining the future of rail lines, and "
      "on building resilience.";
  auto r2 = shared_attributor().analyze(text2);
  CHECK(speakers_of(r2, text2, "the agency's work on safe travel").empty());
}

TEST_CASE(
    "an interview in 'Question:'/'Answer:' form under a headline that marks it gives the answers to the lead's "
    "person",
    "[rules][transcript]") {
  // The headline says "Interview"; the lead opens with the person (title and initial included),
  // another person named after; the questions stay the unnamed interviewer's label.
  const std::string text =
      "Interview: Harbour Chief Looks Ahead\n\nPort Commissioner Marta J. Lindqvist was appointed to lead the "
      "Northtown harbour authority in May by Governor Paul Steen. She served as its deputy for six years.\n\n"
      "Question: You have worked at the port for a long time. What surprised you?\n\n"
      "Answer: How much of the work happens at night. The cranes never stop.\n\n"
      "The staff here are the best I have worked with.\n";
  check_quote(text, "You have worked at the port for a long time. What surprised you?",
              {"Question", "transcript-turn", "Question"});
  check_quote(text, "How much of the work happens at night. The cranes never stop.",
              {"Marta J. Lindqvist", "transcript-turn", ""});
  check_quote(text, "The staff here are the best I have worked with.",
              {"Marta J. Lindqvist", "transcript-continuation", ""});
  // "Interviewer:" and a person's name label after it: a transcript of two labels.
  const std::string named =
      "Harbour chief looks ahead\n\nThe new port commissioner of Northtown took office in May.\n\n"
      "Interviewer: What surprised you in your first month?\n\nMarta Lindqvist: How much of the work happens at "
      "night.\n\nThe cranes never stop.\n";
  check_quote(named, "What surprised you in your first month?", {"Interviewer", "transcript-turn", "Interviewer"});
  check_quote(named, "How much of the work happens at night.", {"Marta Lindqvist", "transcript-turn", ""});
  check_quote(named, "The cranes never stop.", {"Marta Lindqvist", "transcript-continuation", ""});
}

TEST_CASE("a live chat's turns: a time stamp before the label, 'Comment From' a reader, a host's first name",
          "[rules][transcript]") {
  const std::string text =
      "Live Chat With the Port Commissioner\n\nThis chat about the harbour plan was held on Monday at 1 p.m.\n\n"
      "1:02 Moderator: Welcome! The chat starts in a few minutes, so send your questions now.\n\n"
      "1:05 Port Commissioner Marta Lindqvist: Thanks for joining today. I am glad to answer your questions about "
      "the harbour.\n\n"
      "1:09 Comment From Oskar: When will the new ferry pier open?\n\n"
      "1:10 Marta: Oskar, thanks for asking. The pier opens next spring.\n";
  check_quote(text, "Welcome! The chat starts in a few minutes, so send your questions now.",
              {"Moderator", "transcript-turn", "Moderator"});
  check_quote(text, "Thanks for joining today. I am glad to answer your questions about the harbour.",
              {"Marta Lindqvist", "transcript-turn", ""});
  check_quote(text, "When will the new ferry pier open?", {"Oskar", "transcript-turn", "Oskar"});
  check_quote(text, "Oskar, thanks for asking. The pier opens next spring.",
              {"Marta Lindqvist", "transcript-turn", "Marta"});
  // A clock time alone before a sentence is no label.
  const auto r = shared_attributor().analyze("Schedule\n\n9:30 Doors open at the harbour office for visitors.\n");
  CHECK(r.quotes.empty());
}

TEST_CASE("a quotation that opens the story alone is the person the next paragraph introduces", "[sieves][discourse]") {
  const std::string text =
      "Port Director Warns of Storm Season\n"
      "HALDEN, Nor. – “The storm season is getting longer every year.”\n"
      "Harbor Safety Office Director Lena Marsh said that the port must prepare for a longer season as she spoke "
      "to pilots at the annual safety meeting.\n";
  const auto r = shared_attributor().analyze(text);
  const std::string q = "The storm season is getting longer every year.";
  bool found = false;
  for (const auto& a : r.quotes)
    if (a.span.in(text) == q) {
      found = true;
      CHECK(a.speaker.value_or("") == "Lena Marsh");
      CHECK(a.rule == "opening-quote");
    }
  CHECK(found);
  // A body that opens the next paragraph is no cold open's speaker.
  const std::string body =
      "Port Office Warns of Storm Season\n"
      "HALDEN, Nor. – “The storm season is getting longer every year.”\n"
      "The Harbor Safety Office said that the port must prepare for the season.\n";
  const auto rb = shared_attributor().analyze(body);
  for (const auto& a : rb.quotes)
    if (a.span.in(body) == q) CHECK(!a.speaker);
}
