#include <fmt/format.h>

#include <map>

#include "awesomelint/report/report.h"

namespace awesomelint {

Summary Summarize(const RunReport& report) {
  Summary summary;
  summary.files = report.files.size();
  for (const FileReport& file : report.files) {
    summary.entries += file.entries;
    for (const Diagnostic& d : file.diagnostics) {
      summary.errors += d.severity == Severity::kError;
      summary.warnings += d.severity == Severity::kWarning;
      summary.infos += d.severity == Severity::kInfo;
    }
  }
  return summary;
}

std::vector<std::pair<LinkVerdict, size_t>> CountVerdicts(const LinkReport& links) {
  std::map<LinkVerdict, size_t> counts;
  for (const LinkResult& result : links.results) ++counts[result.verdict];
  return {counts.begin(), counts.end()};
}

std::string RuleHelpUri(std::string_view rule) {
  return fmt::format("{}/blob/main/docs/rules/{}.md", kProjectUrl, rule);
}

}  // namespace awesomelint
