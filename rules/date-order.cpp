// date-order: within a section, dated entries keep the list's order (newest
// first, or oldest first); the entries that break it are reported, with where
// each belongs. A section is judged only where most of its entries are dated and
// at least two thirds of them are in order: otherwise it keeps another order.
#include <fmt/format.h>
#include <algorithm>

#include "awesomelint/entries/conventions.h"
#include "awesomelint/lint/rule.h"
#include "awesomelint/support/errors.h"

namespace awesomelint {
namespace {

enum class Order { kUnknown, kNewestFirst, kOldestFirst };

int Key(const CalendarDate& date) {
  return date.year * 10000 + date.month * 100 + date.day;
}

// Indices (into `keys`) of a longest non-increasing subsequence.
std::vector<size_t> LongestNonIncreasing(const std::vector<int>& keys) {
  std::vector<int> tails;          // negated keys: non-decreasing on the negation
  std::vector<size_t> tail_index;  // index into keys of each tail
  std::vector<long> previous(keys.size(), -1);
  for (size_t i = 0; i < keys.size(); ++i) {
    int value = -keys[i];
    size_t pos = std::upper_bound(tails.begin(), tails.end(), value) - tails.begin();
    if (pos == tails.size()) {
      tails.push_back(value);
      tail_index.push_back(i);
    } else {
      tails[pos] = value;
      tail_index[pos] = i;
    }
    previous[i] = pos > 0 ? static_cast<long>(tail_index[pos - 1]) : -1;
  }
  std::vector<size_t> kept;
  for (long i = tails.empty() ? -1 : static_cast<long>(tail_index.back()); i >= 0; i = previous[i])
    kept.push_back(static_cast<size_t>(i));
  std::reverse(kept.begin(), kept.end());
  return kept;
}

Order Dominant(int newer_first_pairs, int older_first_pairs) {
  if (newer_first_pairs >= 3 && newer_first_pairs >= 3 * older_first_pairs)
    return Order::kNewestFirst;
  if (older_first_pairs >= 3 && older_first_pairs >= 3 * newer_first_pairs)
    return Order::kOldestFirst;
  return Order::kUnknown;
}

class DateOrderRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "date-order",
        "Dated entries within a section keep the list's order (newest or oldest first)",
        {"entry", "dates"},
        Severity::kError,
        /*fixable=*/false,
        {{"order", "string", "\"auto\"",
          "\"newest-first\", \"oldest-first\", or \"auto\" to follow the list's majority"}}};
    return kMeta;
  }

  void Configure(const nlohmann::json& options) override {
    std::string order = OptionString(options, "date-order", "order", "auto");
    if (order == "newest-first")
      order_ = Order::kNewestFirst;
    else if (order == "oldest-first")
      order_ = Order::kOldestFirst;
    else if (order == "auto")
      order_ = Order::kUnknown;
    else
      throw InputError(
          fmt::format("option date-order.order must be \"newest-first\", "
                      "\"oldest-first\" or \"auto\", not \"{}\"",
                      order));
  }

  void Check(const Document&, const Entries& entries, const LintContext&,
             RuleReporter& out) const override {
    DateConvention convention = InferDateFormat(entries);
    // "NN-NN-YYYY": the list never said which comes first, so no order can be told.
    if (convention.format.empty() || convention.format.substr(0, 2) == "NN") return;
    // Bare years are publication years; lists seldom sort by them, unless told to.
    if (order_ == Order::kUnknown && convention.format == "YYYY") return;
    // Per section, the dated entries in the list's format, with their date keys.
    struct Section {
      std::vector<int> entries;
      std::vector<int> keys;
      int newer_first = 0, older_first = 0;
    };
    std::vector<Section> sections;
    int newer_first = 0, older_first = 0;
    for (const std::vector<int>& group : EntriesBySection(entries)) {
      Section section;
      for (int index : group) {
        const Entry& entry = entries[index];
        if (!entry.has_date || entry.date.format != convention.format ||
            !DateProblem(entry.date.date).empty())
          continue;
        int key = Key(entry.date.date);
        if (!section.keys.empty()) {
          section.newer_first += key < section.keys.back();
          section.older_first += key > section.keys.back();
        }
        section.entries.push_back(index);
        section.keys.push_back(key);
      }
      newer_first += section.newer_first;
      older_first += section.older_first;
      // A section where few entries are dated keeps them in the order they were
      // added: it has no date order to break.
      if (section.entries.size() >= 3 && section.entries.size() * 2 > group.size())
        sections.push_back(std::move(section));
    }
    Order list_order = order_ != Order::kUnknown ? order_ : Dominant(newer_first, older_first);
    if (list_order == Order::kUnknown) return;
    for (Section& section : sections) {
      Order order = list_order;
      // A section that clearly goes the other way is kept as its author meant.
      Order own = Dominant(section.newer_first, section.older_first);
      if (order_ == Order::kUnknown && own != Order::kUnknown && own != order &&
          section.newer_first + section.older_first >= 5)
        order = own;
      CheckSection(entries, section.entries, std::move(section.keys), order, out);
    }
  }

 private:
  void CheckSection(const Entries& entries, const std::vector<int>& dated, std::vector<int> keys,
                    Order order, RuleReporter& out) const {
    if (order == Order::kOldestFirst)
      for (int& key : keys) key = -key;
    std::vector<size_t> kept = LongestNonIncreasing(keys);
    // Dated entries that are mostly out of order are in no date order at all.
    if (kept.size() * 3 < keys.size() * 2) return;
    std::vector<bool> in_order(keys.size(), false);
    for (size_t i : kept) in_order[i] = true;
    std::string_view direction = order == Order::kNewestFirst ? "newest first" : "oldest first";
    for (size_t i = 0; i < keys.size(); ++i) {
      if (in_order[i]) continue;
      const Entry& entry = entries[dated[i]];
      // It belongs between the last in-order entry it should follow and the first it
      // should precede (their keys do not increase, so bisection finds them), and it
      // is not already there: name the one of the two on the far side of it.
      auto next = std::partition_point(kept.begin(), kept.end(),
                                       [&](size_t k) { return keys[k] >= keys[i]; });
      std::string where;
      if (next != kept.begin() && *(next - 1) > i) {
        const Entry& before = entries[dated[*(next - 1)]];
        where = fmt::format("it belongs after line {} ({})", before.line, before.date.text);
      } else {
        const Entry& after = entries[dated[*next]];
        where = fmt::format("it belongs before line {} ({})", after.line, after.date.text);
      }
      out.Report(entry.date.span,
                 fmt::format("Entry dated {} is out of order: this section lists {}; {}",
                             entry.date.text, direction, where));
    }
  }

  Order order_ = Order::kUnknown;
};

}  // namespace

std::unique_ptr<Rule> MakeDateOrderRule() {
  return std::make_unique<DateOrderRule>();
}

}  // namespace awesomelint
