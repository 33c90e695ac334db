// GitHub repositories: with GITHUB_TOKEN, GraphQL batches of up to 100
// repositories; without, the REST API (60 requests an hour), and once that is
// spent, the repositories' pages themselves at a polite pace — so every link
// still gets a true verdict. Renamed is redirected (to the new name), archived is
// alive (repo-health reports it), missing is broken. What the API says of each
// repository (RepoMeta) comes from the same requests. What the run spends of each
// budget is counted (Budgets); with a token, once both are spent, the rest is left
// unchecked until they refill. The token goes to the API host only.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <ctime>
#include <deque>

#include "answers.h"
#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/strings.h"
#include "provider.h"

namespace awesomelint {
namespace {

constexpr size_t kBatch = 100;
constexpr size_t kApiInFlight = 4;  // as many as the API host's budget (Policies)
// GitHub's REST budget without a token: 60 requests an hour. Repositories beyond it
// are asked as pages from the start, beside the API, not after it ran dry.
constexpr long kAnonymousRestBudget = 60;
// A repository's page is some 300 KB; the banner and the latest commit come early.
constexpr size_t kPageBytes = 1 << 20;

class GithubProvider : public Provider {
 public:
  explicit GithubProvider(const LinkOptions& options)
      : api_(options.endpoints.github_api),
        // GraphQL needs the token, which goes only to a token home (Send).
        graphql_(!options.github_token.empty() &&
                 OriginOf(api_) == OriginOf(options.token_homes.github_api)) {}

  std::string_view name() const override { return "github"; }
  bool ReadsMetadata() const override { return true; }

  // Repository pages only; deeper paths (blobs, issues) are checked as pages.
  std::optional<std::string> Key(const Url& url) const override {
    std::optional<GithubRepo> repo = GithubRepoFromUrl(url);
    if (!repo || (!repo->rest.empty() && repo->rest != "/")) return std::nullopt;
    if (!IsSafeGithubName(repo->owner) || !IsSafeGithubName(repo->name)) return std::nullopt;
    return "github:" + repo->key();
  }

  void Add(LinkResult* result, const Url& url) override {
    std::optional<GithubRepo> repo = GithubRepoFromUrl(url);
    repos_.push_back({repo->owner, repo->name, result});
  }

  void Start(CheckSession& session) override {
    if (graphql_) {
      // A few batches at a time, each answer sending the next: a batch is sent only while
      // the budget its predecessors reported has points left.
      for (size_t i = 0; i < kApiInFlight; ++i) NextGraphQl(session);
    } else {
      // A few REST requests at a time, each answer sending the next: once the hourly
      // budget is spent, the repositories still waiting go straight to their pages
      // instead of each asking the API in vain first.
      rest_queue_.assign(repos_.begin(), repos_.end());
      ShrinkRest(session, kAnonymousRestBudget);
      NextRest(session);
    }
  }

  void Policies(std::map<std::string, HostPolicy>& policies) const override {
    // GitHub asks API clients to go easy. Its pages get the ordinary per-host
    // budget (8 by default, not a crowd); a 429 from them defers the whole host.
    policies[HostOf(api_)] = HostPolicy{4, std::chrono::milliseconds(0)};
  }

  void Budgets(std::vector<ApiBudget>& budgets) const override {
    for (const ApiBudget* budget : {&graphql_budget_, &rest_budget_})
      if (budget->requests > 0 || budget->unchecked > 0) budgets.push_back(*budget);
  }

 private:
  struct Repo {
    std::string owner, name;
    LinkResult* result;
  };

  // The next batch of up to 100 repositories; REST for it once GraphQL's budget is spent.
  void NextGraphQl(CheckSession& session) {
    if (next_batch_ >= repos_.size()) return;
    std::vector<Repo> batch(repos_.begin() + next_batch_,
                            repos_.begin() + std::min(repos_.size(), next_batch_ + kBatch));
    next_batch_ += batch.size();
    if (graphql_spent_ || graphql_budget_.remaining == 0) {
      for (const Repo& repo : batch) QueueRest(session, repo);
      NextGraphQl(session);
      return;
    }
    GraphQl(session, std::move(batch));
  }

