// QuoteFinder: direct quotations by their marks, and recovered without them.
// Cases in the spirit of Stanford CoreNLP's QuoteAnnotator tests, plus the
// seed article (exact gold spans), the development set (F1 as
// tools/score_quotes.py counts it) and invariants on generated text.
#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "catch_compat.hpp"
#include "quoteattr/quotes.hpp"
#include "quoteattr/sentences.hpp"

using quoteattr::DirectQuote;
using quoteattr::QuoteFinder;
using quoteattr::QuoteFinderOptions;
using quoteattr::QuoteKind;
using quoteattr::Recovery;
using quoteattr::Span;

namespace {

std::vector<DirectQuote> find(const std::string& text) {
  static const QuoteFinder finder;
  return finder.find(text);
}

std::string str(const std::string& text, Span s) { return std::string(s.in(text)); }

// The contents of the quotes of `kind`, in order.
std::vector<std::string> contents(const std::string& text, QuoteKind kind = QuoteKind::kDirect) {
  std::vector<std::string> out;
  for (const DirectQuote& q : find(text))
    if (q.kind == kind) out.push_back(str(text, q.content));
  return out;
}

// The contents of all quotes, terms included ("Bonjour" alone looks like a name).
std::vector<std::string> all_contents(const std::string& text) {
  std::vector<std::string> out;
  for (const DirectQuote& q : find(text)) out.push_back(str(text, q.content));
  return out;
}

// The span of the first occurrence of `needle` in `text` (at or after `from`).
Span at(const std::string& text, const std::string& needle, std::size_t from = 0) {
  std::size_t b = text.find(needle, from);
  REQUIRE(b != std::string::npos);
  return {b, b + needle.size()};
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in.good());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

using Strings = std::vector<std::string>;

}  // namespace

// --- every convention ------------------------------------------------------------

TEST_CASE("quotes: straight double quotes give content, marks and offsets", "[quotes]") {
  const std::string t = "He said \"hello there\" and left.";
  auto qs = find(t);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].content == at(t, "hello there"));
  CHECK(qs[0].open_mark == Span{8, 9});
  CHECK(qs[0].close_mark == Span{20, 21});
  CHECK(qs[0].recovery == Recovery::kNone);
  CHECK(qs[0].kind == QuoteKind::kDirect);
  CHECK(qs[0].depth == 0);
  CHECK(qs[0].parent == -1);
}

TEST_CASE("quotes: a quote split by its attribution is two quotes", "[quotes]") {
  const std::string t = "“We won,” she said, “and now we rest.”";
  CHECK(contents(t) == Strings{"We won,", "and now we rest."});
  auto qs = find(t);
  REQUIRE(qs.size() == 2);
  CHECK(qs[1].open_mark == at(t, "“", 5));
  CHECK(qs[1].first_sentence == 0);
}

TEST_CASE("quotes: single quotes pair like double ones", "[quotes]") {
  CHECK(contents("She said 'no' again.") == Strings{"no"});
  CHECK(contents("She said ‘never again’ twice.") == Strings{"never again"});
}

TEST_CASE("quotes: guillemets, French spacing, German and CJK marks", "[quotes]") {
  CHECK(all_contents("Il a dit « Bonjour » hier.") == Strings{"Bonjour"});
  CHECK(all_contents("Il a dit «\u00A0Bonjour\u00A0» hier.") == Strings{"Bonjour"});
  CHECK(all_contents("Il a dit «Salut» puis ‹ Ciao ›.") == Strings{"Salut", "Ciao"});
  CHECK(all_contents("Er sagte „Guten Tag“ und ging.") == Strings{"Guten Tag"});
  CHECK(all_contents("Er sagte »Hallo« und ging.") == Strings{"Hallo"});
  const std::string cjk = "他说「我们『同意』了」。";
  auto qs = find(cjk);
  REQUIRE(qs.size() == 2);
  CHECK(str(cjk, qs[0].content) == "我们『同意』了");
  CHECK(str(cjk, qs[1].content) == "同意");
  CHECK(qs[1].parent == 0);
}

TEST_CASE("quotes: wrong-direction curly marks", "[quotes]") {
  CHECK(contents("”We are ready,” he said.") == Strings{"We are ready,"});
  CHECK(contents("“Fine,“ he said.") == Strings{"Fine,"});
  CHECK(contents("He said ’maybe’ twice.") == Strings{"maybe"});
}

// --- apostrophes -----------------------------------------------------------------

TEST_CASE("quotes: apostrophes are not quotes", "[quotes]") {
  CHECK(find("'Tis the season, and Jones' aunt knows it.").empty());
  CHECK(find("Don’t touch the dog‘s bowl from the ’90s or '08.").empty());
  CHECK(find("They played rock 'n' roll all night.").empty());
  CHECK(find("'a 'b 'c ‘d ‘e").empty());
  CHECK(find("He is 6'2\" tall and she is 5'8\".").empty());
  CHECK(contents("“Don’t touch the dog‘s bowl,” he said.") == Strings{"Don’t touch the dog‘s bowl,"});
  CHECK(contents("He called it ‘rock 'n' roll diplomacy’ today.") == Strings{"rock 'n' roll diplomacy"});
  CHECK(contents("“'Tis the season,” she said.") == Strings{"'Tis the season,"});
}

// --- nesting -------------------------------------------------------------------

TEST_CASE("quotes: a quote inside a quote is its child", "[quotes]") {
  const std::string t = "“He told me ‘no’ twice,” she said.";
  auto qs = find(t);
  REQUIRE(qs.size() == 2);
  CHECK(str(t, qs[0].content) == "He told me ‘no’ twice,");
  CHECK(qs[0].depth == 0);
  CHECK(qs[0].parent == -1);
  CHECK(str(t, qs[1].content) == "no");
  CHECK(qs[1].depth == 1);
  CHECK(qs[1].parent == 0);
  CHECK(qs[1].open_mark == at(t, "‘"));
}

TEST_CASE("quotes: an unmatched inner single mark does not break the outer quote", "[quotes]") {
  const std::string t = "“He said ‘no twice,” she said. “Then yes.”";
  CHECK(contents(t) == Strings{"He said ‘no twice,", "Then yes."});
}

// --- several paragraphs ------------------------------------------------------------

TEST_CASE("quotes: a quote over several paragraphs is one quote per paragraph, linked", "[quotes]") {
  const std::string t =
      "“First paragraph of the speech.\n"
      "“Second paragraph goes on.\n"
      "“Third paragraph ends,” he said.";
  auto qs = find(t);
  REQUIRE(qs.size() == 3);
  CHECK(str(t, qs[0].content) == "First paragraph of the speech.");
  CHECK(str(t, qs[1].content) == "Second paragraph goes on.");
  CHECK(str(t, qs[2].content) == "Third paragraph ends,");
  CHECK(qs[0].recovery == Recovery::kUnclosed);
  CHECK(qs[1].recovery == Recovery::kUnclosed);
  CHECK(qs[2].recovery == Recovery::kNone);
  CHECK(qs[0].continues == -1);
  CHECK(qs[1].continues == 0);
  CHECK(qs[2].continues == 1);
  CHECK(qs[0].close_mark == Span{qs[0].content.end, qs[0].content.end});
  CHECK(qs[2].paragraph == 2);
}

TEST_CASE("quotes: a closing mark at the start of the next paragraph continues the quote", "[quotes]") {
  const std::string t = "He said: “We came to talk.\nAnd we talked,” he said.";
  auto qs = find(t);
  REQUIRE(qs.size() == 2);
  CHECK(str(t, qs[0].content) == "We came to talk.");
  CHECK(str(t, qs[1].content) == "And we talked,");
  CHECK(qs[1].recovery == Recovery::kUnopened);
  CHECK(qs[1].continues == 0);
}

TEST_CASE("quotes: a quote across a hard-wrapped line is one quote", "[quotes]") {
  const std::string t =
      "Blinken told reporters on Saturday: “We are not going\n"
      "to back down, and we will keep talking,” he said.\n"
      "“That is the point.”";
  auto qs = find(t);
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].content == at(t, "We are not going\nto back down, and we will keep talking,"));
  CHECK(qs[0].open_mark == at(t, "“"));
  CHECK(qs[0].recovery == Recovery::kNone);
  CHECK(qs[0].paragraph == 0);
  CHECK(str(t, qs[1].content) == "That is the point.");
  CHECK(qs[1].paragraph == 1);  // after a line that ends a sentence: a new paragraph
  CHECK(qs[1].continues == -1);
}

TEST_CASE("quotes: straight quotes over several paragraphs", "[quotes]") {
  const std::string t = "\"We came.\n\n\"We saw,\" he said.";
  auto qs = find(t);
  REQUIRE(qs.size() == 2);
  CHECK(qs[1].continues == 0);
  CHECK(qs[1].paragraph == 1);
}

TEST_CASE("quotes: the continued quote may start after a closed one", "[quotes]") {
  const std::string t = "“Yes,” he said. “We will go on.\n“And on.”\nNarration “not continued.”";
  auto qs = find(t);
  REQUIRE(qs.size() == 4);
  CHECK(str(t, qs[1].content) == "We will go on.");
  CHECK(qs[1].recovery == Recovery::kUnclosed);
  CHECK(str(t, qs[2].content) == "And on.");
  CHECK(qs[2].continues == 1);
  CHECK(qs[3].continues == -1);
}

// --- broken marks ------------------------------------------------------------------

TEST_CASE("quotes: an opening mark never closed runs to the paragraph end", "[quotes]") {
  const std::string t =
      "For this reason, Wan assured: “We have always demanded respect. And more.\n"
      "Next paragraph with “a quote” here.";
  auto qs = find(t);
  REQUIRE(qs.size() == 2);
  CHECK(str(t, qs[0].content) == "We have always demanded respect. And more.");
  CHECK(qs[0].recovery == Recovery::kUnclosed);
  CHECK(qs[0].continues == -1);
  CHECK(str(t, qs[1].content) == "a quote");
  CHECK(qs[1].recovery == Recovery::kNone);
}

TEST_CASE("quotes: a closing mark never opened starts at the paragraph start", "[quotes]") {
  const std::string t = "Help each other succeed, instead. to say the opposite,” commented the president.";
  auto qs = find(t);
  REQUIRE(qs.size() == 1);
  CHECK(str(t, qs[0].content) == "Help each other succeed, instead. to say the opposite,");
  CHECK(qs[0].recovery == Recovery::kUnopened);
  CHECK(qs[0].open_mark == Span{0, 0});
  CHECK(qs[0].close_mark == at(t, "”"));
}

TEST_CASE("quotes: an unopened quote starts after narration or an earlier quote", "[quotes]") {
  CHECK(contents("Xi spoke to reporters on Monday. Help each other,” the president said.") ==
        Strings{"Help each other,"});
  CHECK(contents("“Yes,” he said. Then more words follow,” he added.") == Strings{"Yes,", "Then more words follow,"});
}

// --- recovered without marks --------------------------------------------------------

TEST_CASE("quotes: speech verb and colon introduce a quote to the sentence end", "[quotes]") {
  const std::string t = "He reiterated: I have said it many times. Then he left.";
  auto qs = find(t);
  REQUIRE(qs.size() == 1);
  CHECK(str(t, qs[0].content) == "I have said it many times.");
  CHECK(qs[0].recovery == Recovery::kColon);
  CHECK(str(t, qs[0].cue) == "reiterated");
  CHECK(contents("She told reporters on Friday: The talks went well.") == Strings{"The talks went well."});
  CHECK(find("They proposed three points for the relationship: respect and peace.").empty());
  CHECK(find("The meeting said at 10:30 that it ended.").empty());
  CHECK(contents("Wan assured: “We agree.”") == Strings{"We agree."});
}

