// The Document: tokenization cases (clitics, hyphenated compounds, abbreviations,
// numbers, punctuation runs), invariants on real and generated text including
// ill-formed UTF-8, chunks and clauses, and the Document an Attributor keeps.
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "catch_compat.hpp"
#include "gold.hpp"
#include "quoteattr/attributor.hpp"
#include "quoteattr/document.hpp"
#include "text_util.hpp"

using quoteattr::Chunk;
using quoteattr::Document;
using quoteattr::DocumentBuilder;
using quoteattr::Shape;
using quoteattr::Tag;

namespace {

const DocumentBuilder& builder() {
  static const DocumentBuilder b;
  return b;
}

std::vector<std::string> words(std::string_view text) {
  const Document d = builder().build(text);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < d.tokens().size(); ++i) out.emplace_back(d.word(i));
  return out;
}

std::string read_data(const std::string& name) {
  return gold::read_file(std::string(QUOTEATTR_TEST_DATA_DIR) + "/" + name);
}

// Every invariant the header promises, on any text.
void check_invariants(std::string_view text, const Document& d) {
  REQUIRE(d.text().data() == text.data());
  const auto& tk = d.tokens();
  std::size_t prev_end = 0;
  for (std::size_t i = 0; i < tk.size(); ++i) {
    const auto& t = tk[i];
    REQUIRE(t.span.begin < t.span.end);
    REQUIRE(t.span.end <= text.size());
    REQUIRE(t.span.begin >= prev_end);
    // Code point boundaries of the original bytes.
    REQUIRE(quoteattr::detail::cp_boundary_at_or_after(text, t.span.begin) == t.span.begin);
    REQUIRE(quoteattr::detail::cp_boundary_at_or_after(text, t.span.end) == t.span.end);
    // Inside its sentence.
    REQUIRE(t.sentence < d.sentences().size());
    REQUIRE(d.sentences()[t.sentence].span.contains(t.span));
    REQUIRE(!t.lower.empty());
    // Only white space between tokens.
    std::size_t k = prev_end;
    while (k < t.span.begin) {
      const char32_t c = quoteattr::detail::next_cp(text, k);
      REQUIRE(quoteattr::detail::is_space(c));
    }
    prev_end = t.span.end;
  }
  // Trailing bytes are white space too: every non-space byte is in exactly one token.
  std::size_t k = prev_end;
  while (k < text.size()) REQUIRE(quoteattr::detail::is_space(quoteattr::detail::next_cp(text, k)));
  // Sentences own contiguous token ranges, in order; paragraphs own sentence ranges.
  std::size_t next = 0;
  for (std::size_t s = 0; s < d.sentences().size(); ++s) {
    const auto& sent = d.sentences()[s];
    REQUIRE(sent.first_token == next);
    REQUIRE(sent.end_token >= sent.first_token);
    for (std::size_t i = sent.first_token; i < sent.end_token; ++i) REQUIRE(tk[i].sentence == s);
    next = sent.end_token;
    REQUIRE(sent.paragraph < d.paragraphs().size());
    REQUIRE(d.paragraphs()[sent.paragraph].span.contains(sent.span));
  }
  REQUIRE(next == tk.size());
  std::size_t ns = 0;
  for (const auto& p : d.paragraphs()) {
    REQUIRE(p.first_sentence == ns);
    ns = p.end_sentence;
  }
  REQUIRE(ns == d.sentences().size());
  // Noun phrases and clauses lie inside one sentence each, in order.
  std::size_t np_end = 0;
  for (const auto& np : d.noun_phrases()) {
    REQUIRE(np.first >= np_end);
    REQUIRE(np.first < np.end);
    REQUIRE(np.head >= np.first);
    REQUIRE(np.head < np.end);
    REQUIRE(tk[np.first].sentence == tk[np.end - 1].sentence);
    REQUIRE(tk[np.first].chunk == Chunk::kBeginNP);
    np_end = np.end;
  }
  std::size_t cl_end = 0;
  for (const auto& c : d.clauses()) {
    REQUIRE(c.first >= cl_end);
    REQUIRE(c.first < c.end);
    REQUIRE(tk[c.first].sentence == tk[c.end - 1].sentence);
    cl_end = c.end;
  }
}

}  // namespace

