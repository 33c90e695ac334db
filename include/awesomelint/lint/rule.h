// Rule: one check over a parsed file (its Document and its Entries). A rule has
// static metadata, reads its options once in Configure, and reports findings
// through a RuleReporter. Rules never touch the network: the link check's
// verdicts reach them as data (LintContext::links).
#pragma once

#include <cstdint>
#include <functional>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/entries/entries.h"
#include "awesomelint/lint/diagnostic.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/model/changed_lines.h"
#include "awesomelint/model/date.h"
#include "awesomelint/model/link_result.h"
#include "awesomelint/model/list_repository.h"

namespace awesomelint {

struct RuleOption {
  std::string_view name;
  std::string_view type;           // "string", "string[]", "boolean", "integer"
  std::string_view default_value;  // as JSON
  std::string_view description;
};

struct RuleMeta {
  std::string_view id;       // kebab-case, e.g. "date-format"
  std::string_view summary;  // one line
  std::vector<std::string_view> tags;
  Severity default_severity = Severity::kError;
  bool fixable = false;
  std::vector<RuleOption> options;
};

// What a check may know besides the file.
struct LintContext {
  CalendarDate today;                   // "future" is judged against it
  std::vector<std::string> rule_names;  // every rule id and tag (the Linter fills it)
  // The link check's verdicts, located by file and link index; null when --offline.
  const LinkReport* links = nullptr;
  std::vector<LinkVerdict> fail_on = {LinkVerdict::kBroken};  // verdicts that are errors
  // --changed-since: the lines of this file that changed (null: judge all of
  // it). The Linter keeps only findings there; rules comparing entries report on
  // the changed one of a pair.
  const ChangedLines* changed = nullptr;
  // Where inline comments switch a rule off: a function of the line, empty when none
  // does (the Linter fills it in). The Linter drops such findings itself; a rule asks
  // only when what it reports elsewhere depends on it (double-link's twin of a link).
  std::function<std::function<bool(int line)>(const std::string& rule)> switched_off;
  // The GitHub repository the file's list lives in (awesome-github, double-link); null
  // when no rule asked for it.
  const ListRepository* list_repository = nullptr;
};

class RuleReporter {
 public:
  // How a finding ranks against the rule's configured severity: kPrimary takes it,
  // kSecondary one level lower (error -> warning), kNote is always info.
  enum class Weight { kPrimary, kSecondary, kNote };

  void Report(Span span, std::string message, Weight weight = Weight::kPrimary,
              std::optional<Fix> fix = std::nullopt);

  struct Finding {
    Span span;
    std::string message;
    Weight weight;
    std::optional<Fix> fix;
  };
  std::vector<Finding>& findings() { return findings_; }

 private:
  std::vector<Finding> findings_;
};

class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleMeta& meta() const = 0;
  // `options` holds only keys named in meta().options; throws InputError on bad values.
  virtual void Configure(const nlohmann::json& options) { (void)options; }
  virtual void Check(const Document& doc, const Entries& entries, const LintContext& context,
                     RuleReporter& out) const = 0;
};

// The link check's result for each link of `doc`, by link index: null where the link
// was not checked (or `links` is null, --offline).
std::vector<const LinkResult*> ResultsByLink(const Document& doc, const LinkReport* links);

// Typed option access for Configure: throws InputError naming the rule and option.
std::vector<std::string> OptionStrings(const nlohmann::json& options, std::string_view rule,
                                       std::string_view name, std::vector<std::string> fallback);
std::string OptionString(const nlohmann::json& options, std::string_view rule,
                         std::string_view name, std::string fallback);
bool OptionBool(const nlohmann::json& options, std::string_view rule, std::string_view name,
                bool fallback);
// A whole number in [min, max].
int64_t OptionInt(const nlohmann::json& options, std::string_view rule, std::string_view name,
                  int64_t fallback, int64_t min, int64_t max);

}  // namespace awesomelint
