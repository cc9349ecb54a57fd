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

}  // namespace detail
}  // namespace quoteattr
