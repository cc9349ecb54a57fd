// training_util.hpp: pieces shared by the trainers of the tagger and of the parser (CoNLL-U
// fields, a fixed random stream, the averaged perceptron, model file writing). Not part of the
// quoteattr library.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "tagger_features.hpp"

namespace quoteattr {
namespace training {
namespace util {

inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t b = 0;
  for (;;) {
    const std::size_t e = line.find('\t', b);
    out.push_back(line.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) return out;
    b = e + 1;
  }
}

inline bool starts_with(const std::string& s, const char* prefix) {
  return s.compare(0, std::char_traits<char>::length(prefix), prefix) == 0;
}

inline bool has_alnum(const std::string& w) {
  for (const char c : w)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        static_cast<unsigned char>(c) >= 0xC0)
      return true;
  return false;
}

inline bool is_hyphen_word(const std::string& w) { return w == "-" || w == "\xE2\x80\x90" || w == "\xE2\x80\x91"; }

// The corpus name of a CoNLL-U path: its file name without .conllu ("gum_news").
inline std::string corpus_of(const std::string& path) {
  const std::size_t slash = path.find_last_of("/\\");
  std::string corpus = path.substr(slash == std::string::npos ? 0 : slash + 1);
  if (corpus.size() > 7 && corpus.compare(corpus.size() - 7, 7, ".conllu") == 0) corpus.resize(corpus.size() - 7);
  return corpus;
}

// A fixed pseudo-random stream (splitmix64): the same on every platform, unlike std::shuffle.
struct Rng {
  std::uint64_t state;
  std::uint64_t next() { return tagger_detail::mix64(state += 0x9e3779b97f4a7c15ULL); }
};

inline void put(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

inline void put_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

// A multi-class averaged perceptron over hashed features with `Classes` classes, averaged
// lazily (each weight keeps its running total and the time of its last change).
template <std::size_t Classes>
class Perceptron {
 public:
  void score(const std::uint32_t* keys, std::size_t k, float* scores) const {
    std::fill(scores, scores + Classes, 0.0f);
    for (std::size_t f = 0; f < k; ++f) {
      const auto it = rows_.find(keys[f]);
      if (it == rows_.end()) continue;
      for (const Param& p : it->second) scores[p.cls] += p.w;
    }
  }
  void update(const std::uint32_t* keys, std::size_t k, std::uint8_t truth, std::uint8_t guess) {
    for (std::size_t f = 0; f < k; ++f) {
      auto& row = rows_[keys[f]];
      bump(row, truth, 1.0f);
      bump(row, guess, -1.0f);
    }
  }
  void tick() { ++now_; }

  // Averaged weights per feature, sorted by key.
  std::map<std::uint32_t, std::vector<std::pair<std::uint8_t, double>>> averaged() const {
    std::map<std::uint32_t, std::vector<std::pair<std::uint8_t, double>>> out;
    for (const auto& [key, row] : rows_) {
      std::vector<std::pair<std::uint8_t, double>> ws;
      for (const Param& p : row) {
        const double total = p.total + static_cast<double>(now_ - p.stamp) * p.w;
        ws.emplace_back(p.cls, total / static_cast<double>(now_ ? now_ : 1));
      }
      std::sort(ws.begin(), ws.end());
      out.emplace(key, std::move(ws));
    }
    return out;
  }

 private:
  struct Param {
    std::uint8_t cls;
    float w;
    double total;  // sum of w over all updates so far, up to `stamp`
    std::int64_t stamp;
  };
  void bump(std::vector<Param>& row, std::uint8_t cls, float v) {
    for (Param& p : row)
      if (p.cls == cls) {
        p.total += static_cast<double>(now_ - p.stamp) * p.w;
        p.stamp = now_;
        p.w += v;
        return;
      }
    row.push_back(Param{cls, v, 0.0, now_});
  }

  std::unordered_map<std::uint32_t, std::vector<Param>> rows_;
  std::int64_t now_ = 0;
};

}  // namespace util
}  // namespace training
}  // namespace quoteattr
