// arXiv: identifiers checked offline, then existence through the export API in
// batches (id_list), at arXiv's published pace: one request every 3 s, one at a
// time. arXiv limits requests, not ids, so batches are as large as one answer
// may be (max_results slices of at most 2,000): a POST form keeps a long
// id_list out of the URL. A paper the feed does not return does not exist; if the API cannot
// answer, each paper's abstract page is checked instead.
#include <fmt/format.h>

#include <unordered_map>

#include "answers.h"
#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/strings.h"
#include "provider.h"

namespace awesomelint {
namespace {

// Ids per export API request: well inside the 2,000-result slice the manual
// allows, with a feed (about 3 KB per paper) that is quick to send and parse.
constexpr size_t kBatch = 500;

class ArxivProvider : public Provider {
 public:
  explicit ArxivProvider(const LinkOptions& options) : api_(options.endpoints.arxiv_api) {}

  std::string_view name() const override { return "arxiv"; }
  bool ReadsMetadata() const override { return true; }

  std::optional<std::string> Key(const Url& url) const override {
    std::optional<ArxivRef> ref = ArxivFromUrl(url);
    if (!ref) return std::nullopt;
    return "arxiv:" + ToLower(ref->id);
  }

  void Add(LinkResult* result, const Url& url) override {
    std::string id = ArxivFromUrl(url)->id;
    if (std::string problem = ArxivIdProblem(id, CalendarDate{}); !problem.empty()) {
      result->verdict = LinkVerdict::kBroken;
      result->settled = true;
      result->detail = problem;
      return;
    }
    papers_.push_back({id, result});
  }

  void Start(CheckSession& session) override {
    for (size_t begin = 0; begin < papers_.size(); begin += kBatch) {
      std::vector<Paper> batch(papers_.begin() + begin,
                               papers_.begin() + std::min(papers_.size(), begin + kBatch));
      std::string ids;
      for (const Paper& paper : batch) ids += (ids.empty() ? "" : ",") + paper.id;
      HttpRequest request;
      request.method = HttpRequest::Method::kPost;
      request.url = Endpoint(api_, "/api/query");
      request.body = fmt::format("id_list={}&max_results={}", ids, batch.size());
      request.budget_host = HostOf(api_);
      request.max_body = 16 << 20;
      session.Send(std::move(request), [this, batch, &session](HttpResponse&& response) {
        for (const Paper& paper : batch) paper.result->seconds += response.seconds;
        ArxivFeed feed;
        if (response.status == 200) feed = ParseArxivFeed(response.body);
        if (response.status != 200 || feed.error) {  // the API could not tell: ask the pages
          for (const Paper& paper : batch) FallBack(session, paper);
          return;
        }
        std::unordered_map<std::string, const PaperMeta*> listed;
        for (const ArxivPaper& entry : feed.papers) listed.emplace(entry.id, &entry.meta);
        for (const Paper& paper : batch) {
          auto it = listed.find(ToLower(paper.id));
          bool exists = it != listed.end();
          if (exists) paper.result->meta.paper = *it->second;
          paper.result->verdict = exists ? LinkVerdict::kAlive : LinkVerdict::kBroken;
          paper.result->settled = true;
          paper.result->http_status = response.status;
          if (!exists) paper.result->detail = "arXiv has no paper " + paper.id;
        }
      });
    }
  }

  void Policies(std::map<std::string, HostPolicy>& policies) const override {
    policies[HostOf(api_)] = HostPolicy{1, std::chrono::milliseconds(3000)};
  }

 private:
  struct Paper {
    std::string id;
    LinkResult* result;
  };

  void FallBack(CheckSession& session, const Paper& paper) {
    LinkResult* result = paper.result;
    session.CheckPage("https://arxiv.org/abs/" + paper.id, "arxiv.org",
                      [result](PageOutcome outcome) { ApplyOutcome(outcome, *result); });
  }

  std::string api_;
  std::vector<Paper> papers_;
};

}  // namespace

std::unique_ptr<Provider> MakeArxivProvider(const LinkOptions& options) {
  return std::make_unique<ArxivProvider>(options);
}

}  // namespace awesomelint