  void GraphQl(CheckSession& session, std::vector<Repo> batch) {
    std::string query = "query {";
    for (size_t i = 0; i < batch.size(); ++i)
      query += fmt::format(" r{}: repository(owner: \"{}\", name: \"{}\") {{ {} }}", i,
                           batch[i].owner, batch[i].name, kGithubGraphQlFields);
    query += fmt::format(" {} }}", kGithubGraphQlRateLimit);
    ++graphql_budget_.requests;
    HttpRequest request = GithubApiRequest(Endpoint(api_, "/graphql"), api_);
    request.method = HttpRequest::Method::kPost;
    request.headers = {"Content-Type: application/json"};
    request.body = nlohmann::json{{"query", query}}.dump();
    request.max_body = 16 << 20;
    session.Send(std::move(request), [this, batch, &session](HttpResponse&& response) {
      for (const Repo& repo : batch) repo.result->seconds += response.seconds;
      GithubGraphQlAnswer answer = ParseGithubGraphQl(response.body, batch.size());
      if (response.status != 200) answer.usable = false;
      CountGraphQl(response, answer);
      NextGraphQl(session);
      if (!answer.usable) {
        // A bad token, an outage, the budget spent: REST (its own budget) for these.
        for (const Repo& repo : batch) QueueRest(session, repo);
        return;
      }
      for (size_t i = 0; i < batch.size(); ++i) {
        const GithubGraphQlAnswer::Lookup& lookup = answer.lookups[i];
        if (lookup.state == GithubGraphQlAnswer::State::kFound) {
          Found(batch[i], lookup.repo, 200);
        } else if (lookup.state == GithubGraphQlAnswer::State::kNotFound) {
          Resolve(*batch[i].result, LinkVerdict::kBroken, 200,
                  fmt::format("GitHub has no repository {}/{}", batch[i].owner, batch[i].name));
        } else {
          QueueRest(session, batch[i]);
        }
      }
    });
  }

  // A repository for REST to ask about (with a token: one GraphQL could not answer).
  void QueueRest(CheckSession& session, const Repo& repo) {
    rest_queue_.push_back(repo);
    NextRest(session);
  }

  // REST walks its queue a few requests at a time, each answer sending the next, so
  // that once the budget is spent the repositories still waiting are not asked in vain
  // (SpentRest takes them all then).
  void NextRest(CheckSession& session) {
    while (!rest_queue_.empty() && (rest_spent_ || rest_in_flight_ < kApiInFlight)) {
      Repo repo = rest_queue_.front();
      rest_queue_.pop_front();
      Rest(session, repo);
    }
  }

  // At most `left` more REST requests (the budget the API reports): the repositories
  // beyond them are SpentRest's now.
  void ShrinkRest(CheckSession& session, long left) {
    while (rest_queue_.size() > static_cast<size_t>(std::max(0L, left))) {
      Repo repo = rest_queue_.back();
      rest_queue_.pop_back();
      SpentRest(session, repo);
    }
  }

