// The rules that judge what lies beside a list, end to end: awesome-github in a git
// repository the test builds, against a fake GitHub API on 127.0.0.1 (its base from
// AWESOMELINT_GITHUB_API, as a user gives it), and awesome-contributing and
// awesome-code-of-conduct on the files beside the list. Nothing reaches the internet.
#include <gtest/gtest.h>

#include "tests/cli/cli_fixture.h"
#include "tests/links/test_server.h"

namespace {

using namespace awesomelint::testing;

constexpr char kList[] =
    "# Awesome Sourdough\n\n> Tools for baking with a wild starter.\n\n## Tools\n\n"
    "- Crumb Lab - Tracks how a starter rises.\n";

class CliRepositoryTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    WriteFile(dir_ / "README.md", kList);
  }

  void Git(const std::string& args) {
    std::string command =
        fmt::format("cd {} && git -c user.name=test -c user.email=t@example.org {} >/dev/null 2>&1",
                    Quote(dir_.string()), args);
    ASSERT_EQ(std::system(command.c_str()), 0) << "git " << args;
  }

  // awesome-github alone, its API on `api`, no token from the outside.
  Result Github(TestServer& api, std::vector<std::string> args, const std::string& env = "") {
    args.insert(args.begin(), {"--no-config", "--timeout", "5", "--max-retries", "0", "--disable",
                               "link-check", "--enable", "awesome-github"});
    args.push_back("README.md");
    return Run(args, fmt::format("-u GITHUB_TOKEN -u GH_TOKEN AWESOMELINT_GITHUB_API={} {}",
                                 api.Url(""), env));
  }
};

constexpr char kBareRepository[] =
    R"({"full_name": "o/r", "description": null, "topics": [], "license": null})";

TEST_F(CliRepositoryTest, WhatTheApiSaysOfTheRepositoryIsReportedAtTheListsTop) {
  TestServer api;
  api.server().Get("/repos/o/r", [](const auto&, auto& res) {
    res.set_content(kBareRepository, "application/json");
  });
  api.Start();
  Git("init -q");
  Git("remote add origin https://github.com/o/r");
  Result r = Github(api, {});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;  // off by default: enabled, a warning
  EXPECT_EQ(r.out,
            "README.md:1:1 warning The repository should have a description [awesome-github]\n"
            "README.md:1:1 warning The repository should have \"awesome\" as a GitHub topic "
            "[awesome-github]\n"
            "README.md:1:1 warning The repository should have \"awesome-list\" as a GitHub topic "
            "[awesome-github]\n"
            "README.md:1:1 warning License was not detected by GitHub [awesome-github]\n"
            "0 errors, 4 warnings in 1 file (0 entries)\n")
      << r.out;
  EXPECT_TRUE(r.err.empty()) << r.err;
  ASSERT_EQ(api.requests().size(), 1u);
  EXPECT_EQ(api.requests()[0].path, "/repos/o/r");
  EXPECT_EQ(api.requests()[0].headers.count("Authorization"), 0u);
}

TEST_F(CliRepositoryTest, TheTokenGoesToTheApiAndNowhereInTheOutput) {
  TestServer api;
  api.server().Get("/repos/o/r", [](const auto&, auto& res) {
    res.set_content(kBareRepository, "application/json");
  });
  api.Start();
  Git("init -q");
  const std::string secret = "ghp_SECRETrepository0123456789";
  // A remote URL with a token in it, as some CI setups write it: never repeated.
  Git("remote add origin https://x-access-token:ghs_REMOTEsecret@github.com/o/r.git");
  for (const char* format : {"pretty", "json", "sarif"}) {
    Result r = Github(api, {"--format", format}, "GITHUB_TOKEN=" + secret);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    for (const std::string& text : {r.out, r.err}) {
      EXPECT_EQ(text.find(secret), std::string::npos) << format;
      EXPECT_EQ(text.find("ghs_REMOTEsecret"), std::string::npos) << format;
    }
  }
  ASSERT_EQ(api.requests().size(), 3u);
  for (auto& request : api.requests())
    EXPECT_EQ(request.headers["Authorization"], "Bearer " + secret);
}

TEST_F(CliRepositoryTest, OfflineTheRuleSaysNothingAndNothingIsAsked) {
  TestServer api;
  api.server().Get("/repos/o/r", [](const auto&, auto& res) {
    res.set_content(kBareRepository, "application/json");
  });
  api.Start();
  Git("init -q");
  Git("remote add origin git@github.com:o/r.git");
  Result r = Github(api, {"--offline"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("awesome-github"), std::string::npos) << r.out;
  EXPECT_TRUE(r.err.empty()) << r.err;
  EXPECT_TRUE(api.requests().empty());
}

TEST_F(CliRepositoryTest, AnApiErrorIsAWarningNotAFinding) {
  TestServer api;
  api.server().Get("/repos/o/r", [](const auto&, auto& res) {
    res.status = 403;
    res.set_content(R"({"message": "API rate limit exceeded"})", "application/json");
  });
  api.Start();
  Git("init -q");
  Git("remote add origin https://github.com/o/r.git");
  Result r = Github(api, {});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out.find("awesome-github"), std::string::npos) << r.out;
  EXPECT_EQ(r.err,
            "awesomelint: awesome-github: GitHub's API did not answer for o/r (HTTP 403); not "
            "checked\n");
}

TEST_F(CliRepositoryTest, ARemoteElsewhereOrNoRepositoryAtAll) {
  TestServer api;
  api.Start();
  Result outside = Github(api, {});  // the scratch folder is in no git repository
  EXPECT_NE(outside.out.find("README.md:1:1 warning Awesome list must reside in a valid git "
                             "repository [awesome-github]"),
            std::string::npos)
      << outside.out << outside.err;
  Git("init -q");
  Git("remote add origin https://gitlab.com/o/r.git");
  Result elsewhere = Github(api, {});
  EXPECT_NE(elsewhere.out.find("README.md:1:1 warning Repository should be on GitHub "
                               "[awesome-github]"),
            std::string::npos)
      << elsewhere.out << elsewhere.err;
  EXPECT_TRUE(api.requests().empty());
}

TEST_F(CliRepositoryTest, ContributingGuideAndCodeOfConductBesideTheList) {
  WriteFile(dir_ / "CODE_OF_CONDUCT.md",
            "# Code of Conduct\n\nBe kind.\n\nReport problems to [INSERT EMAIL ADDRESS].\n");
  std::vector<std::string> args = {"--no-config",          "--offline", "--enable",
                                   "awesome-contributing", "--enable",  "awesome-code-of-conduct"};
  std::vector<std::string> named = args;
  named.push_back("README.md");
  Result r = Run(named);
  EXPECT_EQ(r.out,
            "README.md:1:1 warning CODE_OF_CONDUCT.md:5: The email placeholder must be replaced "
            "with yours [awesome-code-of-conduct]\n"
            "README.md:1:1 warning Missing file contributing.md [awesome-contributing]\n"
            "0 errors, 2 warnings in 1 file (0 entries)\n")
      << r.out << r.err;
  // Standard input has no folder: nothing beside it to judge.
  std::vector<std::string> piped = args;
  piped.push_back("-");
  Result from_stdin = Run(piped, "", (dir_ / "README.md").string());
  EXPECT_EQ(from_stdin.exit_code, 0) << from_stdin.out << from_stdin.err;
  EXPECT_EQ(from_stdin.out.find("awesome-co"), std::string::npos) << from_stdin.out;
}

}  // namespace
