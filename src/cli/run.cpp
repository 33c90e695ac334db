#include "run.h"

#include <unistd.h>

#include <csignal>

#include <fmt/format.h>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "awesomelint/changes/git_changes.h"
#include "awesomelint/config/config.h"
#include "awesomelint/config/links_section.h"
#include "awesomelint/links/link_checker.h"
#include "awesomelint/lint/fix.h"
#include "awesomelint/lint/linter.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/markdown/input.h"
#include "awesomelint/model/link_result.h"
#include "awesomelint/report/report.h"
#include "awesomelint/support/atomic_write.h"
#include "awesomelint/support/errors.h"
#include "rules/registry.h"
#include "version.h"

namespace awesomelint {
namespace {

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

void ListRules(std::ostream& out) {
  for (const auto& rule : CreateAllRules()) {
    const RuleMeta& meta = rule->meta();
    out << fmt::format("{:<15} {:<8} {:<7} {}\n", meta.id, SeverityName(meta.default_severity),
                       meta.fixable ? "fixable" : "", meta.summary);
    for (const RuleOption& option : meta.options)
      out << fmt::format("{:<15}   {}: {} = {}  {}\n", "", option.name, option.type,
                         option.default_value, option.description);
  }
}

// One Config and one Linter per config file, each built on first use.
class Linters {
 public:
  explicit Linters(const Options& options) : options_(options) {
    if (!options.config.empty()) fixed_ = LoadConfig(options.config);
  }

  const Config& ConfigFor(const std::string& file) {
    if (fixed_) return *fixed_;
    std::string key;
    if (!options_.no_config)
      if (std::optional<std::string> found = FindConfig(file)) key = *found;
    auto it = configs_.find(key);
    if (it == configs_.end())
      it = configs_.emplace(key, key.empty() ? Config{} : LoadConfig(key)).first;
    return it->second;
  }

  const Linter& For(const std::string& file) {
    const Config& config = ConfigFor(file);
    auto it = linters_.find(&config);
    if (it != linters_.end()) return *it->second;
    auto linter =
        std::make_unique<Linter>(config, RuleOverrides{options_.enable, options_.disable});
    return *linters_.emplace(&config, std::move(linter)).first->second;
  }

