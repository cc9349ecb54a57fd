// quoteattr: the command-line tool. Reads documents (files, folders, standard input or a
// JSON Lines stream), finds their quotations and speakers with one shared Attributor, and
// writes them as text, JSONL, TSV or one HTML page. `quoteattr --help` and docs/quoteattr.1
// describe it; the JSONL output contract is in ../shared/DESIGN.md and the README.
//
// Work is a bounded window: a reader thread reads documents one at a time, --threads workers
// analyse and render them, and the main thread writes them in input order. Memory holds at
// most the window's documents, whatever the size of the input.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <quoteattr/quoteattr.hpp>
#include <string>
#include <thread>
#include <vector>

#include "tool/io.hpp"
#include "tool/render.hpp"

namespace {

using namespace quoteattr_tool;

// The whole of --help: one screen, an example per format. docs/quoteattr.1 says the same
// at length (a test checks that it names every option given here).
constexpr const char* kHelp = R"(Usage: quoteattr [OPTIONS] [FILE | FOLDER | -]...
Finds the quotations in news text and who said them. Reads files, folders (every
*.txt inside, recursively, in path order) and standard input ('-' or nothing).

  -f, --format FMT    text (default), jsonl, tsv or html
  -i, --input FMT     text (default): a document per file; jsonl: one
                      {"id": ..., "text": ...} per line, other fields kept
  -j, --threads N     documents analysed at once (default: every core)
      --explain       each attribution's chain of evidence (text, jsonl)
      --sentences     the sentence spans too (text, jsonl)
      --summary       quotes per speaker, on standard error, at the end
      --color WHEN    auto (on a terminal, unless NO_COLOR is set), always, never
      --no-progress   no progress bar (else shown on a terminal for long runs)
      --profile FILE  a TOML profile added to the built-in one (repeatable)
      --tagger-model FILE  another part-of-speech model
      --calibration FILE  another confidence table ('none': the hand-set ones)
      --direct-only   direct quotations only
      --strict-utf8   reject ill-formed UTF-8 instead of reading it as U+FFFD
      --max-bytes N   skip (and report) a document or JSONL line larger than N
                      bytes; K, M, G suffixes; default 64M; 0: no limit
      --tokens        print the text model (token, tag, chunk) instead
  -h, --help          this text;  --version  the version

Examples:
  quoteattr article.txt                      who said what, for people
  quoteattr -f jsonl news/ > quotes.jsonl    one JSON object per document
  quoteattr -f tsv a.txt b.txt > quotes.tsv  one quote per row, a header first
  quoteattr -f html article.txt > page.html  one page, quotes in speaker colours
  quoteattr -i jsonl -f jsonl < in.jsonl     pipeline: "id" and other fields kept

Exit status: 0 done; 1 a document failed (reported; the rest were done);
2 bad arguments, profile or model; 3 the output could not be written;
4 the run stopped on an unexpected failure (what was written is kept).
)";

struct Options {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string input = "text";
  unsigned threads = 0;
  std::string color = "auto";
  bool sentences = false, explain = false, summary = false, no_progress = false;
  bool strict_utf8 = false, direct_only = false, tokens = false, help = false, version = false;
  std::vector<std::string> profiles;
  std::string tagger_model;
  std::string calibration;  // "": the built-in table; "none": the hand-set confidences
  std::uint64_t max_bytes = quoteattr::Limits{}.max_document_bytes;  // 0: no limit
};

// One document in flight.
struct Slot {
  Item item;
  std::string output;
  std::string message;  // for standard error
  std::vector<Tally> tallies;
  bool failed = false;
  bool done = false;
};

