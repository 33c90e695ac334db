#include "awesomelint/model/line_index.h"

#include <algorithm>

namespace awesomelint {
namespace {

// Bytes between checkpoints: 1/64 of the text in memory, when there is a long line.
constexpr size_t kStride = 256;

// Code points in [begin, end): the bytes that are no UTF-8 continuation byte.
uint32_t CountCodePoints(std::string_view text, size_t begin, size_t end) {
  uint32_t count = 0;
  for (size_t i = begin; i < end; ++i)
    count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

}  // namespace

bool LineIndex::HasLoneCarriageReturn(std::string_view text) {
  for (size_t i = text.find('\r'); i != std::string_view::npos; i = text.find('\r', i + 1))
    if (i + 1 == text.size() || text[i + 1] != '\n') return true;
  return false;
}

LineIndex::LineIndex(std::string_view text, Breaks breaks) : text_(text) {
  starts_.push_back(0);
  size_t longest = 0;
  auto next_break = [&](size_t from) {
    return breaks == Breaks::kCommonMark ? text.find_first_of("\r\n", from) : text.find('\n', from);
  };
  for (size_t i = next_break(0); i != std::string_view::npos; i = next_break(i + 1)) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;  // one break
    if (i + 1 == text.size()) break;  // the text's last byte starts no line
    longest = std::max(longest, i + 1 - starts_.back());
    starts_.push_back(i + 1);
  }
  longest = std::max(longest, text.size() - starts_.back());
  // Short lines are counted from their start; a long one from the checkpoint
  // before the offset, and its start from the one before that.
  if (longest <= 2 * kStride) return;
  checkpoints_.reserve(text.size() / kStride + 1);
  uint32_t count = 0;
  checkpoints_.push_back(0);
  for (size_t at = kStride; at <= text.size(); at += kStride) {
    count += CountCodePoints(text, at - kStride, at);
    checkpoints_.push_back(count);
  }
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

uint32_t LineIndex::CodePointsBefore(size_t offset) const {
  size_t checkpoint = offset / kStride;
  return checkpoints_[checkpoint] + CountCodePoints(text_, checkpoint * kStride, offset);
}

Position LineIndex::PositionOf(size_t offset) const {
  if (starts_.empty()) return {1, 1};  // a default-constructed index: an empty text
  offset = std::min(offset, text_.size());
  int line = LineOf(offset);
  size_t start = starts_[line - 1];
  uint32_t before = offset - start <= 2 * kStride || checkpoints_.empty()
                        ? CountCodePoints(text_, start, offset)
                        : CodePointsBefore(offset) - CodePointsBefore(start);
  return {line, static_cast<int>(before) + 1};
}

}  // namespace awesomelint
