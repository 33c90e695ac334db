// The command line of the awesomelint binary, made from the option table.
#pragma once

#include <optional>

#include "awesomelint/config/options.h"

namespace awesomelint {

// Parses argv; on --help/--version prints and sets `exit_code` to 0; on a usage
// error prints it and sets `exit_code` to 2. Returns nullopt in both cases.
std::optional<CommandLine> ParseCommandLine(int argc, char** argv, int* exit_code);

}  // namespace awesomelint
