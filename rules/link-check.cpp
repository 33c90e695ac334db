// link-check: the link phase's verdicts, at each link's line and column. Only
// the verdicts in links.fail-on (broken, by default) are errors; a permanent
// redirect is a warning with a fix; timeouts and errors are warnings; a bot wall
// is a note. With --offline there are no verdicts and nothing to report.
#include <fmt/format.h>
#include <algorithm>

#include <re2/re2.h>
#include "awesomelint/lint/rule.h"

#include "awesomelint/model/badges.h"
#include "awesomelint/model/closed_services.h"
#include "awesomelint/model/identifiers.h"
#include "awesomelint/model/redirect_fix.h"

namespace awesomelint {
namespace {

using Weight = RuleReporter::Weight;

class LinkCheckRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{"link-check",
                                "Links resolve: broken links fail, moved links can be rewritten",
                                {"research", "links", "network"},
                                Severity::kError,
                                /*fixable=*/true,
                                {}};
    return kMeta;
  }

  void Check(const Document& doc, const Entries& entries, const LintContext& context,
             RuleReporter& out) const override {
    if (!context.links) return;
    for (const LinkResult& result : context.links->results) {
      for (const LinkLocation& location : result.locations) {
        if (location.file != doc.path()) continue;
        Report(doc, entries, location.link, result, context, out);
      }
    }
  }

 private:
  static void Report(const Document& doc, const Entries& entries, int index,
                     const LinkResult& result, const LintContext& context, RuleReporter& out) {
    const Link& link = doc.links()[index];
    LinkVerdict verdict = result.verdict == LinkVerdict::kCached ? result.checked : result.verdict;
    auto fails = [&](LinkVerdict v) {
      return std::find(context.fail_on.begin(), context.fail_on.end(), v) != context.fail_on.end();
    };
    Weight weight = fails(verdict) ? Weight::kPrimary : Weight::kSecondary;
    // Every finding names the link as written, so a report alone says which it is.
    std::string url(doc.RawUrl(link));
    switch (verdict) {
      case LinkVerdict::kBroken:
        out.Report(link.dest,
                   fmt::format("Broken link {}: {}{}", url, Detail(result, "it does not exist"),
                               Successor(doc, entries, index)),
                   weight);
        return;
      case LinkVerdict::kRedirected: {
        if (result.final_url.empty()) {  // --remap led it where the list cannot follow
          out.Report(link.dest,
                     fmt::format("Link {} moved permanently{}", url,
                                 result.detail.empty() ? "" : " (" + result.detail + ")"),
                     weight);
          return;
        }
        // Rewritten only when the target is the same resource moved (never a front
        // page, a sign-in or an error page), where the file writes the URL itself (not
        // through escapes), and never across a line break: a fix keeps the file's lines.
        long s = result.http_status;
        if (s == 302 || s == 303 || s == 307) {  // temporary: reported, never a fix
          bool front = LeadsToFrontPage(url, result.final_url);
          out.Report(link.dest,
                     fmt::format("Link {} is sent (HTTP {}, for now) to {}{}{}", url, s,
                                 front ? "the site's front page " : "", result.final_url,
                                 front ? ": the page is probably gone" : ""),
                     weight);
          return;
        }
        RedirectFix judged = JudgeRedirect(url, result.final_url);
        // A provider's API names the resource's new address itself (a renamed
        // repository): no guess about the target is needed.
        if (result.provider != "http" && !result.provider.empty()) judged.reason.clear();
        std::optional<Fix> fix;
        bool one_line = judged.url.find_first_of("\r\n") == std::string::npos &&
                        link.url.find_first_of("\r\n") == std::string::npos;
        if (judged.reason.empty() && one_line && url == link.url && link.dest.size() > 0) {
          fix = Fix{link.dest, judged.url};
          if (result.provider == "github") RenameBadges(doc, entries, index, result, *fix);
        }
        std::string note = result.detail;
        if (!judged.reason.empty())
          note = fmt::format("{}not rewritten: {}", note.empty() ? "" : note + "; ", judged.reason);
        out.Report(link.dest,
                   fmt::format("Link {} moved permanently to {}{}", url, result.final_url,
                               note.empty() ? "" : " (" + note + ")"),
                   weight, std::move(fix));
        return;
      }
      case LinkVerdict::kBlocked:
        out.Report(link.dest,
                   fmt::format("Link {} not verified: {} — a bot wall or a login; the page is "
                               "probably there",
                               url, Detail(result, "access denied")),
                   fails(verdict) ? Weight::kPrimary : Weight::kNote);
        return;
      case LinkVerdict::kTimeout:
        out.Report(link.dest,
                   fmt::format("Link {} timed out: {}", url, Detail(result, "no answer")), weight);
        return;
      case LinkVerdict::kError:
        out.Report(
            link.dest,
            fmt::format("Link {} could not be checked: {}", url, Detail(result, "no answer")),
            weight);
        return;
      case LinkVerdict::kPrivateRedirect:
        out.Report(link.dest,
                   fmt::format("Link {} redirects into a private network: {}", url,
                               Detail(result, "not followed")),
                   weight);
        return;
      case LinkVerdict::kRateLimited:
        out.Report(link.dest,
                   fmt::format("Link {} not checked: {}", url, Detail(result, "rate-limited")),
                   fails(verdict) ? Weight::kPrimary : Weight::kNote);
        return;
      case LinkVerdict::kAlive:
        if (result.warn)
          out.Report(link.dest, fmt::format("Link {} works, but: {}", url, result.detail),
                     Weight::kSecondary);
        return;
      case LinkVerdict::kExcluded:
      case LinkVerdict::kCached:
      case LinkVerdict::kUnchecked:  // said once for the run: no network
        return;
    }
  }

