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

int64_t OptionInt(const nlohmann::json& options, std::string_view rule, std::string_view name,
                  int64_t fallback, int64_t min, int64_t max) {
  auto it = options.find(std::string(name));
  if (it == options.end()) return fallback;
  auto error = [&] {
    return InputError(
        fmt::format("option {}.{} must be a whole number from {} to {}", rule, name, min, max));
  };
  if (!it->is_number_integer()) throw error();
  if (it->is_number_unsigned()) {  // may be above what int64_t holds
    uint64_t value = it->get<uint64_t>();
    if (max < 0 || value > static_cast<uint64_t>(max) || static_cast<int64_t>(value) < min)
      throw error();
    return static_cast<int64_t>(value);
  }
  int64_t value = it->get<int64_t>();
  if (value < min || value > max) throw error();
  return value;
}

std::vector<const LinkResult*> ResultsByLink(const Document& doc, const LinkReport* links) {
  std::vector<const LinkResult*> by_link(doc.links().size(), nullptr);
  if (!links) return by_link;
  for (const LinkResult& result : links->results)
    for (const LinkLocation& location : result.locations)
      if (location.file == doc.path() && location.link >= 0 &&
          static_cast<size_t>(location.link) < by_link.size())
        by_link[location.link] = &result;
  return by_link;
}

}  // namespace awesomelint
