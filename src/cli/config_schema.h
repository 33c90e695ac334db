// The JSON Schema of .awesomelint.json, made from the option table and the rules'
// metadata, so that editors complete and check a config (--print-schema; installed
// as share/awesomelint/awesomelint.schema.json, and kept in docs/).
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "awesomelint/lint/rule.h"

namespace awesomelint {

inline constexpr const char* kSchemaUrl =
    "https://raw.githubusercontent.com/awesomelint/awesomelint/main/docs/"
    "awesomelint.schema.json";

nlohmann::ordered_json ConfigSchema(const std::vector<const RuleMeta*>& rules);

}  // namespace awesomelint
