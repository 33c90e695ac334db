// Config: .awesomelint.json (JSON with comments), found by walking up from the
// linted file. Keys are rule ids, rule tags or "default" (-> true | false |
// "error" | "warning" | "info" | "off" | {options}), plus a "links" section and
// "extends": presets and other config files (relative paths inside the repository),
// read first, later settings winning.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awesomelint {

inline constexpr std::string_view kConfigFileName = ".awesomelint.json";

struct Config {
  std::string path;  // where it was read from; empty for the defaults
  std::string text;  // the file as written, to point errors at their line
  nlohmann::json rules = nlohmann::json::object();  // every key but "links"
  // The "links" section, each value checked by the option table and normalised.
  nlohmann::json links = nlohmann::json::object();
  // "extends" as written: preset names and relative paths, in order.
  std::vector<std::string> extends;
  // Where each value of an extended config came from ("preset research",
  // "base.json:3"), by "rules/KEY" and "links/KEY"; keys of this file are not listed.
  std::map<std::string, std::string> origins;

  // "path:line" of a key as written (after the key `parent`, when given), for
  // error messages; keys inside comments are skipped. A key an extended config set
  // is placed there.
  std::string Where(std::string_view key, std::string_view parent = {}) const;
};

// Configs one "extends" chain may read, in all: deeper is a mistake (or a trap).
inline constexpr size_t kMaxExtendedConfigs = 16;

// What a config file may be: it comes from the repository, so in CI from whoever
// opened a pull request. Nothing real comes near either bound.
inline constexpr size_t kMaxConfigBytes = 1 << 20;
inline constexpr int kMaxConfigDepth = 32;

// Reads a config file (a regular file, at most kMaxConfigBytes): its shape, and
// every "links" value (by the option table); rule keys are the Linter's to check.
// What it extends is read first, then `presets` (--preset) beneath everything.
// Throws InputError with the file and line.
Config LoadConfig(const std::string& path, const std::vector<std::string>& presets = {});
// The config of presets alone (--preset without a config file; none: the defaults).
Config PresetsConfig(const std::vector<std::string>& presets);
// The same for a config's text, read from `path`.
Config ParseConfig(const std::string& path, std::string text);

// The nearest .awesomelint.json in the directory of `file` or above it.
std::optional<std::string> FindConfig(const std::string& file);

}  // namespace awesomelint
