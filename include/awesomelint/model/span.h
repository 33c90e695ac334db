// Where things are in a document: byte spans, and the line and column a reader sees.
#pragma once

#include <cstddef>

namespace awesomelint {

// A half-open byte range [begin, end) of the document's text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

// A 1-based line and column; columns count Unicode code points.
struct Position {
  int line = 0;
  int column = 0;
  auto operator<=>(const Position&) const = default;
};

}  // namespace awesomelint
