// unread-blocks: tells the user when a list has many blocks with links that were
// not read as entries (prose, a shape no reader knows), so that silence from the
// entry rules (date-order, duplicate-link, category-tag, ...) is not taken for a
// clean bill: they never judged those blocks.
#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "awesomelint/entries/entries.h"
#include "awesomelint/lint/rule.h"
#include "awesomelint/markdown/document.h"

namespace awesomelint {
namespace {

class UnreadBlocksRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "unread-blocks",
        "Blocks with links that were not read as entries are few",
        {"research", "entry"},
        Severity::kInfo,
        /*fixable=*/false,
        {{"min-share", "integer", "10",
          "Report when at least this percentage of the blocks with links (and at least "
          "3 of them) were not read as entries"}}};
    return kMeta;
  }

  void Configure(const nlohmann::json& options) override {
    min_share_ = static_cast<size_t>(OptionInt(options, "unread-blocks", "min-share", 10, 0, 100));
  }

  void Check(const Document&, const Entries& entries, const LintContext&,
             RuleReporter& out) const override {
    const std::vector<UnreadBlock>& unread = entries.unread();
    size_t blocks = unread.size() + entries.size();
    if (unread.size() < kMinBlocks || unread.size() * 100 < blocks * min_share_) return;
    out.Report(unread.front().span,
               fmt::format("{} of {} blocks with links were not read as entries (the first is "
                           "here), so the entry rules did not judge them; --dump-entries lists "
                           "them under \"unread\"",
                           unread.size(), blocks));
  }

 private:
  static constexpr size_t kMinBlocks = 3;
  size_t min_share_ = 10;
};

}  // namespace

std::unique_ptr<Rule> MakeUnreadBlocksRule() {
  return std::make_unique<UnreadBlocksRule>();
}

}  // namespace awesomelint
