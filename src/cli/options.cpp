#include "options.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <cctype>
#include <iostream>
#include <map>

#include "awesomelint/support/suggest.h"
#include "version.h"

namespace awesomelint {
namespace {

// "16M", "512K", "1000000" -> bytes.
std::string ParseSize(const std::string& text, size_t* out) {
  size_t used = 0;
  unsigned long long value = 0;
  try {
    value = std::stoull(text, &used);
  } catch (const std::exception&) {
    return "expected a size such as 16M, 512K or 1000000";
  }
  std::string unit = text.substr(used);
  if (unit == "K" || unit == "k")
    value *= 1024;
  else if (unit == "M" || unit == "m")
    value *= 1024 * 1024;
  else if (unit == "G" || unit == "g")
    value *= 1024ull * 1024 * 1024;
  else if (!unit.empty())
    return "unknown unit '" + unit + "'; use K, M or G";
  *out = static_cast<size_t>(value);
  return {};
}

// "FORMAT=FILE" or "FORMAT+=FILE" -> a report target; an error message otherwise.
std::string ParseReportTarget(const std::string& text,
                              const std::map<std::string, OutputFormat>& formats,
                              ReportTarget* target) {
  size_t equals = text.find('=');
  if (equals == std::string::npos || equals + 1 == text.size())
    return fmt::format("'{}': expected FORMAT=FILE or FORMAT+=FILE, e.g. sarif=results.sarif",
                       text);
  target->append = equals > 0 && text[equals - 1] == '+';
  std::string name = text.substr(0, equals - (target->append ? 1 : 0));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));  // as -f
  target->path = text.substr(equals + 1);
  std::vector<std::string> names;
  for (const auto& [known, format] : formats) names.push_back(known);
  auto it = formats.find(name);
  if (it == formats.end()) {
    std::optional<std::string> near = ClosestMatch(name, names, SuggestionBudget(name));
    return fmt::format("'{}' is not a format ({}){}", name, fmt::join(names, ", "),
                       near ? fmt::format("; did you mean '{}'?", *near) : "");
  }
  target->format = it->second;
  return {};
}

}  // namespace

