// The quoteattr tool's input and output (see io.hpp).
#include "io.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <system_error>
#include <utility>

namespace quoteattr_tool {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

std::string errno_text(int e) { return std::strerror(e); }

// Reads all of `fd`, keeping at most `keep` bytes in `out` and counting the rest in `total`;
// false with errno set on a read error.
bool read_all(int fd, std::string& out, std::uint64_t keep, std::uint64_t& total) {
  char buf[1 << 16];
  total = 0;
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) return true;
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    const auto got = static_cast<std::size_t>(n);
    total += got;
    if (out.size() < keep) out.append(buf, static_cast<std::size_t>(std::min<std::uint64_t>(got, keep - out.size())));
  }
}

// One line of `in` without its '\n', keeping at most `keep` bytes in `line`; `length` is the
// whole line's length. False at the end of the stream or on a read error (in.bad()).
bool read_line(std::istream& in, std::string& line, std::uint64_t keep, std::uint64_t& length) {
  line.clear();
  length = 0;
  bool any = false;
  char buf[1 << 16];
  for (;;) {
    in.get(buf, sizeof buf, '\n');  // up to the newline, which stays in the stream
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got > 0) {
      any = true;
      length += got;
      if (line.size() < keep)
        line.append(buf, static_cast<std::size_t>(std::min<std::uint64_t>(got, keep - line.size())));
    }
    if (in.bad()) return false;
    if (in.eof()) return any;
    if (in.fail()) in.clear();  // nothing taken: the newline is next
    if (in.peek() == '\n') {
      in.ignore();
      return true;
    }
  }
}

std::uint64_t regular_size(int fd) {
  struct stat st {};
  return ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? static_cast<std::uint64_t>(st.st_size) : 0;
}

// "[json.exception.parse_error.101] parse error at ..." -> "parse error at ..."
std::string json_message(const std::exception& e) {
  std::string m = e.what();
  if (!m.empty() && m[0] == '[') {
    auto close = m.find("] ");
    if (close != std::string::npos) m.erase(0, close + 2);
  }
  return m;
}

}  // namespace

Reader::Reader(std::vector<std::string> args, InputFormat format, std::uint64_t max_bytes)
    : format_(format), max_bytes_(max_bytes), keep_(max_bytes == UINT64_MAX ? max_bytes : max_bytes + 1) {
  if (args.empty()) args.emplace_back("-");
  const std::string ext = format == InputFormat::kJsonl ? ".jsonl" : ".txt";
  bool any_folder = false;
  for (const auto& arg : args) {
    if (arg == "-") {
      sources_.push_back({arg, ""});
      total_bytes_ += regular_size(0);
      continue;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      sources_.push_back({arg, arg + ": " + (ec ? ec.message() : "no such file or directory")});
      continue;
    }
    if (!fs::is_directory(st)) {
      sources_.push_back({arg, ""});
      if (fs::is_regular_file(st)) total_bytes_ += fs::file_size(arg, ec);
      continue;
    }
    // A folder: every file with the extension, at any depth, in byte order of the path.
    any_folder = true;
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(arg, fs::directory_options::follow_directory_symlink, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::error_code fec;
      if (it->path().extension() == ext && it->is_regular_file(fec)) found.push_back(it->path().string());
    }
    if (ec) {
      sources_.push_back({arg, arg + ": cannot read the folder: " + ec.message()});
      continue;
    }
    if (found.empty()) {
      sources_.push_back({arg, std::string(arg).append(": no ").append(ext).append(" file in this folder")});
      continue;
    }
    std::sort(found.begin(), found.end());
    for (auto& path : found) {
      std::error_code sec;
      total_bytes_ += fs::file_size(path, sec);
      sources_.push_back({std::move(path), ""});
    }
  }
  many_ = sources_.size() > 1 || any_folder || format == InputFormat::kJsonl;
}

std::string Reader::too_large(std::uint64_t bytes) const {
  quoteattr::Limits limits;
  limits.max_document_bytes = static_cast<std::size_t>(std::min<std::uint64_t>(max_bytes_, SIZE_MAX));
  try {
    quoteattr::check_document_size(bytes, limits);  // the message analyze() would give
  } catch (const quoteattr::Error& e) {
    return e.message() + " (--max-bytes)";
  }
  return {};
}

std::string Reader::line_too_large(std::uint64_t bytes) const {
  return "a JSONL line of " + std::to_string(bytes) + " bytes is larger than the limit of " +
         std::to_string(max_bytes_) + " bytes (--max-bytes)";
}

