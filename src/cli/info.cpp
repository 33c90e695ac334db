// What awesomelint knows, printed: --list-rules, --print-config, --print-schema,
// --explain. Each returns the text; Run writes it and exits.
#include "info.h"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "awesomelint/config/presets.h"
#include "awesomelint/report/report.h"
#include "awesomelint/report/rule_list.h"
#include "awesomelint/support/errors.h"
#include "awesomelint/support/suggest.h"
#include "config_schema.h"
#include "rule_docs.h"
#include "rules/registry.h"
#include "version.h"

namespace awesomelint {

// --list-rules, in the output format asked for (pretty: plain text).
std::string ListRules(OutputFormat format) {
  std::ostringstream out;
  std::vector<std::unique_ptr<Rule>> catalog = CreateAllRules();
  std::vector<const RuleMeta*> rules;
  for (const auto& rule : catalog) rules.push_back(&rule->meta());
  std::vector<std::string> presets;
  for (const Preset& preset : Presets()) presets.emplace_back(preset.name);
  if (format == OutputFormat::kJson)
    WriteRuleListJson(out, rules, presets);
  else if (format == OutputFormat::kMarkdown)
    out << RuleListMarkdown(rules, fmt::format("{}/blob/main/docs/rules/", kProjectUrl));
  else
    WriteRuleListText(out, rules);
  return out.str();
}

std::string PrintSchema() {
  std::vector<std::unique_ptr<Rule>> catalog = CreateAllRules();
  std::vector<const RuleMeta*> rules;
  for (const auto& rule : catalog) rules.push_back(&rule->meta());
  return ConfigSchema(rules).dump(2) + "\n";
}

// --print-config FILE: the configuration for FILE as JSONC, each value with where it
// came from, then the rules it runs at their severities.
std::string PrintConfig(const CommandLine& cli, const Config& config, const Linter& linter,
                        const std::string& file) {
  struct Row {
    std::string key;
    nlohmann::json value;
    std::string from;
  };
  // Rows as JSON members, each with its origin as a comment (valid JSON with comments:
  // no comma after the last).
  auto members = [](const std::vector<Row>& rows, int indent, bool more_after) {
    std::string out;
    for (size_t i = 0; i < rows.size(); ++i)
      out +=
          fmt::format("{:{}}{}: {}{}  // {}\n", "", indent, nlohmann::json(rows[i].key).dump(),
                      rows[i].value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                      i + 1 < rows.size() || more_after ? "," : "", rows[i].from);
    return out;
  };
  std::vector<Row> rules, links;
  for (const auto& [key, value] : config.rules.items())
    rules.push_back({key, value, config.Where(key)});
  for (const OptionSpec& spec : OptionTable()) {
    if (spec.config_key.empty()) continue;
    std::string key(spec.config_key);
    auto given = std::find_if(cli.given.rbegin(), cli.given.rend(),
                              [&](const CommandLine::Given& g) { return g.spec == &spec; });
    if (given != cli.given.rend()) {
      links.push_back({key, given->value, "command line"});
    } else if (config.links.contains(key)) {
      links.push_back({key, config.links[key], config.Where(key, "links")});
    } else if (!spec.default_value.empty()) {
      links.push_back({key, ParseOptionText(spec, spec.default_value, spec.Name()), "default"});
    }
  }
  std::string out = fmt::format("// The configuration for {}: {}\n{{\n", file,
                                config.path.empty() ? "no config file" : config.path);
  out += members(rules, 2, /*more_after=*/true);
  out += fmt::format("  \"links\": {{\n{}  }}\n}}\n", members(links, 4, false));
  std::vector<std::string> running;
  for (const Linter::ActiveRule& active : linter.rules())
    running.push_back(fmt::format("{} {}", active.rule->meta().id, SeverityName(active.severity)));
  out += fmt::format("// Rules it runs ({}): {}\n", running.size(), fmt::join(running, ", "));
  return out;
}

// --explain RULE: the rule's page, as the docs have it, and how to silence the rule.
std::string Explain(const std::string& rule) {
  const auto& pages = RuleDocs();
  auto page = pages.find(rule);
  if (page == pages.end()) {
    std::vector<std::string> ids;
    for (const auto& [id, text] : pages) ids.emplace_back(id);
    throw InputError(fmt::format("--explain: unknown rule '{}'{}", rule,
                                 DidYouMean(ClosestMatch(rule, ids, SuggestionBudget(rule)), '\'',
                                            "; awesomelint --list-rules lists the rules")));
  }
  return fmt::format(
      "{}\n---\nTo silence {} on one line, put <!-- awesomelint-disable-next-line {} --> above "
      "it; for a whole file, \"{}\": \"off\" in .awesomelint.json (awesomelint --print-config "
      "FILE shows what applies).\n",
      page->second, rule, rule, rule);
}

}  // namespace awesomelint
