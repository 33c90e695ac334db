#include "awesomelint/model/redirect_fix.h"

#include <fmt/format.h>

#include <array>
#include <optional>

#include "awesomelint/model/url.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

// Sign-in walls and error pages, by path segment or query key.
bool IsWall(const Url& url) {
  static constexpr std::array<std::string_view, 10> kSegments = {
      "login", "signin", "sign-in", "sign_in", "auth",
      "sso",   "404",    "error",   "errors",  "not-found"};
  for (std::string_view segment : url.segments()) {
    std::string lower = ToLower(segment);
    for (std::string_view wall : kSegments)
      if (lower == wall) return true;
  }
  std::string query = fmt::format("&{}", ToLower(url.query));
  for (std::string_view key :
       {"&next=", "&return_to=", "&returnto=", "&redirect_uri=", "&continue="})
    if (query.find(key) != std::string::npos) return true;
  return false;
}

// The resource's name: the last non-empty path segment, lower case.
std::string LastSegment(const Url& url) {
  std::vector<std::string_view> segments = url.segments();
  return segments.empty() ? std::string() : ToLower(segments.back());
}

// A site's front page reached from a page below one.
bool FrontPageOf(const Url& from, const Url& to) {
  return !from.segments().empty() && to.segments().empty();
}

}  // namespace

bool IsSignInOrErrorPage(std::string_view url) {
  std::optional<Url> parsed = ParseUrl(url);
  return parsed && IsWall(*parsed);
}

bool LeadsToFrontPage(std::string_view written, std::string_view target) {
  std::optional<Url> from = ParseUrl(written);
  std::optional<Url> to = ParseUrl(target);
  return from && to && FrontPageOf(*from, *to);
}

RedirectFix JudgeRedirect(std::string_view written, std::string_view target) {
  RedirectFix fix;
  std::optional<Url> from = ParseUrl(written);
  std::optional<Url> to = ParseUrl(target);
  if (!from || !to) {
    fix.reason = "not a web address";
    return fix;
  }
  bool deep = !from->segments().empty();
  if (FrontPageOf(*from, *to)) {
    fix.reason = "it leads to the site's front page, not to the page";
    return fix;
  }
  if (IsWall(*to) && !IsWall(*from)) {
    fix.reason = "it leads to a sign-in or error page";
    return fix;
  }
  // The same resource: the same or a deeper path (on the site, its www or https
  // twin, or another host), or a page of the same name moved elsewhere.
  std::string from_path = ToLower(from->path), to_path = ToLower(to->path);
  bool same_or_deeper = to_path.compare(0, from_path.size(), from_path) == 0;
  bool same_name = deep && LastSegment(*from) == LastSegment(*to);
  if (!same_or_deeper && !same_name && from->bare_host() == to->bare_host()) {
    fix.reason = "it leads to another page of the site";
    return fix;
  }
  if (!same_or_deeper && !same_name) {
    fix.reason = "it leads to another page on another site";
    return fix;
  }
  fix.url = std::string(target);
  if (to->query.empty() && !from->query.empty()) {
    size_t hash = fix.url.find('#');
    fix.url.insert(hash == std::string::npos ? fix.url.size() : hash,
                   fmt::format("?{}", from->query));
  }
  if (to->fragment.empty() && !from->fragment.empty()) {
    if (!fix.url.empty() && fix.url.back() == '#') fix.url.pop_back();
    fix.url += fmt::format("#{}", from->fragment);
  }
  return fix;
}

}  // namespace awesomelint
