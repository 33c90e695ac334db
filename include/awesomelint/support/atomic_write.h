// Writing a file so that it is never left half-written.
#pragma once

#include <string>
#include <string_view>

namespace awesomelint {

// Replaces `path` with `content` atomically: a temporary file in the same
// directory, flushed to disk, then renamed over the original (its mode kept).
// Throws InputError on failure; the original is then untouched.
void WriteFileAtomically(const std::string& path, std::string_view content);

}  // namespace awesomelint
