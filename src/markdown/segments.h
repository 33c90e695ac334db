// Segments: a large document is parsed in pieces, so that cmark-gfm's tree never
// holds the whole file. A piece ends only where CommonMark starts a new top-level
// block whatever came before: before a bullet item at column 0, or before a line
// at column 0 after a blank line — unless the text before ends inside a fenced
// code block or an HTML block, which cmark-gfm's own parse of the piece tells.
#pragma once

#include <string_view>
#include <vector>

struct cmark_node;

namespace awesomelint {

// Offsets of the lines where a piece may end (ascending, never 0).
std::vector<size_t> SegmentBoundaries(std::string_view text);

// True when `piece`, parsed as `root`, ends inside a top-level fenced code block
// or HTML block, which the next line might continue: the piece must grow.
bool EndsInsideOpenBlock(cmark_node* root, std::string_view piece);

}  // namespace awesomelint
