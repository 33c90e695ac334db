// The rule pages (docs/rules/RULE.md), built into the binary for --explain.
#pragma once

#include <map>
#include <string_view>

namespace awesomelint {

// Rule id -> its page, as Markdown.
const std::map<std::string_view, std::string_view>& RuleDocs();

}  // namespace awesomelint