std::optional<Options> ParseOptions(int argc, char** argv, int* exit_code) {
  Options options;
  CLI::App app{
      "awesomelint: a linter and link checker for Markdown awesome lists.\n"
      "Exit codes: 0 no errors, 1 errors found, 2 usage, input or config error, 130 "
      "interrupted.\nEnvironment: GITHUB_TOKEN (or GH_TOKEN) and HF_TOKEN, sent only to "
      "their own API hosts; NO_COLOR.",
      "awesomelint"};
  app.set_version_flag("--version", std::string("awesomelint ") + kVersion);
  app.add_option("files", options.files,
                 "Markdown files to lint (default: README.md here; - reads standard input)")
      ->type_name("FILE");
  std::map<std::string, OutputFormat> formats = {{"pretty", OutputFormat::kPretty},
                                                 {"json", OutputFormat::kJson},
                                                 {"github", OutputFormat::kGithub},
                                                 {"sarif", OutputFormat::kSarif},
                                                 {"markdown", OutputFormat::kMarkdown}};
  app.add_option("-f,--format", options.format,
                 "Output format: pretty, json, github, sarif, markdown")
      ->transform(CLI::CheckedTransformer(formats, CLI::ignore_case).description(""))
      ->type_name("FORMAT");
  app.add_option("-o,--output", options.output,
                 "Write the report to FILE instead of standard output");
  std::vector<std::string> reports;
  app.add_option("--report", reports,
                 "Also write a report in FORMAT to FILE (- for standard output), replacing it; "
                 "FORMAT+=FILE appends, e.g. markdown+=$GITHUB_STEP_SUMMARY (repeatable)")
      ->type_name("FORMAT=FILE")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--max-annotations", options.max_annotations,
                 "With --format github: annotations per level (GitHub shows 10 per step); "
                 "the rest are plain log lines (0: no limit)")
      ->type_name("N");
  app.add_option("-c,--config", options.config,
                 "Config file (default: the nearest .awesomelint.json above each file)");
  app.add_flag("--no-config", options.no_config, "Ignore .awesomelint.json files");
  app.add_option("--enable", options.enable,
                 "Enable a rule or tag (repeatable, or comma-separated)")
      ->allow_extra_args(false)
      ->delimiter(',')
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--disable", options.disable,
                 "Disable a rule or tag (repeatable, or comma-separated)")
      ->allow_extra_args(false)
      ->delimiter(',')
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_flag("--offline", options.offline, "Lint only; do not check links over the network");
  app.add_flag("--list-rules", options.list_rules, "List every rule with its severity and summary");
  app.add_flag("--dump-entries", options.dump_entries, "Print the entries of each list as JSON");
  std::map<std::string, ColorMode> colors = {
      {"auto", ColorMode::kAuto}, {"always", ColorMode::kAlways}, {"never", ColorMode::kNever}};
  app.add_option("--color", options.color,
                 "Colours: auto (a terminal without NO_COLOR), always, never")
      ->transform(CLI::CheckedTransformer(colors, CLI::ignore_case).description(""))
      ->type_name("WHEN");
  std::string today;
  app.add_option("--today", today, "Judge future dates against this YYYY-MM-DD (default: today)")
      ->type_name("DATE")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  std::string max_size;
  app.add_option("--max-file-size", max_size, "Refuse larger files (default: 16M)")
      ->type_name("SIZE");
  app.add_flag("-q,--quiet", options.quiet, "Report errors only");
  Options::Links& links = options.links;
  auto repeatable = [](CLI::Option* option) {
    return option->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  };
  repeatable(
      app.add_option("--remap", links.remap,
                     "Rewrite request URLs: 'REGEX REPLACEMENT' ($1 for groups; repeatable)"))
      ->group("Links");
  repeatable(
      app.add_option("--exclude", links.exclude, "Do not check URLs matching REGEX (repeatable)"))
      ->group("Links");
  repeatable(app.add_option("--include", links.include,
                            "Check only URLs matching REGEX (repeatable; wins over --exclude)"))
      ->group("Links");
  app.add_option("--accept", links.accept,
                 "More HTTP statuses that count as alive, e.g. 200,206,429")
      ->group("Links");
  app.add_option("--timeout", links.timeout, "Seconds one request may take (default 20)")
      ->check(CLI::Range(1, 3600).description(""))
      ->type_name("SECONDS")
      ->group("Links");
  app.add_option("--max-concurrency", links.max_concurrency,
                 "Requests at once, in all (default 128)")
      ->check(CLI::Range(1, 10000).description(""))
      ->type_name("N")
      ->group("Links");
  app.add_option("--host-concurrency", links.host_concurrency,
                 "Requests at once to one host (default 8)")
      ->check(CLI::Range(1, 1000).description(""))
      ->type_name("N")
      ->group("Links");
  app.add_option("--max-retries", links.max_retries,
                 "Retries of a request after 429, 5xx, a timeout or a reset (default 2)")
      ->check(CLI::Range(0, 20).description(""))
      ->type_name("N")
      ->group("Links");
  app.add_option("--user-agent", links.user_agent, "The User-Agent sent with every request")
      ->group("Links");
  repeatable(app.add_option("--header", links.headers,
                            "'Name: value' sent with every request (repeatable)"))
      ->group("Links");
  app.add_option("--cache", links.cache, "The verdict cache (default .awesomelint-cache.json)")
      ->group("Links");
  app.add_flag("--no-cache", links.no_cache, "Neither read nor write the verdict cache")
      ->group("Links");
  app.add_option("--max-cache-age", links.max_cache_age,
                 "How long an alive verdict is trusted, e.g. 12h, 7d (default 1d)")
      ->group("Links");
  app.add_option("--deadline", links.deadline,
                 "Stop checking after this long, e.g. 90s, 10m; what is unchecked is a timeout")
      ->group("Links");
  app.add_flag(
      "--fix", options.fix,
      "Apply the fixable findings' fixes in place (written atomically), then report the rest");
  std::string changed_since;
  app.add_option("--changed-since", changed_since,
                 "Report only lines added or changed since git REF (compared with its merge "
                 "base with HEAD), and check only their links; for a pull request, its base "
                 "branch")
      ->type_name("REF");
  // Metavariables for --help and the man page made from it.
  for (auto [name, type] : std::initializer_list<std::pair<const char*, const char*>>{
           {"--output", "FILE"},
           {"--config", "FILE"},
           {"--enable", "RULE"},
           {"--disable", "RULE"},
           {"--remap", "'REGEX REPLACEMENT'"},
           {"--exclude", "REGEX"},
           {"--include", "REGEX"},
           {"--accept", "CODES"},
           {"--user-agent", "TEXT"},
           {"--header", "'NAME: VALUE'"},
           {"--cache", "FILE"},
           {"--max-cache-age", "AGE"},
           {"--deadline", "DURATION"}})
    app.get_option(name)->type_name(type);
  try {
    app.parse(argc, argv);
    if (app.count("--changed-since") > 0) options.changed_since = changed_since;  // even ""
    for (const std::string& report : reports) {
      ReportTarget target;
      if (std::string error = ParseReportTarget(report, formats, &target); !error.empty())
        throw CLI::ValidationError("--report", error);
      options.reports.push_back(target);
    }
    if (!today.empty()) {
      CalendarDate date = ParseIsoDate(today);
      if (date.year == 0)
        throw CLI::ValidationError("--today", "expected a date as YYYY-MM-DD, got " + today);
      options.today = date;
    }
    if (!max_size.empty()) {
      if (std::string error = ParseSize(max_size, &options.max_file_size); !error.empty())
        throw CLI::ValidationError("--max-file-size", error);
    }
  } catch (const CLI::Success& success) {
    *exit_code = app.exit(success);
    return std::nullopt;
  } catch (const CLI::ParseError& error) {
    std::cerr << "awesomelint: " << error.what() << "\n(awesomelint --help lists the options)\n";
    *exit_code = 2;
    return std::nullopt;
  }
  return options;
}

}  // namespace awesomelint
