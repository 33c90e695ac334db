// GitHub's REST API on the repositories lists live in (awesome-github), against a fake
// API on 127.0.0.1: what is read from an answer, the token (to the API only, never across
// a redirect to another origin), and what a failure says. Every https URL nobody
// remapped goes to a closed local port: nothing here reaches the internet.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "awesomelint/config/options.h"
#include "awesomelint/links/repository_api.h"
#include "awesomelint/support/strings.h"
#include "tests/links/test_server.h"

namespace awesomelint {
namespace {

using testing::TestServer;
using Request = TestServer::Request;

constexpr char kToken[] = "ghp_TESTtoken0123456789repository";

const char kAnswer[] = R"({
  "id": 1, "full_name": "octo/list", "description": "Bread tools",
  "homepage": "https://octo.example.org", "topics": ["awesome", "awesome-list"],
  "license": {"key": "mit", "name": "MIT License", "spdx_id": "MIT"}
})";

LinkOptions ApiOptions(TestServer& api) {
  LinkOptions options = DefaultLinkOptions();
  options.http.timeout = std::chrono::seconds(10);
  options.http.connect_timeout = std::chrono::seconds(5);
  options.http.max_retries = 0;
  options.http.user_agent = "awesomelint-test";
  options.cache_file.clear();
  options.endpoints.github_api = options.token_homes.github_api = api.Url("");
  options.remap.emplace_back("^https://", "http://127.0.0.1:1/offline/");
  return options;
}

ListRepository OnGithub(const std::string& full_name) {
  ListRepository repository;
  repository.state = ListRepository::State::kUnknown;
  repository.full_name = full_name;
  repository.remote_url = "https://github.com/" + full_name;
  return repository;
}

std::string HeaderOf(const Request& request, const std::string& name) {
  for (const auto& [key, value] : request.headers)
    if (ToLower(key) == ToLower(name)) return value;
  return {};
}

bool Carries(const Request& request, const std::string& secret) {
  if (request.path.find(secret) != std::string::npos) return true;
  for (const auto& [key, value] : request.headers)
    if (value.find(secret) != std::string::npos) return true;
  return false;
}

TEST(RepositoryAnswerTest, WhatTheRuleJudgesIsRead) {
  ListRepository repository = OnGithub("octo/list");
  ASSERT_TRUE(ReadRepositoryAnswer(kAnswer, repository));
  EXPECT_EQ(repository.state, ListRepository::State::kFound);
  EXPECT_EQ(repository.full_name, "octo/list");
  EXPECT_EQ(repository.description, "Bread tools");
  EXPECT_EQ(repository.homepage, "https://octo.example.org");
  EXPECT_EQ(repository.license, "MIT");
  EXPECT_TRUE(repository.has_topics);
  EXPECT_EQ(repository.topics, (std::vector<std::string>{"awesome", "awesome-list"}));

  ListRepository bare = OnGithub("octo/list");
  ASSERT_TRUE(ReadRepositoryAnswer(
      R"({"description": null, "homepage": null, "topics": [], "license": null})", bare));
  EXPECT_TRUE(bare.description.empty());
  EXPECT_TRUE(bare.license.empty()) << "null: no license detected";
  EXPECT_TRUE(bare.has_topics);
  EXPECT_TRUE(bare.topics.empty());
  EXPECT_EQ(bare.full_name, "octo/list") << "kept when the answer does not say";

  ListRepository other = OnGithub("octo/list");
  ASSERT_TRUE(ReadRepositoryAnswer(R"({"license": {"key": "other", "spdx_id": null}})", other));
  EXPECT_EQ(other.license, "NOASSERTION") << "a license GitHub found but could not name";
  EXPECT_FALSE(other.has_topics) << "an answer without topics says nothing of them";
}

