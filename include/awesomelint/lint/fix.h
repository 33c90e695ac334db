// Fixes: applying the findings' mechanical fixes to a file's text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/lint/diagnostic.h"

namespace awesomelint {

// Applies every fix that does not overlap an earlier one; returns the new text.
// `applied` (optional) receives the number of fixes applied.
std::string ApplyFixes(std::string_view text, const std::vector<Diagnostic>& diagnostics,
                       size_t* applied = nullptr);

}  // namespace awesomelint
