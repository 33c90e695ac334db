#include "awesomelint/changes/text_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace awesomelint {
namespace {

// The lines of `text`, each with its line break.
std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(at, end - at));
    at = end;
  }
  return lines;
}

enum class Op : char { kEqual = ' ', kDelete = '-', kInsert = '+' };

// Pairs (old line, new line) of lines found exactly once in each text, the
// longest run of them in the same order in both (a longest increasing
// subsequence of their new positions, in old order).
std::vector<std::pair<size_t, size_t>> Anchors(const std::vector<std::string_view>& a,
                                               const std::vector<std::string_view>& b) {
  struct Count {
    int in_a = 0, in_b = 0;
    size_t at_a = 0, at_b = 0;
  };
  std::unordered_map<std::string_view, Count> counts;
  for (size_t i = 0; i < a.size(); ++i) {
    Count& c = counts[a[i]];
    ++c.in_a;
    c.at_a = i;
  }
  for (size_t j = 0; j < b.size(); ++j) {
    auto it = counts.find(b[j]);
    if (it == counts.end()) continue;
    ++it->second.in_b;
    it->second.at_b = j;
  }
  std::vector<std::pair<size_t, size_t>> unique;
  for (size_t i = 0; i < a.size(); ++i) {
    const Count& c = counts[a[i]];
    if (c.in_a == 1 && c.in_b == 1) unique.emplace_back(i, c.at_b);
  }
  std::vector<size_t> tails, tail_index, previous(unique.size());
  for (size_t k = 0; k < unique.size(); ++k) {
    size_t pos = std::lower_bound(tails.begin(), tails.end(), unique[k].second) - tails.begin();
    if (pos == tails.size()) {
      tails.push_back(unique[k].second);
      tail_index.push_back(k);
    } else {
      tails[pos] = unique[k].second;
      tail_index[pos] = k;
    }
    previous[k] = pos > 0 ? tail_index[pos - 1] : SIZE_MAX;
  }
  std::vector<std::pair<size_t, size_t>> anchors;
  for (size_t k = tails.empty() ? SIZE_MAX : tail_index.back(); k != SIZE_MAX; k = previous[k])
    anchors.push_back(unique[k]);
  std::reverse(anchors.begin(), anchors.end());
  return anchors;
}

// The edit script: every old line kept or deleted and every new line inserted,
// in order. Between anchors, lines equal at the start and end of the gap are kept.
std::vector<Op> Script(const std::vector<std::string_view>& a,
                       const std::vector<std::string_view>& b) {
  std::vector<Op> ops;
  auto gap = [&](size_t i, size_t i_end, size_t j, size_t j_end) {
    size_t head = 0;
    while (i + head < i_end && j + head < j_end && a[i + head] == b[j + head]) ++head;
    size_t tail = 0;
    while (i_end - tail > i + head && j_end - tail > j + head &&
           a[i_end - tail - 1] == b[j_end - tail - 1])
      ++tail;
    ops.insert(ops.end(), head, Op::kEqual);
    ops.insert(ops.end(), i_end - tail - (i + head), Op::kDelete);
    ops.insert(ops.end(), j_end - tail - (j + head), Op::kInsert);
    ops.insert(ops.end(), tail, Op::kEqual);
  };
  size_t i = 0, j = 0;
  for (auto [anchor_a, anchor_b] : Anchors(a, b)) {
    gap(i, anchor_a, j, anchor_b);
    ops.push_back(Op::kEqual);
    i = anchor_a + 1;
    j = anchor_b + 1;
  }
  gap(i, a.size(), j, b.size());
  return ops;
}

void AppendLine(std::string& out, char mark, std::string_view line) {
  out += mark;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string UnifiedDiff(std::string_view before, std::string_view after, std::string_view name,
                        int context) {
  std::vector<std::string_view> a = SplitLines(before), b = SplitLines(after);
  std::vector<Op> ops = Script(a, b);
  // Where each op stands in the old and new texts.
  std::vector<size_t> at_a(ops.size() + 1), at_b(ops.size() + 1);
  for (size_t k = 0; k < ops.size(); ++k) {
    at_a[k + 1] = at_a[k] + (ops[k] != Op::kInsert);
    at_b[k + 1] = at_b[k] + (ops[k] != Op::kDelete);
  }
  std::string out;
  size_t reach = static_cast<size_t>(std::max(context, 0));
  for (size_t k = 0; k < ops.size();) {
    if (ops[k] == Op::kEqual) {
      ++k;
      continue;
    }
    // A hunk: `reach` lines before this change, then changes until more than
    // 2 * reach equal lines follow the last of them, then `reach` lines.
    size_t begin = k >= reach ? k - reach : 0;
    size_t last_change = k;
    for (size_t t = k; t < ops.size(); ++t) {
      if (ops[t] != Op::kEqual)
        last_change = t;
      else if (t - last_change > 2 * reach)
        break;
    }
    size_t end = std::min(ops.size(), last_change + 1 + reach);
    size_t old_count = at_a[end] - at_a[begin], new_count = at_b[end] - at_b[begin];
    if (out.empty()) {  // "a/README.md", as git names the two sides
      std::string_view path = name;
      while (path.substr(0, 2) == "./") path.remove_prefix(2);
      while (!path.empty() && path.front() == '/') path.remove_prefix(1);
      out += fmt::format("--- a/{0}\n+++ b/{0}\n", path);
    }
    out += fmt::format("@@ -{},{} +{},{} @@\n", old_count ? at_a[begin] + 1 : at_a[begin],
                       old_count, new_count ? at_b[begin] + 1 : at_b[begin], new_count);
    for (size_t h = begin; h < end; ++h) {
      if (ops[h] == Op::kInsert)
        AppendLine(out, '+', b[at_b[h]]);
      else
        AppendLine(out, static_cast<char>(ops[h]), a[at_a[h]]);
    }
    k = end;
  }
  return out;
}

}  // namespace awesomelint
