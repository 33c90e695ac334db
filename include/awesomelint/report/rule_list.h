// The rule catalog as users read it: --list-rules (text or JSON) and the index of
// docs/rules/README.md (Markdown), all from rule metadata.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "awesomelint/lint/rule.h"

namespace awesomelint {

// One rule a line (id, default severity, fixable, summary), its options below it.
void WriteRuleListText(std::ostream& out, const std::vector<const RuleMeta*>& rules);
// {"rules": [{"id", "summary", "tags", "presets", "default_severity", "fixable", "options",
// "docs"}]}; a rule's presets are those of `presets` it has the tag of (a preset's rules
// are the rules with its tag).
void WriteRuleListJson(std::ostream& out, const std::vector<const RuleMeta*>& rules,
                       const std::vector<std::string>& presets);
// The table of docs/rules/README.md: each rule linked to its page (`page_prefix` + id + ".md").
std::string RuleListMarkdown(const std::vector<const RuleMeta*>& rules,
                             std::string_view page_prefix = "");

}  // namespace awesomelint
