#include <algorithm>

#include "awesomelint/lint/fix.h"

namespace awesomelint {

std::string ApplyFixes(std::string_view text, const std::vector<Diagnostic>& diagnostics,
                       size_t* applied) {
  std::vector<const Fix*> fixes;
  for (const Diagnostic& d : diagnostics)
    if (d.fix && d.fix->span.begin <= d.fix->span.end && d.fix->span.end <= text.size())
      fixes.push_back(&*d.fix);
  std::stable_sort(fixes.begin(), fixes.end(),
                   [](const Fix* a, const Fix* b) { return a->span.begin < b->span.begin; });
  std::string out;
  out.reserve(text.size());
  size_t position = 0, count = 0;
  for (const Fix* fix : fixes) {
    if (fix->span.begin < position) continue;  // overlaps a fix already taken
    out.append(text.substr(position, fix->span.begin - position));
    out.append(fix->replacement);
    position = fix->span.end;
    ++count;
  }
  out.append(text.substr(position));
  if (applied) *applied = count;
  return out;
}

}  // namespace awesomelint
