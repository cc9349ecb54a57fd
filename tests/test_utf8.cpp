// The invalid-UTF-8 policy: read bad sequences as U+FFFD, report offsets into
// the original bytes, count the replacements; strict mode throws with the offset.
#include <string>

#include "catch_compat.hpp"
#include "quoteattr/quoteattr.hpp"

using quoteattr::check_utf8;

TEST_CASE("valid text has no replacements", "[utf8]") {
  auto r = check_utf8(u8"“Wang” said: «oui» 世界 👍");
  CHECK(r.valid());
  CHECK(r.invalid_sequences == 0);
  CHECK(r.first_invalid == quoteattr::Utf8Report::npos);
  CHECK(check_utf8("").valid());
}

TEST_CASE("each kind of ill-formed sequence is counted at its offset", "[utf8]") {
  struct Case {
    const char* name;
    std::string bytes;
    std::size_t count;
    std::size_t first;
  };
  const Case cases[] = {
      {"overlong slash", std::string("ab\xC0\xAF"), 2, 2},           // C0 and AF are each bad
      {"overlong three-byte", std::string("x\xE0\x80\xAFy"), 3, 1},  // E0 80 AF: three maximal parts
      {"surrogate", std::string("a\xED\xA0\x80z"), 3, 1},            // U+D800 encoded
      {"truncated at end", std::string("abc\xE4\xB8"), 1, 3},        // 世 missing its last byte
      {"truncated mid-text", std::string("\xE4\xB8 ok"), 1, 0},
      {"lone continuation", std::string("a\x80\x80 b"), 2, 1},
      {"too large", std::string("\xF4\x90\x80\x80"), 4, 0},
      {"FE FF bytes", std::string("\xFE\xFF"), 2, 0},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    auto r = check_utf8(c.bytes);
    CHECK(r.invalid_sequences == c.count);
    CHECK(r.first_invalid == c.first);
  }
}

TEST_CASE("replacement keeps every valid byte and marks each bad sequence", "[utf8]") {
  CHECK(quoteattr::replace_invalid_utf8(std::string("a\x80z")) == "a\xEF\xBF\xBDz");
  CHECK(quoteattr::replace_invalid_utf8(std::string("\xE4\xB8")) == "\xEF\xBF\xBD");
  CHECK(quoteattr::replace_invalid_utf8("plain") == "plain");
}

TEST_CASE("strict policy throws with the byte offset", "[utf8]") {
  try {
    quoteattr::require_valid_utf8(std::string("good \xFF bad"));
    FAIL("no exception");
  } catch (const quoteattr::Error& e) {
    CHECK(e.code() == quoteattr::ErrorCode::kInvalidUtf8);
    CHECK(e.where().offset == 5);
    CHECK(std::string(e.what()).find("byte 5") != std::string::npos);
  }
  CHECK_NOTHROW(quoteattr::require_valid_utf8("all good"));
}

TEST_CASE("the attributor reads bad bytes and reports offsets into the original", "[utf8]") {
  const std::string text = "He said \x93hello\x94 to her.\nWang said: \xE2\x80\x9CWe agree.\xE2\x80\x9D \xC0";
  quoteattr::Attributor attributor;
  auto r = attributor.analyze(text);
  CHECK(r.utf8.invalid_sequences == 3);
  CHECK(r.utf8.first_invalid == 8);
  REQUIRE_FALSE(r.sentences.empty());
  CHECK(r.sentences.back().end <= text.size());

  quoteattr::AttributorOptions strict;
  strict.utf8 = quoteattr::Utf8Policy::kStrict;
  quoteattr::Attributor strict_attributor(quoteattr::Profile::builtin(), strict);
  CHECK_THROWS_AS(strict_attributor.analyze(text), quoteattr::Error);
}
