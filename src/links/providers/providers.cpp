#include "provider.h"

namespace awesomelint {

std::vector<std::unique_ptr<Provider>> MakeProviders(const LinkOptions& options) {
  std::vector<std::unique_ptr<Provider>> providers;
  providers.push_back(MakeArxivProvider(options));
  providers.push_back(MakeGithubProvider(options));
  providers.push_back(MakeHuggingFaceProvider(options));
  providers.push_back(MakeZenodoProvider(options));
  providers.push_back(MakeDoiProvider(options));
  providers.push_back(MakeHttpProvider(options));
  return providers;
}

void ApplyOutcome(const PageOutcome& outcome, LinkResult& result) {
  result.verdict = outcome.verdict;
  result.settled = true;
  result.http_status = outcome.status;
  result.final_url = outcome.final_url;
  result.detail = outcome.detail;
}

std::string Endpoint(const std::string& base, std::string_view path) {
  std::string url = base;
  while (!url.empty() && url.back() == '/') url.pop_back();
  return url + std::string(path);
}

namespace {

const nlohmann::json* Field(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

}  // namespace

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

}  // namespace awesomelint
