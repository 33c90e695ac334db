#include "list_repositories.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "awesomelint/changes/git_remote.h"
#include "awesomelint/links/repository_api.h"
#include "awesomelint/support/errors.h"

namespace awesomelint {

const ListRepository* ListRepositories::Find(const std::string& path, const LinkOptions& options) {
  if (path == "-") return nullptr;
  std::filesystem::path directory = std::filesystem::path(path).parent_path();
  if (directory.empty()) directory = ".";
  std::error_code error;
  std::filesystem::path same = std::filesystem::weakly_canonical(directory, error);
  std::string key = error ? directory.string() : same.string();
  if (auto it = by_directory_.find(key); it != by_directory_.end()) return &it->second;
  if (failed_.contains(key)) return nullptr;
  try {
    ListRepository* found =
        &by_directory_.emplace(key, FindListRepository(directory.string())).first->second;
    asked_with_.emplace(found, &options);  // the first list's config there says how to ask
    return found;
  } catch (const InputError& failure) {  // said once, however many lists it concerns
    failed_.insert(key);
    std::string warning = fmt::format("{}: {}; not checked", rule_, failure.what());
    if (std::find(warnings_.begin(), warnings_.end(), warning) == warnings_.end())
      warnings_.push_back(std::move(warning));
    return nullptr;
  }
}

void ListRepositories::Describe() {
  // Each repository is asked with the link options of the list that found it.
  std::map<const LinkOptions*, std::vector<ListRepository*>> by_options;
  for (auto& [directory, repository] : by_directory_)
    by_options[asked_with_.at(&repository)].push_back(&repository);
  for (auto& [options, repositories] : by_options) {
    try {
      RepositoryLookup lookup = DescribeListRepositories(repositories, *options);
      for (const std::string& failure : lookup.unanswered)
        warnings_.push_back(fmt::format("{}: {}; not checked", rule_, failure));
      warnings_.insert(warnings_.end(), lookup.warnings.begin(), lookup.warnings.end());
    } catch (const InputError& failure) {
      warnings_.push_back(fmt::format("{}: {}; not checked", rule_, failure.what()));
    }
  }
}

}  // namespace awesomelint
