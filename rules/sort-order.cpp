// sort-order: a section whose entries are kept in alphabetical order (by title,
// ignoring case) stays in it; the entry that breaks the order is reported and
// moved, by --fix, to where it belongs. Whether a section is alphabetical is
// inferred: at least `min-sorted` percent of its entries (and at least 10 of them)
// already are, in one run.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <vector>

#include "awesomelint/entries/conventions.h"
#include "awesomelint/entries/entries.h"
#include "awesomelint/lint/rule.h"
#include "entry_moves.h"

namespace awesomelint {
namespace {

// How a list may sort its titles. Each key starts at the title's first letter or
// digit ("**`ruff`**" sorts as "ruff").
enum class Collation { kIgnoreCase, kLettersAndDigits, kBytes };

std::string SortKey(std::string_view title, Collation collation) {
  size_t begin = 0;
  while (begin < title.size() && !std::isalnum(static_cast<unsigned char>(title[begin])) &&
         static_cast<unsigned char>(title[begin]) < 0x80)
    ++begin;
  std::string key;
  for (char c : title.substr(begin)) {
    unsigned char u = static_cast<unsigned char>(c);
    if (collation == Collation::kLettersAndDigits && u < 0x80 && !std::isalnum(u)) continue;
    key += collation == Collation::kBytes ? c : static_cast<char>(std::tolower(u));
  }
  return key;
}

// Indices of a longest non-decreasing subsequence of `keys`.
std::vector<size_t> LongestSorted(const std::vector<std::string>& keys) {
  std::vector<size_t> tail_index;  // index of the smallest tail of each length
  std::vector<long> previous(keys.size(), -1);
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t pos = std::upper_bound(tail_index.begin(), tail_index.end(), keys[i],
                                  [&](const std::string& key, size_t t) { return key < keys[t]; }) -
                 tail_index.begin();
    if (pos == tail_index.size())
      tail_index.push_back(i);
    else
      tail_index[pos] = i;
    previous[i] = pos > 0 ? static_cast<long>(tail_index[pos - 1]) : -1;
  }
  std::vector<size_t> kept;
  for (long i = tail_index.empty() ? -1 : static_cast<long>(tail_index.back()); i >= 0;
       i = previous[i])
    kept.push_back(static_cast<size_t>(i));
  std::reverse(kept.begin(), kept.end());
  return kept;
}

class SortOrderRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "sort-order",
        "Sections kept in alphabetical order stay in it",
        {"research", "entry"},
        Severity::kWarning,
        /*fixable=*/true,
        {{"min-sorted", "integer", "90",
          "A section (of at least 10 entries) is alphabetical when at least this percentage of "
          "its entries are in order by title; 100 checks none"}}};
    return kMeta;
  }

  void Configure(const nlohmann::json& options) override {
    min_sorted_ = static_cast<size_t>(OptionInt(options, "sort-order", "min-sorted", 90, 50, 100));
  }

  void Check(const Document& doc, const Entries& entries, const LintContext&,
             RuleReporter& out) const override {
    for (const std::vector<int>& section : EntriesBySection(entries)) {
      if (section.size() < kMinEntries) continue;
      // The section is judged by the collation it follows best ("DESCEND" before
      // "DeLorean" is in order by bytes; "V-SVA" after "Vitessce", by letters). One
      // whose neighbours are out of order too often for it to be alphabetical under
      // a collation (most sections: kept in the order entries were added) is passed
      // over without sorting keys.
      std::vector<std::string> keys;
      std::vector<size_t> kept;
      for (Collation collation :
           {Collation::kIgnoreCase, Collation::kLettersAndDigits, Collation::kBytes}) {
        if (!FewDescents(entries, section, collation)) continue;
        std::vector<std::string> these;
        for (int index : section) these.push_back(SortKey(entries[index].title, collation));
        std::vector<size_t> sorted = LongestSorted(these);
        if (sorted.size() > kept.size()) {
          keys = std::move(these);
          kept = std::move(sorted);
        }
      }
      // Sorted already, or not kept sorted at all (in the order entries were added).
      if (kept.size() == keys.size() || kept.size() * 100 < keys.size() * min_sorted_) continue;
      ReportSection(doc, entries, section, keys, kept, out);
    }
  }

 private:
  void ReportSection(const Document& doc, const Entries& entries, const std::vector<int>& section,
                     const std::vector<std::string>& keys, const std::vector<size_t>& kept,
                     RuleReporter& out) const {
    std::vector<bool> in_order(keys.size(), false);
    for (size_t k : kept) in_order[k] = true;
    for (size_t i = 0; i < keys.size(); ++i) {
      if (in_order[i]) continue;
      const Entry& entry = entries[section[i]];
      // Its gap: after the last in-order entry that sorts before or with it.
      auto next = std::partition_point(kept.begin(), kept.end(),
                                       [&](size_t k) { return keys[k] <= keys[i]; });
      const Entry* prev = next != kept.begin() ? &entries[section[*(next - 1)]] : nullptr;
      const Entry* following = next != kept.end() ? &entries[section[*next]] : nullptr;
      std::string where =
          prev && *(next - 1) > i
              ? fmt::format("it belongs after line {} ('{}')", prev->line, prev->title)
              : fmt::format("it belongs before line {} ('{}')", following->line, following->title);
      out.Report(doc.links()[entry.title_link].span,
                 fmt::format("'{}' is out of alphabetical order: {}", entry.title, where),
                 RuleReporter::Weight::kPrimary, MoveEntry(doc, entry, prev, following));
    }
  }

  // Whether few neighbouring entries are out of order: an entry out of place makes
  // at most two, so a section that is min-sorted percent in order has at most
  // 2 * (100 - min-sorted) percent of them.
  bool FewDescents(const Entries& entries, const std::vector<int>& section,
                   Collation collation) const {
    size_t descents = 0;
    size_t allowed = 2 * section.size() * (100 - min_sorted_) / 100 + 1;
    std::string previous = SortKey(entries[section[0]].title, collation);
    for (size_t i = 1; i < section.size() && descents <= allowed; ++i) {
      std::string key = SortKey(entries[section[i]].title, collation);
      descents += key < previous;
      previous = std::move(key);
    }
    return descents <= allowed;
  }

  static constexpr size_t kMinEntries = 10;
  size_t min_sorted_ = 90;
};

}  // namespace

std::unique_ptr<Rule> MakeSortOrderRule() {
  return std::make_unique<SortOrderRule>();
}

}  // namespace awesomelint
