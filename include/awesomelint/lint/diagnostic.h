// Diagnostic: one finding of a rule, with its severity and an optional fix.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/model/span.h"

namespace awesomelint {

enum class Severity { kOff, kInfo, kWarning, kError };

std::string_view SeverityName(Severity severity);
std::optional<Severity> ParseSeverity(std::string_view name);

// One edit of a text: the bytes of `span` become `replacement`.
struct Edit {
  Span span;
  std::string replacement;
};

// A mechanical fix: replace the bytes of `span` with `replacement`, and make the
// `also` edits with it (a move: the lines deleted at `span`, inserted elsewhere).
// A fix is applied whole or not at all.
struct Fix {
  Span span;
  std::string replacement;
  std::vector<Edit> also = {};
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