 private:
  const Options& options_;
  std::optional<Config> fixed_;
  std::map<std::string, Config> configs_;
  std::map<const Config*, std::unique_ptr<Linter>> linters_;
};

// The link phase's options: defaults, then the config's "links" section, then flags.
LinkOptions MakeLinkOptions(const Options& options, const Config& config) {
  LinkOptions links;
  links.user_agent = fmt::format("awesomelint/{} (+{})", kVersion, kProjectUrl);
  ApplyLinksConfig(config.links, config.path.empty() ? "config" : config.Where("links"), links);
  const Options::Links& flags = options.links;
  nlohmann::json section = nlohmann::json::object();
  if (!flags.remap.empty()) section["remap"] = flags.remap;
  if (!flags.headers.empty()) section["headers"] = flags.headers;
  if (!flags.max_cache_age.empty()) section["max-cache-age"] = flags.max_cache_age;
  ApplyLinksConfig(section, "the command line", links);
  for (const std::string& pattern : flags.exclude) links.exclude.push_back(pattern);
  for (const std::string& pattern : flags.include) links.include.push_back(pattern);
  for (size_t start = 0; start < flags.accept.size();) {
    size_t comma = flags.accept.find(',', start);
    std::string code =
        flags.accept.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    char* end = nullptr;
    long value = std::strtol(code.c_str(), &end, 10);
    if (code.empty() || *end != '\0' || value < 100 || value > 999)
      throw InputError(fmt::format("--accept: '{}' is not an HTTP status code (100-999)", code));
    links.accept.push_back(value);
    start = comma == std::string::npos ? flags.accept.size() : comma + 1;
  }
  if (flags.timeout) links.timeout = std::chrono::seconds(*flags.timeout);
  if (flags.max_concurrency) links.max_concurrency = *flags.max_concurrency;
  if (flags.host_concurrency) links.host_concurrency = *flags.host_concurrency;
  if (flags.max_retries) links.max_retries = *flags.max_retries;
  if (!flags.user_agent.empty()) links.user_agent = flags.user_agent;
  if (!flags.cache.empty()) links.cache_file = flags.cache;
  if (flags.no_cache) links.cache_file.clear();
  if (!flags.deadline.empty()) {
    std::optional<std::chrono::seconds> deadline = ParseDuration(flags.deadline);
    if (!deadline) throw InputError("--deadline: expected a duration such as 90s, 10m or 1h");
    links.deadline = *deadline;
  }
  for (const char* name : {"GITHUB_TOKEN", "GH_TOKEN"})
    if (const char* token = std::getenv(name); token && *token && links.github_token.empty())
      links.github_token = token;
  if (const char* token = std::getenv("HF_TOKEN"); token && *token) links.huggingface_token = token;
  links.progress = isatty(STDERR_FILENO);
  return links;
}

// The first Ctrl-C ends the link check gracefully (report and cache intact); a
// second one, the default way.
extern "C" void StopLinkCheck(int) {
  StopCheckingLinks();
  std::signal(SIGINT, SIG_DFL);
}

// After --fix rewrote a file, its links are found again in the new text by the
// URL written (a rewritten URL is no longer one of them).
void Relocate(LinkReport& report, const Document& before, const Document& after) {
  std::map<std::string_view, size_t> by_url;
  for (size_t r = 0; r < report.results.size(); ++r) {
    auto& locations = report.results[r].locations;
    for (const LinkLocation& location : locations)
      if (location.file == before.path())
        by_url.emplace(before.RawUrl(before.links()[location.link]), r);
  }
  std::vector<std::pair<size_t, LinkLocation>> moved;
  for (size_t i = 0; i < after.links().size(); ++i) {
    const Link& link = after.links()[i];
    auto it = by_url.find(after.RawUrl(link));
    if (it != by_url.end())
      moved.push_back(
          {it->second,
           {after.path(), static_cast<int>(i), after.lines().PositionOf(link.span.begin)}});
  }
  for (LinkResult& result : report.results)
    std::erase_if(result.locations, [&](const LinkLocation& l) { return l.file == before.path(); });
  for (auto& [r, location] : moved) report.results[r].locations.push_back(std::move(location));
}

// --changed-since: each file's changed lines, measured in its own repository.
using ChangedLinesByDoc = std::map<const Document*, ChangedLines>;
ChangedLinesByDoc FindChangedLines(const std::vector<std::unique_ptr<Document>>& docs,
                                   const std::string& ref) {
  ChangedLinesByDoc changed;
  std::map<std::string, std::string> base_of_directory;
  for (const auto& doc : docs) {
    if (doc->path() == "-")
      throw InputError("--changed-since cannot tell what changed in standard input; name the file");
    std::string directory = std::filesystem::path(doc->path()).parent_path().string();
    auto [it, fresh] = base_of_directory.emplace(directory, "");
    if (fresh) it->second = ResolveChangeBase(ref, directory);
    ChangedLines lines = LinesChangedSince(it->second, doc->path());
    std::cerr << fmt::format("awesomelint: {}: {} since {} ({})\n", doc->path(),
                             lines.empty() ? "nothing changed"
                             : lines.line_count() == 0
                                 ? "new file"
                                 : fmt::format("{} line{} changed", lines.line_count(),
                                               lines.line_count() == 1 ? "" : "s"),
                             ref, it->second.substr(0, 12));
    changed.emplace(doc.get(), std::move(lines));
  }
  return changed;
}

// Findings that touch a changed line; the rest belong to what was there before.
void KeepChanged(std::vector<Diagnostic>& diagnostics, const ChangedLines& changed) {
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    return !changed.Intersects(d.begin.line, std::max(d.begin.line, d.end.line));
  });
}

