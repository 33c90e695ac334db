// The entries stage: Document -> Entries. Each block is read by its kind's
// reader; then the list-wide conventions a single entry cannot tell are applied
// (slash dates), and every link learns its entry.
#include <algorithm>
#include <iterator>
#include <map>
#include <unordered_map>

#include "awesomelint/entries/conventions.h"
#include "awesomelint/entries/entries.h"
#include "awesomelint/support/strings.h"
#include "entry_text.h"
#include "readers.h"

namespace awesomelint {
namespace {

// What names a sub-section: a list item's first paragraph, shortened.
std::string ItemLabel(const Document& doc, const Block& item) {
  std::string label = CleanDescription(PlainText(doc, item.label));
  return Shorten(label, 60);
}

// "NoSQL > CouchDB": the labels of the list items enclosing a block, outermost
// first; `known` remembers each item's path.
const std::string& SubsectionPath(const Document& doc, int item,
                                  std::unordered_map<int, std::string>& known) {
  static const std::string kTopLevel;
  if (item < 0) return kTopLevel;
  std::vector<int> chain;  // from `item` outwards, up to an item already known
  int found = -1;
  for (int i = item; i >= 0; i = doc.blocks()[i].parent) {
    if (known.count(i)) {
      found = i;
      break;
    }
    chain.push_back(i);
  }
  std::string path = found >= 0 ? known[found] : std::string();
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    std::string label = ItemLabel(doc, doc.blocks()[*it]);
    if (!label.empty()) path = path.empty() ? label : path + " > " + label;
    known.emplace(*it, path);
  }
  return known[item];
}

EntryShape ShapeOf(const Block& block) {
  switch (block.kind) {
    case Block::Kind::kListItem:
      return EntryShape::kListItem;
    case Block::Kind::kTableRow:
      return EntryShape::kTableRow;
    case Block::Kind::kParagraph:
      return block.quoted ? EntryShape::kBlockquote : EntryShape::kParagraph;
    case Block::Kind::kHtmlTableRow:
      return EntryShape::kHtmlTableRow;
    case Block::Kind::kHtmlListItem:
      return EntryShape::kHtmlListItem;
  }
  return EntryShape::kListItem;
}

int EndLine(const Document& doc, Span span) {
  return doc.lines().LineOf(span.end > span.begin ? span.end - 1 : span.begin);
}

// The links of a block that a reader follows: not images or badges, not in-page anchors.
int CountLinks(const Document& doc, RunRange runs) {
  int count = 0;
  for (uint32_t i = runs.begin; i < runs.end; ++i) {
    const InlineRun& run = doc.runs()[i];
    if (run.kind != InlineRun::Kind::kLink) continue;
    const Link& link = doc.links()[run.link];
    count += CanBeTitle(link) && !link.is_badge();
  }
  return count;
}

RunRange AllRuns(const Document& doc, const Block& block) {
  if (!block.is_row() || block.cell_count == 0) return block.runs;
  const TableCell& first = doc.cells()[block.first_cell];
  const TableCell& last = doc.cells()[block.first_cell + block.cell_count - 1];
  return {first.runs.begin, last.runs.end};
}

// "<br>" or a line that ends in a backslash: lines kept apart on purpose.
bool HasHardBreak(std::string_view text) {
  for (size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1))
    if (ToLower(text.substr(at, 3)) == "<br") return true;
  return text.find("\\\n") != std::string_view::npos ||
         text.find("\\\r\n") != std::string_view::npos;
}

std::optional<Entry> ReadBlock(const Document& doc, const Block& block) {
  if (block.is_row()) return ReadTableRow(doc, block);
  if (!block.has_paragraph) return std::nullopt;
  if (block.kind == Block::Kind::kParagraph) return ReadParagraph(doc, block);
  return ReadListItem(doc, block);
}

}  // namespace

std::vector<int> EntryLinks(const Entry& entry) {
  std::vector<int> links;
  if (entry.title_link >= 0) links.push_back(entry.title_link);
  links.insert(links.end(), entry.other_links.begin(), entry.other_links.end());
  links.insert(links.end(), entry.badges.begin(), entry.badges.end());
  return links;
}

std::string_view ShapeName(EntryShape shape) {
  switch (shape) {
    case EntryShape::kListItem:
      return "list-item";
    case EntryShape::kTableRow:
      return "table-row";
    case EntryShape::kParagraph:
      return "paragraph";
    case EntryShape::kBlockquote:
      return "blockquote";
    case EntryShape::kHtmlTableRow:
      return "html-table-row";
    case EntryShape::kHtmlListItem:
      return "html-list-item";
  }
  return "list-item";
}

