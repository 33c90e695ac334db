// date-order: within a section, dated entries keep the list's order (newest
// first, or oldest first); the entries that break it are reported, with where
// each belongs. A section is judged only where most of its entries are dated and
// at least two thirds of them are in order: otherwise it keeps another order.
#include <fmt/format.h>
#include <algorithm>
#include <cstdlib>
#include <functional>

#include "awesomelint/entries/conventions.h"
#include "awesomelint/lint/rule.h"
#include "awesomelint/support/errors.h"
#include "entry_moves.h"

namespace awesomelint {
namespace {

enum class Order { kUnknown, kNewestFirst, kOldestFirst };

int Key(const CalendarDate& date) {
  return date.year * 10000 + date.month * 100 + date.day;
}

// Days since 1 March of year 0 (a proleptic Gregorian day number); a missing
// month or day counts as the first.
long DayNumber(const CalendarDate& date) {
  long y = date.year, m = std::max(date.month, 1), d = std::max(date.day, 1);
  if (m <= 2) --y;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
}

// How far a date stands from the dates around it: the distance in days to the
// nearest of the two dated entries on either side (capped). Where several
// longest orders exist, the one that keeps the entries with typical dates is
// taken, so that "31 Dec 2025, 4 Feb 2027, 30 Dec 2025" reports 2027, not 2025.
std::vector<long> Strangeness(const std::vector<long>& days) {
  constexpr long kCap = 100000;
  std::vector<long> out(days.size(), 0);
  for (size_t i = 0; i < days.size(); ++i) {
    long nearest = kCap;
    for (size_t k = i >= 2 ? i - 2 : 0; k <= i + 2 && k < days.size(); ++k)
      if (k != i) nearest = std::min(nearest, std::labs(days[k] - days[i]));
    out[i] = days.size() > 1 ? nearest : 0;
  }
  return out;
}

// Indices (into `keys`) of a longest non-increasing subsequence; among the
// longest, the one whose entries are least strange.
std::vector<size_t> LongestNonIncreasing(const std::vector<int>& keys,
                                         const std::vector<long>& strangeness) {
  // Weighted: each kept entry scores kWeight less its strangeness, so length comes
  // first. best[i] = score of the best subsequence ending at i, found through a
  // Fenwick tree of maxima over keys from the largest down.
  constexpr long long kWeight = 1'000'000;
  std::vector<int> sorted(keys);
  std::sort(sorted.begin(), sorted.end(), std::greater<int>());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  auto rank = [&](int key) {  // 1-based, larger keys first
    return static_cast<size_t>(
               std::lower_bound(sorted.begin(), sorted.end(), key, std::greater<int>()) -
               sorted.begin()) +
           1;
  };
  std::vector<std::pair<long long, long>> tree(sorted.size() + 1, {0, -1});  // (score, index)
  std::vector<long> previous(keys.size(), -1);
  std::pair<long long, long> best_end{0, -1};
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t r = rank(keys[i]);
    std::pair<long long, long> before{0, -1};  // best over keys >= keys[i]: ranks 1..r
    for (size_t k = r; k > 0; k -= k & (~k + 1)) before = std::max(before, tree[k]);
    std::pair<long long, long> here{before.first + kWeight - strangeness[i], static_cast<long>(i)};
    previous[i] = before.second;
    for (size_t k = r; k < tree.size(); k += k & (~k + 1)) tree[k] = std::max(tree[k], here);
    best_end = std::max(best_end, here);
  }
  std::vector<size_t> kept;
  for (long i = best_end.second; i >= 0; i = previous[i]) kept.push_back(static_cast<size_t>(i));
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
        {"research", "entry", "dates"},
        Severity::kError,
        /*fixable=*/true,
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

  void Check(const Document& doc, const Entries& entries, const LintContext&,
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
      CheckSection(doc, entries, section.entries, std::move(section.keys), order, out);
    }
  }

 private:
  void CheckSection(const Document& doc, const Entries& entries, const std::vector<int>& dated,
                    std::vector<int> keys, Order order, RuleReporter& out) const {
    std::vector<long> days;
    for (int index : dated) days.push_back(DayNumber(entries[index].date.date));
    if (order == Order::kOldestFirst)
      for (int& key : keys) key = -key;
    std::vector<size_t> kept = LongestNonIncreasing(keys, Strangeness(days));
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
      const Entry* prev = next != kept.begin() ? &entries[dated[*(next - 1)]] : nullptr;
      const Entry* following = next != kept.end() ? &entries[dated[*next]] : nullptr;
      out.Report(entry.date.span,
                 fmt::format("Entry dated {} is out of order: this section lists {}; {}",
                             entry.date.text, direction, where),
                 RuleReporter::Weight::kPrimary, MoveEntry(doc, entry, prev, following));
    }
  }

  Order order_ = Order::kUnknown;
};

}  // namespace

std::unique_ptr<Rule> MakeDateOrderRule() {
  return std::make_unique<DateOrderRule>();
}

}  // namespace awesomelint
