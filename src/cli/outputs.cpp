#include "outputs.h"

#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "awesomelint/support/atomic_write.h"
#include "awesomelint/support/errors.h"
#include "version.h"

namespace awesomelint {
namespace {

// In GitHub Actions, where a file's lines can be linked to: the commit's blob URL.
std::string GithubBlobUrl() {
  const char* server = std::getenv("GITHUB_SERVER_URL");
  const char* repository = std::getenv("GITHUB_REPOSITORY");
  const char* sha = std::getenv("GITHUB_SHA");
  if (!server || !*server || !repository || !*repository || !sha || !*sha) return {};
  return fmt::format("{}/{}/blob/{}/", server, repository, sha);
}

// Whether text appended to the file starts a line: it is empty, ends with a
// newline, or is no regular file (a pipe, a terminal) to look into.
bool EndsLine(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return true;
  if (std::filesystem::file_size(path, error) == 0 || error) return true;
  std::ifstream file(path, std::ios::binary);
  file.seekg(-1, std::ios::end);
  return file.get() == '\n';
}

// Text on a stream that is not a regular file (standard output, a device, a
// FIFO), with a write error reported rather than lost.
void WriteStream(std::ostream& out, std::string_view text, const std::string& name) {
  errno = 0;
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.flush();
  if (!out)
    throw InputError(fmt::format("{}: cannot write the report: {}", name,
                                 errno ? std::strerror(errno) : "write failed"));
}

bool IsSymlink(const std::string& path) {
  struct stat info {};
  return lstat(path.c_str(), &info) == 0 && S_ISLNK(info.st_mode);
}

bool IsRegularOrAbsent(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) != 0 || S_ISREG(info.st_mode);
}

}  // namespace

void CheckOutputWritable(const std::string& path) {
  if (path.empty() || path == "-") return;
  if (!IsRegularOrAbsent(path)) {
    if (access(path.c_str(), W_OK) != 0)
      throw InputError(fmt::format("{}: cannot write the report: {}", path, std::strerror(errno)));
    return;
  }
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  std::string dir = parent.empty() ? "." : parent.string();
  if (access(dir.c_str(), W_OK) != 0)
    throw InputError(
        fmt::format("{}: cannot write the report: {} ({})", path, std::strerror(errno), dir));
}

void WriteOutput(const std::string& path, std::string_view text) {
  if (path.empty() || path == "-") {
    WriteStream(std::cout, text, "standard output");
  } else if (path == kStandardError) {
    WriteStream(std::cerr, text, "standard error");
  } else if (IsRegularOrAbsent(path) && !IsSymlink(path)) {
    // (A symlink, /dev/stdout among them, is written through: replacing it would put a
    // file where the link was.)
    WriteFileAtomically(path, text);
  } else {
    std::ofstream file(path, std::ios::binary);
    WriteStream(file, text, path);
  }
}

bool UseColor(const Settings& options) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  if (options.color != ColorMode::kAuto) return options.color == ColorMode::kAlways;
  return options.output.empty() && isatty(STDOUT_FILENO);
}

void WriteReport(std::ostream& out, OutputFormat format, bool color, const Settings& options,
                 const RunReport& report) {
  switch (format) {
    case OutputFormat::kPretty:
      WritePretty(out, report, color);
      break;
    case OutputFormat::kJson:
      WriteJson(out, report);
      break;
    case OutputFormat::kGithub:
      WriteGithub(out, report, options.max_annotations);
      break;
    case OutputFormat::kSarif:
      WriteSarif(out, report, kVersion);
      break;
    case OutputFormat::kMarkdown:
      WriteMarkdown(out, report, GithubBlobUrl());
      break;
  }
}

void WriteExtraReport(const ReportTarget& target, const Settings& options,
                      const RunReport& report) {
  std::ostringstream text;
  WriteReport(text, target.format, false, options, report);
  if (!target.append || target.path == "-") {
    WriteOutput(target.path, text.view());
    return;
  }
  bool starts_line = EndsLine(target.path);
  std::ofstream file(target.path, std::ios::binary | std::ios::app);
  // A heading must start its own line.
  if (!file)
    throw InputError(
        fmt::format("{}: cannot append the report: {}", target.path, std::strerror(errno)));
  if (!starts_line) file << '\n';
  WriteStream(file, text.view(), target.path);
}

}  // namespace awesomelint