  void Rest(CheckSession& session, const Repo& repo) {
    if (rest_spent_) {
      SpentRest(session, repo);
      return;
    }
    ++rest_in_flight_;
    HttpRequest request = RestRequest(request_url(repo));
    session.Send(std::move(request), [this, repo, &session](HttpResponse&& response) {
      repo.result->seconds += response.seconds;
      long status = response.status;
      ReadLimitHeaders(response, rest_budget_);
      if (SaysBudgetSpent(response))
        rest_spent_ = true;  // the hourly budget is gone: no repository asks REST again
      --rest_in_flight_;
      // What is left of the budget, less what is already on its way.
      if (std::optional<long> left = ParseCount(response.Header("x-ratelimit-remaining")))
        ShrinkRest(session, *left - static_cast<long>(rest_in_flight_));
      NextRest(session);
      if (rest_spent_ && (status == 403 || status == 429)) {
        SpentRest(session, repo);
        return;
      }
      if (status == 301 || status == 302 || status == 307) {
        // A renamed repository: the API points at /repositories/ID (relative to
        // the URL it was asked, which --remap may have changed).
        Renamed(session, repo,
                ResolveUrl(session.Remap(request_url(repo)), response.Header("location")));
        return;
      }
      if (status == 200) {
        Found(repo, ParseGithubRepo(response.body), 200);
        return;
      }
      if (status == 404) {
        Resolve(*repo.result, LinkVerdict::kBroken, 404,
                fmt::format("GitHub has no repository {}/{}", repo.owner, repo.name));
        return;
      }
      Page(session, repo);  // anything else: ask the page
    });
  }

  std::string request_url(const Repo& repo) const {
    return Endpoint(api_, fmt::format("/repos/{}/{}", repo.owner, repo.name));
  }

  void Renamed(CheckSession& session, const Repo& repo, const std::string& location) {
    if (location.empty()) {
      Page(session, repo);
      return;
    }
    // The token follows the redirect only to where it went already (Send).
    HttpRequest request = RestRequest(location);
    session.Send(
        std::move(request),
        [this, repo, &session](HttpResponse&& response) {
          repo.result->seconds += response.seconds;
          GithubRepoAnswer answer = ParseGithubRepo(response.body);
          if (response.status == 200 && !answer.name_with_owner.empty()) {
            Found(repo, answer, 301);
          } else {
            Page(session, repo);
          }
        },
        /*remapped=*/true);
  }

  // A repository REST can no longer ask about. Without a token its page is asked (pages
  // are not budgeted, and the walk through them is polite); with one, both of the
  // token's budgets are spent: the repository is left unchecked until they refill,
  // rather than walking thousands of pages with a token's run.
  void SpentRest(CheckSession& session, const Repo& repo) {
    if (!graphql_) {
      Page(session, repo);
      return;
    }
    ++rest_budget_.unchecked;
    LinkResult& result = *repo.result;
    result.verdict = LinkVerdict::kUnchecked;
    result.settled = true;
    long long reset = std::max(rest_budget_.reset, graphql_budget_.reset);
    result.detail = reset > 0 ? fmt::format(
                                    "not checked: GitHub's API budget for this token is "
                                    "spent until {}",
                                    UtcTime(reset))
                              : "not checked: GitHub's API budget for this token is spent";
  }

  // A REST request, counted against REST's budget (each request one of it).
  HttpRequest RestRequest(std::string url) {
    ++rest_budget_.requests;
    ++rest_budget_.spent;
    return GithubRestRequest(std::move(url), api_);
  }

  // A refusal because the hour's budget is gone (403 or 429 with nothing remaining).
  static bool SaysBudgetSpent(const HttpResponse& response) {
    return (response.status == 403 || response.status == 429) &&
           response.Header("x-ratelimit-remaining") == "0";
  }

  // What an answer's x-ratelimit-* headers say of the budget it counts against.
  static void ReadLimitHeaders(const HttpResponse& response, ApiBudget& budget) {
    if (std::optional<long> left = ParseCount(response.Header("x-ratelimit-remaining")))
      budget.remaining = *left;
    if (std::optional<long> limit = ParseCount(response.Header("x-ratelimit-limit")))
      budget.limit = *limit;
    std::string reset = response.Header("x-ratelimit-reset");
    if (reset.size() >= 9 && reset.size() <= 11 && AllDigits(reset))
      budget.reset = std::stoll(reset);
  }

