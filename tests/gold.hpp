// Test helper: gold annotations (tests/data/**/*.gold.json) and the project's own
// scoring of predictions against them, following the annotation guide in
// tests/data/ANNOTATION.md: a predicted quote matches a gold quote of the same family
// (direct / reported) when their byte ranges overlap with Jaccard >= 0.5, one to
// one, greedily by overlap; a speaker is right when it is the gold name or one of
// its name-like aliases.
#pragma once

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

#include "quoteattr/quoteattr.hpp"

namespace gold {

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Quote {
  quoteattr::Span span;
  std::string kind;  // direct | indirect | mixed
  std::string speaker;
  std::string text;
};

struct Doc {
  std::string name;
  std::string text;
  std::vector<Quote> quotes;
  std::vector<std::pair<std::string, std::vector<std::string>>> speakers;  // name, aliases
};

// Loads NAME.gold.json and the NAME.txt beside it.
inline Doc load(const std::string& gold_path) {
  auto j = nlohmann::json::parse(read_file(gold_path));
  Doc d;
  d.name = j.at("doc").get<std::string>();
  std::string dir = gold_path.substr(0, gold_path.find_last_of('/') + 1);
  d.text = read_file(dir + d.name);
  for (const auto& s : j.at("speakers"))
    d.speakers.push_back({s.at("name").get<std::string>(), s.value("aliases", std::vector<std::string>{})});
  std::size_t cursor = 0;
  for (const auto& q : j.at("quotes")) {
    Quote g;
    g.text = q.at("text").get<std::string>();
    g.kind = q.at("kind").get<std::string>();
    g.speaker = q.at("speaker").is_null() ? "" : q.at("speaker").get<std::string>();
    std::size_t pos = d.text.find(g.text, cursor);
    if (pos == std::string::npos) pos = d.text.find(g.text);
    if (pos == std::string::npos) throw std::runtime_error(gold_path + ": gold text not found: " + g.text);
    cursor = pos;
    g.span = {pos, pos + g.text.size()};
    d.quotes.push_back(std::move(g));
  }
  return d;
}

inline std::string norm(const std::string& s) {
  std::string out;
  bool space = false;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c >= 0x80) {
      if (space && !out.empty()) out += ' ';
      out += static_cast<char>(std::tolower(c));
      space = false;
    } else {
      space = true;
    }
  }
  return out;
}

// Name-like: no pronoun or determiner first, every word capitalised (particles aside).
inline bool name_like(const std::string& alias) {
  static const std::vector<std::string> bad = {"the",  "his",  "her", "their", "its",  "he", "she", "they",
                                               "it",   "we",   "i",   "you",   "a",    "an", "him", "them",
                                               "this", "that", "our", "my",    "your", "one"};
  static const std::vector<std::string> particles = {"of", "al", "bin", "de", "van", "von", "der",
                                                     "da", "du", "la",  "le", "and", "for"};
  std::istringstream ss(alias);
  std::string w;
  bool first = true;
  while (ss >> w) {
    std::string low = norm(w);
    if (first && std::find(bad.begin(), bad.end(), low) != bad.end()) return false;
    first = false;
    unsigned char c = static_cast<unsigned char>(w[0]);
    std::string last = w.substr(w.find_last_of('-') == std::string::npos ? 0 : w.find_last_of('-') + 1);
    bool cap = std::isupper(c) || std::isdigit(c) || c == '\'' || c == '(' || c >= 0x80 ||
               (!last.empty() && std::isupper(static_cast<unsigned char>(last[0])));
    if (!cap && std::find(particles.begin(), particles.end(), low) == particles.end()) return false;
  }
  return !first;
}

inline bool speaker_ok(const Doc& d, const std::string& gold, const std::optional<std::string>& pred) {
  if (!pred || pred->empty()) return false;
  std::string p = norm(*pred);
  if (p == norm(gold)) return true;
  for (const auto& s : d.speakers) {
    if (norm(s.first) != norm(gold)) continue;
    for (const auto& a : s.second)
      if (name_like(a) && norm(a) == p) return true;
  }
  // "unnamed reporter" is matched by a description with the same head noun.
  std::string g = norm(gold);
  if (g.rfind("unnamed ", 0) == 0) {
    auto head = [](std::string s) {
      s = s.substr(s.find_last_of(' ') == std::string::npos ? 0 : s.find_last_of(' ') + 1);
      if (!s.empty() && s.back() == 's') s.pop_back();
      return s;
    };
    return head(g) == head(p);
  }
  return false;
}

inline bool direct_family(const std::string& kind) { return kind == "direct"; }

struct Score {
  int gold_direct = 0, pred_direct = 0, match_direct = 0;
  int gold_reported = 0, pred_reported = 0, match_reported = 0;
  int attributed = 0, attributed_ok = 0;  // matched quotes of both families
  int attributed_direct = 0, attributed_direct_ok = 0;
  int predicted = 0, gold_total = 0;
  std::vector<std::string> misses;              // readable descriptions of what went wrong
  std::vector<std::pair<double, bool>> judged;  // (confidence, speaker right) of each matched quote

