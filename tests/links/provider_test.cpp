// The providers (GitHub, arXiv, Hugging Face, Zenodo, DOI) against fake APIs on
// 127.0.0.1: each test starts servers that answer in the real APIs' shapes, points
// the provider endpoints at them, and remaps the sites' pages onto them. A last
// remap rule sends every https URL nobody remapped to a closed local port, so
// nothing here can reach the internet.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "awesomelint/config/options.h"
#include "awesomelint/links/link_checker.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/model/link_result.h"
#include "awesomelint/report/report.h"
#include "awesomelint/support/strings.h"
#include "tests/links/check_list.h"
#include "tests/links/test_server.h"
#include "tests/support/helpers.h"
#include "tests/support/temp_dir.h"

namespace awesomelint {
namespace {

using testing::Checked;
using testing::CheckList;
using testing::TempDir;
using testing::TestServer;
using Request = TestServer::Request;

constexpr char kGithubToken[] = "ghp_TESTtoken0123456789secret";
constexpr char kHfToken[] = "hf_TESTtokenABCDEFsecret";

LinkOptions QuickOptions() {
  LinkOptions options = DefaultLinkOptions();
  options.http.timeout = std::chrono::seconds(10);
  options.http.connect_timeout = std::chrono::seconds(5);
  options.http.retry_base = std::chrono::milliseconds(10);
  options.http.max_retries = 2;
  // cpp-httplib serves 8 kept-alive connections at once, one thread each: stay under.
  options.http.host_concurrency = 4;
  options.cache_file.clear();
  options.http.user_agent = "awesomelint-test";
  return options;
}

// Checks `urls` (one list item each). Whatever https URL the test did not remap
// goes to port 1 on loopback, which refuses: never to the internet.
Checked Check(const std::vector<std::string>& urls, LinkOptions options) {
  options.remap.emplace_back("^https://", "http://127.0.0.1:1/offline/");
  return CheckList(urls, options);
}

// A header of a recorded request, by case-insensitive name; "" when absent.
std::string HeaderOf(const Request& request, const std::string& name) {
  for (const auto& [key, value] : request.headers)
    if (ToLower(key) == ToLower(name)) return value;
  return {};
}

bool HasHeader(const Request& request, const std::string& name) {
  for (const auto& [key, value] : request.headers)
    if (ToLower(key) == ToLower(name)) return true;
  return false;
}

// Whether `secret` appears anywhere in what a server was sent.
bool Carries(const Request& request, const std::string& secret) {
  if (request.path.find(secret) != std::string::npos) return true;
  if (request.body.find(secret) != std::string::npos) return true;
  for (const auto& [key, value] : request.headers)
    if (key.find(secret) != std::string::npos || value.find(secret) != std::string::npos)
      return true;
  return false;
}

void ExpectNoSecretIn(const LinkReport& report, const std::string& secret) {
  for (const LinkResult& result : report.results) {
    EXPECT_EQ(result.url.find(secret), std::string::npos) << result.url;
    EXPECT_EQ(result.key.find(secret), std::string::npos) << result.key;
    EXPECT_EQ(result.final_url.find(secret), std::string::npos) << result.final_url;
    EXPECT_EQ(result.detail.find(secret), std::string::npos) << result.detail;
  }
  for (const std::string& warning : report.warnings)
    EXPECT_EQ(warning.find(secret), std::string::npos) << warning;
}

std::vector<std::string> Paths(TestServer& server) {
  std::vector<std::string> paths;
  for (const Request& request : server.requests()) paths.push_back(request.path);
  return paths;
}

// --- GitHub ------------------------------------------------------------------------

struct FakeRepo {
  std::string name_with_owner;
  bool archived = false;
};

// The aliases of a batched GraphQL query: alias -> "owner/name".
std::map<std::string, std::string> Aliases(const std::string& body) {
  std::map<std::string, std::string> aliases;
  nlohmann::json request = nlohmann::json::parse(body, nullptr, false);
  if (!request.is_object() || !request.contains("query") || !request["query"].is_string())
    return aliases;
  std::string query = request["query"].get<std::string>();
  static const std::regex kAlias(R"re((\w+): repository\(owner: "([^"]*)", name: "([^"]*)"\))re");
  for (auto it = std::sregex_iterator(query.begin(), query.end(), kAlias);
       it != std::sregex_iterator(); ++it)
    aliases[(*it)[1]] = (*it)[2].str() + "/" + (*it)[3].str();
  return aliases;
}

// The bodies a handler was sent (TestServer records requests before their bodies
// are read, so POST bodies are kept here).
class Bodies {
 public:
  void Add(const std::string& body) {
    std::lock_guard lock(mutex_);
    bodies_.push_back(body);
  }
  std::vector<std::string> all() {
    std::lock_guard lock(mutex_);
    return bodies_;
  }

 private:
  std::mutex mutex_;
  std::vector<std::string> bodies_;
};

// A GraphQL endpoint in GitHub's shapes: an object per found repository (renames
// followed), null plus a NOT_FOUND error for the others.
std::shared_ptr<Bodies> ServeGraphQl(TestServer& api, std::map<std::string, FakeRepo> repos) {
  auto bodies = std::make_shared<Bodies>();
  api.server().Post(
      "/graphql", [repos, bodies](const httplib::Request& req, httplib::Response& res) {
        bodies->Add(req.body);
        nlohmann::json data = nlohmann::json::object();
        nlohmann::json errors = nlohmann::json::array();
        for (const auto& [alias, repo] : Aliases(req.body)) {
          auto it = repos.find(ToLower(repo));
          if (it == repos.end()) {
            data[alias] = nullptr;
            errors.push_back(
                {{"type", "NOT_FOUND"},
                 {"path", {alias}},
                 {"locations", {{{"line", 1}, {"column", 9}}}},
                 {"message", "Could not resolve to a Repository with the name '" + repo + "'."}});
          } else {
            data[alias] = {{"nameWithOwner", it->second.name_with_owner},
                           {"isArchived", it->second.archived}};
          }
        }
        nlohmann::json answer = {{"data", data}};
        if (!errors.empty()) answer["errors"] = errors;
        res.set_content(answer.dump(), "application/json");
      });
  return bodies;
}

LinkOptions GithubOptions(TestServer& api, TestServer& pages) {
  LinkOptions options = QuickOptions();
  options.endpoints.github_api = options.token_homes.github_api = api.Url("");
  options.remap = {{"^https://github\\.com/(.*)$", pages.Url("/$1")}};
  return options;
}

TEST(GithubProviderTest, TokenAsksOneGraphQlBatchForEveryRepository) {
  TestServer api, pages;
  auto bodies = ServeGraphQl(api, {{"octo/alive", {"octo/alive"}},
                                   {"octo/old-name", {"octo/new-name"}},
                                   {"octo/archived", {"octo/archived", true}},
                                   {"octo/casing", {"Octo/Casing"}}});
  pages.server().Get(R"(/.*)", [](const auto&, auto& res) { res.status = 200; });
  api.Start();
  pages.Start();
  LinkOptions options = GithubOptions(api, pages);
  options.github_token = kGithubToken;
  Checked c = Check({"https://github.com/octo/alive", "https://github.com/octo/missing",
                     "https://github.com/octo/old-name", "https://github.com/octo/archived",
                     "https://github.com/Octo/Alive/", "https://github.com/octo/casing.git"},
                    options);

  const LinkResult& alive = c.For("https://github.com/octo/alive");
  EXPECT_EQ(alive.provider, "github");
  EXPECT_EQ(alive.key, "github:octo/alive");
  EXPECT_EQ(alive.verdict, LinkVerdict::kAlive);
  ASSERT_TRUE(alive.meta.repo.has_value()) << "what GraphQL says of it, from the same batch";
  EXPECT_EQ(alive.meta.repo->name_with_owner, "octo/alive");
  EXPECT_FALSE(alive.meta.repo->archived);
  EXPECT_FALSE(alive.warn);
  EXPECT_EQ(alive.locations.size(), 2u) << "github.com/Octo/Alive/ is the same repository";

  const LinkResult& missing = c.For("https://github.com/octo/missing");
  EXPECT_EQ(missing.verdict, LinkVerdict::kBroken);
  EXPECT_EQ(missing.detail, "GitHub has no repository octo/missing");

  const LinkResult& renamed = c.For("https://github.com/octo/old-name");
  EXPECT_EQ(renamed.verdict, LinkVerdict::kRedirected);
  EXPECT_EQ(renamed.final_url, "https://github.com/octo/new-name");
  EXPECT_EQ(renamed.detail, "renamed to octo/new-name");

  const LinkResult& archived = c.For("https://github.com/octo/archived");
  EXPECT_EQ(archived.verdict, LinkVerdict::kAlive);
  EXPECT_FALSE(archived.warn) << "repo-health reports it, not link-check";
  ASSERT_TRUE(archived.meta.repo.has_value());
  EXPECT_TRUE(archived.meta.repo->archived);
  EXPECT_EQ(archived.detail, "archived");

  const LinkResult& casing = c.For("https://github.com/octo/casing.git");
  EXPECT_EQ(casing.verdict, LinkVerdict::kAlive) << "a different case is not a rename";
  EXPECT_TRUE(casing.final_url.empty());

  // One POST for the five repositories, with the token, and nothing else anywhere.
  std::vector<Request> seen = api.requests();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].method, "POST");
  EXPECT_EQ(seen[0].path, "/graphql");
  EXPECT_EQ(HeaderOf(seen[0], "Authorization"), std::string("Bearer ") + kGithubToken);
  EXPECT_EQ(HeaderOf(seen[0], "Content-Type"), "application/json");
  ASSERT_EQ(bodies->all().size(), 1u);
  std::string body = bodies->all()[0];
  std::set<std::string> asked;
  for (const auto& [alias, repo] : Aliases(body)) asked.insert(ToLower(repo));
  EXPECT_EQ(asked, (std::set<std::string>{"octo/alive", "octo/missing", "octo/old-name",
                                          "octo/archived", "octo/casing"}));
  EXPECT_EQ(Aliases(body).size(), 5u) << "each repository asked once";
  EXPECT_TRUE(pages.requests().empty()) << "GraphQL answered for every repository";
  EXPECT_EQ(c.report.requests, 1);
  ExpectNoSecretIn(c.report, kGithubToken);
}

