// Asking git what changed: the base commit of a comparison, and the lines of a
// file added or changed since it (the work tree against that commit, so that
// uncommitted edits count too, as a pre-commit or local run expects).
#include <fmt/format.h>

#include <filesystem>

#include "awesomelint/changes/git_changes.h"
#include "awesomelint/support/errors.h"
#include "git.h"
#include "support/process.h"

namespace awesomelint {
namespace {

std::string FirstLine(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

std::string DirectoryOf(const std::string& file) {
  std::string parent = std::filesystem::path(file).parent_path().string();
  return parent.empty() ? "." : parent;
}

}  // namespace

std::string ResolveChangeBase(const std::string& ref, const std::string& directory) {
  if (ref.empty() || ref.front() == '-')
    throw InputError(fmt::format("--changed-since: '{}' is not a git revision", ref));
  ProcessResult inside = Git(directory, {"rev-parse", "--is-inside-work-tree"});
  if (inside.exit_code < 0)
    throw InputError("--changed-since needs git, and git could not be run: " + inside.err);
  if (inside.exit_code != 0)
    throw InputError(fmt::format("--changed-since: {} is not inside a git repository", directory));
  ProcessResult commit =
      Git(directory, {"rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}"});
  if (commit.exit_code != 0)
    throw InputError(fmt::format(
        "--changed-since: git does not know the revision '{}' (in a shallow clone, fetch it "
        "first: git fetch --depth=1 origin {})",
        ref, ref));
  ProcessResult base = Git(directory, {"merge-base", "HEAD", FirstLine(commit.out)});
  if (base.exit_code == 0) return FirstLine(base.out);
  return FirstLine(commit.out);  // no shared history here: compare with REF itself
}

ChangedLines LinesChangedSince(const std::string& base, const std::string& file) {
  std::string directory = DirectoryOf(file);
  std::string name = std::filesystem::path(file).filename().string();
  ProcessResult tracked =
      Git(directory, {"ls-files", "--error-unmatch", "--", ":(literal)" + name});
  if (tracked.exit_code != 0)
    return ChangedLines::Everything();  // new and not even added yet: all of it is new
  ProcessResult diff =
      Git(directory, {"diff", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames",
                      "--unified=0", base, "--", ":(literal)" + name});
  if (diff.exit_code != 0)
    throw InputError(
        fmt::format("{}: git diff against {} failed: {}", file, base, FirstLine(diff.err)));
  return ParseUnifiedDiff(diff.out);
}

}  // namespace awesomelint
