// markdown: a summary for $GITHUB_STEP_SUMMARY or a pull-request comment: the
// outcome, counts per rule and per link verdict, then the findings as a table
// whose locations link to the lines (when the repository's blob URL is known).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

#include "awesomelint/report/report.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

// A file path inside a URL: everything but unreserved characters and '/' escaped.
std::string UrlPath(std::string_view path) {
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

std::string Location(const std::string& path, const Diagnostic& d, std::string_view blob_url) {
  std::string where = fmt::format("{}:{}:{}", MarkdownCell(path), d.begin.line, d.begin.column);
  if (blob_url.empty()) return where;
  std::string relative = path.rfind("./", 0) == 0 ? path.substr(2) : path;
  return fmt::format("[{}]({}{}#L{})", where, blob_url, UrlPath(relative), d.begin.line);
}

void WriteRuleCounts(std::ostream& out, const RunReport& report) {
  std::map<std::string, std::array<int, 3>> per_rule;
  for (const FileReport& file : report.files)
    for (const Diagnostic& d : file.diagnostics)
      ++per_rule[d.rule][d.severity == Severity::kError     ? 0
                         : d.severity == Severity::kWarning ? 1
                                                            : 2];
  out << "| Rule | Errors | Warnings | Notes |\n| --- | ---: | ---: | ---: |\n";
  for (const auto& [rule, counts] : per_rule)
    out << fmt::format("| [{}]({}) | {} | {} | {} |\n", rule, RuleHelpUri(rule), counts[0],
                       counts[1], counts[2]);
  out << "\n";
}

void WriteVerdictCounts(std::ostream& out, const LinkReport& links) {
  out << "| Link verdict | Links |\n| --- | ---: |\n";
  for (const auto& [verdict, count] : CountVerdicts(links))
    out << fmt::format("| {} | {} |\n", VerdictName(verdict), count);
  if (!links.finished)
    out << fmt::format("\nThe link check was {}: links it did not reach are timeouts.\n",
                       links.interrupted ? "interrupted" : "cut short by the deadline");
  std::string hosts = HostHighlights(links);
  if (!hosts.empty()) out << "\nLink check: " << MarkdownCell(hosts) << ".\n";
  out << "\n";
}

// --verbose: every link, problems first, folded away (a long list is long).
void WriteEveryLink(std::ostream& out, const LinkReport& links) {
  std::vector<const LinkResult*> sorted = LinksWorstFirst(links);
  out << fmt::format(
      "<details><summary>Every link ({})</summary>\n\n"
      "| Where | Verdict | HTTP | Time | Link | Detail |\n| --- | --- | ---: | ---: | --- | --- "
      "|\n",
      sorted.size());
  size_t rows = std::min(sorted.size(), kMarkdownMaxLinkRows);
  for (size_t i = 0; i < rows; ++i) {
    const LinkResult& r = *sorted[i];
    std::string link = r.final_url.empty() ? r.url : r.url + " → " + r.final_url;
    out << fmt::format("| {} | {} | {} | {} | {} | {} |\n", MarkdownCell(LinkPlace(r)),
                       LinkVerdictText(r), LinkStatus(r), LinkTime(r), MarkdownCell(link),
                       MarkdownCell(r.detail));
  }
  if (sorted.size() > rows)
    out << fmt::format(
        "\n{} more links are not listed here; `awesomelint --format json` "
        "gives them all.\n",
        sorted.size() - rows);
  out << "\n</details>\n";
}

void WriteFindings(std::ostream& out, const RunReport& report, std::string_view blob_url) {
  out << "| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |\n";
  size_t rows = 0, total = 0;
  for (const FileReport& file : report.files) {
    for (const Diagnostic& d : file.diagnostics) {
      if (++total > kMarkdownMaxRows) continue;
      ++rows;
      out << fmt::format("| {} | {} | [{}]({}) | {} |\n", Location(file.path, d, blob_url),
                         SeverityName(d.severity), d.rule, RuleHelpUri(d.rule),
                         MarkdownCell(d.message));
    }
  }
  if (total > rows)
    out << fmt::format(
        "\n{} more findings are not listed here; `awesomelint --format json` "
        "gives them all.\n",
        total - rows);
}

// repo-health's findings as one table a maintainer can work through: archived and
// disabled repositories first, then the stale ones, longest silent first.
void WriteRepositoryHealth(std::ostream& out, const RunReport& report, std::string_view blob_url) {
  if (!report.links) return;
  std::map<std::tuple<std::string, int, int>, const LinkResult*> at;  // where a repo is linked
  for (const LinkResult& result : report.links->results)
    if (result.meta.repo)
      for (const LinkLocation& location : result.locations)
        at.emplace(std::tuple{location.file, location.position.line, location.position.column},
                   &result);
  struct Row {
    int rank;  // 0 archived or disabled, 1 stale
    std::string last, line;
  };
  std::vector<Row> rows;
  for (const FileReport& file : report.files) {
    for (const Diagnostic& d : file.diagnostics) {
      if (d.rule != "repo-health") continue;
      auto found = at.find({file.path, d.begin.line, d.begin.column});
      if (found == at.end()) continue;
      const LinkResult& result = *found->second;
      const RepoMeta& repo = *result.meta.repo;
      std::string name = RepositoryName(result);
      std::string state = repo.disabled ? "disabled" : repo.archived ? "archived" : "stale";
      std::string last = repo.last_activity().substr(0, 10);
      rows.push_back({state == "stale" ? 1 : 0, last,
                      fmt::format("| [{}](https://github.com/{}) | {} | {} | {} | {} |\n",
                                  MarkdownCell(name), name, state, last.empty() ? "–" : last,
                                  repo.stars >= 0 ? std::to_string(repo.stars) : "–",
                                  Location(file.path, d, blob_url))});
    }
  }
  if (rows.empty()) return;
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return a.rank != b.rank ? a.rank < b.rank : a.last < b.last;
  });
  out << fmt::format("\n### Repository health ({})\n\n", rows.size());
  out << "| Repository | State | Last commit | Stars | Where |\n| --- | --- | --- | ---: | --- |\n";
  for (const Row& row : rows) out << row.line;
}

}  // namespace

void WriteMarkdown(std::ostream& out, const RunReport& report, std::string_view blob_url) {
  Summary s = Summarize(report);
  std::string counts =
      fmt::format("{} error{}, {} warning{}, {} note{}", s.errors, s.errors == 1 ? "" : "s",
                  s.warnings, s.warnings == 1 ? "" : "s", s.infos, s.infos == 1 ? "" : "s");
  out << fmt::format("## {} awesomelint: {}\n\n", s.errors > 0 ? "❌" : "✅",
                     s.errors + s.warnings + s.infos == 0 ? std::string("no problems") : counts);
  out << fmt::format("{} file{}, {} {}", s.files, s.files == 1 ? "" : "s", s.entries,
                     s.entries == 1 ? "entry" : "entries");
  if (report.links)
    out << fmt::format(", {} link{} checked", report.links->results.size(),
                       report.links->results.size() == 1 ? "" : "s");
  out << ".\n\n";
  if (report.links && !report.links->results.empty()) WriteVerdictCounts(out, *report.links);
  if (s.errors + s.warnings + s.infos > 0) {
    WriteRuleCounts(out, report);
    WriteFindings(out, report, blob_url);
    WriteRepositoryHealth(out, report, blob_url);
  }
  if (report.every_link && report.links && !report.links->results.empty()) {
    out << "\n";
    WriteEveryLink(out, *report.links);
  }
}

}  // namespace awesomelint
