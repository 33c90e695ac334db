// Hugging Face repositories: /api/{models,datasets,spaces}/{id}. Gated is alive
// (with a note), RepoNotFound is broken. HF_TOKEN goes to the API host only.
// Paper pages (/papers/{arxiv id}): /api/papers/{id}, which says the paper's title
// and code; when it does not answer 200 the page itself decides.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "answers.h"
#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/strings.h"
#include "provider.h"

namespace awesomelint {
namespace {

std::string_view ApiKind(HfKind kind) {
  switch (kind) {
    case HfKind::kDataset:
      return "datasets";
    case HfKind::kSpace:
      return "spaces";
    default:
      return "models";
  }
}

class HuggingFaceProvider : public Provider {
 public:
  explicit HuggingFaceProvider(const LinkOptions& options)
      : api_(options.endpoints.huggingface_api) {}

  std::string_view name() const override { return "huggingface"; }
  bool ReadsMetadata() const override { return true; }

  // Repository and paper pages only: files (/resolve/) and listings are pages.
  std::optional<std::string> Key(const Url& url) const override {
    std::optional<HfRef> ref = HuggingFaceFromUrl(url);
    if (!ref || ref->kind == HfKind::kListing) return std::nullopt;
    size_t depth = url.segments().size();
    if (ref->kind == HfKind::kPaper)
      return depth == 2 && IsPaperId(ref->id) ? std::optional("hf:papers:" + ToLower(ref->id))
                                              : std::nullopt;
    if (depth != (ref->kind == HfKind::kModel ? 2u : 3u)) return std::nullopt;
    return fmt::format("hf:{}:{}", ApiKind(ref->kind), ToLower(ref->id));
  }

  void Add(LinkResult* result, const Url& url) override {
    std::optional<HfRef> ref = HuggingFaceFromUrl(url);
    if (ref->kind == HfKind::kPaper) {
      papers_.push_back({"papers", ref->id, result});
      return;
    }
    repos_.push_back({std::string(ApiKind(ref->kind)), ref->id, result});
  }

  void Start(CheckSession& session) override {
    for (const Repo& paper : papers_) AskPaper(session, paper);
    for (const Repo& repo : repos_) {
      HttpRequest request;
      request.url = Endpoint(api_, fmt::format("/api/{}/{}", repo.kind, repo.id));
      request.budget_host = HostOf(api_);
      request.credential = Credential::kHuggingFace;  // Send decides whether it goes
      request.max_body = 4 << 20;
      LinkResult* result = repo.result;
      std::string what = fmt::format("{} {}", repo.kind.substr(0, repo.kind.size() - 1), repo.id);
      session.Send(std::move(request), [result, what, &session](HttpResponse&& response) {
        long status = response.status;
        result->http_status = status;
        result->seconds += response.seconds;
        std::string code = response.Header("x-error-code");
        if (status == 200) {
          HfRepoAnswer answer = ParseHfRepo(response.body);
          result->verdict = LinkVerdict::kAlive;
          result->settled = true;
          result->meta.hub = answer;
          if (answer.gated) {
            result->warn = true;
            result->detail = answer.gate.empty()
                                 ? "gated"
                                 : fmt::format("gated ({})", nlohmann::json(answer.gate).dump());
          }
          if (answer.disabled) {
            result->verdict = LinkVerdict::kBroken;
            result->settled = true;
            result->detail = "disabled on Hugging Face";
          }
        } else if (code == "RepoNotFound" || status == 404) {
          result->verdict = LinkVerdict::kBroken;
          result->settled = true;
          result->detail = fmt::format("Hugging Face has no {}", what);
        } else if (code == "GatedRepo") {  // it exists, behind a gate
          result->verdict = LinkVerdict::kAlive;
          result->settled = true;
          result->warn = true;
          result->detail = "gated";
        } else if (status == 401 || status == 403) {
          result->verdict = LinkVerdict::kBlocked;
          result->settled = true;
          result->detail = fmt::format("{}: private or gated", status);
        } else {
          ApplyOutcome(session.Judge(response), *result);
        }
      });
    }
  }

 private:
  struct Repo {
    std::string kind, id;
    LinkResult* result;
  };

  // An arXiv id, the only ids paper pages have (anything else is a page to ask).
  static bool IsPaperId(std::string_view id) {
    for (char c : id)
      if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.')) return false;
    return !id.empty() && id.size() <= 16;
  }

  void AskPaper(CheckSession& session, const Repo& paper) {
    HttpRequest request;
    request.url = Endpoint(api_, "/api/papers/" + paper.id);
    request.budget_host = HostOf(api_);
    request.max_body = 4 << 20;
    LinkResult* result = paper.result;
    std::string page = "https://huggingface.co/papers/" + paper.id;
    session.Send(std::move(request), [result, page, &session](HttpResponse&& response) {
      result->seconds += response.seconds;
      HfPaperAnswer answer;
      if (response.status == 200) answer = ParseHfPaper(response.body);
      if (answer.title.empty()) {  // no paper page by the API's word: the page decides
        session.CheckPage(page, "huggingface.co",
                          [result](PageOutcome outcome) { ApplyOutcome(outcome, *result); });
        return;
      }
      result->verdict = LinkVerdict::kAlive;
      result->settled = true;
      result->http_status = 200;
      result->meta.paper = answer.paper();
    });
  }

  std::string api_;
  std::vector<Repo> repos_;
  std::vector<Repo> papers_;
};

}  // namespace

std::unique_ptr<Provider> MakeHuggingFaceProvider(const LinkOptions& options) {
  return std::make_unique<HuggingFaceProvider>(options);
}

}  // namespace awesomelint
