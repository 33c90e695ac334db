#include "raw_link_scan.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace awesomelint {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The code spans met by one scan. A backtick run opens a code span closed by the
// next run of as many backticks; a run that no later run closes is literal. The
// first unclosed run is found by reading to the limit, and the runs read on the
// way are kept by length, so that later unclosed runs cost a lookup, not
// another read to the limit.
class CodeSpans {
 public:
  CodeSpans(std::string_view text, size_t limit) : text_(text), limit_(limit) {}

  // The offset of the last byte of the code span opened by the run at `i` (or of
  // the run, when it is literal); `scanned` grows to one past the last byte read.
  size_t Skip(size_t i, size_t& scanned) {
    size_t run = RunAt(i);
    if (indexed_) {
      auto it = runs_.find(run);
      if (it == runs_.end()) return i + run - 1;
      auto close = std::lower_bound(it->second.begin(), it->second.end(), i + run);
      return close == it->second.end() ? i + run - 1 : *close + run - 1;
    }
    std::vector<std::pair<size_t, size_t>> seen;  // runs read: offset, length
    for (size_t j = i + run; j < limit_;) {
      if (text_[j] != '`') {
        ++j;
        continue;
      }
      size_t close = RunAt(j);
      if (close == run) {
        scanned = std::max(scanned, j + close);
        return j + close - 1;
      }
      seen.emplace_back(j, close);
      j += close;
    }
    scanned = std::max(scanned, limit_);
    indexed_ = true;
    for (const auto& [at, length] : seen) runs_[length].push_back(at);
    return i + run - 1;  // unmatched: the run is literal
  }

 private:
  size_t RunAt(size_t i) const {
    size_t run = 0;
    while (i + run < limit_ && text_[i + run] == '`') ++run;
    return run;
  }

  std::string_view text_;
  size_t limit_;
  bool indexed_ = false;  // every run after the first unclosed one is in runs_
  std::unordered_map<size_t, std::vector<size_t>> runs_;  // by length: their offsets
};

}  // namespace

RawLink ScanRawLink(std::string_view text, size_t open, size_t limit) {
  RawLink link;
  limit = std::min(limit, text.size());
  link.scanned = std::min(open + 1, limit);
  if (open >= limit || text[open] != '[') return link;
  CodeSpans code_spans(text, limit);
  int depth = 0;
  size_t i = open;
  for (; i < limit; ++i) {
    char c = text[i];
    if (c == '\\') {
      ++i;
    } else if (c == '`') {
      i = code_spans.Skip(i, link.scanned);
    } else if (c == '[') {
      ++depth;
    } else if (c == ']' && --depth == 0) {
      break;
    }
  }
  link.scanned = std::max(link.scanned, std::min(i + 1, limit));
  if (i >= limit) return link;
  size_t close = i;
  link.text = {open + 1, close};
  link.label = link.text;
  std::string_view window = text.substr(0, limit);
  if (close + 1 < limit && text[close + 1] == '(') {
    size_t j = close + 2;
    auto done = [&](size_t at) { link.scanned = std::max(link.scanned, std::min(at + 1, limit)); };
    while (j < limit && IsSpace(text[j])) ++j;
    if (j < limit && text[j] == '<') {
      size_t end = window.find('>', j + 1);
      done(end == std::string_view::npos ? limit : end);
      if (end == std::string_view::npos) return link;
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
    done(j);
    if (j >= limit || text[j] != ')') return link;
    link.ok = true;
    link.inline_destination = true;
    link.end = j + 1;
    return link;
  }
  if (close + 1 < limit && text[close + 1] == '[') {
    size_t end = window.find(']', close + 2);
    link.scanned = end == std::string_view::npos ? limit : end + 1;
    if (end != std::string_view::npos) {
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
