// CheckSession: what the providers share while one run checks links — the HTTP
// engine, the options, --remap, and the plain page check (HEAD with a GET
// fallback, redirects followed by hand and bounded, bot walls recognised).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "awesomelint/links/link_options.h"
#include "awesomelint/model/link_result.h"
#include "http_engine.h"

namespace re2 {
class RE2;
}

namespace awesomelint {

// --remap 'REGEX REPLACEMENT' rules, applied in order to every request URL.
class Remapper {
 public:
  // Throws InputError for a rule that does not compile.
  explicit Remapper(const std::vector<RemapRule>& rules);
  ~Remapper();
  std::string Apply(const std::string& url) const;

 private:
  std::vector<std::pair<std::unique_ptr<re2::RE2>, std::string>> rules_;
};

// What a page check found.
struct PageOutcome {
  LinkVerdict verdict = LinkVerdict::kError;
  long status = 0;
  std::string final_url;  // after a permanent redirect
  std::string detail;
  bool unreached = false;  // no connection: the name did not resolve, or none in time
  double seconds = 0;      // the time of its requests (hops, HEAD and GET), in all
  std::string body;        // with keep_body: the last answer's body, at most that long
};

class CheckSession {
 public:
  CheckSession(HttpEngine& engine, const LinkOptions& options, const Remapper& remap);
  ~CheckSession();

  const LinkOptions& options() const { return options_; }
  std::string Remap(const std::string& url) const { return remap_.Apply(url); }

  // Sends `request` after remapping its URL (unless `remapped`: a redirect's target,
  // resolved against the URL the server saw); request.budget_host is the host whose
  // budgets it counts against (the real one, before remapping). Its credential's
  // token goes with it only to a token home (LinkOptions::token_homes) as the
  // trusted remap rules alone rewrite it, or to a redirect target at the origin
  // the token already went to; otherwise it goes without, and warnings() says so.
  void Send(HttpRequest request, HttpEngine::Done done, bool remapped = false);

  // What the session had to say: tokens withheld, once per token and origin.
  const std::vector<std::string>& warnings() const { return warnings_; }

  // Checks a page: HEAD, then GET when HEAD is refused or says the page is missing,
  // failing or slow (HEAD alone never fails a link), redirects followed (10 at most,
  // loops detected). `headers` go to the first host only, never across a redirect.
  // With `keep_body`, the page is asked with GET alone and its first `keep_body` bytes
  // come with the outcome (what a repository's page says of it).
  void CheckPage(const std::string& url, const std::string& budget_host,
                 std::function<void(PageOutcome)> done, std::vector<std::string> headers = {},
                 size_t keep_body = 0);

  // The verdict for a final HTTP answer (no redirect): alive, broken, blocked or error.
  PageOutcome Judge(const HttpResponse& response) const;

  // Hosts whose HEAD answers are not to be trusted (refused, or "404" where GET says
  // 200): their pages are asked with GET directly, for the rest of the run and,
  // through the cache, in later runs.
  void AskWithGet(const std::string& host) { get_hosts_.insert(host); }
  const std::set<std::string>& get_hosts() const { return get_hosts_; }

 private:
  struct PageFetch;
  void Fetch(std::shared_ptr<PageFetch> fetch);
  void Authorize(HttpRequest& request, const std::string& asked);

  HttpEngine& engine_;
  const LinkOptions& options_;
  const Remapper& remap_;
  std::unique_ptr<Remapper> trusted_remap_;                    // the command line's rules alone
  std::map<Credential, std::set<std::string>> token_origins_;  // where each token went
  std::set<std::string> withheld_;
  std::vector<std::string> warnings_;
  std::set<std::string> get_hosts_;
};

// Where a redirect led, in the link's own terms: `target` was reached from
// `remapped`, which --remap made of `written`; empty when the target lies outside
// what the remap rewrote (the list would get the mirror's address).
std::string Unremap(const std::string& written, const std::string& remapped,
                    const std::string& target);

// The absolute URL of `location` relative to `base`; empty when it is not valid.
std::string ResolveUrl(const std::string& base, const std::string& location);

// "scheme://host:port" of a URL (the port made explicit), or "" when it has no host.
std::string OriginOf(const std::string& url);

// The host of a URL in lower case (for budgets), or "" when it has none.
std::string HostOf(const std::string& url);

}  // namespace awesomelint
