// model_reader.hpp (internal): reading the model files of the tagger and the parser (bounds-
// checked little-endian reader, the error for a damaged model, reading a model file).
#pragma once

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include "quoteattr/error.hpp"

namespace quoteattr {
namespace detail {

// Throws ErrorCode::kInvalidArgument "not a valid <kind> model: <what>" naming the model.
[[noreturn]] inline void model_corrupt(std::string_view kind, std::string_view name, const std::string& what) {
  Location where;
  where.file = std::string(name);
  throw Error(ErrorCode::kInvalidArgument, "not a valid " + std::string(kind) + " model: " + what, where);
}

// The bytes of a model file; ErrorCode::kIo naming the path when it cannot be read.
inline std::string read_model_file(const std::string& path, std::string_view kind) {
  std::ifstream in(path, std::ios::binary);
  Location where;
  where.file = path;
  if (!in) throw Error(ErrorCode::kIo, "cannot open " + std::string(kind) + " model", where);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error(ErrorCode::kIo, "cannot read " + std::string(kind) + " model", where);
  return bytes;
}

// Bounds-checked little-endian reader over the model bytes.
class ModelReader {
 public:
  ModelReader(std::string_view bytes, std::string_view name, std::string_view kind)
      : b_(bytes), name_(name), kind_(kind) {}
  void need(std::size_t n) const {
    if (n > b_.size() - pos_) model_corrupt(kind_, name_, "truncated at byte " + std::to_string(pos_));
  }
  std::uint64_t uint(int bytes) {
    need(static_cast<std::size_t>(bytes));
    std::uint64_t v = 0;
    for (int i = 0; i < bytes; ++i)
      v |= static_cast<std::uint64_t>(static_cast<unsigned char>(b_[pos_ + static_cast<std::size_t>(i)])) << (8 * i);
    pos_ += static_cast<std::size_t>(bytes);
    return v;
  }
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const std::uint64_t byte = uint(1);
      v |= (byte & 0x7f) << shift;
      if (!(byte & 0x80)) return v;
    }
    model_corrupt(kind_, name_, "bad varint at byte " + std::to_string(pos_));
  }
  std::size_t pos() const { return pos_; }
  void skip(std::size_t n) {
    need(n);
    pos_ += n;
  }
  std::size_t remaining() const { return b_.size() - pos_; }

 private:
  std::string_view b_;
  std::string_view name_;
  std::string_view kind_;
  std::size_t pos_ = 0;
};

// Checks the header every model file starts with: the 8-byte magic and the 4-byte format version
// (`r` must be at the start). Throws model_corrupt(kind, name, …) naming what is wrong.
inline void check_model_header(ModelReader& r, std::string_view bytes, const char (&magic)[8], std::uint64_t version,
                               std::string_view kind, std::string_view name) {
  r.need(sizeof magic);
  if (bytes.substr(0, sizeof magic) != std::string_view(magic, sizeof magic))
    model_corrupt(kind, name, "bad magic (not a quoteattr " + std::string(kind) + " model)");
  r.uint(8);  // the magic
  const auto v = r.uint(4);
  if (v != version)
    model_corrupt(kind, name, "format version " + std::to_string(v) + ", expected " + std::to_string(version));
}

// Checks the checksum `hash` of everything before a model file's last 8 bytes, and that the file
// holds more than what `r` has read; returns the size of that body.
inline std::size_t check_model_checksum(const ModelReader& r, std::string_view bytes,
                                        std::uint64_t (*hash)(const char*, std::size_t), std::string_view kind,
                                        std::string_view name) {
  if (bytes.size() < 8 + r.pos()) model_corrupt(kind, name, "truncated");
  const std::size_t body = bytes.size() - 8;
  ModelReader tail(bytes.substr(body), name, kind);
  if (tail.uint(8) != hash(bytes.data(), body))
    model_corrupt(kind, name, "checksum mismatch (file damaged or truncated)");
  return body;
}

}  // namespace detail
}  // namespace quoteattr
