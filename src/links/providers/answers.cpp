#include "answers.h"

#include <fmt/format.h>
#include <algorithm>
#include <ctime>
#include <nlohmann/json.hpp>
#include <set>

#include "../../markdown/html_scan.h"
#include "../check_session.h"
#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/strings.h"
#include "json_fields.h"

namespace awesomelint {
namespace {

// A JSON answer; a discarded value when the text is not JSON.
nlohmann::json ParseJson(std::string_view body) {
  return nlohmann::json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
}

// The text of the first <tag>...</tag> in `xml` (attributes allowed, <tag/> is empty):
// entities decoded, runs of white space one space, trimmed.
std::string ElementText(std::string_view xml, std::string_view tag) {
  std::string open = fmt::format("<{}", tag), close = fmt::format("</{}>", tag);
  for (size_t at = xml.find(open); at != std::string_view::npos; at = xml.find(open, at + 1)) {
    size_t after = at + open.size();
    if (after >= xml.size() || (xml[after] != '>' && xml[after] != ' ' && xml[after] != '/'))
      continue;  // <titles> is not <title>
    size_t start = xml.find('>', after);
    if (start == std::string_view::npos || xml[start - 1] == '/') return {};
    size_t end = xml.find(close, start);
    if (end == std::string_view::npos) return {};
    return PlainText(DecodeHtmlEntities(xml.substr(start + 1, end - start - 1)), kMaxAnswerText);
  }
  return {};
}

// "2026-11-30T09:12:00Z" as Unix time; 0 when it is not such a time.
long long UnixTimeOf(const std::string& iso) {
  std::tm time{};
  if (iso.size() < 19 || !strptime(iso.c_str(), "%Y-%m-%dT%H:%M:%S", &time)) return 0;
  return static_cast<long long>(timegm(&time));
}

// The value of attribute `name` of the HTML tag that starts at `at` (ScanHtmlTag reads
// it), entities decoded; empty when it has none.
std::string AttributeOf(std::string_view html, size_t at, std::string_view name) {
  for (const HtmlAttribute& attribute : ScanHtmlTag(html, at).attributes)
    if (html.substr(attribute.name.begin, attribute.name.size()) == name)
      return DecodeHtmlEntities(html.substr(attribute.value.begin, attribute.value.size()));
  return {};
}

bool SaysWithdrawn(std::string_view comment) {
  std::string lower = ToLower(comment);
  return lower.find("withdrawn") != std::string::npos ||
         lower.find("withdraw this") != std::string::npos;
}

long JsonInt(const nlohmann::json& object, const char* key) {
  const nlohmann::json* field = JsonField(object, key);
  return field && field->is_number_integer() ? field->get<long>() : 0;
}

// The aliases that a GraphQL answer's errors say were NOT_FOUND. Only NOT_FOUND says a
// repository is missing; a null with any other error says nothing.
std::set<std::string> NotFoundAliases(const nlohmann::json& answer) {
  std::set<std::string> not_found;
  const nlohmann::json* errors = JsonField(answer, "errors");
  if (!errors || !errors->is_array()) return not_found;
  for (const nlohmann::json& error : *errors) {
    const nlohmann::json* type = JsonField(error, "type");
    const nlohmann::json* path = JsonField(error, "path");
    if (!type || *type != "NOT_FOUND" || !path || !path->is_array() || path->empty() ||
        !(*path)[0].is_string())
      continue;
    not_found.insert((*path)[0].get<std::string>());
  }
  return not_found;
}

}  // namespace

GithubRepoAnswer ParseGithubRepo(std::string_view body) {
  nlohmann::json answer = ParseJson(body);
  GithubRepoAnswer out;
  out.name_with_owner = JsonString(answer, "full_name");
  out.archived = JsonBool(answer, "archived");
  out.disabled = JsonBool(answer, "disabled");
  out.stars = JsonCount(answer, "stargazers_count");
  out.pushed_at = JsonString(answer, "pushed_at");
  return out;
}

GithubRepoAnswer ParseGithubRepoPage(std::string_view html) {
  GithubRepoAnswer out;
  out.archived =
      html.find("This repository has been archived by the owner") != std::string_view::npos ||
      html.find("This repository was archived by the owner") != std::string_view::npos;
  // "Latest commit <relative-time datetime=...>": the default branch's last commit.
  if (size_t latest = html.find("Latest commit"); latest != std::string_view::npos) {
    size_t time = html.find("<relative-time", latest);
    if (time != std::string_view::npos && time - latest < 4096) {
      std::string when = AttributeOf(html, time, "datetime");
      if (when.size() >= 10 && when.size() <= 32 && AllDigits(when.substr(0, 4)))
        out.last_commit = PlainText(when, 32);
    }
  }
  // <span id="repo-stars-counter-star" title="1,234" ...>1.2k</span>: the title is exact.
  if (size_t stars = html.find("id=\"repo-stars-counter-star\""); stars != std::string_view::npos) {
    size_t tag = html.rfind('<', stars);
    std::string count = tag == std::string_view::npos ? "" : AttributeOf(html, tag, "title");
    if (count.empty()) {
      size_t text = html.find('>', stars), close = html.find('<', text);
      if (text != std::string_view::npos && close != std::string_view::npos && close - text < 32)
        count = std::string(html.substr(text + 1, close - text - 1));
    }
    count.erase(std::remove(count.begin(), count.end(), ','), count.end());
    if (!count.empty() && count.size() <= 9 && AllDigits(count)) out.stars = std::stol(count);
  }
  return out;
}

GithubGraphQlAnswer ParseGithubGraphQl(std::string_view body, size_t count) {
  GithubGraphQlAnswer out;
  nlohmann::json answer = ParseJson(body);
  if (const nlohmann::json* errors = JsonField(answer, "errors"); errors && errors->is_array())
    for (const nlohmann::json& error : *errors)
      if (const nlohmann::json* type = JsonField(error, "type"); type && *type == "RATE_LIMITED")
        out.rate_limited = true;
  const nlohmann::json* data = JsonField(answer, "data");
  if (!data || out.rate_limited) return out;  // (data null: a timeout; NOT_FOUND still holds)
  if (const nlohmann::json* limit = JsonField(*data, "rateLimit")) {
    out.cost = JsonCount(*limit, "cost");
    out.remaining = JsonCount(*limit, "remaining");
    out.limit = JsonCount(*limit, "limit");
    out.reset = UnixTimeOf(JsonString(*limit, "resetAt"));
  }
  out.usable = true;
  std::set<std::string> not_found = NotFoundAliases(answer);
  out.lookups.resize(count);
  for (size_t i = 0; i < count; ++i) {
    std::string alias = fmt::format("r{}", i);
    const nlohmann::json* node = JsonField(*data, alias.c_str());
    GithubGraphQlAnswer::Lookup& lookup = out.lookups[i];
    if (node && node->is_object()) {
      lookup.state = GithubGraphQlAnswer::State::kFound;
      GithubRepoAnswer& repo = lookup.repo;
      repo.name_with_owner = JsonString(*node, "nameWithOwner");
      repo.archived = JsonBool(*node, "isArchived");
      repo.disabled = JsonBool(*node, "isDisabled");
      repo.stars = JsonCount(*node, "stargazerCount");
      repo.pushed_at = JsonString(*node, "pushedAt");
      const nlohmann::json* branch = JsonField(*node, "defaultBranchRef");
      const nlohmann::json* target = branch ? JsonField(*branch, "target") : nullptr;
      if (target) repo.last_commit = JsonString(*target, "committedDate");
    } else if (not_found.count(alias)) {
      lookup.state = GithubGraphQlAnswer::State::kNotFound;
    }
  }
  return out;
}

ArxivFeed ParseArxivFeed(std::string_view feed) {
  ArxivFeed out;
  for (size_t at = feed.find("<entry"); at != std::string_view::npos;
       at = feed.find("<entry", at + 6)) {
    size_t open = feed.find("<id>", at), close = feed.find("</id>", open);
    if (open == std::string_view::npos || close == std::string_view::npos) break;
    std::string_view id = feed.substr(open + 4, close - open - 4);
    if (id.find("/api/errors") != std::string_view::npos) {
      out.error = true;
      continue;
    }
    size_t abs = id.find("/abs/");
    if (abs == std::string_view::npos) continue;
    std::string paper_id = ToLower(SplitArxivVersion(id.substr(abs + 5)).id);
    if (paper_id.empty()) continue;  // ".../abs/": no paper
    size_t next = feed.find("<entry", close);
    std::string_view entry = feed.substr(at, next == std::string_view::npos ? next : next - at);
    ArxivPaper& paper = out.papers.emplace_back();
    paper.id = std::move(paper_id);
    paper.meta.title = ElementText(entry, "title");
    paper.meta.abstract = ElementText(entry, "summary");
    paper.meta.published = ElementText(entry, "published").substr(0, 10);
    paper.meta.withdrawn = SaysWithdrawn(ElementText(entry, "arxiv:comment"));
  }
  return out;
}

std::vector<std::string> ArxivFeed::ids() const {
  std::vector<std::string> ids;
  for (const ArxivPaper& paper : papers) ids.push_back(paper.id);
  return ids;
}

HfRepoAnswer ParseHfRepo(std::string_view body) {
  nlohmann::json answer = ParseJson(body);
  HfRepoAnswer out;
  out.gate = JsonString(answer, "gated");
  out.gated = !out.gate.empty() || JsonBool(answer, "gated");
  out.disabled = JsonBool(answer, "disabled");
  out.is_private = JsonBool(answer, "private");
  out.last_modified = JsonString(answer, "lastModified");
  return out;
}

HfPaperAnswer ParseHfPaper(std::string_view body) {
  nlohmann::json answer = ParseJson(body);
  return {JsonString(answer, "id"), JsonString(answer, "title"), JsonString(answer, "githubRepo"),
          JsonString(answer, "projectPage")};
}

ZenodoRecord ParseZenodoRecord(std::string_view body) {
  nlohmann::json answer = ParseJson(body);
  ZenodoRecord out;
  const nlohmann::json* metadata = JsonField(answer, "metadata");
  if (metadata) out.title = JsonString(*metadata, "title");
  out.doi = JsonString(answer, "doi");
  if (out.doi.empty() && metadata) out.doi = JsonString(*metadata, "doi");
  out.concept_doi = JsonString(answer, "conceptdoi");
  return out;
}

ZenodoAnswer ParseZenodoAnswer(long status, const std::string& location, const std::string& asked) {
  if (status >= 300 && status < 400 && !location.empty()) {
    std::string next = ResolveUrl(asked, location);
    if (!next.empty()) return {ZenodoAnswer::Says::kRedirect, std::move(next)};
  }
  switch (status) {
    case 200:
      return {ZenodoAnswer::Says::kFound, {}};
    case 410:
      return {ZenodoAnswer::Says::kDeleted, {}};
    case 404:
      return {ZenodoAnswer::Says::kNotFound, {}};
    default:
      return {ZenodoAnswer::Says::kOther, {}};
  }
}

DoiHandleAnswer ParseDoiHandle(std::string_view body) {
  return {JsonInt(ParseJson(body), "responseCode")};
}

}  // namespace awesomelint
