#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {

std::optional<std::string> DoiFromUrl(const Url& url) {
  std::string_view host = url.bare_host();
  std::string_view path = url.path;
  if (host == "doi.org" || host == "dx.doi.org") {
    path.remove_prefix(1);
  } else if (host == "zenodo.org" && path.substr(0, 5) == "/doi/") {
    path.remove_prefix(5);
  } else {
    return std::nullopt;
  }
  std::string doi = ToLower(PercentDecode(path));
  while (!doi.empty() && doi.back() == '/') doi.pop_back();
  if (doi.rfind("10.", 0) != 0 || doi.find('/') == std::string::npos) return std::nullopt;
  return doi;
}

}  // namespace awesomelint
