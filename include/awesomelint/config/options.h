// The option table: every option awesomelint takes, declared once — its flag,
// its config key (in the "links" section), its type, range, default and help,
// and the Settings field it sets. The command line, the config loader, --help
// (and so the man page) and the README's option tables all come from it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/config/config.h"
#include "awesomelint/config/settings.h"

namespace awesomelint {

enum class OptionType {
  kFlag,         // on the command line alone; true in a config
  kText,         // any string
  kTexts,        // strings: repeatable, a list in a config
  kNames,        // rule ids or tags: repeatable or comma-separated
  kInteger,      // a whole number in [min, max]
  kSeconds,      // a whole number of seconds in [min, max]
  kDuration,     // "90s", "10m", "12h", "7d" or a number of seconds
  kSize,         // "16M", "512K", "1000000" bytes, up to max
  kChoice,       // one of `choices`, any case
  kDate,         // YYYY-MM-DD
  kStatusCodes,  // HTTP statuses 100-999: "200,206" or a list
  kVerdicts,     // link verdicts: "broken,timeout" or a list
  kRegexes,      // regular expressions (RE2): repeatable, a list in a config
  kRemaps,       // 'REGEX REPLACEMENT': repeatable, a list in a config
  kHeaders,      // 'Name: value': repeatable, a list in a config
  kResolves,     // HOST:PORT:ADDRESS, as curl --resolve: repeatable
  kReports,      // FORMAT=FILE or FORMAT+=FILE: repeatable
  kCacheFile,    // a file name, or false in a config
  kProviders,    // an object of API base URLs by provider (config only)
};

// Whose the value is when several files with their own configs are linted at once.
enum class OptionScope {
  kRun,   // one value for the whole run: configs that disagree are an error
  kFile,  // each file's config for that file's links
};

struct OptionSpec {
  std::string_view flag = {};        // "--timeout"; empty: config only
  std::string_view short_flag = {};  // "-f"; empty: none
  std::string_view config_key = {};  // "timeout", in the config's "links" section; empty: none
  OptionType type = OptionType::kText;
  OptionScope scope = OptionScope::kRun;
  long long min = 0, max = 0;                  // kInteger, kSeconds, kSize, kDuration
  std::vector<std::string_view> choices = {};  // kChoice
  std::string_view default_value = {};         // as written on the command line; empty: none
  std::string_view metavar = {};               // "SECONDS"
  std::string_view help = {};
  std::string_view group = {};  // "Links" for the link checker's options
  // Stores a value checked by CheckOptionValue in `settings`. Lists append, so a
  // config's list and the command line's add up; anything else replaces.
  void (*apply)(const nlohmann::json& value, Settings& settings) = nullptr;

  // How the option is named in messages: "--timeout", or "links.timeout".
  std::string Name() const;
  bool repeatable() const;
};

// Every option, in the order of --help.
const std::vector<OptionSpec>& OptionTable();

// The option with this flag ("--timeout", "-f") or "links" key; null when none.
const OptionSpec* FindFlag(std::string_view flag);
const OptionSpec* FindConfigKey(std::string_view key);

// Every "links" key, in table order.
std::vector<std::string> ConfigKeys();

// A value written on the command line, as the JSON a config would hold
// ("20" -> 20, "200,206" -> [200, 206]); then CheckOptionValue. Throws InputError
// "<where>: <why>".
nlohmann::json ParseOptionText(const OptionSpec& spec, std::string_view text,
                               std::string_view where);

// A value from a config (or ParseOptionText), checked against the option's type
// and range and normalised ("90s" -> 90). Throws InputError "<where>: <why>";
// the same value is the same error wherever it was written.
nlohmann::json CheckOptionValue(const OptionSpec& spec, const nlohmann::json& value,
                                std::string_view where);

// What the command line said: the settings (defaults, then its options), and the
// options it gave, in order, so that they can be laid over a config's.
struct CommandLine {
  struct Given {
    const OptionSpec* spec;
    nlohmann::json value;  // checked
  };
  Settings settings;
  std::vector<Given> given;
};

// Every option at its default.
Settings DefaultSettings();
// The link checker's options at their defaults (DefaultSettings().links).
LinkOptions DefaultLinkOptions();

// The link options for a file whose config is `own`, in a run over files with
// `configs`: the defaults; then each run-wide option from whichever config sets
// it (two that disagree are an InputError naming both); then `own`'s per-file
// options (exclude, include, fail-on); then the command line's, which win.
LinkOptions LinkOptionsFor(const Config& own, const std::vector<const Config*>& configs,
                           const CommandLine& cli);

// "| `--timeout SECONDS` | ... (default 20) |" rows of the README's option table
// for one group ("" for the general options).
std::string OptionsMarkdownTable(std::string_view group);

}  // namespace awesomelint
