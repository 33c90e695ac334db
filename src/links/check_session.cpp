#include "check_session.h"

#include <ctime>

#include <curl/curl.h>
#include <re2/re2.h>

#include <fmt/format.h>
#include <algorithm>
#include <ctime>
#include <set>

#include "awesomelint/model/network_address.h"
#include "awesomelint/model/redirect_fix.h"
#include "awesomelint/model/url.h"
#include "awesomelint/support/errors.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

constexpr int kMaxRedirects = 10;

// lychee's replacement syntax ("$1") in RE2's ("\1").
std::string Re2Replacement(const std::string& replacement) {
  std::string out;
  for (size_t i = 0; i < replacement.size(); ++i) {
    if (replacement[i] == '$' && i + 1 < replacement.size() &&
        std::isdigit(static_cast<unsigned char>(replacement[i + 1]))) {
      out += '\\';
      continue;
    }
    if (replacement[i] == '\\') out += '\\';
    out += replacement[i];
  }
  return out;
}

bool Contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

// A 403 (or 503) that comes from a bot wall rather than from the site.
std::string BotWall(const HttpResponse& response) {
  if (response.status == 999) return "bot wall (status 999)";
  if (!response.Header("cf-mitigated").empty()) return "Cloudflare challenge";
  std::string server = ToLower(response.Header("server"));
  const std::string& body = response.body;
  if (Contains(body, "Just a moment...") || Contains(body, "cf-browser-verification") ||
      Contains(body, "Attention Required!") || Contains(body, "challenge-platform"))
    return "bot challenge page";
  if (Contains(server, "cloudflare")) return "Cloudflare";
  if (Contains(server, "sucuri") || !response.Header("x-sucuri-id").empty())
    return "Sucuri firewall";
  if (Contains(server, "akamai") || Contains(server, "ddos-guard")) return "bot protection";
  return {};
}

}  // namespace

Remapper::Remapper(const std::vector<RemapRule>& rules) {
  for (const auto& [pattern, replacement, trusted] : rules) {
    auto regex = std::make_unique<re2::RE2>(pattern, re2::RE2::Quiet);
    if (!regex->ok())
      throw InputError(
          fmt::format("--remap '{}': not a valid regular expression: {}", pattern, regex->error()));
    rules_.emplace_back(std::move(regex), Re2Replacement(replacement));
  }
}

Remapper::~Remapper() = default;

std::string Remapper::Apply(const std::string& url) const {
  std::string out = url;
  for (const auto& [regex, replacement] : rules_) re2::RE2::Replace(&out, *regex, replacement);
  return out;
}

std::string ResolveUrl(const std::string& base, const std::string& location) {
  CURLU* handle = curl_url();
  std::string out;
  if (curl_url_set(handle, CURLUPART_URL, base.c_str(), 0) == CURLUE_OK &&
      curl_url_set(handle, CURLUPART_URL, location.c_str(), 0) == CURLUE_OK) {
    char* resolved = nullptr;
    if (curl_url_get(handle, CURLUPART_URL, &resolved, 0) == CURLUE_OK) {
      out = resolved;
      curl_free(resolved);
    }
  }
  curl_url_cleanup(handle);
  return out;
}

std::string OriginOf(const std::string& url) {
  std::optional<Url> parsed = ParseUrl(url);
  if (!parsed || parsed->host.empty()) return {};
  std::string port(parsed->port);
  if (port.empty()) port = parsed->scheme == "https" ? "443" : parsed->scheme == "http" ? "80" : "";
  return fmt::format("{}://{}:{}", parsed->scheme, ToLower(parsed->host), port);
}

std::string HostOf(const std::string& url) {
  std::optional<Url> parsed = ParseUrl(url);
  if (!parsed) return {};
  return parsed->port.empty() ? parsed->host : parsed->host + ":" + std::string(parsed->port);
}

CheckSession::CheckSession(HttpEngine& engine, const LinkOptions& options, const Remapper& remap)
    : engine_(engine), options_(options), remap_(remap) {
  std::vector<RemapRule> trusted;
  for (const RemapRule& rule : options.remap)
    if (rule.trusted) trusted.push_back(rule);
  trusted_remap_ = std::make_unique<Remapper>(trusted);
}

CheckSession::~CheckSession() = default;

void CheckSession::Send(HttpRequest request, HttpEngine::Done done, bool remapped) {
  std::string asked = request.url;
  if (!remapped) request.url = remap_.Apply(request.url);
  if (request.credential != Credential::kNone) Authorize(request, remapped ? std::string() : asked);
  engine_.Submit(std::move(request), std::move(done));
}

