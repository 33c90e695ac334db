// Every rule, by id. Adding a rule: rules/<id>.cpp (which defines its factory),
// one declaration and one list entry here, docs/rules/<id>.md and
// tests/rules/<id>/ — scripts/new_rule.py writes them all.
#include "registry.h"

namespace awesomelint {

// The factories, each defined in rules/<id>.cpp.
std::unique_ptr<Rule> MakeArxivIdRule();
std::unique_ptr<Rule> MakeAwesomeBadgeRule();
std::unique_ptr<Rule> MakeAwesomeCodeOfConductRule();
std::unique_ptr<Rule> MakeAwesomeContributingRule();
std::unique_ptr<Rule> MakeAwesomeGithubRule();
std::unique_ptr<Rule> MakeAwesomeHeadingRule();
std::unique_ptr<Rule> MakeAwesomeLicenseRule();
std::unique_ptr<Rule> MakeAwesomeListItemRule();
std::unique_ptr<Rule> MakeAwesomeNoCiBadgeRule();
std::unique_ptr<Rule> MakeAwesomeSpellCheckRule();
std::unique_ptr<Rule> MakeAwesomeTocRule();
std::unique_ptr<Rule> MakeBadgeSyntaxRule();
std::unique_ptr<Rule> MakeBadgeTargetRule();
std::unique_ptr<Rule> MakeBalancedPunctuationRule();
std::unique_ptr<Rule> MakeCategoryTagRule();
std::unique_ptr<Rule> MakeDateFormatRule();
std::unique_ptr<Rule> MakeDateOrderRule();
std::unique_ptr<Rule> MakeDoubleLinkRule();
std::unique_ptr<Rule> MakeDuplicateLinkRule();
std::unique_ptr<Rule> MakeEmptyLinkRule();
std::unique_ptr<Rule> MakeHttpsRule();
std::unique_ptr<Rule> MakeInlineConfigRule();
std::unique_ptr<Rule> MakeLinkCheckRule();
std::unique_ptr<Rule> MakeNoRepeatItemInDescriptionRule();
std::unique_ptr<Rule> MakePaperTitleRule();
std::unique_ptr<Rule> MakeRepoHealthRule();
std::unique_ptr<Rule> MakeSortOrderRule();
std::unique_ptr<Rule> MakeTocAnchorsRule();
std::unique_ptr<Rule> MakeUnreadBlocksRule();

namespace {

using RuleFactory = std::unique_ptr<Rule> (*)();

// Sorted by rule id.
constexpr RuleFactory kRules[] = {
    MakeArxivIdRule,
    MakeAwesomeBadgeRule,
    MakeAwesomeCodeOfConductRule,
    MakeAwesomeContributingRule,
    MakeAwesomeGithubRule,
    MakeAwesomeHeadingRule,
    MakeAwesomeLicenseRule,
    MakeAwesomeListItemRule,
    MakeAwesomeNoCiBadgeRule,
    MakeAwesomeSpellCheckRule,
    MakeAwesomeTocRule,
    MakeBadgeSyntaxRule,
    MakeBadgeTargetRule,
    MakeBalancedPunctuationRule,
    MakeCategoryTagRule,
    MakeDateFormatRule,
    MakeDateOrderRule,
    MakeDoubleLinkRule,
    MakeDuplicateLinkRule,
    MakeEmptyLinkRule,
    MakeHttpsRule,
    MakeInlineConfigRule,
    MakeLinkCheckRule,
    MakeNoRepeatItemInDescriptionRule,
    MakePaperTitleRule,
    MakeRepoHealthRule,
    MakeSortOrderRule,
    MakeTocAnchorsRule,
    MakeUnreadBlocksRule,
};

}  // namespace

std::vector<std::unique_ptr<Rule>> CreateAllRules() {
  std::vector<std::unique_ptr<Rule>> rules;
  for (RuleFactory make : kRules) rules.push_back(make());
  return rules;
}

std::vector<std::string> AllRuleIds() {
  std::vector<std::string> ids;
  for (const auto& rule : CreateAllRules()) ids.emplace_back(rule->meta().id);
  return ids;
}

}  // namespace awesomelint
