// ListRepository: the GitHub repository a list lives in, as the CLI found it (the git
// checkout's remote) and as GitHub's API describes it — what awesome-lint's
// awesome-github rule judges, and the project website double-link leaves alone.
#pragma once

#include <string>
#include <vector>

namespace awesomelint {

struct ListRepository {
  enum class State {
    kNotAGitCheckout,  // the list is in no git repository, or its remote is unknown
    kNotOnGithub,      // the remote is not a github.com repository
    kUnknown,          // on GitHub, but its API did not answer (offline, an error, a budget)
    kFound,            // the API's answer is below
  };
  State state = State::kUnknown;
  std::string remote_url;  // as git gives it, without a user or password
  std::string full_name;   // "owner/name"
  std::string description;
  std::string homepage;
  std::string license;  // GitHub's SPDX id, "NOASSERTION" for an undetected one; empty: none
  std::vector<std::string> topics;
  bool has_topics = false;  // the answer carried a "topics" array
};

}  // namespace awesomelint
