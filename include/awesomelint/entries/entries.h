// Entries: a list's items as data — date, category tags, title, title link,
// badges, other links and description — read from a Document's blocks, with the
// list-wide conventions that reading needs (whether "03/04/2024" is day-first).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "awesomelint/markdown/document.h"
#include "awesomelint/model/date.h"
#include "awesomelint/model/span.h"

namespace awesomelint {

struct CategoryTag {
  std::string name;
  Span span;
};

// How an entry is written: a Markdown list item or table row, a paragraph of its
// own (in a block quote or not), or a row or item of an HTML table or list.
enum class EntryShape : uint8_t {
  kListItem,
  kTableRow,
  kParagraph,
  kBlockquote,
  kHtmlTableRow,
  kHtmlListItem
};
// "list-item", "table-row", "paragraph", "blockquote", "html-table-row", "html-list-item".
std::string_view ShapeName(EntryShape shape);

// Link texts that name a kind of link rather than the entry ("[pdf]", "code", "abstract").
bool IsGenericLinkText(std::string_view text);

// One list item, table row or paragraph that carries a link.
struct Entry {
  Span span;
  int line = 0;
  int end_line = 0;  // the last line of `span`
  EntryShape shape = EntryShape::kListItem;
  int table = -1;    // a row: its table, by its header (Document::table_headers())
  int section = -1;  // index into Document::headings()
  // Enclosing <details> and list items: "NoSQL > CouchDB" (empty at top level).
  std::string subsection;
  bool has_date = false;
  DateToken date;
  std::vector<CategoryTag> tags;
  std::string title;
  int title_link = -1;      // index into Document::links(): the entry's first, main link
  std::vector<int> badges;  // links whose content is one image
  std::vector<int> other_links;
  std::string description;
};

// A block with a link that was not read as an entry (a paragraph of prose, a
// lone paragraph in its section): the entry rules do not judge it.
struct UnreadBlock {
  Span span;
  int line = 0;
  int end_line = 0;
  EntryShape shape = EntryShape::kParagraph;
  int section = -1;
  int links = 0;  // the links it holds
};

class Entries {
 public:
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  const Entry& operator[](size_t i) const { return entries_[i]; }
  std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
  std::vector<Entry>::const_iterator end() const { return entries_.end(); }

  // The entry a link belongs to (its title, a badge, a badge's image, another
  // link of it), or -1.
  int EntryOf(int link) const {
    return link >= 0 && static_cast<size_t>(link) < entry_of_link_.size() ? entry_of_link_[link]
                                                                          : -1;
  }

  // Blocks with links that hold no entry, in document order.
  const std::vector<UnreadBlock>& unread() const { return unread_; }

 private:
  friend class EntryReader;
  std::vector<Entry> entries_;
  std::vector<int> entry_of_link_;
  std::vector<UnreadBlock> unread_;
};

// Reads the entries of `doc`: one per list item, table body row, HTML row or item
// with a link, and one per paragraph that is written as an entry (a bold or
// linked title first) among others so written in its section.
Entries ExtractEntries(const Document& doc);

// The same, while the Document is still being walked (a large file is parsed in
// segments): Read() after each segment takes the blocks walked since the last
// call; Finish() applies what needs the whole list (the reading of slash dates,
// which paragraphs are entries) and says which entry each link belongs to.
class EntryReader {
 public:
  void Read(const Document& doc);
  Entries Finish(const Document& doc);

 private:
  void AddUnread(const Document& doc, const Block& block);

  size_t next_block_ = 0;
  std::vector<Entry> entries_;
  std::vector<bool> lone_candidate_;  // a one-line paragraph entry: kept only among others
  std::vector<UnreadBlock> unread_;
  std::unordered_map<int, std::string> subsections_;  // by list item block
  std::unordered_map<int, std::string> disclosures_;  // by disclosure
};

// A Markdown file read as a list: its Document, then its entries.
struct ParsedFile {
  std::unique_ptr<Document> doc;
  Entries entries;
};
// `text` must be valid UTF-8 without NUL bytes (see markdown/input.h).
ParsedFile ParseFile(std::string path, std::string text);

// An entry's links in the order a reader meets them: its title link, the others, its
// badges.
std::vector<int> EntryLinks(const Entry& entry);

// The heading path and the enclosing list items of an entry: "Models > Vision > CNNs".
std::string SectionPath(const Document& doc, const Entry& entry);

}  // namespace awesomelint
