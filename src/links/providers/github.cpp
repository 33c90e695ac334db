// GitHub repositories: with GITHUB_TOKEN, GraphQL batches of up to 100
// repositories; without, the REST API (60 requests an hour), and once that is
// spent, the repositories' pages themselves at a polite pace — so every link
// still gets a true verdict. Renamed is redirected (to the new name), archived is
// alive with a warning, missing is broken. The token goes to the API host only.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "answers.h"
#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/strings.h"
#include "provider.h"

namespace awesomelint {
namespace {

constexpr size_t kBatch = 100;
constexpr size_t kRestInFlight = 4;  // as many as the API host's budget (Policies)
// GitHub's REST budget without a token: 60 requests an hour. Repositories beyond it
// are asked as pages from the start, beside the API, not after it ran dry.
constexpr long kAnonymousRestBudget = 60;
// A repository's page is some 300 KB; the banner and the latest commit come early.
constexpr size_t kPageBytes = 1 << 20;

bool SafeName(std::string_view name) {
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'))
      return false;
  return !name.empty();
}

class GithubProvider : public Provider {
 public:
  explicit GithubProvider(const LinkOptions& options)
      : api_(options.endpoints.github_api),
        // GraphQL needs the token, which goes only to a token home (Send).
        graphql_(!options.github_token.empty() &&
                 OriginOf(api_) == OriginOf(options.token_homes.github_api)) {}

  std::string_view name() const override { return "github"; }

  // Repository pages only; deeper paths (blobs, issues) are checked as pages.
  std::optional<std::string> Key(const Url& url) const override {
    std::optional<GithubRepo> repo = GithubRepoFromUrl(url);
    if (!repo || (!repo->rest.empty() && repo->rest != "/")) return std::nullopt;
    if (!SafeName(repo->owner) || !SafeName(repo->name)) return std::nullopt;
    return "github:" + repo->key();
  }

  void Add(LinkResult* result, const Url& url) override {
    std::optional<GithubRepo> repo = GithubRepoFromUrl(url);
    repos_.push_back({repo->owner, repo->name, result});
    rest_end_ = repos_.size();
  }

  void Start(CheckSession& session) override {
    if (graphql_) {
      for (size_t begin = 0; begin < repos_.size(); begin += kBatch)
        GraphQl(session,
                std::vector<Repo>(repos_.begin() + begin,
                                  repos_.begin() + std::min(repos_.size(), begin + kBatch)));
    } else {
      // A few REST requests at a time, each answer sending the next: once the hourly
      // budget is spent, the repositories still waiting go straight to their pages
      // instead of each asking the API in vain first.
      ShrinkRest(session, kAnonymousRestBudget);
      for (size_t i = 0; i < kRestInFlight; ++i) NextRest(session);
    }
  }

  void Policies(std::map<std::string, HostPolicy>& policies) const override {
    // GitHub asks API clients to go easy. Its pages get the ordinary per-host
    // budget (8 by default, not a crowd); a 429 from them defers the whole host.
    policies[HostOf(api_)] = HostPolicy{4, std::chrono::milliseconds(0)};
  }

 private:
  struct Repo {
    std::string owner, name;
    LinkResult* result;
  };

  // Asks for the token; CheckSession::Send decides whether the URL may have it.
  HttpRequest ApiRequest(std::string url) const {
    HttpRequest request;
    request.url = std::move(url);
    request.budget_host = HostOf(api_);
    request.credential = Credential::kGithub;
    return request;
  }

  void GraphQl(CheckSession& session, std::vector<Repo> batch) {
    std::string query = "query {";
    for (size_t i = 0; i < batch.size(); ++i)
      query += fmt::format(" r{}: repository(owner: \"{}\", name: \"{}\") {{ {} }}", i,
                           batch[i].owner, batch[i].name, kGithubGraphQlFields);
    query += " }";
    HttpRequest request = ApiRequest(Endpoint(api_, "/graphql"));
    request.method = HttpRequest::Method::kPost;
    request.headers = {"Content-Type: application/json"};
    request.body = nlohmann::json{{"query", query}}.dump();
    request.max_body = 16 << 20;
    session.Send(std::move(request), [this, batch, &session](HttpResponse&& response) {
      for (const Repo& repo : batch) repo.result->seconds += response.seconds;
      GithubGraphQlAnswer answer;
      if (response.status == 200) answer = ParseGithubGraphQl(response.body, batch.size());
      if (!answer.usable) {
        for (const Repo& repo : batch) Rest(session, repo);  // a bad token, an outage: REST
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
          Rest(session, batch[i]);
        }
      }
    });
  }

  // The next repository of the tokenless REST walk; all the rest once the budget is spent.
  void NextRest(CheckSession& session) {
    while (next_rest_ < rest_end_) {
      Rest(session, repos_[next_rest_++], /*chained=*/true);
      if (!rest_spent_) return;
    }
  }

  // At most `left` more REST requests (the budget the API reports): the repositories
  // beyond them go to their pages now.
  void ShrinkRest(CheckSession& session, long left) {
    size_t end = next_rest_ + static_cast<size_t>(std::max(0L, left));
    while (rest_end_ > std::max(end, next_rest_)) Page(session, repos_[--rest_end_]);
  }

  void Rest(CheckSession& session, const Repo& repo, bool chained = false) {
    if (rest_spent_) {
      Page(session, repo);
      return;
    }
    if (chained) ++rest_in_flight_;
    HttpRequest request = ApiRequest(request_url(repo));
    request.headers = {"Accept: application/vnd.github+json"};
    request.max_body = 1 << 20;
    session.Send(std::move(request), [this, repo, chained, &session](HttpResponse&& response) {
      repo.result->seconds += response.seconds;
      long status = response.status;
      if ((status == 403 || status == 429) && response.Header("x-ratelimit-remaining") == "0")
        rest_spent_ = true;  // the hourly budget is gone: every repository from here is a page
      if (chained) --rest_in_flight_;
      // What is left of the budget, less what is already on its way.
      if (std::optional<long> left = ParseCount(response.Header("x-ratelimit-remaining")))
        ShrinkRest(session, *left - static_cast<long>(rest_in_flight_));
      if (chained) NextRest(session);
      if (rest_spent_ && (status == 403 || status == 429)) {
        Page(session, repo);
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
    HttpRequest request = ApiRequest(location);
    request.headers = {"Accept: application/vnd.github+json"};
    request.max_body = 1 << 20;
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
  bool rest_spent_ = false;
  size_t next_rest_ = 0;  // tokenless: the next repository to ask REST about
  size_t rest_end_ = 0;   // ... and the end of those REST may still ask about
  size_t rest_in_flight_ = 0;
};

}  // namespace

std::unique_ptr<Provider> MakeGithubProvider(const LinkOptions& options) {
  return std::make_unique<GithubProvider>(options);
}

}  // namespace awesomelint
