#include "awesomelint/model/date.h"

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <cctype>

namespace awesomelint {
namespace {

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}
bool IsAlnum(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// Reads a run of digits at `pos`; returns its length (0 when none) and value.
size_t ReadNumber(std::string_view s, size_t pos, int* value) {
  size_t n = 0;
  int v = 0;
  while (pos + n < s.size() && IsDigit(s[pos + n]) && n < 6) v = v * 10 + (s[pos + n++] - '0');
  *value = v;
  return n;
}

// Reads an English month name (full or abbreviated, "Sept" too); returns its length.
size_t ReadMonthName(std::string_view s, size_t pos, int* month) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  size_t n = 0;
  while (pos + n < s.size() && std::isalpha(static_cast<unsigned char>(s[pos + n]))) ++n;
  if (n < 3 || n > 9) return 0;
  std::string_view word = s.substr(pos, n);
  auto lower = [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  };
  for (size_t m = 0; m < kNames.size(); ++m) {
    std::string_view name = kNames[m];
    bool abbreviation = n == 3 || (m == 8 && n == 4);  // "Sep", "Sept"
    if (n != name.size() && !abbreviation) continue;
    if (n > name.size()) continue;
    bool same = true;
    for (size_t i = 0; i < n && same; ++i) same = lower(word[i]) == name[i];
    if (same) {
      *month = static_cast<int>(m) + 1;
      return n;
    }
  }
  return 0;
}

// A written zero is kept distinct from "absent" (0) so that "00.05.2024" is invalid.
int Written(int value) {
  return value == 0 ? -1 : value;
}

bool AtBoundary(std::string_view s, size_t end) {
  return end >= s.size() || !IsAlnum(s[end]);
}

bool Bracketed(std::string_view s, size_t begin, size_t end) {
  if (begin == 0 || end >= s.size()) return false;
  char open = s[begin - 1], close = s[end];
  return (open == '(' && close == ')') || (open == '[' && close == ']');
}

// "st", "nd", "rd" or "th" after a day number at `pos`; returns its length (0 when
// none). Any of them is read after any day ("1th" too): it is the day that counts.
size_t ReadOrdinalSuffix(std::string_view s, size_t pos) {
  if (pos + 2 > s.size()) return 0;
  std::string suffix{static_cast<char>(std::tolower(static_cast<unsigned char>(s[pos]))),
                     static_cast<char>(std::tolower(static_cast<unsigned char>(s[pos + 1])))};
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  return AtBoundary(s, pos + 2) ? 2 : 0;
}

// Tries to read one date token starting at `pos`; fills `token` and returns its length.
size_t ReadDate(std::string_view s, size_t pos, DateToken* token) {
  int a = 0, b = 0, c = 0;
  size_t n1 = ReadNumber(s, pos, &a);
  if (n1 == 4) {  // YYYY[-MM[-DD]] or a bracketed YYYY
    size_t p = pos + 4;
    if (p + 1 < s.size() && (s[p] == '-' || s[p] == '.' || s[p] == '/')) {
      char sep = s[p];
      size_t n2 = ReadNumber(s, p + 1, &b);
      if (n2 >= 1 && n2 <= 2) {
        size_t q = p + 1 + n2;
        if (q + 1 < s.size() && s[q] == sep) {
          size_t n3 = ReadNumber(s, q + 1, &c);
          if (n3 >= 1 && n3 <= 2 && AtBoundary(s, q + 1 + n3)) {
            token->format = fmt::format("YYYY{0}MM{0}DD", sep);
            token->fields[0] = a, token->fields[1] = b, token->fields[2] = c;
            token->date = {a, Written(b), Written(c)};
            return q + 1 + n3 - pos;
          }
        }
        if (AtBoundary(s, q) && !(q < s.size() && s[q] == sep)) {
          token->format = fmt::format("YYYY{0}MM", sep);
          token->fields[0] = a, token->fields[1] = b;
          token->date = {a, Written(b), 0};
          return q - pos;
        }
      }
      return 0;
    }
    if (AtBoundary(s, p) && Bracketed(s, pos, p) && a >= 1900 && a <= 2199) {
      token->format = "YYYY";
      token->fields[0] = a;
      token->date = {a, 0, 0};
      return 4;
    }
    return 0;
  }
  if (n1 >= 1 && n1 <= 2) {
    size_t p = pos + n1;
    if (p + 1 < s.size() && (s[p] == '.' || s[p] == '-' || s[p] == '/')) {  // DD.MM.YYYY
      char sep = s[p];
      size_t n2 = ReadNumber(s, p + 1, &b);
      size_t q = p + 1 + n2;
      if (n2 >= 1 && n2 <= 2 && q < s.size() && s[q] == sep) {
        size_t n3 = ReadNumber(s, q + 1, &c);
        if (n3 == 4 && AtBoundary(s, q + 5)) {
          // Day-first or month-first is the list's to say (ResolveDayMonthOrder); until
          // then, read as "12.06.2024" and "12-06-2024" usually are, and "06/12/2024".
          token->fields[0] = a, token->fields[1] = b, token->fields[2] = c;
          token->format = fmt::format("NN{0}NN{0}YYYY", sep);
          token->date = sep == '/' ? CalendarDate{c, Written(a), Written(b)}
                                   : CalendarDate{c, Written(b), Written(a)};
          return q + 5 - pos;
        }
      }
      return 0;
    }
    if (size_t suffix = ReadOrdinalSuffix(s, p); suffix > 0) {  // 28th Oct., 2023
      size_t q = p + suffix;
      int month = 0;
      size_t m = q + 1 < s.size() && s[q] == ' ' ? ReadMonthName(s, q + 1, &month) : 0;
      if (m == 0) return 0;
      q += 1 + m;
      bool dot = q < s.size() && s[q] == '.';
      q += dot;
      bool comma = q < s.size() && s[q] == ',';
      q += comma;
      if (q + 1 < s.size() && s[q] == ' ' && ReadNumber(s, q + 1, &c) == 4 &&
          AtBoundary(s, q + 5)) {
        token->format = fmt::format("Dth Mon{}{} YYYY", dot ? "." : "", comma ? "," : "");
        token->fields[0] = a, token->fields[1] = month, token->fields[2] = c;
        token->date = {c, month, Written(a)};
        return q + 5 - pos;
      }
      return 0;
    }
    if (p + 1 < s.size() && s[p] == ' ') {  // DD Mon YYYY
      int month = 0;
      size_t m = ReadMonthName(s, p + 1, &month);
      size_t q = p + 1 + m;
      if (m && q < s.size() && s[q] == '.') ++q;
      if (m && q + 1 < s.size() && s[q] == ' ' && ReadNumber(s, q + 1, &c) == 4 &&
          AtBoundary(s, q + 5)) {
        token->format = "DD Mon YYYY";
        token->fields[0] = a, token->fields[1] = month, token->fields[2] = c;
        token->date = {c, month, Written(a)};
        return q + 5 - pos;
      }
    }
    return 0;
  }
  int month = 0;
  size_t m = ReadMonthName(s, pos, &month);
  if (m == 0) return 0;
  size_t p = pos + m;
  if (p < s.size() && s[p] == '.') ++p;
  if (p + 1 >= s.size() || s[p] != ' ') return 0;
  size_t n = ReadNumber(s, p + 1, &a);
  if (n == 4 && AtBoundary(s, p + 5)) {  // Mon YYYY
    token->format = "Mon YYYY";
    token->fields[0] = month, token->fields[1] = a;
    token->date = {a, month, 0};
    return p + 5 - pos;
  }
  if (n >= 1 && n <= 2) {  // Mon DD, YYYY
    size_t q = p + 1 + n;
    if (q < s.size() && s[q] == ',') ++q;
    if (q + 1 < s.size() && s[q] == ' ' && ReadNumber(s, q + 1, &c) == 4 && AtBoundary(s, q + 5)) {
      token->format = "Mon DD, YYYY";
      token->fields[0] = month, token->fields[1] = a, token->fields[2] = c;
      token->date = {c, month, Written(a)};
      return q + 5 - pos;
    }
  }
  return 0;
}

}  // namespace

