#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "awesomelint/support/atomic_write.h"
#include "awesomelint/support/errors.h"

namespace awesomelint {

void WriteFileAtomically(const std::string& path, std::string_view content) {
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp =
      (dir / fmt::format(".{}.awesomelint-XXXXXX", target.filename().string())).string();
  int fd = mkstemp(temp.data());
  if (fd < 0)
    throw InputError(fmt::format("{}: cannot write beside it: {}", path, std::strerror(errno)));
  auto fail = [&](std::string_view what) {
    int error = errno;
    close(fd);
    unlink(temp.c_str());
    throw InputError(
        fmt::format("{}: {} failed: {}; the file is unchanged", path, what, std::strerror(error)));
  };
  for (size_t written = 0; written < content.size();) {
    ssize_t n = write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("writing");
    }
    written += static_cast<size_t>(n);
  }
  struct stat info {};
  if (stat(path.c_str(), &info) == 0) fchmod(fd, info.st_mode & 07777);
  if (fsync(fd) != 0) fail("flushing");
  if (close(fd) != 0) {
    unlink(temp.c_str());
    throw InputError(
        fmt::format("{}: closing failed: {}; the file is unchanged", path, std::strerror(errno)));
  }
  if (rename(temp.c_str(), path.c_str()) != 0) {
    int error = errno;
    unlink(temp.c_str());
    throw InputError(
        fmt::format("{}: replacing failed: {}; the file is unchanged", path, std::strerror(error)));
  }
}

}  // namespace awesomelint
