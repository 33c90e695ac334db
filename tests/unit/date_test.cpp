// Dates as awesome lists write them: FindDates, ParseWholeDate, ResolveSlashDate,
// DateProblem, IsoString, ParseIsoDate and DaysInMonth.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "awesomelint/model/date.h"

namespace awesomelint {
namespace {

CalendarDate Date(int year, int month, int day) {
  return CalendarDate{year, month, day};
}

// The only date token in `text`; fails the test when there is not exactly one.
DateToken OnlyDate(std::string_view text, size_t base = 0) {
  std::vector<DateToken> found = FindDates(text, base);
  EXPECT_EQ(found.size(), 1u) << "in \"" << text << "\"";
  return found.empty() ? DateToken{} : found.front();
}

// --- FindDates ---------------------------------------------------------------

TEST(DateFindTest, BracketedDayMonthYear) {
  DateToken token = OnlyDate("[12.06.2024] [Title](https://example.org)");
  EXPECT_EQ(token.text, "12.06.2024");
  EXPECT_EQ(token.span, (Span{1, 11}));
  EXPECT_EQ(token.format, "NN.NN.YYYY");  // day-first or month-first is the list's to say
  EXPECT_EQ(token.fields[0], 12);
  EXPECT_EQ(token.fields[1], 6);
  EXPECT_EQ(token.fields[2], 2024);
  EXPECT_EQ(token.date, Date(2024, 6, 12));
  EXPECT_TRUE(token.bracketed);
}

TEST(DateFindTest, SpansAreOffsetByBase) {
  DateToken token = OnlyDate("x [12.06.2024]", 100);
  EXPECT_EQ(token.span, (Span{103, 113}));
  EXPECT_EQ(token.text, "12.06.2024");
}

TEST(DateFindTest, IsoDate) {
  DateToken token = OnlyDate("Released 2024-05-01 on GitHub");
  EXPECT_EQ(token.text, "2024-05-01");
  EXPECT_EQ(token.span, (Span{9, 19}));
  EXPECT_EQ(token.format, "YYYY-MM-DD");
  EXPECT_EQ(token.fields[0], 2024);
  EXPECT_EQ(token.fields[1], 5);
  EXPECT_EQ(token.fields[2], 1);
  EXPECT_EQ(token.date, Date(2024, 5, 1));
  EXPECT_FALSE(token.bracketed);
}

TEST(DateFindTest, IsoDateWithOtherSeparatorsAndSingleDigits) {
  DateToken dots = OnlyDate("2024.5.1");
  EXPECT_EQ(dots.format, "YYYY.MM.DD");
  EXPECT_EQ(dots.date, Date(2024, 5, 1));
  DateToken slashes = OnlyDate("2024/12/31");
  EXPECT_EQ(slashes.format, "YYYY/MM/DD");
  EXPECT_EQ(slashes.date, Date(2024, 12, 31));
}

TEST(DateFindTest, YearMonth) {
  DateToken token = OnlyDate("(2024-03)");
  EXPECT_EQ(token.text, "2024-03");
  EXPECT_EQ(token.format, "YYYY-MM");
  EXPECT_EQ(token.date, Date(2024, 3, 0));
  EXPECT_TRUE(token.bracketed);
  EXPECT_EQ(OnlyDate("2023/11").format, "YYYY/MM");
}

TEST(DateFindTest, MixedSeparatorsAreNotADate) {
  EXPECT_TRUE(FindDates("12.06-2024", 0).empty());
  EXPECT_TRUE(FindDates("12-06.2024", 0).empty());
}

TEST(DateFindTest, BracketedYearOnly) {
  DateToken paren = OnlyDate("**Title** (2016)");
  EXPECT_EQ(paren.text, "2016");
  EXPECT_EQ(paren.span, (Span{11, 15}));
  EXPECT_EQ(paren.format, "YYYY");
  EXPECT_EQ(paren.fields[0], 2016);
  EXPECT_EQ(paren.date, Date(2016, 0, 0));
  EXPECT_TRUE(paren.bracketed);
  DateToken square = OnlyDate("[1999]");
  EXPECT_EQ(square.date, Date(1999, 0, 0));
  EXPECT_TRUE(square.bracketed);
}

TEST(DateFindTest, UnbracketedOrImplausibleYearsAreNotDates) {
  EXPECT_TRUE(FindDates("GPT 2023 edition", 0).empty());
  EXPECT_TRUE(FindDates("since 2016", 0).empty());
  EXPECT_TRUE(FindDates("(2016", 0).empty());
  EXPECT_TRUE(FindDates("(2016]", 0).empty());
  EXPECT_TRUE(FindDates("(2016, 2017)", 0).empty());
  EXPECT_TRUE(FindDates("(1899)", 0).empty());
  EXPECT_TRUE(FindDates("(2200)", 0).empty());
  EXPECT_TRUE(FindDates("(20245)", 0).empty());
  EXPECT_EQ(OnlyDate("(1900)").date, Date(1900, 0, 0));
  EXPECT_EQ(OnlyDate("(2199)").date, Date(2199, 0, 0));
}

TEST(DateFindTest, MonthNameAndYear) {
  DateToken token = OnlyDate("Mar 2024");
  EXPECT_EQ(token.text, "Mar 2024");
  EXPECT_EQ(token.format, "Mon YYYY");
  EXPECT_EQ(token.fields[0], 3);
  EXPECT_EQ(token.fields[1], 2024);
  EXPECT_EQ(token.date, Date(2024, 3, 0));
  EXPECT_FALSE(token.bracketed);

  EXPECT_EQ(OnlyDate("March 2024").date, Date(2024, 3, 0));
  EXPECT_EQ(OnlyDate("may 2021").date, Date(2021, 5, 0));
  EXPECT_EQ(OnlyDate("Sept 2023").date, Date(2023, 9, 0));
  EXPECT_EQ(OnlyDate("Sep 2023").date, Date(2023, 9, 0));
  DateToken dotted = OnlyDate("Dec. 2019");
  EXPECT_EQ(dotted.text, "Dec. 2019");
  EXPECT_EQ(dotted.date, Date(2019, 12, 0));
}

TEST(DateFindTest, MonthNameRemarkKeepsItsBracketsApart) {
  // "(Book, Jan 2017)": a date inside a remark, not itself bracketed.
  DateToken remark = OnlyDate("(Book, Jan 2017)");
  EXPECT_EQ(remark.text, "Jan 2017");
  EXPECT_EQ(remark.span, (Span{7, 15}));
  EXPECT_FALSE(remark.bracketed);
  EXPECT_TRUE(OnlyDate("(Jan 2017)").bracketed);
}

TEST(DateFindTest, WordsThatStartLikeMonthsAreNotMonths) {
  EXPECT_TRUE(FindDates("Mayday 2024", 0).empty());
  EXPECT_TRUE(FindDates("Marching 2024", 0).empty());
  EXPECT_TRUE(FindDates("Septem 2023", 0).empty());
  EXPECT_TRUE(FindDates("Ma 2024", 0).empty());
  EXPECT_TRUE(FindDates("Jan 20245", 0).empty());
  EXPECT_TRUE(FindDates("Jan 2024x", 0).empty());
}

TEST(DateFindTest, DayMonthNameYear) {
  DateToken token = OnlyDate("12 Jun 2024");
  EXPECT_EQ(token.format, "DD Mon YYYY");
  EXPECT_EQ(token.fields[0], 12);
  EXPECT_EQ(token.fields[1], 6);
  EXPECT_EQ(token.fields[2], 2024);
  EXPECT_EQ(token.date, Date(2024, 6, 12));
  EXPECT_EQ(OnlyDate("1 January 2024").date, Date(2024, 1, 1));
  EXPECT_EQ(OnlyDate("3 Feb. 2020").text, "3 Feb. 2020");
}

TEST(DateFindTest, OrdinalDayMonthNameYear) {
  DateToken token = OnlyDate("[28th Oct., 2023]");
  EXPECT_EQ(token.text, "28th Oct., 2023");
  EXPECT_EQ(token.format, "Dth Mon., YYYY");
  EXPECT_TRUE(token.bracketed);
  EXPECT_EQ(token.date, Date(2023, 10, 28));
  EXPECT_EQ(OnlyDate("2nd Aug 2023").format, "Dth Mon YYYY");
  EXPECT_EQ(OnlyDate("1st May, 2023").format, "Dth Mon, YYYY");
  EXPECT_EQ(OnlyDate("16th May. 2023").format, "Dth Mon. YYYY");
  EXPECT_EQ(OnlyDate("21ST SEPT. 2022").date, Date(2022, 9, 21));
  EXPECT_EQ(OnlyDate("31st Feb., 2023").date, Date(2023, 2, 31));  // found, to be reported
  EXPECT_TRUE(FindDates("the 5th edition, 2023", 0).empty());
  EXPECT_TRUE(FindDates("28thOct 2023", 0).empty());
}

TEST(DateFormatTest, OrdinalFormatsAreWrittenWithTheDaysOwnSuffix) {
  EXPECT_EQ(FormatDate(Date(2023, 10, 1), "Dth Mon., YYYY"), "1st Oct., 2023");
  EXPECT_EQ(FormatDate(Date(2023, 10, 2), "Dth Mon YYYY"), "2nd Oct 2023");
  EXPECT_EQ(FormatDate(Date(2023, 10, 3), "Dth Mon, YYYY"), "3rd Oct, 2023");
  EXPECT_EQ(FormatDate(Date(2023, 10, 11), "Dth Mon. YYYY"), "11th Oct. 2023");
  EXPECT_EQ(FormatDate(Date(2023, 10, 22), "Dth Mon., YYYY"), "22nd Oct., 2023");
  EXPECT_EQ(FormatDate(Date(2023, 10, 0), "Dth Mon., YYYY"), "");
}

TEST(DateFindTest, MonthNameDayYear) {
  DateToken token = OnlyDate("June 12, 2024");
  EXPECT_EQ(token.text, "June 12, 2024");
  EXPECT_EQ(token.format, "Mon DD, YYYY");
  EXPECT_EQ(token.fields[0], 6);
  EXPECT_EQ(token.fields[1], 12);
  EXPECT_EQ(token.fields[2], 2024);
  EXPECT_EQ(token.date, Date(2024, 6, 12));
  EXPECT_EQ(OnlyDate("Dec. 3 2023").date, Date(2023, 12, 3));
}

TEST(DateFindTest, SlashDateIsAmbiguousUntilResolved) {
  DateToken token = OnlyDate("03/04/2024");
  EXPECT_EQ(token.format, "NN/NN/YYYY");
  EXPECT_EQ(token.fields[0], 3);
  EXPECT_EQ(token.fields[1], 4);
  EXPECT_EQ(token.fields[2], 2024);
  EXPECT_EQ(token.date, Date(2024, 3, 4));  // month first until the list says otherwise
}

TEST(DateFindTest, DotsAndDashesAreAmbiguousTooAndReadDayFirstUntilResolved) {
  DateToken dashes = OnlyDate("01-02-2023");
  EXPECT_EQ(dashes.format, "NN-NN-YYYY");
  EXPECT_EQ(dashes.date, Date(2023, 2, 1));
  DateToken single = OnlyDate("1.2.2023");
  EXPECT_EQ(single.format, "NN.NN.YYYY");
  EXPECT_EQ(single.date, Date(2023, 2, 1));
}

TEST(DateFindTest, InvalidNumbersAreStillFoundSoTheyCanBeReported) {
  EXPECT_EQ(OnlyDate("[31.02.2024]").date, Date(2024, 2, 31));
  EXPECT_EQ(OnlyDate("2024-13-01").date, Date(2024, 13, 1));
  // A written zero is not "absent": 00.05.2024 must stay invalid.
  DateToken zero = OnlyDate("00.05.2024");
  EXPECT_EQ(zero.fields[0], 0);
  EXPECT_EQ(zero.date, Date(2024, 5, -1));
  EXPECT_EQ(OnlyDate("2024-00").date, Date(2024, -1, 0));
}

TEST(DateFindTest, NotInsideWordsOrVersions) {
  EXPECT_TRUE(FindDates("v1.2.2024", 0).empty());
  EXPECT_TRUE(FindDates("abc2024-05-01", 0).empty());
  EXPECT_TRUE(FindDates("2024-05-01T10", 0).empty());
  EXPECT_TRUE(FindDates("12.06.20245", 0).empty());
  EXPECT_TRUE(FindDates("12345-01-01", 0).empty());
  EXPECT_TRUE(FindDates("", 0).empty());
  EXPECT_TRUE(FindDates("no dates here", 0).empty());
}

TEST(DateFindTest, SeveralDatesInOrder) {
  std::vector<DateToken> found = FindDates("[01.02.2020] then 2021-03-04 and (2022)", 10);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].text, "01.02.2020");
  EXPECT_EQ(found[0].span, (Span{11, 21}));
  EXPECT_EQ(found[1].text, "2021-03-04");
  EXPECT_EQ(found[1].span, (Span{28, 38}));
  EXPECT_EQ(found[2].text, "2022");
  EXPECT_EQ(found[2].span, (Span{44, 48}));
  EXPECT_EQ(found[2].date, Date(2022, 0, 0));
}