TEST(GithubProviderTest, MoreThanAHundredRepositoriesAreSplitIntoBatchesOfAHundred) {
  TestServer api, pages;
  std::map<std::string, FakeRepo> repos;
  std::vector<std::string> urls;
  for (int i = 0; i < 150; ++i) {
    std::string name = "octo/repo-" + std::to_string(i);
    repos[name] = {name};
    urls.push_back("https://github.com/" + name);
  }
  auto bodies = ServeGraphQl(api, repos);
  api.Start();
  pages.Start();
  LinkOptions options = GithubOptions(api, pages);
  options.github_token = kGithubToken;
  Checked c = Check(urls, options);
  for (const std::string& url : urls) EXPECT_EQ(c.For(url).verdict, LinkVerdict::kAlive) << url;

  std::vector<Request> seen = api.requests();
  ASSERT_EQ(seen.size(), 2u);
  std::multiset<std::string> asked;
  std::vector<size_t> sizes;
  for (const Request& request : seen) EXPECT_EQ(request.path, "/graphql");
  ASSERT_EQ(bodies->all().size(), 2u);
  for (const std::string& body : bodies->all()) {
    auto aliases = Aliases(body);
    sizes.push_back(aliases.size());
    for (const auto& [alias, repo] : aliases) asked.insert(repo);
  }
  std::sort(sizes.begin(), sizes.end());
  EXPECT_EQ(sizes, (std::vector<size_t>{50, 100}));
  EXPECT_EQ(asked.size(), 150u);
  for (const auto& [name, repo] : repos) EXPECT_EQ(asked.count(name), 1u) << name;
  EXPECT_TRUE(pages.requests().empty());
}

// A null repository with an error that is not NOT_FOUND (SAML enforcement, a
// timeout, a rate limit) says nothing about whether the repository exists.
TEST(GithubProviderTest, GraphQlErrorsOtherThanNotFoundAreNotBroken) {
  TestServer api, pages;
  api.server().Post("/graphql", [](const httplib::Request& req, httplib::Response& res) {
    nlohmann::json data = nlohmann::json::object();
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& [alias, repo] : Aliases(req.body)) {
      if (repo == "saml-org/tool") {
        data[alias] = nullptr;
        errors.push_back({{"type", "FORBIDDEN"},
                          {"path", {alias}},
                          {"message",
                           "Resource protected by organization SAML enforcement. You must grant "
                           "your Personal Access token access to this organization."}});
      } else if (repo == "octo/gone") {
        data[alias] = nullptr;
        errors.push_back({{"type", "NOT_FOUND"},
                          {"path", {alias}},
                          {"message",
                           "Could not resolve to a Repository with the name "
                           "'octo/gone'."}});
      } else {
        data[alias] = {{"nameWithOwner", repo}, {"isArchived", false}};
      }
    }
    res.set_content(nlohmann::json({{"data", data}, {"errors", errors}}).dump(),
                    "application/json");
  });
  // REST, with the same token, is refused too: the page decides.
  api.server().Get("/repos/saml-org/tool", [](const auto&, auto& res) {
    res.status = 403;
    res.set_header("x-ratelimit-remaining", "4998");
    res.set_content(R"({"message":"Resource protected by organization SAML enforcement."})",
                    "application/json");
  });
  pages.server().Get("/saml-org/tool", [](const auto&, auto& res) { res.status = 200; });
  api.Start();
  pages.Start();
  LinkOptions options = GithubOptions(api, pages);
  options.github_token = kGithubToken;
  Checked c = Check({"https://github.com/saml-org/tool", "https://github.com/octo/gone",
                     "https://github.com/octo/fine"},
                    options);
  EXPECT_EQ(c.For("https://github.com/saml-org/tool").verdict, LinkVerdict::kAlive);
  EXPECT_EQ(c.For("https://github.com/octo/gone").verdict, LinkVerdict::kBroken);
  EXPECT_EQ(c.For("https://github.com/octo/fine").verdict, LinkVerdict::kAlive);
  EXPECT_EQ(api.Count("/graphql"), 1u);
  EXPECT_EQ(api.Count("/repos/saml-org/tool"), 1u);
  EXPECT_EQ(api.Count("/repos/octo/gone"), 0u) << "NOT_FOUND is an answer";
  EXPECT_EQ(pages.Count("/saml-org/tool"), 1u);
  EXPECT_EQ(pages.Count("/octo/gone"), 0u);
  for (const Request& request : pages.requests()) EXPECT_FALSE(Carries(request, kGithubToken));
}

TEST(GithubProviderTest, GraphQlWithoutDataFallsBackToRestNotToBroken) {
  TestServer api, pages;
  // GitHub's answer when a query times out: data null, one error without a path.
  api.server().Post("/graphql", [](const auto&, auto& res) {
    res.set_content(
        R"({"data":null,"errors":[{"message":"Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug."}]})",
        "application/json");
  });
  api.server().Get("/repos/octo/alive", [](const auto&, auto& res) {
    res.set_content(R"({"full_name":"octo/alive","archived":false})", "application/json");
  });
  api.server().Get("/repos/octo/missing", [](const auto&, auto& res) {
    res.status = 404;
    res.set_content(R"({"message":"Not Found"})", "application/json");
  });
  api.Start();
  pages.Start();
  LinkOptions options = GithubOptions(api, pages);
  options.github_token = kGithubToken;
  Checked c = Check({"https://github.com/octo/alive", "https://github.com/octo/missing"}, options);
  EXPECT_EQ(c.For("https://github.com/octo/alive").verdict, LinkVerdict::kAlive);
  EXPECT_EQ(c.For("https://github.com/octo/missing").verdict, LinkVerdict::kBroken);
  EXPECT_EQ(c.For("https://github.com/octo/missing").http_status, 404);
  EXPECT_EQ(api.Count("/graphql"), 1u);
  EXPECT_EQ(api.Count("/repos/octo/alive"), 1u);
  EXPECT_EQ(api.Count("/repos/octo/missing"), 1u);
  for (const Request& request : api.requests())
    if (request.method == "GET")
      EXPECT_EQ(HeaderOf(request, "Authorization"), std::string("Bearer ") + kGithubToken);
  EXPECT_TRUE(pages.requests().empty());
}

