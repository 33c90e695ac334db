// A catalog of stand-in rules for engine tests: real rule ids, tags, severities
// and options, but no checks. Tests of how the engine resolves a config use it,
// so adding a rule to the registry changes none of them.
#pragma once

#include <memory>
#include <vector>

#include "awesomelint/lint/rule.h"

namespace awesomelint::testing {

class StandInRule : public Rule {
 public:
  explicit StandInRule(RuleMeta meta) : meta_(std::move(meta)) {}
  const RuleMeta& meta() const override { return meta_; }
  // Options are checked by their declared type, as real rules check them.
  void Configure(const nlohmann::json& options) override {
    for (const RuleOption& option : meta_.options) {
      if (option.type == "string") OptionString(options, meta_.id, option.name, "");
      if (option.type == "boolean") OptionBool(options, meta_.id, option.name, false);
      if (option.type == "string[]") OptionStrings(options, meta_.id, option.name, {});
    }
  }
  void Check(const Document&, const Entries&, const LintContext&, RuleReporter&) const override {}

 private:
  RuleMeta meta_;
};

// Eight rules: two "dates", two "badge", three "links" (https a warning), one with
// no check on by default ("opt-in").
inline std::vector<std::unique_ptr<Rule>> StandInCatalog() {
  auto rule = [](std::string_view id, std::vector<std::string_view> tags, Severity severity,
                 std::vector<RuleOption> options = {}) -> std::unique_ptr<Rule> {
    return std::make_unique<StandInRule>(
        RuleMeta{id, "stand-in", std::move(tags), severity, false, std::move(options)});
  };
  std::vector<std::unique_ptr<Rule>> rules;
  rules.push_back(rule("arxiv-id", {"links", "arxiv"}, Severity::kError));
  rules.push_back(rule("badge-syntax", {"badge"}, Severity::kError));
  rules.push_back(rule("badge-target", {"badge"}, Severity::kError));
  rules.push_back(rule("category-tag", {"entry", "tags"}, Severity::kError,
                       {{"tags", "string[]", "[]", ""}, {"require", "boolean", "true", ""}}));
  rules.push_back(rule("date-format", {"entry", "dates"}, Severity::kError,
                       {{"format", "string", "\"\"", ""}, {"future", "boolean", "true", ""}}));
  rules.push_back(
      rule("date-order", {"entry", "dates"}, Severity::kError, {{"order", "string", "\"\"", ""}}));
  rules.push_back(rule("https", {"links", "security"}, Severity::kWarning));
  rules.push_back(rule("opt-in", {"links"}, Severity::kOff));
  return rules;
}

}  // namespace awesomelint::testing
