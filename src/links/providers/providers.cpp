#include "provider.h"

namespace awesomelint {

std::vector<std::unique_ptr<Provider>> MakeProviders(const LinkOptions& options) {
  std::vector<std::unique_ptr<Provider>> providers;
  providers.push_back(MakeClosedServiceProvider(options));
  providers.push_back(MakeArxivProvider(options));
  providers.push_back(MakeGithubProvider(options));
  providers.push_back(MakeHuggingFaceProvider(options));
  providers.push_back(MakeZenodoProvider(options));
  providers.push_back(MakeDoiProvider(options));
  providers.push_back(MakeHttpProvider(options));
  return providers;
}

void ApplyOutcome(const PageOutcome& outcome, LinkResult& result) {
  result.verdict = outcome.verdict;
  result.settled = true;
  result.http_status = outcome.status;
  result.final_url = outcome.final_url;
  result.detail = outcome.detail;
  result.unreached = outcome.unreached;
  result.seconds += outcome.seconds;
}

std::string Endpoint(const std::string& base, std::string_view path) {
  std::string url = base;
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url + std::string(path);
}

}  // namespace awesomelint