TEST_CASE("quotes: custom speech verbs replace the built-in list", "[quotes]") {
  QuoteFinderOptions o;
  o.speech_verbs = {"opined"};
  QuoteFinder finder(o);
  const std::string a = "She opined: Cats rule the world.";
  auto qs = finder.find(a);
  REQUIRE(qs.size() == 1);
  CHECK(str(a, qs[0].content) == "Cats rule the world.");
  CHECK(finder.find("He reiterated: Dogs rule the world.").empty());
}

TEST_CASE("quotes: transcript turns, stage directions and unlabelled paragraphs", "[quotes]") {
  const std::string t =
      "SECRETARY BLINKEN: Thank you. Good morning.\n"
      "State Councilor.\n"
      "STATE COUNCILOR AND FOREIGN MINISTER WANG: (Via interpreter) China and the US talk.\n";
  auto qs = find(t);
  REQUIRE(qs.size() == 3);
  CHECK(str(t, qs[0].content) == "Thank you. Good morning.");
  CHECK(str(t, qs[0].cue) == "SECRETARY BLINKEN");
  CHECK(qs[0].recovery == Recovery::kTranscript);
  CHECK(str(t, qs[1].content) == "State Councilor.");
  CHECK(qs[1].continues == 0);
  CHECK(qs[1].cue.empty());
  CHECK(str(t, qs[2].content) == "China and the US talk.");
  CHECK(str(t, qs[2].cue) == "STATE COUNCILOR AND FOREIGN MINISTER WANG");
  CHECK(qs[2].continues == -1);
  // One label alone is a dateline, not a transcript.
  CHECK(find("WASHINGTON: The talks ended on Friday.").empty());
  // So is one upper-case label of a place and its country, though it has two words.
  CHECK(find("Bank Signs Agreement\nBEIJING, CHINA: The bank signed an agreement.\nThe deal is large.").empty());
  // A headline all in capitals with a colon ("MINISTER TO FARMERS: ...") is no turn, and its
  // words no label; a label before a sentence in capitals with its period still is.
  CHECK(find("TRADE MINISTER TO FARM LEADERS: NEW GRAIN RULES A TURNING POINT FOR EXPORTS\n"
             "Says open markets vital for rural growth\n"
             "Speaking in Lagos today, the minister said the rules would help farmers.\n")
            .empty());
  CHECK(contents("TRADE MINISTER ADEYEMI: THANK YOU ALL FOR COMING.\n") == Strings{"THANK YOU ALL FOR COMING."});
  QuoteFinderOptions off;
  off.transcript_turns = false;
  CHECK(QuoteFinder(off).find(t).empty());
}

TEST_CASE("quotes: press-conference transcripts with Title Case labels", "[quotes]") {
  const std::string t =
      "Foreign Ministry Spokesperson Mao Ning held a regular press conference on Monday.\n"
      "The Paper: The director said the lab leak is likely. What is your comment?\n"
      "Mao Ning: We have noted the reports.\n"
      "Bloomberg: A follow-up question.\n"
      "Mao Ning: I have nothing more to add.\n";
  CHECK(contents(t) == Strings{"The director said the lab leak is likely. What is your comment?",
                               "We have noted the reports.", "A follow-up question.", "I have nothing more to add."});
  // Labels that never repeat are not a transcript.
  CHECK(find("Update: The talks ended.\nNote: Times are local.\nSource: Reuters.").empty());
  // A page's metadata label above a transcript ("Transcript: ...", "Date: ...") opens no turn.
  CHECK(
      contents("Transcript: Mayor Ann Lee at the press conference in the port\nDate: 3 May 2021\nThe Post: Any news?\n"
               "Mao Ning: None yet.\nThe Post: Why not?\nMao Ning: Ask the mayor.\n") ==
      Strings{"Any news?", "None yet.", "Why not?", "Ask the mayor."});
  CHECK(contents("Interview: A blogger on elections and the internet\nWe spoke to a blogger about the vote.\n"
                 "The Post: Any news?\nMao Ning: None yet.\nThe Post: Why not?\nMao Ning: Ask the mayor.\n") ==
        Strings{"Any news?", "None yet.", "Why not?", "Ask the mayor."});
  // A headline "Title: Title Case words" above a transcript is no turn.
  CHECK(contents("Second Round of Port Talks: Morning Walk Grand Hotel\nA/S LEE: Good morning.\nQUESTION: Any "
                 "news?\nA/S LEE: None yet.\n") == Strings{"Good morning.", "Any news?", "None yet."});
}

// The turn formats of public transcripts (docs/transcripts.md), on made-up text: each row a
// document, the contents of its direct quotes and the cue of each (the label as the text writes
// it; "" for a continuation).
TEST_CASE("quotes: transcript formats of press offices, hearings, parliaments and podcasts", "[quotes][transcript]") {
  struct Row {
    const char* what;
    std::string text;
    Strings contents, cues;
  };
  const std::vector<Row> rows = {
      {"a press office's question without a colon (a tab or spaces after Q)",
       "MS. ROE: Good afternoon. I have one thing at the top.\nQ    Thank you. Any news on the trip?\n"
       "MS. ROE: Not yet.\nQ\tAnd the budget?\nMS. ROE: Next week.\n",
       {"Good afternoon. I have one thing at the top.", "Thank you. Any news on the trip?", "Not yet.",
        "And the budget?", "Next week."},
       {"MS. ROE", "Q", "MS. ROE", "Q", "MS. ROE"}},
      {"Q with a period, and a stage direction after the last sentence left out",
       "MR. KANE: Good morning. (Laughter.)\nQ. Still like the job? (Laughter.)\nMR. KANE: Very much.\n",
       {"Good morning.", "Still like the job?", "Very much."},
       {"MR. KANE", "Q", "MR. KANE"}},
      {"a hearing record: title words, a name in capitals, a period",
       "The committee met at 10 a.m.\nMrs. BERG. The committee will come to order.\n"
       "Mr. KANE of Ohio. Thank you, Madam Chair.\nThe CHAIRMAN. Please proceed.\n"
       "Senator NOVAK. I have two questions.\n",
       {"The committee will come to order.", "Thank you, Madam Chair.", "Please proceed.", "I have two questions."},
       {"Mrs. BERG", "Mr. KANE", "The CHAIRMAN", "Senator NOVAK"}},
      {"a parliament's record: a role with the name in brackets, a member with seat and party",
       "Jane Roe (Northtown) (Lab): Will he list his engagements?\n"
       "The Prime Minister (Tom Kane): This morning I had meetings with colleagues.\n"
       "Anna Berg (Southfield) (Con): Where is the deal?\n",
       {"Will he list his engagements?", "This morning I had meetings with colleagues.", "Where is the deal?"},
       {"Jane Roe", "Tom Kane", "Anna Berg"}},
      {"a body's role with the name in square brackets, an outlet after the questioner's label",
       "NATO Spokesperson [Anna Berg]: We will take a few questions.\n"
       "Question [Jan Kane, Daily Star]: Will the allies agree?\nNATO Secretary General [Tom Ruiz]: I expect so.\n",
       {"We will take a few questions.", "Will the allies agree?", "I expect so."},
       {"Anna Berg", "Question", "Tom Ruiz"}},
      {"a role, a comma and the name in name case",
       "Weekly media briefing\nOfficial Spokesperson, Jan Novak: Good afternoon.\nQuestion: Any update?\n"
       "Official Spokesperson, Jan Novak: Not yet.\n",
       {"Good afternoon.", "Any update?", "Not yet."},
       {"Jan Novak", "Question", "Jan Novak"}},
      {"a radio transcript: a title, a name in capitals and a role in brackets",
       "Senator JAN NOVAK (Republican, Arizona): We saw families who waited for months.\n"
       "KANE: What will you propose?\nSen. NOVAK: A bill to fund more judges.\n",
       {"We saw families who waited for months.", "What will you propose?", "A bill to fund more judges."},
       {"Senator JAN NOVAK", "KANE", "Sen. NOVAK"}},
      {"a radio host's label with the role in lower case, a numbered unidentified speaker",
       "MICHELE NORRIS, host: The White House responded on Monday.\nNORRIS: Why not?\n"
       "Unidentified Man #1: Shame on you!\n",
       {"The White House responded on Monday.", "Why not?", "Shame on you!"},
       {"MICHELE NORRIS", "NORRIS", "Unidentified Man #1"}},
      {"a transcription service's labels with a timestamp, the words in the next paragraph",
       "Briefing Transcript\nJane Roe (00:22):\nGood afternoon, everyone.\nMatt (00:31):\nThanks. Any news?\n"
       "Jane Roe (00:40):\nNot yet.\n",
       {"Good afternoon, everyone.", "Thanks. Any news?", "Not yet."},
       {"Jane Roe", "Matt", "Jane Roe"}},
      {"a podcast's labels: a name in brackets, or a timestamp in brackets",
       "[Anna Berg]: Welcome back to the show.\n[Jan Novak]: Thanks for having me.\n"
       "Anna Berg [00:01:02]: What changed most?\nJan Novak [00:01:09]: How people get to work.\n",
       {"Welcome back to the show.", "Thanks for having me.", "What changed most?", "How people get to work."},
       {"Anna Berg", "Jan Novak", "Anna Berg", "Jan Novak"}},
      {"labels before a dash, when they repeat",
       "Roundtable on trade\nNOVAK - We need lower tariffs.\nBERG - I agree, but the timing matters.\n"
       "NOVAK - Then let us start with steel.\n",
       {"We need lower tariffs.", "I agree, but the timing matters.", "Then let us start with steel."},
       {"NOVAK", "BERG", "NOVAK"}},
      {"labels in name case before a dash",
       "Jan Novak — We need lower tariffs.\nAnna Berg — I agree.\nJan Novak — Then let us start with steel.\n",
       {"We need lower tariffs.", "I agree.", "Then let us start with steel."},
       {"Jan Novak", "Anna Berg", "Jan Novak"}},
      {"a broadcaster's timestamp before the label",
       "[01:00:00] ANNA BERG, CORRESPONDENT: Welcome to our viewers.\n(BEGIN VIDEO CLIP)\n"
       "JAN NOVAK, PRESIDENT OF FREEDONIA: We will not accept this.\n",
       {"Welcome to our viewers.", "We will not accept this."},
       {"ANNA BERG", "JAN NOVAK"}},
      {"two titles joined by a slash before the name",
       "Press conference after the Council\nHigh Representative/Vice-President Jan Novak: Good afternoon.\n"
       "Question: Will it pass?\nHigh Representative/Vice-President Jan Novak: I believe so.\n",
       {"Good afternoon.", "Will it pass?", "I believe so."},
       {"High Representative/Vice-President Jan Novak", "Question", "High Representative/Vice-President Jan Novak"}},
      {"labels of a surname after an initial",
       "Meeting on the harvest\nM. Novak: Good afternoon, colleagues.\nA. Berg: Mr Novak, the harvest is ahead of "
       "plan.\n",
       {"Good afternoon, colleagues.", "Mr Novak, the harvest is ahead of plan."},
       {"M. Novak", "A. Berg"}},
      {"an enumerator before a colon and a lower-case word continues the turn",
       "MR. ROE: Three things today.\nFirst: the budget.\nQUESTION: On the budget?\nMR. ROE: A vote soon.\n",
       {"Three things today.", "First: the budget.", "On the budget?", "A vote soon."},
       {"MR. ROE", "", "QUESTION", "MR. ROE"}},
      {"a list under a lead with a colon, inside a turn, goes on with the turn",
       "MR. ROE: We agreed on three things today:\nTrade: Lower tariffs on steel.\nEnergy: A new pipeline.\n"
       "QUESTION: And the timing?\nMR. ROE: Next year.\n",
       {"We agreed on three things today:", "Trade: Lower tariffs on steel.", "Energy: A new pipeline.",
        "And the timing?", "Next year."},
       {"MR. ROE", "", "", "QUESTION", "MR. ROE"}},
      {"a page's section labels inside a transcript end the turn and are no turns",
       "SECRETARY BERG: Good morning. We sign the accord today.\nBackground: The accord took two years.\n"
       "MINISTER NOVAK: Thank you, Anna.\nKey points: The accord covers trade.\n"
       "Editor's Note: This transcript was edited for length.\nSECRETARY BERG: Thank you all.\n",
       {"Good morning. We sign the accord today.", "Thank you, Anna.", "Thank you all."},
       {"SECRETARY BERG", "MINISTER NOVAK", "SECRETARY BERG"}},
  };
  // The profile's role nouns are title words of labels ("Senator", "Prime Minister").
  QuoteFinderOptions options;
  options.title_words = {"senator",        "chairman",       "prime minister", "secretary",
                         "minister",       "correspondent",  "president",      "speaker",
                         "representative", "vice-president", "spokesperson",   "secretary general"};
  const QuoteFinder finder(options);
  for (const Row& row : rows) {
    INFO(row.what);
    Strings got, cues;
    for (const DirectQuote& q : finder.find(row.text)) {
      if (q.kind != QuoteKind::kDirect) continue;
      got.push_back(str(row.text, q.content));
      cues.push_back(str(row.text, q.cue));
    }
    CHECK(got == row.contents);
    CHECK(cues == row.cues);
  }
  // Guards: a page's labels are no speakers, in an article or before a transcript.
  CHECK(contents("City approves budget\nEditor's note: An earlier version misspelled a name.\n"
                 "Update: The council votes again next week.\nBackground: The budget was late.\n") == Strings{});
  // A list under a lead in an article, and a "Q&A:" heading, are no transcript.
  CHECK(contents("Council approves budget\nHighlights of the budget:\nParks: Two million for playgrounds.\n"
                 "Roads: Repairs begin in March.\nSchools: Two new teachers.\nQ&A: What changes for you?\n"
                 "Q: Will my taxes go up?\nNo. The rate stays the same.\n") == Strings{});
  // Questions labelled "Q." with answers under no label are no transcript of the questioner: the
  // answers would go on as her turn.
  CHECK(contents("Remarks at the press conference\nQ. On trade, will you act?\nWe will act soon.\n"
                 "Q. And on energy?\nThe plan is ready.\n") == Strings{});
  // A "Q" before a word in prose is no label, and one "Q" turn alone is no transcript.
  CHECK(contents("Q fever cases rose in the region this year.\nThe ministry said it was watching.\n") == Strings{});
  // A dateline before a dash, and items before dashes that never repeat, are no labels.
  CHECK(contents("WASHINGTON — The president met the minister.\nMonday — Talks open.\nTuesday — Talks close.\n"
                 "Wednesday — Leaders leave.\n") == Strings{});
  // Names with a period in prose are no hearing labels ("Mr. Roe. He ..." is no "Mr. ROE.").
  CHECK(contents("The panel heard Mr. Roe. He spoke for an hour.\nThe CEO. spoke next.\n") == Strings{});
}

