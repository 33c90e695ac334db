// Plain HTTP: any http(s) URL no other provider takes, checked as a page.
#include "provider.h"

namespace awesomelint {
namespace {

class HttpProvider : public Provider {
 public:
  std::string_view name() const override { return "http"; }

  // One check per URL, whatever its fragment: #section does not change the page.
  std::optional<std::string> Key(const Url& url) const override {
    std::string key = url.scheme + "://" + url.host;
    if (!url.port.empty()) (key += ":") += url.port;
    key += url.path;
    if (!url.query.empty()) (key += "?") += url.query;
    return key;
  }

  void Add(LinkResult* result, const Url&) override { results_.push_back(result); }

  void Start(CheckSession& session) override {
    for (LinkResult* result : results_) {
      session.CheckPage(result->key, HostOf(result->key),
                        [result](PageOutcome outcome) { ApplyOutcome(outcome, *result); });
    }
  }

 private:
  std::vector<LinkResult*> results_;
};

}  // namespace

std::unique_ptr<Provider> MakeHttpProvider(const LinkOptions&) {
  return std::make_unique<HttpProvider>();
}

}  // namespace awesomelint
