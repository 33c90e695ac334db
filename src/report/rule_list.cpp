#include "awesomelint/report/rule_list.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

#include "awesomelint/report/report.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

std::vector<std::string> PresetsOf(const RuleMeta& meta, const std::vector<std::string>& presets) {
  std::vector<std::string> in;
  for (const std::string& preset : presets)
    if (std::find(meta.tags.begin(), meta.tags.end(), preset) != meta.tags.end())
      in.push_back(preset);
  return in;
}

}  // namespace

void WriteRuleListText(std::ostream& out, const std::vector<const RuleMeta*>& rules) {
  size_t width = 15;  // the columns line up under the longest id
  for (const RuleMeta* meta : rules) width = std::max(width, meta->id.size());
  for (const RuleMeta* meta : rules) {
    out << fmt::format("{:<{}} {:<8} {:<7} {}\n", meta->id, width,
                       SeverityName(meta->default_severity), meta->fixable ? "fixable" : "",
                       meta->summary);
    for (const RuleOption& option : meta->options)
      out << fmt::format("{:<{}}   {}: {} = {}  {}\n", "", width, option.name, option.type,
                         option.default_value, option.description);
  }
}

void WriteRuleListJson(std::ostream& out, const std::vector<const RuleMeta*>& rules,
                       const std::vector<std::string>& presets) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const RuleMeta* meta : rules) {
    nlohmann::ordered_json options = nlohmann::ordered_json::array();
    for (const RuleOption& option : meta->options)
      options.push_back({{"name", option.name},
                         {"type", option.type},
                         {"default", nlohmann::ordered_json::parse(option.default_value)},
                         {"description", option.description}});
    list.push_back({{"id", meta->id},
                    {"summary", meta->summary},
                    {"tags", meta->tags},
                    {"presets", PresetsOf(*meta, presets)},
                    {"default_severity", SeverityName(meta->default_severity)},
                    {"fixable", meta->fixable},
                    {"options", std::move(options)},
                    {"docs", RuleHelpUri(meta->id)}});
  }
  out << nlohmann::ordered_json{{"rules", std::move(list)}}.dump(2) << '\n';
}

std::string RuleListMarkdown(const std::vector<const RuleMeta*>& rules,
                             std::string_view page_prefix) {
  std::string out =
      "| Rule | Default | Fixable | Tags | Summary |\n| --- | --- | --- | --- | --- |\n";
  for (const RuleMeta* meta : rules) {
    std::vector<std::string> tags;
    for (std::string_view tag : meta->tags) tags.push_back(fmt::format("`{}`", tag));
    out += fmt::format("| [{}]({}{}.md) | {} | {} | {} | {} |\n", meta->id, page_prefix, meta->id,
                       SeverityName(meta->default_severity), meta->fixable ? "yes" : "no",
                       fmt::join(tags, ", "), MarkdownCell(meta->summary));
  }
  return out;
}

}  // namespace awesomelint