  static double f1(int tp, int np, int ng) {
    double p = np ? double(tp) / np : (ng ? 0.0 : 1.0);
    double r = ng ? double(tp) / ng : 1.0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  double direct_f1() const { return f1(match_direct, pred_direct, gold_direct); }
  double reported_f1() const { return f1(match_reported, pred_reported, gold_reported); }
  double end_to_end_f1() const { return f1(attributed_ok, predicted, gold_total); }
  double accuracy() const { return attributed ? double(attributed_ok) / attributed : 0.0; }
  double direct_accuracy() const { return attributed_direct ? double(attributed_direct_ok) / attributed_direct : 0.0; }
};

inline double jaccard(quoteattr::Span a, quoteattr::Span b) {
  std::size_t lo = std::max(a.begin, b.begin), hi = std::min(a.end, b.end);
  if (hi <= lo) return 0.0;
  return double(hi - lo) / double(std::max(a.end, b.end) - std::min(a.begin, b.begin));
}

// Adds the score of `result` on `doc` to `s`. Quotes of kind term are not speech.
inline void score(const Doc& doc, const quoteattr::Result& result, Score& s) {
  std::vector<const quoteattr::Attribution*> preds;
  for (const auto& a : result.quotes)
    if (a.kind != quoteattr::QuoteKind::kTerm) preds.push_back(&a);
  s.predicted += static_cast<int>(preds.size());
  s.gold_total += static_cast<int>(doc.quotes.size());
  for (bool direct : {true, false}) {
    std::vector<std::tuple<double, std::size_t, std::size_t>> pairs;
    for (std::size_t g = 0; g < doc.quotes.size(); ++g) {
      if (direct_family(doc.quotes[g].kind) != direct) continue;
      (direct ? s.gold_direct : s.gold_reported)++;
      for (std::size_t p = 0; p < preds.size(); ++p) {
        if ((preds[p]->kind == quoteattr::QuoteKind::kDirect) != direct) continue;
        double o = jaccard(doc.quotes[g].span, preds[p]->span);
        if (o >= 0.5) pairs.emplace_back(o, g, p);
      }
    }
    for (const auto* p : preds)
      if ((p->kind == quoteattr::QuoteKind::kDirect) == direct) (direct ? s.pred_direct : s.pred_reported)++;
    std::sort(pairs.rbegin(), pairs.rend());
    std::vector<bool> used_g(doc.quotes.size()), used_p(preds.size());
    for (const auto& [o, g, p] : pairs) {
      if (used_g[g] || used_p[p]) continue;
      used_g[g] = used_p[p] = true;
      (direct ? s.match_direct : s.match_reported)++;
      bool ok = speaker_ok(doc, doc.quotes[g].speaker, preds[p]->speaker);
      s.attributed++;
      s.attributed_ok += ok;
      s.judged.emplace_back(preds[p]->confidence, ok);
      if (direct) {
        s.attributed_direct++;
        s.attributed_direct_ok += ok;
      }
      if (!ok)
        s.misses.push_back(doc.name + ": wrong speaker '" + preds[p]->speaker.value_or("null") + "' (gold '" +
                           doc.quotes[g].speaker + "'): " + doc.quotes[g].text.substr(0, 60));
    }
    for (std::size_t g = 0; g < doc.quotes.size(); ++g)
      if (direct_family(doc.quotes[g].kind) == direct && !used_g[g])
        s.misses.push_back(doc.name + ": missed " + doc.quotes[g].kind + ": " + doc.quotes[g].text.substr(0, 60));
    for (std::size_t p = 0; p < preds.size(); ++p)
      if ((preds[p]->kind == quoteattr::QuoteKind::kDirect) == direct && !used_p[p])
        s.misses.push_back(doc.name + ": spurious " + quoteattr::to_string(preds[p]->kind) + ": " +
                           std::string(preds[p]->span.in(doc.text).substr(0, 60)));
  }
}

inline std::vector<std::string> dev_gold_files() {
  const std::string dir = QUOTEATTR_TEST_DATA_DIR "/dev/";
  return {dir + "03-voa-biden-wang-white-house.gold.json", dir + "11-wikinews-hu-jintao-white-house.gold.json",
          dir + "17-voa-kerry-lavrov-geneva-syria.gold.json", dir + "21-stategov-blinken-wang-bali-remarks.gold.json",
          dir + "24-defensegov-readout-austin-wei.gold.json"};
}

inline std::vector<std::string> dev2_gold_files() {
  const std::string dir = QUOTEATTR_TEST_DATA_DIR "/dev2/";
  return {
      dir + "01-voa-state-dept-recap-jan-2022.gold.json",    dir + "02-voa-state-dept-recap-sep-2022.gold.json",
      dir + "03-voa-china-house-office.gold.json",           dir + "04-stategov-press-briefing-2022-08-18.gold.json",
      dir + "05-stategov-rice-mitchell-interview.gold.json", dir + "06-defensegov-readout-mattis-payne.gold.json",
      dir + "07-stategov-powell-sinha-remarks.gold.json",    dir + "08-stategov-readout-rubio-wang-call.gold.json"};
}

// Every *.gold.json of a test-data folder ("dev3"), sorted.
inline std::vector<std::string> gold_files_in(const std::string& folder) {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(QUOTEATTR_TEST_DATA_DIR "/" + folder)) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 10 && name.compare(name.size() - 10, 10, ".gold.json") == 0) out.push_back(entry.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace gold
