// Time per byte of Attributor::analyze on hostile text shapes against ordinary news,
// and whether it stays linear (not run by ctest; bench/README.md).
//
//   quoteattr_bench_hostile [--kb N] [--kind NAME]...
//
// Each kind is built to N KB (default 464) from the development articles of tests/data/dev
// (or a short Chinese paragraph written here), analysed once at N/4 KB and once at N KB with
// the built-in profile. Printed per kind: the time per byte, its ratio to news, and the
// growth (t(N) / t(N/4)) / 4: about 1 when the time is linear in the input, about 4 when it
// is quadratic. A growth above 2 is flagged. Also printed: the peak heap memory of the N KB
// analysis (the Result it returns included, the engine's own tables not), counted by this
// program's operator new, and its ratio to the input size; above 3 x input + 32 MB is flagged.
#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "quoteattr/quoteattr.hpp"

// Heap accounting for the whole process (the library included): live and peak bytes.
namespace heap {
std::atomic<std::size_t> live{0}, peak{0};
void* take(std::size_t n) {
  void* p = std::malloc(n == 0 ? 1 : n);
  if (p == nullptr) throw std::bad_alloc();
  const std::size_t now = live.fetch_add(malloc_usable_size(p)) + malloc_usable_size(p);
  std::size_t seen = peak.load();
  while (now > seen && !peak.compare_exchange_weak(seen, now)) {
  }
  return p;
}
void give(void* p) noexcept {
  if (p == nullptr) return;
  live.fetch_sub(malloc_usable_size(p));
  std::free(p);
}
}  // namespace heap

void* operator new(std::size_t n) { return heap::take(n); }
void* operator new[](std::size_t n) { return heap::take(n); }
void operator delete(void* p) noexcept { heap::give(p); }
void operator delete[](void* p) noexcept { heap::give(p); }
void operator delete(void* p, std::size_t) noexcept { heap::give(p); }
void operator delete[](void* p, std::size_t) noexcept { heap::give(p); }

namespace {

using Clock = std::chrono::steady_clock;

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The development articles joined by blank lines.
std::string dev_articles() {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(std::string(QUOTEATTR_BENCH_DATA_DIR) + "/dev"))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::string all;
  for (const auto& f : files) all += read_file(f) + "\n\n";
  if (all.empty()) throw std::runtime_error("no articles in tests/data/dev");
  return all;
}

// `unit` repeated to `bytes` bytes, cut at a UTF-8 character boundary.
std::string repeat_to(const std::string& unit, std::size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  std::size_t n = std::min(bytes, s.size());
  while (n > 0 && n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  s.resize(n);
  return s;
}

std::string without(std::string s, const std::string& chars) {
  s.erase(std::remove_if(s.begin(), s.end(), [&](char c) { return chars.find(c) != std::string::npos; }), s.end());
  return s;
}

// A Chinese news paragraph with both quotation styles, no spaces.
const std::string kChinese =
    "外交部发言人毛宁在例行记者会上说：“中方欢迎各方为此作出的努力，愿同有关各方保持沟通。”"
    "她还表示，「这是一个需要各方共同面对的问题」，中方的立场是一贯的。"
    "有记者问：“会谈何时恢复？”毛宁回答说，具体安排将适时发布。";

struct Kind {
  const char* name;
  std::function<std::string(std::size_t)> make;  // the text of about n bytes
};

// Seconds to analyse `text`; `peak_bytes`: the most heap the analysis held at once above what
// was live before it (its Result included).
double seconds_to_analyze(const quoteattr::Attributor& engine, const std::string& text, std::size_t& quotes,
                          std::size_t& peak_bytes) {
  const std::size_t before = heap::live.load();
  heap::peak.store(before);
  const auto t0 = Clock::now();
  {
    const quoteattr::Result r = engine.analyze(text);
    quotes = r.quotes.size();
  }
  const double t = std::chrono::duration<double>(Clock::now() - t0).count();
  peak_bytes = heap::peak.load() - before;
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t kb = 464;
  std::vector<std::string> only;
  bool evidence = true;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--kb" && i + 1 < argc)
      kb = static_cast<std::size_t>(std::atol(argv[++i]));
    else if (a == "--kind" && i + 1 < argc)
      only.push_back(argv[++i]);
    else if (a == "--no-evidence")
      evidence = false;
    else {
      std::cerr << "usage: quoteattr_bench_hostile [--kb N] [--kind NAME]... [--no-evidence]\n";
      return 2;
    }
  }
  try {
    const std::string news = dev_articles();
    const std::vector<Kind> kinds = {
        {"news", [&](std::size_t n) { return repeat_to(news, n); }},
        {"no-spaces", [&](std::size_t n) { return repeat_to(without(news, " \t"), n); }},
        {"no-white-space", [&](std::size_t n) { return repeat_to(without(news, " \t\r\n"), n); }},
        {"chinese", [&](std::size_t n) { return repeat_to(kChinese + "\n\n", n); }},
        {"chinese-one-paragraph", [&](std::size_t n) { return repeat_to(kChinese, n); }},
        {"double-marks", [&](std::size_t n) { return std::string(n, '"'); }},
        {"quoted-letters", [&](std::size_t n) { return repeat_to("'a'", n); }},
        {"quoted-words", [&](std::size_t n) { return repeat_to("\"a\" ", n); }},
        {"one-letter-words", [&](std::size_t n) { return repeat_to("a ", n); }},
    };
    quoteattr::AttributorOptions options;
    options.evidence = evidence;
    const quoteattr::Attributor engine(quoteattr::Profile::builtin(), options);
    double news_per_byte = 0;
    std::printf("%-22s %9s %9s %9s %11s %8s %7s %9s %7s\n", "kind", "bytes", "quotes", "seconds", "us/byte", "x news",
                "growth", "peak MB", "x input");
    for (const Kind& k : kinds) {
      if (!only.empty() && std::find(only.begin(), only.end(), k.name) == only.end() && std::string(k.name) != "news")
        continue;
      const std::string small = k.make(kb * 1000 / 4), big = k.make(kb * 1000);
      std::size_t q_small = 0, q_big = 0, m_small = 0, m_big = 0;
      const double t_small = seconds_to_analyze(engine, small, q_small, m_small);
      const double t_big = seconds_to_analyze(engine, big, q_big, m_big);
      const bool over = m_big > 3 * big.size() + (std::size_t{32} << 20);
      const double per_byte = t_big / static_cast<double>(big.size());
      if (std::string(k.name) == "news") news_per_byte = per_byte;
      const double growth =
          t_small > 0 ? t_big / t_small / (static_cast<double>(big.size()) / static_cast<double>(small.size())) : 0;
      std::printf("%-22s %9zu %9zu %9.3f %11.3f %8.1f %7.2f %9.1f %7.1f%s%s\n", k.name, big.size(), q_big, t_big,
                  per_byte * 1e6, news_per_byte > 0 ? per_byte / news_per_byte : 0, growth,
                  static_cast<double>(m_big) / 1e6, static_cast<double>(m_big) / static_cast<double>(big.size()),
                  growth > 2 ? "  SUPERLINEAR" : "", over ? "  OVER 3x+32MB" : "");
      std::fflush(stdout);
    }
  } catch (const std::exception& e) {
    std::cerr << "quoteattr_bench_hostile: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
