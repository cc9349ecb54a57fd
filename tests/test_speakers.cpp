// Speaker mentions resolved to entities (Discourse in src/speakers.cpp), through the public
// Attributor: made-up sentences, each for one general pattern.
#include "catch_compat.hpp"

#include <string>
#include <vector>

#include "quoteattr/quoteattr.hpp"

using quoteattr::Attributor;

namespace {

const Attributor& attributor() {
  static const Attributor a;
  return a;
}

// The speakers of every quotation (direct or reported) whose text is exactly `words`.
std::vector<std::string> speakers(const std::string& text, std::string_view words) {
  INFO("text: " << text);
  const quoteattr::Result r = attributor().analyze(text);
  std::vector<std::string> out;
  for (const auto& a : r.quotes)
    if (a.span.in(text) == words) out.push_back(a.speaker.value_or(""));
  return out;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("a surname goes to the person the text names, not to a profile namesake", "[speakers][surname]") {
  // The profile knows a "Wang" (Wang Yi); this text names only Wang Wentao.
  const std::string text =
      "Trade Minister Wang Wentao arrived in Lisbon on Monday. Minister Wang said the tariffs would be lifted soon.";
  CHECK(speakers(text, "the tariffs would be lifted soon") == Names{"Wang Wentao"});
  // His full name, untitled, is his own too, not the profile's Wang.
  CHECK(speakers("Wang Wentao said the tariffs would be lifted soon.", "the tariffs would be lifted soon") ==
        Names{"Wang Wentao"});
}

TEST_CASE("a subject titled with 'of' between capitalised words is still a subject", "[speakers][pronoun]") {
  // "the Gulf of Guinea envoy X" opens its sentence: a later "He" is X, not the earlier speaker.
  const std::string text =
      "Navy spokesman Tomas Berglund said the ships had left port.\n"
      "Gulf of Guinea envoy Marcel Odounga is at the meeting. He says the talks will decide the matter.";
  CHECK(speakers(text, "the talks will decide the matter") == Names{"Marcel Odounga"});
}
