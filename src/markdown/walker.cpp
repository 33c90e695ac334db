#include "walker.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <limits>
#include <utility>

#include "awesomelint/support/errors.h"
#include "awesomelint/support/strings.h"
#include "cmark_text.h"
#include "slug.h"

namespace awesomelint {
namespace {

constexpr size_t kNotFound = std::string_view::npos;
constexpr uint32_t kSpaceRun = 0;  // inline_text_ starts with the " " every break reads as

}  // namespace

DocumentWalker::DocumentWalker(Document& doc)
    : doc_(doc),
      text_(doc.text_),
      cmark_lines_(LineIndex::HasLoneCarriageReturn(doc.text_)
                       ? std::optional(LineIndex(doc.text_, LineIndex::Breaks::kCommonMark))
                       : std::nullopt),
      lines_(cmark_lines_ ? *cmark_lines_ : doc.lines_),
      locator_(doc.text_, lines_),
      html_(doc.links_, doc.html_anchors_, doc.directives_, doc.lines_) {
  doc_.inline_text_.assign(1, ' ');
}

void DocumentWalker::AddSegment(cmark_node* root, size_t begin) {
  line_offset_ = lines_.LineOf(begin) - 1;
  std::vector<size_t> pending = std::exchange(pending_ignores_, {});
  std::vector<size_t> continuing = std::exchange(continuing_ignores_, {});
  if (cmark_node* first = cmark_node_first_child(root)) {
    for (size_t directive : pending) IgnoreThrough(directive, first);
    bool goes_on = cmark_node_get_type(first) == CMARK_NODE_LIST &&
                   ListMarker(first, text_, NodeSpan(first).begin) == ignored_list_marker_;
    if (goes_on)
      for (size_t directive : continuing) IgnoreThrough(directive, first);
  }
  WalkTree(
      root, [this](cmark_node* node) { return EnterBlock(node); },
      [this](cmark_node* node) { LeaveBlock(node); });
}

void DocumentWalker::Finish() {
  AssignSlugs(doc_.headings_);
}

int DocumentWalker::StartLine(cmark_node* node) const {
  int line = cmark_node_get_start_line(node);
  return line > 0 ? line + line_offset_ : 0;
}

int DocumentWalker::EndLine(cmark_node* node) const {
  int line = cmark_node_get_end_line(node);
  return line > 0 ? line + line_offset_ : 0;
}

size_t DocumentWalker::LineEnd(int line) const {
  return lines_.LineStart(line) + lines_.Line(line).size();
}

Span DocumentWalker::NodeSpan(cmark_node* node) const {
  int first = StartLine(node);
  int last = std::max(first, EndLine(node));
  size_t begin = lines_.OffsetOf(first, cmark_node_get_start_column(node));
  size_t end = std::min(lines_.OffsetOf(last, cmark_node_get_end_column(node)) + 1, LineEnd(last));
  return {std::min(begin, end), end};
}

bool DocumentWalker::EnterBlock(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_HEADING:
      VisitHeading(node);
      return false;
    case CMARK_NODE_PARAGRAPH:
      // An item's own paragraphs were read with the item.
      if (cmark_node_get_type(cmark_node_parent(node)) != CMARK_NODE_ITEM) VisitParagraph(node);
      return false;
    case CMARK_NODE_ITEM:
      VisitItem(node);
      return true;
    case CMARK_NODE_HTML_BLOCK:
      VisitHtmlBlock(node);
      return false;
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_THEMATIC_BREAK:
      return false;
    default:
      break;
  }
  if (IsTableNode(node, "table")) {
    VisitTable(node);
    return false;
  }
  return true;
}

void DocumentWalker::LeaveBlock(cmark_node* node) {
  if (cmark_node_get_type(node) == CMARK_NODE_ITEM)
    current_item_ = doc_.blocks_[current_item_].parent;
}

Block DocumentWalker::NewBlock(Block::Kind kind) const {
  Block block;
  block.kind = kind;
  block.heading = heading_stack_.empty() ? -1 : heading_stack_.back();
  block.parent = current_item_;
  block.disclosure = CurrentDisclosure();
  return block;
}

