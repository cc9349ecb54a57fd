// Example 1: attribute one article and print who said what.
//
//   who_said_what article.txt        (or the article on standard input)
//
// Prints each quotation with its speaker, then the article's speakers (the entity table)
// with how often each is quoted.
#include <fstream>
#include <iostream>
#include <iterator>
#include <quoteattr/quoteattr.hpp>
#include <string>

int main(int argc, char** argv) {
  // Read the whole article: quoteattr works on one UTF-8 buffer and reports byte offsets into it.
  std::ifstream file;
  if (argc > 1) {
    file.open(argv[1], std::ios::binary);
    if (!file) {
      std::cerr << "who_said_what: cannot open " << argv[1] << "\n";
      return 1;
    }
  }
  std::istream& in = argc > 1 ? file : std::cin;
  const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};

  // Build the engine once (the built-in diplomatic profile); analyze() is const.
  const quoteattr::Attributor attributor;
  const quoteattr::Result result = attributor.analyze(text);

  for (const quoteattr::Attribution& q : result.quotes) {
    if (q.kind == quoteattr::QuoteKind::kTerm) continue;  // a quoted name or scare quote, not speech
    // q.speaker is empty when no rule was confident enough: never a guess.
    std::cout << q.speaker.value_or("(unknown)") << " (" << quoteattr::to_string(q.kind) << "): " << q.span.in(text)
              << "\n";
  }

  // The entity table: one entry per speaker, however the text names them.
  std::cout << "\nSpeakers:\n";
  for (const quoteattr::Speaker& s : result.speakers)
    std::cout << "  " << s.name << " (" << quoteattr::to_string(s.kind) << "): " << s.quotes << " quotes, "
              << s.mentions.size() << " mentions\n";
}
