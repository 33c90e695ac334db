#include <algorithm>
#include <array>

#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

// First path segments of github.com that are site pages, not owners.
constexpr std::array<std::string_view, 34> kReserved = {"about",
                                                        "apps",
                                                        "blog",
                                                        "codespaces",
                                                        "collections",
                                                        "contact",
                                                        "customer-stories",
                                                        "enterprise",
                                                        "events",
                                                        "explore",
                                                        "features",
                                                        "github",
                                                        "issues",
                                                        "join",
                                                        "login",
                                                        "marketplace",
                                                        "new",
                                                        "notifications",
                                                        "orgs",
                                                        "organizations",
                                                        "pricing",
                                                        "pulls",
                                                        "search",
                                                        "security",
                                                        "settings",
                                                        "site",
                                                        "sponsors",
                                                        "stars",
                                                        "topics",
                                                        "trending",
                                                        "watching",
                                                        "readme",
                                                        "resources",
                                                        "users"};

}  // namespace

std::string GithubRepo::key() const {
  return ToLower(owner + "/" + name);
}

std::optional<GithubRepo> GithubRepoFromUrl(const Url& url) {
  if (url.bare_host() != "github.com") return std::nullopt;
  std::vector<std::string_view> segments = url.segments();
  if (segments.size() < 2) return std::nullopt;
  std::string owner = ToLower(segments[0]);
  if (std::find(kReserved.begin(), kReserved.end(), owner) != kReserved.end()) return std::nullopt;
  GithubRepo repo;
  repo.owner = std::string(segments[0]);
  std::string_view name = segments[1];
  if (name.size() > 4 && name.substr(name.size() - 4) == ".git") name.remove_suffix(4);
  if (name == "." || name == "..") return std::nullopt;
  repo.name = std::string(name);
  size_t rest = static_cast<size_t>(segments[1].data() - url.path.data()) + segments[1].size();
  repo.rest = std::string(url.path.substr(rest));
  return repo;
}

bool IsSafeGithubName(std::string_view name) {
  if (name.empty() || name == "." || name == "..") return false;
  return std::all_of(name.begin(), name.end(),
                     [](char c) { return IsAsciiAlnum(c) || c == '-' || c == '_' || c == '.'; });
}

}  // namespace awesomelint
