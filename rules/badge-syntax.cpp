// badge-syntax: a linked badge [![alt](image)](target) has alt text, a real
// target, an image that is an image, and a well-formed shields.io route.
#include <fmt/format.h>
#include <algorithm>
#include <array>

#include "awesomelint/lint/rule.h"
#include "awesomelint/model/badges.h"
#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/errors.h"

namespace awesomelint {
namespace {

bool IsOneOf(std::string_view value, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), value) != set.end();
}

// Why `image` is certainly not an image (a PDF, a paper's page), or empty.
std::string NotAnImage(std::string_view raw, const std::optional<Url>& url) {
  std::string ext =
      url ? PathExtension(*url) : PathExtension(raw.substr(0, raw.find_first_of("?#")));
  if (IsOneOf(ext, {"svg", "png", "gif", "jpg", "jpeg", "webp", "ico", "bmp", "avif", "apng"}))
    return {};
  if (IsOneOf(ext, {"pdf", "html", "htm", "md", "txt", "zip", "ipynb"}))
    return fmt::format("a .{} file", ext);
  if (!url) return {};
  if (ArxivFromUrl(*url)) return "an arXiv page";
  if (DoiFromUrl(*url)) return "a DOI link";
  if (auto repo = GithubRepoFromUrl(*url)) {
    std::string_view rest = repo->rest;
    bool page = rest.empty() || rest == "/" || rest.rfind("/tree/", 0) == 0 ||
                rest.rfind("/issues", 0) == 0 || rest.rfind("/pull", 0) == 0 ||
                rest.rfind("/releases", 0) == 0 || rest.rfind("/wiki", 0) == 0;
    if (page) return "a GitHub repository page";
  }
  if (auto hf = HuggingFaceFromUrl(*url)) {
    if (url->path.find("/resolve/") == std::string::npos &&
        url->path.find("/raw/") == std::string::npos)
      return "a Hugging Face page";
  }
  return {};
}

// What is malformed in a shields.io route, or empty.
std::string ShieldsProblem(const ShieldsRoute& route, const Url& url) {
  const std::vector<std::string>& s = route.segments;
  if (s.empty()) return "the route is empty";
  if (s[0] == "badge" && s.size() >= 2 && (s[1] == "dynamic" || s[1] == "endpoint")) {
    // Dynamic badges take their data from the query string.
  } else if (s[0] == "badge") {
    std::string content;  // shields takes the rest of the path, slashes included
    for (size_t i = 1; i < s.size(); ++i) content += (i > 1 ? "/" : "") + s[i];
    if (!ParseStaticBadge(content))
      return "a static badge is /badge/LABEL-MESSAGE-COLOR or /badge/MESSAGE-COLOR (write '-' as "
             "'--')";
  } else if (s[0] == "github" && route.host != "badgen.net" && s.size() >= 2) {
    std::string_view kind = s[1];
    bool user_or_repo = kind == "stars";
    bool repo_only = IsOneOf(kind, {"forks", "watchers", "license", "contributors", "issues",
                                    "issues-pr", "issues-closed", "repo-size", "created-at"});
    size_t n = s.size();
    if ((repo_only && n != 4) || (user_or_repo && n != 3 && n != 4))
      return fmt::format("/github/{} needs /github/{}/OWNER/REPO", kind, kind);
  }
  for (std::string_view query = url.query; !query.empty();) {
    size_t amp = query.find('&');
    std::string_view pair = query.substr(0, amp);
    if (pair.rfind("style=", 0) == 0) {
      std::string_view style = pair.substr(6);
      if (!IsOneOf(style, {"plastic", "flat", "flat-square", "for-the-badge", "social"}))
        return fmt::format(
            "style '{}' is not one of plastic, flat, flat-square, for-the-badge, social", style);
    }
    if (amp == std::string_view::npos) break;
    query.remove_prefix(amp + 1);
  }
  return {};
}

