// Factories of the individual rules; the registry lists them.
#pragma once

#include <memory>

#include "awesomelint/lint/rule.h"

namespace awesomelint {

std::unique_ptr<Rule> MakeArxivIdRule();
std::unique_ptr<Rule> MakeBadgeSyntaxRule();
std::unique_ptr<Rule> MakeBadgeTargetRule();
std::unique_ptr<Rule> MakeCategoryTagRule();
std::unique_ptr<Rule> MakeDateFormatRule();
std::unique_ptr<Rule> MakeDateOrderRule();
std::unique_ptr<Rule> MakeDuplicateLinkRule();
std::unique_ptr<Rule> MakeEmptyLinkRule();
std::unique_ptr<Rule> MakeHttpsRule();
std::unique_ptr<Rule> MakeInlineConfigRule();
std::unique_ptr<Rule> MakeLinkCheckRule();
std::unique_ptr<Rule> MakeTocAnchorsRule();

}  // namespace awesomelint
