// The new side of a unified diff, from its hunk headers: "@@ -a,b +c,d @@"
// names lines c .. c+d-1 of the new file (d defaults to 1; 0 is a deletion).
#include <charconv>

#include "awesomelint/changes/git_changes.h"

namespace awesomelint {
namespace {

// Reads "N" or "N,M" at `text`; false when it is not there.
bool ReadRange(std::string_view& text, int* start, int* count) {
  const char* end = text.data() + text.size();
  auto [after_start, error] = std::from_chars(text.data(), end, *start);
  if (error != std::errc()) return false;
  *count = 1;
  if (after_start != end && *after_start == ',') {
    auto [after_count, count_error] = std::from_chars(after_start + 1, end, *count);
    if (count_error != std::errc()) return false;
    after_start = after_count;
  }
  text.remove_prefix(static_cast<size_t>(after_start - text.data()));
  return true;
}

}  // namespace

ChangedLines ParseUnifiedDiff(std::string_view diff) {
  ChangedLines lines;
  for (size_t at = 0; at < diff.size();) {
    size_t eol = diff.find('\n', at);
    std::string_view line = diff.substr(at, eol == std::string_view::npos ? eol : eol - at);
    at = eol == std::string_view::npos ? diff.size() : eol + 1;
    if (!line.starts_with("@@ -")) continue;
    size_t plus = line.find(" +");
    if (plus == std::string_view::npos) continue;
    std::string_view rest = line.substr(plus + 2);
    int start = 0, count = 0;
    if (ReadRange(rest, &start, &count) && count > 0) lines.Add(start, start + count - 1);
  }
  return lines;
}

}  // namespace awesomelint
