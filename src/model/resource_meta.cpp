#include "awesomelint/model/resource_meta.h"

#include <nlohmann/json.hpp>

namespace awesomelint {
namespace {

using Json = nlohmann::ordered_json;

// Longer than any text the answers keep (4 KB, each byte of which the cache may write
// as a 3-byte replacement character when it is no UTF-8): beyond it, not one of ours.
constexpr size_t kMaxText = 16384;

void PutText(Json& out, const char* key, const std::string& text) {
  if (!text.empty()) out[key] = text;
}

// A field read back: absent is fine, anything but bounded plain text is not.
bool GetText(const nlohmann::json& object, const char* key, std::string& to) {
  auto it = object.find(key);
  if (it == object.end()) return true;
  if (!it->is_string()) return false;
  const std::string& text = it->get_ref<const std::string&>();
  if (text.size() > kMaxText) return false;
  for (char c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return false;
  to = text;
  return true;
}

bool GetBool(const nlohmann::json& object, const char* key, bool& to) {
  auto it = object.find(key);
  if (it == object.end()) return true;
  if (!it->is_boolean()) return false;
  to = it->get<bool>();
  return true;
}

// One part ("paper", "repo", ...): absent, or an object that `read` accepts.
template <typename T, typename Read>
bool GetPart(const nlohmann::json& value, const char* key, std::optional<T>& to, Read read) {
  auto it = value.find(key);
  if (it == value.end()) return true;
  if (!it->is_object()) return false;
  T part;
  if (!read(*it, part)) return false;
  to = std::move(part);
  return true;
}

}  // namespace

nlohmann::ordered_json MetaToJson(const ResourceMeta& meta) {
  Json out = Json::object();
  if (const std::optional<PaperMeta>& paper = meta.paper) {
    Json part = {{"title", paper->title}};
    PutText(part, "abstract", paper->abstract);
    PutText(part, "published", paper->published);
    part["withdrawn"] = paper->withdrawn;
    PutText(part, "code", paper->code);
    out["paper"] = std::move(part);
  }
  if (const std::optional<RepoMeta>& repo = meta.repo) {
    Json part = Json::object();
    PutText(part, "name_with_owner", repo->name_with_owner);
    part["archived"] = repo->archived;
    part["disabled"] = repo->disabled;
    if (repo->stars >= 0) part["stars"] = repo->stars;
    PutText(part, "pushed_at", repo->pushed_at);
    PutText(part, "last_commit", repo->last_commit);
    out["repo"] = std::move(part);
  }
  if (const std::optional<HubMeta>& hub = meta.hub) {
    Json part = {{"gated", hub->gated}};
    PutText(part, "gate", hub->gate);
    part["disabled"] = hub->disabled;
    part["private"] = hub->is_private;
    PutText(part, "last_modified", hub->last_modified);
    out["hub"] = std::move(part);
  }
  if (const std::optional<RecordMeta>& record = meta.record) {
    Json part = Json::object();
    PutText(part, "title", record->title);
    PutText(part, "doi", record->doi);
    PutText(part, "concept_doi", record->concept_doi);
    out["record"] = std::move(part);
  }
  return out;
}

std::optional<ResourceMeta> MetaFromJson(const nlohmann::json& value) {
  if (!value.is_object()) return std::nullopt;
  ResourceMeta meta;
  bool ok =
      GetPart(value, "paper", meta.paper,
              [](const nlohmann::json& in, PaperMeta& out) {
                return GetText(in, "title", out.title) && GetText(in, "abstract", out.abstract) &&
                       GetText(in, "published", out.published) &&
                       GetBool(in, "withdrawn", out.withdrawn) && GetText(in, "code", out.code);
              }) &&
      GetPart(value, "repo", meta.repo,
              [](const nlohmann::json& in, RepoMeta& out) {
                if (auto stars = in.find("stars"); stars != in.end()) {
                  if (!stars->is_number_integer() || stars->get<long long>() < 0 ||
                      stars->get<long long>() > 1'000'000'000)
                    return false;
                  out.stars = static_cast<long>(stars->get<long long>());
                }
                return GetText(in, "name_with_owner", out.name_with_owner) &&
                       GetBool(in, "archived", out.archived) &&
                       GetBool(in, "disabled", out.disabled) &&
                       GetText(in, "pushed_at", out.pushed_at) &&
                       GetText(in, "last_commit", out.last_commit);
              }) &&
      GetPart(value, "hub", meta.hub,
              [](const nlohmann::json& in, HubMeta& out) {
                return GetBool(in, "gated", out.gated) && GetText(in, "gate", out.gate) &&
                       GetBool(in, "disabled", out.disabled) &&
                       GetBool(in, "private", out.is_private) &&
                       GetText(in, "last_modified", out.last_modified);
              }) &&
      GetPart(value, "record", meta.record, [](const nlohmann::json& in, RecordMeta& out) {
        return GetText(in, "title", out.title) && GetText(in, "doi", out.doi) &&
               GetText(in, "concept_doi", out.concept_doi);
      });
  if (!ok) return std::nullopt;
  return meta;
}

}  // namespace awesomelint