const std::vector<std::string>& KnownDateFormats() {
  static const std::vector<std::string> formats = {
      "DD.MM.YYYY",    "DD-MM-YYYY",     "DD/MM/YYYY",   "MM/DD/YYYY",   "YYYY-MM-DD",
      "YYYY.MM.DD",    "YYYY/MM/DD",     "YYYY-MM",      "YYYY.MM",      "YYYY/MM",
      "Mon YYYY",      "DD Mon YYYY",    "Mon DD, YYYY", "Dth Mon YYYY", "Dth Mon. YYYY",
      "Dth Mon, YYYY", "Dth Mon., YYYY", "YYYY"};
  return formats;
}

std::vector<DateToken> FindDates(std::string_view text, size_t base) {
  std::vector<DateToken> found;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && IsAlnum(text[i - 1])) continue;
    if (!IsAlnum(text[i])) continue;
    DateToken token;
    size_t n = ReadDate(text, i, &token);
    if (n == 0) continue;
    token.text = std::string(text.substr(i, n));
    token.span = {base + i, base + i + n};
    token.bracketed = Bracketed(text, i, i + n);
    found.push_back(std::move(token));
    i += n - 1;
  }
  return found;
}

bool ParseWholeDate(std::string_view text, size_t base, DateToken* out) {
  size_t b = 0, e = text.size();
  auto trim = [&] {
    while (b < e &&
           (std::isspace(static_cast<unsigned char>(text[b])) || text[b] == '*' || text[b] == '_'))
      ++b;
    while (e > b && (std::isspace(static_cast<unsigned char>(text[e - 1])) || text[e - 1] == '*' ||
                     text[e - 1] == '_'))
      --e;
  };
  trim();
  if (e - b >= 2 &&
      ((text[b] == '(' && text[e - 1] == ')') || (text[b] == '[' && text[e - 1] == ']'))) {
    ++b, --e;
    trim();
  }
  // Re-read with one character of context on each side so bracketed years count.
  size_t from = b > 0 ? b - 1 : 0;
  size_t to = std::min(text.size(), e + 1);
  std::string_view window = text.substr(from, to - from);
  bool whole_is_year = true;  // a bare cell "2024" in a table is a date too
  for (size_t i = b; i < e; ++i) whole_is_year = whole_is_year && IsDigit(text[i]);
  if (whole_is_year && e - b == 4) {
    int year = 0;
    ReadNumber(text, b, &year);
    if (year < 1900 || year > 2199) return false;
    *out = DateToken{};
    out->text = std::string(text.substr(b, 4));
    out->span = {base + b, base + e};
    out->format = "YYYY";
    out->fields[0] = year;
    out->date = {year, 0, 0};
    out->bracketed = Bracketed(text, b, e);
    return true;
  }
  for (DateToken& token : FindDates(window, base + from)) {
    if (token.span.begin == base + b && token.span.end == base + e) {
      *out = std::move(token);
      return true;
    }
  }
  return false;
}

