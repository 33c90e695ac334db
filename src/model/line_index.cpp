#include "awesomelint/model/line_index.h"

#include <algorithm>

namespace awesomelint {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (size_t i = text.find('\n'); i != std::string_view::npos && i + 1 < text.size();
       i = text.find('\n', i + 1))
    starts_.push_back(i + 1);
}

size_t LineIndex::LineStart(int line) const {
  if (line < 1) return 0;
  if (line > line_count()) return text_.size();
  return starts_[line - 1];
}

std::string_view LineIndex::Line(int line) const {
  if (line < 1 || line > line_count()) return {};
  size_t begin = starts_[line - 1];
  size_t end = line < line_count() ? starts_[line] : text_.size();
  if (end > begin && text_[end - 1] == '\n') --end;
  if (end > begin && text_[end - 1] == '\r') --end;
  return text_.substr(begin, end - begin);
}

size_t LineIndex::OffsetOf(int line, int byte_column) const {
  size_t offset = LineStart(line) + (byte_column > 0 ? byte_column - 1 : 0);
  return std::min(offset, text_.size());
}

int LineIndex::LineOf(size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<int>(it - starts_.begin());
}

Position LineIndex::PositionOf(size_t offset) const {
  offset = std::min(offset, text_.size());
  int line = LineOf(offset);
  int column = 1;
  for (size_t i = starts_[line - 1]; i < offset; ++i) {
    // Count code points: skip UTF-8 continuation bytes.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return {line, column};
}

}  // namespace awesomelint
