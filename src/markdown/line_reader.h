// LineReader: a text's lines as CommonMark (and so cmark-gfm) reads them — a line
// ends at "\n", "\r\n" or a "\r" on its own — for the scans that must see the
// lines cmark-gfm sees (segment boundaries, parse limits). Reports number lines
// by "\n" only (as git and editors do), which number() gives.
#pragma once

#include <algorithm>
#include <string_view>

namespace awesomelint {

class LineReader {
 public:
  explicit LineReader(std::string_view text)
      : text_(text), newline_(std::min(text.find('\n'), text.size())) {}

  // The next line, without its line break, or false at the end of the text (a
  // line break at the very end starts no line).
  bool Next(std::string_view& line) {
    if (next_ >= text_.size()) return false;
    if (next_ > 0 && text_[next_ - 1] == '\n') ++number_;
    begin_ = next_;
    // The next "\n" is looked for once for all the lines that lone "\r"s cut it
    // into: a text of "\r"s is read in linear time.
    if (newline_ < begin_) newline_ = std::min(text_.find('\n', begin_), text_.size());
    size_t end = newline_;
    // A "\r" before the end of the line ends a line of its own; one just before
    // the "\n" (or at the end of the text) is part of the line break.
    size_t cr = text_.substr(0, end).find('\r', begin_);
    if (cr != std::string_view::npos && cr + 1 < end) {
      line = text_.substr(begin_, cr - begin_);
      next_ = cr + 1;
      return true;
    }
    line = text_.substr(begin_, (cr == std::string_view::npos ? end : cr) - begin_);
    next_ = end + 1;
    return true;
  }

  // Where the last line read starts.
  size_t begin() const { return begin_; }
  // The 1-based number of the "\n" line the last line read is on.
  int number() const { return number_; }

 private:
  std::string_view text_;
  size_t begin_ = 0;
  size_t next_ = 0;
  size_t newline_;  // the first "\n" at or after begin_ (or the text's size)
  int number_ = 1;
};

}  // namespace awesomelint
