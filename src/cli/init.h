// --init: a commented .awesomelint.json that matches a list — its kind, date format,
// order and tags written out, so that they stop being guesses — checked to add no
// finding to the list's own lint before it is written, and never over an existing one.
#pragma once

#include <string>

#include "awesomelint/config/settings.h"
#include "awesomelint/entries/entries.h"

namespace awesomelint {

// The config for `file` (read from `path`), as JSON with comments.
std::string InitialConfig(const ParsedFile& file, const std::string& path,
                          const CalendarDate& today);

// Writes it beside the list: `path`'s directory/.awesomelint.json. Returns what was
// written where; InputError when a config is there already.
std::string WriteInitialConfig(const ParsedFile& file, const std::string& path,
                               const CalendarDate& today);

}  // namespace awesomelint
