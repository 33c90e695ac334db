// github: workflow commands that GitHub Actions turns into annotations:
// ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::message
#include <fmt/format.h>

#include "awesomelint/report.h"

namespace awesomelint {

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

void WriteGithub(std::ostream& out, const RunReport& report) {
  for (const FileReport& file : report.files) {
    for (const Diagnostic& d : file.diagnostics) {
      std::string_view command = d.severity == Severity::kError     ? "error"
                                 : d.severity == Severity::kWarning ? "warning"
                                                                    : "notice";
      out << fmt::format("::{} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                         command, EscapeGithubProperty(file.path), d.begin.line, d.begin.column,
                         d.end.line, d.end.column, EscapeGithubProperty(d.rule),
                         EscapeGithubData(d.message));
    }
  }
}

}  // namespace awesomelint