TEST(GithubProviderTest, WithoutATokenRestAnswersEachRepository) {
  TestServer api, pages;
  auto& s = api.server();
  s.Get("/repos/octo/alive", [](const auto&, auto& res) {
    res.set_content(R"({"id":1,"full_name":"octo/alive","archived":false})", "application/json");
  });
  s.Get("/repos/octo/archived", [](const auto&, auto& res) {
    res.set_content(R"({"id":2,"full_name":"octo/archived","archived":true})", "application/json");
  });
  s.Get("/repos/octo/missing", [](const auto&, auto& res) {
    res.status = 404;
    res.set_content(R"({"message":"Not Found"})", "application/json");
  });
  // A renamed repository: 301 to /repositories/ID, as api.github.com answers.
  std::string moved_to = api.Url("/repositories/42");
  s.Get("/repos/octo/old-name", [moved_to](const auto&, auto& res) {
    res.status = 301;
    res.set_header("Location", moved_to);
    res.set_content(R"({"message":"Moved Permanently","url":")" + moved_to + R"("})",
                    "application/json");
  });
  s.Get("/repositories/42", [](const auto&, auto& res) {
    res.set_content(R"({"id":42,"full_name":"new-owner/new-name","archived":false})",
                    "application/json");
  });
  pages.server().Get(R"(/.*)", [](const auto&, auto& res) { res.status = 200; });
  api.Start();
  pages.Start();
  Checked c = Check({"https://github.com/octo/alive", "https://github.com/octo/archived",
                     "https://github.com/octo/missing", "https://github.com/octo/old-name"},
                    GithubOptions(api, pages));

  EXPECT_EQ(c.For("https://github.com/octo/alive").verdict, LinkVerdict::kAlive);
  EXPECT_EQ(c.For("https://github.com/octo/alive").http_status, 200);
  const LinkResult& archived = c.For("https://github.com/octo/archived");
  EXPECT_EQ(archived.verdict, LinkVerdict::kAlive);
  EXPECT_FALSE(archived.warn) << "repo-health reports it, not link-check";
  ASSERT_TRUE(archived.meta.repo.has_value());
  EXPECT_TRUE(archived.meta.repo->archived);
  EXPECT_EQ(archived.detail, "archived");
  const LinkResult& missing = c.For("https://github.com/octo/missing");
  EXPECT_EQ(missing.verdict, LinkVerdict::kBroken);
  EXPECT_EQ(missing.http_status, 404);
  EXPECT_EQ(missing.detail, "GitHub has no repository octo/missing");
  const LinkResult& renamed = c.For("https://github.com/octo/old-name");
  EXPECT_EQ(renamed.verdict, LinkVerdict::kRedirected);
  EXPECT_EQ(renamed.final_url, "https://github.com/new-owner/new-name");
  EXPECT_EQ(renamed.detail, "renamed to new-owner/new-name");
  EXPECT_EQ(renamed.http_status, 301);

  EXPECT_EQ(Paths(api).size(), 5u);
  for (const char* path : {"/repos/octo/alive", "/repos/octo/archived", "/repos/octo/missing",
                           "/repos/octo/old-name", "/repositories/42"})
    EXPECT_EQ(api.Count(path), 1u) << path;
  for (const Request& request : api.requests()) {
    EXPECT_EQ(request.method, "GET");
    EXPECT_FALSE(HasHeader(request, "Authorization")) << request.path;
    EXPECT_EQ(HeaderOf(request, "Accept"), "application/vnd.github+json");
    EXPECT_EQ(HeaderOf(request, "User-Agent"), "awesomelint-test") << "GitHub requires one";
  }
  EXPECT_TRUE(pages.requests().empty()) << "the API answered for every repository";
}

// Once the hourly REST budget is spent, the repositories' own pages still give
// true verdicts.
TEST(GithubProviderTest, SpentRateLimitFallsBackToThePages) {
  for (int status : {403, 429}) {
    SCOPED_TRACE(status);
    TestServer api, pages;
    api.server().Get(R"(/repos/.*)", [status](const auto&, auto& res) {
      res.status = status;
      res.set_header("x-ratelimit-limit", "60");
      res.set_header("x-ratelimit-remaining", "0");
      res.set_header("x-ratelimit-reset", "4102444800");
      res.set_content(R"({"message":"API rate limit exceeded for 127.0.0.1."})",
                      "application/json");
    });
    auto& p = pages.server();
    p.Get("/octo/alive", [](const auto&, auto& res) { res.set_content("<html>", "text/html"); });
    p.Get("/octo/missing", [](const auto&, auto& res) { res.status = 404; });
    p.Get("/octo/old-name",
          [](const auto&, auto& res) { res.set_redirect("/octo/new-name", 301); });
    p.Get("/octo/new-name", [](const auto&, auto& res) { res.set_content("<html>", "text/html"); });
    api.Start();
    pages.Start();
    Checked c = Check({"https://github.com/octo/alive", "https://github.com/octo/missing",
                       "https://github.com/octo/old-name"},
                      GithubOptions(api, pages));
    EXPECT_EQ(c.For("https://github.com/octo/alive").verdict, LinkVerdict::kAlive);
    EXPECT_EQ(c.For("https://github.com/octo/missing").verdict, LinkVerdict::kBroken);
    EXPECT_EQ(c.For("https://github.com/octo/missing").detail, "404 Not Found");
    const LinkResult& renamed = c.For("https://github.com/octo/old-name");
    EXPECT_EQ(renamed.verdict, LinkVerdict::kRedirected);
    EXPECT_EQ(renamed.final_url, "https://github.com/octo/new-name") << "in the link's own terms";
    for (const char* repo : {"octo/alive", "octo/missing", "octo/old-name"}) {
      // 403 is final; 429 is retried (twice) before the provider gives up on the API.
      EXPECT_EQ(api.Count(std::string("/repos/") + repo), status == 403 ? 1u : 3u) << repo;
      EXPECT_GE(pages.Count(std::string("/") + repo), 1u) << repo;
    }
    for (const Request& request : pages.requests())
      EXPECT_FALSE(HasHeader(request, "Authorization"));
  }
}

// The budget runs out part-way: the API is asked no more than the requests
// already in flight, and every repository still gets a verdict from its page.
TEST(GithubProviderTest, NoRestRequestAfterTheBudgetIsSpent) {
  constexpr size_t kAnswered = 5, kRepos = 30, kInFlight = 4;
  TestServer api, pages;
  auto served = std::make_shared<std::atomic<size_t>>(0);
  api.server().Get(R"(/repos/octo/(r\d+))", [served](const auto& req, auto& res) {
    if (served->fetch_add(1) < kAnswered) {
      res.set_content(R"({"full_name":"octo/)" + req.matches[1].str() + R"(","archived":false})",
                      "application/json");
      return;
    }
    res.status = 403;
    res.set_header("x-ratelimit-remaining", "0");
    res.set_content(R"({"message":"API rate limit exceeded"})", "application/json");
  });
  pages.server().Get(R"(/.*)", [](const auto&, auto& res) { res.status = 200; });
  api.Start();
  pages.Start();
  std::vector<std::string> urls;
  for (size_t i = 0; i < kRepos; ++i)
    urls.push_back("https://github.com/octo/r" + std::to_string(i));
  Checked c = Check(urls, GithubOptions(api, pages));

  for (const std::string& url : urls) EXPECT_EQ(c.For(url).verdict, LinkVerdict::kAlive) << url;
  EXPECT_LE(api.requests().size(), kAnswered + kInFlight)
      << "one 403 with no budget left, plus those already sent";
  EXPECT_EQ(pages.requests().size(), kRepos - kAnswered)
      << "one page for each repository the API did not answer, none for those it did";
}

// Without a token, REST has 60 requests an hour at most: the repositories beyond them
// are asked as pages from the start; and when the API says less is left, fewer.
TEST(GithubProviderTest, RepositoriesBeyondTheRestBudgetGoToTheirPagesAtOnce) {
  for (long left : {60L, 9L}) {
    constexpr size_t kRepos = 75, kInFlight = 4;
    TestServer api, pages;
    auto served = std::make_shared<std::atomic<long>>(0);
    api.server().Get(R"(/repos/octo/(r\d+))", [served, left](const auto& req, auto& res) {
      long remaining = std::max(0L, left - 1 - served->fetch_add(1));
      res.set_header("x-ratelimit-remaining", std::to_string(remaining));
      res.set_content(R"({"full_name":"octo/)" + req.matches[1].str() + R"(","archived":false})",
                      "application/json");
    });
    pages.server().Get(R"(/.*)", [](const auto&, auto& res) { res.status = 200; });
    api.Start();
    pages.Start();
    std::vector<std::string> urls;
    for (size_t i = 0; i < kRepos; ++i)
      urls.push_back("https://github.com/octo/r" + std::to_string(i));
    Checked c = Check(urls, GithubOptions(api, pages));

    for (const std::string& url : urls) EXPECT_EQ(c.For(url).verdict, LinkVerdict::kAlive) << url;
    EXPECT_LE(api.requests().size(), static_cast<size_t>(left) + kInFlight) << left;
    EXPECT_GE(api.requests().size(), std::min<size_t>(left, kInFlight)) << left;
    EXPECT_EQ(api.requests().size() + pages.requests().size(), kRepos)
        << "each repository asked once, by the API or by its page";
    // Requests the server counted whose answers are still on their way are counted
    // twice, so a few repositories may go to their pages that REST could have had.
    if (left == 60) EXPECT_GE(api.requests().size(), 60u - kInFlight) << "the anonymous budget";
  }
}

