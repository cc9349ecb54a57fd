// The lemmatizer: held-out accuracy on gold UD lemmas, the shipped table is what the generator
// makes, classic forms, malformed tables, and Token::lemma in a Document.
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "catch_compat.hpp"
#include "lemma_table.hpp"
#include "quoteattr/document.hpp"
#include "quoteattr/error.hpp"
#include "quoteattr/lemmatizer.hpp"
#include "quoteattr/lexicon.hpp"

using quoteattr::Lemmatizer;
using quoteattr::Tag;
namespace training = quoteattr::training;

namespace {

const std::string kSource = QUOTEATTR_SOURCE_DIR;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

const training::Split& split() {
  static const training::Split s = training::read_split(kSource + "/data/training/ud");
  return s;
}

std::string lemma(const char* w, Tag t) { return Lemmatizer::builtin().lemma(w, t); }

}  // namespace

TEST_CASE("lemma accuracy of verbs and nouns on the held-out GUM news documents") {
  // docs/lemmas.md: tokens with gold tag VB*, NN or NNS and a gold lemma, lemmatized with the gold tag.
  const auto e = training::evaluate_lemmas(Lemmatizer::builtin(), split().heldout_news);
  CHECK(e.tokens == 847);
  CHECK(e.correct == 843);
  CHECK(e.accuracy() == Approx(99.53).margin(0.1));
  CHECK(e.accuracy() >= 97.0);
  CHECK(e.verbs == 372);
  // The rules alone, for comparison.
  const auto r = training::evaluate_lemmas(Lemmatizer::from_tsv("", "none"), split().heldout_news);
  CHECK(r.accuracy() == Approx(82.41).margin(0.1));
}

TEST_CASE("lemma accuracy on EWT test") {
  const auto e = training::evaluate_lemmas(Lemmatizer::builtin(), split().ewt_test);
  CHECK(e.tokens == 7970);
  CHECK(e.accuracy() == Approx(98.68).margin(0.1));
}

TEST_CASE("the shipped table is what quoteattr_make_lemma_table makes") {
  const std::string hand = read_file(kSource + "/data/lang/en-lemmas.hand.tsv");
  const std::string shipped = read_file(kSource + "/data/lang/en-lemmas.tsv");
  REQUIRE(!hand.empty());
  CHECK(training::make_lemma_table(split().train, hand) == shipped);
  CHECK(Lemmatizer::builtin().size() == Lemmatizer::from_tsv(shipped, "en-lemmas.tsv").size());
  CHECK(Lemmatizer::builtin().size() > 400);
}

