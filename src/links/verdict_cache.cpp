#include "verdict_cache.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "awesomelint/model/resource_meta.h"
#include "awesomelint/support/atomic_write.h"
#include "awesomelint/support/errors.h"
#include "awesomelint/support/json_nesting.h"
#include "awesomelint/support/read_file.h"

namespace awesomelint {
namespace {

constexpr long long kDay = 24 * 60 * 60;

long long UnixNow() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// One entry as written, every value checked; nullopt for a malformed one.
std::optional<VerdictCache::Entry> ParseEntry(const nlohmann::json& value, long long now) {
  if (!value.is_object()) return std::nullopt;
  VerdictCache::Entry entry;
  auto verdict = value.find("verdict");
  if (verdict == value.end() || !verdict->is_string()) return std::nullopt;
  std::optional<LinkVerdict> parsed = ParseVerdict(verdict->get<std::string>());
  if (!parsed || (*parsed != LinkVerdict::kAlive && *parsed != LinkVerdict::kRedirected))
    return std::nullopt;
  entry.verdict = *parsed;
  // Whole numbers in range only: a 1e300 must not reach a cast to an integer.
  auto checked = value.find("checked");
  if (checked == value.end() || !checked->is_number_integer()) return std::nullopt;
  entry.checked = checked->get<long long>();
  if (entry.checked <= 0 || entry.checked > now + kDay) return std::nullopt;
  if (auto status = value.find("http_status"); status != value.end()) {
    if (!status->is_number_integer()) return std::nullopt;
    long long code = status->get<long long>();
    if (code < 0 || code > 999) return std::nullopt;
    entry.http_status = static_cast<long>(code);
  }
  for (auto [name, field] : {std::pair{"final_url", &entry.final_url}, {"detail", &entry.detail}}) {
    auto it = value.find(name);
    if (it == value.end()) continue;
    if (!it->is_string()) return std::nullopt;
    *field = it->get<std::string>();
    // Control characters (a line break in a URL --fix would write) are no verdict of ours.
    for (char c : *field)
      if (static_cast<unsigned char>(c) < 0x20) return std::nullopt;
  }
  if (auto warn = value.find("warn"); warn != value.end()) {
    if (!warn->is_boolean()) return std::nullopt;
    entry.warn = warn->get<bool>();
  }
  if (auto meta = value.find("meta"); meta != value.end()) {
    std::optional<ResourceMeta> parsed_meta = MetaFromJson(*meta);
    if (!parsed_meta) return std::nullopt;
    entry.meta = std::move(*parsed_meta);
  }
  if (auto meta_checked = value.find("meta_checked"); meta_checked != value.end()) {
    if (!meta_checked->is_number_integer()) return std::nullopt;
    entry.meta_checked = meta_checked->get<long long>();
    if (entry.meta_checked <= 0 || entry.meta_checked > now + kDay) return std::nullopt;
  }
  return entry;
}

// A host name as HostOf() writes it: lower case letters, digits, '.', '-', ':'
// and brackets (an IPv6 address), at most 255 bytes.
bool IsHostName(const std::string& host) {
  if (host.empty() || host.size() > 255) return false;
  for (char c : host)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':' ||
          c == '[' || c == ']'))
      return false;
  return true;
}

}  // namespace

VerdictCache VerdictCache::Load(const std::string& path, Ages max_age,
                                std::vector<std::string>& warnings) {
  try {
    std::optional<std::string> text = ReadRegularFile(path, kMaxBytes, "link cache");
    if (!text) return {};
    return Parse(*text, path, max_age, UnixNow(), warnings);
  } catch (const InputError& error) {
    warnings.push_back(error.what());
    VerdictCache cache;
    cache.keep_reason_ = error.what();
    return cache;
  }
}

