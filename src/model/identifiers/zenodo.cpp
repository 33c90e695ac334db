#include <cctype>

#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
std::optional<std::string> ZenodoRecordFromDoi(std::string_view doi) {
  constexpr std::string_view kPrefix = "10.5281/zenodo.";
  std::string lower = ToLower(doi);
  if (lower.rfind(kPrefix, 0) != 0) return std::nullopt;
  std::string_view number = std::string_view(doi).substr(kPrefix.size());
  if (!AllDigits(number)) return std::nullopt;
  return std::string(number);
}

std::optional<std::string> ZenodoRecordFromUrl(const Url& url) {
  if (auto doi = DoiFromUrl(url)) return ZenodoRecordFromDoi(*doi);
  if (url.bare_host() != "zenodo.org" && url.bare_host() != "sandbox.zenodo.org")
    return std::nullopt;
  std::vector<std::string_view> s = url.segments();
  if (s.size() >= 2 && (s[0] == "record" || s[0] == "records") && AllDigits(s[1]))
    return std::string(s[1]);
  return std::nullopt;
}

}  // namespace awesomelint
