#include "http_engine.h"

#include <curl/curl.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <mutex>

#include "awesomelint/model/network_address.h"

namespace awesomelint {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

std::atomic<bool> stop_requested{false};

void GlobalInitOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

HttpResponse::Failure FailureOf(CURLcode code) {
  switch (code) {
    case CURLE_OK:
      return HttpResponse::Failure::kNone;
    case CURLE_OPERATION_TIMEDOUT:
      return HttpResponse::Failure::kTimeout;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
      return HttpResponse::Failure::kDns;
    case CURLE_COULDNT_CONNECT:
      return HttpResponse::Failure::kConnect;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return HttpResponse::Failure::kReset;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
      return HttpResponse::Failure::kTls;
    default:
      return HttpResponse::Failure::kOther;
  }
}

}  // namespace

bool HttpResponse::Unreached() const {
  return failure == Failure::kDns || failure == Failure::kConnect ||
         (failure == Failure::kTimeout && !connected);
}

std::string HttpResponse::Header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

struct HttpEngine::Transfer {
  HttpRequest request;
  Done done;
  HttpResponse response;
  Clock::time_point ready_at{};
  CURL* easy = nullptr;
  curl_slist* header_list = nullptr;
  char error[CURL_ERROR_SIZE] = {};
  bool truncated = false;
  std::string refused_address;  // public_only: the private address it reached

  // After connecting, before sending: the address is known, nothing has gone.
  static int BeforeRequest(void* user, char* address, char*, int, int) {
    auto* self = static_cast<Transfer*>(user);
    if (!self->request.public_only || !IsPrivateAddress(address)) return CURL_PREREQFUNC_OK;
    self->refused_address = address;
    return CURL_PREREQFUNC_ABORT;
  }

  static size_t Write(char* data, size_t size, size_t count, void* user) {
    auto* self = static_cast<Transfer*>(user);
    size_t bytes = size * count;
    size_t room =
        self->request.max_body - std::min(self->request.max_body, self->response.body.size());
    self->response.body.append(data, std::min(bytes, room));
    if (bytes > room) {  // enough: an endless body ends here
      self->truncated = true;
      return 0;
    }
    return bytes;
  }

  static size_t Header(char* data, size_t size, size_t count, void* user) {
    auto* self = static_cast<Transfer*>(user);
    std::string_view line(data, size * count);
    if (line.substr(0, 5) == "HTTP/") {
      self->response.headers.clear();  // a new response (after 100 Continue)
    } else if (size_t colon = line.find(':'); colon != std::string_view::npos) {
      std::string name(line.substr(0, colon));
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string_view value = line.substr(colon + 1);
      while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
        value.remove_prefix(1);
      while (!value.empty() &&
             (value.back() == '\r' || value.back() == '\n' || value.back() == ' '))
        value.remove_suffix(1);
      self->response.headers[name] = std::string(value);
    }
    return size * count;
  }
};