// --- ParseWholeDate ----------------------------------------------------------

TEST(DateWholeTest, BareIsoCell) {
  DateToken token;
  ASSERT_TRUE(ParseWholeDate(" 2024-05-01 ", 50, &token));
  EXPECT_EQ(token.text, "2024-05-01");
  EXPECT_EQ(token.span, (Span{51, 61}));
  EXPECT_EQ(token.format, "YYYY-MM-DD");
  EXPECT_EQ(token.date, Date(2024, 5, 1));
}

TEST(DateWholeTest, EmphasisAndBracketsAreStripped) {
  DateToken token;
  ASSERT_TRUE(ParseWholeDate("**2024-05-01**", 0, &token));
  EXPECT_EQ(token.span, (Span{2, 12}));
  ASSERT_TRUE(ParseWholeDate("[12.06.2024]", 0, &token));
  EXPECT_EQ(token.text, "12.06.2024");
  EXPECT_EQ(token.span, (Span{1, 11}));
  EXPECT_TRUE(token.bracketed);
  ASSERT_TRUE(ParseWholeDate("_( Mar 2024 )_", 0, &token));
  EXPECT_EQ(token.text, "Mar 2024");
  EXPECT_EQ(token.span, (Span{3, 11}));
}

TEST(DateWholeTest, BareYearCellIsADate) {
  DateToken token;
  ASSERT_TRUE(ParseWholeDate(" 2024 ", 7, &token));
  EXPECT_EQ(token.text, "2024");
  EXPECT_EQ(token.span, (Span{8, 12}));
  EXPECT_EQ(token.format, "YYYY");
  EXPECT_EQ(token.fields[0], 2024);
  EXPECT_EQ(token.date, Date(2024, 0, 0));
  EXPECT_FALSE(ParseWholeDate("1899", 0, &token));
  EXPECT_FALSE(ParseWholeDate("2200", 0, &token));
  EXPECT_FALSE(ParseWholeDate("12345", 0, &token));
}

