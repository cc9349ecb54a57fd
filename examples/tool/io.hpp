// The quoteattr tool's input and output: the documents named on the command line, read one
// at a time, and standard output written with every error detected.
#pragma once

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "render.hpp"

namespace quoteattr_tool {

// Exit statuses (documented in --help, docs/quoteattr.1 and the README).
enum Exit : int {
  kExitOk = 0,        // every document processed (or the reader closed the pipe: quiet stop)
  kExitDocument = 1,  // a document could not be read or analysed: reported, the rest processed
  kExitUsage = 2,     // bad arguments, profile or tagger model: nothing processed
  kExitOutput = 3,    // the output could not be written (a full disk, an I/O error)
  kExitStopped = 4,   // the run stopped on an unexpected failure (out of memory, no thread):
                      // what was written so far is flushed
};

enum class InputFormat { kText, kJsonl };

// One document, or the error that stands in its place.
struct Item {
  Input input;
  std::string error;        // "": read fine
  std::uint64_t bytes = 0;  // input bytes it took (for the progress bar)
};

// Reads the documents named by the arguments, in order: files, folders (every *.txt, or
// *.jsonl with --input jsonl, recursively, sorted by path) and "-" for standard input.
// A JSONL stream is read one line at a time, so memory does not grow with its size.
// A document (a JSONL line) larger than `max_bytes` is not kept: it stands as an error,
// read no further than the limit (a regular file's size is known unread), so memory stays
// within the limit whatever the input.
class Reader {
 public:
  Reader(std::vector<std::string> args, InputFormat format, std::uint64_t max_bytes);
  // The next document or error; nullopt at the end. Never throws: a failure while reading
  // stands as that document's error.
  std::optional<Item> next() noexcept;
  // Bytes of all the inputs, when known (regular files; 0 when unknown).
  std::uint64_t total_bytes() const { return total_bytes_; }
  // Whether the run may hold more than one document (a --tokens header each).
  bool many() const { return many_; }

 private:
  struct Source {
    std::string path;   // "-" for standard input
    std::string error;  // set when the argument itself is wrong
  };
  std::vector<Source> sources_;
  std::size_t at_ = 0;
  InputFormat format_;
  std::uint64_t max_bytes_;
  std::uint64_t keep_;  // bytes of a document kept: one over the limit tells it is over
  std::uint64_t total_bytes_ = 0;
  bool many_ = false;
  // The JSONL stream being read.
  std::unique_ptr<std::ifstream> file_;
  std::istream* stream_ = nullptr;
  std::string stream_name_;
  std::size_t line_ = 0;

  std::string current_;  // the name of the document being read (for an error)

  std::optional<Item> next_item();
  std::optional<Item> next_line();
  std::string too_large(std::uint64_t bytes) const;       // for a document
  std::string line_too_large(std::uint64_t bytes) const;  // for a JSONL line
};

// Standard output through write(2): buffered, with every failure seen. A closed pipe
// (EPIPE) stops quietly; any other failure is an error to report.
class Output {
 public:
  explicit Output(int fd);
  bool write(const std::string& bytes);  // false once the output failed
  bool flush();
  bool closed_by_reader() const { return error_ == EPIPE; }
  int error() const { return error_; }  // errno of the failure, 0 when none
  bool interactive() const { return interactive_; }

 private:
  int fd_;
  bool interactive_;
  std::string buffer_;
  int error_ = 0;
};

}  // namespace quoteattr_tool
