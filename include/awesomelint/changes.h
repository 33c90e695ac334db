// Changed-lines mode (--changed-since REF): which lines of a file were added or
// changed since a git revision, so that a pull request is judged on what it
// brings, not on the whole list.
#pragma once

#include <string>
#include <string_view>
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

// The lines of the new side of a unified diff (`git diff --unified=0`) that
// were added or changed; a pure deletion adds none.
ChangedLines ParseUnifiedDiff(std::string_view diff);

// The commit that REF's changes are measured from for a file in `directory`:
// the merge base of REF and HEAD (what a pull request brings), or REF itself
// when the history between them is not there (a shallow clone). Throws
// InputError naming REF when git does not know it.
std::string ResolveChangeBase(const std::string& ref, const std::string& directory);

// The lines of `file` (in the work tree) added or changed since commit `base`.
ChangedLines LinesChangedSince(const std::string& base, const std::string& file);

}  // namespace awesomelint
