#include <catch2/catch.hpp>

#include "quoteattr/quoteattr.hpp"
#include "reported_speech.hpp"

TEST_CASE("reported speech: placeholder until the component lands", "[reported]") {
  quoteattr::detail::ReportedSpeechFinder finder(quoteattr::Profile{});
  CHECK(finder.find("", {}, {}, {}).empty());
}
