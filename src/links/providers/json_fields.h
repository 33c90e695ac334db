// Fields of the providers' JSON answers, read so that an odd answer never ends the run:
// a missing field or one of another type reads as not said. Text is PlainText: no
// control characters, bounded.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "awesomelint/support/strings.h"

namespace awesomelint {

// Longer than any name, title or description an answer holds.
inline constexpr size_t kMaxAnswerText = 4096;

// The field `key` of `object`; null when `object` is not an object or has no such field.
inline const nlohmann::json* JsonField(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

// A string field as plain text; empty when not said.
inline std::string JsonString(const nlohmann::json& object, const char* key) {
  const nlohmann::json* field = JsonField(object, key);
  return field && field->is_string()
             ? PlainText(field->get_ref<const std::string&>(), kMaxAnswerText)
             : std::string();
}

inline bool JsonBool(const nlohmann::json& object, const char* key) {
  const nlohmann::json* field = JsonField(object, key);
  return field && field->is_boolean() && field->get<bool>();
}

// A count (stars): -1 when not said or not an integer from 0 to 10^9.
inline long JsonCount(const nlohmann::json& object, const char* key) {
  const nlohmann::json* field = JsonField(object, key);
  if (!field || !field->is_number_integer()) return -1;
  long long value = field->get<long long>();
  return value < 0 || value > 1'000'000'000 ? -1 : static_cast<long>(value);
}

}  // namespace awesomelint
