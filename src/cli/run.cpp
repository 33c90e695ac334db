// The awesomelint command, as the data flows: load the files, check their links,
// lint them (fixing them when asked), report. Each step is a function below.
#include "run.h"

#include <unistd.h>

#include <csignal>

#include <fmt/format.h>
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "awesomelint/changes/git_changes.h"
#include "awesomelint/changes/text_diff.h"
#include "awesomelint/config/config.h"
#include "awesomelint/config/options.h"
#include "awesomelint/entries/entries.h"
#include "awesomelint/links/link_checker.h"
#include "awesomelint/lint/fix.h"
#include "awesomelint/lint/linter.h"
#include "awesomelint/markdown/input.h"
#include "awesomelint/report/report.h"
#include "awesomelint/support/atomic_write.h"
#include "awesomelint/support/errors.h"
#include "awesomelint/support/strings.h"
#include "info.h"
#include "init.h"
#include "list_repositories.h"
#include "outputs.h"
#include "rules/registry.h"
#include "version.h"

namespace awesomelint {
namespace {

// One input file on its way through the run.
struct RunFile {
  ParsedFile parsed;
  std::optional<ChangedLines> changed;  // --changed-since: the lines it judges
  const Config* config = nullptr;       // its .awesomelint.json (or --config, or none)
  const Linter* linter = nullptr;       // its config's rules
  LinkOptions links;                    // its config's link options (the run's, and its own)
  std::optional<FileSnapshot> read_as;  // the file as read, for --fix to see it unchanged

  // The GitHub repository it lives in, when a rule asked (awesome-github, double-link).
  const ListRepository* repository = nullptr;

  const std::string& path() const { return parsed.doc->path(); }
  const ChangedLines* changed_lines() const { return changed ? &*changed : nullptr; }
};

CalendarDate Today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::vector<std::string> DefaultFiles() {
  for (const char* name : {"README.md", "readme.md", "Readme.md", "README.markdown"})
    if (std::filesystem::is_regular_file(name)) return {name};
  throw InputError("no file given and no README.md here; run: awesomelint FILE.md");
}

void Warn(const std::string& message) {
  std::cerr << "awesomelint: " << message << '\n';
}

// One Config and one Linter per config file, each built on first use.
class Linters {
 public:
  explicit Linters(const Settings& options) : options_(options) {
    if (!options.preset.empty()) presets_.push_back(options.preset);
    if (!options.config.empty()) fixed_ = LoadConfig(options.config, presets_);
  }

  const Config& ConfigFor(const std::string& file) {
    if (fixed_) return *fixed_;
    std::string key;
    if (!options_.no_config)
      if (std::optional<std::string> found = FindConfig(file)) key = *found;
    auto it = configs_.find(key);
    if (it == configs_.end())
      it = configs_.emplace(key, key.empty() ? PresetsConfig(presets_) : LoadConfig(key, presets_))
               .first;
    return it->second;
  }

  const Linter& For(const Config& config) {
    auto it = linters_.find(&config);
    if (it != linters_.end()) return *it->second;
    auto linter = std::make_unique<Linter>(CreateAllRules(), config,
                                           RuleOverrides{options_.enable, options_.disable});
    return *linters_.emplace(&config, std::move(linter)).first->second;
  }