TEST(RepositoryAnswerTest, OddShapesSayNothingAndNeverThrow) {
  for (const char* body :
       {"", "not json", "[]", "null", "\"text\"", "{\"topics\": ", "<html>rate limited</html>"}) {
    ListRepository repository = OnGithub("octo/list");
    EXPECT_FALSE(ReadRepositoryAnswer(body, repository)) << body;
    EXPECT_EQ(repository.state, ListRepository::State::kUnknown) << body;
  }
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  ListRepository repository = OnGithub("octo/list");
  EXPECT_FALSE(ReadRepositoryAnswer("{\"topics\": " + deep + "}", repository));
  // Fields of other types read as not said.
  ASSERT_TRUE(ReadRepositoryAnswer(
      R"({"description": 7, "topics": ["awesome", 3, {"x": 1}], "license": "MIT"})", repository));
  EXPECT_TRUE(repository.description.empty());
  EXPECT_EQ(repository.topics, std::vector<std::string>{"awesome"});
  EXPECT_TRUE(repository.license.empty());
}

TEST(RepositoryApiTest, WithATokenOneRequestToTheApiCarriesIt) {
  TestServer api;
  api.server().Get("/repos/octo/list",
                   [](const auto&, auto& res) { res.set_content(kAnswer, "application/json"); });
  api.Start();
  LinkOptions options = ApiOptions(api);
  options.github_token = kToken;
  // Two lists in one repository (its spelling differs): asked once.
  ListRepository first = OnGithub("octo/list"), second = OnGithub("Octo/List");
  second.remote_url = "git@github.com:Octo/List.git";
  RepositoryLookup lookup = DescribeListRepositories({&first, &second}, options);
  EXPECT_TRUE(lookup.unanswered.empty());
  EXPECT_TRUE(lookup.warnings.empty());
  for (const ListRepository* repository : {&first, &second}) {
    EXPECT_EQ(repository->state, ListRepository::State::kFound);
    EXPECT_EQ(repository->description, "Bread tools");
  }
  EXPECT_EQ(second.remote_url, "git@github.com:Octo/List.git") << "each list keeps its own";
  std::vector<Request> seen = api.requests();
  ASSERT_EQ(seen.size(), 1u);
  const Request& request = seen[0];
  EXPECT_EQ(request.method, "GET");
  EXPECT_EQ(request.path, "/repos/octo/list");
  EXPECT_EQ(HeaderOf(request, "Authorization"), std::string("Bearer ") + kToken);
  EXPECT_EQ(HeaderOf(request, "Accept"), "application/vnd.github+json");
  EXPECT_EQ(HeaderOf(request, "User-Agent"), "awesomelint-test");
}

TEST(RepositoryApiTest, WithoutATokenNoAuthorizationIsSent) {
  TestServer api;
  api.server().Get("/repos/octo/list",
                   [](const auto&, auto& res) { res.set_content(kAnswer, "application/json"); });
  api.Start();
  ListRepository repository = OnGithub("octo/list");
  RepositoryLookup lookup = DescribeListRepositories({&repository}, ApiOptions(api));
  EXPECT_TRUE(lookup.unanswered.empty());
  EXPECT_EQ(repository.state, ListRepository::State::kFound);
  ASSERT_EQ(api.requests().size(), 1u);
  EXPECT_TRUE(HeaderOf(api.requests()[0], "Authorization").empty());
}

TEST(RepositoryApiTest, AnErrorLeavesTheRepositoryUnknownAndSaysWhy) {
  TestServer api;
  api.server().Get("/repos/octo/limited", [](const auto&, auto& res) {
    res.status = 403;
    res.set_header("x-ratelimit-remaining", "0");
    res.set_content(R"({"message": "API rate limit exceeded"})", "application/json");
  });
  api.server().Get("/repos/octo/odd", [](const auto&, auto& res) {
    res.set_content("<html>maintenance</html>", "text/html");
  });
  api.Start();
  ListRepository limited = OnGithub("octo/limited"), missing = OnGithub("octo/missing"),
                 odd = OnGithub("octo/odd");
  RepositoryLookup lookup = DescribeListRepositories({&limited, &missing, &odd}, ApiOptions(api));
  EXPECT_EQ(
      lookup.unanswered,
      (std::vector<std::string>{
          "GitHub's API did not answer for octo/limited (HTTP 403)",
          "GitHub's API did not answer for octo/missing (HTTP 404)",
          "GitHub's API did not answer for octo/odd (an answer that is not a repository's)"}));
  for (const ListRepository* repository : {&limited, &missing, &odd})
    EXPECT_EQ(repository->state, ListRepository::State::kUnknown);

  // No server at all.
  LinkOptions nowhere = ApiOptions(api);
  nowhere.endpoints.github_api = nowhere.token_homes.github_api = "http://127.0.0.1:1";
  ListRepository unreached = OnGithub("octo/list");
  lookup = DescribeListRepositories({&unreached}, nowhere);
  ASSERT_EQ(lookup.unanswered.size(), 1u);
  EXPECT_TRUE(lookup.unanswered[0].starts_with("GitHub's API did not answer for octo/list ("))
      << lookup.unanswered[0];
  EXPECT_EQ(unreached.state, ListRepository::State::kUnknown);
}