TEST_CASE("quotes: an interview written up without labels", "[quotes]") {
  // Questions to "you" alone in their paragraphs, answered in the first person: turns.
  const std::string t =
      "Ana Berg has been the mayor since 2021. She spoke to us in the port.\n"
      "What did you achieve this year?\n"
      "We achieved a great deal. The port is busier than ever.\n"
      "My team worked very hard for it.\n"
      "Will you run again?\n"
      "Yes, I will run again next spring.\n";
  auto qs = find(t);
  REQUIRE(qs.size() == 5);
  CHECK(str(t, qs[0].content) == "What did you achieve this year?");
  CHECK(qs[0].recovery == Recovery::kTranscript);
  CHECK(str(t, qs[1].content) == "We achieved a great deal. The port is busier than ever.");
  CHECK(str(t, qs[2].content) == "My team worked very hard for it.");
  CHECK(qs[2].continues == 1);
  CHECK(str(t, qs[4].content) == "Yes, I will run again next spring.");
  // One question and its answer in an article are no interview.
  CHECK(find("The mayor spoke on Monday.\nWhat can you do about it?\nWe can do a lot, and we will.\nThe talks ended.\n")
            .empty());
}

TEST_CASE("quotes: an interview without labels that its title names", "[quotes]") {
  QuoteFinderOptions o;
  o.title_words = {"ambassador", "minister"};
  const QuoteFinder finder(o);
  // The title names the interviewee (before a possessive interview noun) and the interviewer
  // (after "to"): one question and its answer are enough, a question may address the interviewee
  // by title without a question mark, and a question that ends the text is one.
  const std::string t =
      "Minister Jan Novak's Interview to the Harbour Times\n"
      "Mr. Minister, tell us what the new port will change for the region.\n"
      "I believe it will double our trade within five years.\n"
      "We have already signed two contracts.\n"
      "How will you pay for the second stage?\n";
  auto qs = finder.find(t);
  REQUIRE(qs.size() == 4);
  CHECK(str(t, qs[0].cue) == "Harbour Times");
  CHECK(str(t, qs[1].cue) == "Jan Novak");
  CHECK(qs[2].continues == 1);
  CHECK(str(t, qs[3].content) == "How will you pay for the second stage?");
  CHECK(str(t, qs[3].cue) == "Harbour Times");
  // Without such a title, one question and its answer are no interview.
  CHECK(finder
            .find("Port news\nMr. Minister, tell us what the new port will change.\n"
                  "I believe it will double our trade.\nHow will you pay for it?\n")
            .empty());
}

TEST_CASE("quotes: a text its title gives to one speaker", "[quotes]") {
  QuoteFinderOptions o;
  o.title_words = {"ambassador", "minister", "spokesperson"};
  const QuoteFinder finder(o);
  // Each paragraph of a first-person body after "Message from <title> <name>" is a turn labelled
  // by the title's name; a heading in between takes no part, a quotation inside is nested.
  const std::string t =
      "A Message from Ambassador Piet Oduya on the Harvest Festival\n"
      "As prepared for delivery\n"
      "Yesterday Sylvania began its harvest festival.\n"
      "We at the embassy wish everyone \u201ca rich harvest and a long winter.\u201d\n"
      "I hope to see many of you at the fair.\n";
  auto qs = finder.find(t);
  REQUIRE(qs.size() == 4);
  CHECK(str(t, qs[0].content) == "Yesterday Sylvania began its harvest festival.");
  CHECK(str(t, qs[0].cue) == "Piet Oduya");
  CHECK(qs[0].recovery == Recovery::kTranscript);
  CHECK(str(t, qs[1].content) == "We at the embassy wish everyone \u201ca rich harvest and a long winter.\u201d");
  CHECK(str(t, qs[2].content) == "a rich harvest and a long winter.");
  CHECK(qs[2].parent == 1);
  CHECK(str(t, qs[3].cue) == "Piet Oduya");
  // The name opens the title before a possessive noun; a note in brackets goes with the titles.
  const std::string own =
      "Minister (designate) Jan Novak's Statement at the Harbour\nI thank the workers.\nWe opened it today.\n";
  auto qs2 = finder.find(own);
  REQUIRE(qs2.size() == 2);
  CHECK(str(own, qs2[1].cue) == "Jan Novak");
  // Not so: a body that names the speaker (a news release), a body in the third person, a title
  // that names an event ("Delivers Remarks"), a title with no name.
  CHECK(finder
            .find("Remarks by Ambassador Piet Oduya at the Fair\nAmbassador Oduya opened the fair.\n"
                  "We thank him, the mayor said.\n")
            .size() <= 1);
  CHECK(finder
            .find("Statement by Spokesperson Anna Berg on the Visit\nThe minister met the mayor.\n"
                  "The two discussed trade.\n")
            .empty());
  CHECK(finder.find("Ambassador Oduya Delivers Remarks at the Fair\nI am glad to be here.\nWe thank you.\n").empty());
  CHECK(finder.find("Remarks at the Opening of the Fair\nI am glad to be here.\nWe thank you.\n").empty());
}

TEST_CASE("quotes: name-case speaker labels: title words, a name, a stage direction", "[quotes]") {
  QuoteFinderOptions o;
  o.title_words = {"president", "prime minister", "ambassador"};
  const QuoteFinder finder(o);
  const std::string t =
      "Meeting with the Prime Minister of Freedonia\n"
      "The two leaders met in the capital on Monday.\n"
      "President of the Republic of Sylvania Anna Berg: Mr Prime Minister,\n"
      "I am glad to see you again.\n"
      "Prime Minister of Freedonia Jan Novak (via interpreter): Thank you.\n"
      "We have much to discuss.\n";
  auto qs = finder.find(t);
  REQUIRE(qs.size() == 4);
  CHECK(str(t, qs[0].content) == "Mr Prime Minister,");
  CHECK(str(t, qs[0].cue) == "President of the Republic of Sylvania Anna Berg");
  CHECK(qs[0].recovery == Recovery::kTranscript);
  CHECK(str(t, qs[1].content) == "I am glad to see you again.");
  CHECK(qs[1].continues == 0);
  CHECK(str(t, qs[2].content) == "Thank you.");
  CHECK(str(t, qs[2].cue) == "Prime Minister of Freedonia Jan Novak");  // no stage direction
  CHECK(qs[2].continues == -1);
  CHECK(str(t, qs[3].content) == "We have much to discuss.");
  CHECK(qs[3].continues == 2);
  // One label is enough when it is a speaker's title and name.
  CHECK(finder.find("Ambassador Jane Roe: We will vote no.\nThe vote is on Friday.").size() == 2);
  // Not a speaker label: a verb in it, a quotation in marks after it, a Title Case headline
  // after it, a lower-case clause, no title, or no name after the title.
  CHECK(finder.find("President Jane Roe Says: We will vote no.").empty());
  CHECK(finder.find("President Jane Roe reiterated: We will vote no.\nThe vote is on Friday.").size() == 1);
  CHECK(finder.find("Ambassador Jane Roe: “We will vote no.”\nThe vote is on Friday.").size() == 1);
  CHECK(finder.find("Ambassador Jane Roe: Talks in Crisis\nThe talks stalled on Friday.").empty());
  CHECK(finder.find("Note: Times are local.\nThe talks stalled on Friday.").empty());
  CHECK(finder.find("Freedonia Today: The talks stalled.\nThe vote is on Friday.").empty());
  CHECK(finder.find("Talks With the President: The talks stalled.\nThe vote is on Friday.").empty());
  // Without title words only the personal titles of the language pack open a label.
  CHECK(find("President Jane Roe: We will vote no.").empty());
  CHECK(find("Mr. Jan Novak: We will vote no.").size() == 1);
}

TEST_CASE("quotes: short noun phrases after a determiner, with the sentence's comma or period inside", "[quotes]") {
  // Inside another quotation, a short lower-case noun phrase right after its determiner is held at
  // a distance, its comma inside the marks or not; the quotation around it is speech.
  const std::string t = "She said, \"We are a \"one-stop-shop,\" open every day of the year.\"\n";
  auto qs = find(t);
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].kind == QuoteKind::kDirect);
  CHECK(str(t, qs[1].content) == "one-stop-shop,");
  CHECK(qs[1].kind == QuoteKind::kTerm);
  const std::string u = "\"There is no such thing as a 'farmer's trade,' any more,\" said the minister.\n";
  auto us = find(u);
  REQUIRE(us.size() == 2);
  CHECK(us[1].kind == QuoteKind::kTerm);
  // But not after a pronoun's determiner form ("told her 'go home,'"): speech.
  const std::string w = "\"I told her 'go home,' and she left,\" the mayor said.\n";
  for (const DirectQuote& q : find(w)) CHECK(q.kind == QuoteKind::kDirect);
  // A short Title Case name with the sentence's period inside its marks, after a determiner and one
  // modifier, is a name, even in a sentence with a speech verb.
  const std::string v =
      "The mayor said the bridge will be named for the pilots of the famous \u201cSky Riders.\u201d\n";
  auto vs = find(v);
  REQUIRE(vs.size() == 1);
  CHECK(vs[0].kind == QuoteKind::kTerm);
  // Speech after a speech verb is still speech.
  CHECK(contents("The mayor said, \u201cSky Riders.\u201d\n") == Strings{"Sky Riders."});
}