TEST(GithubProviderTest, ARepositorysPageSaysWhetherItIsArchivedAndWhenItLastChanged) {
  TestServer api, pages;
  api.server().Get(R"(/repos/.*)", [](const auto&, auto& res) {
    res.status = 403;
    res.set_header("x-ratelimit-remaining", "0");
    res.set_content(R"({"message":"API rate limit exceeded"})", "application/json");
  });
  pages.server().Get("/octo/old", [](const auto&, auto& res) {
    res.set_content(
        R"(<div class="flash flash-warn">This repository was archived by the owner on Jan 5, )"
        R"(2023. It is now read-only.</div><a href="/octo/old/commits">Latest commit )"
        R"(<relative-time datetime="2022-12-30T10:00:00Z" class="no-wrap"></relative-time></a>)"
        R"(<span id="repo-stars-counter-star" title="1,234" class="Counter">1.2k</span>)",
        "text/html");
  });
  pages.server().Get("/octo/plain", [](const auto&, auto& res) {
    res.set_content("<html><body>a page that says nothing of its repository</body></html>",
                    "text/html");
  });
  api.Start();
  pages.Start();
  Checked c = Check({"https://github.com/octo/old", "https://github.com/octo/plain"},
                    GithubOptions(api, pages));

  const LinkResult& old = c.For("https://github.com/octo/old");
  EXPECT_EQ(old.verdict, LinkVerdict::kAlive);
  ASSERT_TRUE(old.meta.repo.has_value());
  EXPECT_TRUE(old.meta.repo->archived);
  EXPECT_EQ(old.meta.repo->last_commit, "2022-12-30T10:00:00Z");
  EXPECT_EQ(old.meta.repo->stars, 1234);
  EXPECT_FALSE(old.warn) << "repo-health reports it, not link-check";
  EXPECT_EQ(old.detail, "archived");
  EXPECT_FALSE(c.For("https://github.com/octo/plain").meta.repo.has_value())
      << "a page that says nothing gives no metadata, not a fresh repository";
  for (const Request& request : pages.requests())
    EXPECT_EQ(request.method, "GET") << "one GET reads the page; no HEAD first";
}

// What the API said is kept with the verdict and has an age limit of its own: while
// it is young the API is not asked again; an older one, or an entry written before
// metadata was kept, is asked again; a malformed one is dropped with the entry.
TEST(GithubProviderTest, MetadataIsCachedWithTheVerdictAndAgedOnItsOwn) {
  TestServer api, pages;
  api.server().Get("/repos/octo/tool", [](const auto&, auto& res) {
    res.set_content(R"({"full_name":"octo/tool","archived":true,"pushed_at":"2021-02-03T04:05:06Z",
                        "stargazers_count":17})",
                    "application/json");
  });
  api.Start();
  pages.Start();
  TempDir dir;
  LinkOptions options = GithubOptions(api, pages);
  options.cache_file = (dir.path() / "cache.json").string();
  options.max_cache_age = std::chrono::hours(24 * 30);
  options.max_meta_age = std::chrono::hours(24 * 7);
  const std::string url = "https://github.com/octo/tool";
  auto edit_entry = [&](auto change) {
    nlohmann::json cache = nlohmann::json::parse(testing::ReadFile(options.cache_file));
    change(cache["entries"]["github:octo/tool"]);
    std::ofstream(options.cache_file, std::ios::trunc) << cache.dump();
  };
  long long now = std::chrono::duration_cast<std::chrono::seconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count();

  Checked first = Check({url}, options);
  ASSERT_TRUE(first.For(url).meta.repo.has_value());
  EXPECT_EQ(api.requests().size(), 1u);

  Checked cached = Check({url}, options);
  EXPECT_EQ(cached.For(url).verdict, LinkVerdict::kCached);
  ASSERT_TRUE(cached.For(url).meta.repo.has_value()) << "the metadata comes from the cache";
  EXPECT_TRUE(cached.For(url).meta.repo->archived);
  EXPECT_EQ(cached.For(url).meta.repo->pushed_at, "2021-02-03T04:05:06Z");
  EXPECT_EQ(cached.For(url).meta.repo->stars, 17);
  EXPECT_EQ(api.requests().size(), 1u);

  edit_entry([&](nlohmann::json& entry) { entry["meta_checked"] = now - 8 * 86400; });
  Checked old_meta = Check({url}, options);
  EXPECT_EQ(old_meta.For(url).verdict, LinkVerdict::kAlive) << "metadata of 8 days: asked again";
  EXPECT_EQ(api.requests().size(), 2u);

  edit_entry([](nlohmann::json& entry) {
    entry.erase("meta");
    entry.erase("meta_checked");
  });
  Check({url}, options);
  EXPECT_EQ(api.requests().size(), 3u) << "an entry from before metadata was kept";

  edit_entry([](nlohmann::json& entry) { entry["meta"]["repo"]["stars"] = "many"; });
  Checked malformed = Check({url}, options);
  EXPECT_EQ(api.requests().size(), 4u);
  ASSERT_EQ(malformed.report.warnings.size(), 1u);
  EXPECT_NE(malformed.report.warnings[0].find("1 malformed entry dropped"), std::string::npos);
  EXPECT_EQ(testing::ReadFile(options.cache_file).find("many"), std::string::npos);
}

// With a token, the GitHub metadata of N repositories costs ⌈N / 100⌉ GraphQL requests,
// and the run says what it spent of the budget and what is left.
TEST(GithubProviderTest, TheRunSaysWhatItSpentOfGithubsBudget) {
  TestServer api, pages;
  auto asked = std::make_shared<std::atomic<long>>(0);
  api.server().Post("/graphql", [asked](const httplib::Request& req, httplib::Response& res) {
    long n = ++*asked;
    nlohmann::json data = nlohmann::json::object();
    for (const auto& [alias, repo] : Aliases(req.body))
      data[alias] = {{"nameWithOwner", repo}, {"isArchived", false}};
    EXPECT_NE(req.body.find("rateLimit { cost remaining limit resetAt }"), std::string::npos);
    data["rateLimit"] = {
        {"cost", 1}, {"remaining", 5000 - n}, {"limit", 5000}, {"resetAt", "2026-11-30T09:12:00Z"}};
    res.set_header("x-ratelimit-remaining", std::to_string(5000 - n));
    res.set_content(nlohmann::json{{"data", data}}.dump(), "application/json");
  });
  api.Start();
  pages.Start();
  LinkOptions options = GithubOptions(api, pages);
  options.github_token = kGithubToken;
  std::vector<std::string> urls;
  for (int i = 0; i < 250; ++i) urls.push_back("https://github.com/octo/r" + std::to_string(i));
  Checked c = Check(urls, options);

  EXPECT_EQ(api.requests().size(), 3u) << "⌈250 / 100⌉";
  for (const std::string& url : urls) EXPECT_EQ(c.For(url).verdict, LinkVerdict::kAlive);
  ASSERT_EQ(c.report.budgets.size(), 1u);
  const ApiBudget& graphql = c.report.budgets[0];
  EXPECT_EQ(graphql.api, "GitHub GraphQL");
  EXPECT_EQ(graphql.requests, 3);
  EXPECT_EQ(graphql.spent, 3);
  EXPECT_EQ(graphql.limit, 5000);
  EXPECT_GE(graphql.remaining, 4997);
  EXPECT_EQ(graphql.reset, 1796029920) << "2026-11-30T09:12:00Z";
  EXPECT_EQ(BudgetText(graphql).rfind("GitHub GraphQL: 3 requests, 3 points spent, 499", 0), 0u)
      << BudgetText(graphql);
  EXPECT_NE(BudgetText(graphql).find("of 5000 left, refills 2026-11-30 09:12 UTC"),
            std::string::npos);
  EXPECT_NE(HostHighlights(c.report).find("GitHub GraphQL: 3 requests"), std::string::npos);
}

// A budget that runs out mid-run: what was answered stands, the rest is unchecked with
// the time the budget refills — each repository asked at most once of each API, no
// request sent after the API said the budget was gone but those already on their way.
TEST(GithubProviderTest, ASpentBudgetLeavesTheRestUncheckedWithItsRefillTime) {
  TestServer api, pages;
  auto asked = std::make_shared<std::atomic<long>>(0);
  api.server().Post("/graphql", [asked](const httplib::Request& req, httplib::Response& res) {
    res.set_header("x-ratelimit-reset", "1796029920");
    res.set_header("x-ratelimit-remaining", "0");
    if (++*asked > 1) {
      res.set_content(R"({"errors":[{"type":"RATE_LIMITED","message":"API rate limit exceeded"}]})",
                      "application/json");
      return;
    }
    nlohmann::json data = nlohmann::json::object();
    for (const auto& [alias, repo] : Aliases(req.body))
      data[alias] = {{"nameWithOwner", repo}, {"isArchived", false}};
    res.set_content(nlohmann::json{{"data", data}}.dump(), "application/json");
  });
  api.server().Get(R"(/repos/.*)", [](const auto&, auto& res) {
    res.status = 403;
    res.set_header("x-ratelimit-remaining", "0");
    res.set_header("x-ratelimit-reset", "1796029920");
    res.set_content(R"({"message":"API rate limit exceeded"})", "application/json");
  });
  pages.server().Get(R"(/.*)", [](const auto&, auto& res) { res.status = 200; });
  api.Start();
  pages.Start();
  LinkOptions options = GithubOptions(api, pages);
  options.github_token = kGithubToken;
  std::vector<std::string> urls;
  for (int i = 0; i < 900; ++i) urls.push_back("https://github.com/octo/r" + std::to_string(i));
  Checked c = Check(urls, options);

  size_t graphql = 0, rest = 0;
  for (const Request& request : api.requests()) (request.path == "/graphql" ? graphql : rest)++;
  EXPECT_LE(graphql, 4u) << "the batches already on their way, and no more";
  EXPECT_LE(rest, 4u) << "one REST answer says the budget is gone";
  EXPECT_TRUE(pages.requests().empty()) << "a token's run does not walk the pages";
  size_t alive = 0, unchecked = 0;
  for (const std::string& url : urls) {
    const LinkResult& result = c.For(url);
    alive += result.verdict == LinkVerdict::kAlive;
    if (result.verdict == LinkVerdict::kUnchecked) {
      ++unchecked;
      EXPECT_EQ(
          result.detail,
          "not checked: GitHub's API budget for this token is spent until 2026-11-30 09:12 UTC");
    }
  }
  EXPECT_EQ(alive, 100u);
  EXPECT_EQ(unchecked, 800u);
  bool warned = false;
  for (const std::string& warning : c.report.warnings)
    warned = warned || warning.find(
                           "not checked: the token's GitHub REST budget is spent until "
                           "2026-11-30 09:12 UTC") != std::string::npos;
  EXPECT_TRUE(warned);
}