TEST(DateWholeTest, BracketedYearIsMarkedBracketed) {
  // DateToken::bracketed: "written inside () or []"; the year-only path must agree with
  // the other formats ("[12.06.2024]" above is marked bracketed).
  DateToken token;
  ASSERT_TRUE(ParseWholeDate("(2016)", 0, &token));
  EXPECT_EQ(token.text, "2016");
  EXPECT_EQ(token.span, (Span{1, 5}));
  EXPECT_TRUE(token.bracketed);
}

TEST(DateWholeTest, ResetsTheOutputToken) {
  DateToken token;
  token.bracketed = true;
  token.fields[1] = 7;
  ASSERT_TRUE(ParseWholeDate("2024", 0, &token));
  EXPECT_EQ(token.fields[1], 0);
  EXPECT_EQ(token.fields[2], 0);
}

TEST(DateWholeTest, TextAroundTheDateIsNotAWholeDate) {
  DateToken token;
  EXPECT_FALSE(ParseWholeDate("2024-05-01 extra", 0, &token));
  EXPECT_FALSE(ParseWholeDate("see 2024-05-01", 0, &token));
  EXPECT_FALSE(ParseWholeDate("", 0, &token));
  EXPECT_FALSE(ParseWholeDate("   ", 0, &token));
  EXPECT_FALSE(ParseWholeDate("[]", 0, &token));
  EXPECT_FALSE(ParseWholeDate("Transformer", 0, &token));
  EXPECT_FALSE(ParseWholeDate("2024-05-01, 2024-06-01", 0, &token));
}

