// NearestName: "did you mean" for many words against one list of names. It
// answers as ClosestMatch (support/suggest.h) does — the name nearest to the
// word in optimal string alignment distance, case-insensitive, within a
// distance; ties go to the earlier name — but reads the names once (lowered,
// the first of equal names kept, grouped by length), compares a word only with
// names whose length is within the distance, stops a comparison once it exceeds
// the best distance so far, and remembers each word's answer. A comparison
// costs the word's length times the distance, in memory linear in the longer
// string.
//
// Finding the nearest of C names for each of W words still takes W times C
// comparisons, so the comparisons are paid from a budget proportional to the
// input (WorkBudget): a list made to exhaust it gets no more suggestions.
#pragma once

#include <algorithm>
#include <climits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "awesomelint/support/strings.h"

namespace awesomelint {

// The optimal string alignment distance of `a` and `b` (as EditDistance), or
// `max` + 1 when it exceeds `max`. An alignment within `max` edits stays within
// `max` of the diagonal (a transposition keeps to its diagonal), so only that
// band is computed, and the comparison stops once two rows exceed `max`. Adds
// the cells it computed to `*cells`, when given.
inline int BoundedEditDistance(std::string_view a, std::string_view b, int max,
                               size_t* cells = nullptr) {
  const size_t n = a.size(), m = b.size();
  const size_t band = static_cast<size_t>(std::max(max, 0));
  const int over = max + 1;
  if ((n > m ? n - m : m - n) > band) return over;
  auto cap = [over](size_t value) {
    return value < static_cast<size_t>(over) ? static_cast<int>(value) : over;
  };
  // Rows i - 2, i - 1 and i; a cell outside its row's band holds `over`.
  std::vector<int> before(m + 2, over), previous(m + 2, over), current(m + 2, over);
  for (size_t j = 0; j <= std::min(m, band); ++j) previous[j] = cap(j);
  int previous_min = 0;
  for (size_t i = 1; i <= n; ++i) {
    size_t lo = i > band ? i - band : 1;
    size_t hi = std::min(m, i + band);
    current[lo - 1] = lo == 1 ? cap(i) : over;
    int row_min = current[lo - 1];
    if (cells) *cells += hi + 1 - lo;
    for (size_t j = lo; j <= hi; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        value = std::min(value, before[j - 2] + 1);
      current[j] = std::min(value, over);
      row_min = std::min(row_min, current[j]);
    }
    if (hi + 1 <= m) current[hi + 1] = over;
    if (row_min >= over && previous_min >= over) return over;
    previous_min = row_min;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[m];
}

class NearestName {
 public:
  // A comparison costs the cells of the alignment it computes, plus one; one
  // that might cost more than is left (a word of n bytes, within distance k:
  // n * (2k + 1) cells) is not started.
  static constexpr size_t kCellsPerInputByte = 1024;
  static constexpr size_t kCellsBase = size_t{1} << 28;
  static size_t WorkBudget(size_t input_bytes) {
    return kCellsPerInputByte * input_bytes + kCellsBase;
  }

  // `work`: the cells it may compute, in all (see above).
  NearestName(const std::vector<std::string>& names, size_t work) : names_(names), work_(work) {
    std::unordered_map<std::string, int> first;  // lowered name -> its first index
    for (size_t i = 0; i < names.size(); ++i) {
      std::string lower = ToLower(names[i]);
      if (!first.emplace(lower, static_cast<int>(i)).second) continue;
      by_length_[lower.size()].push_back({std::move(lower), static_cast<int>(i)});
    }
  }

  // ClosestMatch(word, names, max_distance); nullopt once the work budget is spent.
  std::optional<std::string> Find(std::string_view word, int max_distance) {
    std::string lower = ToLower(word);
    std::string key = lower;
    key.append(1, '\0').append(std::to_string(max_distance));
    if (auto known = answers_.find(key); known != answers_.end()) return known->second;
    std::optional<std::string> answer = Search(lower, max_distance);
    answers_.emplace(std::move(key), answer);
    return answer;
  }

 private:
  struct Lowered {
    std::string text;
    int index;  // in names_
  };

  std::optional<std::string> Search(const std::string& lower, int max_distance) {
    if (max_distance < 0) return std::nullopt;
    int best = max_distance + 1, best_index = INT_MAX;
    size_t budget = static_cast<size_t>(max_distance);
    auto first = by_length_.lower_bound(lower.size() > budget ? lower.size() - budget : 0);
    auto last = by_length_.upper_bound(lower.size() + budget);
    for (auto group = first; group != last && best > 0; ++group) {
      for (const Lowered& name : group->second) {
        // A name after the best so far must be nearer; one before it, as near.
        int bound = std::min(max_distance, name.index < best_index ? best : best - 1);
        if (bound < 0) break;  // an equal name was found: no other is as near
        size_t most = 1 + lower.size() * (2 * static_cast<size_t>(bound) + 1);
        if (most > work_) {
          work_ = 0;
          return std::nullopt;
        }
        size_t cells = 1;
        int distance = BoundedEditDistance(lower, name.text, bound, &cells);
        work_ -= std::min(work_, cells);
        if (distance > bound) continue;
        best = distance;
        best_index = name.index;
      }
    }
    if (best_index == INT_MAX) return std::nullopt;
    return names_[best_index];
  }

  const std::vector<std::string>& names_;
  size_t work_;
  std::map<size_t, std::vector<Lowered>> by_length_;  // in index order within a length
  std::unordered_map<std::string, std::optional<std::string>> answers_;
};

}  // namespace awesomelint