bool IsDayMonthUndecided(const DateToken& token) {
  return token.format.size() == 10 && token.format.compare(0, 2, "NN") == 0;
}

void ResolveDayMonthOrder(DateToken& token, bool day_first) {
  if (!IsDayMonthUndecided(token)) return;
  char sep = token.format[2];
  token.format =
      day_first ? fmt::format("DD{0}MM{0}YYYY", sep) : fmt::format("MM{0}DD{0}YYYY", sep);
  int first = Written(token.fields[0]), second = Written(token.fields[1]);
  token.date = day_first ? CalendarDate{token.fields[2], second, first}
                         : CalendarDate{token.fields[2], first, second};
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string DateProblem(const CalendarDate& date) {
  if (date.year < 1000) return fmt::format("year {} is not a year", date.year);
  if (date.month == 0) return {};
  if (date.month < 1 || date.month > 12)
    return fmt::format("there is no month {}", std::max(date.month, 0));
  if (date.day == 0) return {};
  if (date.day < 1) return "there is no day 0";
  int days = DaysInMonth(date.year, date.month);
  if (date.day > days)
    return fmt::format("{:04}-{:02} has {} days, not {}", date.year, date.month, days,
                       std::max(date.day, 0));
  return {};
}

std::string IsoString(const CalendarDate& date) {
  if (date.month == 0) return fmt::format("{:04}", date.year);
  if (date.day == 0) return fmt::format("{:04}-{:02}", date.year, date.month);
  return fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day);
}

CalendarDate ParseIsoDate(std::string_view iso) {
  int y = 0, m = 0, d = 0;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return {};
  if (ReadNumber(iso, 0, &y) != 4 || ReadNumber(iso, 5, &m) != 2 || ReadNumber(iso, 8, &d) != 2)
    return {};
  CalendarDate date{y, Written(m), Written(d)};
  return DateProblem(date).empty() ? date : CalendarDate{};
}

namespace {

std::string_view OrdinalSuffix(int day) {
  if (day % 100 >= 11 && day % 100 <= 13) return "th";
  switch (day % 10) {
    case 1:
      return "st";
    case 2:
      return "nd";
    case 3:
      return "rd";
    default:
      return "th";
  }
}

}  // namespace

std::string FormatDate(const CalendarDate& date, std::string_view format) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  bool needs_month =
      format.find("MM") != std::string_view::npos || format.find("Mon") != std::string_view::npos;
  bool needs_day =
      format.find("DD") != std::string_view::npos || format.find("Dth") != std::string_view::npos;
  if ((needs_month && date.month < 1) || (needs_day && date.day < 1)) return {};
  if (!needs_month && date.month > 0) return {};  // would drop information
  if (!needs_day && date.day > 0) return {};
  if (format.substr(0, 2) == "NN") return {};  // undecided: never written
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
    } else if (rest.substr(0, 3) == "Dth") {
      out += fmt::format("{}{}", date.day, OrdinalSuffix(date.day));
      i += 3;
    } else if (rest.substr(0, 2) == "DD") {
      out += fmt::format("{:02}", date.day);
      i += 2;
    } else {
      out += format[i++];
    }
  }
  return out;
}

}  // namespace awesomelint
