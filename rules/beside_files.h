// Files beside a list — contributing.md, a code of conduct — found as awesome-lint
// finds them (names compared without case, in the list's folder or a folder below it)
// and read as files someone else controls: regular files only, size-bounded. Shared by
// awesome-contributing and awesome-code-of-conduct.
#pragma once

#include <algorithm>
#include <filesystem>
#include <map>
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

// The entries of folders, each folder listed once however many names are looked up in it.
class FolderEntries {
 public:
  // The entry of `directory` named `name` without regard to case, a folder or a regular
  // file as `folder` asks (symbolic links followed); of several, the first by name, so
  // that the answer never depends on the order the folder lists them in.
  std::optional<std::string> Named(const std::filesystem::path& directory, std::string_view name,
                                   bool folder) {
    const std::vector<Entry>& entries = Listed(directory);
    std::string lower = ToLower(name);
    auto match = std::lower_bound(entries.begin(), entries.end(), lower,
                                  [](const Entry& e, const std::string& l) { return e.lower < l; });
    std::optional<std::string> found;
    for (; match != entries.end() && match->lower == lower; ++match) {
      if (found && *found < match->name) continue;
      std::error_code kind;
      std::filesystem::path at = directory / match->name;
      if (folder ? std::filesystem::is_directory(at, kind)
                 : std::filesystem::is_regular_file(at, kind))
        found = match->name;
    }
    return found;
  }

 private:
  struct Entry {
    std::string lower, name;
  };

  // The folder's entries by their lower-case names; none when it cannot be listed.
  const std::vector<Entry>& Listed(const std::filesystem::path& directory) {
    auto [it, fresh] = listed_.try_emplace(directory.string());
    if (!fresh) return it->second;
    std::error_code error;
    std::filesystem::directory_iterator entry(directory, error);
    for (; !error && entry != std::filesystem::directory_iterator(); entry.increment(error)) {
      std::string name = entry->path().filename().string();
      it->second.push_back({ToLower(name), std::move(name)});
    }
    std::sort(it->second.begin(), it->second.end(),
              [](const Entry& a, const Entry& b) { return a.lower < b.lower; });
    return it->second;
  }

  std::map<std::string, std::vector<Entry>> listed_;
};

// The first of `names` ("contributing.md", ".github/contributing.md": a path below
// `directory`, each part compared without case) that is a regular file there, as written
// on disk ("CONTRIBUTING.md", ".github/CONTRIBUTING.md"); nullopt when none is.
inline std::optional<std::string> FindBeside(const std::filesystem::path& directory,
                                             const std::vector<std::string_view>& names) {
  FolderEntries folders;
  for (std::string_view name : names) {
    std::filesystem::path at = directory;
    std::string relative;
    bool found = true;
    for (size_t begin = 0; found && begin <= name.size();) {
      size_t slash = std::min(name.find('/', begin), name.size());
      bool last = slash == name.size();
      std::optional<std::string> entry =
          folders.Named(at, name.substr(begin, slash - begin), !last);
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
