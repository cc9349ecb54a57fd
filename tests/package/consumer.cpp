// The consumer of every package test: two lines of attribution through the public API.
// Prints the speaker of each quote, one a line; run.cmake expects "Wang Yi".
#include <iostream>
#include <quoteattr/quoteattr.hpp>

int main() {
  quoteattr::Attributor a;
  for (const auto& q : a.analyze("“We will keep talking,” Wang Yi said.").quotes)
    std::cout << q.speaker.value_or("?") << "\n";
  return 0;
}