TEST_CASE("classic forms") {
  CHECK(lemma("said", Tag::VBD) == "say");
  CHECK(lemma("said", Tag::VBN) == "say");
  CHECK(lemma("says", Tag::VBZ) == "say");
  CHECK(lemma("saying", Tag::VBG) == "say");
  CHECK(lemma("talks", Tag::NNS) == "talk");
  CHECK(lemma("talks", Tag::VBZ) == "talk");
  CHECK(lemma("met", Tag::VBD) == "meet");
  CHECK(lemma("countries", Tag::NNS) == "country");
  CHECK(lemma("was", Tag::VBD) == "be");
  CHECK(lemma("were", Tag::VBD) == "be");
  CHECK(lemma("'s", Tag::VBZ) == "be");
  CHECK(lemma("'s", Tag::POS) == "'s");
  CHECK(lemma("did", Tag::VBD) == "do");
  CHECK(lemma("n't", Tag::RB) == "n't");
  CHECK(lemma("told", Tag::VBD) == "tell");
  CHECK(lemma("went", Tag::VBD) == "go");
  CHECK(lemma("has", Tag::VBZ) == "have");
  CHECK(lemma("children", Tag::NNS) == "child");
  CHECK(lemma("men", Tag::NNS) == "man");
  CHECK(lemma("businesswomen", Tag::NNS) == "businesswoman");
  CHECK(lemma("wives", Tag::NNS) == "wife");
  CHECK(lemma("lives", Tag::NNS) == "life");
  CHECK(lemma("lives", Tag::VBZ) == "live");
  CHECK(lemma("churches", Tag::NNS) == "church");
  CHECK(lemma("boxes", Tag::NNS) == "box");
  CHECK(lemma("cases", Tag::NNS) == "case");
  CHECK(lemma("carries", Tag::VBZ) == "carry");
  CHECK(lemma("goes", Tag::VBZ) == "go");
  // -ed / -ing: doubled consonants, e-restoration and its exceptions.
  CHECK(lemma("stopped", Tag::VBD) == "stop");
  CHECK(lemma("planning", Tag::VBG) == "plan");
  CHECK(lemma("committed", Tag::VBN) == "commit");
  CHECK(lemma("called", Tag::VBD) == "call");
  CHECK(lemma("added", Tag::VBD) == "add");
  CHECK(lemma("hoped", Tag::VBD) == "hope");
  CHECK(lemma("noted", Tag::VBD) == "note");
  CHECK(lemma("visited", Tag::VBD) == "visit");
  CHECK(lemma("developed", Tag::VBN) == "develop");
  CHECK(lemma("opened", Tag::VBD) == "open");
  CHECK(lemma("created", Tag::VBN) == "create");
  CHECK(lemma("negotiated", Tag::VBD) == "negotiate");
  CHECK(lemma("quoted", Tag::VBD) == "quote");
  CHECK(lemma("decided", Tag::VBD) == "decide");
  CHECK(lemma("announced", Tag::VBD) == "announce");
  CHECK(lemma("criticized", Tag::VBD) == "criticize");
  CHECK(lemma("argued", Tag::VBD) == "argue");
  CHECK(lemma("carried", Tag::VBD) == "carry");
  CHECK(lemma("died", Tag::VBD) == "die");
  CHECK(lemma("agreed", Tag::VBD) == "agree");
  CHECK(lemma("played", Tag::VBD) == "play");
  CHECK(lemma("handled", Tag::VBD) == "handle");
  CHECK(lemma("united", Tag::VBN) == "unite");
  CHECK(lemma("travelled", Tag::VBD) == "travel");
  CHECK(lemma("making", Tag::VBG) == "make");
  CHECK(lemma("being", Tag::VBG) == "be");
  CHECK(lemma("getting", Tag::VBG) == "get");
  CHECK(lemma("meeting", Tag::VBG) == "meet");
  CHECK(lemma("meeting", Tag::NN) == "meeting");
  // Hyphenated compounds inflect their last part.
  CHECK(lemma("re-elected", Tag::VBN) == "re-elect");
  CHECK(lemma("co-wrote", Tag::VBD) == "co-write");
  CHECK(lemma("e-mails", Tag::NNS) == "e-mail");
  // Proper nouns and other tags keep the form.
  CHECK(lemma("reuters", Tag::NNP) == "reuters");
  CHECK(lemma("americans", Tag::NNPS) == "americans");
  CHECK(lemma("news", Tag::NN) == "news");
  CHECK(lemma("better", Tag::JJR) == "better");
  CHECK(lemma("", Tag::NNS).empty());
  // The buffer form gives the same.
  std::string out = "old content";
  Lemmatizer::builtin().lemma("countries", Tag::NNS, out);
  CHECK(out == "country");
}

TEST_CASE("a table of our own") {
  const Lemmatizer l = Lemmatizer::from_tsv("# comment\n\nfoo\tv\tbar\r\nmice\tn\tmouse\n", "mine.tsv");
  CHECK(l.size() == 2);
  CHECK(l.lemma("foo", Tag::VBD) == "bar");
  CHECK(l.lemma("foo", Tag::NN) == "foo");
  CHECK(l.lemma("mice", Tag::NNS) == "mouse");
  CHECK(l.lemma("said", Tag::VBD) == "said");  // not in this table; the rules leave it
  CHECK(l.lemma("talks", Tag::NNS) == "talk");
}

