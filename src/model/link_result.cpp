#include "awesomelint/model/link_result.h"

namespace awesomelint {

std::string_view VerdictName(LinkVerdict verdict) {
  switch (verdict) {
    case LinkVerdict::kAlive:
      return "alive";
    case LinkVerdict::kRedirected:
      return "redirected";
    case LinkVerdict::kBroken:
      return "broken";
    case LinkVerdict::kBlocked:
      return "blocked";
    case LinkVerdict::kTimeout:
      return "timeout";
    case LinkVerdict::kError:
      return "error";
    case LinkVerdict::kExcluded:
      return "excluded";
    case LinkVerdict::kCached:
      return "cached";
  }
  return "error";
}

std::optional<LinkVerdict> ParseVerdict(std::string_view name) {
  for (LinkVerdict v :
       {LinkVerdict::kAlive, LinkVerdict::kRedirected, LinkVerdict::kBroken, LinkVerdict::kBlocked,
        LinkVerdict::kTimeout, LinkVerdict::kError, LinkVerdict::kExcluded, LinkVerdict::kCached})
    if (VerdictName(v) == name) return v;
  return std::nullopt;
}

}  // namespace awesomelint
