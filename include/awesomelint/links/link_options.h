// LinkOptions: how one run checks links (budgets, timeouts, retries, cache,
// provider endpoints). Filled from the options table (config/options.h).
#pragma once

#include <chrono>
#include <string>
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
};

struct LinkOptions {
  std::vector<std::pair<std::string, std::string>> remap;  // regex, replacement ($1 groups)
  std::vector<std::string> exclude;                        // regexes on the URL as written
  std::vector<std::string> include;                        // when given, only matching URLs
  std::vector<long> accept = {};                           // extra statuses counted as alive
  std::chrono::milliseconds timeout{20'000};
  std::chrono::milliseconds connect_timeout{10'000};
  std::chrono::milliseconds deadline{0};  // whole run; 0: none
  int max_concurrency = 128;
  int host_concurrency = 8;
  int max_retries = 2;
  std::chrono::milliseconds retry_base{500};
  std::string user_agent;
  std::vector<std::string> headers;
  std::vector<LinkVerdict> fail_on = {LinkVerdict::kBroken};
  ProviderEndpoints endpoints;
  std::string github_token;       // GITHUB_TOKEN: sent to the GitHub API host only
  std::string huggingface_token;  // HF_TOKEN: sent to the Hugging Face API host only
  std::string cache_file = ".awesomelint-cache.json";  // empty: no cache
  std::chrono::seconds max_cache_age{24 * 3600};
  bool progress = false;  // a progress bar on stderr
};

}  // namespace awesomelint
