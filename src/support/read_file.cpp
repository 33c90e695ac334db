#include "awesomelint/support/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <cerrno>
#include <cstring>

#include "awesomelint/support/errors.h"

namespace awesomelint {
namespace {

int64_t ModifiedNs(const struct stat& info) {
  return static_cast<int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
}

}  // namespace

bool FileSnapshot::SameFileAs(const FileSnapshot& other) const {
  return device == other.device && inode == other.inode && size == other.size &&
         modified_ns == other.modified_ns;
}

uint64_t ContentHash(std::string_view text) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (unsigned char c : text) hash = (hash ^ c) * 0x100000001b3ull;
  return hash;
}

std::optional<FileSnapshot> SnapshotOf(const std::string& path, std::string_view content) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) return std::nullopt;
  return FileSnapshot{info.st_dev, info.st_ino, info.st_size, ModifiedNs(info),
                      ContentHash(content)};
}

std::optional<std::string> ReadRegularFile(const std::string& path, size_t max_bytes,
                                           std::string_view what) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; the type is checked
  // on the open descriptor, so a file swapped in between cannot slip through.
  int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    if (errno == ENOENT) return std::nullopt;
    throw InputError(fmt::format("{}: cannot read the {}: {}", path, what, std::strerror(errno)));
  }
  struct stat info {};
  auto fail = [&](const std::string& why) {
    close(fd);
    throw InputError(fmt::format("{}: {}", path, why));
  };
  if (fstat(fd, &info) != 0)
    fail(fmt::format("cannot read the {}: {}", what, std::strerror(errno)));
  if (!S_ISREG(info.st_mode))
    fail(fmt::format("the {} is not a regular file (a {}); it is neither read nor replaced", what,
                     S_ISDIR(info.st_mode)                            ? "directory"
                     : S_ISFIFO(info.st_mode)                         ? "FIFO"
                     : S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode) ? "device"
                                                                      : "special file"));
  if (static_cast<uintmax_t>(info.st_size) > max_bytes)
    fail(fmt::format("the {} is {} bytes, more than the {} a {} may have", what, info.st_size,
                     max_bytes, what));
  std::string text;
  text.resize(static_cast<size_t>(info.st_size));
  size_t got = 0;
  // The file may grow while it is read: read at most max_bytes + 1 to notice.
  for (;;) {
    if (got == text.size()) {
      if (text.size() > max_bytes) break;
      text.resize(std::min(max_bytes + 1, text.size() + 4096));
    }
    ssize_t n = read(fd, text.data() + got, text.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(fmt::format("cannot read the {}: {}", what, std::strerror(errno)));
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  close(fd);
  text.resize(got);
  if (text.size() > max_bytes)
    throw InputError(fmt::format("{}: the {} is more than the {} bytes a {} may have", path, what,
                                 max_bytes, what));
  return text;
}

}  // namespace awesomelint
