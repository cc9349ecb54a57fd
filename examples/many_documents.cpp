// Example 3: many documents from several threads with one shared engine.
//
//   many_documents [--threads N] FILE...
//
// An Attributor is immutable once built and analyze() is const: build one, share it by
// reference with every thread, and let each thread keep its own results. Here the threads
// take documents from a shared counter and the results are printed in input order.
#include <algorithm>
#include <atomic>
#include <fstream>
#include <iostream>
#include <iterator>
#include <quoteattr/quoteattr.hpp>
#include <string>
#include <thread>
#include <vector>

int main(int argc, char** argv) {
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--threads" && i + 1 < argc)
      threads = static_cast<unsigned>(std::max(1, std::stoi(argv[++i])));
    else
      paths.push_back(arg);
  }
  if (paths.empty()) {
    std::cerr << "usage: many_documents [--threads N] FILE...\n";
    return 2;
  }

  const quoteattr::Attributor attributor;  // one engine for every thread

  struct Outcome {
    std::size_t quotes = 0, attributed = 0, speakers = 0;
    std::string error;
  };
  std::vector<Outcome> outcomes(paths.size());  // one slot per document: no locking needed
  std::atomic<std::size_t> next{0};

  auto work = [&] {
    for (std::size_t i; (i = next++) < paths.size();) {
      std::ifstream in(paths[i], std::ios::binary);
      if (!in) {
        outcomes[i].error = "cannot open";
        continue;
      }
      const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      const quoteattr::Result r = attributor.analyze(text);  // const: safe from any thread
      for (const auto& q : r.quotes) {
        if (q.kind == quoteattr::QuoteKind::kTerm) continue;
        ++outcomes[i].quotes;
        if (q.speaker) ++outcomes[i].attributed;
      }
      outcomes[i].speakers = r.speakers.size();
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
  for (auto& t : pool) t.join();

  // Input order, whatever order the threads finished in.
  int status = 0;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (!outcomes[i].error.empty()) {
      std::cerr << paths[i] << ": " << outcomes[i].error << "\n";
      status = 1;
      continue;
    }
    std::cout << paths[i] << ": " << outcomes[i].quotes << " quotes, " << outcomes[i].attributed << " attributed, "
              << outcomes[i].speakers << " speakers\n";
  }
  return status;
}
