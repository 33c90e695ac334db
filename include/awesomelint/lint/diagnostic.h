// Diagnostic: one finding of a rule, with its severity and an optional fix.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "awesomelint/model/span.h"

namespace awesomelint {

enum class Severity { kOff, kInfo, kWarning, kError };

std::string_view SeverityName(Severity severity);
std::optional<Severity> ParseSeverity(std::string_view name);

// A mechanical fix: replace the bytes of `span` with `replacement`.
struct Fix {
  Span span;
  std::string replacement;
};

struct Diagnostic {
  std::string rule;
  Severity severity = Severity::kError;
  std::string message;
  Span span;  // where, in bytes; resolved into begin/end positions
  Position begin;
  Position end;
  std::optional<Fix> fix;
};

}  // namespace awesomelint
