// json: one object with files, diagnostics, links and a summary (DESIGN.md).
#include <nlohmann/json.hpp>

#include "awesomelint/report.h"

namespace awesomelint {

void WriteJson(std::ostream& out, const RunReport& report) {
  nlohmann::ordered_json root;
  root["version"] = 1;
  root["files"] = nlohmann::ordered_json::array();
  root["diagnostics"] = nlohmann::ordered_json::array();
  root["links"] = nlohmann::ordered_json::array();
  for (const FileReport& file : report.files) {
    root["files"].push_back({{"path", file.path}, {"entries", file.entries}});
    for (const Diagnostic& d : file.diagnostics) {
      nlohmann::ordered_json item = {{"file", file.path},
                                     {"line", d.begin.line},
                                     {"column", d.begin.column},
                                     {"end_line", d.end.line},
                                     {"end_column", d.end.column},
                                     {"rule", d.rule},
                                     {"severity", SeverityName(d.severity)},
                                     {"message", d.message}};
      if (d.fix) {
        item["fix"] = {{"offset", d.fix->span.begin},
                       {"length", d.fix->span.size()},
                       {"replacement", d.fix->replacement}};
      }
      root["diagnostics"].push_back(std::move(item));
    }
  }
  Summary s = Summarize(report);
  root["summary"] = {{"files", s.files},
                     {"entries", s.entries},
                     {"errors", s.errors},
                     {"warnings", s.warnings},
                     {"infos", s.infos}};
  out << root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace awesomelint
