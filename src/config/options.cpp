// The option table. Adding an option: one entry here (and a Settings field);
// --help, the man page, the config loader and the README's tables follow.
#include "awesomelint/config/options.h"
#include "awesomelint/config/presets.h"

#include "awesomelint/support/strings.h"

#include <fmt/format.h>
#include <algorithm>

namespace awesomelint {
namespace {

using json = nlohmann::json;

std::vector<std::string> Strings(const json& value) {
  return value.get<std::vector<std::string>>();
}

template <typename T>
void Append(std::vector<T>& to, const std::vector<T>& more) {
  to.insert(to.end(), more.begin(), more.end());
}

// kReportFormats lists the names in OutputFormat's order.
OutputFormat FormatNamed(const std::string& name) {
  auto it = std::find(kReportFormats.begin(), kReportFormats.end(), name);
  return static_cast<OutputFormat>(it == kReportFormats.end() ? 0 : it - kReportFormats.begin());
}

std::vector<std::string_view> PresetNames() {
  std::vector<std::string_view> names;
  for (const Preset& preset : Presets()) names.push_back(preset.name);
  return names;
}

std::vector<OptionSpec> MakeTable() {
  using T = OptionType;
  using S = Settings;
  std::vector<OptionSpec> table = {
      {.flag = "--format",
       .short_flag = "-f",
       .type = T::kChoice,
       .choices = kReportFormats,
       .default_value = "pretty",
       .metavar = "FORMAT",
       .help = "Output format: pretty (file:line:col severity message [rule], colours on a "
               "terminal), json, github (workflow commands that become annotations), sarif "
               "(2.1.0, for code scanning), markdown (a summary table for $GITHUB_STEP_SUMMARY)",
       .apply = [](const json& v, S& s) { s.format = FormatNamed(v.get<std::string>()); }},
      {.flag = "--output",
       .short_flag = "-o",
       .metavar = "FILE",
       .help = "Write the report to FILE instead of standard output",
       .apply = [](const json& v, S& s) { s.output = v.get<std::string>(); }},
      {.flag = "--report",
       .type = T::kReports,
       .metavar = "FORMAT=FILE",
       .help = "Also write a report in FORMAT to FILE (- for standard output) from the same run "
               "(links are checked once), replacing it; FORMAT+=FILE appends, e.g. "
               "markdown+=$GITHUB_STEP_SUMMARY (repeatable)",
       .apply =
           [](const json& v, S& s) {
             for (const json& r : v)
               s.reports.push_back({FormatNamed(r["format"]), r["path"], r["append"]});
           }},
      {.flag = "--max-annotations",
       .type = T::kInteger,
       .min = 0,
       .max = 1000000,
       .default_value = "10",
       .metavar = "N",
       .help = "With --format github: annotations per level (GitHub shows 10 per step); the "
               "rest are plain log lines (0: no limit)",
       .apply = [](const json& v, S& s) { s.max_annotations = v.get<size_t>(); }},
      {.flag = "--config",
       .short_flag = "-c",
       .metavar = "FILE",
       .help = "Use this config instead of the nearest .awesomelint.json above each file",
       .apply = [](const json& v, S& s) { s.config = v.get<std::string>(); }},
      {.flag = "--no-config",
       .type = T::kFlag,
       .help = "Ignore .awesomelint.json files",
       .apply = [](const json& v, S& s) { s.no_config = v.get<bool>(); }},
      {.flag = "--init",
       .type = T::kFlag,
       .help = "Write a commented .awesomelint.json beside each list that matches it (its kind, "
               "date format, order and tags, written out), checked to add no finding; never "
               "over an existing one",
       .apply = [](const json& v, S& s) { s.init = v.get<bool>(); }},
      {.flag = "--print-schema",
       .type = T::kFlag,
       .help = "Print the JSON Schema of .awesomelint.json (for editors; installed as "
               "share/awesomelint/awesomelint.schema.json), then exit",
       .apply = [](const json& v, S& s) { s.print_schema = v.get<bool>(); }},
      {.flag = "--explain",
       .metavar = "RULE",
       .help = "Print a rule's page — what it checks, why, how to fix it, its options, how to "
               "silence it — then exit",
       .apply = [](const json& v, S& s) { s.explain = v.get<std::string>(); }},
      {.flag = "--print-config",
       .metavar = "FILE",
       .help = "Print the configuration that applies to FILE — each setting with where it came "
               "from (a config file and line, a preset, the command line, the default) — and the "
               "rules it runs, then exit",
       .apply = [](const json& v, S& s) { s.print_config = v.get<std::string>(); }},
      {.flag = "--preset",
       .type = T::kChoice,
       .choices = PresetNames(),
       .metavar = "NAME",
       .help = "Lint by a preset's rules, beneath any config file (as \"extends\" in one): "
               "research (the default), awesome (awesome-lint's checks)",
       .apply = [](const json& v, S& s) { s.preset = v.get<std::string>(); }},
      {.flag = "--enable",
       .type = T::kNames,
       .metavar = "RULE",
       .help = "Switch a rule or tag (badge, entry, links, ...) on (repeatable, or "
               "comma-separated)",
       .apply = [](const json& v, S& s) { Append(s.enable, Strings(v)); }},
      {.flag = "--disable",
       .type = T::kNames,
       .metavar = "RULE",
       .help = "Switch a rule or tag off (repeatable, or comma-separated)",
       .apply = [](const json& v, S& s) { Append(s.disable, Strings(v)); }},
      {.flag = "--fix",
       .type = T::kFlag,
       .help = "Apply the fixable findings' fixes in place (written atomically: beside the file, "
               "flushed, renamed), then report the rest",
       .apply = [](const json& v, S& s) { s.fix = v.get<bool>(); }},
      {.flag = "--diff",
       .type = T::kFlag,
       .help = "Print the unified diff of what --fix would change instead of the report; write "
               "nothing (exit status as without --fix)",
       .apply = [](const json& v, S& s) { s.diff = v.get<bool>(); }},
      {.flag = "--offline",
       .type = T::kFlag,
       .help = "Lint only; do not check links over the network",
       .apply = [](const json& v, S& s) { s.offline = v.get<bool>(); }},
      {.flag = "--changed-since",
       .metavar = "REF",
       .help = "Report only lines added or changed since git REF (compared with its merge base "
               "with HEAD; uncommitted edits count), and check only their links; for a pull "
               "request, its base branch",
       .apply = [](const json& v, S& s) { s.changed_since = v.get<std::string>(); }},
      {.flag = "--list-rules",
       .type = T::kFlag,
       .help = "List every rule with its severity, summary and options (as a table with -f "
               "markdown, as data with -f json)",
       .apply = [](const json& v, S& s) { s.list_rules = v.get<bool>(); }},
      {.flag = "--dump-entries",
       .type = T::kFlag,
       .help = "Print the entries of each list as JSON",
       .apply = [](const json& v, S& s) { s.dump_entries = v.get<bool>(); }},
      {.flag = "--with-meta",
       .type = T::kFlag,
       .help = "With --dump-entries: check the entries' links too, and add what the providers "
               "say of each entry's paper (title, abstract, date) and repository (archived, "
               "last commit, stars)",
       .apply = [](const json& v, S& s) { s.with_meta = v.get<bool>(); }},
      {.flag = "--quiet",
       .short_flag = "-q",
       .type = T::kFlag,
       .help = "Report errors only",
       .apply = [](const json& v, S& s) { s.quiet = v.get<bool>(); }},
      {.flag = "--verbose",
       .short_flag = "-v",
       .type = T::kFlag,
       .help = "List every checked link with its verdict, HTTP status and time, problems first "
               "(pretty, github and markdown; json always has them)",
       .apply = [](const json& v, S& s) { s.verbose = v.get<bool>(); }},
      {.flag = "--color",
       .type = T::kChoice,
       .choices = {"auto", "always", "never"},
       .default_value = "auto",
       .metavar = "WHEN",
       .help = "Colours: auto (on a terminal), always, never; never with NO_COLOR set",
       .apply =
           [](const json& v, S& s) {
             std::string when = v.get<std::string>();
             s.color = when == "always"  ? ColorMode::kAlways
                       : when == "never" ? ColorMode::kNever
                                         : ColorMode::kAuto;
           }},
      {.flag = "--today",
       .type = T::kDate,
       .metavar = "DATE",
       .help = "Judge future dates against this YYYY-MM-DD instead of today (for reproducible "
               "runs)",
       .apply = [](const json& v, S& s) { s.today = ParseIsoDate(v.get<std::string>()); }},
      {.flag = "--max-file-size",
       .type = T::kSize,
       .min = 0,
       .max = 1LL << 30,
       .default_value = "16M",
       .metavar = "SIZE",
       .help = "Refuse larger files: bytes, or with K, M or G",
       .apply = [](const json& v, S& s) { s.max_file_size = v.get<size_t>(); }},

      // The link checker: on the command line and in the config's "links" section.
      {.flag = "--remap",
       .config_key = "remap",
       .type = T::kRemaps,
       .metavar = "'REGEX REPLACEMENT'",
       .help = "Rewrite every request URL, API calls included (lychee's syntax, $1 for groups; "
               "repeatable)",
       .group = "Links",
       .apply =
           [](const json& v, S& s) {
             for (const json& rule : v) s.links.remap.push_back({rule[0], rule[1]});
           }},
      {.flag = "--exclude",
       .config_key = "exclude",
       .type = T::kRegexes,
       .scope = OptionScope::kFile,
       .metavar = "REGEX",
       .help = "Do not check URLs matching REGEX, matched against the URL as written (repeatable)",
       .group = "Links",
       .apply = [](const json& v, S& s) { Append(s.links.exclude, Strings(v)); }},
      {.flag = "--include",
       .config_key = "include",
       .type = T::kRegexes,
       .scope = OptionScope::kFile,
       .metavar = "REGEX",
       .help = "Check only URLs matching REGEX (repeatable; wins over --exclude)",
       .group = "Links",
       .apply = [](const json& v, S& s) { Append(s.links.include, Strings(v)); }},
      {.flag = "--accept",
       .config_key = "accept",
       .type = T::kStatusCodes,
       .metavar = "CODES",
       .help = "More HTTP statuses that count as alive, e.g. 429,999",
       .group = "Links",
       .apply = [](const json& v, S& s) { Append(s.links.accept, v.get<std::vector<long>>()); }},
      {.flag = "--timeout",
       .config_key = "timeout",
       .type = T::kSeconds,
       .min = 1,
       .max = 3600,
       .default_value = "20",
       .metavar = "SECONDS",
       .help = "Seconds one request may take",
       .group = "Links",
       .apply = [](const json& v,
                   S& s) { s.links.http.timeout = std::chrono::seconds(v.get<int>()); }},
      {.flag = "--max-concurrency",
       .config_key = "max-concurrency",
       .type = T::kInteger,
       .min = 1,
       .max = 10000,
       .default_value = "128",
       .metavar = "N",
       .help = "Requests at once, in all",
       .group = "Links",
       .apply = [](const json& v, S& s) { s.links.http.max_concurrency = v.get<int>(); }},
      {.flag = "--host-concurrency",
       .config_key = "host-concurrency",
       .type = T::kInteger,
       .min = 1,
       .max = 1000,
       .default_value = "8",
       .metavar = "N",
       .help = "Requests at once to one host",
       .group = "Links",
       .apply = [](const json& v, S& s) { s.links.http.host_concurrency = v.get<int>(); }},
      {.flag = "--max-retries",
       .config_key = "max-retries",
       .type = T::kInteger,
       .min = 0,
       .max = 20,
       .default_value = "2",
       .metavar = "N",
       .help = "Retries of a request after 429, 5xx, a timeout or a reset, with backoff and "
               "jitter; Retry-After pauses that host only",
       .group = "Links",
       .apply = [](const json& v, S& s) { s.links.http.max_retries = v.get<int>(); }},
      {.flag = "--user-agent",
       .config_key = "user-agent",
       .metavar = "TEXT",
       .help = "The User-Agent sent with every request (default: awesomelint/VERSION and its "
               "home page)",
       .group = "Links",
       .apply = [](const json& v, S& s) { s.links.http.user_agent = v.get<std::string>(); }},
      {.flag = "--header",
       .config_key = "headers",
       .type = T::kHeaders,
       .metavar = "'NAME: VALUE'",
       .help = "A header sent with every request (repeatable)",
       .group = "Links",
       .apply = [](const json& v, S& s) { Append(s.links.http.headers, Strings(v)); }},
      {.flag = "--resolve",
       .type = T::kResolves,
       .metavar = "HOST:PORT:ADDRESS",
       .help = "Connect to ADDRESS for HOST:PORT instead of asking DNS, as curl --resolve does "
               "(repeatable; command line only)",
       .group = "Links",
       .apply = [](const json& v, S& s) { Append(s.links.http.resolve, Strings(v)); }},
      {.flag = "--cache",
       .config_key = "cache",
       .type = T::kCacheFile,
       .default_value = ".awesomelint-cache.json",
       .metavar = "FILE",
       .help = "The verdict cache: links found alive are not asked again while they are "
               "younger than --max-cache-age; failures always are (false in a config: none)",
       .group = "Links",
       .apply = [](const json& v, S& s) { s.links.cache_file = v.get<std::string>(); }},
      {.flag = "--no-cache",
       .type = T::kFlag,
       .help = "Neither read nor write the verdict cache",
       .group = "Links",
       .apply =
           [](const json& v, S& s) {
             if (v.get<bool>()) s.links.cache_file.clear();
           }},
      {.flag = "--max-cache-age",
       .config_key = "max-cache-age",
       .type = T::kDuration,
       .max = 3650 * 86400,  // ten years; a bound keeps milliseconds from overflowing
       .default_value = "1d",
       .metavar = "AGE",
       .help = "How long an alive verdict is trusted, e.g. 12h, 7d",
       .group = "Links",
       .apply = [](const json& v,
                   S& s) { s.links.max_cache_age = std::chrono::seconds(v.get<long>()); }},
      {.flag = "--max-meta-age",
       .config_key = "max-meta-age",
       .type = T::kDuration,
       .max = 3650 * 86400,
       .default_value = "7d",
       .metavar = "AGE",
       .help = "How long what a provider's API said of a resource (a paper's title, a "
               "repository's last commit) is trusted from the cache; an older entry is asked "
               "again even while its verdict is young",
       .group = "Links",
       .apply = [](const json& v,
                   S& s) { s.links.max_meta_age = std::chrono::seconds(v.get<long>()); }},
      {.flag = "--deadline",
       .config_key = "deadline",
       .type = T::kDuration,
       .max = 3650 * 86400,  // ten years; a bound keeps milliseconds from overflowing
       .metavar = "DURATION",
       .help = "Stop checking after this long, e.g. 90s, 10m; what was not reached is a timeout",
       .group = "Links",
       .apply = [](const json& v,
                   S& s) { s.links.deadline = std::chrono::seconds(v.get<long>()); }},
      {.config_key = "fail-on",
       .type = T::kVerdicts,
       .scope = OptionScope::kFile,
       .default_value = "broken",
       .help = "The verdicts that are errors: broken, redirected, blocked, timeout, error, "
               "private-redirect, rate-limited (the others are warnings or notes)",
       .group = "Links",
       .apply =
           [](const json& v, S& s) {
             s.links.fail_on.clear();
             for (const std::string& name : Strings(v))
               s.links.fail_on.push_back(*ParseVerdict(name));
           }},
      {.flag = "--provider",
       .config_key = "providers",
       .type = T::kProviders,
       .metavar = "NAME=URL",
       .help = "An API base URL, for a proxy or a mirror (github, arxiv, huggingface, zenodo, "
               "doi; repeatable; in a config an object {\"github\": URL, ...}). Tokens follow "
               "a base given here or in AWESOMELINT_GITHUB_API (AWESOMELINT_HUGGINGFACE_API, "
               "...), never one a config names",
       .group = "Links",
       .apply =
           [](const json& v, S& s) {
             for (const auto& [name, url] : v.items())
               *s.links.endpoints.Api(name) = *s.links.token_homes.Api(name) =
                   url.get<std::string>();
           }},
  };
  return table;
}

}  // namespace

std::string OptionSpec::Name() const {
  return flag.empty() ? fmt::format("links.{}", config_key) : std::string(flag);
}

bool OptionSpec::repeatable() const {
  switch (type) {
    case OptionType::kTexts:
    case OptionType::kNames:
    case OptionType::kRegexes:
    case OptionType::kRemaps:
    case OptionType::kHeaders:
    case OptionType::kResolves:
    case OptionType::kReports:
    case OptionType::kProviders:
      return true;
    default:
      return false;
  }
}

const std::vector<OptionSpec>& OptionTable() {
  static const std::vector<OptionSpec> table = MakeTable();
  return table;
}

const OptionSpec* FindFlag(std::string_view flag) {
  for (const OptionSpec& spec : OptionTable())
    if (!flag.empty() && (spec.flag == flag || spec.short_flag == flag)) return &spec;
  return nullptr;
}

const OptionSpec* FindConfigKey(std::string_view key) {
  for (const OptionSpec& spec : OptionTable())
    if (!key.empty() && spec.config_key == key) return &spec;
  return nullptr;
}

std::vector<std::string> ConfigKeys() {
  std::vector<std::string> keys;
  for (const OptionSpec& spec : OptionTable())
    if (!spec.config_key.empty()) keys.emplace_back(spec.config_key);
  return keys;
}

Settings DefaultSettings() {
  Settings settings;
  for (const OptionSpec& spec : OptionTable())
    if (!spec.default_value.empty())
      spec.apply(ParseOptionText(spec, spec.default_value, spec.Name()), settings);
  return settings;
}

LinkOptions DefaultLinkOptions() {
  return DefaultSettings().links;
}

std::string OptionsMarkdownTable(std::string_view group) {
  bool with_keys = false;
  for (const OptionSpec& spec : OptionTable())
    with_keys = with_keys || (spec.group == group && !spec.config_key.empty());
  std::string out = with_keys ? "| Option | `links` key | |\n| --- | --- | --- |\n"
                              : "| Option | |\n| --- | --- |\n";
  for (const OptionSpec& spec : OptionTable()) {
    if (spec.group != group) continue;
    std::string flags;
    if (!spec.flag.empty())
      flags = fmt::format("`{}{}{}{}{}`", spec.short_flag, spec.short_flag.empty() ? "" : ", ",
                          spec.flag, spec.metavar.empty() ? "" : " ", spec.metavar);
    std::string help = MarkdownCell(spec.help);
    if (!spec.default_value.empty() && spec.type != OptionType::kFlag)
      help += fmt::format(" (default `{}`)", spec.default_value);
    if (spec.scope == OptionScope::kFile) help += "; each file's config for that file's links";
    if (!with_keys) {
      out += fmt::format("| {} | {} |\n", flags, help);
      continue;
    }
    std::string key = spec.config_key.empty() ? "" : fmt::format("`{}`", spec.config_key);
    out += fmt::format("| {} | {} | {} |\n", flags, key, help);
  }
  return out;
}

}  // namespace awesomelint
