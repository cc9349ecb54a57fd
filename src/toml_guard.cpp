// Checks TOML bytes before toml++ 3.3.0 parses them (see toml_guard.hpp).
#include "toml_guard.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "quoteattr/utf8.hpp"

namespace quoteattr {
namespace detail {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool is_ascii(char c) { return static_cast<unsigned char>(c) < 0x80; }
bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_key_start(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
         c == '"' || c == '\'';
}

// Scans one string starting at t[i] (a quote); returns the byte after it (or the
// end of an unterminated string, which toml++ reports as an error), or sets `bad`.
std::size_t skip_string(std::string_view t, std::size_t i, TomlHazard& bad) {
  const std::size_t n = t.size();
  const char q = t[i];
  const bool multi = i + 2 < n && t[i + 1] == q && t[i + 2] == q;
  i += multi ? 3 : 1;
  while (i < n) {
    const char c = t[i];
    if (c == q && (!multi || (i + 2 < n && t[i + 1] == q && t[i + 2] == q))) {
      if (!multi) return i + 1;
      i += 3;
      for (int extra = 0; extra < 2 && i < n && t[i] == q; ++extra) ++i;  // """a"""" ends in a quote
      return i;
    }
    if (c == '\n' && !multi) return i;  // toml++: unterminated string
    if (c == '\\' && q == '"') {
      std::size_t k = i + 1;
      if (multi) {
        // A line-ending backslash: toml++ tests what follows it for white space.
        while (k < n && (is_blank(t[k]) || t[k] == '\r' || t[k] == '\n')) ++k;
        if (k < n && !is_ascii(t[k])) {
          bad = {k, "a non-ASCII character right after a backslash in a multi-line string"};
          return n;
        }
        if (k > i + 1) {
          i = k;
          continue;
        }
      }
      i = k + 1;  // the escaped character (checked by toml++)
      continue;
    }
    ++i;
  }
  return n;
}

}  // namespace

Location line_column_of(std::string_view text, std::size_t offset, const std::string& source) {
  Location l;
  l.file = source;
  l.offset = offset;
  l.line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i)
    if (text[i] == '\n') ++l.line, line_start = i + 1;
  l.column = 1;
  for (std::size_t i = line_start; i < offset && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++l.column;
  return l;
}

TomlHazard find_toml_hazard(std::string_view t) {
  TomlHazard bad;
  const std::size_t n = t.size();
  std::size_t i = t.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;  // a byte order mark
  std::string open;                                          // the [ and { open inside a value, innermost last
  bool line_start = true;                                    // nothing but white space yet on a line outside any value
  bool in_header = false;                                    // inside a [table] header
  bool value_next = false;                                   // after "=", or "[" / "," in an array: a value starts here
  char prev = '\n';  // the last character outside strings and comments, blanks aside
  const auto in_array = [&] { return !open.empty() && open.back() == '['; };
  while (i < n) {
    const char c = t[i];
    if (c == '\n') {
      if (open.empty()) line_start = true, in_header = false, value_next = false;
      prev = '\n';
      ++i;
      continue;
    }
    if (is_blank(c) || c == '\r') {
      ++i;
      continue;
    }
    if (c == '#') {
      while (i < n && t[i] != '\n') ++i;
      continue;
    }
    if (!is_ascii(c)) return {i, "a non-ASCII character outside a string or comment"};
    // A quote opens a string only where a key or a value starts; elsewhere ("-\"", "x'")
    // toml++ reads it as part of a malformed value, character by character.
    if ((c == '"' || c == '\'') &&
        (prev == '\n' || prev == '=' || prev == '[' || prev == '{' || prev == ',' || prev == '.')) {
      i = skip_string(t, i, bad);
      if (bad.offset != kNone) return bad;
      line_start = value_next = false;
      prev = c;
      continue;
    }
    if (c == '[' && line_start && open.empty()) {
      std::size_t k = i + 1;
      while (k < n && is_blank(t[k])) ++k;
      if (k < n && t[k] == '[') {
        ++k;
        while (k < n && is_blank(t[k])) ++k;
      }
      if (k < n && t[k] != ']' && !is_key_start(t[k]))
        return {k, "a table header must start with a key (a bare or quoted name)"};
      in_header = true;
      line_start = false;
      prev = '[';
      i = k;
      continue;
    }
    line_start = false;
    prev = c;
    if (in_header) {
      ++i;
      continue;
    }
    if (value_next && c == '}' && in_array()) return {i, "a '}' where an array element is expected"};
    if (value_next && c != '[' && c != '{' && c != ']' && c != '}' && c != ',' && c != '=') {
      // A bare value (number, date, boolean or a mistake): toml++ reads it up to a value
      // terminator, testing each character; quotes and brackets inside it are no structure.
      while (i < n && !is_blank(t[i]) && t[i] != '\r' && t[i] != '\n' && t[i] != ']' && t[i] != '}' && t[i] != ',' &&
             t[i] != '#') {
        if (!is_ascii(t[i])) return {i, "a non-ASCII character outside a string or comment"};
        ++i;
      }
      prev = t[i - 1];
      value_next = false;
      continue;
    }
    if (c == '[' || c == '{')
      open.push_back(c);
    else if ((c == ']' || c == '}') && !open.empty())
      open.pop_back();
    value_next = c == '=' || ((c == '[' || c == ',') && in_array());
    ++i;
  }
  return bad;
}

Error toml_too_large(std::uint64_t bytes, const std::string& source, std::string_view kind, std::size_t max_bytes) {
  Location l;
  l.file = source;
  return Error(ErrorCode::kProfileTooLarge,
               "a " + std::string(kind) + " of " + std::to_string(bytes) + " bytes is larger than the limit of " +
                   std::to_string(max_bytes) + " bytes",
               l);
}

toml::table parse_toml_checked(std::string_view text, const std::string& source, std::string_view kind,
                               std::size_t max_bytes) {
  const std::string k(kind);
  if (text.size() > max_bytes) throw toml_too_large(text.size(), source, kind, max_bytes);
  Utf8Report utf8 = check_utf8(text);
  if (!utf8.valid()) {
    static const char* hex = "0123456789ABCDEF";
    auto byte = static_cast<unsigned char>(text[utf8.first_invalid]);
    throw Error(ErrorCode::kInvalidUtf8,
                std::string("ill-formed UTF-8 (byte 0x") + hex[byte >> 4] + hex[byte & 15] + "): a " + k +
                    " must be UTF-8 text",
                line_column_of(text, utf8.first_invalid, source));
  }
  const TomlHazard hazard = find_toml_hazard(text);
  if (hazard.offset != kNone)
    throw Error(ErrorCode::kProfileSyntax, std::string("TOML syntax error: ") + hazard.what,
                line_column_of(text, hazard.offset, source));
  try {
    return toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    Location l;
    l.file = source;
    l.line = e.source().begin.line;
    l.column = e.source().begin.column;
    throw Error(ErrorCode::kProfileSyntax, "TOML syntax error: " + std::string(e.description()), l);
  }
}

Location location_of(const std::string& source, const toml::source_region& r) {
  Location l;
  l.file = source;
  l.line = r.begin.line;
  l.column = r.begin.column;
  return l;
}

std::string read_toml_file(const std::string& path, std::string_view kind) {
  Location l;
  l.file = path;
  const std::string what(kind);
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    throw Error(ErrorCode::kIo, "cannot read " + what + ": it is a directory", l);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::kIo, "cannot open " + what + ": " + std::strerror(errno), l);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw Error(ErrorCode::kIo, "cannot read " + what + ": " + std::strerror(errno), l);
  return text;
}

}  // namespace detail
}  // namespace quoteattr
