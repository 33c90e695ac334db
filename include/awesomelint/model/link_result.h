// What the link check found: a verdict per resource and every place it is cited.
// Plain data, keyed by file and link index, so that rules and reporters read it
// without knowing the checker.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/model/resource_meta.h"
#include "awesomelint/model/span.h"

namespace awesomelint {

enum class LinkVerdict {
  kAlive,
  kRedirected,
  kBroken,
  kBlocked,
  kTimeout,
  kError,
  kPrivateRedirect,  // a public link redirected into a private network: not followed
  kRateLimited,      // the host asked for a longer pause than the run can wait
  kUnchecked,        // no network: the link was not checked
  kExcluded,
  kCached
};
std::string_view VerdictName(LinkVerdict verdict);
std::optional<LinkVerdict> ParseVerdict(std::string_view name);

// One place a resource is cited: a link of a file.
struct LinkLocation {
  std::string file;   // the file's path as given
  int link = -1;      // index into that file's Document::links()
  Position position;  // of the link's start
  std::string url;    // the URL as written here, when not as the result's `url`
};

struct LinkResult {
  std::string url;       // as written at its first location
  std::string key;       // the resource: "arxiv:2405.12971", "github:o/r", a URL
  std::string provider;  // "arxiv", "github", "huggingface", "zenodo", "doi", "http"
  LinkVerdict verdict = LinkVerdict::kError;
  LinkVerdict checked = LinkVerdict::kError;  // for kCached: what the earlier run found
  long http_status = 0;
  std::string final_url;   // kRedirected: where the resource lives now
  std::string detail;      // "archived", "gated", "Cloudflare challenge", ...
  bool warn = false;       // alive, but worth a word (archived, gated)
  bool settled = false;    // false while it is being checked
  bool unreached = false;  // no connection was made (DNS, refused, none in time)
  double seconds = 0;      // the time of the requests that decided it (a batch's, shared)
  ResourceMeta meta;       // what the provider's API said, when it was asked
  std::vector<LinkLocation> locations;
};

// A GitHub repository's "owner/name": as GitHub spells it now (meta.repo), else as the
// link names it (the key "github:owner/name").
std::string RepositoryName(const LinkResult& result);

// How one host (a link's own, or a provider's API) fared in the check.
struct HostStats {
  std::string host;
  long requests = 0;          // attempts sent, retries included
  double seconds = 0;         // their time in all
  double max_seconds = 0;     // the slowest one's
  long rate_limited = 0;      // answers 429 or 503
  double paused_seconds = 0;  // waited because the host asked (Retry-After)
  int peak = 0;               // requests at once, at most
};

// What a provider's API allowed and what the run spent of it (GitHub's rate limits),
// as the API's answers said.
struct ApiBudget {
  std::string api;      // "GitHub GraphQL", "GitHub REST"
  std::string unit;     // what it counts: "points", "requests"
  long requests = 0;    // requests sent
  long spent = 0;       // in `unit`
  long remaining = -1;  // after the last answer; -1: not said
  long limit = -1;      // an hour's budget; -1: not said
  long long reset = 0;  // Unix time it refills; 0: not said
  long unchecked = 0;   // resources left unchecked because it was spent
};

struct LinkReport {
  std::vector<LinkResult> results;
  bool finished = true;      // false: the deadline or Ctrl-C cut the run short
  bool interrupted = false;  // Ctrl-C cut it short
  bool no_network = false;   // no host could be reached: the links were not checked
  long requests = 0;
  double seconds = 0;                 // the check's wall time
  std::vector<HostStats> hosts;       // by name
  std::vector<ApiBudget> budgets;     // the APIs that count what a run spends
  std::vector<std::string> warnings;  // e.g. a corrupt cache that was ignored
};

}  // namespace awesomelint
