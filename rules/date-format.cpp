// date-format: entry dates are real dates, written in the list's own format,
// and not in the future.
#include <fmt/format.h>

#include <algorithm>

#include "awesomelint/entries/conventions.h"
#include "awesomelint/lint/rule.h"
#include "awesomelint/support/errors.h"
#include "awesomelint/support/suggest.h"

namespace awesomelint {
namespace {

bool InFuture(const CalendarDate& date, const CalendarDate& today) {
  if (today.year == 0) return false;
  if (date.year != today.year) return date.year > today.year;
  if (date.month == 0) return false;
  if (date.month != today.month) return date.month > today.month;
  return date.day > today.day;
}

class DateFormatRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "date-format",
        "Entry dates exist, follow the list's format and are not in the future",
        {"research", "entry", "dates"},
        Severity::kError,
        /*fixable=*/true,
        {{"format", "string", "\"\"",
          "The list's date format, e.g. \"DD.MM.YYYY\", \"YYYY-MM-DD\", \"Mon YYYY\"; "
          "inferred from the list when empty"},
         {"future", "boolean", "true", "Warn about dates after today"}}};
    return kMeta;
  }

  void Configure(const nlohmann::json& options) override {
    format_ = OptionString(options, "date-format", "format", "");
    future_ = OptionBool(options, "date-format", "future", true);
    const std::vector<std::string>& known = KnownDateFormats();
    if (!format_.empty() && std::find(known.begin(), known.end(), format_) == known.end()) {
      auto guess = ClosestMatch(format_, known, 3);
      throw InputError(fmt::format(
          "option date-format.format: unknown format \"{}\"{}", format_,
          DidYouMean(guess, '"', fmt::format("; use one of: {}", fmt::join(known, ", ")))));
    }
  }

  void Check(const Document&, const Entries& entries, const LintContext& context,
             RuleReporter& out) const override {
    DateConvention convention = InferDateFormat(entries, format_);
    for (const Entry& entry : entries) {
      if (!entry.has_date) continue;
      const DateToken& token = entry.date;
      std::string problem = DateProblem(token.date);
      if (!problem.empty()) {
        out.Report(token.span, fmt::format("Impossible date '{}': {}", token.text, problem));
        continue;
      }
      if (!convention.format.empty() && token.format != convention.format) {
        // A date whose day and month cannot be told apart is never rewritten.
        std::string rewritten =
            IsDayMonthUndecided(token) ? "" : FormatDate(token.date, convention.format);
        std::optional<Fix> fix;
        if (!rewritten.empty()) fix = Fix{token.span, rewritten};
        out.Report(token.span,
                   fmt::format("Date '{}' is written {}; this list writes {}{}", token.text,
                               token.format, convention.format,
                               rewritten.empty() ? "" : fmt::format(" ('{}')", rewritten)),
                   RuleReporter::Weight::kPrimary, std::move(fix));
        continue;
      }
      if (future_ && InFuture(token.date, context.today)) {
        out.Report(token.span,
                   fmt::format("Date '{}' is in the future (today is {})", token.text,
                               IsoString(context.today)),
                   RuleReporter::Weight::kSecondary);
      }
    }
  }

 private:
  std::string format_;
  bool future_ = true;
};

}  // namespace

std::unique_ptr<Rule> MakeDateFormatRule() {
  return std::make_unique<DateFormatRule>();
}

}  // namespace awesomelint
