// The registry: every rule awesomelint has, in one explicit list sorted by id.
// --list-rules, the docs index, SARIF's rule table, the names configs and inline
// comments accept, and the engine's catalog all come from it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "awesomelint/lint/rule.h"

namespace awesomelint {

// A fresh, unconfigured instance of every rule, sorted by id: the Linter's catalog.
std::vector<std::unique_ptr<Rule>> CreateAllRules();

// Every rule id, sorted.
std::vector<std::string> AllRuleIds();

}  // namespace awesomelint