HttpEngine::HttpEngine(Options options) : options_(std::move(options)) {
  GlobalInitOnce();
  multi_ = curl_multi_init();
  // A guard only: admission is ours, so nothing waits inside libcurl on a timeout.
  curl_multi_setopt(multi_, CURLMOPT_MAX_TOTAL_CONNECTIONS,
                    static_cast<long>(options_.http.max_concurrency));
  curl_multi_setopt(multi_, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
  for (const std::string& entry : options_.http.resolve)
    resolve_ = curl_slist_append(static_cast<curl_slist*>(resolve_), entry.c_str());
}

HttpEngine::~HttpEngine() {
  for (auto& [easy, transfer] : running_) {
    curl_multi_remove_handle(multi_, easy);
    curl_easy_cleanup(transfer->easy);
    curl_slist_free_all(transfer->header_list);
  }
  curl_multi_cleanup(multi_);
  curl_slist_free_all(static_cast<curl_slist*>(resolve_));
}

void HttpEngine::Stop() {
  stop_requested = true;
}

void HttpEngine::Submit(HttpRequest request, Done done) {
  auto transfer = std::make_unique<Transfer>();
  // push_back, not = "?": GCC 12 -O3 reports a false -Wrestrict on the assignment.
  if (request.budget_host.empty()) request.budget_host.push_back('?');
  transfer->request = std::move(request);
  transfer->done = std::move(done);
  const std::string& name = transfer->request.budget_host;
  if (!hosts_.count(name)) host_order_.push_back(name);
  hosts_[name].queue.push_back(std::move(transfer));
}

int HttpEngine::Limit(const std::string& host) const {
  auto it = options_.hosts.find(host);
  int limit = it != options_.hosts.end() && it->second.concurrency > 0
                  ? it->second.concurrency
                  : options_.http.host_concurrency;
  return std::max(1, limit);
}

milliseconds HttpEngine::Interval(const std::string& host) const {
  auto it = options_.hosts.find(host);
  return it != options_.hosts.end() ? it->second.interval : milliseconds(0);
}

void HttpEngine::EndPausedHosts() {
  Clock::time_point now = Clock::now();
  std::vector<std::pair<std::unique_ptr<Transfer>, long long>> ended;
  for (auto& [name, host] : hosts_) {
    if (host.pause_asked < 0 || host.paused_until <= now) continue;
    long long left =
        std::chrono::duration_cast<std::chrono::seconds>(host.paused_until - now).count();
    for (auto& transfer : host.queue) ended.emplace_back(std::move(transfer), left);
    host.queue.clear();
  }
  // Answered after the loop: a callback may submit more (to this host: ended next turn).
  for (auto& [transfer, left] : ended) {
    HttpResponse response;
    response.status = 429;
    response.pause_asked = left;
    response.error = "not sent: the host asked for a pause";
    Done done = std::move(transfer->done);
    done(std::move(response));
  }
}

void HttpEngine::Admit() {
  EndPausedHosts();
  Clock::time_point now = Clock::now();
  // Nothing answered yet: a resolver that drops queries makes every lookup wait
  // out its timeout, so the probe goes out now, beside them, not after them.
  if (!answered_ && !probed_ && started_ > 0 && !options_.probe_url.empty() &&
      now - created_ >= kWarmUp)
    StartProbe(/*alone=*/false);
  // Retries whose time has come go back to the front of their host's queue.
  for (auto it = delayed_.begin(); it != delayed_.end();) {
    if ((*it)->ready_at <= now) {
      hosts_[(*it)->request.budget_host].queue.push_front(std::move(*it));
      it = delayed_.erase(it);
    } else {
      ++it;
    }
  }
  // Round-robin over hosts, one start each per turn, until no budget is left.
  for (bool started = true; started && static_cast<int>(running_.size()) < TotalBudget();) {
    started = false;
    for (size_t n = 0; n < host_order_.size(); ++n) {
      if (static_cast<int>(running_.size()) >= TotalBudget()) break;
      const std::string& name = host_order_[(next_host_ + n) % host_order_.size()];
      if (Held(name)) continue;
      Host& host = hosts_[name];
      if (host.queue.empty() || host.active >= Limit(name) || now < host.next_start) continue;
      std::unique_ptr<Transfer> transfer = std::move(host.queue.front());
      host.queue.pop_front();
      Start(std::move(transfer));
      started = true;
    }
    if (!host_order_.empty()) next_host_ = (next_host_ + 1) % host_order_.size();
  }
}

void HttpEngine::Start(std::unique_ptr<Transfer> transfer) {
  Transfer* t = transfer.get();
  if (t->request.prepare) t->request.prepare(t->request);
  const HttpRequest& request = t->request;
  int attempts = t->response.attempts;
  double seconds = t->response.seconds;
  t->response = HttpResponse{};
  t->response.attempts = attempts;
  t->response.seconds = seconds;
  t->truncated = false;
  CURL* easy = curl_easy_init();
  t->easy = easy;
  curl_easy_setopt(easy, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(easy, CURLOPT_PRIVATE, t);
  curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, t->error);
  // A transfer ended during a lookup leaves the resolver thread to finish alone:
  // without this, ending a run (no network, deadline, ^C) waits out every lookup.
  curl_easy_setopt(easy, CURLOPT_QUICK_EXIT, 1L);
  curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(options_.http.connect_timeout.count()));
  milliseconds timeout = request.timeout.count() > 0
                             ? std::min(request.timeout, options_.http.timeout)
                             : options_.http.timeout;
  curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
  // No CURLOPT_PIPEWAIT: with it a request waits inside libcurl for another's
  // connection (to learn whether it multiplexes), and on HTTP/1 a slow first page
  // made every other page of its host spend its timeout there. A connection already
  // known to multiplex (HTTP/2) is still shared: CURLPIPE_MULTIPLEX on the multi.
  curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
  if (!options_.http.user_agent.empty())
    curl_easy_setopt(easy, CURLOPT_USERAGENT, options_.http.user_agent.c_str());
  for (const std::string& header : options_.http.headers)
    t->header_list = curl_slist_append(t->header_list, header.c_str());
  for (const std::string& header : request.headers)
    t->header_list = curl_slist_append(t->header_list, header.c_str());
  if (t->header_list) curl_easy_setopt(easy, CURLOPT_HTTPHEADER, t->header_list);
  if (request.method == HttpRequest::Method::kHead) curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
  if (request.method == HttpRequest::Method::kPost) {
    curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE, static_cast<long>(request.body.size()));
    curl_easy_setopt(easy, CURLOPT_COPYPOSTFIELDS, request.body.c_str());
  }
  curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &Transfer::Write);
  curl_easy_setopt(easy, CURLOPT_WRITEDATA, t);
  curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &Transfer::Header);
  curl_easy_setopt(easy, CURLOPT_HEADERDATA, t);
  curl_easy_setopt(easy, CURLOPT_PREREQFUNCTION, &Transfer::BeforeRequest);
  curl_easy_setopt(easy, CURLOPT_PREREQDATA, t);
  if (resolve_) curl_easy_setopt(easy, CURLOPT_RESOLVE, static_cast<curl_slist*>(resolve_));

  Host& host = hosts_[request.budget_host];
  ++host.active;
  host.next_start = Clock::now() + Interval(request.budget_host);
  HostStats& stats = stats_[request.budget_host];
  stats.peak = std::max(stats.peak, host.active);
  ++started_;
  curl_multi_add_handle(multi_, easy);
  running_[easy] = std::move(transfer);
}

