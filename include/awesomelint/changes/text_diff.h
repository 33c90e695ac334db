// A unified diff of two versions of a text, as `diff -u` and `git diff` print it:
// what --diff shows of the fixes --fix would make.
#pragma once

#include <string>
#include <string_view>

namespace awesomelint {

// The hunks that turn `before` into `after`, each with `context` lines around it,
// under "--- a/NAME" and "+++ b/NAME" headers; empty when the texts are equal.
// Lines are matched by patience diff (lines found once in each text anchor the
// match), so the work grows as n log n, and a moved line shows as a deletion and
// an insertion.
std::string UnifiedDiff(std::string_view before, std::string_view after, std::string_view name,
                        int context = 3);

}  // namespace awesomelint
