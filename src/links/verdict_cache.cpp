#include "verdict_cache.h"

#include <fmt/format.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "awesomelint/support/atomic_write.h"

namespace awesomelint {

VerdictCache VerdictCache::Load(const std::string& path, std::chrono::seconds max_age,
                                std::vector<std::string>& warnings) {
  VerdictCache cache;
  std::ifstream in(path, std::ios::binary);
  if (!in) return cache;
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::json root = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  if (!root.is_object() || root.value("version", 0) != 1 || !root.contains("entries") ||
      !root["entries"].is_object()) {
    warnings.push_back(
        fmt::format("{}: not a link cache this version understands; ignored, and "
                    "rewritten after this run",
                    path));
    return cache;
  }
  long long now = std::chrono::duration_cast<std::chrono::seconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count();
  for (const auto& [key, value] : root["entries"].items()) {
    if (!value.is_object()) continue;
    std::optional<LinkVerdict> verdict = ParseVerdict(value.value("verdict", ""));
    long long checked = value.value("checked", 0LL);
    if (!verdict || (*verdict != LinkVerdict::kAlive && *verdict != LinkVerdict::kRedirected))
      continue;
    if (checked <= 0 || now - checked > max_age.count()) continue;
    Entry entry;
    entry.verdict = *verdict;
    entry.http_status = value.value("http_status", 0L);
    entry.final_url = value.value("final_url", "");
    entry.detail = value.value("detail", "");
    entry.warn = value.value("warn", false);
    entry.checked = checked;
    cache.entries_[key] = std::move(entry);
  }
  return cache;
}

const VerdictCache::Entry* VerdictCache::Find(const std::string& key) const {
  auto it = entries_.find(key);
  return it == entries_.end() ? nullptr : &it->second;
}

void VerdictCache::Store(const LinkResult& result, long long now) {
  if (result.verdict != LinkVerdict::kAlive && result.verdict != LinkVerdict::kRedirected) return;
  Entry entry;
  entry.verdict = result.verdict;
  entry.http_status = result.http_status;
  entry.final_url = result.final_url;
  entry.detail = result.detail;
  entry.warn = result.warn;
  entry.checked = now;
  entries_[result.key] = std::move(entry);
}

void VerdictCache::Save(const std::string& path) const {
  nlohmann::ordered_json entries = nlohmann::ordered_json::object();
  for (const auto& [key, entry] : entries_) {
    nlohmann::ordered_json value = {{"verdict", VerdictName(entry.verdict)},
                                    {"http_status", entry.http_status},
                                    {"checked", entry.checked}};
    if (!entry.final_url.empty()) value["final_url"] = entry.final_url;
    if (!entry.detail.empty()) value["detail"] = entry.detail;
    if (entry.warn) value["warn"] = true;
    entries[key] = std::move(value);
  }
  nlohmann::ordered_json root = {{"version", 1}, {"entries", std::move(entries)}};
  WriteFileAtomically(path, root.dump(1) + "\n");
}

}  // namespace awesomelint
