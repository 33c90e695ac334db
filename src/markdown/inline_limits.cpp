// Inline shapes that libcmark-gfm 0.29.0.gfm.6 parses in quadratic time, found
// in one linear pass before it is handed the text (fixed upstream in gfm.13):
//  - a raw HTML opener without its closer ("<?" without "?>", "<![CDATA[" without
//    "]]>", "<!X" without ">") is scanned to the end of its paragraph, each one;
//  - each link walks every "[" and "![" still open before it, to deactivate them.
// Each cost is counted per paragraph (up to a blank line, an upper bound) and
// all of them against one budget per byte of the text.
#include <fmt/format.h>

#include <cctype>
#include <string_view>

#include "awesomelint/markdown/input.h"
#include "awesomelint/support/errors.h"
#include "line_reader.h"

namespace awesomelint {
namespace {

bool IsBlankLine(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t') return false;
  return true;
}

// Bytes the raw HTML scanner reads for the openers of `paragraph`: each opener
// to its closer, or to the paragraph's end. One backward pass.
size_t RawHtmlScanCost(std::string_view paragraph) {
  size_t end = paragraph.size();
  size_t next_pi = end, next_cdata = end, next_gt = end;  // where each closer starts
  size_t cost = 0;
  for (size_t i = end; i-- > 0;) {
    std::string_view rest = paragraph.substr(i);
    if (rest.substr(0, 2) == "?>") next_pi = i;
    if (rest.substr(0, 3) == "]]>") next_cdata = i;
    if (paragraph[i] == '>') next_gt = i;
    if (paragraph[i] != '<' || rest.size() < 2) continue;
    if (rest[1] == '?')
      cost += next_pi - i;
    else if (rest.substr(0, 9) == "<![CDATA[")
      cost += next_cdata - i;
    else if (rest[1] == '!' && rest.size() > 2 && std::isalpha(static_cast<unsigned char>(rest[2])))
      cost += next_gt - i;
  }
  return cost;
}

// Brackets walked when links close: at each "](", every "[" still open.
size_t BracketWalkCost(std::string_view paragraph) {
  size_t open = 0, cost = 0;
  for (size_t i = 0; i < paragraph.size(); ++i) {
    char c = paragraph[i];
    if (c == '\\') {
      ++i;  // an escaped bracket is text
    } else if (c == '[') {
      ++open;
    } else if (c == ']' && open > 0) {
      --open;
      if (i + 1 < paragraph.size() && paragraph[i + 1] == '(') cost += open;
    }
  }
  return cost;
}

}  // namespace

void CheckInlineScanLimits(const std::string& path, std::string_view text) {
  const size_t budget = kInlineScanPerByte * text.size() + kInlineScanAllowance;
  size_t html = 0, brackets = 0;
  int paragraph_line = 0;
  size_t paragraph_begin = std::string_view::npos;
  auto close_paragraph = [&](size_t end) {
    if (paragraph_begin == std::string_view::npos) return;
    std::string_view paragraph = text.substr(paragraph_begin, end - paragraph_begin);
    paragraph_begin = std::string_view::npos;
    html += RawHtmlScanCost(paragraph);
    brackets += BracketWalkCost(paragraph);
    if (html > budget)
      throw InputError(fmt::format(
          "{}:{}: raw HTML openers without their closers ('<?' without '?>', '<![CDATA[' "
          "without ']]>', '<!X' without '>'): libcmark-gfm scans to the end of the paragraph "
          "for each, past {} bytes in all for a file of {} bytes; close them, or escape the '<' as "
          "'\\<'",
          path, paragraph_line, budget, text.size()));
    if (brackets > budget)
      throw InputError(fmt::format(
          "{}:{}: links after many unclosed '[' or '![': libcmark-gfm walks every open bracket "
          "at each link, past {} steps in all for a file of {} bytes; close the brackets, or "
          "escape them as '\\['",
          path, paragraph_line, budget, text.size()));
  };
  // cmark-gfm's lines: a lone "\r" ends one too.
  LineReader lines(text);
  for (std::string_view line; lines.Next(line);) {
    if (IsBlankLine(line)) {
      close_paragraph(lines.begin());
    } else if (paragraph_begin == std::string_view::npos) {
      paragraph_begin = lines.begin();
      paragraph_line = lines.number();
    }
  }
  close_paragraph(text.size());
}

}  // namespace awesomelint
