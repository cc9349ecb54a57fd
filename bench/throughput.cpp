// Throughput of quoteattr's stages in MB/s (1 MB = 10^6 bytes), one line per stage.
//
//   quoteattr_bench [--mb N] [--runs R] [--budget S] [FILE...]
//
// The corpus is the given files (default: the seed and development articles
// of tests/data), repeated until it holds N MB (default 32). Whole-text stages
// run over the corpus joined into one text; per-document stages run over each
// document in turn, as a caller would, and stop after S seconds (default 10)
// when a stage is slow. Each stage runs R times (default 3); the best is shown.
// Raw ICU (a sentence BreakIterator over the same bytes through UText) is the
// reference the splitter's corrections are measured against.
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "quoteattr/quoteattr.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Config {
  double mb = 32;
  int runs = 3;
  double budget_s = 10;
  std::vector<std::string> files;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// What one pass over the input processed.
struct Pass {
  std::size_t bytes = 0;
  std::size_t items = 0;  // boundaries, sentences, quotes: printed so nothing is optimised away
};

// Runs `pass` `runs` times and prints the best throughput.
void report(const char* stage, int runs, const std::function<Pass()>& pass) {
  double best_s = 0;
  Pass best;
  try {
    for (int r = 0; r < runs; ++r) {
      auto t0 = Clock::now();
      Pass p = pass();
      double s = std::chrono::duration<double>(Clock::now() - t0).count();
      if (r == 0 || static_cast<double>(p.bytes) / s > static_cast<double>(best.bytes) / best_s) {
        best_s = s;
        best = p;
      }
    }
  } catch (const std::exception& e) {
    std::printf("%-38s failed: %s\n", stage, e.what());
    return;
  }
  std::printf("%-38s %9.2f MB/s  (%.1f MB in %.3f s, %zu items)\n", stage,
              static_cast<double>(best.bytes) / 1e6 / best_s, static_cast<double>(best.bytes) / 1e6, best_s,
              best.items);
}

// ICU's English sentence iterator, built once; cloned per pass as the splitter does.
const icu::BreakIterator& icu_prototype() {
  static const std::unique_ptr<icu::BreakIterator> proto = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createSentenceInstance(icu::Locale("en"), status));
    if (U_FAILURE(status)) throw std::runtime_error(u_errorName(status));
    return bi;
  }();
  return *proto;
}

Pass icu_sentences(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(icu_prototype().clone());
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  bi->setText(ut, status);
  if (U_FAILURE(status)) throw std::runtime_error(u_errorName(status));
  Pass p{text.size(), 0};
  for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) ++p.items;
  utext_close(ut);
  return p;
}

// Calls `one` on each document until all are done or the budget is spent.
Pass per_document(const std::vector<std::string>& docs, double budget_s,
                  const std::function<std::size_t(const std::string&)>& one) {
  Pass p;
  auto t0 = Clock::now();
  for (const auto& d : docs) {
    p.items += one(d);
    p.bytes += d.size();
    if (std::chrono::duration<double>(Clock::now() - t0).count() > budget_s) break;
  }
  return p;
}

Config parse(int argc, char** argv) {
  Config c;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> double {
      if (i + 1 >= argc) throw std::runtime_error(a + " needs a value");
      return std::atof(argv[++i]);
    };
    if (a == "--mb")
      c.mb = value();
    else if (a == "--runs")
      c.runs = static_cast<int>(value());
    else if (a == "--budget")
      c.budget_s = value();
    else if (a == "-h" || a == "--help")
      throw std::runtime_error("usage");
    else
      c.files.push_back(a);
  }
  if (c.files.empty()) {
    const std::string dir = QUOTEATTR_BENCH_DATA_DIR;
    c.files = {dir + "/seed-article.txt",
               dir + "/dev/03-voa-biden-wang-white-house.txt",
               dir + "/dev/11-wikinews-hu-jintao-white-house.txt",
               dir + "/dev/17-voa-kerry-lavrov-geneva-syria.txt",
               dir + "/dev/21-stategov-blinken-wang-bali-remarks.txt",
               dir + "/dev/24-defensegov-readout-austin-wei.txt"};
  }
  if (c.mb <= 0 || c.runs < 1) throw std::runtime_error("--mb and --runs must be positive");
  return c;
}

}  // namespace

