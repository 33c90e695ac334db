// awesome-contributing: a contributing guide sits beside the list and says something
// (awesome-lint's rule, rules/contributing.js). Looked for as awesome-lint does —
// contributing.md, then .github/contributing.md, names in any case — and also where GitHub
// itself looks: docs/contributing.md. A list read from standard input has no folder: the
// rule says nothing of it.
#include <memory>
#include <optional>
#include <string>

#include "awesomelint/lint/rule.h"
#include "beside_files.h"

namespace awesomelint {
namespace {

class AwesomeContributingRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "awesome-contributing",
        "A non-empty contributing.md sits beside the list (awesome-lint's rule)",
        {"awesome", "files"},
        Severity::kOff,
        /*fixable=*/false,
        {}};
    return kMeta;
  }

  void Check(const Document& doc, const Entries&, const LintContext&,
             RuleReporter& out) const override {
    std::optional<std::filesystem::path> directory = beside::ListDirectory(doc);
    if (!directory) return;
    std::optional<std::string> found = beside::FindBeside(
        *directory, {"contributing.md", ".github/contributing.md", "docs/contributing.md"});
    if (!found) {
      out.Report(Span{0, 0}, "Missing file contributing.md");
      return;
    }
    // A file that cannot be read whole (too large, unreadable, gone meanwhile) is not judged.
    std::optional<std::string> text = beside::ReadBeside(*directory, *found);
    if (text && beside::Blank(*text))
      out.Report(Span{0, 0}, "contributing.md file must not be empty");
  }
};

}  // namespace

std::unique_ptr<Rule> MakeAwesomeContributingRule() {
  return std::make_unique<AwesomeContributingRule>();
}

}  // namespace awesomelint