TEST_CASE("Clitics split off as in the Penn Treebank, with either apostrophe") {
  CHECK(words("They don't know.") == std::vector<std::string>{"They", "do", "n't", "know", "."});
  CHECK(words("We can't go.") == std::vector<std::string>{"We", "ca", "n't", "go", "."});
  CHECK(words("Putin’s plan.") == std::vector<std::string>{"Putin", "’s", "plan", "."});
  CHECK(words("they're here, we've won, I'll go, she'd say, I'm in") ==
        std::vector<std::string>{"they", "'re", "here", ",", "we", "'ve", "won", ",", "I", "'ll", "go", ",", "she",
                                 "'d", "say", ",", "I", "'m", "in"});
  // Names with an inner apostrophe stay whole.
  CHECK(words("O'Brien and o'clock") == std::vector<std::string>{"O'Brien", "and", "o'clock"});
  // A tail that is no clitic stays in the word, and a clitic keeps a stem letter.
  CHECK(words("ma'am, y'all, n't") == std::vector<std::string>{"ma'am", ",", "y'all", ",", "n't"});
  // A plural possessive's apostrophe is a token of its own.
  CHECK(words("the leaders' talks") == std::vector<std::string>{"the", "leaders", "'", "talks"});
}

TEST_CASE("A '?' between a letter and a clitic is a lost apostrophe") {
  CHECK(words("The Bureau of Mines?s plan.") ==
        std::vector<std::string>{"The", "Bureau", "of", "Mines", "?s", "plan", "."});
  CHECK(words("We don?t know, they?re here") ==
        std::vector<std::string>{"We", "do", "n?t", "know", ",", "they", "?re", "here"});
  const Document d = builder().build("Ana?s plan");
  REQUIRE(d.tokens().size() == 3);
  CHECK(d.tokens()[1].lower == "'s");  // read as the clitic
  // Not a clitic after it, or no letter before it: a question mark.
  CHECK(words("Is it?so what?s") == std::vector<std::string>{"Is", "it", "?", "so", "what", "?s"});
  CHECK(words("Why?s") == std::vector<std::string>{"Why", "?s"});
  CHECK(words("Ready?Set") == std::vector<std::string>{"Ready", "?", "Set"});
  CHECK(words("Who won? Ana?") == std::vector<std::string>{"Who", "won", "?", "Ana", "?"});
}

TEST_CASE("Hyphenated compounds, initialisms and abbreviations are one token") {
  CHECK(words("the so-called people-to-people U.S.-China COVID-19 ties") ==
        std::vector<std::string>{"the", "so-called", "people-to-people", "U.S.-China", "COVID-19", "ties"});
  CHECK(words("Mr. Blinken met Gen. Smith on Jan. 5 at 10 a.m. in the U.S. capital.") ==
        std::vector<std::string>{"Mr.", "Blinken", "met", "Gen.", "Smith", "on", "Jan.", "5", "at", "10", "a.m.", "in",
                                 "the", "U.S.", "capital", "."});
  // The period that ends the sentence is its own token...
  CHECK(words("He left the room.") == std::vector<std::string>{"He", "left", "the", "room", "."});
  // ...except after an initialism, which keeps it.
  CHECK(words("He went to the U.S.") == std::vector<std::string>{"He", "went", "to", "the", "U.S."});
  CHECK(words("J. Smith spoke.") == std::vector<std::string>{"J.", "Smith", "spoke", "."});
}

TEST_CASE("Numbers keep their separators; punctuation runs are one token") {
  CHECK(words("1,000 troops, 3.5% at 10:30 on 9/11") ==
        std::vector<std::string>{"1,000", "troops", ",", "3.5", "%", "at", "10:30", "on", "9/11"});
  CHECK(words("Wait... no -- never!!") == std::vector<std::string>{"Wait", "...", "no", "--", "never", "!!"});
  CHECK(words("“Yes,” he said (quietly).") ==
        std::vector<std::string>{"“", "Yes", ",", "”", "he", "said", "(", "quietly", ")", "."});
  CHECK(words("AT&T and S&P") == std::vector<std::string>{"AT&T", "and", "S&P"});
}

