// The awesomelint command: read, lint, report, and the exit code.
#pragma once

#include "options.h"

namespace awesomelint {

// Returns the exit code: 0 no errors, 1 errors found, 2 usage/input/config error.
int Run(const Options& options);

}  // namespace awesomelint
