// The repository a list lives in, as git names it (awesome-github): which remote URLs
// name a github.com repository, and the branch / remote / push URL walk in real
// repositories the test builds.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fmt/format.h>
#include <cstdlib>

#include "awesomelint/changes/git_remote.h"
#include "tests/support/helpers.h"
#include "tests/support/temp_dir.h"

namespace awesomelint {
namespace {

using testing::TempDir;

TEST(GithubRemoteTest, EveryWayGitWritesAGithubRepository) {
  for (const char* url :
       {"https://github.com/octo/list", "https://github.com/octo/list.git",
        "https://github.com/octo/list/", "https://github.com/octo/list.git/",
        "http://github.com/octo/list", "https://www.github.com/octo/list",
        "https://GitHub.com/octo/list.GIT", "git://github.com/octo/list.git",
        "ssh://git@github.com/octo/list.git", "ssh://git@github.com:22/octo/list",
        "git+https://github.com/octo/list.git", "git@github.com:octo/list.git",
        "git@github.com:octo/list", "github.com:octo/list", "git@github.com:/octo/list.git",
        "https://x-access-token:secret@github.com/octo/list.git",
        "  https://github.com/octo/list\n"})
    EXPECT_EQ(GithubRepositoryOfRemote(url), "octo/list") << url;
  EXPECT_EQ(GithubRepositoryOfRemote("https://github.com/Octo-Cat/my.list_2"),
            "Octo-Cat/my.list_2");
}

TEST(GithubRemoteTest, OtherHostsPathsAndNamesAreNotGithubRepositories) {
  for (const char* url :
       {"https://gitlab.com/octo/list.git", "git@gitlab.com:octo/list.git",
        "https://github.com.evil.example/octo/list", "https://evil.example/github.com/octo/list",
        "https://github.com/octo", "https://github.com/octo/list/tree/main",
        "https://github.com/octo/../list", "https://github.com/octo/..",
        "https://github.com/oc%2Fto/list", "https://github.com/octo/li%20st",
        "https://github.com/oc_to/list", "https://github.com/octo/list?x=1",
        "file:///srv/git/list.git", "/srv/git/github.com:octo/list", "../list", "octo/list",
        "ftp://github.com/octo/list", ""})
    EXPECT_FALSE(GithubRepositoryOfRemote(url).has_value()) << url;
}

TEST(GithubRemoteTest, CredentialsInARemoteUrlAreDropped) {
  EXPECT_EQ(WithoutCredentials("https://x-access-token:ghs_secret@github.com/octo/list.git"),
            "https://github.com/octo/list.git");
  EXPECT_EQ(WithoutCredentials("ssh://git@github.com/octo/list"), "ssh://github.com/octo/list");
  EXPECT_EQ(WithoutCredentials("https://github.com/octo/list@v2"),
            "https://github.com/octo/list@v2");
  EXPECT_EQ(WithoutCredentials("git@github.com:octo/list.git"), "git@github.com:octo/list.git");
}

// A git repository in a temporary folder.
class GitRepository {
 public:
  GitRepository() { Git("init -q"); }
  void Git(const std::string& args) {
    std::string command = fmt::format(
        "cd '{}' && git -c user.name=test -c user.email=t@example.org {} >/dev/null 2>&1",
        dir_.path().string(), args);
    ASSERT_EQ(std::system(command.c_str()), 0) << "git " << args;
  }
  std::string path() const { return dir_.path().string(); }
  const TempDir& dir() const { return dir_; }

 private:
  TempDir dir_;
};

TEST(FindListRepositoryTest, TheBranchsRemoteOrElseOrigin) {
  GitRepository repo;
  repo.Git("remote add origin https://github.com/octo/list.git");
  // A branch that tracks nothing (a fresh `git init`): origin.
  ListRepository found = FindListRepository(repo.path());
  EXPECT_EQ(found.state, ListRepository::State::kUnknown);
  EXPECT_EQ(found.full_name, "octo/list");
  EXPECT_EQ(found.remote_url, "https://github.com/octo/list.git");

  // A branch that tracks another remote: that remote's push URL.
  repo.Git("remote add fork git@github.com:fork/list.git");
  repo.Git("remote set-url --push fork git@github.com:fork/list-push.git");
  repo.Git("config branch.lists.remote fork");
  repo.Git("checkout -q -b lists");
  EXPECT_EQ(FindListRepository(repo.path()).full_name, "fork/list-push");

  // Detached: clone.defaultRemoteName, else origin.
  repo.dir().Write("README.md", "# List\n");
  repo.Git("add README.md");
  repo.Git("commit -q -m list");
  repo.Git("checkout -q --detach");
  EXPECT_EQ(FindListRepository(repo.path()).full_name, "octo/list");
  repo.Git("config clone.defaultRemoteName fork");
  EXPECT_EQ(FindListRepository(repo.path()).full_name, "fork/list-push");
}

TEST(FindListRepositoryTest, AnotherHostIsNotGithubAndNoRemoteIsNoRepository) {
  GitRepository repo;
  EXPECT_EQ(FindListRepository(repo.path()).state, ListRepository::State::kNotAGitCheckout)
      << "no remote at all";
  repo.Git("remote add origin https://oauth2:glpat-secret@gitlab.com/octo/list.git");
  ListRepository found = FindListRepository(repo.path());
  EXPECT_EQ(found.state, ListRepository::State::kNotOnGithub);
  EXPECT_EQ(found.remote_url, "https://gitlab.com/octo/list.git") << "never the password";
  EXPECT_TRUE(found.full_name.empty());
}

TEST(FindListRepositoryTest, AFolderOutsideAnyCheckout) {
  TempDir dir;
  // GIT_CEILING_DIRECTORIES is not needed: the temporary folder is in no repository.
  EXPECT_EQ(FindListRepository(dir.path().string()).state, ListRepository::State::kNotAGitCheckout);
}

// A checkout another user owns: git refuses to read it, and that is no finding (CI
// containers often check out as another user than the one linting).
TEST(FindListRepositoryTest, ARepositoryGitDoesNotTrustIsUnknownNotMissing) {
  if (geteuid() != 0) GTEST_SKIP() << "needs root to give the checkout to another user";
  GitRepository repo;
  repo.Git("remote add origin https://github.com/octo/list");
  std::string command = fmt::format("chown -R nobody '{}'", repo.path());
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::string error = testing::ErrorOf([&] { FindListRepository(repo.path()); });
  EXPECT_NE(error.find("git does not trust the repository in " + repo.path()), std::string::npos)
      << error;
}

}  // namespace
}  // namespace awesomelint
