// Provider: how one kind of resource is verified — its identity (the key under
// which every spelling of it is checked once) and its cheapest accurate check.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../check_session.h"
#include "awesomelint/links/link_options.h"
#include "awesomelint/model/link_result.h"
#include "awesomelint/model/url.h"

namespace awesomelint {

class Provider {
 public:
  virtual ~Provider() = default;
  virtual std::string_view name() const = 0;
  // The resource a URL names ("arxiv:2405.12971"), or nullopt when this provider
  // does not check such URLs.
  virtual std::optional<std::string> Key(const Url& url) const = 0;
  // Takes one resource to check; the result stays valid until the run ends.
  virtual void Add(LinkResult* result, const Url& url) = 0;
  // Submits the requests for everything added; results are filled as answers come.
  virtual void Start(CheckSession& session) = 0;
  // The pace its hosts ask for (arXiv: one request every 3 s).
  virtual void Policies(std::map<std::string, HostPolicy>& policies) const { (void)policies; }
  // Whether its API says more of a resource than that it exists (ResourceMeta): the
  // cache then keeps that too, and asks again once it is older than --max-meta-age.
  virtual bool ReadsMetadata() const { return false; }
  // After the run: what its APIs' rate limits allowed and what the run spent.
  virtual void Budgets(std::vector<ApiBudget>& budgets) const { (void)budgets; }
};

// Every provider, most specific first; the last (plain HTTP) takes any URL.
std::vector<std::unique_ptr<Provider>> MakeProviders(const LinkOptions& options);

std::unique_ptr<Provider> MakeClosedServiceProvider(const LinkOptions& options);
std::unique_ptr<Provider> MakeArxivProvider(const LinkOptions& options);
std::unique_ptr<Provider> MakeGithubProvider(const LinkOptions& options);
std::unique_ptr<Provider> MakeHuggingFaceProvider(const LinkOptions& options);
std::unique_ptr<Provider> MakeZenodoProvider(const LinkOptions& options);
std::unique_ptr<Provider> MakeDoiProvider(const LinkOptions& options);
std::unique_ptr<Provider> MakeHttpProvider(const LinkOptions& options);

// Copies a page check's outcome into a result.
void ApplyOutcome(const PageOutcome& outcome, LinkResult& result);

// "https://api.github.com" + "/graphql"; the endpoint's host is its budget host.
std::string Endpoint(const std::string& base, std::string_view path);

// A request to GitHub's API whose base is `api`: it asks for the token (CheckSession::Send
// gives it to the API's own origin only) and counts against the API host's budget.
HttpRequest GithubApiRequest(std::string url, const std::string& api);
// The same for a REST endpoint: REST's JSON, an answer of at most kMaxGithubRestAnswer.
HttpRequest GithubRestRequest(std::string url, const std::string& api);
inline constexpr size_t kMaxGithubRestAnswer = 1 << 20;  // a repository's JSON is some 6 KB

}  // namespace awesomelint
