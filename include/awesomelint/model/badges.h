// Badges: what a badge image says (a shields.io route, a Hugging Face badge
// family, a Zenodo DOI), read from its URL, never by fetching it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/model/identifiers.h"
#include "awesomelint/model/url.h"

namespace awesomelint {

// A shields.io (or badgen.net) route: "/github/stars/o/r.svg" -> {"github","stars","o","r"}.
struct ShieldsRoute {
  std::string host;
  std::vector<std::string> segments;  // percent-decoded, the last one without ".svg"/".png"/".json"
};
std::optional<ShieldsRoute> ParseShieldsRoute(const Url& url);

// "/badge/LABEL-MESSAGE-COLOR" with shields' escapes ("--" is "-", "_" is " ").
struct StaticBadge {
  std::string label;
  std::string message;
  std::string color;
};
std::optional<StaticBadge> ParseStaticBadge(std::string_view content);

// The kind a huggingface/badges image announces ("model-on-hf-md.svg" -> model).
std::optional<HfKind> HuggingFaceBadgeKind(const Url& image);

// "zenodo.org/badge/DOI/10.5281/zenodo.N.svg" -> the DOI, lower case.
std::optional<std::string> ZenodoBadgeDoi(const Url& image);
// "zenodo.org/badge/N.svg" -> N, a GitHub repository id.
std::optional<std::string> ZenodoBadgeGithubId(const Url& image);

// A GitHub shields badge of repository `from` ("owner/name", any case) rewritten to name
// `to` instead: "https://img.shields.io/github/stars/old/tool.svg?style=social" ->
// ".../github/stars/new/tool.svg?style=social". nullopt when `image` is no such badge or
// does not write the repository plainly.
std::optional<std::string> RenameGithubBadge(std::string_view image, std::string_view from,
                                             std::string_view to);

// The file extension of a URL's path, lower case, without the dot ("svg").
std::string PathExtension(const Url& url);
std::string PathExtension(std::string_view path);

}  // namespace awesomelint