void EntryReader::Read(const Document& doc) {
  for (; next_block_ < doc.blocks().size(); ++next_block_) {
    const Block& block = doc.blocks()[next_block_];
    std::optional<Entry> entry = ReadBlock(doc, block);
    if (!entry) {
      AddUnread(doc, block);
      continue;
    }
    entry->shape = ShapeOf(block);
    entry->table = block.is_row() ? block.table_header : -1;
    entry->end_line = EndLine(doc, entry->span);
    entry->section = block.heading;
    std::string items = SubsectionPath(doc, block.parent, subsections_);
    if (block.disclosure >= 0) {
      auto [it, fresh] = disclosures_.try_emplace(block.disclosure);
      if (fresh) it->second = doc.DisclosurePath(block.disclosure);
      entry->subsection = items.empty() ? it->second : it->second + " > " + items;
    } else {
      entry->subsection = std::move(items);
    }
    lone_candidate_.push_back(
        block.kind == Block::Kind::kParagraph &&
        !HasHardBreak(doc.text().substr(entry->span.begin, entry->span.size())));
    entries_.push_back(std::move(*entry));
  }
}

void EntryReader::AddUnread(const Document& doc, const Block& block) {
  int links = CountLinks(doc, AllRuns(doc, block));
  if (links == 0) return;
  UnreadBlock unread;
  unread.span = block.span;
  unread.line = doc.lines().LineOf(block.span.begin);
  unread.end_line = EndLine(doc, block.span);
  unread.shape = ShapeOf(block);
  unread.section = block.heading;
  unread.links = links;
  unread_.push_back(unread);
}

namespace {

// A paragraph that looks like an entry ("[Title](url) is ...") but keeps no
// lines apart is one only among other paragraph entries of its section; alone,
// it is prose.
void KeepParagraphsAmongOthers(std::vector<Entry>& entries, const std::vector<bool>& lone,
                               std::vector<UnreadBlock>& unread) {
  std::map<std::pair<int, std::string>, int> paragraphs;  // by section
  auto is_paragraph = [](const Entry& e) {
    return e.shape == EntryShape::kParagraph || e.shape == EntryShape::kBlockquote;
  };
  for (const Entry& entry : entries)
    if (is_paragraph(entry)) ++paragraphs[{entry.section, entry.subsection}];
  size_t kept = 0;
  std::vector<UnreadBlock> dropped;
  for (size_t i = 0; i < entries.size(); ++i) {
    Entry& entry = entries[i];
    if (lone[i] && paragraphs[{entry.section, entry.subsection}] < 2) {
      dropped.push_back({entry.span, entry.line, entry.end_line, entry.shape, entry.section,
                         1 + static_cast<int>(entry.badges.size() + entry.other_links.size())});
      continue;
    }
    if (kept != i) entries[kept] = std::move(entry);
    ++kept;
  }
  entries.resize(kept);
  if (dropped.empty()) return;
  std::vector<UnreadBlock> merged;
  merged.reserve(unread.size() + dropped.size());
  std::merge(
      unread.begin(), unread.end(), dropped.begin(), dropped.end(), std::back_inserter(merged),
      [](const UnreadBlock& a, const UnreadBlock& b) { return a.span.begin < b.span.begin; });
  unread = std::move(merged);
}

}  // namespace

Entries EntryReader::Finish(const Document& doc) {
  Read(doc);
  Entries out;
  KeepParagraphsAmongOthers(entries_, lone_candidate_, unread_);
  out.entries_ = std::move(entries_);
  out.unread_ = std::move(unread_);
  std::vector<Entry>& entries = out.entries_;
  ResolveDayMonthOrders(doc, entries);

  out.entry_of_link_.assign(doc.links().size(), -1);
  for (size_t e = 0; e < entries.size(); ++e) {
    auto claim = [&](int link) {
      if (link >= 0) out.entry_of_link_[link] = static_cast<int>(e);
    };
    claim(entries[e].title_link);
    for (int link : entries[e].badges) {
      claim(link);
      claim(doc.links()[link].image_child);
    }
    for (int link : entries[e].other_links) claim(link);
  }
  return out;
}

Entries ExtractEntries(const Document& doc) {
  return EntryReader().Finish(doc);
}

std::string SectionPath(const Document& doc, const Entry& entry) {
  std::string path = doc.SectionPath(entry.section);
  if (entry.subsection.empty()) return path;
  return path.empty() ? entry.subsection : path + " > " + entry.subsection;
}

// Entries are read segment by segment while the next segment is being parsed on
// the second thread, so the stage costs no time of its own on a large list.
ParsedFile ParseFile(std::string path, std::string text) {
  EntryReader reader;
  ParsedFile file;
  file.doc = Document::Parse(std::move(path), std::move(text), Document::kSegmentBytes,
                             [&reader](const Document& walked) { reader.Read(walked); });
  file.entries = reader.Finish(*file.doc);
  return file;
}

}  // namespace awesomelint
