// Command-line options of the awesomelint binary.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "awesomelint/markdown/input.h"
#include "awesomelint/model/date.h"

namespace awesomelint {

enum class OutputFormat { kPretty, kJson, kGithub, kSarif, kMarkdown };
enum class ColorMode { kAuto, kAlways, kNever };

// --report FORMAT=FILE (replace FILE) or FORMAT+=FILE (append to it); "-" is stdout.
struct ReportTarget {
  OutputFormat format = OutputFormat::kPretty;
  std::string path;
  bool append = false;
};

struct Options {
  std::vector<std::string> files;
  OutputFormat format = OutputFormat::kPretty;
  std::string output;                 // report file; empty: standard output
  std::vector<ReportTarget> reports;  // more reports of the same run
  size_t max_annotations = 10;        // --format github: per level; 0: no limit
  std::string config;                 // --config; empty: search upwards from each file
  bool no_config = false;
  std::vector<std::string> enable;
  std::vector<std::string> disable;
  bool offline = false;
  bool list_rules = false;
  bool dump_entries = false;
  ColorMode color = ColorMode::kAuto;
  std::optional<CalendarDate> today;
  size_t max_file_size = kDefaultMaxFileSize;
  bool quiet = false;                        // errors only
  bool fix = false;                          // apply fixes in place
  std::optional<std::string> changed_since;  // git revision: report only lines changed since it

  // The link phase; unset values leave the config's (or the defaults).
  struct Links {
    std::vector<std::string> remap;  // 'REGEX REPLACEMENT'
    std::vector<std::string> exclude;
    std::vector<std::string> include;
    std::string accept;          // "200,206,429"
    std::optional<int> timeout;  // seconds
    std::optional<int> max_concurrency;
    std::optional<int> host_concurrency;
    std::optional<int> max_retries;
    std::string user_agent;
    std::vector<std::string> headers;
    std::string cache;
    bool no_cache = false;
    std::string max_cache_age;  // "1d"
    std::string deadline;       // "10m"
  } links;
};

// Parses argv; on --help/--version prints and sets `exit_code` to 0; on a usage
// error prints it and sets `exit_code` to 2. Returns nullopt in both cases.
std::optional<Options> ParseOptions(int argc, char** argv, int* exit_code);

}  // namespace awesomelint
