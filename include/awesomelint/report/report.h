// Reports: the results of one run in each output format.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/entries/entries.h"
#include "awesomelint/lint/diagnostic.h"
#include "awesomelint/lint/rule.h"
#include "awesomelint/model/link_result.h"

namespace awesomelint {

inline constexpr std::string_view kProjectUrl = "https://github.com/awesomelint/awesomelint";

struct FileReport {
  std::string path;
  size_t entries = 0;
  std::vector<Diagnostic> diagnostics;
  std::string fix_diff;  // --diff: the unified diff of what --fix would change
};

struct RunReport {
  std::vector<FileReport> files;
  std::vector<const RuleMeta*> rules;  // every rule that ran, for SARIF
  const LinkReport* links = nullptr;   // the link phase, unless --offline
  bool every_link = false;             // --verbose: every link's verdict, not only problems
};

struct Summary {
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  size_t files = 0;
  size_t entries = 0;
};
Summary Summarize(const RunReport& report);

// How many checked resources got each verdict, in verdict order.
std::vector<std::pair<LinkVerdict, size_t>> CountVerdicts(const LinkReport& links);

// Every checked link, problems first, then by place (--verbose).
std::vector<const LinkResult*> LinksWorstFirst(const LinkReport& links);
// "README.md:12:5 (+2)": where a link is first cited, and how often more.
std::string LinkPlace(const LinkResult& result);
std::string LinkVerdictText(const LinkResult& result);  // "broken", "alive (cached)"
// The time of the requests that decided it; nullopt when it was not asked this run.
std::optional<double> LinkSeconds(const LinkResult& result);
std::string LinkTime(const LinkResult& result);    // "0.21 s", "-" when not asked
std::string LinkStatus(const LinkResult& result);  // "404", "-" without an HTTP answer
// One link on a line: place, verdict, HTTP status, time, URL → final URL — detail.
std::string LinkLine(const LinkResult& result);
// "1204 requests in 25.1 s; slowest hosts: ...; most rate-limited: ..." naming
// `count` hosts of each; empty when no request was sent.
std::string HostHighlights(const LinkReport& links, size_t count = 3);
// "GitHub GraphQL: 3 requests, 3 points spent, 4997 of 5000 left, refills 2026-11-30
// 09:12 UTC": what a run spent of an API's budget (HostHighlights ends with them).
std::string BudgetText(const ApiBudget& budget);

// The documentation page of a rule.
std::string RuleHelpUri(std::string_view rule);

// GitHub shows at most this many annotations of each level per step.
inline constexpr size_t kGithubAnnotationsPerLevel = 10;
// The markdown summary lists at most this many findings.
inline constexpr size_t kMarkdownMaxRows = 500;
// ... and with --verbose at most this many links (a step summary holds 1 MiB).
inline constexpr size_t kMarkdownMaxLinkRows = 2000;

void WritePretty(std::ostream& out, const RunReport& report, bool color);
void WriteJson(std::ostream& out, const RunReport& report);
// At most `max_annotations` workflow commands per level (0: no limit); the
// findings beyond are printed as plain log lines, so none is lost.
void WriteGithub(std::ostream& out, const RunReport& report,
                 size_t max_annotations = kGithubAnnotationsPerLevel);
void WriteSarif(std::ostream& out, const RunReport& report, std::string_view tool_version);
// `blob_url` ("https://github.com/OWNER/REPO/blob/SHA/"), when given, links each
// finding to its line.
void WriteMarkdown(std::ostream& out, const RunReport& report, std::string_view blob_url = "");

// --dump-entries: every entry of each file as JSON, {"version": 1, "files": [...]} for one
// file or many; with `links` (--with-meta), each entry
// also gets `paper` and `repo`: what the providers said of its first link to a paper and
// to a repository (null when none said anything).
void WriteEntries(std::ostream& out, const std::vector<const ParsedFile*>& files,
                  const LinkReport* links = nullptr);

// Escaping of GitHub workflow commands: message data, and property values.
std::string EscapeGithubData(std::string_view text);
std::string EscapeGithubProperty(std::string_view text);

}  // namespace awesomelint
