// Diagnostic: one finding, from a rule or from the link checker.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace awesomelint {

enum class Severity { kOff, kInfo, kWarning, kError };

std::string_view SeverityName(Severity severity);
std::optional<Severity> ParseSeverity(std::string_view name);

// A half-open byte range [begin, end) of the document's text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

// A mechanical fix: replace the bytes of `span` with `replacement`.
struct Fix {
  Span span;
  std::string replacement;
};

// A 1-based line and column; columns count Unicode code points.
struct Position {
  int line = 0;
  int column = 0;
  auto operator<=>(const Position&) const = default;
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
