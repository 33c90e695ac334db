// toc-anchors: every in-page "#anchor" names a heading, by GitHub's slug rules
// (lower case, punctuation dropped, spaces to '-', repeats numbered -1, -2),
// or an HTML id/name in the file.
#include <fmt/format.h>
#include <unordered_set>

#include "awesomelint/lint/rule.h"
#include "awesomelint/model/url.h"
#include "awesomelint/support/suggest.h"
#include "nearest_name.h"
#include "support/unicode.h"

namespace awesomelint {
namespace {

class TocAnchorsRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{"toc-anchors",
                                "In-page #anchors resolve to a heading (GitHub's slugs)",
                                {"research", "links", "toc"},
                                Severity::kError,
                                /*fixable=*/true,
                                {}};
    return kMeta;
  }

  void Check(const Document& doc, const Entries&, const LintContext&,
             RuleReporter& out) const override {
    std::unordered_set<std::string> anchors = {"top", "readme"};  // GitHub's own page anchors
    std::vector<std::string> slugs;
    for (const Heading& heading : doc.headings()) {
      anchors.insert(heading.slug);  // lower case already: GithubSlug lowers first
      slugs.push_back(heading.slug);
    }
    for (const HtmlAnchor& anchor : doc.html_anchors())
      anchors.insert(unicode::LowerCase(anchor.name));
    NearestName nearest(slugs, NearestName::WorkBudget(doc.text().size()));
    for (const Link& link : doc.links()) {
      if (link.image || link.url.size() < 2 || link.url[0] != '#') continue;
      std::string fragment = PercentDecode(std::string_view(link.url).substr(1));
      std::string_view name = fragment;
      if (name.rfind("user-content-", 0) == 0) name.remove_prefix(13);
      // GitHub's scripts match fragments to ids case-insensitively, in every script.
      if (anchors.count(unicode::LowerCase(name))) continue;
      auto guess = nearest.Find(name, std::max<int>(2, static_cast<int>(name.size()) / 3));
      std::optional<Fix> fix;
      if (guess && link.dest.size() == link.url.size()) fix = Fix{link.dest, "#" + *guess};
      out.Report(link.dest,
                 fmt::format("No heading has the anchor '#{}'{}", fragment,
                             DidYouMean(guess ? std::optional("#" + *guess) : std::nullopt)),
                 RuleReporter::Weight::kPrimary, std::move(fix));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeTocAnchorsRule() {
  return std::make_unique<TocAnchorsRule>();
}

}  // namespace awesomelint
