// Every rule, by id. Adding a rule: rules/<id>.cpp, one line here, one line in
// rules.h, docs/rules/<id>.md and tests/rules/<id>/ (scripts/new_rule.py does it).
#include "registry.h"

#include <set>

#include "rules.h"

namespace awesomelint {

std::vector<std::unique_ptr<Rule>> CreateAllRules() {
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(MakeArxivIdRule());
  rules.push_back(MakeBadgeSyntaxRule());
  rules.push_back(MakeBadgeTargetRule());
  rules.push_back(MakeCategoryTagRule());
  rules.push_back(MakeDateFormatRule());
  rules.push_back(MakeDateOrderRule());
  rules.push_back(MakeDuplicateLinkRule());
  rules.push_back(MakeEmptyLinkRule());
  rules.push_back(MakeHttpsRule());
  rules.push_back(MakeInlineConfigRule());
  rules.push_back(MakeLinkCheckRule());
  rules.push_back(MakeTocAnchorsRule());
  return rules;
}

std::vector<std::string> AllRuleNames() {
  std::set<std::string> names;
  for (const auto& rule : CreateAllRules()) {
    names.emplace(rule->meta().id);
    for (std::string_view tag : rule->meta().tags) names.emplace(tag);
  }
  return {names.begin(), names.end()};
}

std::vector<std::string> AllRuleIds() {
  std::vector<std::string> ids;
  for (const auto& rule : CreateAllRules()) ids.emplace_back(rule->meta().id);
  return ids;
}

}  // namespace awesomelint
