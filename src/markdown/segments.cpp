#include "segments.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <string>

namespace awesomelint {
namespace {

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// A bullet with content: "* * *" and "- - -" are thematic breaks and an empty
// item cannot interrupt a paragraph; "1." cannot either, so numbers never count.
bool IsBulletItem(std::string_view line) {
  if (line.size() < 3 || (line[0] != '*' && line[0] != '-' && line[0] != '+')) return false;
  if (line[1] != ' ' && line[1] != '\t') return false;
  std::string_view rest = line.substr(2);
  if (IsBlank(rest)) return false;
  return rest.find_first_not_of(std::string(" \t\r") + line[0]) != std::string_view::npos;
}

// The piece's lines, without the final newline.
std::vector<std::string_view> Lines(std::string_view piece) {
  std::vector<std::string_view> lines;
  for (size_t pos = 0; pos < piece.size();) {
    size_t newline = piece.find('\n', pos);
    size_t next = newline == std::string_view::npos ? piece.size() : newline + 1;
    lines.push_back(
        piece.substr(pos, newline == std::string_view::npos ? next - pos : newline - pos));
    pos = next;
  }
  return lines;
}

bool IsClosingFence(std::string_view line, char character, size_t length) {
  size_t indent = 0;
  while (indent < line.size() && line[indent] == ' ') ++indent;
  if (indent > 3) return false;
  size_t run = 0;
  while (indent + run < line.size() && line[indent + run] == character) ++run;
  return run >= length && IsBlank(line.substr(indent + run));
}

}  // namespace

std::vector<size_t> SegmentBoundaries(std::string_view text) {
  std::vector<size_t> boundaries;
  bool previous_blank = false;
  for (size_t pos = 0; pos < text.size();) {
    size_t newline = text.find('\n', pos);
    size_t next = newline == std::string_view::npos ? text.size() : newline + 1;
    std::string_view line = text.substr(pos, next - pos);
    if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
    bool column0 = !line.empty() && line[0] != ' ' && line[0] != '\t' && !IsBlank(line);
    if (pos > 0 && column0 && (previous_blank || IsBulletItem(line))) boundaries.push_back(pos);
    previous_blank = IsBlank(line);
    pos = next;
  }
  return boundaries;
}

bool EndsInsideOpenBlock(cmark_node* root, std::string_view piece) {
  cmark_node* last = cmark_node_last_child(root);
  if (!last) return false;
  std::vector<std::string_view> lines = Lines(piece);
  int line_count = static_cast<int>(lines.size());
  switch (cmark_node_get_type(last)) {
    case CMARK_NODE_CODE_BLOCK: {
      int length = 0, offset = 0;
      char character = 0;
      if (!cmark_node_get_fenced(last, &length, &offset, &character)) return false;
      // Closed on the piece's last line, or still open at its end?
      return !IsClosingFence(lines.back(), character, static_cast<size_t>(length)) ||
             cmark_node_get_start_line(last) == line_count;
    }
    case CMARK_NODE_HTML_BLOCK: {
      // cmark-gfm reports no usable end line for HTML blocks: count the literal's.
      const char* literal = cmark_node_get_literal(last);
      std::string_view text = literal ? literal : "";
      int end = cmark_node_get_start_line(last) +
                static_cast<int>(std::count(text.begin(), text.end(), '\n'));
      if (!text.empty() && text.back() == '\n') --end;
      return end >= line_count;  // it may go on; a blank line after it would have ended it
    }
    default:
      return false;
  }
}

}  // namespace awesomelint
