// What awesomelint knows, printed: the rules, the configuration that applies to a
// file, the config's JSON Schema, a rule's page.
#pragma once

#include <string>

#include "awesomelint/config/config.h"
#include "awesomelint/config/settings.h"
#include "awesomelint/lint/linter.h"
#include "options.h"

namespace awesomelint {

// --list-rules, in the output format asked for (pretty: plain text).
std::string ListRules(OutputFormat format);
// --print-config FILE: `config` (and `linter`, made from it) for FILE as JSON with
// comments, each value with where it came from, then the rules it runs.
std::string PrintConfig(const CommandLine& cli, const Config& config, const Linter& linter,
                        const std::string& file);
// --print-schema: the config's JSON Schema.
std::string PrintSchema();
// --explain RULE: the rule's page and how to silence it; InputError for an unknown rule.
std::string Explain(const std::string& rule);

}  // namespace awesomelint
