/// @file quoteattr/calibration.hpp
/// @brief The calibration table: how often each rule's answer is right, measured on annotated texts.
///
/// Every attribution carries a rule id and a confidence. The sieves decide with hand-set
/// confidences (the *prior*, Attribution::prior_confidence); once they have decided, the
/// Attributor replaces each answer's confidence by the table's fitted probability that it is
/// right: the rule's value, lowered to the value of each situation (Attribution::flags) the table
/// lists. A rule the table does not list keeps its prior. The built-in table is
/// data/calibration.toml, fitted by tools/fit_calibration.py (docs/attribution.md, "Confidences").
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quoteattr/export.hpp"

namespace quoteattr {

/// @brief Fitted confidences per rule id and per situation flag.
///
/// A value type; const members are thread-safe.
class QUOTEATTR_API Calibration {
 public:
  /// @brief An empty table: every answer keeps its prior (hand-set) confidence.
  Calibration() = default;
  /// @brief The compiled-in table (data/calibration.toml). Parsed once; returns a copy.
  static Calibration builtin();
  /// @brief The table in the TOML text @p text, read from @p source (named in errors).
  ///
  /// The text has a table `[rules]` and may have a table `[flags]`, each of keys with a number
  /// in (0, 1]; nothing else.
  /// @throws Error naming source:line:column: ErrorCode::kProfileSyntax (not TOML),
  ///         kProfileKey (an unknown table or key, or no `[rules]`), kProfileValue (a value that
  ///         is not a number in (0, 1]), kInvalidUtf8, kProfileTooLarge.
  static Calibration from_toml(std::string_view text, const std::string& source = "<string>");
  /// @brief The table in the TOML file @p path.
  /// @throws Error with ErrorCode::kIo when it cannot be read, else as from_toml().
  static Calibration from_file(const std::string& path);

  /// @brief Sets the value of rule @p id. @throws Error (kProfileValue) outside (0, 1].
  void set_rule(const std::string& id, double p);
  /// @brief Sets the value of situation @p flag. @throws Error (kProfileValue) outside (0, 1].
  void set_flag(const std::string& flag, double p);
  /// @brief The value of rule @p id, when the table lists it.
  std::optional<double> rule(std::string_view id) const;
  /// @brief The value of situation @p flag, when the table lists it.
  std::optional<double> flag(std::string_view flag) const;
  /// @brief True when the table lists no rule.
  bool empty() const noexcept { return rules_.empty(); }

  /// @brief The calibrated confidence of an answer of rule @p rule in the situations @p flags,
  /// whose prior (hand-set) confidence is @p prior: the rule's value, at most the value of each
  /// listed flag, rounded to 3 decimals; @p prior when the rule is not listed.
  double apply(std::string_view rule, const std::vector<std::string>& flags, double prior) const;
  /// @brief How apply() came to its value, in plain words (a line of Attribution::evidence):
  /// "confidence 0.728: the calibration table's value of that-clause (hand-set 0.895)".
  std::string explain(std::string_view rule, const std::vector<std::string>& flags, double prior) const;

 private:
  std::map<std::string, double, std::less<>> rules_;
  std::map<std::string, double, std::less<>> flags_;
};

}  // namespace quoteattr