TEST_CASE("quotes: a kicker in capitals over a first line is no speaker's label", "[quotes][transcript]") {
  // A slogan in capitals, a colon and a headline without a sentence's end: the text under it is
  // narration, no turn; the quotation in marks is still found.
  const std::string t =
      "OPEN WATERS: Harbour keeps its ships at sea despite the storm\n"
      "If there is one message Captain Lena Marsh gives her crews, it is that the harbour is open.\n"
      "\u201cWe never close,\u201d said Marsh. \u201cThe crews are proud of that.\u201d\n"
      "The meaning of open waters for Marsh is twofold.\n";
  CHECK(contents(t) == Strings{"We never close,", "The crews are proud of that."});
  for (const DirectQuote& q : find(t)) CHECK(q.recovery != Recovery::kTranscript);
  // A label with a title word keeps its turn, and so does a first line that ends as a sentence.
  CHECK(contents("MR. BERG: Thank you all for coming\nWe are here to open the harbour.\n") ==
        Strings{"Thank you all for coming", "We are here to open the harbour."});
  CHECK(contents("ANNA BERG: Thank you all for coming.\nWe are here to open the harbour.\n") ==
        Strings{"Thank you all for coming.", "We are here to open the harbour."});
}

TEST_CASE("quotes: a bare name's label and its surname's label later make a transcript", "[quotes][transcript]") {
  // "Anna Berg:" and later "Berg:": the same speaker twice, a panel's transcript; the unlabelled
  // paragraphs go on with her turn. A moderator's line with no space after its colon is no turn.
  const std::string t =
      "Panel on city budgets\n"
      "Moderator:Anna Berg, Director, City Institute\n"
      "Anna Berg: Good afternoon. Welcome to this session.\n"
      "The council asked the institute to review the budget.\n"
      "Berg: Number two, the roads.\n";
  CHECK(contents(t) == Strings{"Good afternoon. Welcome to this session.",
                               "The council asked the institute to review the budget.", "Number two, the roads."});
  // Another one-word label than the surname is no evidence.
  CHECK(find("Panel on city budgets\nAnna Berg: Good afternoon.\nThe talks ended.\nNote: Times are local.\n").empty());
}

TEST_CASE("quotes: transcripts labelled by bare personal names", "[quotes]") {
  // Two labels of bare names: a transcript; the short vocative turn and the paragraphs after it
  // without a label are the last speaker's.
  const std::string t =
      "The meeting was held ahead of the annual budget debate.\n"
      "Anna Berg: Ms Lund,\n"
      "We have met all the groups ahead of the debate. It helps us a great deal.\n"
      "I suggest we discuss the report today.\n"
      "Karin Lund: Ms Berg,\n"
      "Our members met the ministers last month.\n";
  auto qs = find(t);
  REQUIRE(qs.size() == 5);
  CHECK(str(t, qs[0].content) == "Ms Lund,");
  CHECK(str(t, qs[0].cue) == "Anna Berg");
  CHECK(qs[0].recovery == Recovery::kTranscript);
  CHECK(str(t, qs[1].content) == "We have met all the groups ahead of the debate. It helps us a great deal.");
  CHECK(qs[1].continues == 0);
  CHECK(str(t, qs[2].content) == "I suggest we discuss the report today.");
  CHECK(qs[2].continues == 1);
  CHECK(str(t, qs[3].content) == "Ms Berg,");
  CHECK(str(t, qs[3].cue) == "Karin Lund");
  CHECK(qs[3].continues == -1);
  CHECK(str(t, qs[4].content) == "Our members met the ministers last month.");
  // One such label right after a paragraph that introduces a transcript.
  const std::string u =
      "Cabinet meeting\n"
      "Excerpts from the transcript:\n"
      "Anna Berg: Good afternoon, colleagues. We will discuss the budget.\n"
      "Also today, we will discuss a draft law on sick pay.\n";
  CHECK(contents(u) == Strings{"Good afternoon, colleagues. We will discuss the budget.",
                               "Also today, we will discuss a draft law on sick pay."});
  // Without the introduction one such label is not a transcript, nor is a bare name before a
  // headline, a quotation in marks (its marks give the words) or a label with a digit.
  CHECK(find("Cabinet meeting\nAnna Berg: Good afternoon, colleagues.\nThe talks ended.\n").empty());
  CHECK(find("Excerpts from the transcript:\nAnna Berg: Talks in Crisis\n").empty());
  CHECK(contents("Excerpts from the transcript:\nAnna Berg: “We will win.”\nThe talks ended.\n") ==
        Strings{"We will win."});
  CHECK(find("Excerpts from the record:\nRoom 101 Today: Good afternoon, colleagues.\n").empty());
  // A paragraph that ends in a colon with no word of a transcript is no introduction.
  CHECK(find("The agenda was as follows:\nAnna Berg: Good afternoon, colleagues.\nThe talks ended.\n").empty());
}

TEST_CASE("quotes: upper-case labels of a name and a role, and long ones of a title and a name", "[quotes]") {
  QuoteFinderOptions o;
  o.title_words = {"prime minister", "secretary", "press secretary", "general"};
  const QuoteFinder finder(o);
  // "NAME, ROLE:" alone opens a transcript (a title word after the comma); the cue is the name.
  const std::string t = "ANNA BERG, PRIME MINISTER OF SYLVANIA: I am delighted to host you.\nThe ties are strong.\n";
  auto qs = finder.find(t);
  REQUIRE(qs.size() == 2);
  CHECK(str(t, qs[0].content) == "I am delighted to host you.");
  CHECK(str(t, qs[0].cue) == "ANNA BERG");
  CHECK(str(t, qs[1].content) == "The ties are strong.");
  CHECK(qs[1].continues == 0);
  // A place and its country stay a dateline.
  CHECK(finder.find("BEIJING, CHINA: The bank signed an agreement.\nThe deal is large.").empty());
  // A long upper-case label of a role and a name (more than six words) is a turn's label.
  const std::string u =
      "SECRETARY OF DEFENSE JAN K. NOVAK III: Good afternoon. Let me open with a statement.\n"
      "We have made progress this week.\n"
      "Q: Mr. Secretary, what next?\n"
      "PRESS SECRETARY AIR FORCE MAJ. GEN. ANNA BERG: Next question.\n";
  auto us = finder.find(u);
  REQUIRE(us.size() == 4);
  CHECK(str(u, us[0].content) == "Good afternoon. Let me open with a statement.");
  CHECK(str(u, us[0].cue) == "SECRETARY OF DEFENSE JAN K. NOVAK III");
  CHECK(str(u, us[1].content) == "We have made progress this week.");
  CHECK(str(u, us[2].cue) == "Q");
  CHECK(str(u, us[3].cue) == "PRESS SECRETARY AIR FORCE MAJ. GEN. ANNA BERG");
  // In name case too: a bare name, a comma and a role; the cue is the name.
  const std::string v = "Anna Berg, Prime Minister of Sylvania: Thanks for joining us.\nWe met twice.\n";
  auto vs = finder.find(v);
  REQUIRE(vs.size() == 2);
  CHECK(str(v, vs[0].content) == "Thanks for joining us.");
  CHECK(str(v, vs[0].cue) == "Anna Berg");
  CHECK(finder.find("Sydney, Australia: The bank signed an agreement.\nThe deal is large.").empty());
  CHECK(finder.find("Anna Berg, Prime Minister, Says: We will win.\nThe deal is large.").empty());
  // A title word after the first word of a name-case label, and a full name after it.
  const std::string w = "Pentagon Press Secretary Jan Novak: Good afternoon.\nLet me begin.\n";
  auto ws = finder.find(w);
  REQUIRE(ws.size() == 2);
  CHECK(str(w, ws[0].cue) == "Pentagon Press Secretary Jan Novak");
  CHECK(finder.find("Agency Press Release: Joint Statement of the Council.\nThe council met.").empty());
  // A label alone in its paragraph labels the paragraph after it (not the last turn's speaker);
  // a no-break space inside a label is a space.
  const std::string x =
      "SECRETARY OF DEFENSE JAN K. NOVAK III:\nGood afternoon. Let me open.\nWe made progress.\nQ:\nWhat "
      "next?\nSECRETARY\u00a0NOVAK:\nWe wait.\n";
  auto xs = finder.find(x);
  REQUIRE(xs.size() == 4);
  CHECK(str(x, xs[0].content) == "Good afternoon. Let me open.");
  CHECK(str(x, xs[0].cue) == "SECRETARY OF DEFENSE JAN K. NOVAK III");
  CHECK(xs[0].continues == -1);
  CHECK(str(x, xs[1].content) == "We made progress.");
  CHECK(xs[1].continues == 0);
  CHECK(str(x, xs[2].content) == "What next?");
  CHECK(str(x, xs[2].cue) == "Q");
  CHECK(xs[2].continues == -1);
  CHECK(str(x, xs[3].cue) == "SECRETARY\u00a0NOVAK");
  // Without a title word a long upper-case line before a colon is no label.
  CHECK(finder.find("THE BIG RED BARN ON THE HILL ROAD: It burned down.\nNo one was hurt.").empty());
}

TEST_CASE("quotes: a quote inside a transcript turn is its child", "[quotes]") {
  const std::string t = "MR. PRICE: He said “yes” to us.\nQUESTION: Thanks.";
  auto qs = find(t);
  REQUIRE(qs.size() == 3);
  CHECK(str(t, qs[1].content) == "yes");
  CHECK(qs[1].parent == 0);
  CHECK(qs[1].depth == 1);
  CHECK(str(t, qs[2].content) == "Thanks.");
}

TEST_CASE("quotes: verbatim sentences that lost their marks", "[quotes]") {
  const std::string t =
      "After the meeting, Blinken posted on his X account. We had a good talk about trade. "
      "“We will meet again,” he said.";
  auto qs = find(t);
  REQUIRE(qs.size() == 2);
  CHECK(str(t, qs[0].content) == "We had a good talk about trade.");
  CHECK(qs[0].recovery == Recovery::kUnmarked);
  CHECK(str(t, qs[0].cue) == "posted");

  // Clause level: ". and" does not end the sentence, but ends the verbatim clause.
  const std::string u =
      "Xi said he hoped for peace. This is the common desire of the two peoples. and "
      "reiterated: I have said it before.";
  auto us = find(u);
  REQUIRE(us.size() == 2);
  CHECK(str(u, us[0].content) == "This is the common desire of the two peoples.");
  CHECK(us[0].recovery == Recovery::kUnmarked);
  CHECK(str(u, us[1].content) == "I have said it before.");
  CHECK(us[1].recovery == Recovery::kColon);
}

TEST_CASE("quotes: a verbatim clause with a trailing attribution ends at its comma", "[quotes]") {
  const std::string t = "Kerry spoke to reporters. That's the bottom line, he added.";
  auto qs = find(t);
  REQUIRE(qs.size() == 1);
  CHECK(str(t, qs[0].content) == "That's the bottom line,");
  CHECK(str(t, qs[0].cue) == "added");
  CHECK(qs[0].recovery == Recovery::kUnmarked);
  CHECK(contents("Kerry stressed: We are ready. It is time, Lavrov stressed.") ==
        Strings{"We are ready.", "It is time,"});
  CHECK(contents("Analysts see a shift. We saw it before, one analyst told AFP on Friday.") ==
        Strings{"We saw it before,"});
  // An inverted attribution may carry a longer adjunct.
  CHECK(contents("The president met the bank. We are proud to have this dialogue, said President Mejia during "
                 "his remarks at the lunch.") == Strings{"We are proud to have this dialogue,"});
}