// The document's diagnostics (a rule that gave up, a text analysed in windows) as warnings for
// standard error, the first kMaxWarnings of them; they do not change the exit status.
std::string warnings(const std::string& name, const quoteattr::Result& r) {
  constexpr std::size_t kMaxWarnings = 5;
  std::string lines;
  for (std::size_t i = 0; i < r.diagnostics.size() && i < kMaxWarnings; ++i) {
    const auto& d = r.diagnostics[i];
    if (!lines.empty()) lines += "\nquoteattr: ";
    lines += name + ": warning: bytes " + std::to_string(d.where.begin) + "-" + std::to_string(d.where.end) + ": " +
             d.message;
  }
  if (r.diagnostics.size() > kMaxWarnings)
    lines += "\nquoteattr: " + name + ": warning: " + std::to_string(r.diagnostics.size() - kMaxWarnings) +
             " more like these";
  return lines;
}

// What each worker does with a document: analyse and render it.
class Processor {
 public:
  Processor(const quoteattr::Attributor& attributor, const RenderOptions& render, bool tokens, bool tokens_header,
            const quoteattr::DocumentBuilder* builder)
      : attributor_(attributor), render_(render), tokens_(tokens), tokens_header_(tokens_header), builder_(builder) {}

  void operator()(Slot& slot, std::size_t index) const {
    if (!slot.item.error.empty()) {
      slot.failed = true;
      slot.message = slot.item.error;
      return;
    }
    const Input& in = slot.item.input;
    try {
      if (tokens_) {
        if (attributor_.options().utf8 == quoteattr::Utf8Policy::kStrict) quoteattr::require_valid_utf8(in.text);
        slot.output = render_tokens(in.name, builder_->build(in.text), tokens_header_);
        return;
      }
      const quoteattr::Result r = attributor_.analyze(in.text);
      slot.output = render(in, r, render_, index);
      slot.tallies = tallies(r);
      slot.message = warnings(in.name, r);
    } catch (const std::exception& e) {
      slot.failed = true;
      slot.message = in.name + ": " + e.what();
    } catch (...) {  // a document never ends the run, whatever it throws
      slot.failed = true;
      slot.message = in.name + ": unknown exception";
    }
  }

 private:
  const quoteattr::Attributor& attributor_;
  const RenderOptions& render_;
  bool tokens_, tokens_header_;
  const quoteattr::DocumentBuilder* builder_;
};

// The progress bar on standard error: documents, MB/s, and time left when the size of the
// input is known. Drawn at most ten times a second, and only once a run has lasted a second.
class Progress {
 public:
  Progress(bool enabled, std::uint64_t total) : enabled_(enabled), total_(total) {}

