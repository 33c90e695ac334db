// awesome-license: the list has no License section (awesome-lint's rule, rules/license.js):
// GitHub detects the license from the repository's license file, and awesome-github checks
// that it did. The first heading anywhere whose text, in lower case, is exactly "license"
// or "licence" is reported.
#include <memory>
#include <string>

#include "awesomelint/lint/rule.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/markdown/syntax_tree.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

class AwesomeLicenseRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "awesome-license",
        "The list has no License section; GitHub detects the license file instead (awesome-lint's "
        "rule)",
        {"awesome", "files"},
        Severity::kOff,
        /*fixable=*/false,
        /*options=*/{},
    };
    return kMeta;
  }

  void Check(const Document& doc, const Entries&, const LintContext&,
             RuleReporter& out) const override {
    const SyntaxTree& tree = doc.tree();
    for (int i = 0; i < static_cast<int>(tree.nodes().size()); ++i) {
      if (tree[i].type != NodeType::kHeading) continue;
      // JavaScript's toLowerCase turns no other character into these ASCII letters.
      std::string text = ToLower(tree.ToString(i));
      if (text == "license" || text == "licence") {
        out.Report(tree[i].span, "Forbidden license section found");
        return;
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeAwesomeLicenseRule() {
  return std::make_unique<AwesomeLicenseRule>();
}

}  // namespace awesomelint
