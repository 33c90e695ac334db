#include "awesomelint/entries/conventions.h"

#include <fmt/format.h>
#include <array>
#include <map>

namespace awesomelint {

DateConvention InferDateFormat(const Document& doc, std::string_view configured) {
  DateConvention convention;
  std::map<std::string, int> counts;
  for (const Entry& entry : doc.entries()) {
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

std::string FormatDate(const CalendarDate& date, std::string_view format) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  bool needs_month =
      format.find("MM") != std::string_view::npos || format.find("Mon") != std::string_view::npos;
  bool needs_day = format.find("DD") != std::string_view::npos;
  if ((needs_month && date.month < 1) || (needs_day && date.day < 1)) return {};
  if (!needs_month && date.month > 0) return {};  // would drop information
  if (!needs_day && date.day > 0) return {};
  if (format == "NN/NN/YYYY") return {};
  std::string out;
  for (size_t i = 0; i < format.size();) {
    std::string_view rest = format.substr(i);
    if (rest.substr(0, 4) == "YYYY") {
      out += fmt::format("{:04}", date.year);
      i += 4;
    } else if (rest.substr(0, 3) == "Mon") {
      out += kMonths[date.month - 1];
      i += 3;
    } else if (rest.substr(0, 2) == "MM") {
      out += fmt::format("{:02}", date.month);
      i += 2;
    } else if (rest.substr(0, 2) == "DD") {
      out += fmt::format("{:02}", date.day);
      i += 2;
    } else {
      out += format[i++];
    }
  }
  return out;
}

std::vector<std::vector<int>> EntriesBySection(const Document& doc) {
  std::map<std::pair<int, std::string>, size_t> group_of;
  std::vector<std::vector<int>> groups;
  for (size_t i = 0; i < doc.entries().size(); ++i) {
    const Entry& entry = doc.entries()[i];
    auto [it, inserted] =
        group_of.emplace(std::make_pair(entry.section, entry.subsection), groups.size());
    if (inserted) groups.emplace_back();
    groups[it->second].push_back(static_cast<int>(i));
  }
  return groups;
}

}  // namespace awesomelint