// --- ResolveDayMonthOrder --------------------------------------------------------

TEST(DateSlashTest, DayFirst) {
  DateToken token = OnlyDate("03/04/2024");
  ResolveDayMonthOrder(token, /*day_first=*/true);
  EXPECT_EQ(token.format, "DD/MM/YYYY");
  EXPECT_EQ(token.date, Date(2024, 4, 3));
  EXPECT_EQ(token.text, "03/04/2024");
}

TEST(DateSlashTest, MonthFirst) {
  DateToken token = OnlyDate("13/04/2024");
  ResolveDayMonthOrder(token, /*day_first=*/false);
  EXPECT_EQ(token.format, "MM/DD/YYYY");
  EXPECT_EQ(token.date, Date(2024, 13, 4));
  EXPECT_EQ(DateProblem(token.date), "there is no month 13");
}

TEST(DateSlashTest, WrittenZeroStaysInvalid) {
  DateToken token = OnlyDate("00/04/2024");
  ResolveDayMonthOrder(token, /*day_first=*/true);
  EXPECT_EQ(token.date, Date(2024, 4, -1));
  EXPECT_FALSE(DateProblem(token.date).empty());
}

TEST(DateSlashTest, DotsAndDashesAreResolvedAlike) {
  DateToken dots = OnlyDate("12.06.2024");
  EXPECT_TRUE(IsDayMonthUndecided(dots));
  ResolveDayMonthOrder(dots, /*day_first=*/false);
  EXPECT_EQ(dots.format, "MM.DD.YYYY");
  EXPECT_EQ(dots.date, Date(2024, 12, 6));
  DateToken dashes = OnlyDate("11-23-2015");
  ResolveDayMonthOrder(dashes, /*day_first=*/false);
  EXPECT_EQ(dashes.format, "MM-DD-YYYY");
  EXPECT_EQ(dashes.date, Date(2015, 11, 23));
  EXPECT_EQ(FormatDate(Date(2015, 11, 23), "MM-DD-YYYY"), "11-23-2015");
  EXPECT_EQ(FormatDate(Date(2015, 11, 23), "NN-NN-YYYY"), "");  // undecided: never written
}

