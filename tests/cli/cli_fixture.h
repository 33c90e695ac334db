// The CLI tests' fixture: runs the built awesomelint binary in a scratch directory.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fmt/format.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/helpers.h"

namespace awesomelint::testing {

namespace fs = std::filesystem;

inline const fs::path kSource = AWESOMELINT_SOURCE_DIR;
inline const fs::path kFixtures = kSource / "tests" / "fixtures";
inline constexpr std::string_view kRuleDocs =
    "https://github.com/awesomelint/awesomelint/blob/main/docs/rules/";

inline std::string Quote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

struct Result {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// A scratch directory per test, removed afterwards.
class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           fmt::format("awesomelint-cli-{}-{}-{}", getpid(), info->test_suite_name(), info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs the binary in the scratch directory with `env` settings (NO_COLOR is
  // cleared unless given) and --today fixed, so no result depends on the date.
  Result Run(const std::vector<std::string>& args, const std::string& env = "",
             const std::string& stdin_file = "") {
    return Collect(std::system(Command(args, env, stdin_file).c_str()));
  }

  // Starts the binary without waiting (the same command as Run); Wait() collects it.
  pid_t Start(const std::vector<std::string>& args, const std::string& env = "") {
    std::string command = Command(args, env, "");  // sh execs env, env the binary
    pid_t pid = fork();
    if (pid == 0) {
      execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    return pid;
  }
  Result Wait(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return Collect(status);
  }

  std::string Command(const std::vector<std::string>& args, const std::string& env,
                      const std::string& stdin_file) {
    std::string command = fmt::format("cd {} && exec env -u NO_COLOR {} {} --today 2026-11-28",
                                      Quote(dir_.string()), env, Quote(AWESOMELINT_BINARY));
    for (const std::string& arg : args) command += " " + Quote(arg);
    command +=
        fmt::format(" >{} 2>{}", Quote((dir_ / ".out").string()), Quote((dir_ / ".err").string()));
    if (!stdin_file.empty()) command += " <" + Quote(stdin_file);
    return command;
  }
  Result Collect(int status) {
    Result result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = ReadFile(dir_ / ".out");
    result.err = ReadFile(dir_ / ".err");
    return result;
  }

  std::string Fixture(const std::string& name) { return (kFixtures / name).string(); }
  fs::path dir_;
};

}  // namespace awesomelint::testing
