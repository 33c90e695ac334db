#include "awesomelint/model/link_result.h"

#include <array>

namespace awesomelint {
namespace {

// In LinkVerdict's order.
constexpr std::array<std::string_view, 11> kVerdictNames = {
    "alive",        "redirected", "broken",   "blocked", "timeout", "error", "private-redirect",
    "rate-limited", "unchecked",  "excluded", "cached"};

}  // namespace

std::string_view VerdictName(LinkVerdict verdict) {
  return kVerdictNames.at(static_cast<size_t>(verdict));
}

std::optional<LinkVerdict> ParseVerdict(std::string_view name) {
  for (size_t i = 0; i < kVerdictNames.size(); ++i)
    if (kVerdictNames[i] == name) return static_cast<LinkVerdict>(i);
  return std::nullopt;
}

std::string RepositoryName(const LinkResult& result) {
  if (result.meta.repo && !result.meta.repo->name_with_owner.empty())
    return result.meta.repo->name_with_owner;
  std::string_view key = result.key;
  return std::string(key.substr(key.find(':') + 1));
}

}  // namespace awesomelint
