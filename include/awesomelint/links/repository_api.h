// What GitHub's REST API says of the repositories lists live in (awesome-github):
// GET {github_api}/repos/{owner}/{name} — its description, homepage, topics and license.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/links/link_options.h"
#include "awesomelint/model/list_repository.h"

namespace awesomelint {

// What DescribeListRepositories could not learn, and what it has to say besides.
struct RepositoryLookup {
  // One per repository the API did not describe:
  // "GitHub's API did not answer for o/r (HTTP 403)".
  std::vector<std::string> unanswered;
  std::vector<std::string> warnings;  // the session's: a token withheld
};

// Asks the API once about each repository in state kUnknown with a full_name, and fills it
// with the answer (state kFound). The request goes through the link check's engine and
// session: --remap, the timeouts, the User-Agent, and GITHUB_TOKEN only where
// CheckSession::Send lets it go (the API's token home); a renamed repository's redirect is
// followed within the API's origin, nowhere else. A repository the API does not describe
// stays kUnknown. Throws InputError for options the checker refuses (a bad --remap).
RepositoryLookup DescribeListRepositories(const std::vector<ListRepository*>& repositories,
                                          const LinkOptions& options);

// What an answer of /repos/{owner}/{name} says, read into `repository` (a pure function:
// tested on recorded answers, never throws); false when it is not a repository's JSON
// object. Strings are kept bounded.
bool ReadRepositoryAnswer(std::string_view body, ListRepository& repository);

}  // namespace awesomelint