// --- tokens stay with their hosts ----------------------------------------------------

TEST(TokenProviderTest, RedirectsFromTheGithubApiCarryNoToken) {
  TestServer api, elsewhere, pages;
  // GraphQL itself redirects elsewhere: not followed; REST (with the token) answers.
  std::string graphql_elsewhere = elsewhere.Url("/graphql");
  api.server().Post("/graphql", [graphql_elsewhere](const auto&, auto& res) {
    res.status = 307;
    res.set_header("Location", graphql_elsewhere);
  });
  std::string moved = elsewhere.Url("/repositories/7");
  std::string found = elsewhere.Url("/repositories/8");
  api.server().Get("/repos/octo/moved", [moved](const auto&, auto& res) {
    res.status = 301;
    res.set_header("Location", moved);
  });
  api.server().Get("/repos/octo/found", [found](const auto&, auto& res) {
    res.status = 302;
    res.set_header("Location", found);
  });
  elsewhere.server().Get("/repositories/7", [](const auto&, auto& res) {
    res.set_content(R"({"full_name":"octo/renamed"})", "application/json");
  });
  elsewhere.server().Get("/repositories/8", [](const auto&, auto& res) {
    res.set_content(R"({"full_name":"octo/found"})", "application/json");
  });
  // A rename within the API host (a relative Location): the token may follow.
  api.server().Get("/repos/octo/same-host", [](const auto&, auto& res) {
    res.status = 301;
    res.set_header("Location", "/repositories/9");
  });
  api.server().Get("/repositories/9", [](const auto&, auto& res) {
    res.set_content(R"({"full_name":"octo/same-host-renamed"})", "application/json");
  });
  elsewhere.server().Post("/graphql", [](const auto&, auto& res) { res.status = 500; });
  pages.server().Get(R"(/.*)", [](const auto&, auto& res) { res.status = 200; });
  api.Start();
  elsewhere.Start();
  pages.Start();
  LinkOptions options = GithubOptions(api, pages);
  options.github_token = kGithubToken;
  Checked c = Check({"https://github.com/octo/moved", "https://github.com/octo/found",
                     "https://github.com/octo/same-host"},
                    options);

  const LinkResult& moved_result = c.For("https://github.com/octo/moved");
  EXPECT_EQ(moved_result.verdict, LinkVerdict::kRedirected);
  EXPECT_EQ(moved_result.final_url, "https://github.com/octo/renamed");
  EXPECT_EQ(c.For("https://github.com/octo/found").verdict, LinkVerdict::kAlive);
  EXPECT_EQ(c.For("https://github.com/octo/same-host").final_url,
            "https://github.com/octo/same-host-renamed");

  // The API host had the token on every request ...
  ASSERT_EQ(api.requests().size(), 5u);
  EXPECT_EQ(api.Count("/repositories/9"), 1u);
  for (const Request& request : api.requests())
    EXPECT_TRUE(Carries(request, kGithubToken)) << request.method << " " << request.path;
  // ... and the other host never, in any form.
  EXPECT_EQ(elsewhere.Count("/graphql"), 0u) << "a redirected POST is not followed";
  EXPECT_EQ(elsewhere.Count("/repositories/7"), 1u);
  EXPECT_EQ(elsewhere.Count("/repositories/8"), 1u);
  for (const Request& request : elsewhere.requests()) {
    EXPECT_FALSE(HasHeader(request, "Authorization")) << request.path;
    EXPECT_FALSE(Carries(request, kGithubToken)) << request.path;
  }
  EXPECT_TRUE(pages.requests().empty());
  ExpectNoSecretIn(c.report, kGithubToken);
}

