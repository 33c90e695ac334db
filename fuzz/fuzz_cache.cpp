// fuzz_cache: .awesomelint-cache.json as anyone may write it (in CI it comes from the
// repository). The input is the file's text: VerdictCache::Parse reads what it can
// (warning about the rest), and what it read must survive a round trip — its
// Serialize() parses back, without a warning, into a cache that serializes the same.
// Parse never throws: a bad cache is an empty one with a warning.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/model/link_result.h"
#include "links/verdict_cache.h"

namespace awesomelint {
namespace {

constexpr char kPath[] = ".awesomelint-cache.json";
constexpr long long kNow = 1750000000;  // 2025-06-15
constexpr VerdictCache::Ages kMaxAge{std::chrono::seconds(365LL * 24 * 60 * 60),
                                     std::chrono::seconds(30LL * 24 * 60 * 60)};

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "fuzz_cache: %s\n", what.c_str());
  std::abort();
}

void RoundTrip(std::string_view text) {
  std::vector<std::string> warnings;
  VerdictCache cache = VerdictCache::Parse(text, kPath, kMaxAge, kNow, warnings);
  std::string saved = cache.Serialize();

  std::vector<std::string> again;
  VerdictCache reread = VerdictCache::Parse(saved, kPath, kMaxAge, kNow, again);
  if (!again.empty()) Fail("a saved cache reads back with a warning: " + again[0] + "\n" + saved);
  if (reread.size() != cache.size()) Fail("a saved cache reads back with other entries\n" + saved);
  if (reread.Serialize() != saved) Fail("a saved cache reads back as another cache\n" + saved);

  // Stored results are kept, and found under their key.
  LinkResult result;
  result.key = std::string(text.substr(0, text.find('\n')));
  result.verdict = LinkVerdict::kRedirected;
  result.http_status = 301;
  result.final_url = "https://example.org/moved";
  result.provider = "github";
  result.meta.repo = RepoMeta{"o/r", true, false, 7, "2024-01-01T00:00:00Z", ""};
  cache.Store(result, kNow, /*reads_metadata=*/true);
  const VerdictCache::Entry* found = cache.Find(result.key, /*reads_metadata=*/true);
  if (!found || found->final_url != result.final_url) Fail("a stored result is not found");
  if (!found->meta.repo || !found->meta.repo->archived) Fail("a stored result lost its metadata");
  std::vector<std::string> stored;
  VerdictCache::Parse(cache.Serialize(), kPath, kMaxAge, kNow, stored);
  if (!stored.empty()) Fail("a cache with a stored result reads back with a warning: " + stored[0]);
}

}  // namespace
}  // namespace awesomelint

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  awesomelint::RoundTrip(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
