// quoteattr_dump_parse FILE... : the Document's tokens and dependency parse, one JSON line per
// sentence ({"doc", "s", "parsed", "b", "e", "t": [[begin, end, lower, lemma, tag, head, relation],
// ...]}, head sentence-local or -1). Read by tools/scan_vs_parse.py.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include "quoteattr/document.hpp"
#include "quoteattr/relations.hpp"
#include "quoteattr/tags.hpp"

namespace {
void json_string(std::ostream& o, std::string_view s) {
  o << '"';
  for (const char c : s) {
    if (c == '"' || c == '\\')
      o << '\\' << c;
    else if (static_cast<unsigned char>(c) < 0x20)
      o << ' ';
    else
      o << c;
  }
  o << '"';
}
}  // namespace

int main(int argc, char** argv) {
  for (int a = 1; a < argc; ++a) {
    std::ifstream in(argv[a], std::ios::binary);
    if (!in) {
      std::cerr << argv[a] << ": cannot read\n";
      return 1;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    const quoteattr::Document doc = quoteattr::DocumentBuilder().build(text);
    const auto& tokens = doc.tokens();
    for (std::size_t si = 0; si < doc.sentences().size(); ++si) {
      const quoteattr::Sentence& s = doc.sentences()[si];
      std::cout << "{\"doc\":";
      json_string(std::cout, argv[a]);
      std::cout << ",\"s\":" << si << ",\"parsed\":" << (s.parsed ? "true" : "false") << ",\"b\":" << s.span.begin
                << ",\"e\":" << s.span.end << ",\"t\":[";
      for (std::size_t i = s.first_token; i < s.end_token; ++i) {
        const quoteattr::Token& t = tokens[i];
        std::cout << (i > s.first_token ? ",[" : "[") << t.span.begin << ',' << t.span.end << ',';
        json_string(std::cout, t.lower);
        std::cout << ',';
        json_string(std::cout, t.lemma);
        std::cout << ',';
        json_string(std::cout, quoteattr::tag_name(t.tag));
        std::cout << ',' << (t.head == quoteattr::kNoParent ? -1L : static_cast<long>(t.head - s.first_token)) << ',';
        json_string(std::cout, quoteattr::relation_name(t.relation));
        std::cout << ']';
      }
      std::cout << "]}\n";
    }
  }
  return 0;
}
