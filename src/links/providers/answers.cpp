#include "answers.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <set>

#include "../check_session.h"
#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

// A JSON answer; a discarded value when the text is not JSON.
nlohmann::json ParseJson(std::string_view body) {
  return nlohmann::json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
}

const nlohmann::json* Field(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

// A field of an answer; the fallback when `object` is not an object or the field is
// missing or of another type (an odd answer must not end the run).
std::string JsonString(const nlohmann::json& object, const char* key) {
  const nlohmann::json* field = Field(object, key);
  return field && field->is_string() ? field->get<std::string>() : std::string();
}

bool JsonBool(const nlohmann::json& object, const char* key) {
  const nlohmann::json* field = Field(object, key);
  return field && field->is_boolean() && field->get<bool>();
}

long JsonInt(const nlohmann::json& object, const char* key) {
  const nlohmann::json* field = Field(object, key);
  return field && field->is_number_integer() ? field->get<long>() : 0;
}

// The aliases that a GraphQL answer's errors say were NOT_FOUND. Only NOT_FOUND says a
// repository is missing; a null with any other error says nothing.
std::set<std::string> NotFoundAliases(const nlohmann::json& answer) {
  std::set<std::string> not_found;
  const nlohmann::json* errors = Field(answer, "errors");
  if (!errors || !errors->is_array()) return not_found;
  for (const nlohmann::json& error : *errors) {
    const nlohmann::json* type = Field(error, "type");
    const nlohmann::json* path = Field(error, "path");
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
  return {JsonString(answer, "full_name"), JsonBool(answer, "archived")};
}

GithubGraphQlAnswer ParseGithubGraphQl(std::string_view body, size_t count) {
  GithubGraphQlAnswer out;
  nlohmann::json answer = ParseJson(body);
  const nlohmann::json* data = Field(answer, "data");
  if (!data) return out;
  out.usable = true;
  std::set<std::string> not_found = NotFoundAliases(answer);
  out.lookups.resize(count);
  for (size_t i = 0; i < count; ++i) {
    std::string alias = fmt::format("r{}", i);
    const nlohmann::json* node = Field(*data, alias.c_str());
    GithubGraphQlAnswer::Lookup& lookup = out.lookups[i];
    if (node && node->is_object()) {
      lookup.state = GithubGraphQlAnswer::State::kFound;
      lookup.repo = {JsonString(*node, "nameWithOwner"), JsonBool(*node, "isArchived")};
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
    out.ids.push_back(ToLower(SplitArxivVersion(id.substr(abs + 5)).id));
  }
  return out;
}

HfRepoAnswer ParseHfRepo(std::string_view body) {
  nlohmann::json answer = ParseJson(body);
  HfRepoAnswer out;
  out.gate = JsonString(answer, "gated");
  out.gated = !out.gate.empty() || JsonBool(answer, "gated");
  out.disabled = JsonBool(answer, "disabled");
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
