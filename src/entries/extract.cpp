// The entries stage: Document -> Entries. Each block is read by its kind's
// reader; then the list-wide conventions a single entry cannot tell are applied
// (slash dates), and every link learns its entry.
#include <unordered_map>

#include "awesomelint/entries/conventions.h"
#include "awesomelint/entries/entries.h"
#include "entry_text.h"
#include "readers.h"

namespace awesomelint {
namespace {

// What names a sub-section: a list item's first paragraph, shortened.
std::string ItemLabel(const Document& doc, const Block& item) {
  std::string label = CleanDescription(PlainText(doc, item.label));
  return label.size() > 60 ? label.substr(0, 57) + "..." : label;
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

}  // namespace

void EntryReader::Read(const Document& doc) {
  for (; next_block_ < doc.blocks().size(); ++next_block_) {
    const Block& block = doc.blocks()[next_block_];
    std::optional<Entry> entry;
    if (block.kind == Block::Kind::kTableRow)
      entry = ReadTableRow(doc, block);
    else if (block.has_paragraph)
      entry = ReadListItem(doc, block);
    if (!entry) continue;
    entry->section = block.heading;
    entry->subsection = SubsectionPath(doc, block.parent, subsections_);
    entries_.push_back(std::move(*entry));
  }
}

Entries EntryReader::Finish(const Document& doc) {
  Read(doc);
  Entries out;
  out.entries_ = std::move(entries_);
  std::vector<Entry>& entries = out.entries_;
  bool day_first = SlashDatesAreDayFirst(entries);
  for (Entry& entry : entries)
    if (entry.has_date) ResolveSlashDate(entry.date, day_first);

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
