#include "outputs.h"

#include <unistd.h>

#include <fmt/format.h>
#include <cstdlib>
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

}  // namespace

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
  if (target.path == "-") {
    WriteReport(std::cout, target.format, false, options, report);
    return;
  }
  std::ostringstream text;
  WriteReport(text, target.format, false, options, report);
  if (!target.append) {
    WriteFileAtomically(target.path, text.str());
    return;
  }
  bool starts_line = EndsLine(target.path);
  std::ofstream file(target.path, std::ios::binary | std::ios::app);
  if (!starts_line) file << '\n';  // a heading must start its own line
  if (!(file << text.str()) || !file.flush())
    throw InputError(fmt::format("{}: cannot append the report", target.path));
}

}  // namespace awesomelint
