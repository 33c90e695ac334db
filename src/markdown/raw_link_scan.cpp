#include "raw_link_scan.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace awesomelint {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Skips a code span starting at `i` (a backtick run); returns the offset of its last byte.
size_t SkipCodeSpan(std::string_view text, size_t i, size_t limit) {
  size_t run = 0;
  while (i + run < limit && text[i + run] == '`') ++run;
  for (size_t j = i + run; j < limit;) {
    if (text[j] != '`') {
      ++j;
      continue;
    }
    size_t close = 0;
    while (j + close < limit && text[j + close] == '`') ++close;
    if (close == run) return j + close - 1;
    j += close;
  }
  return i + run - 1;  // unmatched: the run is literal
}

}  // namespace

RawLink ScanRawLink(std::string_view text, size_t open, size_t limit) {
  RawLink link;
  limit = std::min(limit, text.size());
  if (open >= limit || text[open] != '[') return link;
  int depth = 0;
  size_t i = open;
  for (; i < limit; ++i) {
    char c = text[i];
    if (c == '\\') {
      ++i;
    } else if (c == '`') {
      i = SkipCodeSpan(text, i, limit);
    } else if (c == '[') {
      ++depth;
    } else if (c == ']' && --depth == 0) {
      break;
    }
  }
  if (i >= limit) return link;
  size_t close = i;
  link.text = {open + 1, close};
  link.label = link.text;
  if (close + 1 < limit && text[close + 1] == '(') {
    size_t j = close + 2;
    while (j < limit && IsSpace(text[j])) ++j;
    if (j < limit && text[j] == '<') {
      size_t end = text.find('>', j + 1);
      if (end == std::string_view::npos || end >= limit) return link;
      link.dest = {j + 1, end};
      j = end + 1;
    } else {
      size_t begin = j;
      int parens = 0;
      for (; j < limit && !IsSpace(text[j]); ++j) {
        if (text[j] == '\\') {
          ++j;
        } else if (text[j] == '(') {
          ++parens;
        } else if (text[j] == ')') {
          if (parens == 0) break;
          --parens;
        }
      }
      link.dest = {begin, std::min(j, limit)};
    }
    while (j < limit && IsSpace(text[j])) ++j;
    if (j < limit && (text[j] == '"' || text[j] == '\'' || text[j] == '(')) {  // a title
      char quote = text[j] == '(' ? ')' : text[j];
      for (++j; j < limit && text[j] != quote; ++j)
        if (text[j] == '\\') ++j;
      ++j;
      while (j < limit && IsSpace(text[j])) ++j;
    }
    if (j >= limit || text[j] != ')') return link;
    link.ok = true;
    link.inline_destination = true;
    link.end = j + 1;
    return link;
  }
  if (close + 1 < limit && text[close + 1] == '[') {
    size_t end = text.find(']', close + 2);
    if (end != std::string_view::npos && end < limit) {
      if (end > close + 2) link.label = {close + 2, end};
      link.ok = true;
      link.end = end + 1;
      return link;
    }
  }
  link.ok = true;
  link.end = close + 1;
  return link;
}

std::string NormalizeLabel(std::string_view label) {
  std::string out;
  bool space = false;
  for (char c : label) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace awesomelint
