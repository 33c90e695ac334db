// VerdictCache: link verdicts kept between runs (.awesomelint-cache.json). Only
// alive and redirected links are kept, so failures are always checked again;
// entries older than the maximum age are dropped; the file is written atomically.
#pragma once

#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "awesomelint/model/link_result.h"

namespace awesomelint {

class VerdictCache {
 public:
  struct Entry {
    LinkVerdict verdict = LinkVerdict::kAlive;
    long http_status = 0;
    std::string final_url;
    std::string detail;
    bool warn = false;
    long long checked = 0;  // Unix seconds
  };

  // A missing file is an empty cache; so is a corrupt one, with a warning.
  static VerdictCache Load(const std::string& path, std::chrono::seconds max_age,
                           std::vector<std::string>& warnings);

  const Entry* Find(const std::string& key) const;
  // Keeps a result checked now, if it is worth keeping (alive or redirected).
  void Store(const LinkResult& result, long long now);
  // Throws InputError when the file cannot be written (the old one stays as it was).
  void Save(const std::string& path) const;

 private:
  std::map<std::string, Entry> entries_;
};

}  // namespace awesomelint