TEST_CASE("quotes: an unmarked stretch with a trailing attribution and a first-person subject", "[quotes]") {
  // "we" anywhere before the attribution, not only at the start.
  CHECK(contents("The minister spoke in Oslo.\n\nThe new process looks good, but we hope it lasts, he said.") ==
        Strings{"The new process looks good, but we hope it lasts,"});
  // The clauses before it that read as the speaker's own (first person, or present tense)
  // join it when they reach the paragraph start ...
  CHECK(contents("Harbour talks ended.\n\nTrade is vital to build trust. We stress it in every meeting. We "
                 "wish the talks well, he said.") ==
        Strings{"Trade is vital to build trust. We stress it in every meeting. We wish the talks well,"});
  // ... and a long title-and-name subject still makes an attribution.
  CHECK(contents("Harbour talks ended.\n\nThe port is the largest in the region. There is more that we can "
                 "do, Port Authority Vice Chairman Ode said.") ==
        Strings{"The port is the largest in the region. There is more that we can do,"});
  // In a text that marks its quotations, an unmarked present-tense sentence is narration.
  CHECK(contents("The two sides have agreed to meet. We will see, he said. “It is late,” she said.") ==
        Strings{"We will see,", "It is late,"});
  // ... else only the first-person clauses next to it: narration stays out.
  CHECK(contents("Kerry met Lavrov on Friday. The talks are useful. We hope for more, he said.") ==
        Strings{"We hope for more,"});
  // The clauses after the attribution are the same speaker's when one has a first-person word.
  CHECK(contents("The city is the first to apply, Mr. Odu said. It has shown good results. We look "
                 "forward to more.\n\nThe board met on Monday.") ==
        Strings{"It has shown good results. We look forward to more."});
  // "our" alone is the writer's voice ("our competitors"); ", noting that ..." is no attribution.
  CHECK(find("But our rivals have a different vision, noted the minister.").empty());
  CHECK(find("The leaders discussed our shared plan. The president thanked the troops, noting that the "
             "people honor them.")
            .empty());
}

TEST_CASE("quotes: a document that lost all its marks", "[quotes]") {
  // First-person evidence somewhere and no double mark anywhere: a trailing attribution of a
  // present-tense clause gives a quote, and so do the present-tense clauses after it.
  const std::string t =
      "I was proud to attend the meeting, said Ms. Lee.\n\nThe city is ready for growth, Mr. Odu said. It "
      "will open a new port in May.\n\nThe board approved two grants.";
  CHECK(contents(t) == Strings{"I was proud to attend the meeting,", "The city is ready for growth,",
                               "It will open a new port in May."});
  // A double mark anywhere: the marks were not lost, a present-tense clause is a report.
  CHECK(contents("I was proud to attend the meeting, said Ms. Lee.\n\nThe city is ready for growth, Mr. "
                 "Odu said. The so-called “new port” opens in May.") == Strings{"I was proud to attend the meeting,"});
  // No first-person evidence: nothing.
  CHECK(find("The city is ready for growth, Mr. Odu said. It will open a new port in May.").empty());
}

TEST_CASE("quotes: a capitalised opener after 'VERB that' where the opening mark was lost", "[quotes]") {
  const std::string t =
      "The counsel praised both sides, noting that In the final text, we kept our rights. This is a good "
      "result.\n\nThe bank lends abroad.";
  auto qs = find(t);
  REQUIRE(qs.size() == 1);
  CHECK(str(t, qs[0].content) == "In the final text, we kept our rights. This is a good result.");
  CHECK(str(t, qs[0].cue) == "noting");
  CHECK(qs[0].recovery == Recovery::kUnmarked);
  // No first-person word after it: a capital may be a name or a typo.
  CHECK(find("The counsel said that The Hague will decide.").empty());
}

TEST_CASE("quotes: paragraphs in the first person after a lead paragraph ending in a colon", "[quotes]") {
  const std::string t =
      "Trade and climate were on the agenda:\n\nWe also discussed trade. And we agreed to meet again.\n\nWe "
      "also spoke about the climate.\n\nThe visit ends on Friday.";
  auto qs = find(t);
  REQUIRE(qs.size() == 2);
  CHECK(str(t, qs[0].content) == "We also discussed trade. And we agreed to meet again.");
  CHECK(str(t, qs[0].cue) == ":");
  CHECK(str(t, qs[1].content) == "We also spoke about the climate.");
  CHECK(qs[1].continues == 0);
  // "US" is an acronym, not a pronoun.
  CHECK(find("Here is what diplomats did this week:\n\nUS, Russia, Ukraine\n\nTalks went on.").empty());
}

TEST_CASE("quotes: narration does not become a verbatim quote", "[quotes]") {
  CHECK(find("The minister arrived on Monday. We are told the talks ended.").empty());
  CHECK(find("Biden met Wang on Friday. It is the second meeting this year.").empty());
  CHECK(find("Kerry says Syria should act quickly. On Thursday, he warned that forces may act.").empty());
  CHECK(find("He said we should go. Our team agreed.").empty());
  CHECK(find("The Pentagon said the drills go on. It is the largest drill since 2019.").empty());
  CHECK(find("Officials said the talks helped. Our reporter went to Kyiv, where the mayor said it "
             "was calm.")
            .empty());
  QuoteFinderOptions off;
  off.unmarked_quotes = false;
  CHECK(QuoteFinder(off).find("Blinken posted on X. We had a talk.").empty());
}

// --- terms ----------------------------------------------------------------------------

TEST_CASE("quotes: words repeating a title quoted before them are a term", "[quotes]") {
  // The hearing's title is a term; the chair's quote mentions its first words ("rising cost"
  // for "Rising Costs ..."), no one's speech; the same words with a period of their own, or
  // words that open no title, stay speech.
  const std::string t =
      "A committee held a hearing on \u201cRising Costs in Rural Hospitals\u201d today.\n"
      "\u201cThe most serious \u2018rising cost\u2019 is staff,\u201d the chair said. \u201cWe call it a "
      "\u2018quiet crisis\u2019 here.\u201d\n";
  CHECK(contents(t, QuoteKind::kTerm) == Strings{"Rising Costs in Rural Hospitals", "rising cost"});
  CHECK(contents(t) == Strings{"The most serious \u2018rising cost\u2019 is staff,",
                               "We call it a \u2018quiet "
                               "crisis\u2019 here.",
                               "quiet crisis"});
}

TEST_CASE("quotes: a pledge's or a motto's words after 'to' are a term", "[quotes]") {
  // A lower-case verb phrase in marks right after a word of a commitment and "to": the pledge's
  // words held at a distance, no speech; a gerund after the preposition "to", or a quote a
  // speech verb follows, stays speech.
  CHECK(contents("Since 1990, 4,000 people have taken the Guild's pledge to \"serve the town with pride,\" giving "
                 "hours.",
                 QuoteKind::kTerm) == Strings{"serve the town with pride,"});
  CHECK(contents("The week honors members who have pledged to \u201cbuild stronger towns\u201d in their regions.",
                 QuoteKind::kTerm) == Strings{"build stronger towns"});
  CHECK(contents("Ann Lowe spoke. She vowed to \"keep working for every town.\"", QuoteKind::kTerm) ==
        Strings{"keep working for every town."});
  CHECK(contents("The plan matters. Its commitment to \u201cpreserving this order has never been greater,\u201d "
                 "declared Secretary Ann Lowe.") == Strings{"preserving this order has never been greater,"});
  CHECK(contents("The guild made a pledge to \"plant trees,\" said Ann Lowe.") == Strings{"plant trees,"});
}

TEST_CASE("quotes: scare quotes and names are terms, short quoted speech is not", "[quotes]") {
  // A code in marks (letters in capitals and digits, no white space) names a format or a group;
  // a shouted word without a digit stays speech.
  CHECK(contents("They met in the format \u201cB7+2,\u201d then in smaller groups.", QuoteKind::kTerm) ==
        Strings{"B7+2,"});
  CHECK(contents("The talks, called \u201c3+3\u201d by diplomats, ended.", QuoteKind::kTerm) == Strings{"3+3"});
  CHECK(contents("\u201cNO!\u201d the crowd shouted.") == Strings{"NO!"});
  CHECK(contents("China defends its so-called “core interests” firmly.", QuoteKind::kTerm) ==
        Strings{"core interests"});
  CHECK(contents("The carrier “Liaoning” sailed past Taiwan.", QuoteKind::kTerm) == Strings{"Liaoning"});
  CHECK(contents("He was nicknamed \"The Hammer\" by friends.", QuoteKind::kTerm) == Strings{"The Hammer"});
  CHECK(contents("The plan known as \"Belt and Road\" grew.", QuoteKind::kTerm) == Strings{"Belt and Road"});
  CHECK(contents("A program called “Made in China” grew.", QuoteKind::kTerm) == Strings{"Made in China"});
  CHECK(contents("Kerry says the talks were \"constructive\" and \"rare\".") == Strings{"constructive", "rare"});
  CHECK(contents("It left partners “dead in the noose.”") == Strings{"dead in the noose."});
  CHECK(contents("Obama replied \"China Rises\" to that.") == Strings{"China Rises"});
  // A cue word before a determiner; a name in apposition to a capitalised noun; a long Title
  // Case title with its comma inside the marks; a Title Case name inside another quotation.
  CHECK(contents("The units are known as the “Harbor Guards.” They train daily.", QuoteKind::kTerm) ==
        Strings{"Harbor Guards."});
  CHECK(contents("She opened the Annual Forum “Open trade for open seas”, where she met farmers.", QuoteKind::kTerm) ==
        Strings{"Open trade for open seas"});
  CHECK(contents("The mayor signed an order, “Limiting Certain Sales with and Entry into the Old Port of "
                 "the City,” giving the police more power.",
                 QuoteKind::kTerm) == Strings{"Limiting Certain Sales with and Entry into the Old Port of the City,"});
  CHECK(contents("The admiral met his hosts. “Our navies will work together for a 'Safe and Open Sea.'”",
                 QuoteKind::kTerm) == Strings{"Safe and Open Sea."});
  // Shouted speech is no title; a headline's quote after its speaker's name and colon is speech.
  CHECK(contents("“THANK YOU VERY MUCH LADIES AND GENTLEMEN.”") ==
        Strings{"THANK YOU VERY MUCH LADIES AND GENTLEMEN."});
  CHECK(contents("Lee: Port Talks in 'Crisis'\n\nThe mayor says the talks are stuck.") == Strings{"Crisis"});
  // A short description that a title word ends is a speaker the story names; a title word before
  // the last one is no description of one ("Secretary of State:").
  CHECK(contents("Port Authority Director: Harbor Budget a “Clear Sign” of Support\n\nThe director spoke.") ==
        Strings{"Clear Sign"});
  CHECK(contents("Secretary of State: Port Talks in 'Renewal'\n\nThey met.", QuoteKind::kTerm) == Strings{"Renewal"});
  CHECK(contents("Mayors Meet to Discuss the 'Renaissance'\n\nThe mayors met.", QuoteKind::kTerm) ==
        Strings{"Renaissance"});
  // A headline with a speech verb in any case is speech; one lower-case word quoted in a headline
  // without one is a scare quote.
  CHECK(contents("Give Us a ‘Farmer-Driven Budget', Warns Union Leader\n\nThe union met.") ==
        Strings{"Farmer-Driven Budget"});
  CHECK(contents("Old ‘heavyweights’ are bouncing back to the ruling party\n\nThey met.", QuoteKind::kTerm) ==
        Strings{"heavyweights"});
  // A title right after a noun of a work, or after it and a comma.
  CHECK(contents("She presented the report “Climate change and the future of farming” on Monday.", QuoteKind::kTerm) ==
        Strings{"Climate change and the future of farming"});
  CHECK(contents("Her article, “Why trade matters for small towns,” appeared in May.", QuoteKind::kTerm) ==
        Strings{"Why trade matters for small towns,"});
  CHECK(contents("The mayor told the paper, “We will rebuild the port.”") == Strings{"We will rebuild the port."});
  CHECK(contents("In her book, she wrote, “We will rebuild the port.”") == Strings{"We will rebuild the port."});
  // One hyphenated word before a lower-case word is a compound modifier held at a distance.
  CHECK(contents("He mocked calls for a “farmer-led” budget on Monday.", QuoteKind::kTerm) == Strings{"farmer-led"});
  CHECK(contents("The pact is a “port-only” deal, he said.", QuoteKind::kTerm) == Strings{"port-only"});
  CHECK(contents("He called the deal “one-sided.” The talks ended.") == Strings{"one-sided."});
  // Inside another quotation, a short lower-case noun phrase with a hyphenated compound right
  // after its determiner is held at a distance; quoted words after a verb are someone's words.
  CHECK(contents("“Try the new port office,” Lee said. “It's a 'one-window shop' for all permits.”",
                 QuoteKind::kTerm) == Strings{"one-window shop"});
  CHECK(contents("“My mother told me 'never give up' every day,” Lee said.", QuoteKind::kTerm).empty());
  // A short Title Case name (with a lower-case "or") in the place of a noun or its modifier is a
  // name though its sentence has a speech verb: after a determiner, a possessive or a year, or
  // before a lower-case noun; after an object pronoun or before a function word it stays speech.
  CHECK(contents("Minister Opens Annual 'Drive Safe or Pay' Campaign for Seat Belts\n\nShe spoke.", QuoteKind::kTerm) ==
        Strings{"Drive Safe or Pay"});
  CHECK(contents("The minister opened the agency's 2024 \"Drive Safe or Pay\" seat belt drive and warned drivers of "
                 "the risks.",
                 QuoteKind::kTerm) == Strings{"Drive Safe or Pay"});
  CHECK(contents("The minister warned drivers about the \"Drive Safe or Pay\" drive.", QuoteKind::kTerm) ==
        Strings{"Drive Safe or Pay"});
  CHECK(contents("She told her \"Good Luck\" and left.") == Strings{"Good Luck"});
  CHECK(contents("The fans chanted \"Drive Safe or Pay\" as he said it.") == Strings{"Drive Safe or Pay"});
  // Marks inside marks around the same words are one quotation.
  CHECK(all_contents("Quoting a proverb, he said, “’If you want to go far, go together.’”") ==
        Strings{"’If you want to go far, go together.’"});
  QuoteFinderOptions off;
  off.detect_terms = false;
  const std::string t = "The carrier “Liaoning” sailed.";
  auto qs = QuoteFinder(off).find(t);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].kind == QuoteKind::kDirect);
}