  void advance(std::uint64_t bytes) {
    ++docs_;
    bytes_ += bytes;
    if (!enabled_) return;
    const auto now = Clock::now();
    if (now - start_ < std::chrono::seconds(1) || now - drawn_ < std::chrono::milliseconds(100)) return;
    drawn_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = static_cast<double>(bytes_) / seconds;
    char line[160];
    if (total_ > 0 && bytes_ <= total_) {
      const double part = static_cast<double>(bytes_) / static_cast<double>(total_);
      const int width = 24, filled = static_cast<int>(part * width);
      const double left = rate > 0 ? static_cast<double>(total_ - bytes_) / rate : 0;
      std::snprintf(line, sizeof line, "\r[%-*s] %3.0f%%  %zu docs  %.2f MB/s  %d:%02d left\033[K", width,
                    std::string(static_cast<std::size_t>(filled), '#').c_str(), part * 100, docs_, rate / 1e6,
                    static_cast<int>(left) / 60, static_cast<int>(left) % 60);
    } else {
      std::snprintf(line, sizeof line, "\r%zu docs  %.1f MB  %.2f MB/s\033[K", docs_, static_cast<double>(bytes_) / 1e6,
                    rate / 1e6);
    }
    std::fputs(line, stderr);
    shown_ = true;
  }
  // Clears the bar before a message or at the end.
  void clear() {
    if (shown_) std::fputs("\r\033[K", stderr);
    shown_ = false;
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  std::uint64_t total_, bytes_ = 0;
  std::size_t docs_ = 0;
  bool shown_ = false;
  Clock::time_point start_ = Clock::now(), drawn_{};
};

// --summary: quotes per speaker over the run, most quoted first.
class Summary {
 public:
  void add(const std::vector<Tally>& tallies) {
    ++documents_;
    for (const auto& t : tallies) {
      auto& row = rows_[t.speaker];
      ++row[0];
      ++row[t.kind == quoteattr::QuoteKind::kDirect ? 1 : t.kind == quoteattr::QuoteKind::kIndirect ? 2 : 3];
    }
  }
  std::size_t quotes() const {
    std::size_t n = 0;
    for (const auto& [name, row] : rows_) n += row[0];
    return n;
  }
  std::string str() const {
    std::vector<std::pair<std::string, std::array<std::size_t, 4>>> rows(rows_.begin(), rows_.end());
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      if (a.first.empty() != b.first.empty()) return b.first.empty();  // unattributed last
      return a.second[0] > b.second[0];
    });
    std::string out = "quotes  direct  indirect  mixed  speaker\n";
    char line[64];
    std::size_t speakers = 0;
    for (const auto& [name, row] : rows) {
      std::snprintf(line, sizeof line, "%6zu  %6zu  %8zu  %5zu  ", row[0], row[1], row[2], row[3]);
      out += line + (name.empty() ? std::string("(unattributed)") : name) + "\n";
      if (!name.empty()) ++speakers;
    }
    out += std::to_string(documents_) + (documents_ == 1 ? " document, " : " documents, ") + std::to_string(quotes()) +
           " quotes, " + std::to_string(speakers) + " speakers\n";
    return out;
  }
  std::size_t documents() const { return documents_; }

 private:
  std::map<std::string, std::array<std::size_t, 4>> rows_;  // total, direct, indirect, mixed
  std::size_t documents_ = 0;
};

int output_failed(const Output& out) {
  if (out.closed_by_reader()) return kExitOk;  // the reader has all it wanted: stop quietly
  std::fprintf(stderr, "quoteattr: cannot write the output: %s\n", std::strerror(out.error()));
  return kExitOutput;
}

// After a failed write: report it and exit at once, without waiting for threads that may be
// blocked reading input or analysing documents nobody will see.
[[noreturn]] void exit_on_output_failure(const Output& out, Progress& progress) {
  progress.clear();
  const int status = output_failed(out);
  std::fflush(stderr);
  std::_Exit(status);
}

// After a failure outside any document (out of memory, a thread that cannot start): write
// what is done, report it and exit at once, as above.
[[noreturn]] void exit_stopped(Output& out, Progress& progress, const char* what) {
  progress.clear();
  if (!out.flush()) exit_on_output_failure(out, progress);
  std::fprintf(stderr, "quoteattr: stopped: %s\n", what);
  std::fflush(stderr);
  std::_Exit(kExitStopped);
}

// Runs `body`; an exception it lets out ends the run through exit_stopped().
template <class Body>
void or_stop(Output& out, Progress& progress, Body&& body) {
  try {
    body();
  } catch (const std::exception& e) {
    exit_stopped(out, progress, e.what());
  } catch (...) {
    exit_stopped(out, progress, "unknown exception");
  }
}

// Writes a finished document: its output, its error message, its counts.
struct Writer {
  Output& out;
  Progress& progress;
  Summary& summary;
  bool& failed;

  bool operator()(const Slot& slot) {
    if (!slot.message.empty()) {
      progress.clear();
      std::fprintf(stderr, "quoteattr: %s\n", slot.message.c_str());
    }
    if (slot.failed)
      failed = true;
    else
      summary.add(slot.tallies);
    progress.advance(slot.item.bytes);
    return out.write(slot.output);
  }
};

