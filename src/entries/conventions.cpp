#include "awesomelint/entries/conventions.h"

#include <map>

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

bool SlashDatesAreDayFirst(const std::vector<Entry>& entries) {
  int day_first = 0, month_first = 0;
  for (const Entry& entry : entries) {
    if (!entry.has_date || entry.date.format != "NN/NN/YYYY") continue;
    if (entry.date.fields[0] > 12) ++day_first;
    if (entry.date.fields[1] > 12) ++month_first;
  }
  return day_first > month_first;
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
