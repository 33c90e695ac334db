// DocumentWalker: the one walk over cmark-gfm's tree of each segment that fills
// a Document — links (found in the source by LinkLocator, raw HTML read by
// HtmlLinkReader), headings, and the blocks that may hold entries, with their
// inline content copied out of the tree (which is dropped after the walk).
#pragma once

#include <optional>
#include <vector>

#include "awesomelint/markdown/document.h"
#include "html_links.h"
#include "link_locator.h"

struct cmark_node;

namespace awesomelint {

class DocumentWalker : private HtmlObserver {
 public:
  explicit DocumentWalker(Document& doc);
  // Walks the tree of one segment, whose first byte is the document's byte `begin`
  // (where a line starts).
  void AddSegment(cmark_node* root, size_t begin);
  // After the last segment: what needs the whole document (heading slugs).
  void Finish();

 private:
  // The walk over blocks and over inlines goes without recursion (see WalkTree):
  // lists, block quotes and emphasis nest as deep as the input makes them.
  bool EnterBlock(cmark_node* node);  // whether to walk its children
  void LeaveBlock(cmark_node* node);
  void VisitItem(cmark_node* item);  // the item becomes current until it is left
  void VisitTable(cmark_node* table);
  void VisitHeading(cmark_node* heading);
  void VisitParagraph(cmark_node* paragraph);  // one outside list items
  void VisitHtmlBlock(cmark_node* node);
  // The last line of a block (of lines_), HTML blocks included.
  int LastLine(cmark_node* node) const;
  // <!--lint ignore--> comments read from `node` (directives from `first_directive`
  // on) reach to the end of the node after it.
  void ScopeIgnores(cmark_node* node, size_t first_directive);
  void IgnoreThrough(size_t directive, cmark_node* next);
  // A new block of `kind` in the current section, list item and <details>.
  Block NewBlock(Block::Kind kind) const;

  // HTML blocks (html_blocks.cpp): their <table> rows and <li> items become
  // blocks, and <details><summary> names the blocks inside it.
  void OnTag(const HtmlTag& tag, std::string_view raw, size_t base, int first_link,
             int end_link) override;
  void OnText(std::string_view text, size_t at) override;
  void OpenHtmlBlock(Block::Kind kind, size_t begin);
  void CloseHtmlCell(size_t end);
  void CloseHtmlBlock(size_t end);  // the open row or item, if any
  void CloseSummary(size_t end);
  int CurrentDisclosure() const;

  // Walks the inline content of a paragraph, heading or table cell; with
  // `record`, its runs are kept in the Document and their range returned.
  RunRange CollectInlines(cmark_node* container, bool record);
  bool EnterInline(cmark_node* node, Span block, size_t& cursor);
  // Where `literal` (code or inline HTML) is written in `block` at or after
  // `cursor`; searches that fail are paid from the block's budget.
  size_t FindLiteral(std::string_view literal, Span block, size_t cursor);
  int AddLink(cmark_node* node, Span block, size_t& cursor);
  void AddTextRun(std::string_view text);
  void AddRun(InlineRun::Kind kind, int link = -1);  // only while recording
  void AddSpaceRun();                                // a break, or between paragraphs

  Span NodeSpan(cmark_node* node) const;
  Span HeadingSpan(cmark_node* node) const;
  int StartLine(cmark_node* node) const;  // a line of lines_; 0 when unknown
  int EndLine(cmark_node* node) const;
  // The end of `line`, without its line break.
  size_t LineEnd(int line) const;

  Document& doc_;
  std::string_view text_;
  // The document's lines as cmark-gfm counts them (a lone "\r" ends one too):
  // the Document's own index ("\n" lines) unless the text has a lone "\r". The
  // walk and the locator map cmark-gfm's positions with lines_; the lines the
  // Document reports (Directive::line, and the entries') are the Document's.
  std::optional<LineIndex> cmark_lines_;
  const LineIndex& lines_;
  LinkLocator locator_;
  HtmlLinkReader html_;
  std::vector<int> heading_stack_;
  // The open <details>, innermost last: an index into disclosures(), or -1 until
  // its <summary> names it. Nesting deeper than kMaxDisclosureDepth is not followed.
  static constexpr size_t kMaxDisclosureDepth = 16;
  std::vector<int> disclosure_stack_;
  size_t ignored_disclosures_ = 0;  // <details> opened beyond the depth limit
  struct Summary {
    bool open = false;
    size_t begin = 0;
    std::string text, bold;
    int bold_depth = 0;
  } summary_;
  // The HTML row or item being read (an index into blocks_, -1 when none), its
  // open cell, and where the last cell ended.
  int html_block_ = -1;
  bool html_cell_open_ = false;
  bool html_row_has_data_ = false;  // a <td>, not only <th>
  bool html_anchor_open_ = false;   // inside an <a href> of the row or item
  int html_table_header_ = -1;      // the open <table>'s header row, in table_headers()
  size_t html_cell_begin_ = 0;
  size_t html_last_end_ = 0;
  int line_offset_ = 0;    // line (in lines_) of the current segment's line 0
  int current_item_ = -1;  // the list item block whose nested blocks are being walked
  // lint ignore comments (indices into directives_) whose node follows in the next
  // segment: the comment ended its segment, or the list after it did (and may go on).
  std::vector<size_t> pending_ignores_;
  std::vector<size_t> continuing_ignores_;
  char ignored_list_marker_ = '\0';
  bool recording_ = false;  // inline runs are being kept
  // Bytes that failed searches may still scan in the current block: a block's
  // budget is kSearchBudgetFactor times its size plus kSearchBudgetBase; then
  // searches look kNearSearch bytes (and twice the literal's size) past the cursor.
  static constexpr size_t kSearchBudgetFactor = 32;
  static constexpr size_t kSearchBudgetBase = 4096;
  static constexpr size_t kNearSearch = 256;
  size_t search_budget_ = 0;
};

}  // namespace awesomelint