TEST(RepositoryApiTest, ARenameIsFollowedOnTheApiOnlyAndTheTokenStaysThere) {
  TestServer api, elsewhere;
  api.server().Get("/repos/octo/old-name", [](const auto&, auto& res) {
    res.status = 301;
    res.set_header("Location", "/repositories/42");
  });
  api.server().Get("/repositories/42", [](const auto&, auto& res) {
    res.set_content(R"({"full_name": "octo/new-name", "description": "Renamed"})",
                    "application/json");
  });
  std::string away = elsewhere.Url("/repositories/7");
  api.server().Get("/repos/octo/moved-away", [away](const auto&, auto& res) {
    res.status = 302;
    res.set_header("Location", away);
  });
  elsewhere.server().Get(R"(/.*)", [](const auto&, auto& res) {
    res.set_content(R"({"full_name": "evil/list"})", "application/json");
  });
  api.Start();
  elsewhere.Start();
  LinkOptions options = ApiOptions(api);
  options.github_token = kToken;
  ListRepository renamed = OnGithub("octo/old-name"), moved = OnGithub("octo/moved-away");
  RepositoryLookup lookup = DescribeListRepositories({&renamed, &moved}, options);
  EXPECT_EQ(renamed.state, ListRepository::State::kFound);
  EXPECT_EQ(renamed.full_name, "octo/new-name");
  EXPECT_EQ(renamed.description, "Renamed");
  EXPECT_EQ(moved.state, ListRepository::State::kUnknown);
  EXPECT_EQ(lookup.unanswered, std::vector<std::string>{"GitHub's API did not answer for "
                                                        "octo/moved-away (a redirect away from "
                                                        "the API)"});
  EXPECT_EQ(api.requests().size(), 3u);
  for (const Request& request : api.requests()) EXPECT_TRUE(Carries(request, kToken));
  EXPECT_TRUE(elsewhere.requests().empty()) << "a redirect to another origin is not followed";
}

TEST(RepositoryApiTest, ABaseARepositoryConfigNamedGetsNoToken) {
  TestServer attacker;
  attacker.server().Get(
      R"(/.*)", [](const auto&, auto& res) { res.set_content(kAnswer, "application/json"); });
  attacker.Start();
  LinkOptions options = ApiOptions(attacker);
  options.token_homes = ProviderEndpoints{};  // the official API: not where this goes
  options.github_token = kToken;
  ListRepository repository = OnGithub("octo/list");
  RepositoryLookup lookup = DescribeListRepositories({&repository}, options);
  ASSERT_EQ(attacker.requests().size(), 1u);
  EXPECT_FALSE(Carries(attacker.requests()[0], kToken));
  ASSERT_EQ(lookup.warnings.size(), 1u);
  EXPECT_NE(lookup.warnings[0].find("GITHUB_TOKEN was not sent"), std::string::npos);
  EXPECT_EQ(lookup.warnings[0].find(kToken), std::string::npos);
}

TEST(RepositoryApiTest, NamesThatAreNotARepositorysNeverReachThePath) {
  TestServer api;
  api.server().Get(R"(/.*)",
                   [](const auto&, auto& res) { res.set_content(kAnswer, "application/json"); });
  api.Start();
  std::vector<ListRepository> odd = {OnGithub("octo/../../user"), OnGithub("octo/list?x=1"),
                                     OnGithub("octo"), OnGithub("octo/li st"), OnGithub("../x")};
  std::vector<ListRepository*> pointers;
  for (ListRepository& repository : odd) pointers.push_back(&repository);
  RepositoryLookup lookup = DescribeListRepositories(pointers, ApiOptions(api));
  EXPECT_TRUE(api.requests().empty());
  EXPECT_EQ(lookup.unanswered.size(), odd.size());
}

}  // namespace
}  // namespace awesomelint
