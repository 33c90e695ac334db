// VerdictCache: link verdicts kept between runs (.awesomelint-cache.json). Only
// alive and redirected links are kept, so failures are always checked again;
// entries older than the maximum age are dropped; the file is written atomically.
// It also keeps the hosts that misanswer HEAD, so that a rerun asks them with GET.
// What a provider's API said of a resource (ResourceMeta) is kept with its verdict
// and has an age limit of its own: an entry whose metadata is older is asked again.
//
// In CI the cache comes from the repository, so from whoever opened the pull
// request: it is read only from a regular file of bounded size and nesting,
// every value is type- and range-checked (a bad entry is dropped, once warned
// about, and the cache rewritten), and a file that is not an awesomelint cache
// is never replaced by one.
#pragma once

#include <chrono>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/model/link_result.h"

namespace awesomelint {

class VerdictCache {
 public:
  static constexpr size_t kMaxBytes = 64 << 20;  // some 400,000 links
  static constexpr int kMaxDepth = 8;            // it has 5 levels

  struct Ages {
    std::chrono::seconds verdict{0};  // --max-cache-age
    std::chrono::seconds meta{0};     // --max-meta-age
  };

  struct Entry {
    LinkVerdict verdict = LinkVerdict::kAlive;
    long http_status = 0;
    std::string final_url;
    std::string detail;
    bool warn = false;
    long long checked = 0;  // Unix seconds
    ResourceMeta meta;
    // When the provider's API was last asked (0: never, an entry of an older version):
    // an entry whose provider says more than a verdict is used only while this is young.
    long long meta_checked = 0;
  };

  // A missing file is an empty cache; so is a corrupt one, with a warning.
  static VerdictCache Load(const std::string& path, Ages max_age,
                           std::vector<std::string>& warnings);
  // The cache in `text`, read from `path`, judged at Unix time `now`.
  static VerdictCache Parse(std::string_view text, const std::string& path, Ages max_age,
                            long long now, std::vector<std::string>& warnings);

  // The entry for `key`, unless its provider reads metadata (Provider::ReadsMetadata)
  // and what it read is missing or too old.
  const Entry* Find(const std::string& key, bool reads_metadata) const;
  size_t size() const { return entries_.size(); }
  // Keeps a result checked now, if it is worth keeping (alive or redirected); a
  // provider's metadata that this check did not get again is kept while it is young.
  void Store(const LinkResult& result, long long now, bool reads_metadata);

  // Hosts whose pages are asked with GET directly (they misanswer HEAD), each with
  // when it was found, kept as long as verdicts are.
  const std::map<std::string, long long>& get_hosts() const { return get_hosts_; }
  // Remembers `host` as found now, unless it is remembered already.
  void RememberGetHost(const std::string& host, long long now) { get_hosts_.emplace(host, now); }
  // The file's text, keys sorted.
  std::string Serialize() const;
  // Writes Serialize() to `path` atomically, unless what was there when the
  // cache was loaded is not an awesomelint cache (Load warned then). Throws
  // InputError when the file cannot be written (the old one stays as it was).
  void Save(const std::string& path) const;

 private:
  std::map<std::string, Entry> entries_;
  std::map<std::string, long long> get_hosts_;
  // Why the file found at load time may not be replaced; empty: it may.
  std::string keep_reason_;
};

}  // namespace awesomelint