 private:
  const Settings& options_;
  std::vector<std::string> presets_;  // --preset, beneath every config
  std::optional<Config> fixed_;
  std::map<std::string, Config> configs_;
  std::map<const Config*, std::unique_ptr<Linter>> linters_;
};

// AWESOMELINT_<NAME>_API: an API base from the environment, which like the
// command line is the user's (a token may follow it); --provider wins over it.
void ApplyProviderEnvironment(const CommandLine& cli, Settings& settings) {
  const OptionSpec* spec = FindFlag("--provider");
  for (const std::string& name : ProviderEndpoints::Names()) {
    std::string variable = fmt::format("AWESOMELINT_{}_API", ToUpper(name));
    const char* base = std::getenv(variable.c_str());
    if (!base || !*base) continue;
    bool on_command_line = std::any_of(cli.given.begin(), cli.given.end(), [&](const auto& given) {
      return given.spec == spec && given.value.contains(name);
    });
    if (!on_command_line)
      spec->apply(ParseOptionText(*spec, fmt::format("{}={}", name, base), variable), settings);
  }
}

// Each file's link options: its config's, the run's, the command line's, and what
// only the environment and the terminal tell (tokens, the User-Agent's version,
// whether to show progress). Worked out once per config.
void SetLinkOptions(std::vector<RunFile>& files, const CommandLine& cli) {
  std::vector<const Config*> configs;  // each once, in the order of the files
  for (const RunFile& file : files)
    if (std::find(configs.begin(), configs.end(), file.config) == configs.end())
      configs.push_back(file.config);
  std::map<const Config*, LinkOptions> by_config;
  for (const Config* config : configs) {
    Settings settings;
    settings.links = LinkOptionsFor(*config, configs, cli);
    ApplyProviderEnvironment(cli, settings);
    LinkOptions links = std::move(settings.links);
    if (links.http.user_agent.empty())
      links.http.user_agent = fmt::format("awesomelint/{} (+{})", kVersion, kProjectUrl);
    for (const char* name : {"GITHUB_TOKEN", "GH_TOKEN"})
      if (const char* token = std::getenv(name); token && *token && links.github_token.empty())
        links.github_token = token;
    if (const char* token = std::getenv("HF_TOKEN"); token && *token)
      links.huggingface_token = token;
    links.progress = isatty(STDERR_FILENO);
    by_config.emplace(config, std::move(links));
  }
  for (RunFile& file : files) file.links = by_config.at(file.config);
}

// The first Ctrl-C ends the link check gracefully (report and cache intact); a
// second one, the default way.
extern "C" void StopLinkCheck(int) {
  StopCheckingLinks();
  std::signal(SIGINT, SIG_DFL);
}

// Step 1: read and parse every file (its Document, then its entries). One that
// cannot be read is reported, and the others go on.
std::vector<RunFile> LoadFiles(const Settings& options, bool& input_failed) {
  std::vector<RunFile> files;
  std::set<std::string> seen;  // a file named twice (or through a link) is linted once
  for (const std::string& path : options.files.empty() ? DefaultFiles() : options.files) {
    std::error_code error;
    std::filesystem::path same = std::filesystem::weakly_canonical(path, error);
    if (!seen.insert(path == "-" || error ? path : same.string()).second) continue;
    try {
      RunFile file;
      std::string text = ReadMarkdownFile(path, options.max_file_size);
      if (path != "-") file.read_as = SnapshotOf(path, text);
      file.parsed = ParseFile(path, std::move(text));
      files.push_back(std::move(file));
    } catch (const InputError& error) {
      Warn(error.what());
      input_failed = true;
    }
  }
  return files;
}

// --changed-since: each file's changed lines, measured in its own repository.
void FindChangedLines(std::vector<RunFile>& files, const std::string& ref) {
  std::map<std::string, std::string> base_of_directory;
  for (RunFile& file : files) {
    if (file.path() == "-")
      throw InputError("--changed-since cannot tell what changed in standard input; name the file");
    std::string directory = std::filesystem::path(file.path()).parent_path().string();
    auto [it, fresh] = base_of_directory.emplace(directory, "");
    if (fresh) it->second = ResolveChangeBase(ref, directory);
    ChangedLines lines = LinesChangedSince(it->second, file.path());
    std::cerr << fmt::format("awesomelint: {}: {} since {} ({})\n", file.path(),
                             lines.empty() ? "nothing changed"
                             : lines.line_count() == 0
                                 ? "new file"
                                 : fmt::format("{} line{} changed", lines.line_count(),
                                               lines.line_count() == 1 ? "" : "s"),
                             ref, it->second.substr(0, 12));
    file.changed = std::move(lines);
  }
}

// Step 2: what each file is judged by — its config's rules and link options, and
// with --changed-since its changed lines. A broken config or an unknown revision
// stops the run here, before any request is sent; false then.
bool Prepare(std::vector<RunFile>& files, Linters& linters, const CommandLine& cli) {
  const Settings& options = cli.settings;
  try {
    for (RunFile& file : files) {
      file.config = &linters.ConfigFor(file.path());
      file.linter = &linters.For(*file.config);
    }
    if (options.changed_since) FindChangedLines(files, *options.changed_since);
    if (!options.offline) SetLinkOptions(files, cli);
  } catch (const InputError& error) {
    Warn(error.what());
    return false;
  }
  return true;
}

// Step 3: check the links of all files at once — each resource once, however many
// files cite it — as each file's options choose them; only the changed lines'
// links with --changed-since. The run-wide options are the same in every file's.
// False for options the checker refuses.
bool CheckFileLinks(const std::vector<RunFile>& files, LinkReport& links) {
  std::vector<LinkSource> sources;
  for (const RunFile& file : files) {
    // link-check switched off for the file asks for none of its links; switched off
    // for some lines by an inline comment, for none of theirs.
    if (!file.linter->Runs("link-check")) continue;
    sources.push_back({file.parsed.doc.get(), file.changed_lines(), &file.links,
                       file.linter->SwitchedOff(*file.parsed.doc, "link-check")});
  }
  try {
    std::signal(SIGINT, StopLinkCheck);
    links = CheckLinks(sources, files.front().links);
    std::signal(SIGINT, SIG_DFL);
  } catch (const InputError& error) {
    std::signal(SIGINT, SIG_DFL);
    Warn(error.what());
    return false;
  }
  for (const std::string& warning : links.warnings) Warn(warning);
  if (!links.finished)
    Warn(fmt::format("the link check was {}; links it did not reach are reported as timeouts",
                     links.interrupted ? "interrupted" : "cut short by the deadline"));
  if (links.no_network) {
    size_t unchecked =
        std::count_if(links.results.begin(), links.results.end(),
                      [](const LinkResult& r) { return r.verdict == LinkVerdict::kUnchecked; });
    Warn(fmt::format("no network: {} link{} not checked — use --offline to lint only", unchecked,
                     unchecked == 1 ? "" : "s"));
  }
  return true;
}

// Step 3b: the GitHub repository each list lives in, for the rules that judge it
// (awesome-github, double-link): as its git checkout names it and GitHub's API describes
// it, once per repository. Online only: offline, those rules have nothing to judge.
void FindListRepositories(std::vector<RunFile>& files,
                          std::optional<ListRepositories>& repositories) {
  for (RunFile& file : files) {
    bool github = file.linter->Runs("awesome-github");
    if (!github && !file.linter->Runs("double-link")) continue;
    if (!repositories) repositories.emplace(github ? "awesome-github" : "double-link");
    file.repository = repositories->Find(file.path(), file.links);
  }
  if (!repositories) return;
  repositories->Describe();
  for (const std::string& warning : repositories->warnings()) Warn(warning);
}

// Steps 4 and 5: lint one file and, with --fix, fix it: the fixed text is written
// atomically, then linted again.
FileReport LintFile(RunFile& file, LintContext context, const Settings& options,
                    LinkReport* links) {
  context.changed = file.changed_lines();
  if (links) context.fail_on = file.links.fail_on;
  std::vector<Diagnostic> diagnostics = file.linter->Lint(file.parsed, context);
  if (options.fix && file.path() == "-") {  // fixed in memory: Run writes it out
    FixFile(*file.linter, context, file.parsed, diagnostics, links);
  } else if (options.fix) {
    if (size_t applied = FixFile(*file.linter, context, file.parsed, diagnostics, links)) {
      if (!file.read_as)
        throw InputError(fmt::format("{}: cannot fix it: it is gone", file.path()));
      ReplaceUnchangedFile(file.path(), file.parsed.doc->text(), *file.read_as);
      Warn(fmt::format("{}: fixed {} problem{}", file.path(), applied, applied == 1 ? "" : "s"));
    }
  }
  std::string fix_diff;
  if (options.diff) {  // what --fix would write, from a copy: the file is left as it is
    ParsedFile copy = ParseFile(file.path(), std::string(file.parsed.doc->text()));
    std::vector<Diagnostic> found = diagnostics;
    if (FixFile(*file.linter, context, copy, found, nullptr) > 0)
      fix_diff = UnifiedDiff(file.parsed.doc->text(), copy.doc->text(), file.path());
  }
  if (options.quiet)
    std::erase_if(diagnostics, [](const Diagnostic& d) { return d.severity != Severity::kError; });
  return {file.path(), file.parsed.entries.size(), std::move(diagnostics), std::move(fix_diff)};
}

// Step 6: the report on standard output (or -o) and every --report; false when
// one could not be written.
bool WriteReports(std::ostringstream& out, const Settings& options, const RunReport& report) {
  if (options.diff) {  // the fixes' diff takes the report's place (other --report files stay)
    for (const FileReport& file : report.files) out << file.fix_diff;
  } else {
    WriteReport(out, options.format, UseColor(options), options, report);
  }
  bool written = true;
  try {
    WriteOutput(options.output, out.view());
  } catch (const InputError& error) {
    Warn(error.what());
    written = false;
  }
  for (const ReportTarget& target : options.reports) {
    try {  // one report that cannot be written does not cost the others
      WriteExtraReport(target, options, report);
    } catch (const InputError& error) {
      Warn(error.what());
      written = false;
    }
  }
  return written;
}

// --dump-entries: the files' entries as JSON (with --with-meta, what their links' providers
// said); exit 2 when an input could not be read.
int DumpEntries(const std::vector<RunFile>& files, const LinkReport* links, const Settings& options,
                bool failed) {
  std::vector<const ParsedFile*> parsed;
  for (const RunFile& file : files) parsed.push_back(&file.parsed);
  if (parsed.empty()) return 2;
  std::ostringstream out;
  WriteEntries(out, parsed, links);
  WriteOutput(options.output, out.view());
  return failed ? 2 : 0;
}

}  // namespace

int Run(const CommandLine& cli) {
  const Settings& options = cli.settings;
  if (options.list_rules) {
    WriteOutput(options.output, ListRules(options.format));
    return 0;
  }
  CheckOutputWritable(options.output);  // before any work
  if (options.print_schema) {
    WriteOutput(options.output, PrintSchema());
    return 0;
  }
  if (!options.explain.empty()) {
    WriteOutput(options.output, Explain(options.explain));
    return 0;
  }
  if (!options.print_config.empty()) {
    Linters linters(options);
    const Config& config = linters.ConfigFor(options.print_config);
    WriteOutput(options.output,
                PrintConfig(cli, config, linters.For(config), options.print_config));
    return 0;
  }
  bool input_failed = false;
  std::vector<RunFile> files = LoadFiles(options, input_failed);
  if (options.init) {  // a config for each list, written beside it
    for (const RunFile& file : files) {
      try {
        std::string written =
            WriteInitialConfig(file.parsed, file.path(), options.today.value_or(Today()));
        Warn(fmt::format("wrote {} for {}", written, file.path()));
      } catch (const InputError& error) {
        Warn(error.what());
        input_failed = true;
      }
    }
    return input_failed || files.empty() ? 2 : 0;
  }
  std::ostringstream out;  // written at the end, atomically, failures named
  if (options.dump_entries && !options.with_meta)
    return DumpEntries(files, nullptr, options, input_failed);

  Linters linters(options);
  if (!Prepare(files, linters, cli)) return 2;
  LinkReport links;
  if (options.dump_entries) {  // --with-meta: what the providers say of each entry
    if (!files.empty() && !CheckFileLinks(files, links)) return 2;
    return DumpEntries(files, &links, options, input_failed || links.no_network);
  }
  bool check_links =
      !options.offline && std::any_of(files.begin(), files.end(), [](const RunFile& file) {
        return file.linter->Runs("link-check");
      });
  if (check_links && !CheckFileLinks(files, links)) return 2;
  std::optional<ListRepositories> repositories;
  if (!options.offline) FindListRepositories(files, repositories);

  std::vector<std::unique_ptr<Rule>> catalog = CreateAllRules();
  RunReport report;
  for (const auto& rule : catalog) report.rules.push_back(&rule->meta());
  if (check_links) report.links = &links;
  report.every_link = options.verbose;
  LintContext context;
  context.today = options.today.value_or(Today());
  context.links = report.links;
  for (RunFile& file : files) {
    context.list_repository = file.repository;
    try {
      report.files.push_back(LintFile(file, context, options, check_links ? &links : nullptr));
    } catch (const InputError& error) {
      Warn(error.what());
      input_failed = true;
    }
  }

  // --fix on standard input: the fixed text is the output, the report goes to stderr.
  Settings report_options = options;
  auto from_stdin = [](const RunFile& file) { return file.path() == "-"; };
  if (options.fix && std::any_of(files.begin(), files.end(), from_stdin)) {
    for (const RunFile& file : files)
      if (from_stdin(file)) WriteOutput("-", file.parsed.doc->text());
    if (options.output.empty()) report_options.output = kStandardError;
  }
  // Nothing to report when no file was read.
  if ((!report.files.empty() || !input_failed) && !WriteReports(out, report_options, report))
    input_failed = true;
  if (input_failed || links.no_network) return 2;  // no network: nothing was checked
  if (links.interrupted) return 130;               // as a shell reports a Ctrl-C, after the report
  return Summarize(report).errors > 0 ? 1 : 0;
}

}  // namespace awesomelint
