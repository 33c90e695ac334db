// awesome-github: the list lives in a GitHub repository that has a description, the
// "awesome" and "awesome-list" topics and a license GitHub detects (awesome-lint's
// rules/github.js). Rules never touch the network: the CLI finds the repository (the git
// checkout's remote) and asks GitHub's API about it, and hands the rule the answer as
// data, LintContext::list_repository. Without one (--offline, standard input, the API
// did not answer), the rule says nothing, as awesome-lint says nothing when its request
// fails.
#include <algorithm>
#include <memory>
#include <string_view>

#include "awesomelint/lint/rule.h"

namespace awesomelint {
namespace {

bool HasTopic(const ListRepository& repository, std::string_view topic) {
  return std::find(repository.topics.begin(), repository.topics.end(), topic) !=
         repository.topics.end();
}

class AwesomeGithubRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "awesome-github",
        "The GitHub repository has a description, the awesome and awesome-list topics and a "
        "license (awesome-lint's rule)",
        {"awesome", "network"},
        Severity::kOff,
        /*fixable=*/false,
        {}};
    return kMeta;
  }

  void Check(const Document&, const Entries&, const LintContext& context,
             RuleReporter& out) const override {
    const ListRepository* repository = context.list_repository;
    if (!repository) return;
    switch (repository->state) {
      case ListRepository::State::kNotAGitCheckout:
        out.Report(Span{0, 0}, "Awesome list must reside in a valid git repository");
        return;
      case ListRepository::State::kNotOnGithub:
        out.Report(Span{0, 0}, "Repository should be on GitHub");
        return;
      case ListRepository::State::kUnknown:
        return;  // the run's warnings said why
      case ListRepository::State::kFound:
        break;
    }
    if (repository->description.empty())
      out.Report(Span{0, 0}, "The repository should have a description");
    // An answer without topics says nothing of them (awesome-lint: `data.topics && ...`).
    if (repository->has_topics && !HasTopic(*repository, "awesome"))
      out.Report(Span{0, 0}, "The repository should have \"awesome\" as a GitHub topic");
    if (repository->has_topics && !HasTopic(*repository, "awesome-list"))
      out.Report(Span{0, 0}, "The repository should have \"awesome-list\" as a GitHub topic");
    if (repository->license.empty()) out.Report(Span{0, 0}, "License was not detected by GitHub");
  }
};

}  // namespace

std::unique_ptr<Rule> MakeAwesomeGithubRule() {
  return std::make_unique<AwesomeGithubRule>();
}

}  // namespace awesomelint