void DocumentWalker::VisitItem(cmark_node* item) {
  // An item's own paragraphs are its block ("* **Title**", a blank line, then badges);
  // its other blocks (nested lists) are walked as its children, with the item current.
  size_t index = doc_.blocks_.size();
  doc_.blocks_.push_back(NewBlock(Block::Kind::kListItem));
  uint32_t begin = static_cast<uint32_t>(doc_.runs_.size());
  uint32_t label_end = begin;
  cmark_node* first = nullptr;
  cmark_node* last = nullptr;
  for (cmark_node* child = cmark_node_first_child(item); child; child = cmark_node_next(child)) {
    if (cmark_node_get_type(child) != CMARK_NODE_PARAGRAPH) continue;
    if (first) AddSpaceRun();  // paragraphs join with a space
    CollectInlines(child, /*record=*/true);
    if (!first) {
      first = child;
      label_end = static_cast<uint32_t>(doc_.runs_.size());
    }
    last = child;
  }
  Block& done = doc_.blocks_[index];
  done.runs = {begin, static_cast<uint32_t>(doc_.runs_.size())};
  done.label = {begin, label_end};
  done.has_paragraph = first != nullptr;
  if (first) done.span = {NodeSpan(first).begin, LineEnd(EndLine(last))};
  current_item_ = static_cast<int>(index);
}

void DocumentWalker::VisitParagraph(cmark_node* paragraph) {
  Block block = NewBlock(Block::Kind::kParagraph);
  block.quoted = cmark_node_get_type(cmark_node_parent(paragraph)) == CMARK_NODE_BLOCK_QUOTE;
  block.span = {NodeSpan(paragraph).begin, LineEnd(EndLine(paragraph))};
  block.runs = block.label = CollectInlines(paragraph, /*record=*/true);
  block.has_paragraph = true;
  doc_.blocks_.push_back(block);
}

void DocumentWalker::VisitHeading(cmark_node* node) {
  Heading heading;
  heading.level = cmark_node_get_heading_level(node);
  heading.span = HeadingSpan(node);
  heading.text = PlainText(node, /*with_images=*/false);  // slugged as is
  CollectInlines(node, /*record=*/false);
  while (!heading_stack_.empty() && doc_.headings_[heading_stack_.back()].level >= heading.level)
    heading_stack_.pop_back();
  heading.parent = heading_stack_.empty() ? -1 : heading_stack_.back();
  heading_stack_.push_back(static_cast<int>(doc_.headings_.size()));
  doc_.headings_.push_back(std::move(heading));
}

// cmark-gfm's end of a setext heading depends on what follows it: find the
// underline ("===" or "---") instead; an ATX heading ("## ...") is one line.
Span DocumentWalker::HeadingSpan(cmark_node* node) const {
  int first = StartLine(node);
  size_t begin = lines_.OffsetOf(first, cmark_node_get_start_column(node));
  auto content = [&](int line) {  // without container prefixes ("> ", indentation)
    std::string_view text = lines_.Line(line);
    while (!text.empty() && (text[0] == '>' || text[0] == ' ' || text[0] == '\t'))
      text.remove_prefix(1);
    return Trim(text);
  };
  std::string_view start = content(first);
  if (!start.empty() && start[0] == '#') return {begin, LineEnd(first)};
  for (int line = first + 1; line <= lines_.line_count() && line <= first + 16; ++line) {
    std::string_view text = content(line);
    if (!text.empty() && (text.find_first_not_of('=') == std::string_view::npos ||
                          text.find_first_not_of('-') == std::string_view::npos))
      return {begin, LineEnd(line)};
  }
  return NodeSpan(node);
}

void DocumentWalker::VisitHtmlBlock(cmark_node* node) {
  int first = StartLine(node);
  int last = LastLine(node);
  size_t begin = lines_.LineStart(first);
  size_t end = LineEnd(last);
  recording_ = true;
  size_t first_directive = doc_.directives_.size();
  html_.Read(text_.substr(begin, end - begin), begin, /*inline_html=*/false, this);
  ScopeIgnores(node, first_directive);
  CloseHtmlBlock(end);  // a row or item ends with its HTML block
  recording_ = false;
}

int DocumentWalker::LastLine(cmark_node* node) const {
  if (cmark_node_get_type(node) != CMARK_NODE_HTML_BLOCK) {
    // A list that ends at column 0 of a blank line ended on the line before.
    int last = EndLine(node);
    bool before_line = cmark_node_get_end_column(node) == 0 && last > StartLine(node);
    return before_line ? last - 1 : last;
  }
  // cmark-gfm reports no usable end for HTML blocks: count the literal's lines.
  std::string_view literal = Literal(node);
  int first = StartLine(node);
  int last = first + static_cast<int>(std::count(literal.begin(), literal.end(), '\n'));
  if (!literal.empty() && literal.back() == '\n') --last;
  return std::clamp(last, first, lines_.line_count());
}

