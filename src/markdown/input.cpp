#include "awesomelint/markdown/input.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

#include "awesomelint/model/line_index.h"
#include "awesomelint/support/errors.h"
#include "line_reader.h"
#include "support/utf8.h"

namespace awesomelint {
namespace {

// --- Parse limits --------------------------------------------------------------

bool IsSpaceChar(char c) {
  return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}

bool IsBlank(std::string_view text) {
  for (char c : text)
    if (!IsSpaceChar(c)) return false;
  return true;
}

// A line's container prefix: the block quote markers, list markers and white
// space before its content.
struct ContainerPrefix {
  size_t end = 0;  // where the content starts
  // At most this many containers stay open after the line: one per marker, and
  // one per two columns of indentation (a list item's content is indented two
  // columns or more past its parent's), without the spaces that follow a list
  // marker, which belong to its item.
  size_t containers = 0;
  bool list_marker = false;
};

ContainerPrefix ReadContainerPrefix(std::string_view line) {
  ContainerPrefix prefix;
  size_t column = 0, indentation = 0, markers = 0;
  bool after_list_marker = false;
  size_t i = 0;
  while (i < line.size()) {
    char c = line[i];
    if (c == ' ' || c == '\t') {
      size_t width = c == '\t' ? 4 - column % 4 : 1;
      column += width;
      if (!after_list_marker) indentation += width;
      ++i;
      continue;
    }
    if (c == '>') {
      ++markers;
      ++column;
      ++i;
      after_list_marker = false;
      continue;
    }
    size_t j = i;
    if (c == '-' || c == '+' || c == '*') {
      j = i + 1;
    } else {  // an ordered list marker: up to nine digits, then "." or ")"
      while (j < line.size() && j - i < 9 && line[j] >= '0' && line[j] <= '9') ++j;
      if (j == i || j == line.size() || (line[j] != '.' && line[j] != ')')) break;
      ++j;
    }
    if (j < line.size() && line[j] != ' ' && line[j] != '\t' && line[j] != '\r') break;
    ++markers;
    column += j - i;
    i = j;
    after_list_marker = true;
    prefix.list_marker = true;
  }
  prefix.end = i;
  prefix.containers = markers + indentation / 2;
  return prefix;
}

// The cells of `content` read as a table row, as GFM splits one: unescaped pipes
// separate them, and a leading and a trailing pipe open and close the row.
size_t TableCells(std::string_view content) {
  while (!content.empty() && IsSpaceChar(content.back())) content.remove_suffix(1);
  if (content.empty()) return 0;
  size_t pipes = 0;
  bool trailing = false;
  for (size_t i = 0; i < content.size(); ++i) {
    if (content[i] == '\\' && i + 1 < content.size() &&
        std::ispunct(static_cast<unsigned char>(content[i + 1]))) {
      ++i;
      continue;
    }
    if (content[i] == '|') {
      ++pipes;
      trailing = i + 1 == content.size();
    }
  }
  bool leading = content[0] == '|';
  size_t cells = pipes + 1 - (leading ? 1 : 0);
  if (trailing && (!leading || pipes > 1)) --cells;
  return cells;
}

// Dashes with a pipe or a colon, and nothing but white space besides: what could
// be a table's delimiter row ("| --- | :-: |", "---|---", ":--"). "---" alone is
// a setext underline or a thematic break.
bool MayBeDelimiterRow(std::string_view content) {
  bool dash = false, pipe_or_colon = false;
  for (char c : content) {
    if (c == '-') {
      dash = true;
    } else if (c == '|' || c == ':') {
      pipe_or_colon = true;
    } else if (!IsSpaceChar(c)) {
      return false;
    }
  }
  return dash && pipe_or_colon;
}

// A line that starts another block, which ends a table.
bool EndsTable(std::string_view content, const ContainerPrefix& prefix) {
  return prefix.list_marker || content.starts_with('#') || content.starts_with("```") ||
         content.starts_with("~~~") || content.starts_with('<');
}

std::string HumanSize(size_t bytes) {
  return bytes >= 1024 * 1024 ? fmt::format("{:.1f} MB", bytes / (1024.0 * 1024.0))
                              : fmt::format("{} bytes", bytes);
}

}  // namespace

void CheckText(const std::string& path, std::string_view text) {
  if (text.size() >= 2 &&
      ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
    throw InputError(fmt::format("{}: the file is UTF-16; save it as UTF-8", path));
  size_t nul = text.find('\0');
  if (nul != std::string_view::npos) {
    Position at = LineIndex(text).PositionOf(nul);
    throw InputError(
        fmt::format("{}:{}:{}: a NUL byte: this looks like a binary file, not Markdown", path,
                    at.line, at.column));
  }
  for (size_t i = 0; i < text.size();) {
    // ASCII runs, eight bytes at a time.
    while (i + 8 <= text.size()) {
      uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= text.size()) break;
    size_t n = Utf8SequenceLength(text, i);
    if (n == 0) {
      LineIndex lines(text.substr(0, i + 1));
      int line = lines.LineOf(i);
      // Columns count code points of the valid prefix.
      int column = lines.PositionOf(i).column;
      throw InputError(
          fmt::format("{}:{}:{}: invalid UTF-8 (byte 0x{:02x}); save the file as UTF-8", path, line,
                      column, static_cast<unsigned char>(text[i])));
    }
    i += n;
  }
}

void CheckParseLimits(const std::string& path, std::string_view text) {
  // Tables: a region runs from a line that may be a delimiter row, after a
  // paragraph (its header), to a blank line or the start of another block.
  size_t widest = 0;  // cells of the widest line since the last blank line
  int widest_line = 0;
  bool in_table = false;
  size_t columns = 0, filled = 0;
  int table_line = 0;
  // Nesting: an upper bound of the containers open, and what the blank lines inside them cost.
  size_t open = 0, nesting_cost = 0;
  int open_line = 0;
  const size_t nesting_budget = kBlankNestingPerByte * text.size() + kBlankNestingAllowance;
  auto too_wide = [&](int line, std::string_view what, size_t cells) {
    return InputError(fmt::format(
        "{}:{}: a table {} of {} cells (limit {}): libcmark-gfm's time grows with the square of "
        "a row's cells",
        path, line, what, cells, kMaxTableRowCells));
  };
  bool previous_blank = true;
  // cmark-gfm's lines (a lone "\r" ends one too), numbered as reports number them.
  LineReader lines(text);
  for (std::string_view line; lines.Next(line);) {
    int number = lines.number();
    ContainerPrefix prefix = ReadContainerPrefix(line);
    std::string_view content = line.substr(prefix.end);
    if (!prefix.list_marker && IsBlank(content)) {
      // Blank, or block quote markers only: every list item open inside goes on.
      nesting_cost += open;
      if (nesting_cost > nesting_budget)
        throw InputError(fmt::format(
            "{}:{}: blank lines inside lists nested {} deep (line {}): libcmark-gfm's time grows "
            "with the depth times the blank lines, and here it would pass {} steps for {} bytes; "
            "nest the lists less deeply or remove the blank lines inside them",
            path, number, open, open_line, nesting_budget, text.size()));
      previous_blank = true;
      in_table = false;
      widest = 0;
      continue;
    }
    // After a blank line, what the line does not continue is closed; otherwise it
    // may be a lazy continuation line, which closes nothing.
    if (previous_blank || prefix.containers > open) {
      open = prefix.containers;
      open_line = number;
    }
    size_t cells = content.find('|') == std::string_view::npos ? 1 : TableCells(content);
    if (in_table && EndsTable(content, prefix)) in_table = false;
    if (in_table) {
      if (cells > kMaxTableRowCells) throw too_wide(number, "row", cells);
      filled += columns > cells ? columns - cells : 0;
      if (filled > kMaxFilledTableCells)
        throw InputError(fmt::format(
            "{}:{}: the table here ({} columns, line {}) and the rows before leave more than {} "
            "cells empty, which libcmark-gfm fills in one by one; give the rows their cells or "
            "the table fewer columns",
            path, number, columns, table_line, kMaxFilledTableCells));
    } else if (!previous_blank && MayBeDelimiterRow(content)) {
      if (cells > kMaxTableRowCells) throw too_wide(number, "delimiter row", cells);
      if (widest > kMaxTableRowCells) throw too_wide(widest_line, "header", widest);
      in_table = true;
      columns = cells;
      table_line = number;
    }
    if (cells > widest) {
      widest = cells;
      widest_line = number;
    }
    previous_blank = false;
  }
  CheckInlineScanLimits(path, text);
}

std::string ReadMarkdownFile(const std::string& path, size_t max_size) {
  std::string text;
  if (path == "-") {
    // At most one byte past the limit: an endless stream (/dev/zero) stops here.
    char buffer[1 << 16];
    while (text.size() <= max_size && std::cin.read(buffer, sizeof buffer).gcount() > 0)
      text.append(buffer, static_cast<size_t>(std::cin.gcount()));
  } else {
    struct stat info {};
    if (stat(path.c_str(), &info) != 0)
      throw InputError(fmt::format("{}: {}", path, std::strerror(errno)));
    if (S_ISDIR(info.st_mode))
      throw InputError(fmt::format("{}: is a directory; give the Markdown file inside it", path));
    if (!S_ISREG(info.st_mode)) throw InputError(fmt::format("{}: not a regular file", path));
    if (static_cast<size_t>(info.st_size) > max_size)
      throw InputError(fmt::format("{}: the file is {} (limit {}); raise it with --max-file-size",
                                   path, HumanSize(info.st_size), HumanSize(max_size)));
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(fmt::format("{}: {}", path, std::strerror(errno)));
    text.resize(static_cast<size_t>(info.st_size));
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<size_t>(in.gcount()));
  }
  if (text.size() > max_size)
    throw InputError(fmt::format("{}: the input is {} (limit {}); raise it with --max-file-size",
                                 path, HumanSize(text.size()), HumanSize(max_size)));
  CheckText(path, text);
  return text;
}

}  // namespace awesomelint
