// The awesomelint command: load, check links, lint and fix, report; the exit code.
#pragma once

#include "options.h"

namespace awesomelint {

// Returns the exit code: 0 no errors, 1 errors found, 2 usage/input/config error,
// 130 interrupted.
int Run(const CommandLine& cli);

}  // namespace awesomelint