void DocumentWalker::ScopeIgnores(cmark_node* node, size_t first_directive) {
  for (size_t i = first_directive; i < doc_.directives_.size(); ++i) {
    if (doc_.directives_[i].kind != Directive::Kind::kIgnoreNext) continue;
    if (cmark_node* next = cmark_node_next(node))
      IgnoreThrough(i, next);
    else if (cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_DOCUMENT)
      pending_ignores_.push_back(i);  // its next sibling starts the next segment
  }
}

void DocumentWalker::IgnoreThrough(size_t index, cmark_node* next) {
  Directive& directive = doc_.directives_[index];
  int last = LastLine(next);
  // A node without a position (a bare URL) is on the comment's line.
  int through = last > 0 ? doc_.lines_.LineOf(lines_.LineStart(last)) : directive.line;
  directive.ignore_through = std::max({directive.ignore_through, through, directive.line});
  // A list that ends the segment may go on in the next one.
  if (cmark_node_get_type(next) == CMARK_NODE_LIST && cmark_node_next(next) == nullptr &&
      cmark_node_get_type(cmark_node_parent(next)) == CMARK_NODE_DOCUMENT) {
    ignored_list_marker_ = ListMarker(next, text_, NodeSpan(next).begin);
    continuing_ignores_.push_back(index);
  }
}

void DocumentWalker::VisitTable(cmark_node* table) {
  int table_header = -1;
  for (cmark_node* row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
    bool header = cmark_gfm_extensions_get_table_row_is_header(row);
    if (header) {
      TableHeader names;
      for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
        names.cells.push_back(PlainText(cell, /*with_images=*/false));
        CollectInlines(cell, /*record=*/false);
      }
      table_header = static_cast<int>(doc_.table_headers_.size());
      doc_.table_headers_.push_back(std::move(names));
      continue;
    }
    Block block = NewBlock(Block::Kind::kTableRow);
    block.span = NodeSpan(row);
    block.table_header = table_header;
    block.first_cell = static_cast<uint32_t>(doc_.cells_.size());
    for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
      RunRange runs = CollectInlines(cell, /*record=*/true);
      doc_.cells_.push_back({NodeSpan(cell), runs});
    }
    block.cell_count = static_cast<uint32_t>(doc_.cells_.size()) - block.first_cell;
    doc_.blocks_.push_back(block);
  }
}

RunRange DocumentWalker::CollectInlines(cmark_node* container, bool record) {
  Span block = NodeSpan(container);
  if (cmark_node_get_type(container) == CMARK_NODE_PARAGRAPH)
    block.end = LineEnd(EndLine(container));
  size_t cursor = block.begin;
  html_.CloseAnchor();
  recording_ = record;
  search_budget_ = kSearchBudgetFactor * block.size() + kSearchBudgetBase;
  RunRange runs;
  runs.begin = static_cast<uint32_t>(doc_.runs_.size());
  WalkTree(
      container, [&](cmark_node* node) { return EnterInline(node, block, cursor); },
      [&](cmark_node* node) {
        if (cmark_node_get_type(node) == CMARK_NODE_STRONG) AddRun(InlineRun::Kind::kStrongEnd);
      });
  runs.end = static_cast<uint32_t>(doc_.runs_.size());
  recording_ = false;
  return runs;
}

void DocumentWalker::AddRun(InlineRun::Kind kind, int link) {
  if (!recording_) return;
  InlineRun run;
  run.kind = kind;
  run.link = link;
  doc_.runs_.push_back(run);
}

void DocumentWalker::AddSpaceRun() {
  InlineRun run;
  run.text = kSpaceRun;
  run.text_size = 1;
  doc_.runs_.push_back(run);
}

void DocumentWalker::AddTextRun(std::string_view text) {
  if (!recording_) return;
  std::string& store = doc_.inline_text_;
  if (store.size() + text.size() > std::numeric_limits<uint32_t>::max())
    throw InputError(doc_.path_ + ": too large to read (over 4 GB of text)");
  InlineRun run;
  run.text = static_cast<uint32_t>(store.size());
  run.text_size = static_cast<uint32_t>(text.size());
  store += text;
  doc_.runs_.push_back(run);
}

