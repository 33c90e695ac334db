// Config: .awesomelint.json (JSON with comments), found by walking up from the
// linted file. Keys are rule ids, rule tags or "default" (-> true | false |
// "error" | "warning" | "info" | "off" | {options}), plus a "links" section.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace awesomelint {

inline constexpr std::string_view kConfigFileName = ".awesomelint.json";

struct Config {
  std::string path;  // where it was read from; empty for the defaults
  std::string text;  // the file as written, to point errors at their line
  nlohmann::json rules = nlohmann::json::object();  // every key but "links"
  // The "links" section, each value checked by the option table and normalised.
  nlohmann::json links = nlohmann::json::object();

  // "path:line" of a key as written (after the key `parent`, when given), for
  // error messages; keys inside comments are skipped.
  std::string Where(std::string_view key, std::string_view parent = {}) const;
};

// What a config file may be: it comes from the repository, so in CI from whoever
// opened a pull request. Nothing real comes near either bound.
inline constexpr size_t kMaxConfigBytes = 1 << 20;
inline constexpr int kMaxConfigDepth = 32;

// Reads a config file (a regular file, at most kMaxConfigBytes): its shape, and
// every "links" value (by the option table); rule keys are the Linter's to check.
// Throws InputError with the file and line.
Config LoadConfig(const std::string& path);
// The same for a config's text, read from `path`.
Config ParseConfig(const std::string& path, std::string text);

// The nearest .awesomelint.json in the directory of `file` or above it.
std::optional<std::string> FindConfig(const std::string& file);

}  // namespace awesomelint
