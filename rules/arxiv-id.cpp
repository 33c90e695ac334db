// arxiv-id: every link to an arXiv paper carries a valid identifier.
#include <fmt/format.h>
#include <cctype>

#include "awesomelint/lint/rule.h"
#include "awesomelint/model/identifiers.h"

namespace awesomelint {
namespace {

class ArxivIdRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "arxiv-id",
        "arXiv links carry a valid identifier (YYMM.NNNNN or archive/YYMMNNN)",
        {"research", "links", "arxiv"},
        Severity::kError,
        /*fixable=*/false,
        {}};
    return kMeta;
  }

  void Check(const Document& doc, const Entries&, const LintContext& context,
             RuleReporter& out) const override {
    for (size_t i = 0; i < doc.links().size(); ++i) {
      const Link& link = doc.links()[i];
      const std::optional<Url>& url = doc.url(i);
      if (link.image || !url) continue;
      std::string id;
      if (std::optional<ArxivRef> ref = ArxivFromUrl(*url)) {
        id = ref->id + ref->version;
      } else if (std::optional<HfRef> hf = HuggingFaceFromUrl(*url);
                 hf && hf->kind == HfKind::kPaper) {
        // huggingface.co/papers/<arXiv id>; "papers/trending" and "papers/date/..." are pages.
        if (hf->id.empty() || !std::isdigit(static_cast<unsigned char>(hf->id[0]))) continue;
        id = hf->id;
      } else {
        continue;
      }
      std::string problem = ArxivIdProblem(id, context.today);
      if (!problem.empty())
        out.Report(link.dest, fmt::format("Invalid arXiv identifier: {}", problem));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeArxivIdRule() {
  return std::make_unique<ArxivIdRule>();
}

}  // namespace awesomelint
