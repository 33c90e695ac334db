// awesome-badge: the Awesome badge sits in the main heading (awesome-lint's rule,
// rules/badge.js): a link to https://awesome.re or https://github.com/sindresorhus/awesome
// around one of the three badge images awesome.re serves, matched exactly. Reference links
// and images count too (they are links and images in the syntax tree), which awesome-lint,
// reading inline ones only, reported as a missing badge.
#include <algorithm>
#include <memory>
#include <string_view>

#include "awesome_headings.h"
#include "awesomelint/lint/rule.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/markdown/syntax_tree.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

constexpr std::string_view kBadgeTargets[] = {
    "https://awesome.re",
    "https://github.com/sindresorhus/awesome",
};
constexpr std::string_view kBadgeSources[] = {
    "https://awesome.re/badge.svg",
    "https://awesome.re/badge-flat.svg",
    "https://awesome.re/badge-flat2.svg",
};

template <size_t N>
bool OneOf(const std::string_view (&allowed)[N], std::string_view url) {
  return std::find(std::begin(allowed), std::end(allowed), url) != std::end(allowed);
}

class AwesomeBadgeRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "awesome-badge",        "The main heading carries the Awesome badge (awesome-lint's rule)",
        {"awesome", "heading"}, Severity::kOff,
        /*fixable=*/false,
        /*options=*/{},
    };
    return kMeta;
  }

  void Check(const Document& doc, const Entries&, const LintContext&,
             RuleReporter& out) const override {
    const SyntaxTree& tree = doc.tree();
    const std::vector<SyntaxNode>& nodes = tree.nodes();
    // awesome-lint judges every heading that opens its parent (index 0), so a "> ## Note"
    // opening a block quote lacked a badge too; only the file's first node can be the
    // main heading.
    int heading = nodes[SyntaxTree::kRoot].first_child;
    if (heading < 0 || nodes[heading].type != NodeType::kHeading ||
        !awesome::OpensTheFile(doc, nodes[heading]))
      return;
    bool has_badge = false;
    for (int link = nodes[heading].first_child; link >= 0; link = nodes[link].next) {
      if (nodes[heading].depth != 1 || nodes[link].type != NodeType::kLink ||
          !OneOf(kBadgeTargets, tree.Url(nodes[link])))
        continue;
      for (int image = nodes[link].first_child; image >= 0; image = nodes[image].next) {
        if (nodes[image].type != NodeType::kImage) continue;
        if (!OneOf(kBadgeSources, tree.Url(nodes[image]))) {
          out.Report(nodes[image].span, "Invalid badge source");
          return;
        }
        has_badge = true;
      }
    }
    if (!has_badge)
      out.Report(nodes[heading].span, "Missing Awesome badge next to the main heading");
  }
};

}  // namespace

std::unique_ptr<Rule> MakeAwesomeBadgeRule() {
  return std::make_unique<AwesomeBadgeRule>();
}

}  // namespace awesomelint
