// --changed-since: in a git repository the test builds, only what a change
// brings is reported, and only its links are checked (counted on a server on
// 127.0.0.1), whatever else the list holds.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli/cli_fixture.h"
#include "tests/links/test_server.h"

namespace {

using namespace awesomelint::testing;

class CliChangesTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    auto& s = server_.server();
    s.Get(R"(/ok-.*)", [](const auto&, auto& res) { res.set_content("fine", "text/html"); });
    s.Get(R"(/missing-.*)", [](const auto&, auto& res) { res.status = 404; });
    server_.Start();
    Git("init -q -b main");
  }

  // git in the scratch directory, with an identity of its own; fails the test on error.
  void Git(const std::string& args) {
    std::string command = fmt::format(
        "cd {} && git -c user.name=test -c user.email=test@example.org "
        "-c commit.gpgsign=false {} >/dev/null 2>&1",
        Quote(dir_.string()), args);
    ASSERT_EQ(std::system(command.c_str()), 0) << "git " << args;
  }
  // The first line git prints.
  std::string GitOutput(const std::string& args) {
    fs::path out = dir_ / ".git" / "test-output";  // never part of the work tree
    std::string command =
        fmt::format("cd {} && git {} >{}", Quote(dir_.string()), args, Quote(out.string()));
    EXPECT_EQ(std::system(command.c_str()), 0) << "git " << args;
    std::string text = ReadFile(out);
    return text.substr(0, text.find('\n'));
  }
  void Commit(const std::string& message) {
    Git("add -A");
    Git("commit -q -m " + Quote(message));
  }

  std::string Entry(const std::string& date, const std::string& title, const std::string& path) {
    return fmt::format("* [{}] **Pathology**: [{}]({}) (Nature)\n", date, title, server_.Url(path));
  }
  // An old list with faults of its own: a bad date and a dead link.
  std::string OldEntries() {
    return Entry("20.05.2024", "Old paper A", "/ok-a") +
           Entry("10.05.2024", "Old paper B", "/ok-b") +
           Entry("31.04.2024", "Old paper C", "/missing-old");
  }
  std::string List(const std::string& entries) {
    return "# Awesome Test\n\n## Papers\n\n" + entries;
  }

  // Findings as "line:column rule", from the JSON report.
  static std::vector<std::string> Findings(const Result& result) {
    std::vector<std::string> found;
    nlohmann::json report = nlohmann::json::parse(result.out, nullptr, false);
    if (report.is_discarded()) return {"unparsable: " + result.out + result.err};
    for (const auto& d : report["diagnostics"])
      found.push_back(fmt::format("{}:{} {}", d["line"].get<int>(), d["column"].get<int>(),
                                  d["rule"].get<std::string>()));
    return found;
  }
  std::vector<std::string> Paths() {
    std::vector<std::string> paths;
    for (const auto& request : server_.requests()) paths.push_back(request.path);
    std::sort(paths.begin(), paths.end());
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    return paths;
  }

  TestServer server_;
};

