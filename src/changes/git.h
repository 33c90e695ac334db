// Running git in a directory: the changes layer's one way to ask git anything.
#pragma once

#include <string>
#include <vector>

#include "support/process.h"

namespace awesomelint {

// `git -C DIRECTORY ARGS...` (the current directory when `directory` is empty).
inline ProcessResult Git(const std::string& directory, std::vector<std::string> args) {
  std::vector<std::string> argv = {"git", "-C", directory.empty() ? "." : directory};
  argv.insert(argv.end(), args.begin(), args.end());
  return RunProcess(argv);
}

}  // namespace awesomelint
