// Internal: "did you mean" suggestions for misspelt keys and names in data
// files (profiles, language packs).
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace quoteattr {
namespace detail {

// Optimal string alignment distance: a transposition ("nmae") counts as one edit.
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.size()][b.size()];
}

// " (did you mean 'name'?)" for a close misspelling of one of `names` (one edit
// for short words, two from five letters), else "".
template <class Names>
std::string suggestion(std::string_view word, const Names& names) {
  const std::size_t limit = word.size() >= 5 ? 2 : 1;
  std::string_view best;
  std::size_t best_distance = limit + 1;
  for (const auto& n : names) {
    const std::size_t d = edit_distance(word, n);
    if (d < best_distance) best_distance = d, best = n;
  }
  return best.empty() ? "" : " (did you mean '" + std::string(best) + "'?)";
}

}  // namespace detail
}  // namespace quoteattr
