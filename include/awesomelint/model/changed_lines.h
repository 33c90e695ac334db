// ChangedLines: the lines of a file that a change added or modified
// (--changed-since), so that a pull request is judged on what it brings.
#pragma once

#include <cstddef>
#include <vector>

namespace awesomelint {

// A set of 1-based line numbers, kept as sorted, disjoint, closed ranges.
class ChangedLines {
 public:
  static ChangedLines Everything();  // a file git does not know yet: all of it is new

  void Add(int first, int last);  // [first, last], in increasing order
  bool Contains(int line) const { return Intersects(line, line); }
  bool Intersects(int first, int last) const;
  bool empty() const { return !everything_ && ranges_.empty(); }
  size_t line_count() const;  // for messages; "everything" counts as 0

 private:
  struct Range {
    int first, last;
  };
  bool everything_ = false;
  std::vector<Range> ranges_;
};

}  // namespace awesomelint
