// DOIs: the handle API (/api/handles/{doi}) says whether a DOI is registered,
// without following it into publishers' sites and their bot walls.
#include <fmt/format.h>

#include "answers.h"
#include "awesomelint/model/identifiers.h"
#include "provider.h"

namespace awesomelint {
namespace {

// DOIs in a URL path: '#', '?', '%' and spaces must be escaped.
std::string EscapeDoi(const std::string& doi) {
  std::string out;
  for (char c : doi) {
    if (c == '#' || c == '?' || c == '%' || c == ' ' || c == '"')
      out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    else
      out += c;
  }
  return out;
}

class DoiProvider : public Provider {
 public:
  explicit DoiProvider(const LinkOptions& options) : api_(options.endpoints.doi_api) {}

  std::string_view name() const override { return "doi"; }

  std::optional<std::string> Key(const Url& url) const override {
    std::string_view host = url.bare_host();
    if (host != "doi.org" && host != "dx.doi.org") return std::nullopt;
    std::optional<std::string> doi = DoiFromUrl(url);
    if (!doi) return std::nullopt;
    return "doi:" + *doi;
  }

  void Add(LinkResult* result, const Url& url) override {
    dois_.push_back({*DoiFromUrl(url), result});
  }

  void Start(CheckSession& session) override {
    for (const Entry& entry : dois_) {
      HttpRequest request;
      request.url = Endpoint(api_, "/api/handles/" + EscapeDoi(entry.doi));
      request.budget_host = HostOf(api_);
      request.max_body = 1 << 20;
      LinkResult* result = entry.result;
      std::string doi = entry.doi;
      session.Send(std::move(request), [result, doi, &session](HttpResponse&& response) {
        long code = ParseDoiHandle(response.body).response_code;
        result->http_status = response.status;
        result->seconds += response.seconds;
        if (response.status == 200 && code == DoiHandleAnswer::kFound) {
          result->verdict = LinkVerdict::kAlive;
          result->settled = true;
        } else if (response.status == 404 || code == DoiHandleAnswer::kNotFound) {
          result->verdict = LinkVerdict::kBroken;
          result->settled = true;
          result->detail = fmt::format("DOI {} is not registered", doi);
        } else {
          ApplyOutcome(session.Judge(response), *result);
        }
      });
    }
  }

 private:
  struct Entry {
    std::string doi;
    LinkResult* result;
  };
  std::string api_;
  std::vector<Entry> dois_;
};

}  // namespace

std::unique_ptr<Provider> MakeDoiProvider(const LinkOptions& options) {
  return std::make_unique<DoiProvider>(options);
}

}  // namespace awesomelint
