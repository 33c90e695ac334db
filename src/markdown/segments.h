// Segments: a large document is parsed in pieces, so that cmark-gfm's tree never
// holds the whole file. A piece ends only where CommonMark starts a new top-level
// block whatever came before: before a bullet item at column 0, or before a line
// at column 0 after a blank line — unless the text before ends inside a fenced
// code block or an HTML block, which cmark-gfm's own parse of the piece tells.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

struct cmark_node;

namespace awesomelint {

// Offsets of the lines where a piece may end (ascending, never 0). Lines end at
// "\n", "\r\n" or a lone "\r", as in CommonMark.
std::vector<size_t> SegmentBoundaries(std::string_view text);

// True when `piece`, parsed as `root`, ends inside a top-level fenced code block
// or HTML block, which the next line might continue: the piece must grow.
bool EndsInsideOpenBlock(cmark_node* root, std::string_view piece);

// What a segmented parse cost: cmark-gfm parsed `parsed_bytes` in `parses` runs
// to make `pieces` trees. A piece that would end inside an open block is parsed
// again at least twice as long, so parsed_bytes stays under three times the text's size.
struct SegmentStats {
  size_t pieces = 0;
  size_t parses = 0;
  size_t parsed_bytes = 0;
};

// Parses `text` with cmark-gfm and the GFM extensions, in pieces of about
// `segment_bytes` (one piece when references may cross pieces), and hands each
// tree in order to `walk` with the offset of its first byte; the tree is dropped
// after `walk` returns. With several pieces, parsing runs on a second thread one
// or two pieces ahead of `walk`. All parsing stays on one thread at a time:
// cmark-gfm keeps global state while it parses (its special-character table).
SegmentStats ParseSegments(std::string_view text, size_t segment_bytes,
                           const std::function<void(cmark_node* root, size_t begin)>& walk);

class ParseArena;

// One cmark-gfm parse of `text`, allocated in `arena`, which owns the tree.
cmark_node* ParseGfm(std::string_view text, ParseArena& arena);

}  // namespace awesomelint
