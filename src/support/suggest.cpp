#include "awesomelint/support/suggest.h"

#include <algorithm>

#include "awesomelint/support/strings.h"

namespace awesomelint {

int EditDistance(std::string_view a, std::string_view b) {
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

std::optional<std::string> ClosestMatch(std::string_view word,
                                        const std::vector<std::string>& candidates,
                                        int max_distance) {
  std::string lower = ToLower(word);
  std::optional<std::string> best;
  int best_distance = max_distance + 1;
  for (const std::string& candidate : candidates) {
    int distance = EditDistance(lower, ToLower(candidate));
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

int SuggestionBudget(std::string_view word) {
  return word.size() >= 12 ? 3 : word.size() >= 6 ? 2 : 1;
}

std::string DidYouMean(const std::optional<std::string>& guess, char quote,
                       std::string_view otherwise) {
  if (!guess) return std::string(otherwise);
  return "; did you mean " + std::string(1, quote) + *guess + std::string(1, quote) + "?";
}

std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates,
                       char quote) {
  return DidYouMean(ClosestMatch(word, candidates, SuggestionBudget(word)), quote);
}

}  // namespace awesomelint