bool UseColor(const Options& options) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  if (options.color != ColorMode::kAuto) return options.color == ColorMode::kAlways;
  return options.output.empty() && isatty(STDOUT_FILENO);
}

// In GitHub Actions, where a file's lines can be linked to: the commit's blob URL.
std::string GithubBlobUrl() {
  const char* server = std::getenv("GITHUB_SERVER_URL");
  const char* repository = std::getenv("GITHUB_REPOSITORY");
  const char* sha = std::getenv("GITHUB_SHA");
  if (!server || !*server || !repository || !*repository || !sha || !*sha) return {};
  return fmt::format("{}/{}/blob/{}/", server, repository, sha);
}

void WriteReport(std::ostream& out, OutputFormat format, bool color, const Options& options,
                 const RunReport& report) {
  switch (format) {
    case OutputFormat::kPretty:
      WritePretty(out, report, color);
      break;
    case OutputFormat::kJson:
      WriteJson(out, report);
      break;
    case OutputFormat::kGithub:
      WriteGithub(out, report, options.max_annotations);
      break;
    case OutputFormat::kSarif:
      WriteSarif(out, report, kVersion);
      break;
    case OutputFormat::kMarkdown:
      WriteMarkdown(out, report, GithubBlobUrl());
      break;
  }
}

// Whether text appended to the file starts a line: it is empty, ends with a
// newline, or is no regular file (a pipe, a terminal) to look into.
bool EndsLine(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return true;
  if (std::filesystem::file_size(path, error) == 0 || error) return true;
  std::ifstream file(path, std::ios::binary);
  file.seekg(-1, std::ios::end);
  return file.get() == '\n';
}

// --report FORMAT=FILE: a file is replaced atomically, or appended to (a job summary).
void WriteExtraReport(const ReportTarget& target, const Options& options, const RunReport& report) {
  if (target.path == "-") {
    WriteReport(std::cout, target.format, false, options, report);
    return;
  }
  std::ostringstream text;
  WriteReport(text, target.format, false, options, report);
  if (!target.append) {
    WriteFileAtomically(target.path, text.str());
    return;
  }
  bool starts_line = EndsLine(target.path);
  std::ofstream file(target.path, std::ios::binary | std::ios::app);
  if (!starts_line) file << '\n';  // a heading must start its own line
  if (!(file << text.str()) || !file.flush())
    throw InputError(fmt::format("{}: cannot append the report", target.path));
}

}  // namespace