// Analyses documents on `threads` workers; the calling thread writes them in input order.
// A failed write ends the process (exit_on_output_failure); so does an exception in any thread
// (exit_stopped, from the calling thread, which owns the output).
void run_parallel(Reader& reader, const Processor& process, Writer& write, unsigned threads) {
  const std::size_t window = std::size_t{threads} * 4;
  std::mutex m;
  std::condition_variable changed;
  std::deque<std::shared_ptr<Slot>> order, work;  // in flight (input order), not yet taken
  std::size_t taken = 0;                          // index of the next document handed to a worker
  bool input_done = false, stop = false;
  std::exception_ptr failure;  // what a producer or worker let out: the run stops

  // A thread's body: an exception it lets out stops the run.
  auto guarded = [&](auto body) {
    return [&, body] {
      try {
        body();
      } catch (...) {
        std::lock_guard<std::mutex> lock(m);
        if (!failure) failure = std::current_exception();
        stop = true;
        changed.notify_all();
      }
    };
  };
  std::vector<std::thread> pool;  // the producer, then the workers; never destroyed while joinable
  or_stop(write.out, write.progress, [&] {
    pool.reserve(threads + 1);
    pool.emplace_back(guarded([&] {
      for (;;) {
        std::optional<Item> item = reader.next();
        std::unique_lock<std::mutex> lock(m);
        if (!item) break;
        changed.wait(lock, [&] { return stop || order.size() < window; });
        if (stop) break;
        auto slot = std::make_shared<Slot>();
        slot->item = std::move(*item);
        order.push_back(slot);
        work.push_back(slot);
        changed.notify_all();
      }
      std::lock_guard<std::mutex> lock(m);
      input_done = true;
      changed.notify_all();
    }));
    for (unsigned t = 0; t < threads; ++t)
      pool.emplace_back(guarded([&] {
        for (;;) {
          std::unique_lock<std::mutex> lock(m);
          changed.wait(lock, [&] { return stop || !work.empty() || input_done; });
          if (stop || work.empty()) return;
          auto slot = work.front();
          work.pop_front();
          const std::size_t index = taken++;
          lock.unlock();
          process(*slot, index);
          lock.lock();
          slot->done = true;
          changed.notify_all();
        }
      }));

    for (;;) {
      std::unique_lock<std::mutex> lock(m);
      changed.wait(lock,
                   [&] { return failure || (!order.empty() && order.front()->done) || (order.empty() && input_done); });
      if (failure) std::rethrow_exception(failure);
      if (order.empty()) break;
      auto slot = order.front();
      order.pop_front();
      changed.notify_all();
      lock.unlock();
      if (!write(*slot)) exit_on_output_failure(write.out, write.progress);
    }
  });
  for (auto& t : pool) t.join();
}

void run_serial(Reader& reader, const Processor& process, Writer& write) {
  or_stop(write.out, write.progress, [&] {
    std::size_t index = 0;
    while (std::optional<Item> item = reader.next()) {
      Slot slot;
      slot.item = std::move(*item);
      process(slot, index++);
      if (!write(slot)) exit_on_output_failure(write.out, write.progress);
    }
  });
}

