// Files beside a list — contributing.md, a code of conduct — found as awesome-lint
// finds them (names compared without case, in the list's folder or a folder below it)
// and read as files someone else controls: regular files only, size-bounded. Shared by
// awesome-contributing and awesome-code-of-conduct.
#pragma once

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "awesomelint/markdown/document.h"
#include "awesomelint/support/errors.h"
#include "awesomelint/support/read_file.h"
#include "awesomelint/support/strings.h"

namespace awesomelint::beside {

// More than any contributing guide or code of conduct needs.
inline constexpr size_t kMaxBesideFileBytes = 1 << 20;

// The folder the list is in; nullopt for a list read from standard input, which has none.
inline std::optional<std::filesystem::path> ListDirectory(const Document& doc) {
  if (doc.path() == "-" || doc.path().empty()) return std::nullopt;
  std::filesystem::path parent = std::filesystem::path(doc.path()).parent_path();
  return parent.empty() ? std::filesystem::path(".") : parent;
}

// The entry of `directory` named `name` without regard to case, a folder or a regular file
// as `folder` asks (symbolic links followed); of several, the first by name, so that the
// answer never depends on the order the folder lists them in.
inline std::optional<std::string> EntryNamed(const std::filesystem::path& directory,
                                             std::string_view name, bool folder) {
  std::error_code error;
  std::filesystem::directory_iterator it(directory, error);
  std::optional<std::string> found;
  for (; !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
    std::string entry = it->path().filename().string();
    if (ToLower(entry) != ToLower(name) || (found && *found < entry)) continue;
    std::error_code kind;
    if (folder ? it->is_directory(kind) : it->is_regular_file(kind)) found = entry;
  }
  return found;
}

// The first of `names` ("contributing.md", ".github/contributing.md": a path below
// `directory`, each part compared without case) that is a regular file there, as written
// on disk ("CONTRIBUTING.md", ".github/CONTRIBUTING.md"); nullopt when none is.
inline std::optional<std::string> FindBeside(const std::filesystem::path& directory,
                                             const std::vector<std::string_view>& names) {
  for (std::string_view name : names) {
    std::filesystem::path at = directory;
    std::string relative;
    bool found = true;
    for (size_t begin = 0; found && begin <= name.size();) {
      size_t slash = std::min(name.find('/', begin), name.size());
      bool last = slash == name.size();
      std::optional<std::string> entry = EntryNamed(at, name.substr(begin, slash - begin), !last);
      found = entry.has_value();
      if (found) {
        at /= *entry;
        relative += (relative.empty() ? "" : "/") + *entry;
      }
      begin = slash + 1;
    }
    if (found) return relative;
  }
  return std::nullopt;
}

// The text of `relative` in `directory`; nullopt when it cannot be read as a regular file
// of at most kMaxBesideFileBytes (it changed meanwhile, it is too large, unreadable).
inline std::optional<std::string> ReadBeside(const std::filesystem::path& directory,
                                             const std::string& relative) {
  try {
    return ReadRegularFile((directory / relative).string(), kMaxBesideFileBytes, relative);
  } catch (const InputError&) {
    return std::nullopt;
  }
}

// Whether `text` holds nothing but white space and a byte order mark (what JavaScript's
// trim() removes, as far as Markdown files hold it).
inline bool Blank(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  return text.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

}  // namespace awesomelint::beside