int Run(const Options& options) {
  if (options.list_rules) {
    ListRules(std::cout);
    return 0;
  }
  std::vector<std::string> files = options.files.empty() ? DefaultFiles() : options.files;
  Linters linters(options);
  std::vector<std::unique_ptr<Rule>> catalog = CreateAllRules();
  RunReport report;
  for (const auto& rule : catalog) report.rules.push_back(&rule->meta());

  // 1. Read and parse every file.
  bool input_failed = false;
  std::vector<std::unique_ptr<Document>> docs;
  for (const std::string& file : files) {
    try {
      docs.push_back(Document::Parse(file, ReadMarkdownFile(file, options.max_file_size)));
    } catch (const InputError& error) {
      std::cerr << "awesomelint: " << error.what() << '\n';
      input_failed = true;
    }
  }
  std::ofstream file_out;
  if (!options.output.empty()) {
    file_out.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file_out) throw InputError(fmt::format("{}: cannot write the report", options.output));
  }
  std::ostream& out = options.output.empty() ? std::cout : file_out;
  std::vector<const Document*> views;
  for (const auto& doc : docs) views.push_back(doc.get());
  if (options.dump_entries) {
    if (!views.empty()) WriteEntries(out, views);
    return input_failed ? 2 : 0;
  }

  // A broken config or an unknown revision stops the run before any request is sent.
  ChangedLinesByDoc changed;
  try {
    for (const auto& doc : docs) linters.For(doc->path());
    if (options.changed_since) changed = FindChangedLines(docs, *options.changed_since);
  } catch (const InputError& error) {
    std::cerr << "awesomelint: " << error.what() << '\n';
    return 2;
  }
  auto changed_lines_of = [&changed](const Document& doc) -> const ChangedLines* {
    auto it = changed.find(&doc);
    return it == changed.end() ? nullptr : &it->second;
  };

  // 2. Check the links of all files at once: each resource once, however many files cite it.
  LintContext context{options.today.value_or(Today()), AllRuleNames()};
  LinkReport links;
  if (!options.offline && !docs.empty()) {
    try {
      LinkOptions link_options = MakeLinkOptions(options, linters.ConfigFor(docs.front()->path()));
      if (!changed.empty())
        link_options.wanted = [&changed_lines_of](const Document& doc, const Link& link) {
          const ChangedLines* lines = changed_lines_of(doc);
          return !lines || lines->Intersects(doc.lines().PositionOf(link.span.begin).line,
                                             doc.lines().PositionOf(link.span.end).line);
        };
      std::signal(SIGINT, StopLinkCheck);
      links = CheckLinks(views, link_options);
      std::signal(SIGINT, SIG_DFL);
      for (const std::string& warning : links.warnings)
        std::cerr << "awesomelint: " << warning << '\n';
      if (!links.finished)
        std::cerr << fmt::format(
            "awesomelint: the link check was {}; links it did not reach are reported as "
            "timeouts\n",
            links.interrupted ? "interrupted" : "cut short by the deadline");
      context.links = &links;
      context.fail_on = link_options.fail_on;
      report.links = &links;
    } catch (const InputError& error) {
      std::cerr << "awesomelint: " << error.what() << '\n';
      return 2;
    }
  }

  // 3. Lint each file (and fix it, when asked).
  for (auto& doc : docs) {
    const std::string file = doc->path();
    try {
      const ChangedLines* lines = changed_lines_of(*doc);
      context.changed = lines;
      std::vector<Diagnostic> diagnostics = linters.For(file).Lint(*doc, context);
      if (lines) KeepChanged(diagnostics, *lines);
      if (options.fix && file != "-") {
        size_t applied = 0;
        std::string fixed = ApplyFixes(doc->text(), diagnostics, &applied);
        if (applied > 0) {
          WriteFileAtomically(file, fixed);
          std::cerr << fmt::format("awesomelint: {}: fixed {} problem{}\n", file, applied,
                                   applied == 1 ? "" : "s");
          std::unique_ptr<Document> fixed_doc = Document::Parse(file, std::move(fixed));
          Relocate(links, *doc, *fixed_doc);
          if (lines) {  // the fixed text keeps its line numbers: fixes stay within lines
            changed[fixed_doc.get()] = std::move(changed[doc.get()]);
            changed.erase(doc.get());
            lines = &changed[fixed_doc.get()];
            context.changed = lines;
          }
          doc = std::move(fixed_doc);
          diagnostics = linters.For(file).Lint(*doc, context);
          if (lines) KeepChanged(diagnostics, *lines);
        }
      }
      FileReport result{file, doc->entries().size(), std::move(diagnostics)};
      if (options.quiet)
        std::erase_if(result.diagnostics,
                      [](const Diagnostic& d) { return d.severity != Severity::kError; });
      report.files.push_back(std::move(result));
    } catch (const InputError& error) {
      std::cerr << "awesomelint: " << error.what() << '\n';
      input_failed = true;
    }
  }

  if (!report.files.empty() || !input_failed) {  // nothing to report when no file was read
    WriteReport(out, options.format, UseColor(options), options, report);
    out.flush();
    for (const ReportTarget& target : options.reports) {
      try {  // one report that cannot be written does not cost the others
        WriteExtraReport(target, options, report);
      } catch (const InputError& error) {
        std::cerr << "awesomelint: " << error.what() << '\n';
        input_failed = true;
      }
    }
  }
  out.flush();
  if (input_failed) return 2;
  if (links.interrupted) return 130;  // as a shell reports a Ctrl-C, after the report
  return Summarize(report).errors > 0 ? 1 : 0;
}

}  // namespace awesomelint