VerdictCache VerdictCache::Parse(std::string_view text, const std::string& path, Ages max_age,
                                 long long now, std::vector<std::string>& warnings) {
  VerdictCache cache;
  nlohmann::json root;
  if (FindTooDeepJson(text, kMaxDepth) == std::string_view::npos)
    root = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  // Only an awesomelint cache, of any version, is replaced by this run's; what
  // else lies at the cache's path is someone's file.
  bool ours = root.is_object() && root.contains("version") && root.contains("entries");
  if (!ours && !text.empty()) {
    cache.keep_reason_ = fmt::format(
        "{}: not an awesomelint link cache; it is neither read nor replaced (delete it, or "
        "choose another file with --cache)",
        path);
    warnings.push_back(cache.keep_reason_);
    return cache;
  }
  if (!ours) return cache;  // an empty file
  if (root["version"] != 1 || !root["entries"].is_object()) {
    warnings.push_back(fmt::format(
        "{}: a link cache of another version; ignored, and rewritten after this run", path));
    return cache;
  }
  size_t malformed = 0;
  for (const auto& [key, value] : root["entries"].items()) {
    std::optional<Entry> entry = ParseEntry(value, now);
    if (!entry) {
      ++malformed;
      continue;
    }
    if (now - entry->checked > max_age.verdict.count()) continue;
    if (now - entry->meta_checked > max_age.meta.count()) {  // too old to say anything
      entry->meta = {};
      entry->meta_checked = 0;
    }
    cache.entries_.emplace(key, std::move(*entry));
  }
  if (auto hosts = root.find("get_hosts"); hosts != root.end()) {
    if (!hosts->is_object()) {
      ++malformed;
    } else {
      for (const auto& [host, when] : hosts->items()) {
        if (!IsHostName(host) || !when.is_number_integer() || when.get<long long>() <= 0 ||
            when.get<long long>() > now + kDay) {
          ++malformed;
          continue;
        }
        if (now - when.get<long long>() <= max_age.verdict.count())
          cache.get_hosts_.emplace(host, when.get<long long>());
      }
    }
  }
  if (malformed > 0)
    warnings.push_back(fmt::format(
        "{}: {} malformed entr{} dropped (a value of the wrong type or out of range); the "
        "cache is rewritten after this run",
        path, malformed, malformed == 1 ? "y" : "ies"));
  return cache;
}

const VerdictCache::Entry* VerdictCache::Find(const std::string& key, bool reads_metadata) const {
  auto it = entries_.find(key);
  if (it == entries_.end()) return nullptr;
  if (reads_metadata && it->second.meta_checked == 0) return nullptr;  // ask it again
  return &it->second;
}

void VerdictCache::Store(const LinkResult& result, long long now, bool reads_metadata) {
  if (result.verdict != LinkVerdict::kAlive && result.verdict != LinkVerdict::kRedirected) return;
  Entry entry;
  entry.verdict = result.verdict;
  entry.http_status = result.http_status;
  entry.final_url = result.final_url;
  entry.detail = result.detail;
  entry.warn = result.warn;
  entry.checked = now;
  entry.meta = result.meta;
  entry.meta_checked = reads_metadata ? now : 0;
  // A page that said nothing this time (the API's budget was spent) does not erase
  // what the API said before, while that is young enough to be trusted.
  if (auto old = entries_.find(result.key); old != entries_.end() && entry.meta.empty() &&
                                            !old->second.meta.empty() &&
                                            old->second.meta_checked > 0) {
    entry.meta = old->second.meta;
    entry.meta_checked = old->second.meta_checked;
  }
  entries_[result.key] = std::move(entry);
}

std::string VerdictCache::Serialize() const {
  // Written entry by entry: a JSON object that keeps insertion order looks
  // each key up linearly, which makes a large cache quadratic.
  std::string out = "{\n \"version\": 1,\n \"entries\": {";
  bool first = true;
  for (const auto& [key, entry] : entries_) {
    nlohmann::ordered_json value = {{"verdict", VerdictName(entry.verdict)},
                                    {"http_status", entry.http_status},
                                    {"checked", entry.checked}};
    if (!entry.final_url.empty()) value["final_url"] = entry.final_url;
    if (!entry.detail.empty()) value["detail"] = entry.detail;
    if (entry.warn) value["warn"] = true;
    if (!entry.meta.empty()) value["meta"] = MetaToJson(entry.meta);
    if (entry.meta_checked > 0) value["meta_checked"] = entry.meta_checked;
    out += first ? "\n  " : ",\n  ";
    out += nlohmann::json(key).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += ": ";
    out += value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    first = false;
  }
  out += first ? "}" : "\n }";
  if (!get_hosts_.empty()) {
    out += ",\n \"get_hosts\": {";
    bool first_host = true;
    for (const auto& [host, when] : get_hosts_) {
      out += first_host ? "\n  " : ",\n  ";
      out += fmt::format("{}: {}", nlohmann::json(host).dump(), when);
      first_host = false;
    }
    out += "\n }";
  }
  out += "\n}\n";
  return out;
}

void VerdictCache::Save(const std::string& path) const {
  if (!keep_reason_.empty()) return;  // Load said why
  WriteFileAtomically(path, Serialize());
}

}  // namespace awesomelint
