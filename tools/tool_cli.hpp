// tool_cli.hpp: the command line the trainers share (tools/train_tagger.cpp,
// tools/train_parser.cpp), read with CLI11. Not part of the quoteattr library.
#pragma once

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <string>

namespace quoteattr {
namespace training {
namespace util {

// The options both trainers take.
struct ToolOptions {
  std::string data = "data/training/ud", out, eval, bench;
  double seconds = 3.0;  // --bench: CPU seconds
  int ewt_repeats = 1;   // EWT dev counts this many times (in-domain data for web text)
};

// Adds the options every trainer takes to `app`: the data folder, the model to write, evaluate or
// benchmark (exactly one of --out, --eval, --bench), and the training options iterations, prune and seed of `opt`.
template <class TrainingOptions>
void add_tool_options(CLI::App& app, ToolOptions& tool, TrainingOptions& opt) {
  app.add_option("--data", tool.data, "the folder of the UD CoNLL-U files")->capture_default_str();
  CLI::Option_group* task = app.add_option_group("task", "what to do: exactly one of these");
  task->add_option("--out", tool.out, "train, write the model here and evaluate it");
  task->add_option("--eval", tool.eval, "evaluate this model on the held-out data (no training)");
  task->add_option("--bench", tool.bench, "measure this model's speed (no training)");
  task->require_option(1);
  app.add_option("--seconds", tool.seconds, "--bench: CPU seconds to measure")->capture_default_str();
  app.add_option("--ewt-repeats", tool.ewt_repeats, "EWT dev counts this many times in training")
      ->capture_default_str();
  app.add_option("--iterations", opt.iterations, "training passes")->capture_default_str();
  app.add_option("--prune", opt.prune, "drop averaged weights smaller than this")->capture_default_str();
  app.add_option("--seed", opt.seed, "shuffle seed")->capture_default_str();
}

// Reads the command line into `app`'s options and runs `body`. `--help` prints the options and
// gives 0; a bad option gives CLI11's message and status; an exception from `body` is printed
// after the tool's name and gives 1.
template <class Body>
int run_tool(CLI::App& app, int argc, char** argv, Body&& body) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  try {
    return body();
  } catch (const std::exception& e) {
    std::cerr << app.get_name() << ": " << e.what() << "\n";
    return 1;
  }
}

}  // namespace util
}  // namespace training
}  // namespace quoteattr
