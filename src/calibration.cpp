#include "quoteattr/calibration.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "quoteattr/error.hpp"
#include "toml_guard.hpp"

namespace quoteattr {
namespace detail {
extern const std::string_view kCalibrationToml;
extern const char* const kCalibrationName;
}  // namespace detail

namespace {

std::string shortest(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

void check_value(double p, const std::string& what, const Location& at) {
  if (!(p > 0.0 && p <= 1.0))
    throw Error(ErrorCode::kProfileValue,
                "calibration value of " + what + " is " + shortest(p) + ": expected a number in (0, 1]", at);
}

// One table of the file ([rules] or [flags]): every value a number in (0, 1].
void read_table(const toml::table& t, const std::string& name, const std::string& source,
                std::map<std::string, double, std::less<>>& into) {
  for (const auto& [key, node] : t) {
    const std::string what = name + " '" + std::string(key.str()) + "'";
    const Location at = detail::location_of(source, node.source());
    double p = 0.0;
    if (const auto* f = node.as_floating_point()) {
      p = f->get();
    } else if (const auto* i = node.as_integer()) {
      p = static_cast<double>(i->get());
    } else {
      throw Error(ErrorCode::kProfileValue,
                  "calibration value of " + what + " must be a number in (0, 1], not " +
                      std::string(node.is_string()  ? "a string"
                                  : node.is_table() ? "a table"
                                                    : "another type"),
                  at);
    }
    check_value(p, what, at);
    into[std::string(key.str())] = p;
  }
}

}  // namespace

Calibration Calibration::builtin() {
  static const Calibration parsed = from_toml(detail::kCalibrationToml, detail::kCalibrationName);
  return parsed;
}

Calibration Calibration::from_toml(std::string_view text, const std::string& source) {
  const toml::table root = detail::parse_toml_checked(text, source, "calibration table");
  Calibration c;
  bool has_rules = false;
  for (const auto& [key, node] : root) {
    const Location at = detail::location_of(source, node.source());
    if (key.str() != "rules" && key.str() != "flags")
      throw Error(ErrorCode::kProfileKey,
                  "unknown key '" + std::string(key.str()) + "' in a calibration table: expected [rules] and [flags]",
                  at);
    const toml::table* t = node.as_table();
    if (!t) throw Error(ErrorCode::kProfileValue, "'" + std::string(key.str()) + "' must be a table", at);
    if (key.str() == "rules") {
      has_rules = true;
      read_table(*t, "rule", source, c.rules_);
    } else {
      read_table(*t, "flag", source, c.flags_);
    }
  }
  if (!has_rules) {
    Location l;
    l.file = source;
    l.line = 1;
    l.column = 1;
    throw Error(ErrorCode::kProfileKey, "missing table [rules] in a calibration table", l);
  }
  return c;
}

Calibration Calibration::from_file(const std::string& path) {
  return from_toml(detail::read_toml_file(path, "calibration table"), path);
}

void Calibration::set_rule(const std::string& id, double p) {
  check_value(p, "rule '" + id + "'", {});
  rules_[id] = p;
}

void Calibration::set_flag(const std::string& f, double p) {
  check_value(p, "flag '" + f + "'", {});
  flags_[f] = p;
}

std::optional<double> Calibration::rule(std::string_view id) const {
  const auto it = rules_.find(id);
  if (it == rules_.end()) return std::nullopt;
  return it->second;
}

std::optional<double> Calibration::flag(std::string_view f) const {
  const auto it = flags_.find(f);
  if (it == flags_.end()) return std::nullopt;
  return it->second;
}

double Calibration::apply(std::string_view rule_id, const std::vector<std::string>& flags, double prior) const {
  const auto r = rule(rule_id);
  if (!r) return prior;
  double p = *r;
  for (const std::string& f : flags)
    if (const auto v = flag(f)) p = std::min(p, *v);
  return std::round(p * 1000.0) / 1000.0;
}

std::string Calibration::explain(std::string_view rule_id, const std::vector<std::string>& flags, double prior) const {
  const std::string hand = shortest(prior);
  const double p = apply(rule_id, flags, prior);
  const auto r = rule(rule_id);
  if (!r) return "confidence " + hand + ": hand-set (the calibration table does not list " + std::string(rule_id) + ")";
  std::string why = "confidence " + shortest(p) + ": the calibration table's value of " + std::string(rule_id);
  for (const std::string& f : flags)
    if (const auto v = flag(f); v && *v < *r && std::round(*v * 1000.0) / 1000.0 == p) {
      why += ", lowered to that of " + f;
      break;
    }
  return why + " (hand-set " + hand + ")";
}

}  // namespace quoteattr
