// Moving an entry, with all its lines, to where it belongs in its section: the
// fix of date-order and sort-order. A move deletes the entry's lines and inserts
// the same bytes elsewhere, so no other byte of the file changes and the file
// keeps the same lines. A move that could change what the file means — an item
// with nested items, an entry sharing a line with other text, a row into another
// table — is not offered: the finding stands without a fix.
#pragma once

#include <optional>
#include <string_view>

#include "awesomelint/entries/entries.h"
#include "awesomelint/lint/diagnostic.h"

namespace awesomelint {

namespace entry_moves {

inline bool Blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

inline size_t Indent(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && (line[n] == ' ' || line[n] == '\t')) ++n;
  return n;
}

// Offset of the start of `line`, or of the end of the text after the last line;
// npos when the text does not end with a line break there.
inline size_t LineStartOrEnd(const Document& doc, int line) {
  const LineIndex& lines = doc.lines();
  if (line <= lines.line_count()) return lines.LineStart(line);
  std::string_view text = doc.text();
  return !text.empty() && text.back() == '\n' ? text.size() : std::string_view::npos;
}

// Whether the entry's lines hold it alone, and what follows them is not part of
// it (nested items, an indented continuation).
inline bool StandsAlone(const Document& doc, const Entry& entry) {
  const LineIndex& lines = doc.lines();
  std::string_view first = lines.Line(entry.line);
  std::string_view lead = doc.text().substr(lines.LineStart(entry.line),
                                            entry.span.begin - lines.LineStart(entry.line));
  // Before the entry on its first line: indentation and a list marker or "> ".
  for (char c : lead)
    if (c != ' ' && c != '\t' && c != '-' && c != '*' && c != '+' && c != '>' && c != '.' &&
        !(c >= '0' && c <= '9'))
      return false;
  // After it on its last line: nothing but white space.
  size_t last_end = lines.LineStart(entry.end_line) + lines.Line(entry.end_line).size();
  if (entry.span.end > last_end ||
      !Blank(doc.text().substr(entry.span.end, last_end - entry.span.end)))
    return false;
  if (entry.end_line >= lines.line_count()) return true;
  std::string_view next = lines.Line(entry.end_line + 1);
  return Blank(next) || Indent(next) <= Indent(first);
}

// What the entry's move takes: its lines, and for a paragraph the blank line after it.
inline std::optional<Span> MovedLines(const Document& doc, const Entry& entry, bool paragraph) {
  size_t begin = doc.lines().LineStart(entry.line);
  int last = entry.end_line + (paragraph ? 1 : 0);
  if (paragraph && (last > doc.lines().line_count() || !Blank(doc.lines().Line(last))))
    return std::nullopt;
  size_t end = LineStartOrEnd(doc, last + 1);
  if (end == std::string_view::npos) return std::nullopt;
  return Span{begin, end};
}

}  // namespace entry_moves

// The fix that moves `entry` into the gap after `prev` and before `next` (either
// may be null, not both): before `next`'s first line, or else after `prev`.
inline std::optional<Fix> MoveEntry(const Document& doc, const Entry& entry, const Entry* prev,
                                    const Entry* next) {
  using namespace entry_moves;
  const Entry* target = next ? next : prev;
  if (!target || target->shape != entry.shape || target->table != entry.table) return std::nullopt;
  if (!StandsAlone(doc, entry) || !StandsAlone(doc, *target)) return std::nullopt;
  bool paragraph = entry.shape == EntryShape::kParagraph || entry.shape == EntryShape::kBlockquote;
  std::optional<Span> moved = MovedLines(doc, entry, paragraph);
  if (!moved) return std::nullopt;
  std::string_view text = doc.text().substr(moved->begin, moved->size());
  Edit insert;
  if (next) {  // its lines (and blank line) go right before the next entry's first line
    insert.span.begin = insert.span.end = doc.lines().LineStart(next->line);
    insert.replacement = std::string(text);
  } else {  // after the previous entry's lines: a paragraph after its blank line
    size_t at = LineStartOrEnd(doc, prev->end_line + 1);
    if (at == std::string_view::npos) return std::nullopt;
    insert.span.begin = insert.span.end = at;
    if (paragraph) {  // "prev", blank, "entry": the blank line moves in front of it
      std::string_view blank = text.substr(text.rfind('\n', text.size() - 2) + 1);
      insert.replacement =
          std::string(blank) + std::string(text.substr(0, text.size() - blank.size()));
    } else {
      insert.replacement = std::string(text);
    }
  }
  if (insert.span.begin > moved->begin && insert.span.begin < moved->end) return std::nullopt;
  return Fix{*moved, "", {std::move(insert)}};
}

}  // namespace awesomelint
