// Reads a bracketed link straight from the source, since cmark-gfm's inline
// positions are unreliable on lazy continuation lines and for autolinks.
#pragma once

#include <string>
#include <string_view>

#include "awesomelint/model/span.h"

namespace awesomelint {

struct RawLink {
  bool ok = false;
  bool inline_destination = false;  // "[text](dest)"; otherwise a reference
  Span text;                        // between the brackets
  Span dest;                        // inline: the destination as written, without <>
  Span label;                       // reference: the label ("[text][label]"), else the text
  size_t end = 0;                   // one past the construct
  size_t scanned = 0;               // one past the last byte read, whether ok or not
};

// `open` is the offset of the '[' that starts the link text; scanning stops at `limit`.
// Linear in the bytes it reads, however many code spans open and never close.
RawLink ScanRawLink(std::string_view text, size_t open, size_t limit);

// Normalises a link label as CommonMark matches them: case-folded, whitespace collapsed.
std::string NormalizeLabel(std::string_view label);

}  // namespace awesomelint
