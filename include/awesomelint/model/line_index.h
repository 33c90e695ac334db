// LineIndex: maps byte offsets of a text to 1-based lines and columns and back.
// Lines end at "\n", as git, diffs and the line numbers of reports count them; an
// index of CommonMark's lines, which a lone "\r" ends too, maps cmark-gfm's
// positions to byte offsets.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "awesomelint/model/span.h"

namespace awesomelint {

class LineIndex {
 public:
  // What ends a line: "\n" (after an optional "\r"), or also a "\r" on its own,
  // as in CommonMark, which ends lines at "\n", "\r\n" and "\r".
  enum class Breaks { kNewline, kCommonMark };

  LineIndex() = default;
  explicit LineIndex(std::string_view text, Breaks breaks = Breaks::kNewline);

  // Whether `text` holds a "\r" not followed by "\n": where its CommonMark lines
  // are not its "\n" lines.
  static bool HasLoneCarriageReturn(std::string_view text);

  int line_count() const { return static_cast<int>(starts_.size()); }
  // Byte offset where 1-based `line` starts; clamps to the text's size.
  size_t LineStart(int line) const;
  // The line's bytes without its line break ("\n", "\r\n", or a CommonMark "\r").
  std::string_view Line(int line) const;
  // Byte offset of a cmark position (1-based line, 1-based byte column); its
  // lines are Breaks::kCommonMark's, the same as kNewline's when
  // !HasLoneCarriageReturn(text).
  size_t OffsetOf(int line, int byte_column) const;
  int LineOf(size_t offset) const;
  // Line and column (in code points) of a byte offset. Counts at most a few
  // hundred bytes, however long the line.
  Position PositionOf(size_t offset) const;

 private:
  // Code points (bytes that are no UTF-8 continuation byte) before `offset`,
  // modulo 2^32: differences of two stay exact.
  uint32_t CodePointsBefore(size_t offset) const;

  std::string_view text_;
  std::vector<size_t> starts_;
  // Code points before every kStride-th byte; empty when no line is long.
  std::vector<uint32_t> checkpoints_;
};

}  // namespace awesomelint
