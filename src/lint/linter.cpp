#include "awesomelint/lint/linter.h"

#include <fmt/format.h>
#include <algorithm>
#include <set>

#include "awesomelint/support/errors.h"
#include "awesomelint/support/suggest.h"
#include "support/parallel.h"

namespace awesomelint {
namespace {

struct RuleSetting {
  bool enabled = true;
  Severity severity = Severity::kError;
  nlohmann::json options = nlohmann::json::object();
};

bool HasTag(const RuleMeta& meta, std::string_view tag) {
  return std::find(meta.tags.begin(), meta.tags.end(), tag) != meta.tags.end();
}

void ApplySeverityName(const std::string& name, const std::string& where, RuleSetting& setting) {
  std::optional<Severity> severity = ParseSeverity(name);
  if (!severity) {
    auto guess = ClosestMatch(name, {"error", "warning", "info", "off"}, 2);
    throw InputError(fmt::format("{}: unknown severity \"{}\"{}", where, name,
                                 DidYouMean(guess, '"', "; use error, warning, info or off")));
  }
  setting.enabled = *severity != Severity::kOff;
  if (setting.enabled) setting.severity = *severity;
}

// Applies one config value to a rule's setting; options only under the rule's own id.
void ApplyValue(const nlohmann::json& value, const std::string& key, const Config& config,
                const RuleMeta& meta, bool own_key, RuleSetting& setting) {
  std::string where = config.Where(key);
  if (value.is_boolean()) {
    // A tag (or "default", or a preset's tag) switched on leaves a rule that is off by
    // default off: only its own id, or a severity, turns such a rule on.
    bool off_by_default = meta.default_severity == Severity::kOff;
    if (!(value.get<bool>() && off_by_default && !own_key)) setting.enabled = value.get<bool>();
  } else if (value.is_string()) {
    ApplySeverityName(value.get<std::string>(), where, setting);
  } else if (value.is_object()) {
    // An object enables the rule; "severity" then "enabled" (which wins) refine that.
    setting.enabled = true;
    if (auto it = value.find("severity"); it != value.end()) {
      if (!it->is_string())
        throw InputError(fmt::format("{}: \"severity\" must be a string", where));
      ApplySeverityName(it->get<std::string>(), where, setting);
    }
    if (auto it = value.find("enabled"); it != value.end()) {
      if (!it->is_boolean())
        throw InputError(fmt::format("{}: \"enabled\" must be true or false", where));
      setting.enabled = it->get<bool>();
    }
    for (auto& [name, item] : value.items()) {
      if (name == "enabled" || name == "severity") {
        continue;
      } else if (own_key) {
        std::vector<std::string> names;
        for (const RuleOption& option : meta.options) names.emplace_back(option.name);
        if (std::find(names.begin(), names.end(), name) == names.end()) {
          auto guess = ClosestMatch(name, names, SuggestionBudget(name));
          throw InputError(fmt::format(
              "{}: {} has no option \"{}\"{}", config.Where(name, key), meta.id, name,
              DidYouMean(guess, '"',
                         names.empty()
                             ? std::string("; it takes none")
                             : fmt::format("; its options are: {}", fmt::join(names, ", ")))));
        }
        setting.options[name] = item;
      } else {
        throw InputError(fmt::format(
            "{}: \"{}\" names a group of rules; set options under a rule id", where, key));
      }
    }
  } else {
    throw InputError(fmt::format(
        "{}: \"{}\" must be true, false, a severity (\"error\", \"warning\", \"info\", \"off\") "
        "or an object of options",
        where, key));
  }
}

std::vector<std::string> KnownKeys(const std::vector<std::unique_ptr<Rule>>& rules) {
  std::set<std::string> keys = {"default"};
  for (const auto& rule : rules) {
    keys.emplace(rule->meta().id);
    for (std::string_view tag : rule->meta().tags) keys.emplace(tag);
  }
  return {keys.begin(), keys.end()};
}

void CheckKnown(const std::string& name, const std::vector<std::string>& known,
                const std::string& where, std::string_view what) {
  if (std::find(known.begin(), known.end(), name) != known.end()) return;
  auto guess = ClosestMatch(name, known, SuggestionBudget(name));
  throw InputError(
      fmt::format("{}: unknown {} \"{}\"{}", where, what, name,
                  DidYouMean(guess, '"', "; awesomelint --list-rules shows them all")));
}

Severity Lower(Severity severity) {
  return severity == Severity::kError ? Severity::kWarning : Severity::kInfo;
}

}  // namespace

Linter::Linter(std::vector<std::unique_ptr<Rule>> all, const Config& config,
               const RuleOverrides& overrides) {
  std::vector<std::string> known = KnownKeys(all);
  for (const std::string& key : known)
    if (key != "default") names_.push_back(key);
  for (auto& [key, value] : config.rules.items()) {
    (void)value;
    CheckKnown(key, known, config.Where(key), "rule or tag");
  }
  for (const std::string& name : overrides.enable)
    CheckKnown(name, known, "--enable", "rule or tag");
  for (const std::string& name : overrides.disable)
    CheckKnown(name, known, "--disable", "rule or tag");

  for (auto& rule : all) {
    const RuleMeta& meta = rule->meta();
    RuleSetting setting;
    setting.enabled = meta.default_severity != Severity::kOff;
    setting.severity = setting.enabled ? meta.default_severity : Severity::kWarning;
    // Least specific first: "default", then tags, then the rule's own id.
    if (config.rules.contains("default"))
      ApplyValue(config.rules["default"], "default", config, meta, false, setting);
    for (auto& [key, value] : config.rules.items())
      if (HasTag(meta, key)) ApplyValue(value, key, config, meta, false, setting);
    if (config.rules.contains(std::string(meta.id)))
      ApplyValue(config.rules[std::string(meta.id)], std::string(meta.id), config, meta, true,
                 setting);
    auto named = [&](const std::vector<std::string>& names) {
      return std::any_of(names.begin(), names.end(),
                         [&](const std::string& n) { return n == meta.id || HasTag(meta, n); });
    };
    // --disable default is "default": false on the command line: every rule off but
    // those --enable names (least specific first, as in a config); --enable default the
    // same with true.
    auto all = [](const std::vector<std::string>& names) {
      return std::find(names.begin(), names.end(), "default") != names.end();
    };
    if (all(overrides.enable)) setting.enabled = true;
    if (all(overrides.disable)) setting.enabled = false;
    if (named(overrides.enable)) setting.enabled = true;
    if (named(overrides.disable)) setting.enabled = false;
    if (!setting.enabled) continue;
    try {
      rule->Configure(setting.options);
    } catch (const InputError& error) {
      throw InputError(fmt::format("{}: {}", config.Where(std::string(meta.id)), error.what()));
    }
    tags_[std::string(meta.id)] = meta.tags;
    rules_.push_back({std::move(rule), setting.severity});
  }
}

Linter::~Linter() = default;

bool Linter::Runs(std::string_view rule) const {
  return std::any_of(rules_.begin(), rules_.end(),
                     [&](const ActiveRule& active) { return active.rule->meta().id == rule; });
}

std::function<bool(int line)> Linter::SwitchedOff(const Document& doc,
                                                  const std::string& rule) const {
  return RuleOffAt(doc, rule, tags_);
}

std::vector<Diagnostic> Linter::Lint(const Document& doc, const Entries& entries,
                                     const LintContext& given) const {
  LintContext context = given;
  context.rule_names = names_;
  context.switched_off = [&](const std::string& rule) { return RuleOffAt(doc, rule, tags_); };
  // Rules only read the file: on a large list they run side by side.
  std::vector<RuleReporter> reporters(rules_.size());
  size_t threads = doc.links().size() >= 4096 ? 2 : 1;
  RunInParallel(rules_.size(), threads,
                [&](size_t i) { rules_[i].rule->Check(doc, entries, context, reporters[i]); });
  std::vector<Diagnostic> diagnostics;
  for (size_t r = 0; r < rules_.size(); ++r) {
    const ActiveRule& active = rules_[r];
    RuleReporter& reporter = reporters[r];
    for (RuleReporter::Finding& finding : reporter.findings()) {
      Diagnostic d;
      d.rule = std::string(active.rule->meta().id);
      d.severity = finding.weight == RuleReporter::Weight::kPrimary     ? active.severity
                   : finding.weight == RuleReporter::Weight::kSecondary ? Lower(active.severity)
                                                                        : Severity::kInfo;
      d.message = std::move(finding.message);
      d.span = finding.span;
      d.begin = doc.lines().PositionOf(finding.span.begin);
      d.end = doc.lines().PositionOf(std::max(finding.span.end, finding.span.begin));
      d.fix = std::move(finding.fix);
      diagnostics.push_back(std::move(d));
    }
  }
  ApplyDirectives(doc, diagnostics, tags_);
  if (context.changed) KeepChanged(diagnostics, *context.changed);
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.begin, a.rule) < std::tie(b.begin, b.rule);
                   });
  // A reference definition used twice is one finding, not two.
  auto same = [](const Diagnostic& a, const Diagnostic& b) {
    return a.rule == b.rule && a.span == b.span && a.message == b.message;
  };
  diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(), same), diagnostics.end());
  return diagnostics;
}

void KeepChanged(std::vector<Diagnostic>& diagnostics, const ChangedLines& changed) {
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    return !changed.Intersects(d.begin.line, std::max(d.begin.line, d.end.line));
  });
}

}  // namespace awesomelint
