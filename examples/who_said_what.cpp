// The smallest program that embeds quoteattr: reads text on standard input and
// prints who said what, one quote a line.
#include <quoteattr/quoteattr.hpp>

#include <iostream>
#include <iterator>
#include <string>

int main() {
  std::string text{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  const quoteattr::Attributor attributor;  // built-in diplomatic profile
  const quoteattr::Result result = attributor.analyze(text);
  for (const quoteattr::Attribution& q : result.quotes) {
    if (q.kind == quoteattr::QuoteKind::kTerm) continue;
    std::cout << q.speaker.value_or("(unknown)") << "\t" << quoteattr::to_string(q.kind) << "\t"
              << q.span.in(text) << "\n";
  }
}
