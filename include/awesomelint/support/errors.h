// InputError: a problem with what the user gave us (file, config, flags).
// It is reported as "awesomelint: <message>" and the run exits with code 2.
#pragma once

#include <stdexcept>
#include <string>

namespace awesomelint {

class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace awesomelint