  // A closed paper service's link: where the entry's paper lives now, when the
  // link or another link of the entry names its arXiv id.
  static std::string Successor(const Document& doc, const Entries& entries, int index) {
    const std::optional<Url>& url = doc.url(index);
    const ClosedService* service = url ? ClosedServiceOf(*url) : nullptr;
    if (!service || !service->papers) return {};
    std::string id = ArxivIdIn(url->path);
    if (int e = entries.EntryOf(index); id.empty() && e >= 0) {
      const Entry& entry = entries[e];
      for (int other : EntryLinks(entry)) {
        if (other < 0 || !doc.url(other)) continue;
        if (std::optional<ArxivRef> paper = ArxivFromUrl(*doc.url(other))) {
          id = paper->id;
          break;
        }
      }
    }
    return id.empty() ? "" : fmt::format("; the paper is at {}", PaperSuccessors(id));
  }

  // A renamed repository's star badges (any shields /github/ route) in the same entry
  // name the new owner/name too, in the same fix: a badge's edit goes with the fix of
  // the badge's own link when that links the repository, else with the entry's first
  // link to it.
  static void RenameBadges(const Document& doc, const Entries& entries, int index,
                           const LinkResult& result, Fix& fix) {
    int e = entries.EntryOf(index);
    std::optional<GithubRepo> to =
        ParseUrl(result.final_url) ? GithubRepoFromUrl(*ParseUrl(result.final_url)) : std::nullopt;
    if (e < 0 || !to || result.key.rfind("github:", 0) != 0) return;
    std::string from = result.key.substr(7), renamed = to->owner + "/" + to->name;
    std::vector<int> cited;  // the entry's links to this repository
    for (const LinkLocation& location : result.locations)
      if (location.file == doc.path() && entries.EntryOf(location.link) == e)
        cited.push_back(location.link);
    int first = *std::min_element(cited.begin(), cited.end());
    for (int badge : entries[e].badges) {
      bool badge_cites = std::find(cited.begin(), cited.end(), badge) != cited.end();
      if (badge_cites ? badge != index : first != index) continue;
      const Link& image = doc.links()[doc.links()[badge].image_child];
      if (doc.RawUrl(image) != image.url) continue;  // written through escapes
      if (std::optional<std::string> url = RenameGithubBadge(image.url, from, renamed))
        fix.also.push_back(Edit{image.dest, *url});
    }
  }

  // "2401.01234" in a path such as /paper/2401.01234 or /api/v0/papers/2401.01234v2.
  static std::string ArxivIdIn(std::string_view path) {
    static const RE2 kId(R"((?:^|[^0-9.])(\d{4}\.\d{4,5})(?:v\d+)?(?:$|[^0-9]))");
    std::string id;
    return RE2::PartialMatch(path, kId, &id) ? id : std::string();
  }

  static std::string Detail(const LinkResult& result, std::string_view fallback) {
    return result.detail.empty() ? std::string(fallback) : result.detail;
  }
};

}  // namespace

std::unique_ptr<Rule> MakeLinkCheckRule() {
  return std::make_unique<LinkCheckRule>();
}

}  // namespace awesomelint
