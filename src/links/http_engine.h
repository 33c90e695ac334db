// HttpEngine: one libcurl multi loop on one thread, with its own admission
// control — a total budget and a per-host budget, so that a queued request never
// spends its timeout waiting inside libcurl — retries with exponential backoff
// and jitter, and Retry-After honoured by deferring that host, never by sleeping.
// Redirects are not followed: callers see every 3xx and decide.
#pragma once

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "awesomelint/links/link_options.h"
#include "awesomelint/model/link_result.h"

namespace awesomelint {

struct HttpRequest {
  enum class Method { kGet, kHead, kPost };
  Method method = Method::kGet;
  std::string url;                   // what is asked for (after --remap)
  std::string budget_host;           // whose budget it counts against: the link's own host
  std::vector<std::string> headers;  // "Name: value"
  // The token it asks to carry; CheckSession::Send adds it only where it may go.
  Credential credential = Credential::kNone;
  // Connect only to a public address: set for a redirect to another host, which
  // must not lead a public link into the private network (127.0.0.1, 10.x,
  // 169.254.169.254, ...). Checked on the address connected to, so DNS cannot
  // be made to answer one thing first and another then.
  bool public_only = false;
  std::string body;                      // for kPost (form-encoded unless a Content-Type is given)
  size_t max_body = 256 * 1024;          // bytes kept; a longer body ends the transfer early
  std::chrono::milliseconds timeout{0};  // this request's own; 0: the engine's --timeout
  // Whether a timeout is asked again (--max-retries): not for a HEAD that GET will
  // confirm anyway, nor for that GET.
  bool retry_timeouts = true;
  // Runs on the engine's thread just before each attempt is sent: what the caller
  // learned while the request waited (a host that misanswers HEAD) may change it.
  std::function<void(HttpRequest&)> prepare;
};

struct HttpResponse {
  enum class Failure { kNone, kTimeout, kDns, kConnect, kReset, kTls, kPrivateAddress, kOther };
  long status = 0;                             // 0 when there was no HTTP answer
  Failure failure = Failure::kNone;            // why there was none
  std::string error;                           // libcurl's words for it (or ours)
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  int attempts = 0;
  double seconds = 0;       // the time its attempts took, in all
  bool deadline = false;    // not finished: the run's deadline passed
  bool no_network = false;  // not finished: no host could be reached
  bool connected = false;   // a connection was made (the host's name resolved)
  // A 429 or 503's Retry-After (seconds), when the host asked for a pause longer than
  // the run waits (--max-retry-after, or past --deadline): the request was not
  // repeated, nor were its host's other requests sent. -1: none.
  long long pause_asked = -1;

  std::string Header(const std::string& name) const;
  // No connection was made: the name did not resolve, the connection was refused, or
  // none came in time. What a missing network looks like.
  bool Unreached() const;
};

struct HostPolicy {
  int concurrency = 0;                    // 0: the engine's default
  std::chrono::milliseconds interval{0};  // minimum time between two starts
};

class HttpEngine {
 public:
  struct Options {
    HttpOptions http;
    std::map<std::string, HostPolicy> hosts;  // per budget host
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
    std::function<void()> on_tick;  // after each turn of the loop (progress)
    // A host that is always up (the GitHub API): asked when the first hosts of the
    // run all fail to resolve or connect, to tell dead hosts from no network.
    std::string probe_url;
  };
  using Done = std::function<void(HttpResponse&&)>;

  explicit HttpEngine(Options options);
  ~HttpEngine();
  HttpEngine(const HttpEngine&) = delete;
  HttpEngine& operator=(const HttpEngine&) = delete;

  // Queues a request; `done` runs on the engine's thread and may submit more.
  void Submit(HttpRequest request, Done done);

  // Runs until every request is done; at the deadline or after Stop(), the rest
  // finish with `deadline` set. Returns false when cut short.
  bool Run();

  // Whether the run found no network: the first hosts it tried, and the probe,
  // could not be resolved or connected to. Everything else then ended unsent.
  bool no_network() const { return no_network_; }

  // Asks Run() to finish soon; safe from a signal handler. The request stands
  // until a Run() ends, so a Ctrl-C that comes before the loop starts still counts.
  static void Stop();
  // Whether the last Run() ended because of Stop() (rather than the deadline).
  bool interrupted() const { return interrupted_; }

  // How each budget host fared: requests, their time, rate limits, peak concurrency.
  std::vector<HostStats> host_stats() const;
  long requests_started() const { return started_; }

 private:
  struct Transfer;
  struct Host {
    int active = 0;
    std::chrono::steady_clock::time_point next_start{};  // interval and Retry-After
    std::deque<std::unique_ptr<Transfer>> queue;
    // The host asked for a pause longer than the run waits (pause_asked seconds):
    // what is queued for it ends without being sent until then.
    std::chrono::steady_clock::time_point paused_until{};
    long long pause_asked = -1;
  };

  // Ends the queued requests of hosts that asked for a pause the run cannot wait.
  void EndPausedHosts();
  void Admit();
  void Start(std::unique_ptr<Transfer> transfer);
  void Harvest();
  void Finish(Transfer* transfer, int curl_code);
  bool Retryable(const HttpResponse& response) const;
  std::chrono::milliseconds Backoff(int attempt);
  int Limit(const std::string& host) const;
  std::chrono::milliseconds Interval(const std::string& host) const;
  long WaitMs() const;
  void FailAll(const char* why, bool no_network = false);
  // Counts hosts that could not be reached until one answers; asks the probe host
  // when too many could not.
  void NoteReach(const HttpRequest& request, const HttpResponse& response);
  // Asks the always-up host; `alone`: nothing else starts until it answers.
  void StartProbe(bool alone);
  int TotalBudget() const;  // how many requests may run at once now
  // Whether `host`'s queue waits for the probe's answer.
  bool Held(const std::string& host) const { return probe_pending_ && host != kProbeHost; }

  Options options_;
  bool interrupted_ = false;
  // Reachability: whether any host answered, the hosts that could not be reached
  // so far, whether the probe host was asked, and what it said.
  static constexpr size_t kUnreachableHosts = 4;
  static constexpr int kFirstRequests = 8;  // at once, until a host answers (kWarmUp at most)
  static constexpr std::chrono::milliseconds kWarmUp{2'000};
  static constexpr std::chrono::milliseconds kProbeTimeout{5'000};
  static constexpr const char* kProbeHost = "awesomelint-probe";
  std::chrono::steady_clock::time_point created_ = std::chrono::steady_clock::now();
  bool answered_ = false;
  std::set<std::string> unreachable_;
  bool probed_ = false;         // the probe was sent (once per run)
  bool probe_pending_ = false;  // it has not answered: nothing else starts meanwhile
  bool probe_unreachable_ = false;
  bool no_network_ = false;
  void* multi_ = nullptr;    // CURLM
  void* resolve_ = nullptr;  // curl_slist of HttpOptions::resolve
  std::unordered_map<std::string, Host> hosts_;
  std::vector<std::string> host_order_;  // round-robin over hosts with work
  size_t next_host_ = 0;
  std::vector<std::unique_ptr<Transfer>> delayed_;                // retries waiting for their time
  std::unordered_map<void*, std::unique_ptr<Transfer>> running_;  // by CURL*
  std::unordered_map<std::string, HostStats> stats_;              // by budget host
  long started_ = 0;
  std::mt19937 random_{std::random_device{}()};
};

}  // namespace awesomelint
