// The GitHub repository each list lives in, for the rules that judge it (awesome-github,
// double-link's project website): what its git checkout names (changes/git_remote.h), then
// what GitHub's API says of it (links/repository_api.h). Found once per folder, asked once
// per repository.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "awesomelint/links/link_options.h"
#include "awesomelint/model/list_repository.h"

namespace awesomelint {

class ListRepositories {
 public:
  // `rule` names the rule that asked, in warnings: "awesome-github".
  explicit ListRepositories(std::string rule) : rule_(std::move(rule)) {}

  // The repository of the list at `path`; null for standard input, or when git cannot be
  // run or does not trust the repository (warnings() says so, once).
  // `options` (which must outlive this object) say how to ask GitHub's API about it: the
  // link options of that list's config.
  const ListRepository* Find(const std::string& path, const LinkOptions& options);

  // Asks GitHub's API about every repository found on GitHub, each with the options of the
  // list that found it. What it could not learn is said in warnings(), once per repository:
  // "awesome-github: GitHub's API did not answer for o/r (HTTP 403); not checked".
  void Describe();

  const std::vector<std::string>& warnings() const { return warnings_; }

 private:
  std::string rule_;
  std::map<std::string, ListRepository> by_directory_;
  std::map<const ListRepository*, const LinkOptions*> asked_with_;
  std::set<std::string> failed_;  // folders where git failed: not asked again
  std::vector<std::string> warnings_;
};

}  // namespace awesomelint
