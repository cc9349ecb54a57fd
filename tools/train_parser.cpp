// quoteattr_train_parser: trains the dependency model on data/training/ud, writes it and
// evaluates it on the held-out data; also evaluates or benchmarks an existing model.
//
//   quoteattr_train_parser --data data/training/ud --out data/models/en-dep.model
//   quoteattr_train_parser --eval data/models/en-dep.model --data data/training/ud
//   quoteattr_train_parser --hold-news 1 --out /tmp/report.model      (the report run)
//
// See docs/parser.md.
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <string>

#include "parser_training.hpp"
#include "quoteattr/error.hpp"
#include "quoteattr/parser.hpp"
#include "quoteattr/tagger.hpp"
#include "tool_cli.hpp"
#include "training_util.hpp"

namespace {

using namespace quoteattr;
using namespace quoteattr::training;

void report(const char* name, const Parser& parser, const std::vector<Tree>& trees) {
  if (trees.empty()) return;
  const ParseEvaluation e = evaluate_parser(parser, trees);
  std::printf("%s: UAS %.2f%% LAS %.2f%% of %zu tokens; without punctuation UAS %.2f%% LAS %.2f%% of %zu\n", name,
              100 * e.uas(), 100 * e.las(), e.tokens, 100 * e.word_uas(), 100 * e.word_las(), e.words);
}

struct ParserToolOptions {
  bool gold_tags = false, hold_news = false;
  int jackknife = 4;  // training tags: from taggers trained on the other parts (0: the built-in tagger)
};

int run(util::ToolOptions tool, const ParserTrainOptions& opt, const ParserToolOptions& more) {
  const bool gold_tags = more.gold_tags, hold_news = more.hold_news;
  const int jackknife = more.jackknife;
  TreeSplit split = read_tree_split(tool.data, hold_news);
  // The parser sees the tagger's tags in the pipeline: train and evaluate on them.
  const Tagger* tagger = gold_tags ? nullptr : &Tagger::builtin();
  if (!gold_tags && jackknife > 1 && tool.bench.empty() && tool.eval.empty())
    prepare_jackknifed(split.train, jackknife, &std::cerr);
  else
    prepare(split.train, tagger);
  prepare(split.heldout_news, tagger);
  prepare(split.ewt_test, tagger);
  {
    const std::size_t once = split.train.size();
    for (int r = 1; r < tool.ewt_repeats; ++r)
      for (std::size_t k = 0; k < once; ++k)
        if (split.train[k].corpus == "ewt_dev") split.train.push_back(split.train[k]);
  }

  if (!tool.bench.empty()) {
    const Parser parser = Parser::load(tool.bench);
    std::size_t tokens = 0, passes = 0;
    std::vector<std::string_view> words;
    std::vector<std::uint32_t> heads;
    std::vector<Relation> rels;
    const std::clock_t start = std::clock();
    double elapsed = 0;
    do {
      for (const Tree& t : split.ewt_test) {
        words.assign(t.words.begin(), t.words.end());
        heads.resize(words.size());
        rels.resize(words.size());
        parser.parse(words.data(), t.tags.data(), words.size(), heads.data(), rels.data());
        tokens += words.size();
      }
      ++passes;
      elapsed = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    } while (elapsed < tool.seconds);
    std::printf("parsing: %.2f M tokens/s (one thread, CPU time, %zu passes)\n",
                static_cast<double>(tokens) / elapsed / 1e6, passes);
    return 0;
  }
  if (tool.eval.empty()) {
    std::size_t tokens = 0;
    for (const auto& t : split.train) tokens += t.words.size();
    std::cerr << "training on " << split.train.size() << " sentences, " << tokens << " tokens ("
              << (gold_tags       ? "gold"
                  : jackknife > 1 ? "jackknifed"
                                  : "the built-in tagger's")
              << " tags)\n";
    util::write_model(tool.out, train_parser(split.train, opt, &std::cerr), std::cerr);
    tool.eval = tool.out;
  }
  const Parser parser = Parser::load(tool.eval);
  std::printf("model: %zu features\n", parser.feature_count());
  report("held-out GUM news", parser, split.heldout_news);
  report("EWT test", parser, split.ewt_test);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Trains the dependency model on the UD data, writes it and evaluates it on the held-out data; also "
      "evaluates (--eval) or benchmarks (--bench) an existing model. See docs/parser.md.",
      "quoteattr_train_parser"};
  util::ToolOptions tool;
  ParserTrainOptions opt;
  ParserToolOptions more;
  util::add_tool_options(app, tool, opt);
  app.add_option("--explore-from", opt.explore_from, "dynamic oracle: from this iteration (0-based) on ...")
      ->capture_default_str();
  app.add_option("--explore-p", opt.explore_p, "... follow the model's own transition this often")
      ->capture_default_str();
  app.add_option("--gold-tags", more.gold_tags, "train and evaluate on gold tags instead of the tagger's (0|1)")
      ->capture_default_str();
  app.add_option("--hold-news", more.hold_news, "hold out every fourth gum_news document (0|1)")->capture_default_str();
  app.add_option("--jackknife", more.jackknife, "training tags from taggers trained on the other N parts (0: built-in)")
      ->capture_default_str();
  return util::run_tool(app, argc, argv, [&] { return run(tool, opt, more); });
}