TEST(DateSlashTest, OtherFormatsAreLeftAlone) {
  DateToken token = OnlyDate("Jun 2024");
  ResolveDayMonthOrder(token, /*day_first=*/false);
  EXPECT_EQ(token.format, "Mon YYYY");
  EXPECT_FALSE(IsDayMonthUndecided(token));
  DateToken iso = OnlyDate("2024/06/12");
  ResolveDayMonthOrder(iso, /*day_first=*/true);
  EXPECT_EQ(iso.format, "YYYY/MM/DD");
  EXPECT_EQ(iso.date, Date(2024, 6, 12));
}

TEST(DateSlashTest, ResolvingTwiceIsANoOp) {
  DateToken token = OnlyDate("03/04/2024");
  ResolveDayMonthOrder(token, /*day_first=*/true);
  ResolveDayMonthOrder(token, /*day_first=*/false);
  EXPECT_EQ(token.format, "DD/MM/YYYY");
  EXPECT_EQ(token.date, Date(2024, 4, 3));
}

// --- DateProblem -------------------------------------------------------------

TEST(DateProblemTest, ExistingDates) {
  EXPECT_EQ(DateProblem(Date(2024, 6, 12)), "");
  EXPECT_EQ(DateProblem(Date(2024, 2, 29)), "");
  EXPECT_EQ(DateProblem(Date(2000, 2, 29)), "");
  EXPECT_EQ(DateProblem(Date(2024, 12, 31)), "");
  EXPECT_EQ(DateProblem(Date(2024, 3, 0)), "");  // no day written
  EXPECT_EQ(DateProblem(Date(2016, 0, 0)), "");  // year only
}

TEST(DateProblemTest, DaysThatDoNotExist) {
  EXPECT_EQ(DateProblem(Date(2024, 2, 30)), "2024-02 has 29 days, not 30");
  EXPECT_EQ(DateProblem(Date(2023, 2, 29)), "2023-02 has 28 days, not 29");
  EXPECT_EQ(DateProblem(Date(1900, 2, 29)), "1900-02 has 28 days, not 29");
  EXPECT_EQ(DateProblem(Date(2024, 4, 31)), "2024-04 has 30 days, not 31");
  EXPECT_EQ(DateProblem(Date(2024, 5, 32)), "2024-05 has 31 days, not 32");
  EXPECT_EQ(DateProblem(Date(2024, 5, -1)), "there is no day 0");
}

