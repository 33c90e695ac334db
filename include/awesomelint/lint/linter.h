// Linter: the configured set of rules, run over documents, with severities
// resolved and inline suppressions applied.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "awesomelint/config/config.h"
#include "awesomelint/lint/diagnostic.h"
#include "awesomelint/lint/rule.h"
#include "awesomelint/markdown/document.h"

namespace awesomelint {

// The tags of each rule, by rule id.
using RuleTags = std::map<std::string, std::vector<std::string_view>, std::less<>>;

struct RuleOverrides {
  std::vector<std::string> enable;   // --enable RULE (ids or tags)
  std::vector<std::string> disable;  // --disable RULE (ids or tags)
};

class Linter {
 public:
  // Throws InputError for unknown keys, rules, severities or options.
  Linter(const Config& config, const RuleOverrides& overrides);
  ~Linter();

  std::vector<Diagnostic> Lint(const Document& doc, const LintContext& context) const;

  struct ActiveRule {
    std::unique_ptr<Rule> rule;
    Severity severity;
  };
  const std::vector<ActiveRule>& rules() const { return rules_; }

 private:
  std::vector<ActiveRule> rules_;
  RuleTags tags_;
};

// Drops findings that inline comments switch off (<!-- awesomelint-disable ... -->),
// naming rules by id or tag.
void ApplyDirectives(const Document& doc, std::vector<Diagnostic>& diagnostics,
                     const RuleTags& tags);

}  // namespace awesomelint