TEST_CASE("Tokens carry a normalised lower case, a shape and line breaks") {
  const std::string text = "WANG Yi’s “Plan”\nsaid 2024 iPhone";
  const Document d = builder().build(text);
  REQUIRE(d.tokens().size() == 9);
  CHECK(d.tokens()[0].lower == "wang");
  CHECK(d.tokens()[0].shape == Shape::kUpper);
  CHECK(d.tokens()[1].shape == Shape::kCapitalized);
  CHECK(d.tokens()[2].lower == "'s");  // ’ folded
  CHECK(d.tokens()[3].lower == "\"");  // “ folded
  CHECK(d.tokens()[3].shape == Shape::kPunct);
  CHECK(d.tokens()[6].newline_before);
  CHECK_FALSE(d.tokens()[5].newline_before);
  CHECK(d.tokens()[7].shape == Shape::kNumber);
  CHECK(d.tokens()[8].shape == Shape::kMixed);
  CHECK(d.tokens()[2].space_before == false);
  CHECK(d.tokens()[3].space_before == true);
}

TEST_CASE("Look-ups by byte offset") {
  const std::string text = "Wang Yi said so. Blinken agreed.";
  const Document d = builder().build(text);
  REQUIRE(d.sentences().size() == 2);
  CHECK(d.sentence_at(0) == 0);
  CHECK(d.sentence_at(20) == 1);
  CHECK(d.token_at_or_after(5) == 1);  // "Yi"
  CHECK(d.token_at_or_after(4) == 1);  // the space before "Yi"
  const auto r = d.tokens_in({17, 32});
  CHECK(r.first == 5);
  CHECK(r.second == 8);  // "Blinken" "agreed" "."
}

TEST_CASE("Invariants hold on every test article") {
  for (const char* name :
       {"seed-article.txt", "dev/03-voa-biden-wang-white-house.txt", "dev/21-stategov-blinken-wang-bali-remarks.txt"}) {
    const std::string text = read_data(name);
    const Document d = builder().build(text);
    INFO(name);
    check_invariants(text, d);
    CHECK(d.tokens().size() > 100);
  }
}

TEST_CASE("Invariants hold on generated text with ill-formed UTF-8") {
  const char* pieces[] = {"Wang",     "Yi",   "said", "U.S.",      "Mr.",  "don't", "’s",       "“",
                          "”",        "\"",   "'",    ",",         ".",    "...",   "-",        "so-called",
                          "1,000",    "3.5",  "\n",   "\n\n",      " ",    "  ",    "\xC0\xAF", "\xED\xA0\x80",
                          "\xE2\x80", "\x80", "\xFF", "e\xCC\x81", "Ж",    "中国",  "!",        "?",
                          ":",        "(",    ")",    "&",         "a.m.", "—"};
  std::mt19937 rng(12345);
  std::uniform_int_distribution<std::size_t> pick(0, sizeof(pieces) / sizeof(pieces[0]) - 1);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 60);
    for (int k = 0; k < n; ++k) {
      text += pieces[pick(rng)];
      if (rng() % 2) text += ' ';
    }
    const Document d = builder().build(text);
    INFO("round " << round);
    check_invariants(text, d);
  }
}

TEST_CASE("Empty and blank texts have no tokens") {
  for (const char* text : {"", " ", "\n\n\t ", "\xC2\xA0"}) {
    const Document d = builder().build(text);
    CHECK(d.tokens().empty());
    CHECK(d.sentences().empty());
  }
}

TEST_CASE("An Attributor keeps the Document it read") {
  const std::string text = "“We will keep talking,” Wang Yi said.\nBlinken agreed.";
  const quoteattr::Attributor a;
  const quoteattr::Result r = a.analyze(text);
  REQUIRE(r.document);
  CHECK(r.document->text().data() == text.data());
  REQUIRE(r.document->sentences().size() == r.sentences.size());
  for (std::size_t i = 0; i < r.sentences.size(); ++i) CHECK(r.document->sentences()[i].span == r.sentences[i]);
  REQUIRE(r.document->paragraphs().size() == 2);
  CHECK(r.document->paragraphs()[1].first_sentence == 1);
}

