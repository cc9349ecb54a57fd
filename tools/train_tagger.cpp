// quoteattr_train_tagger: trains the part-of-speech model on data/training/ud, writes it and
// evaluates it on the held-out data; also evaluates or benchmarks an existing model.
//
//   quoteattr_train_tagger --data data/training/ud --out data/models/en-pos.model
//   quoteattr_train_tagger --eval data/models/en-pos.model --data data/training/ud
//   quoteattr_train_tagger --bench data/models/en-pos.model --data data/training/ud
//
// See docs/tagger.md.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>

#include "quoteattr/error.hpp"
#include "quoteattr/tagger.hpp"
#include "tagger_training.hpp"
#include "tool_cli.hpp"
#include "training_util.hpp"

namespace {

using namespace quoteattr;
using namespace quoteattr::training;

void print_confusion(const Evaluation& e) {
  static const Tag kTags[] = {Tag::NNP, Tag::NN, Tag::JJ, Tag::VBN, Tag::VBD};
  std::printf("    gold \\ tagged     NNP      NN      JJ     VBN     VBD   other\n");
  for (const Tag g : kTags) {
    std::printf("    %-12s", std::string(tag_name(g)).c_str());
    std::size_t other = 0;
    for (std::size_t t = 0; t < kTagCount; ++t) {
      bool listed = false;
      for (const Tag x : kTags) listed |= static_cast<std::size_t>(x) == t;
      if (!listed) other += e.confusion[static_cast<std::size_t>(g)][t];
    }
    for (const Tag t : kTags)
      std::printf(" %7zu", e.confusion[static_cast<std::size_t>(g)][static_cast<std::size_t>(t)]);
    std::printf(" %7zu\n", other);
  }
}

void report(const char* name, const Tagger& tagger, const std::vector<Sentence>& ud, const std::set<std::string>& vocab,
            bool confusion) {
  std::vector<Sentence> joined;
  joined.reserve(ud.size());
  for (const auto& s : ud) joined.push_back(join_hyphens(s));
  const Evaluation e = evaluate(tagger, joined, vocab);
  const Evaluation u = evaluate(tagger, ud, vocab);
  std::printf(
      "%s: %.2f%% of %zu tokens (known %.2f%% of %zu, unknown %.2f%% of %zu); "
      "UD tokenisation %.2f%% of %zu\n",
      name, e.accuracy(), e.tokens, e.known_accuracy(), e.known, e.unknown_accuracy(), e.tokens - e.known, u.accuracy(),
      u.tokens);
  if (confusion) print_confusion(e);
  if (const char* path = std::getenv("QUOTEATTR_TAGGER_ERRORS")) {  // error listing for analysis
    std::ofstream f(std::string(path) + "." + name, std::ios::binary);
    for (const auto& s : joined) {
      const auto guess = tagger.tag(s.words);
      for (std::size_t i = 0; i < s.words.size(); ++i)
        if (guess[i] != s.tags[i])
          f << (vocab.count(s.words[i]) ? "known" : "unknown") << '\t' << s.words[i] << '\t' << tag_name(s.tags[i])
            << '\t' << tag_name(guess[i]) << '\t' << (i ? s.words[i - 1] : "<s>") << ' ' << s.words[i] << ' '
            << (i + 1 < s.words.size() ? s.words[i + 1] : "</s>") << '\n';
    }
  }
}

int run(util::ToolOptions tool, const TrainOptions& opt) {
  const Split split = read_split(tool.data);
  const std::vector<Sentence> training = prepare_training(split.train, "ewt_dev", tool.ewt_repeats);
  const std::set<std::string> vocab = vocabulary(training);

  if (!tool.bench.empty()) {
    const Tagger tagger = Tagger::load(tool.bench);
    std::vector<std::vector<std::string_view>> sentences;
    std::size_t bytes = 0, tokens = 0;
    for (const auto* set : {&split.heldout_news, &split.ewt_test})
      for (const auto& s : *set) {
        sentences.emplace_back(s.words.begin(), s.words.end());
        bytes += s.text.size() + 1;  // the sentence's text and a separator
        tokens += s.words.size();
      }
    std::vector<Tag> tags(512);
    std::size_t passes = 0, checksum = 0;
    // CPU time of this process, not wall time: the figure does not depend on other load.
    const std::clock_t start = std::clock();
    double elapsed = 0;
    do {
      for (const auto& s : sentences) {
        if (tags.size() < s.size()) tags.resize(s.size());
        tagger.tag(s.data(), s.size(), tags.data());
        checksum += static_cast<std::size_t>(tags[0]);
      }
      ++passes;
      elapsed = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    } while (elapsed < tool.seconds);
    const auto t0 = std::chrono::steady_clock::now();
    const Tagger again = Tagger::load(tool.bench);
    const double load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf(
        "tagging: %.1f MB/s, %.2f M tokens/s (one thread, CPU time, %zu passes over %zu tokens, %.1f MB of text; check "
        "%zu)\n",
        static_cast<double>(bytes * passes) / elapsed / 1e6, static_cast<double>(tokens * passes) / elapsed / 1e6,
        passes, tokens, static_cast<double>(bytes) / 1e6, checksum % 10);
    std::printf("loading the model: %.1f ms (%zu features, %zu lexicon entries)\n", load_ms, again.feature_count(),
                again.lexicon_size());
    return 0;
  }

  if (tool.eval.empty()) {
    std::size_t tokens = 0;
    for (const auto& s : training) tokens += s.words.size();
    std::cerr << "training on " << training.size() << " sentences, " << tokens << " tokens\n";
    util::write_model(tool.out, train(training, opt, &std::cerr), std::cerr);
    tool.eval = tool.out;
  }
  const Tagger tagger = Tagger::load(tool.eval);
  report("held-out GUM news", tagger, split.heldout_news, vocab, true);
  report("EWT test", tagger, split.ewt_test, vocab, true);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Trains the part-of-speech model on the UD data, writes it and evaluates it on the held-out data; "
      "also evaluates (--eval) or benchmarks (--bench) an existing model. See docs/tagger.md.",
      "quoteattr_train_tagger"};
  util::ToolOptions tool;
  tool.ewt_repeats = 3;  // EWT dev counts three times: in-domain data for web text
  TrainOptions opt;
  util::add_tool_options(app, tool, opt);
  app.add_option("--seeds", opt.seeds, "perceptrons trained, weights averaged")->capture_default_str();
  app.add_option("--dict-count", opt.dict_min_count, "tag dictionary: words seen this often")->capture_default_str();
  app.add_option("--lex-count", opt.lex_min_count, "lexicon feature: words seen this often")->capture_default_str();
  app.add_option("--rare-count", opt.rare_max_count, "words seen at most this often train without identity features")
      ->capture_default_str();
  app.add_option("--class-count", opt.class_min_count, "ambiguity classes: words seen this often (0: none)")
      ->capture_default_str();
  app.add_option("--class-training", opt.class_in_training, "training also restricts guesses to the classes (0|1)")
      ->capture_default_str();
  app.add_option("--open-count", opt.open_min_count, "unknown words: only tags of at least this many rare words")
      ->capture_default_str();
  app.add_option("--expand-count", opt.expand_max_count, "classes of rarer words also get easily confused tags")
      ->capture_default_str();
  return util::run_tool(app, argc, argv, [&] { return run(tool, opt); });
}
