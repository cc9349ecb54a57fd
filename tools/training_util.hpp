// training_util.hpp: pieces shared by the trainers of the tagger and of the parser (the CoNLL-U
// reader, a fixed random stream, the averaged perceptron, model file writing). Not part of the
// quoteattr library.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <map>
#include <ostream>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "quoteattr/error.hpp"
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

// One word of a CoNLL-U sentence (the words of a multi-word token; empty nodes are skipped).
struct ConlluWord {
  std::size_t id = 0;                           // ID
  std::string form, lemma, xpos, head, deprel;  // FORM, LEMMA, XPOS, HEAD, DEPREL as written
  bool space_after = true;                      // false after SpaceAfter=No and inside a multi-word token
  std::size_t line = 0;                         // its line in the file (1-based), for errors
};

// One CoNLL-U sentence: its words, the document it is in and its text.
struct ConlluSentence {
  std::string doc;   // the "# newdoc id" in effect
  std::string text;  // its "# text"
  std::vector<ConlluWord> words;
};

// Where word `w` of CoNLL-U file `path` is, for an Error.
inline Location at_line(const std::string& path, const ConlluWord& w) {
  Location where;
  where.file = path;
  where.line = w.line;
  return where;
}

// The one CoNLL-U reader of the trainers: calls `sentence(const ConlluSentence&)` for each
// sentence with words of file `path`, in file order. Throws quoteattr::Error when the file
// cannot be read or a word line has other than 10 tab-separated columns (`sentence` throws its
// own, at Location{path, word.line}).
template <class OnSentence>
void read_conllu_sentences(const std::string& path, OnSentence&& sentence) {
  std::ifstream in(path);
  Location where;
  where.file = path;
  if (!in) throw Error(ErrorCode::kIo, "cannot open CoNLL-U file", where);
  ConlluSentence cur;
  std::string doc, line;
  std::size_t line_no = 0, range_end = 0;
  bool range_space = true;
  auto flush = [&] {
    if (!cur.words.empty()) sentence(static_cast<const ConlluSentence&>(cur));
    cur = ConlluSentence{};
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      if (starts_with(line, "# newdoc id = "))
        doc = line.substr(14);
      else if (starts_with(line, "# text = "))
        cur.text = line.substr(9);
      continue;
    }
    const auto f = split_tabs(line);
    where.line = line_no;
    if (f.size() != 10) throw Error(ErrorCode::kInvalidArgument, "expected 10 tab-separated columns", where);
    const bool no_space = f[9].find("SpaceAfter=No") != std::string::npos;
    const std::size_t dash = f[0].find('-');
    if (dash != std::string::npos) {  // multi-word token: its words are written without spaces
      range_end = std::stoul(f[0].substr(dash + 1));
      range_space = !no_space;
      continue;
    }
    if (f[0].find('.') != std::string::npos) continue;  // empty node
    ConlluWord w;
    w.id = std::stoul(f[0]);
    w.form = f[1];
    w.lemma = f[2];
    w.xpos = f[4];
    w.head = f[6];
    w.deprel = f[7];
    w.space_after = w.id < range_end ? false : w.id == range_end ? range_space : !no_space;
    w.line = line_no;
    cur.doc = doc;
    cur.words.push_back(std::move(w));
  }
  flush();
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

// Averaged weights pruned (below `prune` in update units) and quantised to 16 bits, in the
// sparse table layout both model files share (src/feature_table.hpp): per kept feature its key,
// its number of weights, and per weight its class and value.
struct QuantisedWeights {
  std::vector<std::uint32_t> keys;
  std::vector<std::uint8_t> counts;
  std::string weights;  // 3 bytes per weight: the class, then the value (int16, little-endian)
  double scale = 0;     // quantised value = averaged weight * scale
};

inline QuantisedWeights quantise(const std::map<std::uint32_t, std::vector<std::pair<std::uint8_t, double>>>& avg,
                                 double prune) {
  QuantisedWeights q;
  double max_abs = 1e-9;
  for (const auto& kv : avg)
    for (const auto& cw : kv.second) max_abs = std::max(max_abs, std::fabs(cw.second));
  q.scale = 32767.0 / max_abs;
  for (const auto& [key, ws] : avg) {
    std::uint8_t count = 0;
    for (const auto& [cls, w] : ws) {
      if (std::fabs(w) < prune) continue;
      const long v = std::lround(w * q.scale);
      if (v == 0) continue;
      q.weights.push_back(static_cast<char>(cls));
      put(q.weights, static_cast<std::uint16_t>(static_cast<std::int16_t>(v)), 2);
      ++count;
    }
    if (!count) continue;
    q.keys.push_back(key);
    q.counts.push_back(count);
  }
  return q;
}

// The table's part of a model file: feature and weight counts, keys as varint deltas, the
// counts, the weights.
inline void put_feature_table(std::string& out, const QuantisedWeights& q) {
  put(out, q.keys.size(), 4);
  put(out, q.weights.size() / 3, 4);
  std::uint32_t prev = 0;
  for (const std::uint32_t key : q.keys) {
    put_varint(out, key - prev);
    prev = key;
  }
  out.append(reinterpret_cast<const char*>(q.counts.data()), q.counts.size());
  out += q.weights;
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

// Writes model bytes to `path`; throws quoteattr::Error when it cannot.
inline void write_model(const std::string& path, const std::string& model, std::ostream& log) {
  std::ofstream f(path, std::ios::binary);
  f.write(model.data(), static_cast<std::streamsize>(model.size()));
  if (!f) throw Error(ErrorCode::kIo, "cannot write " + path);
  log << "wrote " << path << " (" << model.size() << " bytes)\n";
}

// The UD files both trainers learn from, in a fixed order (the training set, and so the model,
// does not depend on directory order); with hold_news every fourth document of gum_news is held
// out for the news figure. `read(path)` returns the file's items (sentences or trees), each with
// its document id in `doc`.
template <class Item, class Read>
void read_ud_split(const std::string& ud_dir, bool hold_news, Read read, std::vector<Item>& train,
                   std::vector<Item>& heldout_news, std::vector<Item>& ewt_test) {
  static const char* const kFiles[] = {"ewt_dev",    "gum_bio",      "gum_conversation", "gum_interview", "gum_news",
                                       "gum_speech", "gum_textbook", "gum_vlog",         "gum_voyage"};
  for (const char* name : kFiles) {
    std::vector<Item> items = read(ud_dir + "/" + name + ".conllu");
    const bool news = std::string(name) == "gum_news";
    std::string last_doc;
    int doc_index = -1;
    for (Item& item : items) {
      if (item.doc != last_doc) {
        ++doc_index;
        last_doc = item.doc;
      }
      if (hold_news && news && doc_index % 4 == 3)
        heldout_news.push_back(std::move(item));
      else
        train.push_back(std::move(item));
    }
  }
  ewt_test = read(ud_dir + "/ewt_test.conllu");
}

}  // namespace util
}  // namespace training
}  // namespace quoteattr
