// Writing a file so that it is never left half-written, and replacing one
// without losing what someone else wrote to it meanwhile.
#pragma once

#include <string>
#include <string_view>

#include "awesomelint/support/read_file.h"

namespace awesomelint {

// Replaces `path` with `content` atomically: a temporary file in the same
// directory, flushed to disk, then renamed over the original, whose mode it
// keeps (and its owner, where the process may give it). A symlink at `path` is replaced, not
// followed. Throws InputError "<path>: <why>" on failure; the original is then untouched.
void WriteFileAtomically(const std::string& path, std::string_view content);

// --fix: replaces the file that `path` names (through symlinks, which stay) with
// `content`, only if it is still what `read_as` saw — same size, modification
// time and content — and keeps its owner and mode. Refuses, leaving the file as
// it is, with InputError naming the reason: it changed meanwhile, it has other
// hard links (a rename would split them), its owner cannot be kept.
void ReplaceUnchangedFile(const std::string& path, std::string_view content,
                          const FileSnapshot& read_as);

}  // namespace awesomelint
