// LineIndex: maps byte offsets of a text to 1-based lines and columns and back.
#pragma once

#include <string_view>
#include <vector>

#include "awesomelint/model/span.h"

namespace awesomelint {

class LineIndex {
 public:
  LineIndex() = default;
  explicit LineIndex(std::string_view text);

  int line_count() const { return static_cast<int>(starts_.size()); }
  // Byte offset where 1-based `line` starts; clamps to the text's size.
  size_t LineStart(int line) const;
  // The line's bytes without its "\n" or "\r\n".
  std::string_view Line(int line) const;
  // Byte offset of a cmark position (1-based line, 1-based byte column).
  size_t OffsetOf(int line, int byte_column) const;
  int LineOf(size_t offset) const;
  // Line and column (in code points) of a byte offset.
  Position PositionOf(size_t offset) const;

 private:
  std::string_view text_;
  std::vector<size_t> starts_;
};

}  // namespace awesomelint
