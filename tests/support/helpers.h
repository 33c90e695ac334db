// Small helpers every test file may use: reading and writing files, and the
// message of the InputError a piece of code throws.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "awesomelint/support/errors.h"

namespace awesomelint::testing {

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline void WriteFile(const std::filesystem::path& path, std::string_view content) {
  std::ofstream(path, std::ios::binary) << content;
}

// The message of the InputError that `f` throws, or "" (and a test failure) if none.
template <typename F>
std::string ErrorOf(F&& f) {
  try {
    f();
  } catch (const InputError& error) {
    return error.what();
  } catch (const std::exception& error) {
    ADD_FAILURE() << "not an InputError: " << error.what();
    return "";
  }
  ADD_FAILURE() << "no InputError was thrown";
  return "";
}

}  // namespace awesomelint::testing
