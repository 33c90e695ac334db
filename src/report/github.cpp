// github: workflow commands that GitHub Actions turns into annotations:
// ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::message
// GitHub keeps 10 annotations per level in a step and drops the rest silently,
// so those beyond the limit are written as plain log lines instead.
//
// The runner reads every log line as a possible command: "::name ...::data"
// after leading blanks are trimmed, and the old "##[name]data" anywhere in the
// line. Paths and messages come from the list (a pull request's, perhaps), so no
// line may look like either unless it is one of our annotations.
#include <fmt/format.h>

#include <array>

#include "awesomelint/report/report.h"

namespace awesomelint {
namespace {

std::string_view CommandOf(Severity severity) {
  return severity == Severity::kError     ? "error"
         : severity == Severity::kWarning ? "warning"
                                          : "notice";
}

size_t LevelOf(Severity severity) {
  return severity == Severity::kError ? 0 : severity == Severity::kWarning ? 1 : 2;
}

// "##[" anywhere starts an old-style command: its bracket is written "%5B".
std::string DefuseOldCommands(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (size_t from = 0;;) {
    size_t at = line.find("##[", from);
    if (at == std::string_view::npos) return out.append(line.substr(from));
    out.append(line.substr(from, at + 2 - from)).append("%5B");
    from = at + 3;
  }
}

// "file:line:col severity message [rule]", as pretty writes it, one line: the path escaped like a
// property (no ':', so the line cannot start with "::"), the message like data.
std::string PlainLine(const std::string& path, const Diagnostic& d) {
  return DefuseOldCommands(fmt::format("  {}:{}:{} {} {} [{}]", EscapeGithubProperty(path),
                                       d.begin.line, d.begin.column, SeverityName(d.severity),
                                       EscapeGithubData(d.message), d.rule));
}

}  // namespace

std::string EscapeGithubData(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string EscapeGithubProperty(std::string_view text) {
  std::string out;
  for (char c : EscapeGithubData(text)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

void WriteGithub(std::ostream& out, const RunReport& report, size_t max_annotations) {
  std::array<size_t, 3> annotated{};
  size_t plain = 0;
  for (const FileReport& file : report.files) {
    for (const Diagnostic& d : file.diagnostics) {
      size_t& count = annotated[LevelOf(d.severity)];
      if (max_annotations == 0 || count < max_annotations) {
        ++count;
        out << fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                           CommandOf(d.severity), EscapeGithubProperty(file.path), d.begin.line,
                           d.begin.column, d.end.line, d.end.column, EscapeGithubProperty(d.rule),
                           EscapeGithubData(d.message));
        continue;
      }
      ++plain;
      out << PlainLine(file.path, d) << '\n';
    }
  }
  if (report.every_link && report.links) {
    for (const LinkResult* result : LinksWorstFirst(*report.links))
      out << DefuseOldCommands("  " + LinkLine(*result)) << '\n';
  }
  if (report.links) {
    std::string hosts = HostHighlights(*report.links);
    if (!hosts.empty()) out << DefuseOldCommands("awesomelint: link check: " + hosts) << '\n';
  }
  if (plain > 0)
    out << fmt::format(
        "awesomelint: {} more finding{} above {} not annotated (at most {} annotation{} per "
        "level); the job summary (--format markdown) lists them\n",
        plain, plain == 1 ? "" : "s", plain == 1 ? "is" : "are", max_annotations,
        max_annotations == 1 ? "" : "s");
}

}  // namespace awesomelint
