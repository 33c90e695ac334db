// json: one object with files, diagnostics, links and a summary (DESIGN.md).
#include <nlohmann/json.hpp>

#include <cmath>

#include "awesomelint/model/link_result.h"
#include "awesomelint/report/report.h"
#include "awesomelint/support/strings.h"
#include "json_writer.h"

namespace awesomelint {
namespace {

double Milliseconds(double seconds) {  // seconds, rounded to the millisecond
  return std::round(seconds * 1000) / 1000;
}

// A finding as the json format writes it.
nlohmann::ordered_json DiagnosticJson(const std::string& path, const Diagnostic& d) {
  nlohmann::ordered_json item = {{"file", path},
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
  return item;
}

// A link's verdict, where it is written, and what its provider said.
nlohmann::ordered_json LinkJson(const LinkResult& result) {
  nlohmann::ordered_json item = {{"url", result.url}, {"status", VerdictName(result.verdict)}};
  if (result.verdict == LinkVerdict::kCached) item["cached_status"] = VerdictName(result.checked);
  if (result.http_status) item["http_status"] = result.http_status;
  if (!result.final_url.empty()) item["final_url"] = result.final_url;
  item["provider"] = result.provider;
  nlohmann::ordered_json locations = nlohmann::ordered_json::array();
  for (const LinkLocation& location : result.locations) {
    nlohmann::ordered_json place = {{"file", location.file},
                                    {"line", location.position.line},
                                    {"column", location.position.column}};
    if (!location.url.empty()) place["url"] = location.url;  // written another way
    locations.push_back(std::move(place));
  }
  item["locations"] = std::move(locations);
  if (!result.detail.empty()) item["detail"] = result.detail;
  if (std::optional<double> seconds = LinkSeconds(result)) item["seconds"] = Milliseconds(*seconds);
  if (!result.meta.empty()) item["meta"] = MetaToJson(result.meta);
  return item;
}

// The run's totals, and the link check's: verdicts, hosts, API budgets.
nlohmann::ordered_json SummaryJson(const RunReport& report) {
  Summary s = Summarize(report);
  nlohmann::ordered_json summary = {{"files", s.files},
                                    {"entries", s.entries},
                                    {"errors", s.errors},
                                    {"warnings", s.warnings},
                                    {"infos", s.infos}};
  if (!report.links) return summary;
  nlohmann::ordered_json verdicts = nlohmann::ordered_json::object();
  for (const auto& [verdict, count] : CountVerdicts(*report.links))
    verdicts[std::string(VerdictName(verdict))] = count;
  summary["links"] = std::move(verdicts);
  nlohmann::ordered_json hosts = nlohmann::ordered_json::array();
  for (const HostStats& host : report.links->hosts)
    hosts.push_back({{"host", host.host},
                     {"requests", host.requests},
                     {"seconds", Milliseconds(host.seconds)},
                     {"max_seconds", Milliseconds(host.max_seconds)},
                     {"rate_limited", host.rate_limited},
                     {"paused_seconds", Milliseconds(host.paused_seconds)},
                     {"peak", host.peak}});
  summary["link_check"] = {{"finished", report.links->finished},
                           {"interrupted", report.links->interrupted},
                           {"no_network", report.links->no_network},
                           {"requests", report.links->requests},
                           {"seconds", Milliseconds(report.links->seconds)},
                           {"hosts", std::move(hosts)}};
  nlohmann::ordered_json budgets = nlohmann::ordered_json::array();
  for (const ApiBudget& budget : report.links->budgets) {
    nlohmann::ordered_json item = {
        {"api", budget.api},     {"unit", budget.unit},          {"requests", budget.requests},
        {"spent", budget.spent}, {"remaining", nullptr},         {"limit", nullptr},
        {"reset", nullptr},      {"unchecked", budget.unchecked}};
    if (budget.remaining >= 0) item["remaining"] = budget.remaining;
    if (budget.limit >= 0) item["limit"] = budget.limit;
    if (budget.reset > 0) item["reset"] = UtcTime(budget.reset);
    budgets.push_back(std::move(item));
  }
  summary["link_check"]["budgets"] = std::move(budgets);
  return summary;
}

}  // namespace

// Findings and links are streamed, one at a time (JsonWriter).
void WriteJson(std::ostream& out, const RunReport& report) {
  JsonWriter json(out);
  json.BeginObject();
  json.Member("version", 1);
  json.BeginArray("files");
  for (const FileReport& file : report.files)
    json.Element({{"path", file.path}, {"entries", file.entries}});
  json.End();
  json.BeginArray("diagnostics");
  for (const FileReport& file : report.files)
    for (const Diagnostic& d : file.diagnostics) json.Element(DiagnosticJson(file.path, d));
  json.End();
  json.BeginArray("links");
  if (report.links)
    for (const LinkResult& result : report.links->results) json.Element(LinkJson(result));
  json.End();
  json.Member("summary", SummaryJson(report));
  json.End();
}

}  // namespace awesomelint