TEST(TokenProviderTest, EachTokenGoesToItsOwnApiOnly) {
  TestServer github, hf, pages, other;
  ServeGraphQl(github, {{"octo/tool", {"octo/tool"}}});
  hf.server().Get(R"(/api/models/(.*))", [](const auto&, auto& res) {
    res.set_content(R"({"id":"org/model","gated":false})", "application/json");
  });
  pages.server().Get(R"(/.*)", [](const auto&, auto& res) { res.status = 200; });
  other.server().Get(R"(/.*)", [](const auto&, auto& res) { res.status = 200; });
  github.Start();
  hf.Start();
  pages.Start();
  other.Start();
  LinkOptions options = QuickOptions();
  options.endpoints.github_api = options.token_homes.github_api = github.Url("");
  options.endpoints.huggingface_api = options.token_homes.huggingface_api = hf.Url("");
  options.github_token = kGithubToken;
  options.huggingface_token = kHfToken;
  TempDir dir;
  options.cache_file = (dir.path() / "cache.json").string();
  // Pages of both sites (a file on GitHub, a file on the Hub) go to `pages`.
  options.remap = {{"^https://github\\.com/(.*)$", pages.Url("/gh/$1")},
                   {"^https://huggingface\\.co/(.*)$", pages.Url("/hf/$1")}};
  Checked c =
      Check({"https://github.com/octo/tool", "https://github.com/octo/tool/issues/3",
             "https://huggingface.co/org/model",
             "https://huggingface.co/org/model/resolve/main/config.json", other.Url("/unrelated")},
            options);
  for (const LinkResult& result : c.report.results)
    EXPECT_EQ(result.verdict, LinkVerdict::kAlive) << result.url << ": " << result.detail;

  ASSERT_EQ(github.requests().size(), 1u);
  EXPECT_EQ(HeaderOf(github.requests()[0], "Authorization"), std::string("Bearer ") + kGithubToken);
  EXPECT_FALSE(Carries(github.requests()[0], kHfToken));
  ASSERT_EQ(hf.requests().size(), 1u);
  EXPECT_EQ(hf.requests()[0].path, "/api/models/org/model");
  EXPECT_EQ(HeaderOf(hf.requests()[0], "Authorization"), std::string("Bearer ") + kHfToken);
  EXPECT_FALSE(Carries(hf.requests()[0], kGithubToken));
  EXPECT_GE(pages.Count("/gh/octo/tool/issues/3"), 1u);
  EXPECT_GE(pages.Count("/hf/org/model/resolve/main/config.json"), 1u);
  for (TestServer* server : {&pages, &other}) {
    EXPECT_FALSE(server->requests().empty());
    for (const Request& request : server->requests()) {
      EXPECT_FALSE(HasHeader(request, "Authorization")) << request.path;
      EXPECT_FALSE(Carries(request, kGithubToken)) << request.path;
      EXPECT_FALSE(Carries(request, kHfToken)) << request.path;
    }
  }
  ExpectNoSecretIn(c.report, kGithubToken);
  ExpectNoSecretIn(c.report, kHfToken);
  std::ifstream in(options.cache_file, std::ios::binary);
  std::string cache((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(cache.find("github:octo/tool"), std::string::npos) << "the cache was written";
  EXPECT_EQ(cache.find(kGithubToken), std::string::npos);
  EXPECT_EQ(cache.find(kHfToken), std::string::npos);
}

// --- arXiv -------------------------------------------------------------------------

std::string AtomFeed(const std::vector<std::string>& entries) {
  std::string feed =
      R"(<?xml version="1.0" encoding="UTF-8"?>)"
      "\n"
      R"(<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">)"
      "\n  <link href=\"http://arxiv.org/api/query\" rel=\"self\" type=\"application/atom+xml\"/>"
      "\n  <title type=\"html\">ArXiv Query: id_list</title>"
      "\n  <id>http://arxiv.org/api/cHxbiOdZaP56ODnBPIenZhzg5f8</id>"
      "\n  <updated>2024-06-01T00:00:00-04:00</updated>"
      "\n  <opensearch:totalResults>4</opensearch:totalResults>\n";
  for (const std::string& entry : entries) feed += entry;
  return feed + "</feed>\n";
}

std::string PaperEntry(const std::string& versioned_id) {
  return "  <entry>\n    <id>http://arxiv.org/abs/" + versioned_id +
         "</id>\n    <updated>2024-05-21T17:59:59Z</updated>\n    <title>A paper</title>\n"
         "    <link href=\"http://arxiv.org/abs/" +
         versioned_id + "\" rel=\"alternate\" type=\"text/html\"/>\n  </entry>\n";
}

TEST(ArxivProviderTest, OneExportApiRequestForEveryPaper) {
  TestServer api, pages;
  // The papers that exist, by versionless id, with their latest versions.
  const std::map<std::string, std::string> papers = {{"2405.12971", "2405.12971v2"},
                                                     {"hep-th/9901001", "hep-th/9901001v1"},
                                                     {"1706.03762", "1706.03762v7"}};
  api.server().Post("/api/query", [papers](const httplib::Request& req, httplib::Response& res) {
    // Entries for the ids that exist, in the feed's own order (here: reversed).
    std::vector<std::string> entries;
    std::stringstream ids(req.get_param_value("id_list"));
    for (std::string id; std::getline(ids, id, ',');)
      if (auto it = papers.find(id); it != papers.end())
        entries.insert(entries.begin(), PaperEntry(it->second));
    res.set_content(AtomFeed(entries), "application/atom+xml");
  });
  api.Start();
  pages.Start();
  LinkOptions options = QuickOptions();
  options.endpoints.arxiv_api = api.Url("");
  options.remap = {{"^https://arxiv\\.org/(.*)$", pages.Url("/$1")}};
  Checked c =
      Check({"https://arxiv.org/abs/2405.12971", "https://arxiv.org/abs/2405.12971v2",
             "https://arxiv.org/pdf/2405.12971v1.pdf", "https://doi.org/10.48550/arXiv.2405.12971",
             "https://arxiv.org/abs/2301.00001", "https://arxiv.org/abs/hep-th/9901001",
             "https://arxiv.org/pdf/1706.03762", "https://arxiv.org/abs/2413.00001"},
            options);

  const LinkResult& paper = c.For("https://arxiv.org/abs/2405.12971");
  EXPECT_EQ(paper.provider, "arxiv");
  EXPECT_EQ(paper.key, "arxiv:2405.12971");
  EXPECT_EQ(paper.verdict, LinkVerdict::kAlive);
  EXPECT_EQ(paper.locations.size(), 4u) << "abs, versioned abs, pdf and the DOI: one paper";
  ASSERT_TRUE(paper.meta.paper.has_value()) << "what the feed says of it, from the same request";
  EXPECT_EQ(paper.meta.paper->title, "A paper");
  const LinkResult& missing = c.For("https://arxiv.org/abs/2301.00001");
  EXPECT_EQ(missing.verdict, LinkVerdict::kBroken);
  EXPECT_EQ(missing.detail, "arXiv has no paper 2301.00001");
  EXPECT_FALSE(missing.meta.paper.has_value());
  EXPECT_EQ(c.For("https://arxiv.org/abs/hep-th/9901001").verdict, LinkVerdict::kAlive);
  EXPECT_EQ(c.For("https://arxiv.org/pdf/1706.03762").verdict, LinkVerdict::kAlive);
  const LinkResult& malformed = c.For("https://arxiv.org/abs/2413.00001");
  EXPECT_EQ(malformed.verdict, LinkVerdict::kBroken);
  EXPECT_NE(malformed.detail.find("month 13"), std::string::npos) << malformed.detail;
  EXPECT_EQ(c.report.results.size(), 5u);

  std::vector<Request> seen = api.requests();
  ASSERT_EQ(seen.size(), 1u) << "one batch";
  EXPECT_EQ(seen[0].method, "POST");
  EXPECT_EQ(seen[0].path, "/api/query");
  EXPECT_EQ(seen[0].body, "id_list=2405.12971,2301.00001,hep-th/9901001,1706.03762&max_results=4")
      << "versionless ids, the malformed one left out (it would turn the feed into an error)";
  EXPECT_TRUE(pages.requests().empty()) << "arxiv.org itself is never asked";
}

TEST(ArxivProviderTest, AnEntryWithoutAnIdDoesNotCountAsAPaper) {
  TestServer api, pages;
  api.server().Post("/api/query", [](const auto&, auto& res) {
    // The old shape for an id that does not exist: an entry with no <id>.
    res.set_content(
        AtomFeed({"  <entry>\n    <title>Error</title>\n  </entry>\n", PaperEntry("2405.12971v1")}),
        "application/atom+xml");
  });
  api.Start();
  pages.Start();
  LinkOptions options = QuickOptions();
  options.endpoints.arxiv_api = api.Url("");
  options.remap = {{"^https://arxiv\\.org/(.*)$", pages.Url("/$1")}};
  Checked c =
      Check({"https://arxiv.org/abs/2301.00001", "https://arxiv.org/abs/2405.12971"}, options);
  EXPECT_EQ(c.For("https://arxiv.org/abs/2301.00001").verdict, LinkVerdict::kBroken);
  EXPECT_EQ(c.For("https://arxiv.org/abs/2405.12971").verdict, LinkVerdict::kAlive);
  EXPECT_EQ(api.requests().size(), 1u);
  EXPECT_TRUE(pages.requests().empty());
}

TEST(ArxivProviderTest, AnErrorFeedFallsBackToTheAbstractPages) {
  TestServer api, pages;
  api.server().Post("/api/query", [](const auto&, auto& res) {
    res.set_content(
        AtomFeed({"  <entry>\n    <id>http://arxiv.org/api/errors#incorrect_id_format_for_"
                  "2405.12971</id>\n    <title>Error</title>\n    <summary>incorrect id format "
                  "for 2405.12971</summary>\n  </entry>\n"}),
        "application/atom+xml");
  });
  pages.server().Get("/abs/2405.12971", [](const auto&, auto& res) { res.status = 200; });
  pages.server().Get("/abs/2301.00001", [](const auto&, auto& res) { res.status = 404; });
  api.Start();
  pages.Start();
  LinkOptions options = QuickOptions();
  options.endpoints.arxiv_api = api.Url("");
  options.remap = {{"^https://arxiv\\.org/(.*)$", pages.Url("/$1")}};
  Checked c =
      Check({"https://arxiv.org/pdf/2405.12971", "https://arxiv.org/abs/2301.00001"}, options);
  EXPECT_EQ(c.For("https://arxiv.org/pdf/2405.12971").verdict, LinkVerdict::kAlive);
  EXPECT_EQ(c.For("https://arxiv.org/abs/2301.00001").verdict, LinkVerdict::kBroken);
  EXPECT_EQ(api.requests().size(), 1u);
  EXPECT_EQ(pages.Count("/abs/2405.12971"), 1u) << "the abstract page, not the PDF";
  EXPECT_EQ(pages.Count("/abs/2301.00001"), 2u) << "HEAD's 404, confirmed by GET";
}

// --- Hugging Face ------------------------------------------------------------------

TEST(HuggingFaceProviderTest, ModelsDatasetsAndSpacesThroughTheApi) {
  TestServer api, pages;
  auto& s = api.server();
  s.Get("/api/models/org/alive", [](const auto&, auto& res) {
    res.set_content(R"({"id":"org/alive","private":false,"gated":false,"disabled":false})",
                    "application/json");
  });
  s.Get("/api/models/org/gated-model", [](const auto&, auto& res) {
    res.set_content(R"({"id":"org/gated-model","gated":"manual"})", "application/json");
  });
  s.Get("/api/models/org/gated-header", [](const auto&, auto& res) {
    res.status = 403;
    res.set_header("X-Error-Code", "GatedRepo");
    res.set_header("X-Error-Message",
                   "Access to model org/gated-header is restricted and you are not in the "
                   "authorized list.");
  });
  s.Get("/api/models/org/missing", [](const auto&, auto& res) {
    res.status = 404;
    res.set_header("X-Error-Code", "RepoNotFound");
    res.set_content(R"({"error":"Repository not found"})", "application/json");
  });
  s.Get("/api/models/org/disabled", [](const auto&, auto& res) {
    res.set_content(R"({"id":"org/disabled","disabled":true})", "application/json");
  });
  s.Get("/api/datasets/org/data", [](const auto&, auto& res) {
    res.set_content(R"({"id":"org/data","gated":false})", "application/json");
  });
  s.Get("/api/datasets/org/private-or-missing", [](const auto&, auto& res) {
    res.status = 401;
    res.set_header("X-Error-Code", "RepoNotFound");
    res.set_header("X-Error-Message", "Invalid username or password.");
  });
  s.Get("/api/spaces/org/demo", [](const auto&, auto& res) {
    res.set_content(R"({"id":"org/demo","runtime":{"stage":"RUNNING"}})", "application/json");
  });
  s.Get("/api/spaces/org/forbidden", [](const auto&, auto& res) { res.status = 403; });
  pages.server().Get(R"(/.*)", [](const auto&, auto& res) { res.status = 200; });
  api.Start();
  pages.Start();
  LinkOptions options = QuickOptions();
  options.endpoints.huggingface_api = options.token_homes.huggingface_api = api.Url("");
  options.remap = {{"^https://huggingface\\.co/(.*)$", pages.Url("/$1")}};
  options.huggingface_token = kHfToken;
  Checked c =
      Check({"https://huggingface.co/org/alive", "https://huggingface.co/org/gated-model",
             "https://huggingface.co/org/gated-header", "https://huggingface.co/org/missing",
             "https://huggingface.co/org/disabled", "https://huggingface.co/datasets/org/data",
             "https://huggingface.co/datasets/org/private-or-missing",
             "https://huggingface.co/spaces/org/demo",
             "https://huggingface.co/spaces/org/forbidden", "https://hf.co/org/alive"},
            options);

  const LinkResult& alive = c.For("https://huggingface.co/org/alive");
  EXPECT_EQ(alive.provider, "huggingface");
  EXPECT_EQ(alive.key, "hf:models:org/alive");
  EXPECT_EQ(alive.verdict, LinkVerdict::kAlive);
  EXPECT_FALSE(alive.warn);
  EXPECT_EQ(alive.locations.size(), 2u) << "hf.co is the same host";
  ASSERT_TRUE(alive.meta.hub.has_value()) << "what the API said of it";
  EXPECT_FALSE(alive.meta.hub->gated);

  const LinkResult& gated = c.For("https://huggingface.co/org/gated-model");
  EXPECT_EQ(gated.verdict, LinkVerdict::kAlive);
  EXPECT_TRUE(gated.warn);
  EXPECT_EQ(gated.detail.rfind("gated", 0), 0u) << gated.detail;

  const LinkResult& gated_header = c.For("https://huggingface.co/org/gated-header");
  EXPECT_EQ(gated_header.verdict, LinkVerdict::kAlive) << "GatedRepo: it exists, behind a gate";
  EXPECT_TRUE(gated_header.warn);
  EXPECT_EQ(gated_header.detail.rfind("gated", 0), 0u) << gated_header.detail;

  const LinkResult& missing = c.For("https://huggingface.co/org/missing");
  EXPECT_EQ(missing.verdict, LinkVerdict::kBroken);
  EXPECT_EQ(missing.detail, "Hugging Face has no model org/missing");

  const LinkResult& disabled = c.For("https://huggingface.co/org/disabled");
  EXPECT_EQ(disabled.verdict, LinkVerdict::kBroken);
  EXPECT_EQ(disabled.detail, "disabled on Hugging Face");

  EXPECT_EQ(c.For("https://huggingface.co/datasets/org/data").verdict, LinkVerdict::kAlive);
  const LinkResult& unauthorized = c.For("https://huggingface.co/datasets/org/private-or-missing");
  EXPECT_EQ(unauthorized.verdict, LinkVerdict::kBroken);
  EXPECT_EQ(unauthorized.detail, "Hugging Face has no dataset org/private-or-missing");
  EXPECT_EQ(unauthorized.http_status, 401);

  EXPECT_EQ(c.For("https://huggingface.co/spaces/org/demo").verdict, LinkVerdict::kAlive);
  const LinkResult& forbidden = c.For("https://huggingface.co/spaces/org/forbidden");
  EXPECT_EQ(forbidden.verdict, LinkVerdict::kBlocked) << "403 without a code: cannot tell";

  std::vector<std::string> paths = Paths(api);
  std::sort(paths.begin(), paths.end());
  EXPECT_EQ(
      paths,
      (std::vector<std::string>{
          "/api/datasets/org/data", "/api/datasets/org/private-or-missing", "/api/models/org/alive",
          "/api/models/org/disabled", "/api/models/org/gated-header", "/api/models/org/gated-model",
          "/api/models/org/missing", "/api/spaces/org/demo", "/api/spaces/org/forbidden"}));
  for (const Request& request : api.requests())
    EXPECT_EQ(HeaderOf(request, "Authorization"), std::string("Bearer ") + kHfToken);
  EXPECT_TRUE(pages.requests().empty()) << "the Hub's pages are never needed";
  ExpectNoSecretIn(c.report, kHfToken);
}

TEST(HuggingFaceProviderTest, PaperPagesAreAskedOfThePapersApi) {
  TestServer api, pages;
  api.server().Get("/api/papers/2405.12971", [](const auto&, auto& res) {
    res.set_content(R"({"id":"2405.12971","title":"BiomedParse: a biomedical foundation model",
                        "githubRepo":"https://github.com/microsoft/BiomedParse"})",
                    "application/json");
  });
  api.server().Get("/api/papers/2401.00001", [](const auto&, auto& res) {
    res.status = 404;
    res.set_content(R"({"error":"Not Found"})", "application/json");
  });
  pages.server().Get("/papers/2401.00001", [](const auto&, auto& res) { res.status = 404; });
  pages.server().Get("/papers/2402.00002", [](const auto&, auto& res) { res.status = 200; });
  api.server().Get("/api/papers/2402.00002", [](const auto&, auto& res) { res.status = 500; });
  api.Start();
  pages.Start();
  LinkOptions options = QuickOptions();
  options.http.max_retries = 0;
  options.endpoints.huggingface_api = options.token_homes.huggingface_api = api.Url("");
  options.remap = {{"^https://huggingface\\.co/(.*)$", pages.Url("/$1")}};
  Checked c =
      Check({"https://huggingface.co/papers/2405.12971", "https://huggingface.co/papers/2401.00001",
             "https://huggingface.co/papers/2402.00002"},
            options);

  const LinkResult& found = c.For("https://huggingface.co/papers/2405.12971");
  EXPECT_EQ(found.provider, "huggingface");
  EXPECT_EQ(found.verdict, LinkVerdict::kAlive);
  ASSERT_TRUE(found.meta.paper.has_value());
  EXPECT_EQ(found.meta.paper->title, "BiomedParse: a biomedical foundation model");
  EXPECT_EQ(found.meta.paper->code, "https://github.com/microsoft/BiomedParse");
  EXPECT_EQ(pages.Count("/papers/2405.12971"), 0u) << "the API's answer is enough";
  EXPECT_EQ(c.For("https://huggingface.co/papers/2401.00001").verdict, LinkVerdict::kBroken)
      << "the page decides when the API does not know the paper";
  const LinkResult& page = c.For("https://huggingface.co/papers/2402.00002");
  EXPECT_EQ(page.verdict, LinkVerdict::kAlive) << "an API outage is not a dead page";
  EXPECT_FALSE(page.meta.paper.has_value());
}

