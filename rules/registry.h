// The registry: every rule awesomelint has, in one explicit, sorted list.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "awesomelint/lint/rule.h"

namespace awesomelint {

// A fresh, unconfigured instance of every rule, sorted by id.
std::vector<std::unique_ptr<Rule>> CreateAllRules();

// Every rule id, sorted.
std::vector<std::string> AllRuleIds();

// Every rule id and tag, sorted: the names config and inline comments accept.
std::vector<std::string> AllRuleNames();

}  // namespace awesomelint
