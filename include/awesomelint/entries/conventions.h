// Conventions: what a list does most of the time, inferred from its entries,
// so that rules judge a list by its own habits.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/entries/entries.h"

namespace awesomelint {

struct DateConvention {
  std::string format;  // empty when the list has no clear date format
  int count = 0;       // entries written in `format`
  int dated = 0;       // entries with any date
};

// The list's date format: the configured one, else the format of at least 60% of
// the dated entries (and of at least 3).
DateConvention InferDateFormat(const Entries& entries, std::string_view configured = {});

// Whether the list writes "NN/NN/YYYY" day-first: only if it says so somewhere
// ("13/04/2024") more often than it says month-first ("04/13/2024").
bool SlashDatesAreDayFirst(const std::vector<Entry>& entries);

// Entry indices grouped by section, in document order.
std::vector<std::vector<int>> EntriesBySection(const Entries& entries);

}  // namespace awesomelint
