// Conventions: what a list does most of the time, inferred from its entries,
// so that rules judge a list by its own habits.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/markdown/document.h"
#include "awesomelint/model/date.h"

namespace awesomelint {

struct DateConvention {
  std::string format;  // empty when the list has no clear date format
  int count = 0;       // entries written in `format`
  int dated = 0;       // entries with any date
};

// The list's date format: the configured one, else the format of at least 60% of
// the dated entries (and of at least 3).
DateConvention InferDateFormat(const Document& doc, std::string_view configured = {});

// Writes `date` in `format` ("DD.MM.YYYY", "Mon YYYY", ...); empty when the date
// lacks a field the format needs.
std::string FormatDate(const CalendarDate& date, std::string_view format);

// Entry indices grouped by section, in document order.
std::vector<std::vector<int>> EntriesBySection(const Document& doc);

}  // namespace awesomelint