void CheckSession::Authorize(HttpRequest& request, const std::string& asked) {
  bool github = request.credential == Credential::kGithub;
  const std::string& token = github ? options_.github_token : options_.huggingface_token;
  if (token.empty()) return;
  std::set<std::string>& went = token_origins_[request.credential];
  std::string origin = OriginOf(request.url);
  bool home = false;
  if (asked.empty()) {  // a redirect's target: only where the token already went
    home = went.count(origin) > 0;
  } else {
    const std::string& base = *options_.token_homes.Api(github ? "github" : "huggingface");
    home = OriginOf(asked) == OriginOf(base) && trusted_remap_->Apply(asked) == request.url;
  }
  if (home && !origin.empty()) {
    request.headers.push_back(fmt::format("Authorization: Bearer {}", token));
    went.insert(origin);
    return;
  }
  std::string name = github ? "GITHUB_TOKEN" : "HF_TOKEN";
  if (withheld_.insert(fmt::format("{} {}", name, origin)).second)
    warnings_.push_back(fmt::format(
        "{} was not sent to {}: tokens go only to the {} API ({}) or to a base given with "
        "--provider, AWESOMELINT_{}_API or --remap; a repository's config (links.providers, "
        "links.remap) may move requests, never a token",
        name, origin.empty() ? request.url : origin, github ? "GitHub" : "Hugging Face",
        ProviderEndpoints{}.Api(github ? "github" : "huggingface")->c_str(),
        github ? "GITHUB" : "HUGGINGFACE"));
}

struct CheckSession::PageFetch {
  std::string written;   // the link as the list writes it
  std::string remapped;  // the same after --remap: the first URL asked for
  std::string url;       // the URL asked for now, as sent (after remapping)
  std::string budget_host;
  std::vector<std::string> headers;
  std::string first_host;  // headers are only for this host
  // The link as written (or remapped) names a private address itself, so its
  // redirects may lead into the private network too.
  bool private_allowed = false;
  bool head = true;
  // After HEAD timed out, GET gets a part of the timeout only: a server that ignores
  // HEAD answers GET at once, and a slow page is not waited for twice.
  bool head_timed_out = false;
  bool permanent = true;  // every redirect so far was permanent
  long temporary = 0;     // the first temporary redirect's status (302, 303, 307)
  int hops = 0;
  double seconds = 0;  // of its requests so far
  size_t keep_body = 0;
  std::set<std::string> seen;
  std::function<void(PageOutcome)> done;

  // The host that answers now, as the list names it: the link's own host (not the
  // one --remap sends it to), or a redirect's target.
  std::string AnsweringHost() const { return hops == 0 ? budget_host : HostOf(url); }
};

void CheckSession::CheckPage(const std::string& url, const std::string& budget_host,
                             std::function<void(PageOutcome)> done,
                             std::vector<std::string> headers, size_t keep_body) {
  auto fetch = std::make_shared<PageFetch>();
  fetch->keep_body = keep_body;
  fetch->head = keep_body == 0;
  fetch->written = url;
  fetch->url = fetch->remapped = remap_.Apply(url);
  fetch->budget_host = budget_host;
  fetch->headers = std::move(headers);
  fetch->first_host = HostOf(fetch->url);
  std::optional<Url> first = ParseUrl(fetch->url);
  fetch->private_allowed = first && NamesPrivateHost(first->host);
  fetch->seen.insert(fetch->url);
  fetch->done = std::move(done);
  Fetch(std::move(fetch));
}

