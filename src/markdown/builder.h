// DocumentBuilder: the one walk over cmark-gfm's AST that fills a Document's
// links, headings, entries, directives and HTML anchors with exact positions.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "awesomelint/markdown/document.h"
#include "html_scan.h"
#include "raw_link_scan.h"

struct cmark_node;

namespace awesomelint {

// A run of inline content in source order, flattened for entry extraction.
struct Atom {
  enum class Kind { kText, kLink, kStrongBegin, kStrongEnd };
  Kind kind = Kind::kText;
  std::string_view text;  // kText: plain text (a view into the tree, alive while walked)
  int link = -1;          // kLink: index into Document::links()
};

class DocumentBuilder {
 public:
  explicit DocumentBuilder(Document& doc) : doc_(doc), text_(doc.text_) {}
  // Walks the tree of one segment, whose first line is document line `line_offset + 1`.
  void AddSegment(cmark_node* root, int line_offset);
  void Finish();

 private:
  void VisitBlock(cmark_node* node);
  void VisitItem(cmark_node* item);
  void VisitTable(cmark_node* table);
  void VisitHeading(cmark_node* heading);
  void VisitHtmlBlock(cmark_node* node);

  // Collects the inline content of a paragraph, heading or table cell.
  std::vector<Atom> CollectInlines(cmark_node* container);
  void CollectInline(cmark_node* node, Span block, size_t& cursor, std::vector<Atom>& atoms);
  int AddLink(cmark_node* node, Span block, size_t& cursor);
  void AddHtml(std::string_view raw, size_t base, bool inline_html);
  void AddHtmlTag(const HtmlTag& tag, std::string_view raw, size_t base);
  void HtmlAnchorHasText();

  // Entries.
  void AddListEntry(cmark_node* first, cmark_node* last, const std::vector<Atom>& atoms);
  std::string SubsectionPath() const;
  void AddTableEntry(cmark_node* row, const std::vector<std::vector<Atom>>& cells,
                     const std::vector<Span>& cell_spans);
  void AddEntry(Entry entry);
  void FinishEntries();

  Span NodeSpan(cmark_node* node) const;
  Span HeadingSpan(cmark_node* node) const;
  int StartLine(cmark_node* node) const;  // in document lines; 0 when unknown
  int EndLine(cmark_node* node) const;
  size_t FindOpener(cmark_node* node, std::string_view opener, Span block, size_t cursor,
                    const std::function<bool(size_t)>& accept) const;
  RawLink MatchBracketLink(size_t at, bool image, const std::string& url, Span block);
  std::string LabelOf(const RawLink& raw) const;
  const std::unordered_map<std::string, Span>& ReferenceDefinitions();

  Document& doc_;
  std::string_view text_;
  std::vector<int> heading_stack_;
  int line_offset_ = 0;  // document line of the current segment's line 0
  // An open <a href>: with exactly one <img> and no text inside, it is a badge.
  int open_html_anchor_ = -1;
  int html_anchor_images_ = 0;
  bool html_anchor_text_ = false;
  std::vector<std::string> item_labels_;  // texts of the list items enclosing the current one
  bool definitions_scanned_ = false;
  std::unordered_map<std::string, Span> definitions_;  // normalised label -> destination
};

// GitHub's heading anchor for `text` (before de-duplication).
std::string GithubSlug(std::string_view text);

// Parses the body of an HTML comment; false when it does not start with "awesomelint-".
bool ParseDirective(std::string_view comment, Directive* directive);

// Normalises a link label as CommonMark matches them: case-folded, whitespace collapsed.
std::string NormalizeLabel(std::string_view label);

}  // namespace awesomelint