std::optional<Item> Reader::next() noexcept {
  try {
    return next_item();
  } catch (const std::exception& e) {
    // Out of memory, or a failure of the standard library: this document's error. A stream
    // in the middle of a line is left, so that the same failure does not come back forever.
    file_.reset();
    stream_ = nullptr;
    Item item;
    item.input.name = current_;
    item.error = current_ + ": cannot read: " + e.what();
    return item;
  }
}

std::optional<Item> Reader::next_item() {
  for (;;) {
    if (stream_) {
      if (auto item = next_line()) return item;
      file_.reset();
      stream_ = nullptr;
    }
    if (at_ >= sources_.size()) return std::nullopt;
    const Source& src = sources_[at_++];
    const std::string name = src.path == "-" ? "<stdin>" : src.path;
    current_ = name;
    if (!src.error.empty()) {
      Item item;
      item.input.name = name;
      item.error = src.error;
      return item;
    }
    if (format_ == InputFormat::kJsonl) {
      stream_name_ = name;
      line_ = 0;
      if (src.path == "-") {
        stream_ = &std::cin;
      } else {
        errno = 0;
        file_ = std::make_unique<std::ifstream>(src.path, std::ios::binary);
        if (!*file_) {
          const int e = errno;
          file_.reset();
          Item item;
          item.input.name = name;
          item.error = name + ": cannot open: " + (e ? errno_text(e) : "unknown error");
          return item;
        }
        stream_ = file_.get();
      }
      continue;
    }
    Item item;
    item.input.name = name;
    int fd = 0;
    if (src.path != "-") {
      fd = ::open(src.path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) {
        item.error = name + ": cannot open: " + errno_text(errno);
        return item;
      }
    }
    // A regular file larger than the limit is not read; anything else is read up to one byte
    // over the limit, and the rest counted.
    const std::uint64_t size = regular_size(fd);
    std::uint64_t total = size;
    bool ok = true;
    int e = 0;
    if (size <= max_bytes_) {
      ok = read_all(fd, item.input.text, keep_, total);
      e = errno;
    }
    if (fd != 0) ::close(fd);
    item.bytes = total;
    if (!ok) {
      item.error = name + ": cannot read: " + errno_text(e);
      item.input.text.clear();
    } else if (total > max_bytes_) {
      item.error = name + ": " + too_large(total);
      item.input.text.clear();
      item.input.text.shrink_to_fit();
    }
    return item;
  }
}

std::optional<Item> Reader::next_line() {
  std::string line;
  std::uint64_t length = 0;
  while (read_line(*stream_, line, keep_, length)) {
    ++line_;
    const std::uint64_t bytes = length + 1;
    const std::string where = stream_name_ + ":" + std::to_string(line_);
    current_ = where;
    if (length > max_bytes_) {
      Item item;
      item.bytes = bytes;
      item.input.name = where;
      item.error = where + ": " + line_too_large(length);
      return item;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;  // blank lines are no documents
    Item item;
    item.bytes = bytes;
    item.input.name = where;
    json value;
    try {
      value = json::parse(line);
    } catch (const json::exception& e) {
      item.error = where + ": invalid JSON: " + json_message(e);
      return item;
    }
    if (!value.is_object()) {
      item.error = where + ": expected a JSON object such as {\"id\": ..., \"text\": ...}";
      return item;
    }
    auto text = value.find("text");
    if (text == value.end() || !text->is_string()) {
      item.error = where + ": no \"text\" string";
      return item;
    }
    item.input.text = text->get<std::string>();
    value.erase(text);
    auto id = value.find("id");
    if (id != value.end()) item.input.name = id->is_string() ? id->get<std::string>() : id->dump();
    item.input.fields = std::move(value);
    return item;
  }
  if (stream_->bad()) {
    Item item;
    item.input.name = stream_name_;
    item.error = stream_name_ + ":" + std::to_string(line_ + 1) + ": cannot read: " + errno_text(errno);
    stream_->clear(std::ios::eofbit);
    stream_->setstate(std::ios::eofbit);
    return item;
  }
  return std::nullopt;
}

Output::Output(int fd) : fd_(fd), interactive_(::isatty(fd) == 1) {}

bool Output::write(const std::string& bytes) {
  if (error_) return false;
  buffer_ += bytes;
  if (buffer_.size() >= (1u << 16) || interactive_) return flush();
  return true;
}

bool Output::flush() {
  std::size_t done = 0;
  while (!error_ && done < buffer_.size()) {
    ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
    } else {
      done += static_cast<std::size_t>(n);
    }
  }
  buffer_.clear();
  return !error_;
}

}  // namespace quoteattr_tool
