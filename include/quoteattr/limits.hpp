/// @file quoteattr/limits.hpp
/// @brief How much input quoteattr accepts: the size of a document, of a profile, the number
/// of rules and the length of a pattern.
///
/// Each limit guards a cost that grows with untrusted input: memory and time for a document,
/// regex compilation for patterns and rules, parsing for profile text. Each has its own
/// ErrorCode, and the message says the size, the limit and where (the profile file, line
/// and rule id). The defaults are generous for news and hand-written profiles; raise them
/// (or use Limits::unlimited()) for other input.
///
/// | limit | default | checked by | error |
/// |---|---|---|---|
/// | max_document_bytes | 64 MiB | Attributor::analyze(), check_document_size() | ErrorCode::kDocumentTooLarge |
/// | max_profile_bytes | 8 MiB | Profile::from_toml(), Profile::from_file() | ErrorCode::kProfileTooLarge |
/// | max_rules | 1024 | Profile::from_toml(), the Attributor constructor | ErrorCode::kTooManyRules |
/// | max_pattern_bytes | 4096 | Profile::from_toml(), the Attributor constructor | ErrorCode::kPatternTooLong |
///
/// A value at its limit is accepted; one byte (or rule) more is an error.
///
/// @code
///   quoteattr::AttributorOptions options;
///   options.limits.max_document_bytes = std::size_t{256} << 20;  // 256 MiB documents
///   quoteattr::Limits loader;
///   loader.max_rules = 50;                                         // a user's profile: 50 rules at most
///   auto extra = quoteattr::Profile::from_file("user.toml", loader);
/// @endcode
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>

#include "quoteattr/export.hpp"

namespace quoteattr {

/// @brief The limits on the size of what quoteattr reads (see the table above).
///
/// A plain value: copy it into AttributorOptions::limits or pass it to the profile loader.
struct Limits {
  /// @brief A limit that is never reached.
  static constexpr std::size_t kUnlimited = std::numeric_limits<std::size_t>::max();

  /// @brief The largest document analyze() accepts, in bytes. Default: 64 MiB (67108864).
  ///
  /// The time of one call and the size of its Result grow with the document (its working
  /// memory is bounded by AttributorOptions::window_bytes): this bounds what one call can take.
  std::size_t max_document_bytes = std::size_t{64} << 20;
  /// @brief The largest profile text the loader parses, in bytes. Default: 8 MiB (8388608).
  std::size_t max_profile_bytes = std::size_t{8} << 20;
  /// @brief The most rules a profile may hold (C++ rules of Attributor::Builder aside).
  /// Default: 1024.
  std::size_t max_rules = 1024;
  /// @brief The longest rule `pattern` or `tokens` text, in bytes, as written (before its
  /// placeholders are expanded). Default: 4096.
  std::size_t max_pattern_bytes = 4096;

  /// @brief Every limit kUnlimited: for trusted input only.
  static constexpr Limits unlimited() noexcept { return {kUnlimited, kUnlimited, kUnlimited, kUnlimited}; }
};

/// @brief Throws the error analyze() gives for a document of @p bytes bytes, when it is larger
/// than @p limits.max_document_bytes; does nothing otherwise.
///
/// For callers that read documents themselves: an oversize document can be refused before it
/// is read, with the same code and message.
/// @throws Error with ErrorCode::kDocumentTooLarge ("a document of N bytes is larger than
///         the limit of M bytes").
QUOTEATTR_API void check_document_size(std::uint64_t bytes, const Limits& limits);

}  // namespace quoteattr
