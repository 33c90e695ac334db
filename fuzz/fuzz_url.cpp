// fuzz_url: URLs as links write them — ParseUrl and its parts, CanonicalKey,
// percent-decoding, the provider identifiers (arXiv, GitHub, Hugging Face, DOI,
// Zenodo), what badge URLs say, and ResolveUrl (a redirect's Location against the
// URL asked). The input is a URL; a second line, when there is one, is a Location
// resolved against the first. None of these may throw or crash on any text.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "awesomelint/model/badges.h"
#include "awesomelint/model/identifiers.h"
#include "awesomelint/model/url.h"
#include "links/check_session.h"

namespace awesomelint {
namespace {

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "fuzz_url: %s\n", what.c_str());
  std::abort();
}

void Identifiers(std::string_view text) {
  const CalendarDate today{2025, 6, 15};
  ArxivRef split = SplitArxivVersion(text);
  ArxivIdProblem(split.id, today);
  ArxivIdProblem(text, today);
  ZenodoRecordFromDoi(text);
  ParseStaticBadge(text);
  PathExtension(text);
  HasScheme(text);
  PercentDecode(text);

  std::optional<Url> url = ParseUrl(text);
  std::string key = CanonicalKey(text);
  if (!url) {
    if (key != text) Fail("the key of a text that is no URL is not the text");
    return;
  }
  if (CanonicalKey(*url) != key) Fail("CanonicalKey(text) != CanonicalKey(ParseUrl(text))");
  url->bare_host();
  url->segments();
  if (std::optional<ArxivRef> arxiv = ArxivFromUrl(*url)) ArxivIdProblem(arxiv->id, today);
  if (std::optional<GithubRepo> repo = GithubRepoFromUrl(*url)) repo->key();
  if (std::optional<HfRef> hf = HuggingFaceFromUrl(*url)) HfKindName(hf->kind);
  DoiFromUrl(*url);
  ZenodoRecordFromUrl(*url);
  ParseShieldsRoute(*url);
  HuggingFaceBadgeKind(*url);
  ZenodoBadgeDoi(*url);
  ZenodoBadgeGithubId(*url);
  PathExtension(*url);
}

void Resolve(const std::string& text) {
  HostOf(text);
  size_t newline = text.find('\n');
  if (newline == std::string::npos) {
    ResolveUrl("https://api.example.org/api/records/1/versions/latest", text);
    ResolveUrl(text, "/api/records/2");
    return;
  }
  std::string base = text.substr(0, newline);
  std::string location = text.substr(newline + 1);
  std::string resolved = ResolveUrl(base, location);
  if (!resolved.empty()) HostOf(resolved);
}

}  // namespace
}  // namespace awesomelint

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  size_t newline = text.find('\n');
  awesomelint::Identifiers(std::string_view(text).substr(0, newline));
  awesomelint::Identifiers(text);
  awesomelint::Resolve(text);
  return 0;
}