size_t DocumentWalker::FindLiteral(std::string_view literal, Span block, size_t cursor) {
  // A literal not written as is (a code span over two lines, inline HTML on a
  // quoted line) is searched for to the end of the block, within a budget; once it
  // is spent, only near the cursor. A block of many such literals costs linear time.
  if (literal.empty()) return kNotFound;
  size_t limit = block.end;
  if (search_budget_ == 0) limit = std::min(limit, cursor + 2 * literal.size() + kNearSearch);
  size_t at = text_.substr(0, limit).find(literal, cursor);
  if (at == kNotFound) search_budget_ -= std::min(search_budget_, limit - std::min(cursor, limit));
  return at;
}

bool DocumentWalker::EnterInline(cmark_node* node, Span block, size_t& cursor) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
      html_.NoteText(Literal(node));
      AddTextRun(Literal(node));
      return false;
    case CMARK_NODE_CODE: {
      // Step over the code span, so a URL written inside it is not taken for a link after it.
      std::string_view literal = Literal(node);
      size_t at = FindLiteral(literal, block, cursor);
      if (at != kNotFound) cursor = at + literal.size();
      AddTextRun(literal);
      return false;
    }
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      if (recording_) AddSpaceRun();
      return false;
    case CMARK_NODE_HTML_INLINE: {
      std::string_view literal = Literal(node);
      if (recording_ && ToLower(literal.substr(0, 3)) == "<br") AddSpaceRun();  // a line break
      size_t at = FindLiteral(literal, block, cursor);
      if (at != kNotFound) {
        size_t first = doc_.links_.size();
        size_t first_directive = doc_.directives_.size();
        html_.Read(text_.substr(at, literal.size()), at, /*inline_html=*/true);
        ScopeIgnores(node, first_directive);
        cursor = at + literal.size();
        // <a href> links take part in entries (HTML badges); their images belong to them.
        for (size_t i = first; i < doc_.links_.size(); ++i) {
          if (doc_.links_[i].image && doc_.links_[i].parent >= 0) continue;
          AddRun(InlineRun::Kind::kLink, static_cast<int>(i));
        }
      }
      return false;
    }
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE: {
      int link = AddLink(node, block, cursor);
      AddRun(InlineRun::Kind::kLink, link);
      return false;
    }
    case CMARK_NODE_STRONG:
      AddRun(InlineRun::Kind::kStrongBegin);
      return true;
    default:
      return true;
  }
}

int DocumentWalker::AddLink(cmark_node* node, Span block, size_t& cursor) {
  Link link;
  link.image = cmark_node_get_type(node) == CMARK_NODE_IMAGE;
  const char* url = cmark_node_get_url(node);
  link.url = url ? url : "";
  link.text = PlainText(node, /*with_images=*/link.image);
  cmark_node* only_child = cmark_node_first_child(node);
  bool single_text = only_child && !cmark_node_next(only_child) &&
                     cmark_node_get_type(only_child) == CMARK_NODE_TEXT;
  LinkNode found{link.url, link.image, StartLine(node), cmark_node_get_start_column(node),
                 single_text ? std::optional(Literal(only_child)) : std::nullopt};
  LinkPlace place = locator_.Locate(found, block, cursor);
  link.syntax = place.syntax;
  link.span = place.span;
  link.dest = place.dest;

  int index = static_cast<int>(doc_.links_.size());
  doc_.links_.push_back(std::move(link));
  if (!doc_.links_[index].image) {
    // Images inside a link; a link whose only content is one image is a badge.
    size_t inner = doc_.links_[index].span.begin + 1;
    int images = 0, last_image = -1;
    bool other_content = false;
    for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
      if (cmark_node_get_type(child) == CMARK_NODE_IMAGE) {
        last_image = AddLink(child, block, inner);
        doc_.links_[last_image].parent = index;
        ++images;
      } else if (!Trim(PlainText(child, false) + std::string(Literal(child))).empty()) {
        other_content = true;
      }
    }
    if (images == 1 && !other_content) doc_.links_[index].image_child = last_image;
  }
  cursor = std::max(cursor, doc_.links_[index].span.end);
  return index;
}

}  // namespace awesomelint
