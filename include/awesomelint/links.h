// Link checking: every http(s) link of the linted documents, asked for once per
// resource however often it appears, through the cheapest accurate check its
// provider offers (arXiv, GitHub, Hugging Face, Zenodo, DOI, or plain HTTP).
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/diagnostic.h"

namespace awesomelint {

class Document;
struct Link;

enum class LinkVerdict {
  kAlive,
  kRedirected,
  kBroken,
  kBlocked,
  kTimeout,
  kError,
  kExcluded,
  kCached
};
std::string_view VerdictName(LinkVerdict verdict);
std::optional<LinkVerdict> ParseVerdict(std::string_view name);

struct LinkLocation {
  const Document* doc = nullptr;
  int link = -1;  // index into doc->links()
  std::string file;
  Position position;
};

struct LinkResult {
  std::string url;       // as written at its first location
  std::string key;       // the resource: "arxiv:2405.12971", "github:o/r", a URL
  std::string provider;  // "arxiv", "github", "huggingface", "zenodo", "doi", "http"
  LinkVerdict verdict = LinkVerdict::kError;
  LinkVerdict checked = LinkVerdict::kError;  // for kCached: what the earlier run found
  long http_status = 0;
  std::string final_url;  // kRedirected: where the resource lives now
  std::string detail;     // "archived", "gated", "Cloudflare challenge", ...
  bool warn = false;      // alive, but worth a word (archived, gated)
  bool settled = false;   // false while it is being checked
  std::vector<LinkLocation> locations;
};

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
  // Which links of a document to check (--changed-since: those on changed
  // lines); empty: all of them.
  std::function<bool(const Document&, const Link&)> wanted;
};

// Reads the config's "links" section over `options`; throws InputError (with
// `where`) on a bad value.
void ApplyLinksConfig(const nlohmann::json& section, const std::string& where,
                      LinkOptions& options);

// Parses "90s", "5m", "2h", "1d" or a number of seconds; nullopt when malformed.
std::optional<std::chrono::seconds> ParseDuration(std::string_view text);

struct LinkReport {
  std::vector<LinkResult> results;
  bool finished = true;      // false: the deadline or Ctrl-C cut the run short
  bool interrupted = false;  // Ctrl-C (StopCheckingLinks) cut it short
  long requests = 0;
  std::vector<std::string> warnings;  // e.g. a corrupt cache that was ignored
};

// Asks a running CheckLinks to finish soon (Ctrl-C); safe from a signal handler.
void StopCheckingLinks();

// Checks every http(s) link of `docs`. Throws InputError for bad options (a regex
// that does not compile).
LinkReport CheckLinks(const std::vector<const Document*>& docs, const LinkOptions& options);

}  // namespace awesomelint
