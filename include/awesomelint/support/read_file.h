// Reading files that someone else may control (a config, a cache): only regular
// files, only up to a size, never blocking on a FIFO or reading a device forever;
// and what a file was when it was read, to tell later whether it changed.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace awesomelint {

// What a file was when it was read: enough to tell that it changed since.
struct FileSnapshot {
  dev_t device = 0;
  ino_t inode = 0;
  off_t size = 0;
  int64_t modified_ns = 0;
  uint64_t content_hash = 0;

  bool SameFileAs(const FileSnapshot& other) const;  // all but the content hash
};

// A 64-bit FNV-1a hash: enough to notice a change, not meant against an adversary
// (who would have to write the file twice in the same nanosecond and size anyway).
uint64_t ContentHash(std::string_view text);

// The snapshot of `path` now (stat, following symlinks) with `content`'s hash;
// nullopt when it cannot be stat'ed.
std::optional<FileSnapshot> SnapshotOf(const std::string& path, std::string_view content);

// The contents of the regular file `path`, at most `max_bytes`; nullopt when it
// does not exist. Throws InputError "<path>: <why>" for anything else: not a
// regular file (a directory, a FIFO, a device), larger than `max_bytes` (`what`
// names the file in that message: "config file", "link cache"), unreadable.
std::optional<std::string> ReadRegularFile(const std::string& path, size_t max_bytes,
                                           std::string_view what);

}  // namespace awesomelint