TEST_CASE("a broken table line fails naming name:line:column") {
  auto error_of = [](const std::string& text) -> std::string {
    try {
      Lemmatizer::from_tsv(text, "bad.tsv");
    } catch (const quoteattr::Error& e) {
      CHECK(e.code() == quoteattr::ErrorCode::kInvalidArgument);
      return e.what();
    }
    return "no error";
  };
  CHECK_THAT(error_of("said\tv\tsay\nmet\tx\tmeet\n"), Catch::StartsWith("bad.tsv:2:5: class must be"));
  CHECK_THAT(error_of("# c\nmet\tv\n"), Catch::StartsWith("bad.tsv:2:6: expected 3"));
  CHECK_THAT(error_of("met\tv\tmeet\tx\n"), Catch::StartsWith("bad.tsv:1:11: more than 3"));
  CHECK_THAT(error_of("\tv\tmeet\n"), Catch::StartsWith("bad.tsv:1:1: empty form"));
  CHECK_THAT(error_of("met\tv\t\n"), Catch::StartsWith("bad.tsv:1:7: empty lemma"));
  CHECK_THAT(error_of("met\tv\tMeet\n"), Catch::StartsWith("bad.tsv:1:7: forms and lemmas"));
  CHECK_THAT(error_of("met\tv\tmeet\nmet\tn\tmet\nmet\tv\tmeat\n"), Catch::StartsWith("bad.tsv:3:1: duplicate"));
}

TEST_CASE("Token::lemma in a Document") {
  const quoteattr::DocumentBuilder builder;
  const std::string text = "Wang Yi said the talks went well. He's been to Beijing; it's late.";
  const quoteattr::Document d = builder.build(text);
  auto lemma_of = [&](const std::string& word) -> std::string {
    for (std::size_t i = 0; i < d.tokens().size(); ++i)
      if (d.word(i) == word) return std::string(d.tokens()[i].lemma);
    return "?";
  };
  CHECK(lemma_of("said") == "say");
  CHECK(lemma_of("talks") == "talk");
  CHECK(lemma_of("went") == "go");
  CHECK(lemma_of("Wang") == "wang");
  CHECK(lemma_of("well") == "well");
  CHECK(lemma_of("been") == "be");
  std::vector<std::string> s_lemmas;
  for (std::size_t i = 0; i < d.tokens().size(); ++i)
    if (d.word(i) == "'s") s_lemmas.emplace_back(d.tokens()[i].lemma);
  CHECK(s_lemmas == std::vector<std::string>{"have", "be"});
}

TEST_CASE("Token::lemma of \"'s\" reads the pack's has_participles") {
  // The English pack with the class emptied but for a made-up word: "'s been" is then "is".
  std::ifstream in(QUOTEATTR_TEST_DATA_DIR "/../../data/lang/en.toml", std::ios::binary);
  REQUIRE(in);
  std::string toml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string cls = "has_participles = [\n  \"been\", \"got\", \"gotten\",\n]";
  REQUIRE(toml.find(cls) != std::string::npos);
  toml.replace(toml.find(cls), cls.size(), "has_participles = [\"zotten\"]");
  const quoteattr::Lexicon altered = quoteattr::Lexicon::from_toml(toml, "altered.toml");
  auto s_lemmas = [](const quoteattr::DocumentBuilder& builder) {
    const quoteattr::Document d = builder.build("He's been to Beijing. She's zotten a visa. It's got old.");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < d.tokens().size(); ++i)
      if (d.word(i) == "'s") out.emplace_back(d.tokens()[i].lemma);
    return out;
  };
  CHECK(s_lemmas(quoteattr::DocumentBuilder(quoteattr::SentenceOptions{}, altered)) ==
        std::vector<std::string>{"be", "have", "be"});
  CHECK(s_lemmas(quoteattr::DocumentBuilder{}) == std::vector<std::string>{"have", "be", "have"});
  // The static helper asks the built-in English pack.
  CHECK(Lemmatizer::clitic_s_is_has("gotten"));
  CHECK_FALSE(Lemmatizer::clitic_s_is_has("zotten"));
  CHECK_FALSE(Lemmatizer::clitic_s_is_has("gone"));
}
