#include "awesomelint/support/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <string>

#include "awesomelint/support/errors.h"

namespace awesomelint {
namespace {

namespace fs = std::filesystem;

// The umask, read without changing it (umask() sets it, racing other threads):
// /proc/self/status says it; 022 where it does not.
mode_t ProcessUmask() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("Umask:", 0) == 0)
      return static_cast<mode_t>(std::strtol(line.c_str() + 6, nullptr, 8));
  return 022;
}

// Writes `content` beside `target` and renames it over `target` once
// `still_fine` (run last, just before the rename) agrees. `like`: the file
// whose mode and owner the new one takes, if any; `owner_required`: a failure
// to take its owner refuses the write (--fix), else the writer's owner stays.
void WriteAndRename(const std::string& shown, const std::string& target, std::string_view content,
                    const struct stat* like, bool owner_required,
                    const std::function<void()>& still_fine) {
  fs::path path(target);
  fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::string temp =
      (dir / fmt::format(".{}.awesomelint-XXXXXX", path.filename().string())).string();
  int fd = mkstemp(temp.data());
  if (fd < 0)
    throw InputError(fmt::format("{}: cannot write beside it: {}", shown, std::strerror(errno)));
  auto fail = [&](std::string_view what, int error) {
    if (fd >= 0) close(fd);
    unlink(temp.c_str());
    throw InputError(fmt::format("{}: {}{}{}; the file is unchanged", shown, what,
                                 error ? ": " : "", error ? std::strerror(error) : ""));
  };
  for (size_t written = 0; written < content.size();) {
    ssize_t n = write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("writing failed", errno);
    }
    written += static_cast<size_t>(n);
  }
  if (!like) {
    // A new file gets the mode any new file would (0666 less the umask), not mkstemp's 0600.
    if (fchmod(fd, 0666 & ~ProcessUmask()) != 0) fail("setting its mode failed", errno);
  } else {
    if (fchmod(fd, like->st_mode & 07777) != 0) fail("keeping its mode failed", errno);
    // Only a change of owner needs the right to make it: root's, usually.
    if ((like->st_uid != geteuid() || like->st_gid != getegid()) &&
        fchown(fd, like->st_uid, like->st_gid) != 0 && owner_required)
      fail(fmt::format("cannot keep its owner (uid {}, gid {})", like->st_uid, like->st_gid),
           errno);
  }
  if (fsync(fd) != 0) fail("flushing failed", errno);
  int closed = close(fd);
  fd = -1;
  if (closed != 0) fail("closing failed", errno);
  try {
    still_fine();
  } catch (...) {
    unlink(temp.c_str());
    throw;
  }
  if (rename(temp.c_str(), target.c_str()) != 0) fail("replacing failed", errno);
}

}  // namespace

void WriteFileAtomically(const std::string& path, std::string_view content) {
  struct stat info {};
  bool exists = lstat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
  WriteAndRename(path, path, content, exists ? &info : nullptr, /*owner_required=*/false, [] {});
}

void ReplaceUnchangedFile(const std::string& path, std::string_view content,
                          const FileSnapshot& read_as) {
  // Through symlinks: the link stays, its target is fixed.
  char* resolved = realpath(path.c_str(), nullptr);
  if (!resolved) throw InputError(fmt::format("{}: cannot fix it: {}", path, std::strerror(errno)));
  std::string target(resolved);
  std::free(resolved);
  struct stat info {};
  if (stat(target.c_str(), &info) != 0 || !S_ISREG(info.st_mode))
    throw InputError(fmt::format("{}: cannot fix it: not a regular file", path));
  if (info.st_nlink > 1)
    throw InputError(fmt::format(
        "{}: not fixed: it has {} hard links, which replacing it would split; fix a copy, or "
        "apply the fixes the report names by hand",
        path, info.st_nlink));
  auto unchanged = [&] {
    std::optional<FileSnapshot> now;
    try {
      std::optional<std::string> text =
          ReadRegularFile(target, std::numeric_limits<size_t>::max() / 2, "file");
      if (text) now = SnapshotOf(target, *text);
    } catch (const InputError&) {
    }
    if (!now || !now->SameFileAs(read_as) || now->content_hash != read_as.content_hash)
      throw InputError(fmt::format(
          "{}: not fixed: it changed while awesomelint was fixing it, and is left as it is now; "
          "run awesomelint --fix again",
          path));
  };
  unchanged();
  WriteAndRename(path, target, content, &info, /*owner_required=*/true, unchanged);
}

}  // namespace awesomelint
