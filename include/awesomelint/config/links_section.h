// The config's "links" section, read over LinkOptions.
#pragma once

#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "awesomelint/links/link_options.h"

namespace awesomelint {

// Reads the config's "links" section over `options`; throws InputError (with
// `where`) on a bad value.
void ApplyLinksConfig(const nlohmann::json& section, const std::string& where,
                      LinkOptions& options);

// Parses "90s", "5m", "2h", "1d" or a number of seconds; nullopt when malformed.
std::optional<std::chrono::seconds> ParseDuration(std::string_view text);

}  // namespace awesomelint
