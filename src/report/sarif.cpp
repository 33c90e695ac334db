// sarif: SARIF 2.1.0 for GitHub code scanning (one run, the rules, one result per finding).
#include <fmt/format.h>

#include <cctype>
#include <nlohmann/json.hpp>

#include "awesomelint/report/report.h"
#include "json_writer.h"

namespace awesomelint {
namespace {

std::string_view SarifLevel(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    default:
      return "note";
  }
}

// A file's location as SARIF wants it: a URI reference, relative ones resolved
// against %SRCROOT% (the checkout), absolute ones as file: URIs.
nlohmann::ordered_json ArtifactLocation(std::string_view path) {
  std::string uri;
  for (unsigned char c : path) {
    if (std::isalnum(c) ||
        std::string_view("-._~/").find(static_cast<char>(c)) != std::string_view::npos)
      uri += static_cast<char>(c);
    else
      uri += fmt::format("%{:02X}", c);
  }
  if (uri.rfind("./", 0) == 0) uri.erase(0, 2);
  if (!path.empty() && path.front() == '/') return {{"uri", "file://" + uri}};
  return {{"uri", uri}, {"uriBaseId", "%SRCROOT%"}};
}

}  // namespace

void WriteSarif(std::ostream& out, const RunReport& report, std::string_view tool_version) {
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  std::map<std::string, size_t> rule_index;
  for (const RuleMeta* meta : report.rules) {
    rule_index[std::string(meta->id)] = rules.size();
    rules.push_back({{"id", meta->id},
                     {"name", meta->id},
                     {"shortDescription", {{"text", meta->summary}}},
                     {"helpUri", RuleHelpUri(meta->id)},
                     {"defaultConfiguration", {{"level", SarifLevel(meta->default_severity)}}}});
  }
  // The results are streamed, one at a time (JsonWriter).
  JsonWriter json(out);
  json.BeginObject();
  json.Member("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  json.Member("version", "2.1.0");
  json.BeginArray("runs");
  json.BeginObject();
  json.Member("tool", {{"driver",
                        {{"name", "awesomelint"},
                         {"version", tool_version},
                         {"informationUri", kProjectUrl},
                         {"rules", std::move(rules)}}}});
  json.Member("columnKind", "unicodeCodePoints");
  json.BeginArray("results");
  for (const FileReport& file : report.files) {
    nlohmann::ordered_json artifact = ArtifactLocation(file.path);
    for (const Diagnostic& d : file.diagnostics) {
      nlohmann::ordered_json region = {{"startLine", d.begin.line},
                                       {"startColumn", d.begin.column},
                                       {"endLine", d.end.line},
                                       {"endColumn", d.end.column}};
      nlohmann::ordered_json result = {
          {"ruleId", d.rule},
          {"level", SarifLevel(d.severity)},
          {"message", {{"text", d.message}}},
          {"locations",
           {{{"physicalLocation", {{"artifactLocation", artifact}, {"region", region}}}}}}};
      if (auto it = rule_index.find(d.rule); it != rule_index.end())
        result["ruleIndex"] = it->second;
      json.Element(result);
    }
  }
  json.End();  // results
  json.End();  // the run
  json.End();  // runs
  json.End();
}

}  // namespace awesomelint
