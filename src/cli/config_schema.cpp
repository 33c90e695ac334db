#include "config_schema.h"

#include <set>
#include <string>

#include "awesomelint/config/options.h"
#include "awesomelint/config/presets.h"
#include "awesomelint/config/settings.h"

namespace awesomelint {
namespace {

using Json = nlohmann::ordered_json;

Json Severity() {
  return {{"enum", {"error", "warning", "info", "off"}}};
}

// A rule's, a tag's or "default"'s value: a severity, on or off, or (a rule's) options.
Json RuleValue(const std::string& description, Json options) {
  Json object = {
      {"type", "object"}, {"properties", std::move(options)}, {"additionalProperties", false}};
  object["properties"]["severity"] = Severity();
  object["properties"]["enabled"] = {{"type", "boolean"}};
  return {{"description", description},
          {"anyOf", {Severity(), {{"type", "boolean"}}, std::move(object)}}};
}

Json RuleOptionSchema(const RuleOption& option) {
  std::string_view type = option.type;
  Json schema = type == "string[]" ? Json{{"type", "array"}, {"items", {{"type", "string"}}}}
                                   : Json{{"type", std::string(type)}};
  schema["description"] = option.description;
  schema["default"] = Json::parse(option.default_value);
  return schema;
}

// A "links" option as a config writes it (CheckOptionValue reads the same).
Json LinksOptionSchema(const OptionSpec& spec) {
  Json strings = {{"type", "array"}, {"items", {{"type", "string"}}}};
  Json schema;
  switch (spec.type) {
    case OptionType::kFlag:
      schema = {{"type", "boolean"}};
      break;
    case OptionType::kInteger:
    case OptionType::kSeconds:
      schema = {{"type", "integer"}, {"minimum", spec.min}, {"maximum", spec.max}};
      break;
    case OptionType::kDuration:
      schema = {{"anyOf",
                 {{{"type", "integer"}, {"minimum", 0}},
                  {{"type", "string"}, {"pattern", "^[0-9]+[smhd]?$"}}}}};
      break;
    case OptionType::kSize:
      schema = {{"anyOf",
                 {{{"type", "integer"}, {"minimum", 0}},
                  {{"type", "string"}, {"pattern", "^[0-9]+[KkMmGg]?$"}}}}};
      break;
    case OptionType::kChoice: {
      Json choices = Json::array();
      for (std::string_view choice : spec.choices) choices.push_back(choice);
      schema = {{"enum", choices}};
      break;
    }
    case OptionType::kStatusCodes:
      schema = {{"type", "array"},
                {"items", {{"type", "integer"}, {"minimum", 100}, {"maximum", 999}}}};
      break;
    case OptionType::kVerdicts:
      schema = {{"type", "array"},
                {"items",
                 {{"enum",
                   {"broken", "redirected", "blocked", "timeout", "error", "private-redirect",
                    "rate-limited"}}}}};
      break;
    case OptionType::kCacheFile:
      schema = {{"anyOf", {{{"type", "string"}}, {{"const", false}}}}};
      break;
    case OptionType::kProviders: {
      Json providers = Json::object();
      for (const std::string& name : ProviderEndpoints::Names())
        providers[name] = {{"type", "string"}, {"format", "uri"}};
      schema = {{"type", "object"}, {"properties", providers}, {"additionalProperties", false}};
      break;
    }
    case OptionType::kText:
    case OptionType::kDate:
      schema = {{"type", "string"}};
      break;
    default:  // lists of strings: regexes, remaps, headers, names, texts, resolves, reports
      schema = strings;
      break;
  }
  schema["description"] = spec.help;
  return schema;
}

}  // namespace

nlohmann::ordered_json ConfigSchema(const std::vector<const RuleMeta*>& rules) {
  Json properties = Json::object();
  properties["$schema"] = {{"type", "string"}};
  Json presets = Json::array();
  for (const Preset& preset : Presets()) presets.push_back(preset.name);
  Json extend = {{"anyOf", {{{"enum", presets}}, {{"type", "string"}, {"pattern", "\\.json$"}}}}};
  properties["extends"] = {
      {"description",
       "Presets and config files (relative to this one, inside the repository) read first, "
       "in order; this file's settings win"},
      {"anyOf", {extend, {{"type", "array"}, {"items", extend}}}}};
  properties["default"] = RuleValue("Every rule", Json::object());
  std::set<std::string> tags;
  for (const RuleMeta* rule : rules) {
    Json options = Json::object();
    for (const RuleOption& option : rule->options)
      options[std::string(option.name)] = RuleOptionSchema(option);
    properties[std::string(rule->id)] = RuleValue(std::string(rule->summary), std::move(options));
    for (std::string_view tag : rule->tags) tags.emplace(tag);
  }
  for (const std::string& tag : tags)
    if (!properties.contains(tag))
      properties[tag] = RuleValue("Every rule tagged " + tag, Json::object());
  Json links = Json::object();
  for (const OptionSpec& spec : OptionTable())
    if (!spec.config_key.empty()) links[std::string(spec.config_key)] = LinksOptionSchema(spec);
  properties["links"] = {{"description", "The link checker's options"},
                         {"type", "object"},
                         {"properties", std::move(links)},
                         {"additionalProperties", false}};
  return {{"$schema", "http://json-schema.org/draft-07/schema#"},
          {"$id", kSchemaUrl},
          {"title", "awesomelint configuration (.awesomelint.json)"},
          {"type", "object"},
          {"properties", std::move(properties)},
          {"additionalProperties", false}};
}

}  // namespace awesomelint
