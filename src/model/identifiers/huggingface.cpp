#include <algorithm>
#include <array>

#include "awesomelint/model/identifiers.h"

namespace awesomelint {
namespace {

// First path segments of huggingface.co that are site pages, not namespaces.
constexpr std::array<std::string_view, 22> kSitePages = {"api",
                                                         "blog",
                                                         "chat",
                                                         "collections",
                                                         "docs",
                                                         "join",
                                                         "learn",
                                                         "login",
                                                         "posts",
                                                         "pricing",
                                                         "settings",
                                                         "tasks",
                                                         "organizations",
                                                         "enterprise",
                                                         "inference-endpoints",
                                                         "welcome",
                                                         "search",
                                                         "terms-of-service",
                                                         "privacy",
                                                         "changelog",
                                                         "hardware",
                                                         "new"};

}  // namespace

std::string_view HfKindName(HfKind kind) {
  switch (kind) {
    case HfKind::kModel:
      return "model";
    case HfKind::kDataset:
      return "dataset";
    case HfKind::kSpace:
      return "space";
    case HfKind::kPaper:
      return "paper";
    case HfKind::kListing:
      return "listing";
  }
  return "model";
}

std::optional<HfRef> HuggingFaceFromUrl(const Url& url) {
  std::string_view host = url.bare_host();
  if (host != "huggingface.co" && host != "hf.co") return std::nullopt;
  std::vector<std::string_view> s = url.segments();
  if (s.empty()) return std::nullopt;
  auto kind_of = [](std::string_view first) -> std::optional<HfKind> {
    if (first == "models") return HfKind::kModel;
    if (first == "datasets") return HfKind::kDataset;
    if (first == "spaces") return HfKind::kSpace;
    if (first == "papers") return HfKind::kPaper;
    return std::nullopt;
  };
  if (auto kind = kind_of(s[0])) {
    if (s.size() == 1) return HfRef{HfKind::kListing, ""};
    if (*kind == HfKind::kPaper) return HfRef{*kind, std::string(s[1])};
    if (*kind == HfKind::kModel) return HfRef{HfKind::kListing, ""};  // /models/...
    if (s.size() == 2) return HfRef{HfKind::kListing, ""};  // an owner's datasets or spaces
    return HfRef{*kind, std::string(s[1]) + "/" + std::string(s[2])};
  }
  if (std::find(kSitePages.begin(), kSitePages.end(), s[0]) != kSitePages.end())
    return std::nullopt;
  if (s.size() < 2) return std::nullopt;  // a user or organisation profile
  return HfRef{HfKind::kModel, std::string(s[0]) + "/" + std::string(s[1])};
}

}  // namespace awesomelint
