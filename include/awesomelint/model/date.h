// Dates as awesome lists write them: "[12.06.2024]", "2024-06-12", "(2024)", "Jun 2024", ...
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/model/span.h"

namespace awesomelint {

struct CalendarDate {
  int year = 0;
  int month = 0;  // 0 when the format has no month
  int day = 0;    // 0 when the format has no day
  auto operator<=>(const CalendarDate&) const = default;
};

struct DateToken {
  std::string text;  // as written, without surrounding brackets
  Span span;         // of `text` in the document
  // "DD.MM.YYYY", "YYYY-MM-DD", "Mon YYYY", "YYYY", ...; "NN.NN.YYYY", "NN-NN-YYYY" or
  // "NN/NN/YYYY" while it is not decided whether the day or the month comes first.
  std::string format;
  int fields[3] = {0, 0, 0};  // the numbers in written order (month names as 1-12)
  CalendarDate date;          // the reading under `format`
  bool bracketed = false;     // written inside () or []
};

// Every format FindDates can report, e.g. "DD.MM.YYYY", "YYYY-MM-DD", "Mon YYYY".
const std::vector<std::string>& KnownDateFormats();

// Finds date tokens in `text`; spans are offset by `base`. Year-only tokens are
// only returned when bracketed, so "GPT 2023 edition" is not a date.
std::vector<DateToken> FindDates(std::string_view text, size_t base);

// True when `text` (trimmed, brackets and emphasis stripped) is one date token.
bool ParseWholeDate(std::string_view text, size_t base, DateToken* out);

// Whether `token` is "NN.NN.YYYY", "NN-NN-YYYY" or "NN/NN/YYYY": day or month first
// is undecided (until then its `date` is read day-first, or month-first for '/').
bool IsDayMonthUndecided(const DateToken& token);
// Re-reads an undecided token as day-first ("DD-MM-YYYY") or month-first ("MM-DD-YYYY").
void ResolveDayMonthOrder(DateToken& token, bool day_first);

// Empty when the date exists; otherwise why not ("month 13", "31.02 does not exist").
std::string DateProblem(const CalendarDate& date);

std::string IsoString(const CalendarDate& date);
CalendarDate ParseIsoDate(std::string_view iso);  // {0,0,0} when malformed
int DaysInMonth(int year, int month);

// Writes `date` in `format` ("DD.MM.YYYY", "Mon YYYY", ...); empty when the date
// lacks a field the format needs.
std::string FormatDate(const CalendarDate& date, std::string_view format);

}  // namespace awesomelint
