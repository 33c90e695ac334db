// Fixes: applying the findings' mechanical fixes to a file's text, and writing
// the result without ever leaving the user's file half-written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/diagnostic.h"

namespace awesomelint {

// Applies every fix that does not overlap an earlier one; returns the new text.
// `applied` (optional) receives the number of fixes applied.
std::string ApplyFixes(std::string_view text, const std::vector<Diagnostic>& diagnostics,
                       size_t* applied = nullptr);

// Replaces `path` with `content` atomically: a temporary file in the same
// directory, flushed to disk, then renamed over the original (its mode kept).
// Throws InputError on failure; the original is then untouched.
void WriteFileAtomically(const std::string& path, std::string_view content);

}  // namespace awesomelint
