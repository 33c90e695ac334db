// repo-health: what GitHub says of each linked repository — archived or disabled
// (a warning: the project is no longer kept), or no commit on its default branch for
// longer than `stale-after` months (a note, or a warning when configured). The facts
// come from the link check (GraphQL with a token; REST or the repository's page
// without); with --offline there are none. Each repository is reported once a file,
// where the file first links it; --format markdown gathers the findings in a
// "Repository health" table.
#include <fmt/format.h>

#include <set>
#include <string>
#include <vector>

#include "awesomelint/lint/rule.h"
#include "awesomelint/support/errors.h"

namespace awesomelint {
namespace {

using Weight = RuleReporter::Weight;

// Whether `date` lies more than `months` months before `today`.
bool OlderThan(const CalendarDate& date, int months, const CalendarDate& today) {
  int since = (today.year - date.year) * 12 + (today.month - date.month);
  return since > months || (since == months && today.day > date.day);
}

class RepoHealthRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "repo-health",
        "Linked GitHub repositories are neither archived, disabled nor stale",
        {"research", "links", "network"},
        Severity::kWarning,
        /*fixable=*/false,
        {{"stale-after", "integer", "24",
          "Months without a commit on the default branch after which a repository is "
          "stale (0: never)"},
         {"stale-level", "string", "\"info\"",
          "How a stale repository is reported: info (a note) or warning"}}};
    return kMeta;
  }

  void Configure(const nlohmann::json& options) override {
    stale_after_ = static_cast<int>(OptionInt(options, "repo-health", "stale-after", 24, 0, 1200));
    std::string level = OptionString(options, "repo-health", "stale-level", "info");
    if (level != "info" && level != "warning")
      throw InputError(fmt::format(
          "option repo-health.stale-level: \"{}\" is not a level; expected info or warning",
          level));
    stale_weight_ = level == "warning" ? Weight::kPrimary : Weight::kNote;
  }

  void Check(const Document& doc, const Entries& /*entries*/, const LintContext& context,
             RuleReporter& out) const override {
    if (!context.links) return;
    std::vector<const LinkResult*> results = ResultsByLink(doc, context.links);
    std::set<const LinkResult*> reported;
    for (size_t i = 0; i < results.size(); ++i) {
      const LinkResult* result = results[i];
      if (!result || !result->meta.repo || !reported.insert(result).second) continue;
      // At the link's start, where the link check places it (the markdown report's
      // Repository health table finds the repository there).
      Judge(*result, doc.links()[i].span, context.today, out);
    }
  }

 private:
  void Judge(const LinkResult& result, Span at, const CalendarDate& today,
             RuleReporter& out) const {
    const RepoMeta& repo = *result.meta.repo;
    std::string name = RepositoryName(result);
    const std::string& when = repo.last_activity();
    CalendarDate last = ParseIsoDate(std::string_view(when).substr(0, 10));
    bool dated = last.year > 0;
    bool commit = !repo.last_commit.empty();  // else the last push, all REST says
    if (repo.disabled) {
      out.Report(at, fmt::format("Repository {} is disabled by GitHub: it cannot be used", name));
    } else if (repo.archived) {
      out.Report(
          at, fmt::format(
                  "Repository {} is archived: read-only, no longer maintained{}", name,
                  dated ? fmt::format(" (last {} {})", commit ? "commit" : "push", IsoString(last))
                        : std::string()));
    } else if (dated && stale_after_ > 0 && OlderThan(last, stale_after_, today)) {
      out.Report(at,
                 fmt::format("Repository {} has had no {} since {} (more than {} months)", name,
                             commit ? "commit on its default branch" : "push", IsoString(last),
                             stale_after_),
                 stale_weight_);
    }
  }

  int stale_after_ = 24;
  Weight stale_weight_ = Weight::kNote;
};

}  // namespace

std::unique_ptr<Rule> MakeRepoHealthRule() {
  return std::make_unique<RepoHealthRule>();
}

}  // namespace awesomelint