TEST_CASE("quotes: a quotation inside one with the same marks", "[quotes]") {
  // An opening mark after a word inside a clause opens a quotation inside the open one; one word
  // inside another quotation is a word mentioned (a term).
  const std::string t = "“Hello. I forgot to say “Dobar dan” at the start. I am glad to be here.”";
  auto qs = find(t);
  REQUIRE(qs.size() == 2);
  CHECK(str(t, qs[0].content) == "Hello. I forgot to say “Dobar dan” at the start. I am glad to be here.");
  CHECK(str(t, qs[1].content) == "Dobar dan");
  CHECK(qs[1].depth == 1);
  CHECK(contents("“I forgot to say “Zdravo” at the start. I am glad.”", QuoteKind::kTerm) == Strings{"Zdravo"});
  // After a colon too: "He told me: “We are ready.” That matters."
  CHECK(all_contents("“He told me: “We are ready to go.” That is what matters,” she said.") ==
        Strings{"He told me: “We are ready to go.” That is what matters,", "We are ready to go."});
  // An opening mark after an attribution ends the quotation whose closing mark was lost.
  CHECK(contents("“We are ready, he said, “and we will go.”") == Strings{"We are ready, he said,", "and we will go."});
  CHECK(contents("“We are ready. Kerry said “we will go.”") == Strings{"We are ready. Kerry said", "we will go."});
}

TEST_CASE("quotes: a speaker's own words quoted again inside her quotation are no new quotation", "[quotes]") {
  // After her own verb of saying or thinking, with "I" or "we" as its subject: a term (a mention).
  CHECK(contents("“When I heard, I thought, ‘This is big: a big port.’ So I came,” said Berg.", QuoteKind::kTerm) ==
        Strings{"This is big: a big port."});
  CHECK(contents("“If I had to sum it up, I would say ‘steady progress.’ We go on,” Berg said.", QuoteKind::kTerm) ==
        Strings{"steady progress."});
  // Another person's words inside her quotation stay a quotation.
  CHECK(contents("“The mayor told me, ‘We will rebuild the port.’ I believe him,” said Berg.") ==
        Strings{"The mayor told me, ‘We will rebuild the port.’ I believe him,", "We will rebuild the port."});
  // Not inside a quotation: her own words in marks.
  CHECK(contents("At the port I thought, “This is big.”") == Strings{"This is big."});
}

TEST_CASE("quotes: a paragraph without marks inside a quotation over three paragraphs", "[quotes]") {
  // The first paragraph opens the quotation, the last closes it, the one between has no marks.
  const std::string t =
      "“I have been coming here for years. I am thrilled.\n"
      "I do not want to say too much before I meet the president.\n"
      "So thank you for coming out.”\n"
      "The ambassador arrived on Monday.\n";
  auto qs = find(t);
  REQUIRE(qs.size() == 3);
  CHECK(str(t, qs[1].content) == "I do not want to say too much before I meet the president.");
  CHECK(qs[1].continues == 0);
  CHECK(str(t, qs[2].content) == "So thank you for coming out.");
  CHECK(qs[2].continues == 1);
  // Without a closing mark later on, the paragraph after an unclosed quotation is narration.
  CHECK(contents("“I am thrilled to be here.\nThe ambassador arrived on Monday and met the mayor.\n") ==
        Strings{"I am thrilled to be here."});
}

TEST_CASE("quotes: single marks around a plural possessive", "[quotes]") {
  // The apostrophe of "farmers’ union" inside single marks does not close the quotation.
  CHECK(contents("‘The farmers’ union is strong and we stand with it,’ she said.") ==
        Strings{"The farmers’ union is strong and we stand with it,"});
  CHECK(contents("'The workers' rights come first,' she said.") == Strings{"The workers' rights come first,"});
  // With no later mark to close it, the mark after "s" closes.
  CHECK(contents("She praised the ‘new rules for farmers’ and left.") == Strings{"new rules for farmers"});
}

TEST_CASE("quotes: a quotation in single marks over two paragraphs", "[quotes]") {
  // An opening single mark left open at the paragraph end runs to it when the next paragraph
  // opens with a single mark; otherwise it was an apostrophe.
  const std::string t =
      "‘We are ready,’ she said. ‘We have waited a long time.\n‘We will not leave the table,’ she added.\n";
  auto qs = find(t);
  REQUIRE(qs.size() == 3);
  CHECK(str(t, qs[1].content) == "We have waited a long time.");
  CHECK(qs[1].recovery == Recovery::kUnclosed);
  CHECK(str(t, qs[2].content) == "We will not leave the table,");
  CHECK(qs[2].continues == 1);
  CHECK(contents("‘We are ready,’ she said. ‘We have waited.\nThe talks go on.\n") == Strings{"We are ready,"});
}

TEST_CASE("quotes: a paragraph opened by a dialogue dash", "[quotes]") {
  // The dash opens speech up to its trailing attribution, whatever its person; the dash is no
  // part of the words.
  CHECK(contents("The minister spoke to reporters.\n— The sanctions stay, she replied.\n") ==
        Strings{"The sanctions stay,"});
  CHECK(contents("The minister spoke to reporters.\n— What about the sanctions? asked a reporter.\n") ==
        Strings{"What about the sanctions?"});
  CHECK(contents("The minister spoke.\n— We are ready, she said. We will not give in.\n") ==
        Strings{"We are ready,", "We will not give in."});
  // A list item after a dash, with no attribution, is no speech.
  CHECK(find("The plan has two parts:\n– Trade in grain and steel.\n– Cooperation in research.\n").empty());
}

// --- debris and dashes -------------------------------------------------------------------

TEST_CASE("quotes: debris does not break anything", "[quotes]") {
  CHECK(contents("“We are committed,” he said. -he commented.") == Strings{"We are committed,"});
  CHECK(find(". .").empty());
  CHECK(find("\"").empty());
  CHECK(find("He said \" and left.").empty());
  CHECK(find("“”").empty());
  CHECK(find("").empty());
  CHECK(contents("“ ” and then “real words”") == Strings{"real words"});
  CHECK(contents("He said: “ We are ready ,” and left.") == Strings{"We are ready ,"});
}

TEST_CASE("quotes: a lone straight mark after a stray space closes or opens by what it follows", "[quotes]") {
  // After the punctuation that ends a quotation: a closing mark with a stray space before it.
  CHECK(contents("\"Peace is hard to build, \" he said. \"We asked for help.\"") ==
        Strings{"Peace is hard to build,", "We asked for help."});
  // After a colon: an opening mark with a stray space after it.
  CHECK(contents("The minister said: \" We are ready.\"") == Strings{"We are ready."});
  // Between two words it says nothing.
  CHECK(find("He said \" and left.").empty());
}

TEST_CASE("quotes: dashes around and inside quotes", "[quotes]") {
  CHECK(contents("“I—I don’t know,” he said—“maybe.”") == Strings{"I—I don’t know,", "maybe."});
  CHECK(contents("The answer—“never”—came fast.") == Strings{"never"});
}

// --- the seed article -----------------------------------------------------------------------

TEST_CASE("quotes: seed article, all gold direct quotes with exact spans", "[quotes]") {
  const std::string dir = QUOTEATTR_TEST_DATA_DIR;
  const std::string text = read_file(dir + "/seed-article.txt");
  const auto gold = nlohmann::json::parse(read_file(dir + "/seed-article.gold.json"));
  Strings expected;
  for (const auto& q : gold["quotes"])
    if (q["kind"] == "direct") expected.push_back(q["text"].get<std::string>());
  REQUIRE(expected.size() == 7);
  Strings found = contents(text);
  CHECK(found == expected);  // same texts, in document order, nothing else direct
}

// --- the development set, scored as tools/score_quotes.py scores it ---------------------------

