// One Attributor shared by many threads: every thread's result for a document is identical
// to a sequential run's, field by field (label concurrency; run it under the tsan preset to
// check the engine's const calls for data races, see tsan.supp).
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "catch_compat.hpp"
#include "gold.hpp"
#include "quoteattr/quoteattr.hpp"

using quoteattr::Attributor;
using quoteattr::Result;
using quoteattr::Span;

namespace {

constexpr std::size_t kThreads = 8;
constexpr std::size_t kPasses = 3;

struct Text {
  std::string name;
  std::string text;
};

// The seed article and every text of tests/data/dev*/, in a fixed order.
std::vector<Text> development_texts() {
  namespace fs = std::filesystem;
  const fs::path data = QUOTEATTR_TEST_DATA_DIR;
  std::vector<std::string> paths;
  for (const auto& dir : fs::directory_iterator(data)) {
    const std::string name = dir.path().filename().string();
    if (!dir.is_directory() || name.rfind("dev", 0) != 0) continue;
    for (const auto& f : fs::directory_iterator(dir.path()))
      if (f.path().extension() == ".txt") paths.push_back(f.path().string());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Text> texts{{"seed-article.txt", gold::read_file((data / "seed-article.txt").string())}};
  for (const auto& p : paths) texts.push_back({fs::path(p).lexically_relative(data).string(), gold::read_file(p)});
  return texts;
}

// A double written exactly (hexadecimal), so that equal strings mean equal bits.
std::string exact(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%a", v);
  return buf;
}

std::ostream& operator<<(std::ostream& o, const Span& s) { return o << '[' << s.begin << ',' << s.end << ')'; }

template <class T>
void list(std::ostream& o, const char* label, const std::vector<T>& items) {
  o << label << ':';
  for (const auto& i : items) o << ' ' << i;
  o << '\n';
}

// Everything analyze() returned, one field per line: the text model (paragraphs, sentences,
// tokens with their tags, lemmas and chunks), every attribution (span, kind, recovery, speaker,
// speaker id, mention, cue, rule, exact confidence, links, evidence), the entity table, the
// UTF-8 report and the diagnostics.
std::string describe(const Result& r) {
  std::ostringstream o;
  list(o, "paragraphs", r.paragraphs);
  list(o, "sentences", r.sentences);
  if (r.document) {
    for (const auto& t : r.document->tokens())
      o << "token " << t.span << ' ' << t.lower << ' ' << t.lemma << ' ' << static_cast<int>(t.tag) << ' '
        << to_string(t.chunk) << ' ' << to_string(t.shape) << ' ' << t.sentence << '\n';
    o << "noun phrases " << r.document->noun_phrases().size() << ", clauses " << r.document->clauses().size() << '\n';
  }
  for (const auto& a : r.quotes) {
    o << "quote " << a.span << ' ' << to_string(a.kind) << ' ' << to_string(a.recovery) << " speaker '"
      << a.speaker.value_or("<none>") << "' #" << a.speaker_id << " mention " << a.speaker_mention << " cue " << a.cue
      << " rule '" << a.rule << "' confidence " << exact(a.confidence) << " parent " << a.parent << " continues "
      << a.continues << '\n';
    for (const auto& e : a.evidence) o << "  evidence " << e << '\n';
  }
  for (const auto& s : r.speakers) {
    o << "speaker #" << s.id << ' ' << to_string(s.kind) << " '" << s.name << "' profile " << s.from_profile
      << " quotes " << s.quotes << '\n';
    list(o, "  titles", s.titles);
    list(o, "  affiliations", s.affiliations);
    list(o, "  mentions", s.mentions);
  }
  o << "utf8 " << r.utf8.invalid_sequences << ' ' << r.utf8.first_invalid << '\n';
  for (const auto& d : r.diagnostics) o << "diagnostic " << d.where << " '" << d.rule << "' " << d.message << '\n';
  return o.str();
}

// The first line where two descriptions differ, "" when they are equal.
std::string first_difference(const std::string& expected, const std::string& got) {
  if (expected == got) return {};
  std::istringstream e(expected), g(got);
  std::string le, lg;
  for (int line = 1;; ++line) {
    const bool more_e = static_cast<bool>(std::getline(e, le));
    const bool more_g = static_cast<bool>(std::getline(g, lg));
    if (!more_e && !more_g) return "equal lines, unequal bytes";
    if (!more_e || !more_g || le != lg)
      return "line " + std::to_string(line) + ": expected '" + (more_e ? le : "<end>") + "', got '" +
             (more_g ? lg : "<end>") + "'";
  }
}

// Runs `texts` through one shared `engine` from kThreads threads, kPasses times each, and
// checks every result against `expected` (the sequential run). Document i of pass p goes to
// thread (i + p) % kThreads: each thread works on different documents at once, and every
// document meets several threads over the passes. The threads start together.
void check_shared(const Attributor& engine, const std::vector<Text>& texts, const std::vector<std::string>& expected) {
  std::vector<std::vector<std::string>> got(kPasses, std::vector<std::string>(texts.size()));
  std::vector<std::string> errors(kThreads);
  std::atomic<std::size_t> ready{0};
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      ready.fetch_add(1);
      while (ready.load() < kThreads) std::this_thread::yield();
      try {
        for (std::size_t p = 0; p < kPasses; ++p)
          for (std::size_t i = 0; i < texts.size(); ++i)
            if ((i + p) % kThreads == t) got[p][i] = describe(engine.analyze(texts[i].text));
      } catch (const std::exception& e) {
        errors[t] = e.what();
      }
    });
  for (auto& th : threads) th.join();
  for (std::size_t t = 0; t < kThreads; ++t) {
    INFO("thread " << t);
    CHECK(errors[t].empty());
  }
  std::size_t same = 0;
  for (std::size_t p = 0; p < kPasses; ++p)
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const std::string diff = first_difference(expected[i], got[p][i]);
      if (diff.empty()) {
        ++same;
        continue;
      }
      INFO(texts[i].name << ", pass " << p << ", thread " << (i + p) % kThreads);
      CHECK(diff == std::string());  // prints the first line that differs
    }
  CHECK(same == kPasses * texts.size());
}

}  // namespace

