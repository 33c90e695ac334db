// The one validator of option values: a value written on the command line is
// first turned into the JSON a config would hold, and both are checked here, so
// `--timeout 0` and `"timeout": 0` are the same error.
#include <re2/re2.h>

#include <fmt/format.h>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <limits>

#include "awesomelint/config/options.h"
#include "awesomelint/model/url.h"
#include "awesomelint/support/errors.h"
#include "awesomelint/support/strings.h"
#include "awesomelint/support/suggest.h"

namespace awesomelint {
namespace {

using json = nlohmann::json;

[[noreturn]] void Fail(std::string_view where, std::string_view why) {
  throw InputError(fmt::format("{}: {}", where, why));
}

// A value as an error message quotes it: 'text', or JSON for anything else.
std::string Quoted(const json& value) {
  return value.is_string() ? fmt::format("'{}'", value.get<std::string>()) : value.dump();
}

std::vector<std::string> SplitCommas(std::string_view text) {
  std::vector<std::string> parts;
  for (size_t start = 0; start <= text.size();) {
    size_t comma = std::min(text.find(',', start), text.size());
    parts.emplace_back(Trim(text.substr(start, comma - start)));
    start = comma + 1;
  }
  return parts;
}

// A string, or a list of strings (a config may write one value without brackets).
std::vector<std::string> StringList(const json& value, std::string_view where) {
  if (value.is_string()) return {value.get<std::string>()};
  if (!value.is_array()) Fail(where, "must be a string or a list of strings");
  std::vector<std::string> out;
  for (const json& item : value) {
    if (!item.is_string()) Fail(where, "must be a list of strings");
    out.push_back(item.get<std::string>());
  }
  return out;
}

std::optional<long long> ParseWhole(std::string_view text) {
  long long value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

struct Unit {
  std::string_view name;  // lower case; "" for a bare number
  long long scale;
};

// A number with an optional unit, any case ("90s", "16M"); nullopt for another unit
// or more than `max_digits` digits.
std::optional<long long> ParseScaled(std::string_view text, size_t max_digits,
                                     std::initializer_list<Unit> units) {
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0 || digits > max_digits) return std::nullopt;
  std::string unit = ToLower(text.substr(digits));
  for (const Unit& known : units) {
    if (unit != known.name) continue;
    long long number = *ParseWhole(text.substr(0, digits));
    if (number > std::numeric_limits<long long>::max() / known.scale) return std::nullopt;
    return number * known.scale;
  }
  return std::nullopt;
}

// "90s", "5m", "2h", "1d" or a number of seconds.
std::optional<long long> ParseDuration(std::string_view text) {
  return ParseScaled(text, 9, {{"", 1}, {"s", 1}, {"m", 60}, {"h", 3600}, {"d", 86400}});
}

// "16M", "512K", "1000000" -> bytes.
std::optional<long long> ParseSize(std::string_view text) {
  return ParseScaled(text, 12, {{"", 1}, {"k", 1LL << 10}, {"m", 1LL << 20}, {"g", 1LL << 30}});
}

// Fails unless `name` is one of `known`: `message` (with {} for the name and {} for
// the list) and a "did you mean".
void RequireOneOf(const std::string& name, const std::vector<std::string>& known,
                  std::string_view where, std::string_view message) {
  if (std::find(known.begin(), known.end(), name) != known.end()) return;
  Fail(where,
       fmt::format(fmt::runtime(message), name, fmt::join(known, ", ")) + DidYouMean(name, known));
}

void RequireRegex(const std::string& pattern, std::string_view where) {
  re2::RE2 regex(pattern, re2::RE2::Quiet);
  if (!regex.ok())
    Fail(where, fmt::format("'{}' is not a valid regular expression: {}", pattern, regex.error()));
}

json CheckInteger(const OptionSpec& spec, const json& value, std::string_view where,
                  std::string_view unit) {
  std::string range = fmt::format("a whole number{} from {} to {}", unit, spec.min, spec.max);
  if (!value.is_number_integer())
    Fail(where, fmt::format("must be {}, not {}", range, value.dump()));
  long long number = value.get<long long>();
  if (number < spec.min || number > spec.max)
    Fail(where, fmt::format("must be {}, not {}", range, number));
  return number;
}

json CheckRegexes(const json& value, std::string_view where) {
  std::vector<std::string> patterns = StringList(value, where);
  for (const std::string& pattern : patterns) RequireRegex(pattern, where);
  return patterns;
}

json CheckRemaps(const json& value, std::string_view where) {
  json rules = json::array();
  for (const std::string& rule : StringList(value, where)) {
    size_t space = rule.find_first_of(" \t");
    size_t replacement = space == std::string::npos ? space : rule.find_first_not_of(" \t", space);
    if (replacement == std::string::npos)
      Fail(where, fmt::format("'{}' must be 'REGEX REPLACEMENT'", rule));
    std::string pattern = rule.substr(0, space);
    RequireRegex(pattern, where);
    rules.push_back({pattern, rule.substr(replacement)});
  }
  return rules;
}

json CheckStatusCodes(const json& value, std::string_view where) {
  json codes = json::array();
  for (const json& code : value.is_array() ? value : json::array({value})) {
    if (!code.is_number_integer() || code.get<long long>() < 100 || code.get<long long>() > 999)
      Fail(where, fmt::format("{} is not an HTTP status code (100-999)", Quoted(code)));
    codes.push_back(code.get<long>());
  }
  return codes;
}

json CheckVerdicts(const json& value, std::string_view where) {
  static const std::vector<std::string> kFailing = {
      "broken", "redirected", "blocked", "timeout", "error", "private-redirect", "rate-limited"};
  std::vector<std::string> names = StringList(value, where);
  for (const std::string& name : names)
    RequireOneOf(name, kFailing, where, "'{}' is not a verdict that can fail a run ({})");
  return names;
}

json CheckReports(const json& value, std::string_view where) {
  std::vector<std::string> formats(kReportFormats.begin(), kReportFormats.end());
  json reports = json::array();
  for (const std::string& text : StringList(value, where)) {
    size_t equals = text.find('=');
    if (equals == std::string::npos || equals + 1 == text.size())
      Fail(where,
           fmt::format("'{}': expected FORMAT=FILE or FORMAT+=FILE, e.g. sarif=results.sarif",
                       text));
    bool append = equals > 0 && text[equals - 1] == '+';
    std::string format = ToLower(text.substr(0, equals - (append ? 1 : 0)));
    RequireOneOf(format, formats, where, "'{}' is not a format ({})");
    reports.push_back({{"format", format}, {"path", text.substr(equals + 1)}, {"append", append}});
  }
  return reports;
}

json CheckProviders(const json& value, std::string_view where) {
  if (!value.is_object()) Fail(where, "must be an object of API base URLs");
  for (const auto& [name, url] : value.items()) {
    RequireOneOf(name, ProviderEndpoints::Names(), where, "unknown provider '{}'; use {}");
    std::optional<Url> parsed =
        url.is_string() ? ParseUrl(url.get<std::string>()) : std::optional<Url>();
    if (!parsed || (parsed->scheme != "https" && parsed->scheme != "http") || parsed->host.empty())
      Fail(fmt::format("{}.{}", where, name), "must be an http or https URL");
  }
  return value;
}

json CheckChoice(const OptionSpec& spec, const json& value, std::string_view where) {
  std::vector<std::string> choices(spec.choices.begin(), spec.choices.end());
  if (!value.is_string()) Fail(where, fmt::format("must be one of {}", fmt::join(choices, ", ")));
  std::string choice = ToLower(value.get<std::string>());
  RequireOneOf(choice, choices, where, "'{}' is not one of {}");
  return choice;
}

std::string TextOf(const json& value, std::string_view where, std::string_view what) {
  if (!value.is_string()) Fail(where, fmt::format("must be {}", what));
  return value.get<std::string>();
}

}  // namespace

json ParseOptionText(const OptionSpec& spec, std::string_view text, std::string_view where) {
  json value = std::string(text);
  switch (spec.type) {
    case OptionType::kFlag:
      value = true;
      break;
    case OptionType::kInteger:
    case OptionType::kSeconds:
      if (std::optional<long long> number = ParseWhole(Trim(text))) value = *number;
      break;
    case OptionType::kStatusCodes: {
      value = json::array();
      for (const std::string& code : SplitCommas(text)) {
        std::optional<long long> number = ParseWhole(code);
        value.push_back(number ? json(*number) : json(code));
      }
      break;
    }
    case OptionType::kNames:
    case OptionType::kVerdicts: {
      value = json::array();
      for (const std::string& name : SplitCommas(text))
        if (!name.empty()) value.push_back(name);
      break;
    }
    case OptionType::kProviders: {  // NAME=URL
      size_t equals = text.find('=');
      if (equals == std::string_view::npos)
        Fail(where, fmt::format("'{}' must be NAME=URL, e.g. github=https://api.github.com", text));
      value = json::object();
      value[std::string(Trim(text.substr(0, equals)))] = std::string(Trim(text.substr(equals + 1)));
      break;
    }
    default:
      break;
  }
  return CheckOptionValue(spec, value, where);
}

json CheckOptionValue(const OptionSpec& spec, const json& value, std::string_view where) {
  switch (spec.type) {
    case OptionType::kFlag:
      if (!value.is_boolean()) Fail(where, "must be true or false");
      return value;
    case OptionType::kText:
      return TextOf(value, where, "a string");
    case OptionType::kTexts:
    case OptionType::kNames:
      return StringList(value, where);
    case OptionType::kInteger:
      return CheckInteger(spec, value, where, "");
    case OptionType::kSeconds:
      return CheckInteger(spec, value, where, " of seconds");
    case OptionType::kDuration: {
      std::optional<long long> seconds =
          value.is_string() ? ParseDuration(value.get<std::string>()) : std::nullopt;
      if (value.is_number_integer() && value.get<long long>() >= 0)
        seconds = value.get<long long>();
      if (!seconds)
        Fail(where,
             fmt::format("{} is not a duration; write it as 90s, 10m, 12h or 7d", Quoted(value)));
      if (*seconds > spec.max)
        Fail(where, fmt::format("must be at most {}d, not {} s", spec.max / 86400, *seconds));
      return *seconds;
    }
    case OptionType::kSize: {
      std::optional<long long> bytes =
          value.is_string() ? ParseSize(value.get<std::string>()) : std::nullopt;
      if (value.is_number_integer()) bytes = value.get<long long>();
      if (!bytes)
        Fail(where,
             fmt::format("{} is not a size; write it as 16M, 512K or 1000000", Quoted(value)));
      if (*bytes < spec.min || *bytes > spec.max)
        Fail(where, fmt::format("must be at most {} bytes (1G), not {}", spec.max, *bytes));
      return *bytes;
    }
    case OptionType::kChoice:
      return CheckChoice(spec, value, where);
    case OptionType::kDate: {
      std::string text = TextOf(value, where, "a date as YYYY-MM-DD");
      CalendarDate date = ParseIsoDate(text);
      if (date.year == 0 || text.size() != 10 || !DateProblem(date).empty())
        Fail(where, fmt::format("expected a date as YYYY-MM-DD, got '{}'", text));
      return text;
    }
    case OptionType::kStatusCodes:
      return CheckStatusCodes(value, where);
    case OptionType::kVerdicts:
      return CheckVerdicts(value, where);
    case OptionType::kRegexes:
      return CheckRegexes(value, where);
    case OptionType::kRemaps:
      return CheckRemaps(value, where);
    case OptionType::kHeaders: {
      std::vector<std::string> headers = StringList(value, where);
      for (const std::string& header : headers)
        if (header.find(':') == std::string::npos || header.front() == ':')
          Fail(where, fmt::format("'{}' must be 'Name: value'", header));
      return headers;
    }
    case OptionType::kResolves: {
      std::vector<std::string> entries = StringList(value, where);
      for (const std::string& entry : entries) {
        size_t first = entry.find(':'), second = entry.find(':', first + 1);
        bool port = first != std::string::npos && second != std::string::npos &&
                    second > first + 1 && ParseWhole(entry.substr(first + 1, second - first - 1));
        if (first == 0 || !port || second + 1 >= entry.size())
          Fail(where, fmt::format("'{}' must be HOST:PORT:ADDRESS, e.g. example.org:443:127.0.0.1",
                                  entry));
      }
      return entries;
    }
    case OptionType::kReports:
      return CheckReports(value, where);
    case OptionType::kCacheFile:
      if (value.is_boolean() && !value.get<bool>()) return "";
      if (!value.is_string() || value.get<std::string>().empty())
        Fail(where, "must be a file name, or false for no cache");
      return value;
    case OptionType::kProviders:
      return CheckProviders(value, where);
  }
  return value;
}

}  // namespace awesomelint
