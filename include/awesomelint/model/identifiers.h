// Identifiers of the providers research lists link to (arXiv, GitHub, Hugging
// Face, Zenodo, DOI), read from their URLs without touching the network.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "awesomelint/model/date.h"
#include "awesomelint/model/url.h"

namespace awesomelint {

struct ArxivRef {
  std::string id;       // "2307.14334" or "hep-th/9901001", without version
  std::string version;  // "v2" or empty
};
// Splits "2307.14334v2" (or "hep-th/9901001v2") into id and version.
ArxivRef SplitArxivVersion(std::string_view text);
// The paper an arxiv.org (abs, pdf, html, ...) or 10.48550 DOI URL names; nullopt for
// other arXiv pages (listings, help). The id is not validated: see ArxivIdProblem.
std::optional<ArxivRef> ArxivFromUrl(const Url& url);
// Empty when `id` (with optional version) is a well-formed arXiv identifier that can
// exist on `today`; otherwise what is wrong with it.
std::string ArxivIdProblem(std::string_view id, const CalendarDate& today);

struct GithubRepo {
  std::string owner;
  std::string name;
  std::string rest;         // path after owner/name, e.g. "/tree/main/src"
  std::string key() const;  // lower-case "owner/name"
};
// The repository a github.com URL points into; nullopt for profiles and site pages.
std::optional<GithubRepo> GithubRepoFromUrl(const Url& url);
// Whether `name` may stand in an API path as an owner or a repository name: letters, digits,
// '-', '_' and '.', and not "." or ".." (a path segment that climbs).
bool IsSafeGithubName(std::string_view name);

enum class HfKind { kModel, kDataset, kSpace, kPaper, kListing };
struct HfRef {
  HfKind kind = HfKind::kModel;
  std::string id;  // "namespace/name", an arXiv id for papers, empty for listings
};
std::string_view HfKindName(HfKind kind);
// What a huggingface.co URL names; nullopt for profiles and site pages.
std::optional<HfRef> HuggingFaceFromUrl(const Url& url);

// The DOI (lower case) that a doi.org / dx.doi.org / zenodo.org/doi URL names.
std::optional<std::string> DoiFromUrl(const Url& url);
// The Zenodo record number a zenodo.org record URL or a 10.5281/zenodo.N DOI names.
std::optional<std::string> ZenodoRecordFromUrl(const Url& url);
std::optional<std::string> ZenodoRecordFromDoi(std::string_view doi);

}  // namespace awesomelint
