#include "awesomelint/lint/rule.h"

#include <fmt/format.h>

#include "awesomelint/support/errors.h"

namespace awesomelint {

void RuleReporter::Report(Span span, std::string message, Weight weight, std::optional<Fix> fix) {
  findings_.push_back({span, std::move(message), weight, std::move(fix)});
}

std::vector<std::string> OptionStrings(const nlohmann::json& options, std::string_view rule,
                                       std::string_view name, std::vector<std::string> fallback) {
  auto it = options.find(std::string(name));
  if (it == options.end()) return fallback;
  std::vector<std::string> values;
  bool ok = it->is_array();
  if (ok) {
    for (const auto& item : *it) {
      if (!item.is_string())
        ok = false;
      else
        values.push_back(item.get<std::string>());
    }
  }
  if (!ok)
    throw InputError(
        fmt::format("option {}.{} must be a list of strings, e.g. [\"a\", \"b\"]", rule, name));
  return values;
}

std::string OptionString(const nlohmann::json& options, std::string_view rule,
                         std::string_view name, std::string fallback) {
  auto it = options.find(std::string(name));
  if (it == options.end()) return fallback;
  if (!it->is_string()) throw InputError(fmt::format("option {}.{} must be a string", rule, name));
  return it->get<std::string>();
}

bool OptionBool(const nlohmann::json& options, std::string_view rule, std::string_view name,
                bool fallback) {
  auto it = options.find(std::string(name));
  if (it == options.end()) return fallback;
  if (!it->is_boolean())
    throw InputError(fmt::format("option {}.{} must be true or false", rule, name));
  return it->get<bool>();
}

}  // namespace awesomelint