TEST_CASE("8 threads sharing one attributor over the development texts match a sequential run", "[threads]") {
  const std::vector<Text> texts = development_texts();
  REQUIRE(texts.size() > kThreads * 4);
  // The sequential run, by an engine of its own.
  std::vector<std::string> expected;
  std::size_t quotes = 0, speakers = 0;
  {
    const Attributor sequential;
    for (const auto& t : texts) {
      const Result r = sequential.analyze(t.text);
      quotes += r.quotes.size();
      speakers += r.speakers.size();
      expected.push_back(describe(r));
    }
  }
  CHECK(quotes > 5 * texts.size());  // the comparison covers real work (532 quotes in 71 texts)
  CHECK(speakers > 2 * texts.size());
  // A fresh engine whose first calls are the concurrent ones.
  const Attributor shared;
  check_shared(shared, texts, expected);
}

TEST_CASE("8 threads sharing an attributor with a C++ rule that names or gives up match a sequential run",
          "[threads][reliability]") {
  // A thread-safe C++ rule run before the profile's: it gives up (throws, which the engine
  // reports as a diagnostic) on quotations whose length is a multiple of 7, and names a
  // speaker of its own for those whose length is a multiple of 5; the other rules decide the
  // rest. Diagnostics and the rule's attributions are compared with the sequential run's.
  auto rule = [](const quoteattr::RuleContext& c) -> std::optional<quoteattr::Proposal> {
    const std::size_t size = c.result.quotes[c.quote_index].span.size();
    if (size % 7 == 0) throw std::runtime_error("gives up on a length of " + std::to_string(size));
    if (size % 5 != 0) return std::nullopt;
    quoteattr::Proposal p;
    p.speaker = "Length Five";
    p.confidence = 0.75;
    return p;
  };
  const auto build = [&] { return Attributor::Builder().add_rule("by-length", rule, true).build(); };
  const std::vector<Text> texts = development_texts();
  std::vector<std::string> expected;
  std::size_t diagnostics = 0, named = 0;
  {
    const Attributor sequential = build();
    for (const auto& t : texts) {
      const Result r = sequential.analyze(t.text);
      diagnostics += r.diagnostics.size();
      for (const auto& a : r.quotes) named += a.rule == "by-length";
      expected.push_back(describe(r));
    }
  }
  // The comparison covers diagnostics and the C++ rule's own attributions (45 and 40 of them
  // over the 71 texts at the time of writing).
  CHECK(diagnostics >= 10);
  CHECK(named >= 10);
  const Attributor shared = build();
  check_shared(shared, texts, expected);
}
