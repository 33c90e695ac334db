// Closed services (Papers with Code, ...): their links are dead with a reason, known
// without a request — the addresses still answer, with somebody else's page.
#include <fmt/format.h>

#include "awesomelint/model/closed_services.h"
#include "provider.h"

namespace awesomelint {
namespace {

class ClosedServiceProvider : public Provider {
 public:
  std::string_view name() const override { return "closed"; }

  std::optional<std::string> Key(const Url& url) const override {
    if (!ClosedServiceOf(url)) return std::nullopt;
    std::string key = "closed:" + url.host + std::string(url.path);
    if (!url.query.empty()) (key += "?") += url.query;
    return key;
  }

  void Add(LinkResult* result, const Url& url) override {
    const ClosedService* service = ClosedServiceOf(url);
    result->verdict = LinkVerdict::kBroken;
    result->detail =
        fmt::format("{} closed in {}; {}", service->name, service->closed, service->now);
    result->settled = true;
  }

  void Start(CheckSession&) override {}
};

}  // namespace

std::unique_ptr<Provider> MakeClosedServiceProvider(const LinkOptions&) {
  return std::make_unique<ClosedServiceProvider>();
}

}  // namespace awesomelint