  // A GraphQL answer's cost (rateLimit.cost; a query without connections costs 1 point
  // by GitHub's rules when the answer does not say) and what is left.
  void CountGraphQl(const HttpResponse& response, const GithubGraphQlAnswer& answer) {
    ReadLimitHeaders(response, graphql_budget_);
    if (answer.remaining >= 0) graphql_budget_.remaining = answer.remaining;
    if (answer.limit >= 0) graphql_budget_.limit = answer.limit;
    if (answer.reset > 0) graphql_budget_.reset = answer.reset;
    if (answer.usable) graphql_budget_.spent += answer.cost >= 0 ? answer.cost : 1;
    if (answer.rate_limited || SaysBudgetSpent(response)) graphql_spent_ = true;
  }

  // The repository's page, without the API: it shows the archived banner and the
  // latest commit too.
  void Page(CheckSession& session, const Repo& repo) {
    LinkResult* result = repo.result;
    session.CheckPage(
        fmt::format("https://github.com/{}/{}", repo.owner, repo.name), "github.com",
        [result](PageOutcome outcome) {
          ApplyOutcome(outcome, *result);
          if (outcome.verdict != LinkVerdict::kAlive && outcome.verdict != LinkVerdict::kRedirected)
            return;
          GithubRepoAnswer answer = ParseGithubRepoPage(outcome.body);
          if (!answer.archived && answer.last_commit.empty() && answer.stars < 0) return;
          result->meta.repo = answer;
          if (answer.archived) NoteArchived(*result);
        },
        {}, kPageBytes);
  }

  // Said in the result's detail; repo-health reports it (link-check would say it twice).
  static void NoteArchived(LinkResult& result) {
    result.detail = result.detail.empty() ? "archived" : result.detail + "; archived";
  }

  void Found(const Repo& repo, const GithubRepoAnswer& answer, long status) {
    LinkResult& result = *repo.result;
    const std::string& name_with_owner = answer.name_with_owner;
    std::string asked = ToLower(repo.owner + "/" + repo.name);
    if (!name_with_owner.empty() && ToLower(name_with_owner) != asked) {
      result.verdict = LinkVerdict::kRedirected;
      result.settled = true;
      result.final_url = "https://github.com/" + name_with_owner;
      result.detail = fmt::format("renamed to {}", name_with_owner);
    } else {
      result.verdict = LinkVerdict::kAlive;
      result.settled = true;
    }
    result.http_status = status;
    result.meta.repo = answer;
    if (answer.archived) NoteArchived(result);
  }

  static std::optional<long> ParseCount(const std::string& text) {
    if (text.empty() || text.size() > 9 || !AllDigits(text)) return std::nullopt;
    return std::stol(text);
  }

  static void Resolve(LinkResult& result, LinkVerdict verdict, long status, std::string detail) {
    result.verdict = verdict;
    result.settled = true;
    result.http_status = status;
    result.detail = std::move(detail);
  }

  std::string api_;
  bool graphql_;
  std::vector<Repo> repos_;
  size_t next_batch_ = 0;  // with a token: the first repository of the next GraphQL batch
  bool graphql_spent_ = false;
  ApiBudget graphql_budget_{.api = "GitHub GraphQL", .unit = "points"};
  ApiBudget rest_budget_{.api = "GitHub REST", .unit = "requests"};
  bool rest_spent_ = false;
  std::deque<Repo> rest_queue_;  // waiting for REST
  size_t rest_in_flight_ = 0;
};

}  // namespace

HttpRequest GithubApiRequest(std::string url, const std::string& api) {
  HttpRequest request;
  request.url = std::move(url);
  request.budget_host = HostOf(api);
  request.credential = Credential::kGithub;
  return request;
}

HttpRequest GithubRestRequest(std::string url, const std::string& api) {
  HttpRequest request = GithubApiRequest(std::move(url), api);
  request.headers = {"Accept: application/vnd.github+json"};
  request.max_body = kMaxGithubRestAnswer;
  return request;
}

std::unique_ptr<Provider> MakeGithubProvider(const LinkOptions& options) {
  return std::make_unique<GithubProvider>(options);
}

}  // namespace awesomelint
