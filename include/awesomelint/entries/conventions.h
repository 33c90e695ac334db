// Conventions: what a list does most of the time, inferred from its entries,
// so that rules judge a list by its own habits.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/entries/entries.h"
#include "awesomelint/markdown/document.h"

namespace awesomelint {

struct DateConvention {
  std::string format;  // empty when the list has no clear date format
  int count = 0;       // entries written in `format`
  int dated = 0;       // entries with any date
};

// The list's date format: the configured one, else the format of at least 60% of
// the dated entries (and of at least 3).
DateConvention InferDateFormat(const Entries& entries, std::string_view configured = {});

// Reads the list's "NN.NN.YYYY", "NN-NN-YYYY" and "NN/NN/YYYY" dates day-first or
// month-first, as the list says for each separator: by its dates that can only be
// read one way ("13/04/2024"), else by the month of the arXiv paper an entry
// links ("05-06-2023" beside arXiv 2306.01234 is 5 June), else by its other
// separators. With no word from the list, dots are read day-first and the others
// stay undecided (IsDayMonthUndecided): no rule judges or rewrites them.
void ResolveDayMonthOrders(const Document& doc, std::vector<Entry>& entries);

// Entry indices grouped by section, in document order.
std::vector<std::vector<int>> EntriesBySection(const Entries& entries);

}  // namespace awesomelint
