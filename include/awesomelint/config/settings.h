// Settings: everything a run is told, whether on the command line or in a
// config's "links" section. The option table (options.h) declares each field's
// flag, config key, type, range, default and help, and fills it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/links/link_options.h"
#include "awesomelint/model/date.h"

namespace awesomelint {

enum class OutputFormat { kPretty, kJson, kGithub, kSarif, kMarkdown };
// The names -f and --report take, in OutputFormat's order.
inline const std::vector<std::string_view> kReportFormats = {"pretty", "json", "github", "sarif",
                                                             "markdown"};
enum class ColorMode { kAuto, kAlways, kNever };

// --report FORMAT=FILE (replace FILE) or FORMAT+=FILE (append to it); "-" is stdout.
struct ReportTarget {
  OutputFormat format = OutputFormat::kPretty;
  std::string path;
  bool append = false;
};

struct Settings {
  std::vector<std::string> files;
  OutputFormat format = OutputFormat::kPretty;
  std::string output;                 // report file; empty: standard output
  std::vector<ReportTarget> reports;  // more reports of the same run
  size_t max_annotations = 0;         // --format github: per level; 0: no limit
  std::string config;                 // --config; empty: search upwards from each file
  bool no_config = false;
  std::vector<std::string> enable;
  std::vector<std::string> disable;
  bool offline = false;
  bool list_rules = false;
  bool dump_entries = false;
  bool init = false;          // --init: write a .awesomelint.json that matches each list
  std::string explain;        // --explain RULE: the rule's page
  bool print_schema = false;  // --print-schema: the config file's JSON Schema
  std::string print_config;   // --print-config FILE: the configuration for FILE, and whence
  std::string preset;         // --preset: the rule set beneath every config ("research", ...)
  bool with_meta = false;     // --dump-entries: check the links, add each entry's paper and repo
  ColorMode color = ColorMode::kAuto;
  std::optional<CalendarDate> today;
  size_t max_file_size = 0;
  bool quiet = false;                        // errors only
  bool verbose = false;                      // every link's verdict, status and time
  bool fix = false;                          // apply fixes in place
  bool diff = false;                         // print what --fix would change, write nothing
  std::optional<std::string> changed_since;  // git revision: report only lines changed since it
  LinkOptions links;
};

}  // namespace awesomelint