void HttpEngine::Harvest() {
  int left = 0;
  while (CURLMsg* message = curl_multi_info_read(multi_, &left)) {
    if (message->msg != CURLMSG_DONE) continue;
    CURL* easy = message->easy_handle;
    CURLcode code = message->data.result;  // copied before the handle goes
    curl_multi_remove_handle(multi_, easy);
    auto it = running_.find(easy);
    if (it == running_.end()) continue;
    std::unique_ptr<Transfer> transfer = std::move(it->second);
    running_.erase(it);
    Finish(transfer.release(), code);
  }
}

void HttpEngine::Finish(Transfer* raw, int curl_code) {
  std::unique_ptr<Transfer> transfer(raw);
  HttpResponse& response = transfer->response;
  CURLcode code = static_cast<CURLcode>(curl_code);
  long status = 0;
  curl_easy_getinfo(transfer->easy, CURLINFO_RESPONSE_CODE, &status);
  curl_off_t retry_after = -1;
  curl_easy_getinfo(transfer->easy, CURLINFO_RETRY_AFTER, &retry_after);
  char* address = nullptr;  // empty until a connection was made (the name resolved)
  curl_easy_getinfo(transfer->easy, CURLINFO_PRIMARY_IP, &address);
  response.connected = address && *address;
  response.status = status;
  ++response.attempts;
  curl_off_t microseconds = 0;
  curl_easy_getinfo(transfer->easy, CURLINFO_TOTAL_TIME_T, &microseconds);
  double seconds = static_cast<double>(microseconds) / 1e6;
  response.seconds += seconds;
  HostStats& stats = stats_[transfer->request.budget_host];
  ++stats.requests;
  stats.seconds += seconds;
  stats.max_seconds = std::max(stats.max_seconds, seconds);
  stats.rate_limited += status == 429 || status == 503;
  // An answer whose body was cut short (our cap, or a timeout mid-body) is an answer.
  if (!transfer->refused_address.empty()) {
    response.failure = HttpResponse::Failure::kPrivateAddress;
    response.error =
        fmt::format("{} is an address in a private network", transfer->refused_address);
  } else if (status != 0 || (code == CURLE_WRITE_ERROR && transfer->truncated)) {
    response.failure = HttpResponse::Failure::kNone;
  } else {
    response.failure = FailureOf(code);
    response.error = transfer->error[0] ? transfer->error : curl_easy_strerror(code);
  }
  curl_easy_cleanup(transfer->easy);
  curl_slist_free_all(transfer->header_list);
  transfer->easy = nullptr;
  transfer->header_list = nullptr;

  NoteReach(transfer->request, response);
  const std::string& name = transfer->request.budget_host;
  Host& host = hosts_[name];
  --host.active;
  Clock::time_point now = Clock::now();
  // A pause longer than the run waits: this request ends now, and so will every
  // request of the host still queued (Admit), instead of stalling the run.
  if ((status == 429 || status == 503) && retry_after >= 0) {
    Clock::time_point until =
        now + std::chrono::seconds(std::min<curl_off_t>(retry_after, 1LL << 31));
    if (retry_after * 1000 > options_.http.max_retry_after.count() || until >= options_.deadline) {
      response.pause_asked = retry_after;
      host.paused_until = std::max(host.paused_until, until);
      host.pause_asked = retry_after;
    }
  }
  bool timed_out = response.failure == HttpResponse::Failure::kTimeout;
  if (Retryable(response) && response.attempts <= options_.http.max_retries && !stop_requested &&
      response.pause_asked < 0 && (transfer->request.retry_timeouts || !timed_out)) {
    milliseconds delay = Backoff(response.attempts);
    if ((status == 429 || status == 503) && retry_after >= 0) {
      // The host asked for a pause: the whole host waits, the loop does not.
      delay = std::min(milliseconds(retry_after * 1000), options_.http.max_retry_after);
      if (now + delay > host.next_start)
        stats_[name].paused_seconds +=
            std::chrono::duration<double>(now + delay - std::max(now, host.next_start)).count();
      host.next_start = std::max(host.next_start, now + delay);
    }
    if (now + delay < options_.deadline) {
      transfer->ready_at = now + delay;
      delayed_.push_back(std::move(transfer));
      return;
    }
  }
  Done done = std::move(transfer->done);
  done(std::move(response));
}

