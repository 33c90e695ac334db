#include <algorithm>

#include "awesomelint/model/changed_lines.h"

namespace awesomelint {

ChangedLines ChangedLines::Everything() {
  ChangedLines lines;
  lines.everything_ = true;
  return lines;
}

void ChangedLines::Add(int first, int last) {
  if (last < first) return;
  if (!ranges_.empty() && first <= ranges_.back().last + 1) {
    ranges_.back().last = std::max(ranges_.back().last, last);
    return;
  }
  ranges_.push_back({first, last});
}

bool ChangedLines::Intersects(int first, int last) const {
  if (everything_) return true;
  // The first range that ends at or after `first`; it intersects if it starts by `last`.
  auto it = std::lower_bound(ranges_.begin(), ranges_.end(), first,
                             [](const Range& range, int line) { return range.last < line; });
  return it != ranges_.end() && it->first <= last;
}

size_t ChangedLines::line_count() const {
  size_t count = 0;
  for (const Range& range : ranges_) count += static_cast<size_t>(range.last - range.first + 1);
  return count;
}

}  // namespace awesomelint