namespace {

double jaccard(Span a, Span b) {
  const std::size_t lo = std::max(a.begin, b.begin), hi = std::min(a.end, b.end);
  if (hi <= lo) return 0.0;
  return double(hi - lo) / double(std::max(a.end, b.end) - std::min(a.begin, b.begin));
}

// Greedy one-to-one matching by overlap, pairs with Jaccard >= 0.5.
std::size_t matched(const std::vector<Span>& gold, const std::vector<Span>& pred) {
  struct Pair {
    double o;
    std::size_t g, p;
  };
  std::vector<Pair> pairs;
  for (std::size_t g = 0; g < gold.size(); ++g)
    for (std::size_t p = 0; p < pred.size(); ++p)
      if (double o = jaccard(gold[g], pred[p]); o >= 0.5) pairs.push_back({o, g, p});
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.o > b.o; });
  std::vector<bool> used_g(gold.size()), used_p(pred.size());
  std::size_t n = 0;
  for (const Pair& x : pairs) {
    if (used_g[x.g] || used_p[x.p]) continue;
    used_g[x.g] = used_p[x.p] = true;
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("quotes: development set direct-quote F1 is at least 0.97", "[quotes]") {
  const std::string dir = std::string(QUOTEATTR_TEST_DATA_DIR) + "/dev/";
  const char* docs[] = {"03-voa-biden-wang-white-house", "11-wikinews-hu-jintao-white-house",
                        "17-voa-kerry-lavrov-geneva-syria", "21-stategov-blinken-wang-bali-remarks",
                        "24-defensegov-readout-austin-wei"};
  std::size_t tp = 0, npred = 0, ngold = 0;
  for (const char* doc : docs) {
    const std::string text = read_file(dir + doc + ".txt");
    const auto gold = nlohmann::json::parse(read_file(dir + doc + ".gold.json"));
    // Locate each gold text in document order, as the scorer does (all kinds move the cursor).
    std::vector<Span> g, p;
    std::size_t cursor = 0;
    for (const auto& q : gold["quotes"]) {
      const std::string t = q["text"].get<std::string>();
      std::size_t pos = text.find(t, cursor);
      if (pos == std::string::npos) pos = text.find(t);
      REQUIRE(pos != std::string::npos);
      cursor = pos;
      if (q["kind"] == "direct") g.push_back({pos, pos + t.size()});
    }
    for (const DirectQuote& q : find(text))
      if (q.kind == QuoteKind::kDirect) p.push_back(q.content);
    const std::size_t m = matched(g, p);
    INFO(doc << ": matched " << m << " of gold " << g.size() << ", predicted " << p.size());
    CHECK(m == g.size());  // per-document report; the threshold below is what counts
    tp += m;
    npred += p.size();
    ngold += g.size();
  }
  const double precision = npred ? double(tp) / double(npred) : 1.0;
  const double recall = ngold ? double(tp) / double(ngold) : 1.0;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
  INFO("P=" << precision << " R=" << recall << " F1=" << f1);
  CHECK(f1 >= 0.97);
}

// --- invariants on generated text -----------------------------------------------------------

namespace {

std::string generate(std::mt19937& rng, std::size_t tokens) {
  static const char* pool[] = {"\"",
                               "'",
                               "“",
                               "”",
                               "‘",
                               "’",
                               "«",
                               "»",
                               "‹",
                               "›",
                               "„",
                               "「",
                               "」",
                               "『",
                               "』",
                               "\n",
                               "\n\n",
                               " ",
                               " ",
                               " ",
                               "word",
                               "We",
                               "said",
                               "said:",
                               "told",
                               "Blinken",
                               "I",
                               "This is",
                               ". ",
                               ", ",
                               "don't",
                               "Jones' ",
                               "'Tis",
                               "’90s",
                               "rock 'n' roll",
                               "-he commented.",
                               ". .",
                               "\xFF",
                               "\xE2\x80",
                               "\xC3",
                               "SECRETARY X:",
                               "MR. Y: ",
                               "(Via interpreter)",
                               "so-called",
                               "—",
                               ":",
                               "and ",
                               "the "};
  std::uniform_int_distribution<std::size_t> pick(0, sizeof pool / sizeof *pool - 1);
  std::string s;
  for (std::size_t k = 0; k < tokens; ++k) s += pool[pick(rng)];
  return s;
}

bool same(const DirectQuote& a, const DirectQuote& b) {
  return a.content == b.content && a.open_mark == b.open_mark && a.close_mark == b.close_mark && a.cue == b.cue &&
         a.kind == b.kind && a.recovery == b.recovery && a.depth == b.depth && a.parent == b.parent &&
         a.continues == b.continues && a.paragraph == b.paragraph && a.first_sentence == b.first_sentence &&
         a.last_sentence == b.last_sentence;
}

void check_invariants(const std::string& text, const std::vector<DirectQuote>& qs) {
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const DirectQuote& q = qs[i];
    INFO("quote " << i);
    REQUIRE(q.content.begin < q.content.end);
    REQUIRE(q.content.end <= text.size());
    REQUIRE(q.open_mark.end <= q.content.begin);
    REQUIRE(q.close_mark.begin >= q.content.end);
    REQUIRE(q.close_mark.end <= text.size());
    REQUIRE_FALSE(q.content.overlaps(q.open_mark));
    REQUIRE_FALSE(q.content.overlaps(q.close_mark));
    REQUIRE(q.first_sentence <= q.last_sentence);
    if (i > 0) REQUIRE_FALSE(q.content < qs[i - 1].content);  // sorted, outer first
    if (q.parent >= 0) {
      const DirectQuote& p = qs[static_cast<std::size_t>(q.parent)];
      REQUIRE(static_cast<std::size_t>(q.parent) < i);
      REQUIRE(p.content.contains({q.open_mark.begin, std::max(q.close_mark.end, q.content.end)}));
      REQUIRE(q.depth == p.depth + 1);
    } else {
      REQUIRE(q.depth == 0);
    }
    if (q.continues >= 0) {
      REQUIRE(static_cast<std::size_t>(q.continues) < i);
      REQUIRE(qs[static_cast<std::size_t>(q.continues)].paragraph < q.paragraph);
    }
    // Properly nested: any earlier quote either contains this one or ends before it.
    for (std::size_t j = i; j-- > 0 && j + 64 > i;) {
      const Span o = qs[j].content;
      REQUIRE((o.contains(q.content) || o.end <= q.open_mark.begin));
    }
  }
}

}  // namespace

TEST_CASE("quotes: a block quotation runs over the paragraphs its lead introduces", "[quotes]") {
  // A lead ending "statement [notes]:" opens a block; a first-person paragraph continues it; a
  // paragraph of third-person narration ends it.
  const std::string t =
      "Mr. Harlow issued the following statement [links added]:\n"
      "The conditions in the camp have not been improved. The refugees are still kept there.\n"
      "The authorities chose to remain deaf to our demands.\n"
      "Harlow ended his strike on Sunday.\n";
  auto qs = find(t);
  REQUIRE(qs.size() == 2);
  CHECK(str(t, qs[0].content) ==
        "The conditions in the camp have not been improved. The refugees are still kept there.");
  CHECK(qs[0].recovery == Recovery::kColon);
  CHECK(str(t, qs[0].cue) == "statement");  // the speech-act noun before the notes and the colon
  CHECK(qs[0].continues == -1);
  CHECK(str(t, qs[1].content) == "The authorities chose to remain deaf to our demands.");
  CHECK(qs[1].continues == 0);
  // "he said:" with the verb last.
  CHECK(contents("Speaking on television, he said:\nAnd for all of you here, ask the judge.\n") ==
        Strings{"And for all of you here, ask the judge."});
}

TEST_CASE("quotes: a lead announcing the full text of remarks or a statement", "[quotes]") {
  // "... are below:" hands the rest of the text to the remarks: the block runs on over prose in
  // the third person, and over a paragraph that quotes someone else.
  const std::string t =
      "Minister Okafor's remarks as prepared for delivery are below:\n"
      "Thank you, Chair.\n"
      "Last spring the governor told the council that \u201cevery village deserves clean water.\u201d\n"
      "Water is the foundation of public health in the region.\n"
      "Our partners have pledged to finish the new pipeline by next summer.\n";
  CHECK(contents(t) == Strings{"Thank you, Chair.",
                               "Last spring the governor told the council that \u201cevery village deserves clean "
                               "water.\u201d",
                               "every village deserves clean water.",
                               "Water is the foundation of public health in the region.",
                               "Our partners have pledged to finish the new pipeline by next summer."});
  // "The following statement was released by ...:" opens a block of third-person prose.
  CHECK(contents("The following statement was released by the delegates at the close of the talks:\n"
                 "The meeting is held every two years and its aim is to share research on river basins.\n") ==
        Strings{"The meeting is held every two years and its aim is to share research on river basins."});
  // A lead that does not end on the marker: third-person narration still ends the block.
  CHECK(contents("The mayor issued the following statement:\n"
                 "We will rebuild the bridge before the winter comes to the valley.\n"
                 "The bridge collapsed in March after three days of heavy rain in the hills.\n") ==
        Strings{"We will rebuild the bridge before the winter comes to the valley."});
  // A readout is no full text.
  CHECK(find("The spokesman provided the following readout below:\nThe Secretary met the Minister and they "
             "discussed their ties.\n")
            .empty());
}

TEST_CASE("quotes: a block quotation after a lead without a colon speech verb", "[quotes]") {
  // A speech verb anywhere in the lead's last sentence, and prose in the third person (a post
  // summarised); a block lead verb and prose in the present tense; an adverb before the verb.
  CHECK(contents("The ministry's account posted a summary of the interview on the radio:\n"
                 "The president reaffirms his support for the farmers of the northern region.\n"
                 "The interview was aired on Monday.\n") ==
        Strings{"The president reaffirms his support for the farmers of the northern region."});
  CHECK(contents("Ana Berg, whose blog follows public spending, provided some sharp context:\n"
                 "The treasurer has just met low expectations by announcing the largest budget ever.\n") ==
        Strings{"The treasurer has just met low expectations by announcing the largest budget ever."});
  CHECK(contents("At a short ceremony, the mayor warmly welcomed the returning councillor:\n"
                 "Mr. Odum has shown himself to be a true gentleman. All is forgiven.\n") ==
        Strings{"Mr. Odum has shown himself to be a true gentleman. All is forgiven."});
  // A post ending in a hashtag and a link instead of a period.
  CHECK(contents("The ministry's spokesperson wrote on Twitter:\nThe minister meets her Swedish counterpart in Oslo "
                 "to discuss trade #diplomacy https://t.co/AbC123\nThe ministers took no questions.\n") ==
        Strings{"The minister meets her Swedish counterpart in Oslo to discuss trade #diplomacy https://t.co/AbC123"});
  // Past-tense narration, a heading, a list item after such a lead: no block.
  CHECK(find("The ministry provided the following figures:\nExports rose by four percent in 2019 and by six "
             "percent in 2020.\n")
            .empty());
  CHECK(find("The ministry shared its plans:\nPlans for the coming year\n").empty());
  CHECK(find("The ministry posted the following:\n- Exports have risen by four percent this year.\n").empty());
  // A paragraph with its own attribution is no block.
  CHECK(contents("The ministry posted a note:\nThe plan is good for farmers, the minister said.\n").empty());
}

TEST_CASE("quotes: a readout or a list after a colon is no block quotation", "[quotes]") {
  // Narration in the third person after a channel's lead, and a list after a lead without speech.
  CHECK(find("As stated by Spokesperson Jane Doe:\nSecretary Smith spoke today with Minister Lee about trade.\n")
            .empty());
  CHECK(find("The spokesman provided the following readout:\nThe Secretary met the Minister and they discussed our "
             "ties.\n")
            .empty());
  CHECK(find("The agreement covers three areas:\nTrade in grain, steel and cars between the two countries.\n").empty());
}

TEST_CASE("quotes: words in another language and their translation after a report", "[quotes]") {
  const std::string t =
      "Speaking later to a television channel, Lenk said the interview was aired in the public interest.\n"
      "Samo smo koristili najjace oruzje novinara, a to su pitanja. Prvo sam mislila da je nervozan, jer i mene "
      "nekada uhvati nervoza pred kamerom.\n"
      "We used only a journalist's strongest weapon: questions. At first I thought he had stage fright.\n"
      "Lenk has worked in television for six months.\n";
  auto qs = find(t);
  REQUIRE(qs.size() == 2);
  CHECK(str(t, qs[0].content).rfind("Samo smo koristili", 0) == 0);
  CHECK(str(t, qs[0].cue) == "said");
  CHECK(str(t, qs[1].content) ==
        "We used only a journalist's strongest weapon: questions. At first I thought he had stage fright.");
  CHECK(qs[1].continues == 0);
  // An English paragraph of the same length after the same lead is narration.
  CHECK(find("Lenk said the interview was aired in the public interest.\n"
             "The station had aired the hearing live, and its reporters had asked the official about the wind "
             "farms near the town.\n")
            .empty());
}

