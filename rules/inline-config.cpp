// inline-config: <!-- awesomelint-disable RULE --> comments name rules that exist.
#include <fmt/format.h>
#include <algorithm>

#include "awesomelint/lint/rule.h"
#include "awesomelint/support/suggest.h"

namespace awesomelint {
namespace {

class InlineConfigRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "inline-config",        "awesomelint-disable/enable comments name existing rules",
        {"research", "config"}, Severity::kWarning,
        /*fixable=*/false,      {}};
    return kMeta;
  }

  void Check(const Document& doc, const Entries&, const LintContext& context,
             RuleReporter& out) const override {
    const std::vector<std::string>& known = context.rule_names;
    static const std::vector<std::string> kinds = {"disable", "enable", "disable-line",
                                                   "disable-next-line", "disable-file"};
    for (const Directive& directive : doc.directives()) {
      if (directive.lint_comment) {
        // remark-lint's comments may name its own rules, which awesomelint has not.
        if (directive.kind == Directive::Kind::kUnknown) ReportUnknownLintKeyword(directive, out);
        continue;
      }
      if (directive.kind == Directive::Kind::kUnknown) {
        auto guess = ClosestMatch(directive.name, kinds, 3);
        out.Report(
            directive.span,
            fmt::format(
                "Unknown comment 'awesomelint-{}'{}", directive.name,
                DidYouMean(guess ? std::optional("awesomelint-" + *guess) : std::nullopt, '\'',
                           "; use awesomelint-disable, -enable, -disable-line, "
                           "-disable-next-line or -disable-file")));
        continue;
      }
      for (const std::string& rule : directive.rules) {
        if (std::find(known.begin(), known.end(), rule) != known.end()) continue;
        auto guess = ClosestMatch(rule, known, SuggestionBudget(rule));
        out.Report(
            directive.span,
            fmt::format("Unknown rule '{}' in an awesomelint comment{}", rule,
                        DidYouMean(guess, '\'', "; awesomelint --list-rules shows them all")));
      }
    }
  }

 private:
  static void ReportUnknownLintKeyword(const Directive& directive, RuleReporter& out) {
    static const std::vector<std::string> kinds = {"disable", "enable", "ignore"};
    auto guess = ClosestMatch(directive.name, kinds, 3);
    out.Report(directive.span,
               fmt::format("Unknown comment 'lint {}'{}", directive.name,
                           DidYouMean(guess ? std::optional("lint " + *guess) : std::nullopt, '\'',
                                      "; use lint disable, lint enable or lint ignore")));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeInlineConfigRule() {
  return std::make_unique<InlineConfigRule>();
}

}  // namespace awesomelint