TEST(DateProblemTest, MonthsThatDoNotExist) {
  EXPECT_EQ(DateProblem(Date(2024, 13, 1)), "there is no month 13");
  EXPECT_EQ(DateProblem(Date(2024, 13, 0)), "there is no month 13");
  EXPECT_EQ(DateProblem(Date(2024, -1, 0)), "there is no month 0");
  EXPECT_EQ(DateProblem(Date(2024, -1, 5)), "there is no month 0");
}

TEST(DateProblemTest, YearsThatAreNotYears) {
  EXPECT_EQ(DateProblem(Date(999, 1, 1)), "year 999 is not a year");
  EXPECT_EQ(DateProblem(Date(0, 0, 0)), "year 0 is not a year");
  EXPECT_EQ(DateProblem(Date(1000, 1, 1)), "");
}

// --- IsoString / ParseIsoDate / DaysInMonth ----------------------------------

TEST(DateIsoTest, IsoString) {
  EXPECT_EQ(IsoString(Date(2024, 6, 12)), "2024-06-12");
  EXPECT_EQ(IsoString(Date(2024, 3, 0)), "2024-03");
  EXPECT_EQ(IsoString(Date(2016, 0, 0)), "2016");
  EXPECT_EQ(IsoString(Date(987, 1, 2)), "0987-01-02");
}

TEST(DateIsoTest, ParseIsoDate) {
  EXPECT_EQ(ParseIsoDate("2024-06-12"), Date(2024, 6, 12));
  EXPECT_EQ(ParseIsoDate("2024-02-29"), Date(2024, 2, 29));
  EXPECT_EQ(ParseIsoDate("2023-02-29"), Date(0, 0, 0));
  EXPECT_EQ(ParseIsoDate("2024-13-01"), Date(0, 0, 0));
  EXPECT_EQ(ParseIsoDate("2024-00-10"), Date(0, 0, 0));
  EXPECT_EQ(ParseIsoDate("2024-06-00"), Date(0, 0, 0));
  EXPECT_EQ(ParseIsoDate("2024-6-12"), Date(0, 0, 0));
  EXPECT_EQ(ParseIsoDate("2024/06/12"), Date(0, 0, 0));
  EXPECT_EQ(ParseIsoDate("2024-06-12 "), Date(0, 0, 0));
  EXPECT_EQ(ParseIsoDate("2024-06"), Date(0, 0, 0));
  EXPECT_EQ(ParseIsoDate("abcd-ef-gh"), Date(0, 0, 0));
  EXPECT_EQ(ParseIsoDate("+024-06-12"), Date(0, 0, 0));
  EXPECT_EQ(ParseIsoDate(""), Date(0, 0, 0));
}

TEST(DateIsoTest, RoundTrip) {
  for (CalendarDate date : {Date(2024, 1, 1), Date(1999, 12, 31), Date(2000, 2, 29)})
    EXPECT_EQ(ParseIsoDate(IsoString(date)), date) << IsoString(date);
}

TEST(DateIsoTest, DaysInMonth) {
  EXPECT_EQ(DaysInMonth(2024, 1), 31);
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(2024, 4), 30);
  EXPECT_EQ(DaysInMonth(2024, 6), 30);
  EXPECT_EQ(DaysInMonth(2024, 9), 30);
  EXPECT_EQ(DaysInMonth(2024, 11), 30);
  EXPECT_EQ(DaysInMonth(2024, 12), 31);
  EXPECT_EQ(DaysInMonth(2024, 0), 0);
  EXPECT_EQ(DaysInMonth(2024, 13), 0);
  EXPECT_EQ(DaysInMonth(2024, -1), 0);
}

TEST(DateIsoTest, CalendarDateOrdering) {
  EXPECT_LT(Date(2023, 12, 31), Date(2024, 1, 1));
  EXPECT_LT(Date(2024, 1, 0), Date(2024, 1, 1));
  EXPECT_LT(Date(2024, 0, 0), Date(2024, 1, 0));
}

}  // namespace
}  // namespace awesomelint
