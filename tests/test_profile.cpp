#include <catch2/catch.hpp>

#include "quoteattr/profile.hpp"

using namespace quoteattr;

TEST_CASE("builtin profile loads with its speakers", "[profile]") {
  Profile p = Profile::builtin();
  CHECK(p.name() == "diplomatic-en");
  for (const char* name : {"Xi Jinping", "Antony Blinken", "Wang Yi"}) {
    const SpeakerEntry* s = p.find_speaker(name);
    REQUIRE(s);
    CHECK_FALSE(s->titles.empty());
  }
  CHECK(p.find_speaker("Wang Yi")->titles.front() == "foreign minister");
  CHECK(p.rules().size() == 6);
}
