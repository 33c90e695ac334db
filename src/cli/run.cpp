#include "run.h"

#include <unistd.h>

#include <fmt/format.h>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "../../rules/registry.h"
#include "awesomelint/config.h"
#include "awesomelint/document.h"
#include "awesomelint/errors.h"
#include "awesomelint/fix.h"
#include "awesomelint/input.h"
#include "awesomelint/linter.h"
#include "awesomelint/report.h"
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

// One Linter per config file, built on first use.
class Linters {
 public:
  explicit Linters(const Options& options) : options_(options) {
    if (!options.config.empty()) fixed_ = LoadConfig(options.config);
  }

  const Linter& For(const std::string& file) {
    std::string key;
    Config config;
    if (fixed_) {
      config = *fixed_;
      key = fixed_->path;
    } else if (!options_.no_config) {
      if (std::optional<std::string> found = FindConfig(file)) key = *found;
    }
    auto it = linters_.find(key);
    if (it != linters_.end()) return *it->second;
    if (!fixed_ && !key.empty()) config = LoadConfig(key);
    auto linter =
        std::make_unique<Linter>(config, RuleOverrides{options_.enable, options_.disable});
    return *linters_.emplace(key, std::move(linter)).first->second;
  }

 private:
  const Options& options_;
  std::optional<Config> fixed_;
  std::map<std::string, std::unique_ptr<Linter>> linters_;
};

bool UseColor(const Options& options) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  if (options.color != ColorMode::kAuto) return options.color == ColorMode::kAlways;
  return options.output.empty() && isatty(STDOUT_FILENO);
}

void WriteReport(std::ostream& out, const Options& options, const RunReport& report) {
  switch (options.format) {
    case OutputFormat::kPretty:
      WritePretty(out, report, UseColor(options));
      break;
    case OutputFormat::kJson:
      WriteJson(out, report);
      break;
    case OutputFormat::kGithub:
      WriteGithub(out, report);
      break;
    case OutputFormat::kSarif:
      WriteSarif(out, report, kVersion);
      break;
    case OutputFormat::kMarkdown:
      WriteMarkdown(out, report);
      break;
  }
}

}  // namespace

int Run(const Options& options) {
  if (options.list_rules) {
    ListRules(std::cout);
    return 0;
  }
  std::vector<std::string> files = options.files.empty() ? DefaultFiles() : options.files;
  Linters linters(options);
  LintContext context{options.today.value_or(Today()), AllRuleNames()};
  std::vector<std::unique_ptr<Rule>> catalog = CreateAllRules();
  RunReport report;
  for (const auto& rule : catalog) report.rules.push_back(&rule->meta());

  bool input_failed = false;
  std::vector<std::unique_ptr<Document>> docs;
  for (const std::string& file : files) {
    try {
      std::string text = ReadMarkdownFile(file, options.max_file_size);
      std::unique_ptr<Document> doc = Document::Parse(file, std::move(text));
      if (!options.dump_entries) {
        std::vector<Diagnostic> diagnostics = linters.For(file).Lint(*doc, context);
        if (options.fix && file != "-") {
          size_t applied = 0;
          std::string fixed = ApplyFixes(doc->text(), diagnostics, &applied);
          if (applied > 0) {
            WriteFileAtomically(file, fixed);
            std::cerr << fmt::format("awesomelint: {}: fixed {} problem{}\n", file, applied,
                                     applied == 1 ? "" : "s");
            doc = Document::Parse(file, std::move(fixed));
            diagnostics = linters.For(file).Lint(*doc, context);
          }
        }
        FileReport result{file, doc->entries().size(), std::move(diagnostics)};
        if (options.quiet)
          std::erase_if(result.diagnostics,
                        [](const Diagnostic& d) { return d.severity != Severity::kError; });
        report.files.push_back(std::move(result));
      }
      docs.push_back(std::move(doc));
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
  if (options.dump_entries) {
    std::vector<const Document*> views;
    for (const auto& doc : docs) views.push_back(doc.get());
    if (!views.empty()) WriteEntries(out, views);
  } else if (!report.files.empty() || !input_failed) {
    WriteReport(out, options, report);  // nothing to report when no file could be read
  }
  out.flush();
  if (input_failed) return 2;
  return Summarize(report).errors > 0 ? 1 : 0;
}

}  // namespace awesomelint
