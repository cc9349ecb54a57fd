// Example 2: teach quoteattr a new speaker and a new rule, in C++.
//
// The speaker: a city official the built-in profile does not know, with her titles and
// gender, so that "the commissioner" and "she" can be resolved to her.
// The rule: a callable for sign-off attributions, common in features and press releases:
//
//   “We will open the bridge in May.” — Ana Lima, transport commissioner
//
// A rule is any callable that looks at one quote (RuleContext) and may propose its speaker's
// mention (which the engine resolves like any other mention) or a name.
#include <iostream>
#include <optional>
#include <quoteattr/quoteattr.hpp>
#include <string>
#include <string_view>

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || is_upper(c) || c == '-' || c == '\''; }

// After the quote's closing mark: a dash, then a capitalised name ("— Ana Lima").
std::optional<quoteattr::Proposal> sign_off(const quoteattr::RuleContext& ctx) {
  const std::string_view text = ctx.text;
  const quoteattr::Attribution& quote = ctx.result.quotes[ctx.quote_index];
  std::size_t i = quote.span.end;  // the span excludes the quote marks
  auto skip = [&](std::string_view s) {
    if (text.substr(i, s.size()) != s) return false;
    i += s.size();
    return true;
  };
  auto skip_spaces = [&] {
    while (i < text.size() && text[i] == ' ') ++i;
  };
  if (!skip("\xE2\x80\x9D")) skip("\"");  // ” or "
  skip_spaces();
  if (!skip("\xE2\x80\x94") && !skip("\xE2\x80\x93") && !skip("-")) return std::nullopt;  // — – -
  skip_spaces();
  const std::size_t begin = i;
  std::size_t end = i;
  while (i < text.size() && is_upper(text[i])) {  // one or more capitalised words
    while (i < text.size() && is_letter(text[i])) ++i;
    end = i;
    if (i + 1 < text.size() && text[i] == ' ' && is_upper(text[i + 1]))
      ++i;
    else
      break;
  }
  if (end == begin) return std::nullopt;
  quoteattr::Proposal p;
  p.speaker_mention = {begin, end};  // resolved by the engine: "Ana Lima" -> the profile's speaker
  p.confidence = 0.9;
  return p;
}

}  // namespace

int main() {
  // Start from the built-in profile and add a speaker.
  quoteattr::Profile profile = quoteattr::Profile::builtin();
  quoteattr::SpeakerEntry lima;
  lima.name = "Ana Lima";
  lima.aliases = {"Lima"};
  lima.titles = {"transport commissioner", "commissioner"};
  lima.gender = quoteattr::Gender::kFemale;
  profile.add_speaker(lima);

  // Add the callable rule before the profile's own rules (first = true), and build once.
  const quoteattr::Attributor attributor =
      quoteattr::Attributor::Builder(profile).add_rule("sign-off", sign_off, /*first=*/true).build();

  const std::string text =
      "The new bridge over the river will carry its first cars next spring.\n"
      "“We will open the bridge in May.” — Ana Lima, transport commissioner\n"
      "Lima spoke at the site on Tuesday. “Nobody will pay a toll,” she said.\n";
  const quoteattr::Result result = attributor.analyze(text);
  for (const quoteattr::Attribution& q : result.quotes) {
    if (q.kind == quoteattr::QuoteKind::kTerm) continue;
    std::cout << q.speaker.value_or("(unknown)") << " [" << q.rule << " " << q.confidence << "]: " << q.span.in(text)
              << "\n";
  }
}
