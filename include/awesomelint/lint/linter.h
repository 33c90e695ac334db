// Linter: the engine. It is handed every rule there is (the registry's catalog),
// keeps those a config and the command line switch on, and runs them over a
// parsed file: severities resolved, inline suppressions applied, and with
// --changed-since only the findings on changed lines kept.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "awesomelint/config/config.h"
#include "awesomelint/entries/entries.h"
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
  // `catalog` holds one fresh instance of every rule. Throws InputError for
  // unknown keys, rules, severities or options in `config` or `overrides`.
  Linter(std::vector<std::unique_ptr<Rule>> catalog, const Config& config,
         const RuleOverrides& overrides);
  ~Linter();

  std::vector<Diagnostic> Lint(const Document& doc, const Entries& entries,
                               const LintContext& context) const;
  std::vector<Diagnostic> Lint(const ParsedFile& file, const LintContext& context) const {
    return Lint(*file.doc, file.entries, context);
  }

  struct ActiveRule {
    std::unique_ptr<Rule> rule;
    Severity severity;
  };
  const std::vector<ActiveRule>& rules() const { return rules_; }
  // Whether `rule` runs (it is on, at any severity).
  bool Runs(std::string_view rule) const;
  // The lines of `doc` where inline comments switch `rule` off.
  std::function<bool(int line)> SwitchedOff(const Document& doc, const std::string& rule) const;
  // Every rule id and tag of the catalog, sorted: the names configs and inline
  // comments may use.
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::vector<ActiveRule> rules_;
  RuleTags tags_;
  std::vector<std::string> names_;
};

// Drops findings that inline comments switch off (<!-- awesomelint-disable ... -->),
// naming rules by id or tag.
void ApplyDirectives(const Document& doc, std::vector<Diagnostic>& diagnostics,
                     const RuleTags& tags);

// The lines of `doc` where inline comments switch `rule` off (by its id or a tag).
std::function<bool(int line)> RuleOffAt(const Document& doc, const std::string& rule,
                                        const RuleTags& tags);

// Keeps the findings that touch a changed line; the rest belong to what was there before.
void KeepChanged(std::vector<Diagnostic>& diagnostics, const ChangedLines& changed);

}  // namespace awesomelint
