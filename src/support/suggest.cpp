#include "awesomelint/support/suggest.h"

#include <algorithm>

#include "awesomelint/support/strings.h"

namespace awesomelint {

int EditDistance(std::string_view a, std::string_view b) {
  // Optimal string alignment distance, three rows at a time (the transposition
  // looks two rows back).
  const size_t m = b.size();
  std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
  for (size_t j = 0; j <= m; ++j) previous[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = static_cast<int>(i);
    for (size_t j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[m];
}

std::optional<std::string> ClosestMatch(std::string_view word,
                                        const std::vector<std::string>& candidates,
                                        int max_distance) {
  std::string lower = ToLower(word);
  std::optional<std::string> best;
  int best_distance = max_distance + 1;
  for (const std::string& candidate : candidates) {
    // The lengths alone put a candidate out of reach: its distance is at least their difference.
    size_t gap = lower.size() > candidate.size() ? lower.size() - candidate.size()
                                                 : candidate.size() - lower.size();
    if (gap >= static_cast<size_t>(best_distance)) continue;
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
