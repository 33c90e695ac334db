#include <algorithm>
#include <iterator>
#include <map>

#include "awesomelint/lint/fix.h"

namespace awesomelint {
namespace {

// The edits taken so far, by where they start: a new edit may not overlap one. An
// insertion (empty span) overlaps an edit it falls strictly inside, and another
// insertion at its place (their order would be a guess).
class TakenEdits {
 public:
  bool Overlaps(Span span) const {
    auto next = edits_.lower_bound(span.begin);
    if (next != edits_.end()) {
      Span other = next->second;
      if (other.begin == span.begin) return true;
      if (other.begin < span.end) return true;
    }
    if (next != edits_.begin()) {
      Span other = std::prev(next)->second;
      if (other.end > span.begin) return true;
    }
    return false;
  }
  void Add(Span span) { edits_.emplace(span.begin, span); }

 private:
  std::multimap<size_t, Span> edits_;
};

bool Valid(const Edit& edit, size_t size) {
  return edit.span.begin <= edit.span.end && edit.span.end <= size;
}

}  // namespace

std::string ApplyFixes(std::string_view text, const std::vector<Diagnostic>& diagnostics,
                       size_t* applied, std::vector<Edit>* edits) {
  std::vector<const Fix*> fixes;
  for (const Diagnostic& d : diagnostics) {
    if (!d.fix || !Valid({d.fix->span, {}}, text.size())) continue;
    if (std::all_of(d.fix->also.begin(), d.fix->also.end(),
                    [&](const Edit& edit) { return Valid(edit, text.size()); }))
      fixes.push_back(&*d.fix);
  }
  std::stable_sort(fixes.begin(), fixes.end(),
                   [](const Fix* a, const Fix* b) { return a->span.begin < b->span.begin; });
  // A fix is taken when none of its edits overlaps an edit already taken.
  TakenEdits taken;
  std::vector<Edit> chosen;
  size_t count = 0;
  for (const Fix* fix : fixes) {
    std::vector<Edit> mine{{fix->span, fix->replacement}};
    mine.insert(mine.end(), fix->also.begin(), fix->also.end());
    bool clear = true;
    for (size_t k = 0; k < mine.size() && clear; ++k) {
      clear = !taken.Overlaps(mine[k].span);
      for (size_t j = 0; j < k && clear; ++j) {  // a fix's own edits are apart too
        Span a = mine[j].span, b = mine[k].span;
        clear =
            a.begin == b.begin ? false : (a.begin < b.begin ? a.end <= b.begin : b.end <= a.begin);
      }
    }
    if (!clear) continue;
    for (Edit& edit : mine) {
      taken.Add(edit.span);
      chosen.push_back(std::move(edit));
    }
    ++count;
  }
  std::stable_sort(chosen.begin(), chosen.end(),
                   [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
  std::string out;
  out.reserve(text.size());
  size_t position = 0;
  for (const Edit& edit : chosen) {
    out.append(text.substr(position, edit.span.begin - position));
    out.append(edit.replacement);
    position = edit.span.end;
  }
  out.append(text.substr(position));
  if (applied) *applied = count;
  if (edits) *edits = std::move(chosen);
  return out;
}

}  // namespace awesomelint
