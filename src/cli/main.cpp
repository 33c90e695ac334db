#include <exception>
#include <iostream>

#include "awesomelint/support/errors.h"
#include "options.h"
#include "run.h"

int main(int argc, char** argv) {
  int exit_code = 0;
  std::optional<awesomelint::CommandLine> cli =
      awesomelint::ParseCommandLine(argc, argv, &exit_code);
  if (!cli) return exit_code;
  try {
    return awesomelint::Run(*cli);
  } catch (const awesomelint::InputError& error) {
    std::cerr << "awesomelint: " << error.what() << '\n';
  } catch (const std::exception& error) {
    std::cerr << "awesomelint: internal error: " << error.what()
              << "\nPlease report it with the input that caused it.\n";
  }
  return 2;
}
