// Internal: the one way quoteattr parses TOML (profiles, language packs).
//
// Debian's toml++ 3.3.0 asserts, or with NDEBUG reaches undefined behaviour, on
// some malformed input: a table header whose key does not start with a key
// character ("[#", "[=") reaches parse_key() against its assumption, and a code
// point in U+00A1..U+0499 or U+2D6E..U+3167 where the parser tests for white
// space (outside strings and comments, or right after a backslash in a """
// string) falls through is_non_ascii_horizontal_whitespace() into
// TOML_UNREACHABLE, and an array element that starts with "}" ("[}", "[1,}")
// reaches parse_value() against its assumption. The bytes are checked before
// toml++ sees them: size, UTF-8, non-ASCII only inside strings and comments
// (which TOML 1.0 requires anyway; a quote opens a string only where a key or
// a value may start), the first character of each table header and of each
// array element.
#pragma once

#include <toml++/toml.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "quoteattr/error.hpp"
#include "quoteattr/limits.hpp"

namespace quoteattr {
namespace detail {

// The largest TOML text accepted by default (profiles and language packs are tens of KB).
inline constexpr std::size_t kMaxTomlBytes = Limits{}.max_profile_bytes;

// file:line:column (1-based, the column in code points) of byte `offset` of `text`.
Location line_column_of(std::string_view text, std::size_t offset, const std::string& source);

// The byte offset of the first construct that toml++ 3.3.0 cannot parse safely,
// with what is wrong there; offset npos when there is none. Assumes valid UTF-8.
struct TomlHazard {
  std::size_t offset = static_cast<std::size_t>(-1);
  const char* what = "";
};
TomlHazard find_toml_hazard(std::string_view text);

// Parses `text` (read from `source`) after the checks above. `kind` names the
// file in messages ("profile", "language pack"). Throws Error: kProfileTooLarge
// for a text of more than `max_bytes` bytes, kInvalidUtf8 for ill-formed UTF-8,
// kProfileSyntax for everything else, with file:line:column.
toml::table parse_toml_checked(std::string_view text, const std::string& source, std::string_view kind,
                               std::size_t max_bytes = kMaxTomlBytes);

// file:line:column of a TOML node's source region read from `source`.
Location location_of(const std::string& source, const toml::source_region& r);

// The whole of the file `path`, a `kind` ("language pack", "calibration table") read for
// parse_toml_checked(). Throws Error kIo naming the file when it is a folder or cannot be read.
std::string read_toml_file(const std::string& path, std::string_view kind);

// The Error for a `kind` of `bytes` bytes from `source` when it is larger than `max_bytes`.
Error toml_too_large(std::uint64_t bytes, const std::string& source, std::string_view kind, std::size_t max_bytes);

}  // namespace detail
}  // namespace quoteattr