void CheckSession::Fetch(std::shared_ptr<PageFetch> fetch) {
  HttpRequest request;
  request.method = fetch->head ? HttpRequest::Method::kHead : HttpRequest::Method::kGet;
  // Decided again when it is sent: the host may have misanswered HEAD meanwhile.
  request.prepare = [this, fetch](HttpRequest& sent) {
    if (fetch->head && get_hosts_.count(fetch->AnsweringHost())) {
      fetch->head = false;
      sent.method = HttpRequest::Method::kGet;
      sent.retry_timeouts = true;  // a GET of its own, not a confirmation
    }
  };
  request.url = fetch->url;
  request.budget_host = fetch->budget_host;
  request.max_body = std::max<size_t>(fetch->keep_body, 64 * 1024);  // a bot wall shows early
  // HEAD's timeout is not asked again: GET confirms it (briefly, and once).
  request.retry_timeouts = !fetch->head && !fetch->head_timed_out;
  if (fetch->head_timed_out && !fetch->head)
    request.timeout = std::max(std::chrono::milliseconds(1000), options_.http.timeout / 4);
  bool first_host = HostOf(fetch->url) == fetch->first_host;
  if (first_host) request.headers = fetch->headers;
  request.public_only = !first_host && !fetch->private_allowed;
  Send(
      std::move(request), /*done=*/
      [this, fetch](HttpResponse&& response) {
        fetch->seconds += response.seconds;
        long status = response.status;
        std::string location = response.Header("location");
        if (status >= 300 && status < 400 && !location.empty()) {
          std::string next = ResolveUrl(fetch->url, location);
          PageOutcome outcome;
          outcome.status = status;
          if (next.empty()) {
            outcome.verdict = LinkVerdict::kBroken;
            outcome.detail = fmt::format("redirect to an invalid URL ({})", location);
          } else if (fetch->seen.count(next)) {
            outcome.verdict = LinkVerdict::kBroken;
            outcome.detail = "redirect loop";
          } else if (++fetch->hops > kMaxRedirects) {
            outcome.verdict = LinkVerdict::kBroken;
            outcome.detail = fmt::format("more than {} redirects", kMaxRedirects);
          } else if (IsSignInOrErrorPage(next) && !IsSignInOrErrorPage(fetch->written)) {
            // A sign-in wall is where the page stops being public: not followed into
            // (it may redirect on and on). Moved there for good, it is a redirect the
            // list must not follow; sent there for now, a page behind a login.
            bool permanent = fetch->permanent && (status == 301 || status == 308);
            outcome.verdict = permanent ? LinkVerdict::kRedirected : LinkVerdict::kBlocked;
            outcome.final_url = permanent ? Unremap(fetch->written, fetch->remapped, next) : "";
            outcome.detail =
                permanent ? "" : fmt::format("{} {}: a sign-in page", status, location);
          } else {
            fetch->seen.insert(next);
            bool permanent = status == 301 || status == 308;
            if (!permanent && fetch->temporary == 0) fetch->temporary = status;
            fetch->permanent = fetch->permanent && permanent;
            fetch->url = next;
            fetch->head = fetch->keep_body == 0;
            fetch->head_timed_out = false;
            Fetch(fetch);
            return;
          }
          outcome.seconds = fetch->seconds;
          fetch->done(std::move(outcome));
          return;
        }
        // Servers that refuse HEAD are asked again with GET, and so is every HEAD
        // answer that would fail the link: some servers answer HEAD 404 or 500 for a
        // page GET serves, or never answer HEAD at all.
        bool refused = status == 405 || status == 501 || status == 400 || status == 403 ||
                       status == 401 || status == 999 || status == 406 ||
                       response.failure == HttpResponse::Failure::kReset;
        bool failed = status == 404 || status == 410 || status >= 500 ||
                      response.failure == HttpResponse::Failure::kTimeout;
        if (fetch->head && (refused || failed) && !response.deadline) {
          // HEAD was not the last word on this host: its pages are asked with GET from
          // now on (and in later runs), one request a page rather than two.
          get_hosts_.insert(fetch->AnsweringHost());
          fetch->head = false;
          fetch->head_timed_out = response.failure == HttpResponse::Failure::kTimeout;
          Fetch(fetch);
          return;
        }
        PageOutcome outcome = Judge(response);
        if (outcome.verdict == LinkVerdict::kPrivateRedirect)
          outcome.detail =
              fmt::format("it leads to {} ({}); not followed", fetch->url, outcome.detail);
        if (outcome.verdict == LinkVerdict::kAlive && fetch->hops > 0 && fetch->permanent) {
          outcome.verdict = LinkVerdict::kRedirected;
          outcome.final_url = Unremap(fetch->written, fetch->remapped, fetch->url);
        } else if (outcome.verdict == LinkVerdict::kAlive && fetch->hops > 0 &&
                   LeadsToFrontPage(fetch->remapped, fetch->url)) {
          // Sent on, for now, to the front page: the page it named is not there. Never
          // alive; the status says the redirect was temporary (never a fix).
          outcome.verdict = LinkVerdict::kRedirected;
          outcome.status = fetch->temporary;
          outcome.final_url = Unremap(fetch->written, fetch->remapped, fetch->url);
          if (outcome.final_url.empty()) outcome.final_url = fetch->url;
          outcome.detail = "sent to the site's front page for now: the page is probably gone";
        }
        outcome.seconds = fetch->seconds;
        if (fetch->keep_body > 0) outcome.body = std::move(response.body);
        fetch->done(std::move(outcome));
      },
      /*remapped=*/true);
}