namespace {

// "word/TAG" for each token of the first sentence.
std::string tagged(std::string_view text) {
  const Document d = builder().build(text);
  std::string out;
  for (std::size_t i = 0; i < d.tokens().size(); ++i)
    out += (i ? " " : "") + std::string(d.word(i)) + "/" + std::string(quoteattr::tag_name(d.tokens()[i].tag));
  return out;
}

}  // namespace

TEST_CASE("Tags tell said/VBD from said/VBN and called/VBN") {
  CHECK(tagged("He said that the talks went well.") == "He/PRP said/VBD that/IN the/DT talks/NNS went/VBD well/RB ./.");
  CHECK(tagged("The minister has said that the plan was called a failure.") ==
        "The/DT minister/NN has/VBZ said/VBN that/IN the/DT plan/NN was/VBD called/VBN a/DT failure/NN ./.");
}

TEST_CASE("A dateline is tagged and parsed apart from the sentence it opens") {
  // The word after the dateline's dash opens the sentence: "Today" is not a name there.
  const std::string text =
      "Leeds, U.K. – Today, Mayor Dana Holt of Leeds, and Sen. Ivo Marsh of York, said they would meet.";
  const Document d = builder().build(text);
  REQUIRE(d.sentences().size() == 1);
  CHECK(d.tokens()[4].lower == "today");
  CHECK(d.tokens()[4].tag != Tag::NNP);
  CHECK(tagged("Leeds – a city.").find("a/DT") != std::string::npos);
  // The dateline's place is no subject; its root hangs on the sentence's root.
  const auto& tk = d.parse(0);
  std::size_t said = 0;
  while (said < tk.size() && tk[said].lower != "said") ++said;
  REQUIRE(said < tk.size());
  for (std::size_t i = 0; i < tk.size(); ++i)
    if (tk[i].head == said && tk[i].relation == quoteattr::Relation::kNsubj) CHECK(i > 3);
  CHECK(tk[0].head != quoteattr::kNoParent);
  std::size_t roots = 0;
  for (const auto& t : tk) roots += t.head == quoteattr::kNoParent;
  CHECK(roots == 1);
  // Not a dateline: a lower-case word before the dash, or a comma right before it.
  CHECK(tagged("The plan – Today, it is here.").find("Today/NNP") == std::string::npos);
}

TEST_CASE("Lemmas of verbs and nouns; other words keep their lower-case form") {
  const std::string text = "Wang Yi met the ministers and said they were ready.";
  const Document d = builder().build(text);
  std::vector<std::string> lemmas;
  for (const auto& t : d.tokens()) lemmas.emplace_back(t.lemma);
  CHECK(lemmas ==
        std::vector<std::string>{"wang", "yi", "meet", "the", "minister", "and", "say", "they", "be", "ready", "."});
}

TEST_CASE("Noun-phrase chunks: titles and names together, a possessive closes its phrase") {
  const std::string text = "Chinese Foreign Minister Wang Yi met China's top diplomat on Friday.";
  const Document d = builder().build(text);
  std::vector<std::string> phrases;
  for (const auto& np : d.noun_phrases()) {
    std::string p;
    for (std::size_t i = np.first; i < np.end; ++i) p += (p.empty() ? "" : " ") + std::string(d.word(i));
    phrases.push_back(p + " [" + std::string(d.word(np.head)) + "]");
  }
  CHECK(phrases == std::vector<std::string>{"Chinese Foreign Minister Wang Yi [Yi]", "China 's [China]",
                                            "top diplomat [diplomat]", "Friday [Friday]"});
}

TEST_CASE("Clauses open at complementizers, wh-words and coordinated subjects") {
  const std::string text = "Blinken said that the talks, which lasted hours, were useful, and Wang agreed.";
  const Document d = builder().build(text);
  std::vector<std::string> clauses;
  for (const auto& c : d.clauses()) {
    std::string s;
    for (std::size_t i = c.first; i < c.end; ++i) s += (s.empty() ? "" : " ") + std::string(d.word(i));
    clauses.push_back(s + (c.verb >= 0 ? " {" + std::string(d.word(static_cast<std::size_t>(c.verb))) + "}" : ""));
  }
  CHECK(clauses == std::vector<std::string>{"Blinken said {said}", "that the talks ,", "which lasted hours , {lasted}",
                                            "were useful , {were}", "and Wang agreed . {agreed}"});
}
