// The repositories lists live in, asked of GitHub's REST API through the link check's
// engine and session, so that a token reaches the API's origin alone and every option
// the user gave the link check (timeouts, --remap, headers) applies here too.
#include "awesomelint/links/repository_api.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>

#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/json_nesting.h"
#include "awesomelint/support/strings.h"
#include "check_session.h"
#include "http_engine.h"
#include "providers/json_fields.h"
#include "providers/provider.h"

namespace awesomelint {
namespace {

constexpr size_t kMaxTopics = 100;  // GitHub allows 20

// "/repos/o/r" for "o/r"; empty when it is not exactly two safe names.
std::string RepositoryPath(const std::string& full_name) {
  size_t slash = full_name.find('/');
  if (slash == std::string::npos) return {};
  std::string_view owner = std::string_view(full_name).substr(0, slash);
  std::string_view name = std::string_view(full_name).substr(slash + 1);
  if (!IsSafeGithubName(owner) || !IsSafeGithubName(name)) return {};
  return fmt::format("/repos/{}/{}", owner, name);
}

// Why an answer says nothing of the repository, for the run's warnings.
std::string Why(const HttpResponse& response) {
  if (response.status != 0) return fmt::format("HTTP {}", response.status);
  if (response.deadline) return "the run was cut short";
  return response.error.empty() ? "no answer" : response.error;
}

// One repository's request, and where its answer goes.
class RepositoryRequest {
 public:
  RepositoryRequest(CheckSession& session, const std::string& api, ListRepository& repository,
                    std::string& failure)
      : session_(session), api_(api), repository_(repository), failure_(failure) {}

  void Send(const std::string& path) {
    session_.Send(Request(Endpoint(api_, path)), [this, path](HttpResponse&& response) {
      if (IsRename(response.status)) {
        Renamed(ResolveUrl(session_.Remap(Endpoint(api_, path)), response.Header("location")));
        return;
      }
      Answered(response);
    });
  }

 private:
  static bool IsRename(long status) { return status == 301 || status == 302 || status == 307; }

  // Asks for the token; CheckSession::Send decides whether the URL may have it.
  HttpRequest Request(std::string url) const { return GithubRestRequest(std::move(url), api_); }

  // A renamed repository: the API points at /repositories/ID on its own origin. A
  // redirect anywhere else is not followed (the answer says nothing then).
  void Renamed(const std::string& location) {
    std::string asked = session_.Remap(Endpoint(api_, "/"));
    if (location.empty() || OriginOf(location) != OriginOf(asked)) {
      failure_ = "a redirect away from the API";
      return;
    }
    session_.Send(
        Request(location), [this](HttpResponse&& response) { Answered(response); },
        /*remapped=*/true);
  }

  void Answered(const HttpResponse& response) {
    if (response.status == 200 && ReadRepositoryAnswer(response.body, repository_)) return;
    failure_ = response.status == 200 ? "an answer that is not a repository's" : Why(response);
  }

  CheckSession& session_;
  const std::string& api_;
  ListRepository& repository_;
  std::string& failure_;
};

}  // namespace

bool ReadRepositoryAnswer(std::string_view body, ListRepository& repository) {
  if (body.size() > kMaxGithubRestAnswer || FindTooDeepJson(body, 64) != std::string_view::npos)
    return false;
  nlohmann::json answer =
      nlohmann::json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
  if (!answer.is_object()) return false;
  repository.state = ListRepository::State::kFound;
  if (std::string full_name = JsonString(answer, "full_name"); !full_name.empty())
    repository.full_name = full_name;
  repository.description = JsonString(answer, "description");
  repository.homepage = JsonString(answer, "homepage");
  // null: none detected; an object: one, its SPDX id ("NOASSERTION" for one GitHub
  // found but could not name).
  repository.license.clear();
  if (auto license = answer.find("license"); license != answer.end() && license->is_object()) {
    repository.license = JsonString(*license, "spdx_id");
    if (repository.license.empty()) repository.license = "NOASSERTION";
  }
  repository.topics.clear();
  auto topics = answer.find("topics");
  repository.has_topics = topics != answer.end() && topics->is_array();
  if (repository.has_topics)
    for (const nlohmann::json& topic : *topics)
      if (topic.is_string() && repository.topics.size() < kMaxTopics)
        repository.topics.push_back(PlainText(topic.get_ref<const std::string&>(), kMaxAnswerText));
  return true;
}

RepositoryLookup DescribeListRepositories(const std::vector<ListRepository*>& repositories,
                                          const LinkOptions& options) {
  // Each repository once, however many lists live in it.
  std::map<std::string, std::vector<ListRepository*>> by_name;
  for (ListRepository* repository : repositories)
    if (repository->state == ListRepository::State::kUnknown && !repository->full_name.empty())
      by_name[ToLower(repository->full_name)].push_back(repository);
  RepositoryLookup lookup;
  if (by_name.empty()) return lookup;

  Remapper remap(options.remap);
  HttpEngine::Options engine_options;
  engine_options.http = options.http;
  engine_options.http.connect_timeout =
      std::min(options.http.connect_timeout, options.http.timeout);
  HttpEngine engine(engine_options);
  CheckSession session(engine, options, remap);
  const std::string& api = options.endpoints.github_api;
  struct Asked {
    ListRepository answer;
    std::string failure;
    std::unique_ptr<RepositoryRequest> request;
  };
  std::map<std::string, Asked> asked;
  for (auto& [key, lists] : by_name) {
    Asked& one = asked[key];
    one.answer = *lists.front();
    std::string path = RepositoryPath(one.answer.full_name);
    if (path.empty()) {
      one.failure = "not a repository's name";
      continue;
    }
    one.request = std::make_unique<RepositoryRequest>(session, api, one.answer, one.failure);
    one.request->Send(path);
  }
  engine.Run();
  lookup.warnings = session.warnings();
  for (auto& [key, one] : asked) {
    if (one.answer.state != ListRepository::State::kFound && one.failure.empty())
      one.failure = "no answer";  // the run was stopped before it came
    if (!one.failure.empty()) {
      lookup.unanswered.push_back(fmt::format("GitHub's API did not answer for {} ({})",
                                              by_name[key].front()->full_name, one.failure));
      continue;
    }
    for (ListRepository* list : by_name[key]) {
      std::string remote_url = list->remote_url;  // the list's own, not the first one's
      *list = one.answer;
      list->remote_url = std::move(remote_url);
    }
  }
  return lookup;
}

}  // namespace awesomelint