TEST_CASE("quotes: invariants on generated text with random marks and bad bytes", "[quotes]") {
  std::mt19937 rng(20240426);
  const QuoteFinder finder;
  std::size_t total = 0, nested = 0;
  for (int round = 0; round < 300; ++round) {
    const std::string text = generate(rng, 10 + static_cast<std::size_t>(round) * 3);
    INFO("round " << round);
    const auto a = finder.find(text);
    total += a.size();
    for (const DirectQuote& q : a) nested += q.parent >= 0;
    check_invariants(text, a);
    const auto b = finder.find(text);
    REQUIRE(a.size() == b.size());
    for (std::size_t k = 0; k < a.size(); ++k) REQUIRE(same(a[k], b[k]));
  }
  CHECK(total > 1000);  // the generator does exercise the finder
  CHECK(nested > 10);
}

TEST_CASE("quotes: many unbalanced marks in one paragraph", "[quotes]") {
  std::string text;
  for (int k = 0; k < 2000; ++k) text += k % 3 ? "a” " : "“b ";
  const auto qs = find(text);
  check_invariants(text, qs);
  CHECK(!qs.empty());
}

TEST_CASE("quotes: a run of openers that never close nests one level, not thousands", "[quotes]") {
  // "a "a "a …: each opener after a word could open a quotation inside the one before. Only one
  // level of the same marks nests, so the quotes' total length grows with the text, not with its
  // square (before: 2,000 quotes each running to the paragraph's end, 6 MB of quote text).
  std::string text;
  for (int k = 0; k < 2000; ++k) text += "\"a ";
  const auto qs = find(text);
  check_invariants(text, qs);
  REQUIRE(qs.size() == 2000);
  std::size_t total = 0, longer = 0;
  for (const auto& q : qs) {
    const std::size_t n = q.content.end - q.content.begin;
    total += n;
    if (n > 1) ++longer;
  }
  CHECK(longer == 1);               // the outermost, to the paragraph's end
  CHECK(total <= 2 * text.size());  // linear
}

TEST_CASE("quotes: one finder shared by several threads gives the same result", "[quotes]") {
  const std::string text = read_file(std::string(QUOTEATTR_TEST_DATA_DIR) + "/seed-article.txt");
  const QuoteFinder finder;
  const auto expected = finder.find(text);
  std::vector<std::vector<DirectQuote>> results(4);
  std::vector<std::thread> threads;
  for (auto& r : results) threads.emplace_back([&finder, &text, &r] { r = finder.find(text); });
  for (auto& t : threads) t.join();
  for (const auto& r : results) {
    REQUIRE(r.size() == expected.size());
    for (std::size_t k = 0; k < r.size(); ++k) CHECK(same(r[k], expected[k]));
  }
}

TEST_CASE("quotes: quote marks read aloud in capitals", "[quotes]") {
  const std::string t = "The firm said sorry for what it meant as a QUOTE fun night out UNQUOTE for its staff.";
  auto qs = find(t);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].content == at(t, "fun night out"));
  CHECK(qs[0].open_mark == at(t, "QUOTE"));
  CHECK(qs[0].close_mark == at(t, "UNQUOTE"));
  CHECK(qs[0].kind == QuoteKind::kDirect);
  // Lower case, or the words far apart or in another sentence: no marks.
  CHECK(find("He read a quote from the report and then an unquote joke.").empty());
  CHECK(find("He read the QUOTE aloud. Then he said UNQUOTE twice.").empty());
}

TEST_CASE("quotes: one lower-case word after 'to' with no verb of speech is a term", "[quotes]") {
  CHECK(contents("The governor attempts to \u201cfix\u201d the budget crisis this week.", QuoteKind::kTerm) ==
        Strings{"fix"});
  // A verb of speech in the sentence: speech.
  CHECK(contents("He said he wanted to \u201cfix\u201d the budget.") == Strings{"fix"});
}

TEST_CASE("quotes: short lower-case phrases held at a distance and names modifying a noun are terms", "[quotes]") {
  // Two or three lower-case words in a sentence with no verb of speech, not after a determiner.
  CHECK(contents("Last spring the council chose \u2018clean rivers\u2019 as one of its five goals.",
                 QuoteKind::kTerm) == Strings{"clean rivers"});
  // After a determiner or a form of "be" they may be a speaker's words.
  CHECK(contents("The two mayors agreed the visit had been \u201cwarm and useful\u201d.") ==
        Strings{"warm and useful"});
  CHECK(contents("The mayor expects the \u201cslow months\u201d in the harbour to end soon.") ==
        Strings{"slow months"});
  // A relative clause describing the quoted name, even with a verb of speech in the sentence.
  CHECK(contents("She urged towns to adopt the idea of \u201cshared harbours,\u201d which lowers costs, she said.",
                 QuoteKind::kTerm) == Strings{"shared harbours,"});
  // A capitalised name between a determiner and the noun it modifies, lower-case words and all.
  CHECK(contents("He said the town will host a \u201cRivers of the north\u201d festival in May.", QuoteKind::kTerm) ==
        Strings{"Rivers of the north"});
  // A capitalised quote before a verb or a pronoun stays speech.
  CHECK(contents("Obama replied \"China Rises\" to that.") == Strings{"China Rises"});
  // Four lower-case words, no verb of speech: an idiom held at a distance.
  CHECK(contents("The dean praised the role that tutors, the \u201ceyes in every classroom\u201d, have played.",
                 QuoteKind::kTerm) == Strings{});
  CHECK(contents("The dean opened the year by pointing to the role tutors \u2014 \u201cfeet on the ground\u201d \u2014 "
                 "have played.",
                 QuoteKind::kTerm) == Strings{"feet on the ground"});
  // After "as" with a verb of speech the phrase is the cue's description, the speaker's words, even
  // with a relative clause after it.
  CHECK(contents("The mayor described the harbour deal as \u201cshared victories\u201d which came from hard work.") ==
        Strings{"shared victories"});
}

TEST_CASE("quotes: a Title Case name before a noun phrase in apposition is a term", "[quotes]") {
  // “Name,” and a determiner opening a noun phrase with no verb of speech: the name of the thing.
  CHECK(contents("On Monday the towns will co-host \u201cCounting Costs,\u201d a forum on water prices in the north.",
                 QuoteKind::kTerm) == Strings{"Counting Costs,"});
  CHECK(contents("Pupils handed out copies of \u201cThe River Book,\u201d the series on dams that closed the mill.",
                 QuoteKind::kTerm) == Strings{"The River Book,"});
  // A verb of speech after the noun phrase, or right before the marks: speech.
  CHECK(contents("\u201cGood Morning,\u201d the mayor said to the crowd.") == Strings{"Good Morning,"});
  CHECK(contents("She said \u201cGood Morning,\u201d a greeting the town knows well.") == Strings{"Good Morning,"});
}

TEST_CASE("quotes: the words a naming noun gives after a form of 'be' are a term", "[quotes]") {
  CHECK(contents("The week runs from May 2 to May 8. The theme for this year is \"Keep Rivers Clean.\"",
                 QuoteKind::kTerm) == Strings{"Keep Rivers Clean."});
  CHECK(contents("The club's motto was \u201cnever give up\u201d.", QuoteKind::kTerm) == Strings{"never give up"});
  // A noun that names no words: speech.
  CHECK(contents("The mayor's answer was \u201cWe Will Build.\u201d") == Strings{"We Will Build."});
  // A comma between the noun and the verb: no subject of it.
  CHECK(contents("On the theme, the answer is \u201cWe Will Build.\u201d") == Strings{"We Will Build."});
}

TEST_CASE("quotes: a short phrase inside a quotation after 'be', or joined to a term, is a term", "[quotes]") {
  // The outer speaker's own predicate in scare quotes: her words already.
  const std::string t =
      "\"All of our staff, whatever their post, are \u2018guards first.\u2019 Each of us counts,\" the warden said.";
  CHECK(contents(t, QuoteKind::kTerm) == Strings{"guards first."});
  CHECK(contents(t) ==
        Strings{"All of our staff, whatever their post, are \u2018guards first.\u2019 Each of us counts,"});
  // A verb of speech in its clause gives the phrase to someone else: a quotation.
  CHECK(contents("\"He told us the plan was \u2018dead on arrival.\u2019 We disagree,\" she said.") ==
        Strings{"He told us the plan was \u2018dead on arrival.\u2019 We disagree,", "dead on arrival."});
  // Two quoted names joined by "or": both terms.
  CHECK(contents("\"The grant will not be \u2018charity\u2019 or \u2018foreign aid.\u2019 It is trade,\" she said.",
                 QuoteKind::kTerm) == Strings{"charity", "foreign aid."});
}

TEST_CASE("quotes: a quotation that runs on over its own attribution is two quotes", "[quotes]") {
  // The marks around "said NAME, TITLE." were left out: the words before the comma and the
  // sentences after the attribution are two quotes.
  const std::string t =
      "\u201cThe agency plays a key role in the town, said Anna Berg, Director of the Town Agency. We will keep "
      "working with all partners. Nothing is done yet.\u201d\n";
  CHECK(contents(t) == Strings{"The agency plays a key role in the town,",
                               "We will keep working with all partners. Nothing is done yet."});
  CHECK(contents("\u201cThe harbor is open again, Berg said. Boats came back on Monday.\u201d") ==
        Strings{"The harbor is open again,", "Boats came back on Monday."});
  // An attribution that the clause goes on after, or a lower-case subject, splits nothing.
  CHECK(contents("\u201cThe plan, said the mayor, is not ready. We wait.\u201d") ==
        Strings{"The plan, said the mayor, is not ready. We wait."});
  // First person after the comma: the speaker's own clause.
  CHECK(contents("\u201cWe met twice, I said. They agreed.\u201d") == Strings{"We met twice, I said. They agreed."});
}

TEST_CASE(
    "quotes: a naming noun's name in apposition, a phrase inside a clause of a quotation, and a phrase after "
    "stacked modifiers are terms",
    "[quotes]") {
  // A naming noun ("theme") and its name in apposition, between commas: a name, with a verb of
  // speech in the sentence too.
  CHECK(contents("Berg described the fair's theme, \u201cWorking Together for Tomorrow,\u201d as timely.",
                 QuoteKind::kTerm) == Strings{"Working Together for Tomorrow,"});
  // A short phrase inside the outer speaker's clause, which runs on after it: her own words.
  const std::string inner =
      "\u201cThe crews work to standards \u2018over and above\u2019 what the law asks. They are the best,\u201d Berg "
      "said.";
  CHECK(contents(inner, QuoteKind::kTerm) == Strings{"over and above"});
  CHECK(contents(inner) ==
        Strings{"The crews work to standards \u2018over and above\u2019 what the law asks. They are the best,"});
  // A verb of speech right before it gives the phrase to someone: still a quotation.
  CHECK(contents("\u201cMy father told me \u2018never give up\u2019 and I never did,\u201d Berg said.") ==
        Strings{"My father told me \u2018never give up\u2019 and I never did,", "never give up"});
  // Two modifiers or more between the determiner and the phrase: the name of an event.
  CHECK(contents("The mayor shared her plans at a staff-wide Oct. 3 \u201ctown hall\u201d in the harbour office.",
                 QuoteKind::kTerm) == Strings{"town hall"});
  // Right after the determiner, a short phrase may be the speaker's words.
  CHECK(contents("The mayor called the delays \u201cpinch points\u201d in the plan.") == Strings{"pinch points"});
  // A modal before the phrase is no modifier, and a phrase with its own determiner is a small
  // clause's predicate: speech.
  CHECK(contents("He argued the board should \u201cfind the funds\u201d for a new roof.") == Strings{"find the funds"});
  CHECK(contents("She called the arrival of a Danish tank unit \u201ca proud moment\u201d for the town.") ==
        Strings{"a proud moment"});
  // Inside a quotation, a verb phrase after a modal, or a phrase with a name in it, is someone's words.
  CHECK(contents("\u201cWe asked how the town could \u2018stand with Northland\u2019 as the mayor put it,\u201d "
                 "Berg said.") == Strings{"We asked how the town could \u2018stand with Northland\u2019 as the mayor "
                                          "put it,",
                                          "stand with Northland"});
}
