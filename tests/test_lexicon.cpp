// The language pack: the built-in English classes, loading errors with
// file:line:column, and a round trip through TOML.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "catch_compat.hpp"
#include "quoteattr/error.hpp"
#include "quoteattr/lexicon.hpp"
#include "test_util.hpp"

using namespace quoteattr;

namespace {

bool is_abbreviation_class(WordClass c) { return std::string(to_string(c)).rfind("abbreviations.", 0) == 0; }

std::string toml_string(const std::string& w) {
  std::string out = "\"";
  for (char c : w) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// The [grammar] table of `lex` (English when null), but for role `skip`, with `extra` lines
// at its end.
std::string grammar_text(const Lexicon* lex, std::optional<WordRole> skip = std::nullopt,
                         const std::string& extra = "") {
  const Lexicon& from = lex ? *lex : Lexicon::english();
  std::string out = "[grammar]\n";
  for (std::size_t i = 0; i < kWordRoleCount; ++i) {
    const auto r = static_cast<WordRole>(i);
    if (skip && r == *skip) continue;
    out += std::string(to_string(r)) + " = " + toml_string(from.word(r)) + "\n";
  }
  return out + extra;
}

// A pack as TOML text: every class of `lex` (or empty arrays when null),
// except `skip`, after `head` (which may hold classes of its own), and its
// [grammar] table (English when `lex` is null).
std::string pack_text(const Lexicon* lex, const std::string& head = "", std::optional<WordClass> skip = std::nullopt) {
  std::string top = head, abbrev;
  for (std::size_t i = 0; i < kWordClassCount; ++i) {
    const auto c = static_cast<WordClass>(i);
    if (skip && c == *skip) continue;
    std::string key = to_string(c);
    std::string line;
    if (is_abbreviation_class(c)) key = key.substr(std::string("abbreviations.").size());
    line = key + " = [";
    if (lex)
      for (const std::string& w : lex->words(c)) line += toml_string(w) + ", ";
    line += "]\n";
    (is_abbreviation_class(c) ? abbrev : top) += line;
  }
  return top + "[abbreviations]\n" + abbrev + grammar_text(lex);
}

}  // namespace

TEST_CASE("the built-in English pack loads with its classes") {
  const Lexicon& en = Lexicon::english();
  CHECK(en.source() == "data/lang/en.toml");
  CHECK(en.is(WordClass::kNegators, "never"));
  CHECK(en.is(WordClass::kNegators, "declined"));
  CHECK_FALSE(en.is(WordClass::kNegators, "said"));
  CHECK(en.is(WordClass::kModals, "would"));
  CHECK_FALSE(en.is(WordClass::kModals, "is"));
  CHECK(en.is(WordClass::kFiniteAuxiliaries, "is"));
  CHECK(en.is(WordClass::kAdjunctPrepositions, "among"));
  CHECK_FALSE(en.is(WordClass::kFrontedPrepositions, "among"));  // two different lists
  CHECK(en.is(WordClass::kFrontedPrepositions, "till"));
  CHECK(en.is(WordClass::kNameParticles, "ibn"));
  CHECK(en.is(WordClass::kNameSuffixes, "jr."));
  CHECK(en.is(WordClass::kFemaleTitles, "spokeswoman"));
  CHECK_FALSE(en.is(WordClass::kFemaleTitles, "spokesman"));
  CHECK(en.is(WordClass::kMaleTitles, "spokesman"));
  CHECK(en.is(WordClass::kElidedWords, "twas"));
  CHECK(en.is(WordClass::kTermCues, "so-called"));
  CHECK(en.is(WordClass::kSentenceStarters, "however"));
  CHECK(en.is(WordClass::kReportNouns, "announcement"));
  CHECK_FALSE(en.is(WordClass::kReportNouns, "Announcement"));  // lookups are lower case
  CHECK_FALSE(en.is(WordClass::kNegators, ""));
  // A word in several classes.
  CHECK(en.is(WordClass::kDeterminers, "their"));
  CHECK(en.is(WordClass::kSentenceStarters, "their"));
  CHECK(en.is(WordClass::kMentionStarts, "their"));

  // The one abbreviation list: written with their case, looked up folded.
  const auto& never = en.words(WordClass::kAbbrevNeverFinal);
  REQUIRE(never.size() == 39);
  CHECK(never.front() == "Adm");
  CHECK(never.back() == "vs");
  CHECK(en.is(WordClass::kAbbrevNeverFinal, "mr"));
  CHECK(en.is(WordClass::kAbbrevMayBeFinal, "inc"));
  CHECK(en.is(WordClass::kAbbrevMayBeFinal, "gov't"));
  CHECK_FALSE(en.is(WordClass::kAbbrevMayBeFinal, "mr"));
  CHECK(en.is(WordClass::kAbbrevPersonTitles, "sec"));
  CHECK_FALSE(en.is(WordClass::kAbbrevPersonTitles, "inc"));
  CHECK(en.is(WordClass::kAbbrevClauseInternal, "inc"));

  // Order as in the file.
  const auto& bases = en.words(WordClass::kSpeechVerbBases);
  REQUIRE(bases.size() >= 3);
  CHECK(bases[0] == "add");
  CHECK(bases[1] == "stress");

  // Class names both ways.
  for (std::size_t i = 0; i < kWordClassCount; ++i) {
    const auto c = static_cast<WordClass>(i);
    REQUIRE(word_class_from_string(to_string(c)) == c);
  }
  CHECK_FALSE(word_class_from_string("negator").has_value());
  CHECK(std::string(to_string(static_cast<WordClass>(kWordClassCount))).empty());  // out of range: no key

  // A default Lexicon is the English one (copies share data).
  Lexicon copy;
  CHECK(&copy.words(WordClass::kModals) == &en.words(WordClass::kModals));
}

TEST_CASE("classes() answers every class of a word in one look-up") {
  const Lexicon& en = Lexicon::english();
  // "their" is a determiner, a sentence starter and a mention start, and nothing else asked here.
  const WordClassSet their = en.classes("their");
  CHECK(their.has(WordClass::kDeterminers));
  CHECK(their.has(WordClass::kSentenceStarters));
  CHECK(their.has(WordClass::kMentionStarts));
  CHECK_FALSE(their.has(WordClass::kNegators));
  CHECK_FALSE(their.has(WordClass::kModals));
  // The same answers as is(), for every class, on a few words of different kinds.
  for (const char* w : {"their", "never", "said", "would", "mr", "spokeswoman", "january", "qwerty"}) {
    const WordClassSet set = en.classes(w);
    for (std::size_t i = 0; i < kWordClassCount; ++i) {
      const auto c = static_cast<WordClass>(i);
      CHECK(set.has(c) == en.is(c, w));
    }
  }
  CHECK(en.classes("qwerty").empty());
  CHECK(en.classes("").empty());
  CHECK_FALSE(en.classes("never").empty());
}

TEST_CASE("a WordClassSet holds classes past the 64th bit") {
  WordClassSet a;
  CHECK(a.empty());
  // Indices 0, 63, 64 and 127: both words of the set, at their edges.
  const auto at = [](unsigned i) { return static_cast<WordClass>(i); };
  a.add(at(0));
  a.add(at(64));
  CHECK(a.has(at(0)));
  CHECK(a.has(at(64)));
  CHECK_FALSE(a.has(at(63)));
  CHECK_FALSE(a.has(at(1)));
  CHECK_FALSE(a.has(at(65)));
  WordClassSet b;
  b.add(at(63));
  b.add(at(127));
  const WordClassSet u = a | b;
  for (unsigned i : {0u, 63u, 64u, 127u}) CHECK(u.has(at(i)));
  CHECK_FALSE(u.has(at(126)));
  CHECK(u != a);
  a |= b;
  CHECK(u == a);
}

TEST_CASE("a language pack round-trips through TOML") {
  const Lexicon& en = Lexicon::english();
  const std::string text = pack_text(&en);
  Lexicon again = Lexicon::from_toml(text, "copy.toml");
  CHECK(again.source() == "copy.toml");
  for (std::size_t i = 0; i < kWordClassCount; ++i) {
    const auto c = static_cast<WordClass>(i);
    CHECK(again.words(c) == en.words(c));
  }
  for (std::size_t i = 0; i < kWordRoleCount; ++i) {
    const auto r = static_cast<WordRole>(i);
    CHECK(again.word(r) == en.word(r));
  }

  // A small pack written to a file and loaded from it.
  const std::string head = "negators = [\"nicht\", \"kein\"]\nmodals = [\"muss\"]\n";
  std::string small = pack_text(nullptr, head, WordClass::kNegators);
  // modals is in the head and in the generated part: drop the generated one.
  small.erase(small.find("modals = []\n"), std::string("modals = []\n").size());
  const auto path = std::filesystem::temp_directory_path() / "quoteattr-test-lexicon.toml";
  {
    std::ofstream out(path, std::ios::binary);
    out << small;
  }
  Lexicon de = Lexicon::load(path.string());
  std::filesystem::remove(path);
  CHECK(de.source() == path.string());
  CHECK(de.words(WordClass::kNegators) == std::vector<std::string>{"nicht", "kein"});
  CHECK(de.is(WordClass::kNegators, "kein"));
  CHECK(de.is(WordClass::kModals, "muss"));
  CHECK_FALSE(de.is(WordClass::kNegators, "not"));
  CHECK(de.words(WordClass::kDeterminers).empty());
}

TEST_CASE("a broken language pack names file:line:column") {
  auto error = [](const std::string& head, std::optional<WordClass> skip) {
    return error_of([&] { Lexicon::from_toml(pack_text(nullptr, head, skip), "bad.toml"); });
  };

  SECTION("unknown class, with a suggestion") {
    Error e = error("negator = [\"not\"]\n", std::nullopt);
    CHECK(e.code() == ErrorCode::kProfileKey);
    CHECK(std::string(e.what()) == "bad.toml:1:1: unknown word class 'negator' (did you mean 'negators'?)");
  }
  SECTION("non-string entry") {
    Error e = error("negators = [\"not\", 3]\n", WordClass::kNegators);
    CHECK(e.code() == ErrorCode::kProfileValue);
    CHECK(std::string(e.what()) == "bad.toml:1:20: an entry of 'negators' must be a string, not integer");
  }
  SECTION("a class that is no array") {
    Error e = error("\nnegators = \"not\"\n", WordClass::kNegators);
    CHECK(e.code() == ErrorCode::kProfileValue);
    CHECK(e.where().line == 2);
    CHECK(e.where().column == 12);
  }
  SECTION("empty entry") {
    Error e = error("modals = [\"would\",\n  \"\"]\n", WordClass::kModals);
    CHECK(e.code() == ErrorCode::kProfileValue);
    CHECK(std::string(e.what()) == "bad.toml:2:3: an entry of 'modals' is empty");
  }
  SECTION("duplicate entry") {
    Error e = error("modals = [\"would\", \"can\", \"would\"]\n", WordClass::kModals);
    CHECK(e.code() == ErrorCode::kProfileDuplicate);
    CHECK(std::string(e.what()) == "bad.toml:1:27: duplicate entry 'would' in 'modals' (first at line 1, column 11)");
  }
  SECTION("upper case where lower case is required") {
    Error e = error("modals = [\"Would\"]\n", WordClass::kModals);
    CHECK(e.code() == ErrorCode::kProfileValue);
    CHECK(std::string(e.what()) == "bad.toml:1:11: an entry of 'modals' must be lower case, not 'Would'");
  }
  SECTION("more than one word") {
    Error e = error("modals = [\"ought to\"]\n", WordClass::kModals);
    CHECK(e.code() == ErrorCode::kProfileValue);
    CHECK(e.where().to_string() == "bad.toml:1:11");
    CHECK(e.message() == "an entry of 'modals' must be one word (no spaces), not 'ought to'");
  }
  SECTION("bad TOML") {
    Error e = error("modals = [\"would\"\n", WordClass::kModals);
    CHECK(e.code() == ErrorCode::kProfileSyntax);
    CHECK(e.where().file == "bad.toml");
    CHECK(e.where().line >= 1);
    CHECK(e.where().column >= 1);
    CHECK(std::string(e.what()).rfind("bad.toml:", 0) == 0);
  }
  SECTION("missing class") {
    Error e = error("", WordClass::kModals);
    CHECK(e.code() == ErrorCode::kProfileKey);
    CHECK(std::string(e.message()).find("missing word class 'modals'") != std::string::npos);
    CHECK(e.where().file == "bad.toml");
  }
  SECTION("an abbreviation mark that is no abbreviation") {
    std::string text = pack_text(nullptr);
    text.replace(text.find("person_titles = []"), std::string("person_titles = []").size(), "person_titles = [\"mr\"]");
    Error e = error_of([&] { Lexicon::from_toml(text, "bad.toml"); });
    CHECK(e.code() == ErrorCode::kProfileValue);
    CHECK(std::string(e.message()).find("'mr' of 'abbreviations.person_titles'") != std::string::npos);
    CHECK(e.where().line > 1);
  }
  SECTION("an abbreviation in both lists") {
    std::string text = pack_text(nullptr);
    text.replace(text.find("never_final = []"), std::string("never_final = []").size(), "never_final = [\"Mr\"]");
    text.replace(text.find("may_be_final = []"), std::string("may_be_final = []").size(), "may_be_final = [\"Mr\"]");
    Error e = error_of([&] { Lexicon::from_toml(text, "bad.toml"); });
    CHECK(e.code() == ErrorCode::kProfileDuplicate);
  }
  SECTION("bytes toml++ 3.3.0 cannot parse safely are refused first, as in a profile") {
    Error e = error_of([] { Lexicon::from_toml("[#", "bad.toml"); });
    CHECK(e.code() == ErrorCode::kProfileSyntax);
    CHECK(e.what() == std::string("bad.toml:1:2, byte 1: TOML syntax error: a table header must "
                                  "start with a key (a bare or quoted name)"));
    Error cyrillic = error_of([] { Lexicon::from_toml("x = 1\n\xD0\x84", "bad.toml"); });
    CHECK(cyrillic.where().to_string() == "bad.toml:2:1, byte 6");
    Error utf8 = error_of([] { Lexicon::from_toml("x = 'a\xE7'", "bad.toml"); });
    CHECK(utf8.code() == ErrorCode::kInvalidUtf8);
    CHECK(utf8.message() == "ill-formed UTF-8 (byte 0xE7): a language pack must be UTF-8 text");
  }
  SECTION("a missing file") {
    Error e = error_of([] { Lexicon::load("/nonexistent/pack.toml"); });
    CHECK(e.code() == ErrorCode::kIo);
    CHECK(e.where().file == "/nonexistent/pack.toml");
  }
}

TEST_CASE("the [grammar] table names one word per grammatical role") {
  const Lexicon& en = Lexicon::english();
  CHECK(en.word(WordRole::kComplementizer) == "that");
  CHECK(en.word(WordRole::kInfinitiveMarker) == "to");
  CHECK(en.word(WordRole::kDativePreposition) == "to");  // one word, two roles
  CHECK(en.word(WordRole::kPassiveAgent) == "by");
  CHECK(en.word(WordRole::kDefiniteArticle) == "the");
  CHECK(en.word(WordRole::kGenitive) == "of");
  CHECK(en.word(WordRole::kExpletive) == "it");
  for (std::size_t i = 0; i < kWordRoleCount; ++i) {
    const auto r = static_cast<WordRole>(i);
    CHECK(word_role_from_string(to_string(r)) == r);
    CHECK_FALSE(en.word(r).empty());
  }
  CHECK_FALSE(word_role_from_string("complementiser").has_value());
  CHECK(std::string(to_string(WordRole::kPassiveAgent)) == "passive_agent");
  CHECK(std::string(to_string(static_cast<WordRole>(kWordRoleCount))).empty());

  // New closed classes of function words.
  CHECK(en.is(WordClass::kIndefiniteArticles, "an"));
  CHECK(en.is(WordClass::kFutureModals, "shall"));
  CHECK_FALSE(en.is(WordClass::kFutureModals, "would"));
  CHECK(en.is(WordClass::kCalendarUnits, "month"));
  CHECK(en.is(WordClass::kAffiliationPrepositions, "for"));
  CHECK_FALSE(en.is(WordClass::kAffiliationPrepositions, "by"));

  // Another pack's words are read as written.
  std::string text = pack_text(nullptr);
  text.replace(text.find("complementizer = \"that\""), std::string("complementizer = \"that\"").size(),
               "complementizer = \"dass\"");
  Lexicon de = Lexicon::from_toml(text, "de.toml");
  CHECK(de.word(WordRole::kComplementizer) == "dass");
  CHECK(de.word(WordRole::kGenitive) == "of");
}

TEST_CASE("a broken [grammar] table names file, key and place") {
  auto with_grammar = [](const std::string& grammar) {
    std::string text = pack_text(nullptr);
    return text.substr(0, text.find("[grammar]\n")) + grammar;
  };
  // The error of the English pack whose [grammar] table lacks `skip` and ends with `extra`.
  auto broken = [&](std::optional<WordRole> skip, const std::string& extra) {
    return error_of([&] { Lexicon::from_toml(with_grammar(grammar_text(nullptr, skip, extra)), "bad.toml"); });
  };
  SECTION("missing role") {
    Error e = broken(WordRole::kGenitive, "");
    CHECK(e.code() == ErrorCode::kProfileKey);
    CHECK(std::string(e.what()).rfind("bad.toml", 0) == 0);
    CHECK(std::string(e.message()).find("missing word role 'grammar.genitive'") != std::string::npos);
  }
  SECTION("no [grammar] table at all") {
    Error e = error_of([&] { Lexicon::from_toml(with_grammar(""), "bad.toml"); });
    CHECK(e.code() == ErrorCode::kProfileKey);
    CHECK(std::string(e.message()).find("missing word role 'grammar.complementizer'") != std::string::npos);
  }
  SECTION("unknown role, with a suggestion") {
    Error e = broken(std::nullopt, "complementiser = \"that\"\n");
    CHECK(e.code() == ErrorCode::kProfileKey);
    CHECK(std::string(e.message()) == "unknown word role 'grammar.complementiser' (did you mean 'complementizer'?)");
    CHECK(e.where().line > 1);
    CHECK(e.where().column == 1);
  }
  SECTION("duplicate role") {
    Error e = broken(std::nullopt, "genitive = \"of\"\n");
    CHECK(e.code() == ErrorCode::kProfileSyntax);
    CHECK(std::string(e.what()).rfind("bad.toml:", 0) == 0);
    CHECK(std::string(e.message()).find("genitive") != std::string::npos);
  }
  SECTION("a role that is no string, several words, upper case, empty") {
    Error array = broken(WordRole::kGenitive, "genitive = [\"of\"]\n");
    CHECK(array.code() == ErrorCode::kProfileValue);
    CHECK(std::string(array.message()) == "word role 'grammar.genitive' must be a string, not array");
    Error two = broken(WordRole::kGenitive, "genitive = \"of the\"\n");
    CHECK(two.code() == ErrorCode::kProfileValue);
    CHECK(std::string(two.message()).find("must be one word") != std::string::npos);
    Error upper = broken(WordRole::kGenitive, "genitive = \"Of\"\n");
    CHECK(upper.code() == ErrorCode::kProfileValue);
    CHECK(std::string(upper.message()).find("lower case") != std::string::npos);
    Error empty = broken(WordRole::kGenitive, "genitive = \"\"\n");
    CHECK(empty.code() == ErrorCode::kProfileValue);
    CHECK(std::string(empty.message()) == "word role 'grammar.genitive' is empty");
  }
}
