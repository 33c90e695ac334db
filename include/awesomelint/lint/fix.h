// Fixes: the findings' mechanical fixes, applied to a file's text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/entries/entries.h"
#include "awesomelint/lint/diagnostic.h"
#include "awesomelint/lint/linter.h"
#include "awesomelint/model/link_result.h"

namespace awesomelint {

// Applies every fix none of whose edits overlaps an edit of an earlier one;
// returns the new text. `applied` (optional) receives the number of fixes
// applied, `edits` (optional) their edits in text order.
std::string ApplyFixes(std::string_view text, const std::vector<Diagnostic>& diagnostics,
                       size_t* applied = nullptr, std::vector<Edit>* edits = nullptr);

// --fix on one file: applies the fixes of `diagnostics`, parses the fixed text
// into `file`, moves the file's link locations in `links` (when given) into it,
// and lints it again into `diagnostics`. Returns how many fixes were applied;
// with none, nothing changes. Writing the file is the caller's choice.
size_t FixFile(const Linter& linter, const LintContext& context, ParsedFile& file,
               std::vector<Diagnostic>& diagnostics, LinkReport* links);

// After a file's text changed, its links are found again by the URL written (a
// rewritten URL is no longer one of them); the locations in `links` follow.
void RelocateLinks(LinkReport& links, const Document& before, const Document& after);

}  // namespace awesomelint