// Why a badge's target is a placeholder, or empty.
std::string PlaceholderTarget(std::string_view target, const std::optional<Url>& url) {
  if (target.empty()) return "it is empty";
  if (target == "#") return "'#' is a placeholder";
  if (!url) return {};
  if (auto hf = HuggingFaceFromUrl(*url); hf && hf->kind == HfKind::kListing && url->query.empty())
    return fmt::format("{} is Hugging Face's listing, not a repository", target);
  if ((url->bare_host() == "github.com" || url->bare_host() == "huggingface.co") &&
      (url->path == "/" || url->path.empty()))
    return fmt::format("{} is a site's front page", target);
  return {};
}

bool HasAlt(const Link& image) {
  return image.text.find_first_not_of(" \t") != std::string::npos;
}

// A list that leaves badges without alt text on purpose is not told so on every
// line. Markdown badges and HTML ones (<a href><img alt></a>) are judged each by
// the list's own habit with them.
struct AltHabit {
  bool markdown = false;
  bool html = false;
  bool For(const Link& badge) const { return badge.syntax == LinkSyntax::kHtml ? html : markdown; }
};
AltHabit MostBadgesHaveAlt(const Document& doc) {
  size_t badges[2] = {0, 0}, with_alt[2] = {0, 0};
  for (const Link& link : doc.links()) {
    if (!link.is_badge()) continue;
    int html = link.syntax == LinkSyntax::kHtml;
    ++badges[html];
    with_alt[html] += HasAlt(doc.links()[link.image_child]);
  }
  return {with_alt[0] * 2 > badges[0], with_alt[1] * 2 > badges[1]};
}

class BadgeSyntaxRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "badge-syntax",
        "Linked badges have alt text, a real target and an image that is an image",
        {"research", "badge"},
        Severity::kError,
        /*fixable=*/false,
        {{"alt-text", "string", "\"auto\"",
          "\"required\": every badge needs alt text; \"auto\": only when most of the list's "
          "badges have it; \"off\""}}};
    return kMeta;
  }

  void Configure(const nlohmann::json& options) override {
    alt_text_ = OptionString(options, "badge-syntax", "alt-text", "auto");
    if (alt_text_ != "auto" && alt_text_ != "required" && alt_text_ != "off")
      throw InputError(fmt::format(
          "option badge-syntax.alt-text must be \"auto\", \"required\" or \"off\", not \"{}\"",
          alt_text_));
  }

  void Check(const Document& doc, const Entries&, const LintContext&,
             RuleReporter& out) const override {
    AltHabit habit = MostBadgesHaveAlt(doc);
    for (size_t i = 0; i < doc.links().size(); ++i) {
      const Link& link = doc.links()[i];
      if (!link.is_badge()) continue;
      const Link& image = doc.links()[link.image_child];
      const std::optional<Url>& image_url = doc.url(link.image_child);
      bool check_alt = alt_text_ == "required" || (alt_text_ == "auto" && habit.For(link));
      if (check_alt && !HasAlt(image))
        out.Report(image.span,
                   link.syntax == LinkSyntax::kHtml
                       ? "Badge image has no alt text: write <img src=\"...\" alt=\"Label\">"
                       : "Badge image has no alt text: write [![Label](image)](target)",
                   RuleReporter::Weight::kSecondary);
      if (std::string why = PlaceholderTarget(link.url, doc.url(i)); !why.empty())
        out.Report(link.syntax == LinkSyntax::kHtml ? link.dest : link.span,
                   fmt::format("Badge links nowhere: {}", why));
      if (std::string why = NotAnImage(image.url, image_url); !why.empty())
        out.Report(image.dest,
                   fmt::format("Badge image {} is {}, not an image", doc.RawUrl(image), why));
      if (!image_url) continue;
      if (auto route = ParseShieldsRoute(*image_url)) {
        if (std::string why = ShieldsProblem(*route, *image_url); !why.empty())
          out.Report(image.dest, fmt::format("Malformed {} badge: {}", route->host, why));
      }
    }
  }

 private:
  std::string alt_text_ = "auto";
};

}  // namespace

std::unique_ptr<Rule> MakeBadgeSyntaxRule() {
  return std::make_unique<BadgeSyntaxRule>();
}

}  // namespace awesomelint
