// The config's "links" section, and durations.
#include <fmt/format.h>

#include "awesomelint/config/links_section.h"
#include "awesomelint/support/errors.h"

namespace awesomelint {

std::optional<std::chrono::seconds> ParseDuration(std::string_view text) {
  if (text.empty()) return std::nullopt;
  size_t digits = 0;
  long value = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) {
    value = value * 10 + (text[digits++] - '0');
    if (value > 100'000'000) return std::nullopt;
  }
  if (digits == 0) return std::nullopt;
  std::string_view unit = text.substr(digits);
  long scale = unit.empty() || unit == "s" ? 1
               : unit == "m"               ? 60
               : unit == "h"               ? 3600
               : unit == "d"               ? 86400
                                           : 0;
  if (scale == 0) return std::nullopt;
  return std::chrono::seconds(value * scale);
}

namespace {

std::string Where(const std::string& where, const std::string& key) {
  return fmt::format("{}: links.{}", where, key);
}

std::vector<std::string> Strings(const nlohmann::json& value, const std::string& where,
                                 const std::string& key) {
  std::vector<std::string> out;
  if (value.is_string()) return {value.get<std::string>()};
  if (!value.is_array())
    throw InputError(Where(where, key) + " must be a string or a list of strings");
  for (const auto& item : value) {
    if (!item.is_string()) throw InputError(Where(where, key) + " must be a list of strings");
    out.push_back(item.get<std::string>());
  }
  return out;
}

int Positive(const nlohmann::json& value, const std::string& where, const std::string& key) {
  if (!value.is_number_integer() || value.get<long>() < 0 || value.get<long>() > 100000)
    throw InputError(Where(where, key) + " must be a whole number from 0");
  return value.get<int>();
}

}  // namespace

void ApplyLinksConfig(const nlohmann::json& section, const std::string& where,
                      LinkOptions& options) {
  for (const auto& [key, value] : section.items()) {
    if (key == "remap") {
      for (const std::string& rule : Strings(value, where, key)) {
        size_t space = rule.find_first_of(" \t");
        if (space == std::string::npos)
          throw InputError(Where(where, key) + ": '" + rule + "' must be 'REGEX REPLACEMENT'");
        size_t replacement = rule.find_first_not_of(" \t", space);
        options.remap.emplace_back(rule.substr(0, space), rule.substr(replacement));
      }
    } else if (key == "exclude") {
      for (const std::string& pattern : Strings(value, where, key))
        options.exclude.push_back(pattern);
    } else if (key == "include") {
      for (const std::string& pattern : Strings(value, where, key))
        options.include.push_back(pattern);
    } else if (key == "accept") {
      if (!value.is_array())
        throw InputError(Where(where, key) + " must be a list of status codes");
      for (const auto& code : value) {
        if (!code.is_number_integer() || code.get<long>() < 100 || code.get<long>() > 999)
          throw InputError(Where(where, key) + " must be a list of HTTP status codes (100-999)");
        options.accept.push_back(code.get<long>());
      }
    } else if (key == "timeout") {
      options.timeout = std::chrono::seconds(Positive(value, where, key));
    } else if (key == "max-concurrency") {
      options.max_concurrency = std::max(1, Positive(value, where, key));
    } else if (key == "host-concurrency") {
      options.host_concurrency = std::max(1, Positive(value, where, key));
    } else if (key == "max-retries") {
      options.max_retries = Positive(value, where, key);
    } else if (key == "user-agent") {
      if (!value.is_string()) throw InputError(Where(where, key) + " must be a string");
      options.user_agent = value.get<std::string>();
    } else if (key == "headers") {
      for (const std::string& header : Strings(value, where, key)) {
        if (header.find(':') == std::string::npos)
          throw InputError(Where(where, key) + ": '" + header + "' must be 'Name: value'");
        options.headers.push_back(header);
      }
    } else if (key == "cache") {
      if (value.is_boolean()) {
        if (!value.get<bool>()) options.cache_file.clear();
      } else if (value.is_string()) {
        options.cache_file = value.get<std::string>();
      } else {
        throw InputError(Where(where, key) + " must be a file name or false");
      }
    } else if (key == "max-cache-age") {
      std::optional<std::chrono::seconds> age =
          value.is_string() ? ParseDuration(value.get<std::string>()) : std::nullopt;
      if (!age)
        throw InputError(Where(where, key) + " must be a duration such as \"12h\" or \"7d\"");
      options.max_cache_age = *age;
    } else if (key == "fail-on") {
      options.fail_on.clear();
      for (const std::string& name : Strings(value, where, key)) {
        std::optional<LinkVerdict> verdict = ParseVerdict(name);
        if (!verdict)
          throw InputError(Where(where, key) + ": '" + name +
                           "' is not a verdict (broken, redirected, blocked, timeout, error)");
        options.fail_on.push_back(*verdict);
      }
    } else if (key == "providers") {
      if (!value.is_object())
        throw InputError(Where(where, key) + " must be an object of API base URLs");
      for (const auto& [provider, url] : value.items()) {
        if (!url.is_string())
          throw InputError(Where(where, key + "." + provider) + " must be a URL");
        std::string base = url.get<std::string>();
        if (provider == "github")
          options.endpoints.github_api = base;
        else if (provider == "arxiv")
          options.endpoints.arxiv_api = base;
        else if (provider == "huggingface")
          options.endpoints.huggingface_api = base;
        else if (provider == "zenodo")
          options.endpoints.zenodo_api = base;
        else if (provider == "doi")
          options.endpoints.doi_api = base;
        else
          throw InputError(Where(where, key) + ": unknown provider '" + provider +
                           "'; use github, arxiv, huggingface, zenodo or doi");
      }
    }
  }
}

}  // namespace awesomelint