TEST(HuggingFaceProviderTest, WithoutATokenNoAuthorizationIsSent) {
  TestServer api;
  api.server().Get("/api/models/org/alive", [](const auto&, auto& res) {
    res.set_content(R"({"id":"org/alive"})", "application/json");
  });
  api.Start();
  LinkOptions options = QuickOptions();
  options.endpoints.huggingface_api = api.Url("");
  Checked c = Check({"https://huggingface.co/org/alive"}, options);
  EXPECT_EQ(c.For("https://huggingface.co/org/alive").verdict, LinkVerdict::kAlive);
  ASSERT_EQ(api.requests().size(), 1u);
  EXPECT_FALSE(HasHeader(api.requests()[0], "Authorization"));
}

// --- Zenodo ------------------------------------------------------------------------

TEST(ZenodoProviderTest, RecordsDeletedRecordsAndConceptIds) {
  TestServer api, pages;
  auto& s = api.server();
  s.Get("/api/records/100", [](const auto&, auto& res) {
    res.set_content(R"({"id":100,"conceptrecid":"99","doi":"10.5281/zenodo.100",
                        "conceptdoi":"10.5281/zenodo.99","metadata":{"title":"Data"}})",
                    "application/json");
  });
  s.Get("/api/records/200", [](const auto&, auto& res) {
    res.status = 410;
    res.set_content(R"({"status":410,"message":"Record deleted","tombstone":{}})",
                    "application/json");
  });
  for (const char* path :
       {"/api/records/300", "/api/records/300/versions/latest", "/api/records/400"})
    s.Get(path, [](const auto&, auto& res) {
      res.status = 404;
      res.set_content(R"({"status":404,"message":"The persistent identifier does not exist."})",
                      "application/json");
    });
  // A concept id: Invenio answers /versions/latest with a redirect to the latest version.
  std::string latest = api.Url("/api/records/401");
  s.Get("/api/records/400/versions/latest", [latest](const auto&, auto& res) {
    res.status = 301;
    res.set_header("Location", latest);
  });
  s.Get("/api/records/401", [](const auto&, auto& res) {
    res.set_content(R"({"id":401,"conceptrecid":"400"})", "application/json");
  });
  pages.server().Get(R"(/.*)", [](const auto&, auto& res) { res.status = 200; });
  api.Start();
  pages.Start();
  LinkOptions options = QuickOptions();
  options.endpoints.zenodo_api = api.Url("");
  options.remap = {{"^https://zenodo\\.org/(.*)$", pages.Url("/$1")}};
  Checked c = Check({"https://zenodo.org/records/100", "https://zenodo.org/record/200",
                     "https://zenodo.org/records/300", "https://zenodo.org/records/400",
                     "https://zenodo.org/record/100"},
                    options);

  const LinkResult& alive = c.For("https://zenodo.org/records/100");
  EXPECT_EQ(alive.provider, "zenodo");
  EXPECT_EQ(alive.verdict, LinkVerdict::kAlive);
  EXPECT_EQ(alive.locations.size(), 2u) << "/record/ and /records/ are one record";
  ASSERT_TRUE(alive.meta.record.has_value()) << "what the record says, from the same answer";
  EXPECT_EQ(alive.meta.record->title, "Data");
  EXPECT_EQ(alive.meta.record->doi, "10.5281/zenodo.100");
  EXPECT_EQ(alive.meta.record->concept_doi, "10.5281/zenodo.99");
  const LinkResult& deleted = c.For("https://zenodo.org/record/200");
  EXPECT_EQ(deleted.verdict, LinkVerdict::kBroken);
  EXPECT_EQ(deleted.http_status, 410);
  EXPECT_EQ(deleted.detail, "Zenodo record 200 was deleted (410)");
  const LinkResult& missing = c.For("https://zenodo.org/records/300");
  EXPECT_EQ(missing.verdict, LinkVerdict::kBroken);
  EXPECT_EQ(missing.http_status, 404);
  EXPECT_EQ(missing.detail, "Zenodo has no record 300");
  const LinkResult& concept_id = c.For("https://zenodo.org/records/400");
  EXPECT_EQ(concept_id.verdict, LinkVerdict::kAlive) << concept_id.detail;

  EXPECT_EQ(api.Count("/api/records/100"), 1u);
  EXPECT_EQ(api.Count("/api/records/100/versions/latest"), 0u);
  EXPECT_EQ(api.Count("/api/records/200"), 1u);
  EXPECT_EQ(api.Count("/api/records/200/versions/latest"), 0u) << "410 is an answer";
  EXPECT_EQ(api.Count("/api/records/300"), 1u);
  EXPECT_EQ(api.Count("/api/records/300/versions/latest"), 1u);
  EXPECT_EQ(api.Count("/api/records/400"), 1u);
  EXPECT_EQ(api.Count("/api/records/400/versions/latest"), 1u);
  EXPECT_EQ(api.Count("/api/records/401"), 1u);
  EXPECT_EQ(api.requests().size(), 7u);
  for (const Request& request : api.requests())
    EXPECT_EQ(HeaderOf(request, "Accept"), "application/json");
  EXPECT_TRUE(pages.requests().empty());
}

