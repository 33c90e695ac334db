// markdown: a summary for $GITHUB_STEP_SUMMARY or a pull-request comment.
#include <fmt/format.h>
#include <map>

#include "awesomelint/report.h"

namespace awesomelint {
namespace {

// Table cells: pipes and newlines would break the row.
std::string Cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

}  // namespace

void WriteMarkdown(std::ostream& out, const RunReport& report) {
  Summary s = Summarize(report);
  out << "## awesomelint\n\n";
  if (report.links && !report.links->results.empty()) {
    out << "| Links | Count |\n| --- | ---: |\n";
    for (const auto& [verdict, count] : CountVerdicts(*report.links))
      out << fmt::format("| {} | {} |\n", VerdictName(verdict), count);
    out << "\n";
  }
  if (s.errors + s.warnings + s.infos == 0) {
    out << fmt::format("No problems in {} file(s), {} entries.\n", s.files, s.entries);
    return;
  }
  out << fmt::format("**{} errors, {} warnings, {} notes** in {} file(s), {} entries.\n\n",
                     s.errors, s.warnings, s.infos, s.files, s.entries);
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
  out << "\n| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |\n";
  for (const FileReport& file : report.files)
    for (const Diagnostic& d : file.diagnostics)
      out << fmt::format("| `{}:{}:{}` | {} | {} | {} |\n", Cell(file.path), d.begin.line,
                         d.begin.column, SeverityName(d.severity), d.rule, Cell(d.message));
}

}  // namespace awesomelint
