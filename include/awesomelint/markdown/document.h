// Document: one Markdown file, parsed once; everything downstream reads it.
// It holds what the text is made of — links, headings, directives, HTML anchors
// and the blocks that may hold list entries — with exact byte spans. What the
// blocks mean (an entry's date, tags, title) is the entries stage's business.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/model/line_index.h"
#include "awesomelint/model/span.h"
#include "awesomelint/model/url.h"

namespace awesomelint {

class SyntaxTree;

enum class LinkSyntax { kInline, kReference, kAutolink, kBareUrl, kHtml };

// A link or image, wherever it occurs.
struct Link {
  std::string url;   // the destination as CommonMark resolves it
  std::string text;  // plain text of the link, or an image's alt text
  LinkSyntax syntax = LinkSyntax::kInline;
  bool image = false;
  Span span;             // the whole construct, e.g. "[text](url)"
  Span dest;             // the destination as written (at the definition for references)
  int image_child = -1;  // a link whose only content is this image is a badge
  int parent = -1;       // the link enclosing this image
  bool is_badge() const { return image_child >= 0; }
};

struct Heading {
  int level = 0;
  std::string text;  // plain text, as GitHub slugs it
  std::string slug;  // GitHub's anchor, de-duplicated with -1, -2, ...
  Span span;
  int parent = -1;  // enclosing heading (lower level), for section paths
};

// An inline configuration comment, e.g. <!-- awesomelint-disable date-order -->, or
// one of remark-lint's that awesome-lint lists use: <!--lint ignore double-link-->.
struct Directive {
  enum class Kind {
    kDisable,
    kEnable,
    kDisableLine,
    kDisableNextLine,
    kDisableFile,
    kIgnoreNext,  // lint ignore: from the comment to the end of its next sibling node
    kUnknown
  };
  Kind kind = Kind::kDisable;
  bool lint_comment = false;       // <!--lint ...-->, remark-lint's syntax
  std::string name;                // as written: "disable-next-line" (or a misspelling)
  std::vector<std::string> rules;  // empty: every rule
  int line = 0;
  int ignore_through = 0;  // kIgnoreNext: the last line of the next sibling; 0: none
  Span span;
};

// An anchor defined in raw HTML: <a name="x">, id="x".
struct HtmlAnchor {
  std::string name;
  Span span;
};

// One piece of a block's inline content, in source order: text as a reader sees
// it (a copy of cmark-gfm's literal), a link, or where bold text starts and ends.
struct InlineRun {
  enum class Kind : uint8_t { kText, kLink, kStrongBegin, kStrongEnd };
  Kind kind = Kind::kText;
  int link = -1;      // kLink: index into Document::links()
  uint32_t text = 0;  // kText: offset into Document::inline_text()
  uint32_t text_size = 0;
};

// A half-open range of Document::runs().
struct RunRange {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
};

// A table cell: its span and its inline content.
struct TableCell {
  Span span;
  RunRange runs;
};

// The header row of a table (Markdown or HTML): each cell's plain text.
struct TableHeader {
  std::vector<std::string> cells;
};

// A <details> block whose <summary> names a part of a section:
// "<details><summary><b>Architecture</b> <kbd>5 projects</kbd></summary>".
struct Disclosure {
  std::string label;  // the summary's first bold text, else all of its text
  Span span;          // the <summary> element
  int parent = -1;    // the enclosing disclosure
};

// A block that may hold a list entry: a list item's own paragraphs, a table's
// body row, a paragraph outside list items (in a block quote or not), or a row or
// list item written in an HTML block. Blocks appear in document order; an item
// comes before the items of its nested lists.
struct Block {
  enum class Kind : uint8_t { kListItem, kTableRow, kParagraph, kHtmlTableRow, kHtmlListItem };
  Kind kind = Kind::kListItem;
  Span span;            // an item: from its first paragraph to the end of its last one's line
  int heading = -1;     // the section: index into Document::headings(), -1 before any
  int parent = -1;      // the list item block enclosing this one, -1 at top level
  int disclosure = -1;  // the innermost <details> around it: index into disclosures()
  RunRange runs;        // an item or paragraph: its content (paragraphs joined by a " " run)
  RunRange label;       // an item: its first paragraph only (what names a sub-section)
  bool has_paragraph = false;  // an item with no paragraph holds no entry
  bool quoted = false;         // a paragraph directly inside a block quote
  uint32_t first_cell = 0;     // a row: its cells in Document::cells()
  uint32_t cell_count = 0;
  int table_header = -1;  // a row: its table's header in Document::table_headers(), if any
  bool is_row() const { return kind == Kind::kTableRow || kind == Kind::kHtmlTableRow; }
};

class Document {
 public:
  // Large texts are parsed in segments of about this many bytes (see segments.h).
  static constexpr size_t kSegmentBytes = 256 * 1024;

  // `text` must be valid UTF-8 without NUL bytes (see input.h). `walked`, when
  // given, is called after each segment with the Document as walked so far (its
  // blocks, runs, links and headings are complete up to there), so that a later
  // stage can start while the next segment is parsed.
  static std::unique_ptr<Document> Parse(
      std::string path, std::string text, size_t segment_bytes = kSegmentBytes,
      const std::function<void(const Document& walked)>& walked = {});
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  const LineIndex& lines() const { return lines_; }

  const std::vector<Link>& links() const { return links_; }
  // The destination as written in the file (Document::text() at link.dest), or
  // link.url where the file has none (a reference whose definition was not found).
  std::string_view RawUrl(const Link& link) const;
  // links()[i].url parsed once; nullopt for relative links, anchors, mailto: and the like.
  const std::optional<Url>& url(size_t link) const { return urls_[link]; }
  const std::vector<Heading>& headings() const { return headings_; }
  const std::vector<Directive>& directives() const { return directives_; }
  const std::vector<HtmlAnchor>& html_anchors() const { return html_anchors_; }

  const std::vector<Block>& blocks() const { return blocks_; }
  const std::vector<InlineRun>& runs() const { return runs_; }
  const std::vector<TableCell>& cells() const { return cells_; }
  const std::vector<Disclosure>& disclosures() const { return disclosures_; }
  const std::vector<TableHeader>& table_headers() const { return table_headers_; }
  // The text of a kText run.
  std::string_view RunText(const InlineRun& run) const {
    return std::string_view(inline_text_).substr(run.text, run.text_size);
  }

  // The file as a tree of Markdown nodes (syntax_tree.h), parsed again on first use
  // by the rules that read structure rather than entries; safe from several threads.
  const SyntaxTree& tree() const;

  // "Models > Vision" for a heading; empty before the first heading.
  std::string SectionPath(int heading) const;
  // "Open LLM > DeepSeek" for nested <details>; empty for -1.
  std::string DisclosurePath(int disclosure) const;

 private:
  friend class DocumentWalker;
  Document(std::string path, std::string text);

  std::string path_;
  std::string text_;
  LineIndex lines_;
  std::vector<Link> links_;
  std::vector<std::optional<Url>> urls_;  // views into links_[i].url
  std::vector<Heading> headings_;
  std::vector<Directive> directives_;
  std::vector<HtmlAnchor> html_anchors_;
  std::vector<Block> blocks_;
  std::vector<InlineRun> runs_;
  std::vector<TableCell> cells_;
  std::vector<Disclosure> disclosures_;
  std::vector<TableHeader> table_headers_;
  std::string inline_text_;  // the text of every kText run
  mutable std::once_flag tree_built_;
  mutable std::unique_ptr<SyntaxTree> tree_;
};

}  // namespace awesomelint