TEST_F(CliChangesTest, ACommitIsJudgedOnTheLinesItAdds) {
  WriteFile(dir_ / "README.md", List(OldEntries()));
  Commit("the list");
  // Three new entries at the top: a bad date, a duplicate of old line 6, a dead link.
  WriteFile(dir_ / "README.md",
            List(Entry("31.02.2025", "New paper", "/ok-new") +
                 Entry("25.05.2024", "Old paper B", "/ok-b") +
                 Entry("24.05.2024", "Dead paper", "/missing-new") + OldEntries()));
  Commit("three entries");

  Result result = Run({"--no-config", "--no-cache", "--max-retries", "0", "--format", "json",
                       "--changed-since", "HEAD~1", "README.md"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_EQ(Findings(result),
            (std::vector<std::string>{"5:4 date-format", "6:45 duplicate-link", "7:44 link-check"}))
      << result.out;
  EXPECT_NE(result.out.find("same title and link as line 9"), std::string::npos)
      << "the new entry is the duplicate, not the old one";
  EXPECT_EQ(Paths(), (std::vector<std::string>{"/missing-new", "/ok-b", "/ok-new"}))
      << "only the new entries' links are asked for";
  EXPECT_NE(result.err.find("3 lines changed since HEAD~1"), std::string::npos) << result.err;

  // The whole list, for comparison: the old faults are there too.
  Result whole = Run({"--offline", "--no-config", "--format", "json", "README.md"});
  EXPECT_EQ(Findings(whole).size(), 3u) << whole.out;  // two dates, one duplicate
}

TEST_F(CliChangesTest, UncommittedEditsCount) {
  WriteFile(dir_ / "README.md", List(OldEntries()));
  Commit("the list");
  WriteFile(dir_ / "README.md", List(Entry("31.02.2025", "New paper", "/ok-new") + OldEntries()));
  Result result =
      Run({"--offline", "--no-config", "--format", "json", "--changed-since", "HEAD", "README.md"});
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_EQ(Findings(result), (std::vector<std::string>{"5:4 date-format"}));
}

TEST_F(CliChangesTest, NothingChangedReportsNothing) {
  WriteFile(dir_ / "README.md", List(OldEntries()));
  Commit("the list");
  Result result = Run(
      {"--no-config", "--no-cache", "--format", "json", "--changed-since", "HEAD", "README.md"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(Findings(result).empty()) << result.out;
  EXPECT_TRUE(server_.requests().empty()) << "no changed line, no link to check";
  EXPECT_NE(result.err.find("nothing changed since HEAD"), std::string::npos) << result.err;
}

// A pull request is measured from its merge base: what its target branch did
// since is not the pull request's doing.
TEST_F(CliChangesTest, ABranchIsMeasuredFromItsMergeBase) {
  WriteFile(dir_ / "README.md", List(Entry("20.05.2024", "Old paper A", "/ok-a")));
  Commit("the list");
  Git("checkout -q -b feature");
  WriteFile(dir_ / "README.md", List(Entry("21.05.2024", "Feature paper", "/ok-f") +
                                     Entry("20.05.2024", "Old paper A", "/ok-a")));
  Commit("feature entry");
  Git("checkout -q main");
  WriteFile(dir_ / "README.md", List(Entry("20.05.2024", "Old paper A", "/ok-a") +
                                     Entry("31.04.2024", "Main's own fault", "/ok-m")));
  Commit("main moves on");
  Git("checkout -q feature");
  WriteFile(dir_ / "README.md", List(Entry("30.02.2024", "Feature paper", "/ok-f") +
                                     Entry("20.05.2024", "Old paper A", "/ok-a")));
  Commit("feature fault");

  Result result =
      Run({"--offline", "--no-config", "--format", "json", "--changed-since", "main", "README.md"});
  EXPECT_EQ(Findings(result), (std::vector<std::string>{"5:4 date-format"})) << result.err;
}

// actions/checkout fetches one commit: the base must be fetched, and then it
// serves without the history between them.
TEST_F(CliChangesTest, AShallowCloneOnceTheBaseIsFetched) {
  WriteFile(dir_ / "README.md", List(OldEntries()));
  Commit("the list");
  WriteFile(dir_ / "README.md", List(Entry("31.02.2025", "New paper", "/ok-new") + OldEntries()));
  Commit("one entry");
  std::string base = GitOutput("rev-parse HEAD~1");
  std::string origin = dir_.string();
  dir_ /= "clone";
  std::filesystem::create_directories(dir_);
  Git("clone -q --depth 1 " + Quote("file://" + origin) + " .");

  std::vector<std::string> args = {"--offline",       "--no-config", "--format", "json",
                                   "--changed-since", base,          "README.md"};
  Result missing = Run(args);
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("git fetch --depth=1 origin " + base), std::string::npos)
      << missing.err;

  Git("fetch -q --depth=1 origin " + base);
  Result result = Run(args);
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_EQ(Findings(result), (std::vector<std::string>{"5:4 date-format"}));
  dir_ = origin;  // TearDown removes it all
}

TEST_F(CliChangesTest, FilesInSubdirectoriesAndNewFiles) {
  std::filesystem::create_directories(dir_ / "docs");
  WriteFile(dir_ / "docs" / "list.md", List(OldEntries()));
  Commit("the list");
  WriteFile(dir_ / "docs" / "list.md",
            List(OldEntries() + Entry("31.02.2023", "New paper", "/ok-new")));
  WriteFile(dir_ / "new.md", List(OldEntries()));  // not even added: all of it is new
  Result result = Run({"--offline", "--no-config", "--format", "json", "--changed-since", "HEAD",
                       "docs/list.md", "new.md"});
  nlohmann::json report = nlohmann::json::parse(result.out, nullptr, false);
  ASSERT_FALSE(report.is_discarded()) << result.out << result.err;
  std::vector<std::string> found;
  for (const auto& d : report["diagnostics"])
    found.push_back(fmt::format("{}:{} {}", d["file"].get<std::string>(), d["line"].get<int>(),
                                d["rule"].get<std::string>()));
  EXPECT_EQ(found,
            (std::vector<std::string>{"docs/list.md:8 date-format", "new.md:7 date-format"}));
  EXPECT_NE(result.err.find("new.md: new file"), std::string::npos) << result.err;
}

TEST_F(CliChangesTest, AnUnknownRevisionIsAClearError) {
  WriteFile(dir_ / "README.md", List(OldEntries()));
  Commit("the list");
  Result result =
      Run({"--no-config", "--no-cache", "--changed-since", "no-such-branch", "README.md"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("git does not know the revision 'no-such-branch'"), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("git fetch"), std::string::npos) << "says how to get it";
  EXPECT_TRUE(server_.requests().empty()) << "no request before the error";
  EXPECT_TRUE(result.out.empty());

  for (const char* ref : {"--output=x", ""}) {
    Result odd = Run({"--offline", "--no-config", "--changed-since", ref, "README.md"});
    EXPECT_EQ(odd.exit_code, 2) << ref;
    EXPECT_NE(odd.err.find("is not a git revision"), std::string::npos) << odd.err;
  }
}

TEST_F(CliChangesTest, OutsideARepositoryOrOnStandardInput) {
  WriteFile(dir_ / "README.md", List(OldEntries()));
  Result piped = Run({"--offline", "--no-config", "--changed-since", "HEAD", "-"}, "",
                     (dir_ / "README.md").string());
  EXPECT_EQ(piped.exit_code, 2);
  EXPECT_NE(piped.err.find("standard input"), std::string::npos) << piped.err;

  std::filesystem::remove_all(dir_ / ".git");
  Result outside = Run({"--offline", "--no-config", "--changed-since", "HEAD", "README.md"},
                       "GIT_CEILING_DIRECTORIES=" + Quote(dir_.string()));
  EXPECT_EQ(outside.exit_code, 2);
  EXPECT_NE(outside.err.find("not inside a git repository"), std::string::npos) << outside.err;
}

}  // namespace
