// paper-title: an entry whose title link is an arXiv or Hugging Face paper link, and
// whose title resembles neither the paper's title nor a name its title or abstract
// uses, is reported: a copy-pasted link under the wrong title, or an invented id under
// a plausible one. The paper's title and abstract come from the link check (arXiv's
// export API, Hugging Face's paper API); with --offline there is nothing to compare.
// The measure: model/paper_title.h, documented in docs/rules/paper-title.md.
#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <vector>

#include "awesomelint/lint/rule.h"
#include "awesomelint/model/paper_title.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

using Weight = RuleReporter::Weight;

// "arXiv 2401.01234" or "Hugging Face paper 2401.01234": the paper as the finding names it.
std::string PaperName(const LinkResult& result) {
  std::string_view key = result.key;
  size_t colon = key.rfind(':');
  std::string id(colon == std::string_view::npos ? key : key.substr(colon + 1));
  return result.provider == "arxiv" ? "arXiv " + id : "Hugging Face paper " + id;
}

class PaperTitleRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "paper-title",
        "An entry's title names the paper its arXiv or Hugging Face link points at",
        {"research", "links", "network", "entry"},
        Severity::kWarning,
        /*fixable=*/false,
        {{"withdrawn", "boolean", "true", "Also report links to papers their authors withdrew"}}};
    return kMeta;
  }

  void Configure(const nlohmann::json& options) override {
    withdrawn_ = OptionBool(options, "paper-title", "withdrawn", true);
  }

  void Check(const Document& doc, const Entries& entries, const LintContext& context,
             RuleReporter& out) const override {
    if (!context.links) return;
    std::vector<const LinkResult*> results = ResultsByLink(doc, context.links);
    for (const Entry& entry : entries) {
      int index = entry.title_link;
      if (index < 0 || !results[index] || !results[index]->meta.paper) continue;
      const LinkResult& result = *results[index];
      const PaperMeta& paper = *result.meta.paper;
      const Link& link = doc.links()[index];
      if (withdrawn_ && paper.withdrawn)
        out.Report(link.dest,
                   fmt::format("links to a paper its authors withdrew: '{}' ({})", paper.title,
                               PaperName(result)),
                   Weight::kPrimary);
      std::vector<std::string> titles;
      for (const std::string& title : {entry.title, link.text})
        if (!IsGenericLinkText(title) &&
            std::find(titles.begin(), titles.end(), title) == titles.end())
          titles.push_back(title);
      if (titles.empty() || paper.title.empty()) continue;
      if (MatchPaperTitle(titles, paper.title, paper.abstract).matches) continue;
      out.Report(link.dest, fmt::format("links to '{}' ({}); did you mean to link the paper "
                                        "titled like this entry?",
                                        Shorten(paper.title, 160), PaperName(result)));
    }
  }

 private:
  bool withdrawn_ = true;
};

}  // namespace

std::unique_ptr<Rule> MakePaperTitleRule() {
  return std::make_unique<PaperTitleRule>();
}

}  // namespace awesomelint