namespace {

// "the host asks for a pause of 11 days (Retry-After: 999999 s); check again after
// 2026-12-11 16:46 UTC".
std::string PauseDetail(long long seconds) {
  std::string length = seconds >= 2 * 86400  ? fmt::format("{} days", seconds / 86400)
                       : seconds >= 2 * 3600 ? fmt::format("{} hours", seconds / 3600)
                       : seconds >= 120      ? fmt::format("{} minutes", seconds / 60)
                                             : fmt::format("{} s", seconds);
  std::string stamp =
      UtcTime(static_cast<long long>(std::time(nullptr)) + std::min(seconds, 1LL << 31));
  return fmt::format(
      "the host asks for a pause of {} (Retry-After: {} s), longer than a run waits (60 s, "
      "or what is left before --deadline); check again after {}",
      length, seconds, stamp);
}

}  // namespace

std::string Unremap(const std::string& written, const std::string& remapped,
                    const std::string& target) {
  if (written == remapped) return target;
  // --remap rewrote a prefix: written = W + S, remapped = R + S. A target under R
  // is the same path under W; elsewhere there is no telling.
  size_t common = 0;
  while (common < written.size() && common < remapped.size() &&
         written[written.size() - 1 - common] == remapped[remapped.size() - 1 - common])
    ++common;
  std::string_view prefix_w = std::string_view(written).substr(0, written.size() - common);
  std::string_view prefix_r = std::string_view(remapped).substr(0, remapped.size() - common);
  if (target.compare(0, prefix_r.size(), prefix_r) != 0) return {};
  return std::string(prefix_w) + target.substr(prefix_r.size());
}

PageOutcome CheckSession::Judge(const HttpResponse& response) const {
  PageOutcome outcome;
  outcome.status = response.status;
  if (response.deadline) {
    outcome.verdict = LinkVerdict::kTimeout;
    outcome.detail = response.error;
    return outcome;
  }
  if (response.no_network) {
    outcome.verdict = LinkVerdict::kUnchecked;
    outcome.detail = response.error;
    return outcome;
  }
  outcome.unreached = response.Unreached();
  switch (response.failure) {
    case HttpResponse::Failure::kNone:
      break;
    case HttpResponse::Failure::kTimeout:
      outcome.verdict = LinkVerdict::kTimeout;
      outcome.detail =
          fmt::format("no {} within {} s", response.connected ? "answer" : "connection",
                      options_.http.timeout.count() / 1000.0);
      return outcome;
    case HttpResponse::Failure::kPrivateAddress:
      outcome.verdict = LinkVerdict::kPrivateRedirect;
      outcome.detail = response.error;
      return outcome;
    case HttpResponse::Failure::kDns:
      outcome.verdict = LinkVerdict::kBroken;
      outcome.detail = "the host does not exist (DNS)";
      return outcome;
    default:
      outcome.verdict = LinkVerdict::kError;
      outcome.detail = response.error;
      return outcome;
  }
  long s = response.status;
  bool accepted =
      std::find(options_.accept.begin(), options_.accept.end(), s) != options_.accept.end();
  if ((s >= 200 && s < 300) || accepted) {
    outcome.verdict = LinkVerdict::kAlive;
  } else if (s == 404 || s == 410) {
    outcome.verdict = LinkVerdict::kBroken;
    outcome.detail = s == 404 ? "404 Not Found" : "410 Gone";
  } else if (s == 401 || s == 403 || s == 999 || s == 451) {
    std::string wall = BotWall(response);
    outcome.verdict = LinkVerdict::kBlocked;
    outcome.detail = wall.empty() ? fmt::format("{} {}", s, s == 401 ? "Unauthorized" : "Forbidden")
                                  : fmt::format("{}: {}", s, wall);
  } else if ((s == 429 || s == 503) && response.pause_asked >= 0) {
    outcome.verdict = LinkVerdict::kRateLimited;
    outcome.detail = PauseDetail(response.pause_asked);
  } else if (s == 429) {
    outcome.verdict = LinkVerdict::kError;
    outcome.detail = "429 Too Many Requests (still, after retries)";
  } else {
    outcome.verdict = LinkVerdict::kError;
    outcome.detail = fmt::format("HTTP {}", s);
  }
  return outcome;
}

}  // namespace awesomelint