bool HttpEngine::Retryable(const HttpResponse& response) const {
  switch (response.failure) {
    case HttpResponse::Failure::kTimeout:
    case HttpResponse::Failure::kReset:
      return true;
    case HttpResponse::Failure::kNone:
      break;
    default:
      return false;  // DNS, refused, TLS: asking again does not help
  }
  long s = response.status;
  return s == 429 || s == 408 || s == 500 || s == 502 || s == 503 || s == 504;
}

milliseconds HttpEngine::Backoff(int attempt) {
  long base = options_.http.retry_base.count() << std::min(attempt - 1, 10);
  std::uniform_int_distribution<long> jitter(0, base / 2);
  return milliseconds(std::min<long>(base + jitter(random_), 30'000));
}

long HttpEngine::WaitMs() const {
  Clock::time_point now = Clock::now();
  Clock::time_point next = now + milliseconds(100);  // also how often Stop() is noticed
  for (const auto& transfer : delayed_) next = std::min(next, transfer->ready_at);
  bool room = static_cast<int>(running_.size()) < TotalBudget();  // else: wait for a finish
  for (const auto& [name, host] : hosts_)
    if (room && !host.queue.empty() && host.active < Limit(name) && !Held(name))
      next = std::min(next, host.next_start);
  return std::max<long>(0, std::chrono::duration_cast<milliseconds>(next - now).count());
}

std::vector<HostStats> HttpEngine::host_stats() const {
  std::vector<HostStats> all;
  for (const auto& [name, stats] : stats_) {
    if (name == kProbeHost) continue;
    all.push_back(stats);
    all.back().host = name;
  }
  std::sort(all.begin(), all.end(),
            [](const HostStats& a, const HostStats& b) { return a.host < b.host; });
  return all;
}

int HttpEngine::TotalBudget() const {
  // Until some host answers, a few requests at a time: with no network (or a
  // resolver that drops a flood of queries) the run learns so in a moment, not
  // after a hundred lookups have each waited out their retries.
  bool warming = !answered_ && Clock::now() - created_ < kWarmUp;
  return warming ? std::min(options_.http.max_concurrency, kFirstRequests)
                 : options_.http.max_concurrency;
}

void HttpEngine::NoteReach(const HttpRequest& request, const HttpResponse& response) {
  if (response.status != 0 || response.failure == HttpResponse::Failure::kTls ||
      response.failure == HttpResponse::Failure::kReset) {
    answered_ = true;  // something out there speaks
    return;
  }
  if (answered_ || !response.Unreached() || request.budget_host == kProbeHost) return;
  unreachable_.insert(request.budget_host);
  if (unreachable_.size() < kUnreachableHosts) return;
  // Dead hosts, or no network? The host that is always up says.
  if (options_.probe_url.empty() || probe_unreachable_)
    no_network_ = true;
  else if (!probed_)
    StartProbe(/*alone=*/true);
}

void HttpEngine::StartProbe(bool alone) {
  probed_ = true;
  probe_pending_ = alone;
  HttpRequest probe;
  probe.method = HttpRequest::Method::kHead;
  probe.url = options_.probe_url;
  probe.budget_host = kProbeHost;
  probe.timeout = kProbeTimeout;
  probe.retry_timeouts = false;
  Submit(std::move(probe), [this](HttpResponse&& answer) {
    probe_pending_ = false;
    probe_unreachable_ = answer.Unreached();
    if (probe_unreachable_ && !answered_ && unreachable_.size() >= kUnreachableHosts)
      no_network_ = true;
  });
}

void HttpEngine::FailAll(const char* why, bool no_network) {
  // Everything not finished ends now; callbacks that submit more are answered too.
  for (int round = 0; round < 64; ++round) {
    std::vector<std::unique_ptr<Transfer>> pending;
    for (auto& [easy, transfer] : running_) {
      curl_multi_remove_handle(multi_, easy);
      curl_easy_cleanup(transfer->easy);
      curl_slist_free_all(transfer->header_list);
      transfer->easy = nullptr;
      transfer->header_list = nullptr;
      --hosts_[transfer->request.budget_host].active;
      pending.push_back(std::move(transfer));
    }
    running_.clear();
    for (auto& transfer : delayed_) pending.push_back(std::move(transfer));
    delayed_.clear();
    for (auto& [name, host] : hosts_) {
      for (auto& transfer : host.queue) pending.push_back(std::move(transfer));
      host.queue.clear();
    }
    if (pending.empty()) return;
    for (auto& transfer : pending) {
      HttpResponse response;
      response.deadline = !no_network;
      response.no_network = no_network;
      response.failure =
          no_network ? HttpResponse::Failure::kConnect : HttpResponse::Failure::kTimeout;
      response.error = why;
      response.attempts = transfer->response.attempts;
      Done done = std::move(transfer->done);
      done(std::move(response));
    }
  }
}

bool HttpEngine::Run() {
  for (;;) {
    if (stop_requested.exchange(false)) {
      interrupted_ = true;
      FailAll("not checked: the run was interrupted");
      return false;
    }
    if (Clock::now() >= options_.deadline) {
      FailAll("not checked before the deadline");
      return false;
    }
    if (no_network_) {
      FailAll("not checked: no network", /*no_network=*/true);
      return true;
    }
    Admit();
    int still_running = 0;
    curl_multi_perform(multi_, &still_running);
    Harvest();
    if (options_.on_tick) options_.on_tick();
    bool queued = false;
    for (const auto& [name, host] : hosts_) queued = queued || !host.queue.empty();
    if (running_.empty() && delayed_.empty() && !queued) {
      stop_requested = false;  // too late to matter; must not cut the next run short
      return true;
    }
    curl_multi_poll(multi_, nullptr, 0, static_cast<int>(WaitMs()), nullptr);
  }
}

}  // namespace awesomelint
