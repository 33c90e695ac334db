#include "awesomelint/entries/conventions.h"

#include <map>
#include <optional>
#include <string>
#include <utility>

#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {

DateConvention InferDateFormat(const Entries& entries, std::string_view configured) {
  DateConvention convention;
  std::map<std::string, int> counts;
  for (const Entry& entry : entries) {
    if (!entry.has_date) continue;
    ++convention.dated;
    ++counts[entry.date.format];
  }
  if (!configured.empty()) {
    convention.format = std::string(configured);
    convention.count = counts[convention.format];
    return convention;
  }
  for (const auto& [format, count] : counts) {
    if (count > convention.count) {
      convention.format = format;
      convention.count = count;
    }
  }
  if (convention.count < 3 || convention.count * 10 < convention.dated * 6)
    convention.format.clear();
  return convention;
}

namespace {

// Votes for day-first and month-first readings of one separator's dates.
struct Votes {
  int day_first = 0, month_first = 0;  // dates that can only be read one way
  int arxiv_day_first = 0, arxiv_month_first = 0;
  std::optional<bool> Decide(bool with_arxiv) const {
    if (day_first != month_first) return day_first > month_first;
    if (with_arxiv && arxiv_day_first != arxiv_month_first)
      return arxiv_day_first > arxiv_month_first;
    return std::nullopt;
  }
};

int SeparatorIndex(char sep) {
  return sep == '.' ? 0 : sep == '-' ? 1 : 2;
}

// The year (two digits) and month of the first new-style arXiv id ("2306.01234")
// the entry links, or {-1, -1}.
std::pair<int, int> ArxivMonth(const Document& doc, const Entry& entry) {
  auto month_of = [&](int link) -> std::pair<int, int> {
    if (link < 0 || !doc.url(link)) return {-1, -1};
    std::optional<ArxivRef> ref = ArxivFromUrl(*doc.url(link));
    if (!ref || ref->id.size() < 9 || ref->id[4] != '.' || !AllDigits(ref->id.substr(0, 4)))
      return {-1, -1};
    return {std::stoi(ref->id.substr(0, 2)), std::stoi(ref->id.substr(2, 2))};
  };
  if (auto found = month_of(entry.title_link); found.first >= 0) return found;
  for (int link : entry.other_links)
    if (auto found = month_of(link); found.first >= 0) return found;
  return {-1, -1};
}

// A date that reads only one way votes for it.
void Vote(const Entry& entry, Votes& votes) {
  int first = entry.date.fields[0], second = entry.date.fields[1];
  if (first > 12 && second >= 1 && second <= 12)
    ++votes.day_first;
  else if (second > 12 && first >= 1 && first <= 12)
    ++votes.month_first;
}

// A date that reads both ways votes by the month of the arXiv paper its entry links.
void VoteByArxiv(const Document& doc, const Entry& entry, Votes& votes) {
  int first = entry.date.fields[0], second = entry.date.fields[1], year = entry.date.fields[2];
  if (first > 12 || second > 12 || first == second) return;
  auto [arxiv_year, arxiv_month] = ArxivMonth(doc, entry);
  if (arxiv_year != year % 100) return;
  votes.arxiv_day_first += second == arxiv_month;
  votes.arxiv_month_first += first == arxiv_month;
}

bool Undecided(const Entry& entry) {
  return entry.has_date && IsDayMonthUndecided(entry.date);
}

}  // namespace

void ResolveDayMonthOrders(const Document& doc, std::vector<Entry>& entries) {
  Votes votes[3], all;
  for (const Entry& entry : entries)
    if (Undecided(entry)) Vote(entry, votes[SeparatorIndex(entry.date.format[2])]);
  // The arXiv papers are asked only for a separator its dates leave undecided.
  bool ask_arxiv[3];
  for (int sep = 0; sep < 3; ++sep) ask_arxiv[sep] = !votes[sep].Decide(/*with_arxiv=*/false);
  for (const Entry& entry : entries) {
    int sep = Undecided(entry) ? SeparatorIndex(entry.date.format[2]) : -1;
    if (sep >= 0 && ask_arxiv[sep]) VoteByArxiv(doc, entry, votes[sep]);
  }
  for (const Votes& v : votes) {
    all.day_first += v.day_first;
    all.month_first += v.month_first;
  }
  std::optional<bool> day_first[3];
  for (int sep = 0; sep < 3; ++sep) {
    day_first[sep] = votes[sep].Decide(/*with_arxiv=*/true);
    if (!day_first[sep]) day_first[sep] = all.Decide(/*with_arxiv=*/false);
    if (!day_first[sep] && sep == SeparatorIndex('.')) day_first[sep] = true;
  }
  for (Entry& entry : entries) {
    if (!Undecided(entry)) continue;
    if (std::optional<bool> order = day_first[SeparatorIndex(entry.date.format[2])])
      ResolveDayMonthOrder(entry.date, *order);
  }
}

std::vector<std::vector<int>> EntriesBySection(const Entries& entries) {
  std::map<std::pair<int, std::string>, size_t> group_of;
  std::vector<std::vector<int>> groups;
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& entry = entries[i];
    auto [it, inserted] =
        group_of.emplace(std::make_pair(entry.section, entry.subsection), groups.size());
    if (inserted) groups.emplace_back();
    groups[it->second].push_back(static_cast<int>(i));
  }
  return groups;
}

}  // namespace awesomelint
