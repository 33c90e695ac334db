#include "awesomelint/model/badges.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

std::string_view StripImageExtension(std::string_view segment) {
  for (std::string_view ext : {".svg", ".png", ".json"}) {
    if (segment.size() > ext.size() && segment.substr(segment.size() - ext.size()) == ext)
      return segment.substr(0, segment.size() - ext.size());
  }
  return segment;
}

std::string Unescape(std::string_view part) {
  std::string out;
  for (size_t i = 0; i < part.size(); ++i) {
    if (part[i] == '_' && i + 1 < part.size() && part[i + 1] == '_') {
      out += '_';
      ++i;
    } else if (part[i] == '-' && i + 1 < part.size() && part[i + 1] == '-') {
      out += '-';
      ++i;
    } else {
      out += part[i] == '_' ? ' ' : part[i];
    }
  }
  return out;
}

}  // namespace

std::string PathExtension(std::string_view path) {
  size_t slash = path.rfind('/');
  std::string_view last = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = last.rfind('.');
  if (dot == std::string_view::npos || dot + 1 == last.size()) return {};
  return ToLower(last.substr(dot + 1));
}

std::string PathExtension(const Url& url) {
  return PathExtension(url.path);
}

std::optional<ShieldsRoute> ParseShieldsRoute(const Url& url) {
  std::string_view host = url.bare_host();
  if (host != "img.shields.io" && host != "shields.io" && host != "badgen.net") return std::nullopt;
  ShieldsRoute route;
  route.host = std::string(host);
  std::vector<std::string_view> segments = url.segments();
  for (size_t i = 0; i < segments.size(); ++i) {
    std::string_view segment =
        i + 1 == segments.size() ? StripImageExtension(segments[i]) : segments[i];
    route.segments.push_back(PercentDecode(segment));
  }
  return route;
}

std::optional<StaticBadge> ParseStaticBadge(std::string_view content) {
  // Split on single dashes; "--" is an escaped dash.
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i < content.size(); ++i) {
    if (content[i] != '-') continue;
    if (i + 1 < content.size() && content[i + 1] == '-') {
      ++i;
      continue;
    }
    parts.push_back(content.substr(start, i - start));
    start = i + 1;
  }
  parts.push_back(content.substr(start));
  if (parts.size() < 2 || parts.back().empty()) return std::nullopt;
  StaticBadge badge;
  badge.color = Unescape(parts.back());
  badge.message = Unescape(parts[parts.size() - 2]);
  for (size_t i = 0; i + 2 < parts.size(); ++i) {
    if (i) badge.label += ' ';
    badge.label += Unescape(parts[i]);
  }
  return badge;
}

std::optional<HfKind> HuggingFaceBadgeKind(const Url& image) {
  if (image.path.find("/huggingface/badges/") == std::string::npos) return std::nullopt;
  std::string_view file = image.path;
  file = file.substr(file.rfind('/') + 1);
  if (file.rfind("model-on-hf", 0) == 0) return HfKind::kModel;
  if (file.rfind("dataset-on-hf", 0) == 0) return HfKind::kDataset;
  if (file.rfind("open-in-hf-spaces", 0) == 0 || file.rfind("deploy-on-spaces", 0) == 0 ||
      file.rfind("deploy-to-spaces", 0) == 0)
    return HfKind::kSpace;
  if (file.rfind("paper-page", 0) == 0) return HfKind::kPaper;
  return std::nullopt;
}

std::optional<std::string> ZenodoBadgeDoi(const Url& image) {
  if (image.bare_host() != "zenodo.org") return std::nullopt;
  constexpr std::string_view kPrefix = "/badge/DOI/";
  if (image.path.rfind(kPrefix, 0) != 0) return std::nullopt;
  std::string_view doi = StripImageExtension(std::string_view(image.path).substr(kPrefix.size()));
  return ToLower(PercentDecode(doi));
}

std::optional<std::string> ZenodoBadgeGithubId(const Url& image) {
  if (image.bare_host() != "zenodo.org") return std::nullopt;
  std::vector<std::string_view> s = image.segments();
  if (s.size() != 2 || s[0] != "badge") return std::nullopt;
  std::string_view id = StripImageExtension(s[1]);
  if (id.empty() || id.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  return std::string(id);
}

std::optional<std::string> RenameGithubBadge(std::string_view image, std::string_view from,
                                             std::string_view to) {
  std::optional<Url> url = ParseUrl(image);
  if (!url) return std::nullopt;
  std::optional<ShieldsRoute> route = ParseShieldsRoute(*url);
  // /github/KIND/OWNER/NAME[...]: stars, forks, last-commit, license, ...
  if (!route || route->segments.size() < 4 || route->segments[0] != "github") return std::nullopt;
  std::string named = route->segments[2] + "/" + route->segments[3];
  if (ToLower(named) != ToLower(from)) return std::nullopt;
  std::string written = "/" + route->segments[1] + "/" + named;
  size_t at = image.find(written);
  if (at == std::string_view::npos) return std::nullopt;  // percent-encoded: left alone
  size_t begin = at + route->segments[1].size() + 2;
  std::string out(image);
  out.replace(begin, named.size(), to);
  return out;
}

}  // namespace awesomelint
