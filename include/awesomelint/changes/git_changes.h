// What git says changed (--changed-since REF): the lines of a file added or
// changed since a revision, read from `git diff`.
#pragma once

#include <string>
#include <string_view>

#include "awesomelint/model/changed_lines.h"

namespace awesomelint {

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
