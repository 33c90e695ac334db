// pretty: "README.md:26:3 error date-format Impossible date ..." per finding,
// then a summary line; colours only when asked to (a terminal without NO_COLOR).
#include <fmt/format.h>

#include "awesomelint/report/report.h"

namespace awesomelint {
namespace {

std::string_view SeverityColor(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "\033[1;31m";
    case Severity::kWarning:
      return "\033[1;33m";
    default:
      return "\033[1;36m";
  }
}

std::string Plural(int n, std::string_view word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

void WritePretty(std::ostream& out, const RunReport& report, bool color) {
  auto paint = [&](std::string_view code, std::string_view text) {
    return color && !code.empty() ? fmt::format("{}{}\033[0m", code, text) : std::string(text);
  };
  for (const FileReport& file : report.files) {
    for (const Diagnostic& d : file.diagnostics) {
      out << paint("\033[1m", fmt::format("{}:{}:{}", file.path, d.begin.line, d.begin.column))
          << ' ' << paint(SeverityColor(d.severity), SeverityName(d.severity)) << ' ' << d.message
          << ' ' << paint("\033[2m", fmt::format("[{}]", d.rule)) << '\n';
    }
  }
  if (report.every_link && report.links) {
    for (const LinkResult* result : LinksWorstFirst(*report.links))
      out << LinkLine(*result) << '\n';
  }
  Summary s = Summarize(report);
  std::string where = fmt::format("{} ({} {})", Plural(static_cast<int>(s.files), "file"),
                                  s.entries, s.entries == 1 ? "entry" : "entries");
  if (report.links && !report.links->results.empty()) {
    std::vector<std::string> counts;
    for (const auto& [verdict, count] : CountVerdicts(*report.links))
      counts.push_back(fmt::format("{} {}", count, VerdictName(verdict)));
    where += fmt::format("; {} links: {}", report.links->results.size(), fmt::join(counts, ", "));
  }
  if (s.errors + s.warnings + s.infos == 0) {
    out << paint("\033[1;32m", "No problems") << " in " << where << '\n';
  } else {
    std::vector<std::string> parts;
    parts.push_back(
        paint(s.errors ? SeverityColor(Severity::kError) : "", Plural(s.errors, "error")));
    parts.push_back(
        paint(s.warnings ? SeverityColor(Severity::kWarning) : "", Plural(s.warnings, "warning")));
    if (s.infos) parts.push_back(Plural(s.infos, "note"));
    out << fmt::format("{} in {}", fmt::join(parts, ", "), where) << '\n';
  }
  std::string hosts = report.links ? HostHighlights(*report.links) : "";
  if (!hosts.empty()) out << paint("\033[2m", "Link check: " + hosts) << '\n';
}

}  // namespace awesomelint
