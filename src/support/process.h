// Running a helper program (git) without a shell: arguments go to it as they
// are, so a file name is never read as shell syntax.
#pragma once

#include <string>
#include <vector>

namespace awesomelint {

struct ProcessResult {
  int exit_code = -1;  // -1: it could not be started or was killed by a signal
  std::string out;
  std::string err;
};

// Runs argv[0] (looked up on PATH) with stdin closed, and collects its output.
ProcessResult RunProcess(const std::vector<std::string>& argv);

}  // namespace awesomelint