// --- DOI ---------------------------------------------------------------------------

TEST(DoiProviderTest, TheHandleApiDecidesAndThePublisherIsNeverAsked) {
  TestServer api, publisher;
  std::string article = publisher.Url("/article/1");
  api.server().Get(
      R"(/api/handles/(.*))", [article](const httplib::Request& req, httplib::Response& res) {
        std::string doi = req.matches[1];
        if (doi == "10.1000/exists" || doi == "10.1038/s41586-024-07441-w" ||
            doi == "10.5281/zenodo.100" || doi == "10.1000/x#y") {
          nlohmann::json body = {{"responseCode", 1},
                                 {"handle", doi},
                                 {"values",
                                  {{{"index", 1},
                                    {"type", "URL"},
                                    {"data", {{"format", "string"}, {"value", article}}},
                                    {"ttl", 86400},
                                    {"timestamp", "2024-05-22T10:00:00Z"}}}}};
          res.set_content(body.dump(), "application/json");
        } else {
          res.status = 404;
          res.set_content(nlohmann::json({{"responseCode", 100}, {"handle", doi}}).dump(),
                          "application/json");
        }
      });
  publisher.server().Get(R"(/.*)", [](const auto&, auto& res) { res.status = 200; });
  api.Start();
  publisher.Start();
  LinkOptions options = QuickOptions();
  options.endpoints.doi_api = api.Url("");
  // Were a check to follow the handle into doi.org's redirect, it would land here.
  options.remap = {{"^https://doi\\.org/(.*)$", publisher.Url("/article/1")}};
  Checked c = Check({"https://doi.org/10.1000/exists", "https://doi.org/10.1000/missing",
                     "https://doi.org/10.1038/S41586-024-07441-W",
                     "https://dx.doi.org/10.1038/s41586-024-07441-w",
                     "https://doi.org/10.5281/zenodo.100", "https://doi.org/10.1000/x%23y"},
                    options);

  const LinkResult& exists = c.For("https://doi.org/10.1000/exists");
  EXPECT_EQ(exists.provider, "doi");
  EXPECT_EQ(exists.verdict, LinkVerdict::kAlive);
  EXPECT_EQ(exists.http_status, 200);
  EXPECT_TRUE(exists.final_url.empty()) << "the handle's URL is not a redirect of the link";
  const LinkResult& missing = c.For("https://doi.org/10.1000/missing");
  EXPECT_EQ(missing.verdict, LinkVerdict::kBroken);
  EXPECT_EQ(missing.http_status, 404);
  EXPECT_EQ(missing.detail, "DOI 10.1000/missing is not registered");
  const LinkResult& nature = c.For("https://doi.org/10.1038/S41586-024-07441-W");
  EXPECT_EQ(nature.verdict, LinkVerdict::kAlive);
  EXPECT_EQ(nature.locations.size(), 2u) << "DOIs are case-insensitive; dx.doi.org is doi.org";
  EXPECT_EQ(c.For("https://doi.org/10.5281/zenodo.100").verdict, LinkVerdict::kAlive);
  EXPECT_EQ(c.For("https://doi.org/10.1000/x%23y").verdict, LinkVerdict::kAlive);

  std::vector<std::string> paths = Paths(api);
  std::sort(paths.begin(), paths.end());
  EXPECT_EQ(paths, (std::vector<std::string>{
                       "/api/handles/10.1000/exists", "/api/handles/10.1000/missing",
                       "/api/handles/10.1000/x%23y", "/api/handles/10.1038/s41586-024-07441-w",
                       "/api/handles/10.5281/zenodo.100"}));
  EXPECT_TRUE(publisher.requests().empty()) << "the publisher's site is never asked";
}

// --- answers of an unexpected shape -----------------------------------------------

// Fields of the wrong type, errors that are not a list: the run still ends with a
// verdict for every link, and an odd answer is no evidence that anything is gone.
TEST(OddAnswerProviderTest, WrongShapesDoNotEndTheRun) {
  TestServer api, pages;
  auto& s = api.server();
  s.Post("/graphql", [](const auto&, auto& res) {
    res.set_content(R"({"data":{"r0":"octo/tool"},"errors":"none"})", "application/json");
  });
  s.Get("/repos/octo/tool", [](const auto&, auto& res) {
    res.set_content(R"({"full_name":null,"archived":"no"})", "application/json");
  });
  s.Get("/api/models/org/model", [](const auto&, auto& res) {
    res.set_content(R"({"gated":null,"disabled":null})", "application/json");
  });
  s.Get("/api/handles/10.1000/odd", [](const auto&, auto& res) {
    res.set_content(R"({"responseCode":"1","values":{}})", "application/json");
  });
  s.Get("/api/records/5", [](const auto&, auto& res) { res.set_content("[]", "text/plain"); });
  pages.server().Get("/page", [](const auto&, auto& res) { res.status = 200; });
  api.Start();
  pages.Start();
  LinkOptions options = QuickOptions();
  options.endpoints.github_api = options.endpoints.huggingface_api = options.endpoints.doi_api =
      options.endpoints.zenodo_api = api.Url("");
  options.token_homes = options.endpoints;
  options.github_token = kGithubToken;
  Checked c;
  ASSERT_NO_THROW(
      c = Check({"https://github.com/octo/tool", "https://huggingface.co/org/model",
                 "https://doi.org/10.1000/odd", "https://zenodo.org/records/5", pages.Url("/page")},
                options));
  EXPECT_TRUE(c.report.finished);
  ASSERT_EQ(c.report.results.size(), 5u);
  for (const LinkResult& result : c.report.results) {
    EXPECT_TRUE(result.settled) << result.url;
    EXPECT_NE(result.verdict, LinkVerdict::kBroken) << result.url << ": " << result.detail;
    EXPECT_NE(result.verdict, LinkVerdict::kTimeout) << result.url << ": " << result.detail;
  }
  EXPECT_EQ(api.Count("/graphql"), 1u);
  EXPECT_EQ(api.Count("/repos/octo/tool"), 1u) << "an odd GraphQL node is asked again by REST";
  EXPECT_EQ(c.For(pages.Url("/page")).verdict, LinkVerdict::kAlive);
}

}  // namespace
}  // namespace awesomelint
