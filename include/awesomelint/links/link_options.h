// LinkOptions: how one run checks links. The user-facing fields are set by the
// option table (config/options.h), which holds their defaults; DefaultLinkOptions()
// there gives a complete set.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "awesomelint/model/link_result.h"

namespace awesomelint {

struct ProviderEndpoints {
  std::string github_api = "https://api.github.com";
  std::string arxiv_api = "https://export.arxiv.org";
  std::string huggingface_api = "https://huggingface.co";
  std::string zenodo_api = "https://zenodo.org";
  std::string doi_api = "https://doi.org";

  // The providers by the names a config gives them ("github", "arxiv", ...).
  static const std::vector<std::string>& Names() {
    static const std::vector<std::string> names = {"github", "arxiv", "huggingface", "zenodo",
                                                   "doi"};
    return names;
  }
  // The API base of the provider named `name`; null for no such provider.
  std::string* Api(std::string_view name) {
    std::string* apis[] = {&github_api, &arxiv_api, &huggingface_api, &zenodo_api, &doi_api};
    for (size_t i = 0; i < Names().size(); ++i)
      if (Names()[i] == name) return apis[i];
    return nullptr;
  }
  const std::string* Api(std::string_view name) const {
    return const_cast<ProviderEndpoints*>(this)->Api(name);
  }
};

// A --remap rule: REGEX and REPLACEMENT ($1 for groups).
struct RemapRule {
  std::string pattern, replacement;
  // From the command line: a token may follow it to the host it names. A
  // repository's config only moves requests, never a token (see TokenHomes).
  bool trusted = true;
};

// Which token a request carries, if its URL is one of the token's homes.
enum class Credential { kNone, kGithub, kHuggingFace };

// How requests are sent: budgets, timeouts, retries, what each request carries.
struct HttpOptions {
  int max_concurrency = 0;  // in all
  int host_concurrency = 0;
  std::chrono::milliseconds timeout{0};
  std::chrono::milliseconds connect_timeout{10'000};  // at most `timeout`
  int max_retries = 0;
  std::chrono::milliseconds retry_base{500};  // doubles per attempt, plus jitter
  std::chrono::milliseconds max_retry_after{60'000};
  std::string user_agent;
  std::vector<std::string> headers;  // "Name: value", sent with every request
  std::vector<std::string> resolve;  // "HOST:PORT:ADDRESS", as curl --resolve
};

struct LinkOptions {
  HttpOptions http;
  std::vector<RemapRule> remap;           // applied in order to every request URL
  std::vector<std::string> exclude;       // regexes on the URL as written
  std::vector<std::string> include;       // when given, only matching URLs
  std::vector<long> accept;               // extra statuses counted as alive
  std::chrono::milliseconds deadline{0};  // whole run; 0: none
  std::vector<LinkVerdict> fail_on;       // verdicts that are errors
  ProviderEndpoints endpoints;            // where API requests go
  // Where tokens may go: the official API bases, or those the user gave on the
  // command line or in the environment — never a base a repository's config
  // named. A token is sent only to the origin of one of these (as trusted remap
  // rules rewrite it), checked on every request as it is sent.
  ProviderEndpoints token_homes;
  std::string github_token;       // GITHUB_TOKEN: sent to the GitHub API host only
  std::string huggingface_token;  // HF_TOKEN: sent to the Hugging Face API host only
  std::string cache_file;         // empty: no cache
  std::chrono::seconds max_cache_age{0};
  std::chrono::seconds max_meta_age{0};  // what a provider's API said of a resource
  bool progress = false;                 // a progress bar on stderr
};

}  // namespace awesomelint