bool color_wanted(const std::string& when) {
  if (when == "always") return true;
  if (when == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return ::isatty(1) == 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe is seen as EPIPE by Output
  Options o;
  CLI::App app{"quoteattr"};
  app.set_help_flag();
  app.add_flag("-h,--help", o.help);
  app.add_flag("--version", o.version);
  app.add_option("inputs", o.inputs);
  app.add_option("-f,--format", o.format)->check(CLI::IsMember({"text", "jsonl", "tsv", "html"}));
  app.add_option("-i,--input", o.input)->check(CLI::IsMember({"text", "jsonl"}));
  app.add_option("-j,--threads", o.threads)->check(CLI::Range(1u, 1024u));
  app.add_option("--color", o.color)->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("--sentences", o.sentences);
  app.add_flag("--explain", o.explain);
  app.add_flag("--summary", o.summary);
  app.add_flag("--no-progress", o.no_progress);
  app.add_option("--tagger-model", o.tagger_model);
  app.add_option("--calibration", o.calibration);
  app.add_option("--profile", o.profiles)->allow_extra_args(false);
  app.add_flag("--strict-utf8", o.strict_utf8);
  app.add_flag("--direct-only", o.direct_only);
  app.add_flag("--tokens", o.tokens);
  app.add_option("--max-bytes", o.max_bytes)->transform(CLI::AsSizeValue(false));  // K = 1024
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "quoteattr: %s\nRun 'quoteattr --help' for the options.\n", e.what());
    return kExitUsage;
  }
  if (o.help) {
    std::fputs(kHelp, stdout);
    return std::fflush(stdout) == 0 ? kExitOk : kExitOutput;
  }
  if (o.version) {
    std::printf("quoteattr %s\n", std::string(quoteattr::version()).c_str());
    return std::fflush(stdout) == 0 ? kExitOk : kExitOutput;
  }
  std::ios::sync_with_stdio(false);

  quoteattr::AttributorOptions options;
  options.utf8 = o.strict_utf8 ? quoteattr::Utf8Policy::kStrict : quoteattr::Utf8Policy::kReplace;
  options.indirect = !o.direct_only;
  options.evidence = o.explain;  // the chains of evidence are only written with --explain
  const std::uint64_t max_bytes = o.max_bytes == 0 ? UINT64_MAX : o.max_bytes;
  options.limits.max_document_bytes = static_cast<std::size_t>(std::min<std::uint64_t>(max_bytes, SIZE_MAX));
  quoteattr::Profile profile;
  std::optional<quoteattr::Attributor> attributor;
  try {
    if (!o.tagger_model.empty())
      options.tagger = std::make_shared<const quoteattr::Tagger>(quoteattr::Tagger::load(o.tagger_model));
    if (o.calibration == "none")
      options.calibration = quoteattr::Calibration();
    else if (!o.calibration.empty())
      options.calibration = quoteattr::Calibration::from_file(o.calibration);
    profile = quoteattr::Profile::builtin();
    for (const auto& path : o.profiles) {
      quoteattr::Profile extra = quoteattr::Profile::from_file(path);
      if (extra.replaces_default())
        profile = std::move(extra);
      else
        profile.merge(extra);
    }
    attributor.emplace(std::move(profile), options);
  } catch (const quoteattr::Error& e) {
    std::fprintf(stderr, "quoteattr: %s\n", e.what());
    return kExitUsage;
  }
  const quoteattr::DocumentBuilder builder(options.sentences, options.lexicon, options.tagger.get());

  RenderOptions render;
  render.format = o.format == "jsonl"  ? Format::kJsonl
                  : o.format == "tsv"  ? Format::kTsv
                  : o.format == "html" ? Format::kHtml
                                       : Format::kText;
  render.sentences = o.sentences;
  render.explain = o.explain;
  render.color = render.format == Format::kText && color_wanted(o.color);

  Output out(1);
  std::optional<Reader> inputs;
  Progress no_progress(false, 0);
  or_stop(out, no_progress,
          [&] { inputs.emplace(o.inputs, o.input == "jsonl" ? InputFormat::kJsonl : InputFormat::kText, max_bytes); });
  Reader& reader = *inputs;
  Progress progress(!o.no_progress && ::isatty(2) == 1, reader.total_bytes());
  Summary summary;
  bool failed = false;
  Writer write{out, progress, summary, failed};
  const Processor process(*attributor, render, o.tokens, reader.many(), &builder);

  const unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  or_stop(out, progress, [&] {
    if (!o.tokens && !out.write(render_prologue(render))) exit_on_output_failure(out, progress);
  });
  if (threads == 1)
    run_serial(reader, process, write);
  else
    run_parallel(reader, process, write, threads);
  progress.clear();
  or_stop(out, progress, [&] {
    if (!o.tokens && !out.write(render_epilogue(render, summary.documents(), summary.quotes())))
      exit_on_output_failure(out, progress);
  });
  if (!out.flush()) exit_on_output_failure(out, progress);
  or_stop(out, progress, [&] {
    if (o.summary) std::fputs(summary.str().c_str(), stderr);
  });
  return failed ? kExitDocument : kExitOk;
}