int main(int argc, char** argv) {
  Config cfg;
  std::vector<std::string> docs;
  try {
    cfg = parse(argc, argv);
    std::vector<std::string> originals;
    for (const auto& f : cfg.files) originals.push_back(read_file(f));
    std::size_t total = 0;
    while (static_cast<double>(total) < cfg.mb * 1e6)
      for (const auto& d : originals) {
        docs.push_back(d);
        total += d.size();
      }
  } catch (const std::exception& e) {
    std::cerr << "quoteattr_bench: " << e.what()
              << "\nusage: quoteattr_bench [--mb N] [--runs R] [--budget S] [FILE...]\n";
    return 2;
  }
  std::string text;
  for (const auto& d : docs) (text += d) += '\n';
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  std::printf("corpus: %zu documents, %.1f MB\n", docs.size(), static_cast<double>(text.size()) / 1e6);

  const quoteattr::SentenceSplitter splitter;
  const quoteattr::QuoteFinder finder;
  const quoteattr::Attributor attributor;

  report("ICU sentence BreakIterator (whole)", cfg.runs, [&] { return icu_sentences(text); });
  report("split_paragraphs (whole)", cfg.runs, [&] {
    return Pass{text.size(), quoteattr::split_paragraphs(text).size()};
  });
  report("SentenceSplitter::split (whole)", cfg.runs, [&] { return Pass{text.size(), splitter.split(text).size()}; });
  report("ICU sentence BreakIterator (per doc)", cfg.runs,
         [&] { return per_document(docs, cfg.budget_s, [](const std::string& d) { return icu_sentences(d).items; }); });
  report("SentenceSplitter::split (per doc)", cfg.runs, [&] {
    return per_document(docs, cfg.budget_s, [&](const std::string& d) { return splitter.split(d).size(); });
  });
  report("split + QuoteFinder::find (per doc)", cfg.runs, [&] {
    return per_document(docs, cfg.budget_s, [&](const std::string& d) {
      return finder.find(d, quoteattr::split_paragraphs(d), splitter.split(d)).size();
    });
  });
  {
    // The text model: the splitter, the tokenizer and the tagger, then chunks and clauses.
    const quoteattr::DocumentBuilder documents;
    report("DocumentBuilder::build (per doc)", cfg.runs, [&] {
      return per_document(docs, cfg.budget_s, [&](const std::string& d) { return documents.build(d).tokens().size(); });
    });
    // The tagger alone, on the tokens of the whole corpus (sentence by sentence).
    const quoteattr::Document doc = documents.build(text);
    std::vector<std::vector<std::string_view>> sentences;
    for (const auto& s : doc.sentences()) {
      sentences.emplace_back();
      for (std::size_t i = s.first_token; i < s.end_token; ++i) sentences.back().push_back(doc.word(i));
    }
    const quoteattr::Tagger& tagger = quoteattr::Tagger::builtin();
    std::vector<quoteattr::Tag> tags;
    report("Tagger::tag alone (whole)", cfg.runs, [&] {
      std::size_t n = 0;
      for (const auto& s : sentences) {
        tags.resize(s.size());
        tagger.tag(s.data(), s.size(), tags.data());
        n += s.size();
      }
      return Pass{text.size(), n};
    });
  }
  report("Attributor::analyze (per doc)", cfg.runs, [&] {
    return per_document(docs, cfg.budget_s, [&](const std::string& d) { return attributor.analyze(d).quotes.size(); });
  });
  {
    const auto paragraphs = quoteattr::split_paragraphs(text);
    const auto sentences = splitter.split(text);
    report("QuoteFinder::find alone (whole)", cfg.runs, [&] {
      return Pass{text.size(), finder.find(text, paragraphs, sentences).size()};
    });
  }

  // Hostile input: documents of N unbalanced quote marks. Work must grow linearly: the time per
  // mark stays flat as N doubles.
  std::printf("\nhostile input (time for the whole document; per mark should stay flat):\n");
  for (const char* unit : {"\xE2\x80\x9C"
                           "a ",
                           "a\xE2\x80\x9D ", "\"a ", "\xC2\xAB x \xE2\x80\x9D' "}) {
    for (std::size_t n : {100000u, 200000u, 400000u}) {
      std::string doc;
      for (std::size_t k = 0; k < n; ++k) doc += unit;
      for (const char* stage : {"QuoteFinder::find", "Attributor::analyze"}) {
        const bool whole = stage[0] == 'A';
        auto t0 = Clock::now();
        std::size_t items = whole ? attributor.analyze(doc).quotes.size() : finder.find(doc).size();
        double s = std::chrono::duration<double>(Clock::now() - t0).count();
        std::printf("  %-22s %7zu marks of '%s': %7.3f s  (%.2f us/mark, %zu quotes)\n", stage, n, unit, s,
                    s * 1e6 / static_cast<double>(n), items);
      }
    }
  }
  return 0;
}
