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

// "NoSQL > CouchDB": the labels of the list items enclosing a block, outermost first.
class SubsectionPaths {
 public:
  explicit SubsectionPaths(const Document& doc) : doc_(doc) {}

  const std::string& Of(int item) {
    static const std::string kTopLevel;
    if (item < 0) return kTopLevel;
    if (auto it = paths_.find(item); it != paths_.end()) return it->second;
    std::vector<int> chain;  // from `item` outwards, up to an item already known
    int known = -1;
    for (int i = item; i >= 0; i = doc_.blocks()[i].parent) {
      if (paths_.count(i)) {
        known = i;
        break;
      }
      chain.push_back(i);
    }
    std::string path = known >= 0 ? paths_[known] : std::string();
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      std::string label = ItemLabel(doc_, doc_.blocks()[*it]);
      if (!label.empty()) path = path.empty() ? label : path + " > " + label;
      paths_.emplace(*it, path);
    }
    return paths_[item];
  }

 private:
  const Document& doc_;
  std::unordered_map<int, std::string> paths_;
};

}  // namespace

Entries ExtractEntries(const Document& doc) {
  Entries out;
  std::vector<Entry>& entries = out.entries_;
  entries.reserve(doc.blocks().size());
  SubsectionPaths subsections(doc);
  for (const Block& block : doc.blocks()) {
    std::optional<Entry> entry;
    if (block.kind == Block::Kind::kTableRow)
      entry = ReadTableRow(doc, block);
    else if (block.has_paragraph)
      entry = ReadListItem(doc, block);
    if (!entry) continue;
    entry->section = block.heading;
    entry->subsection = subsections.Of(block.parent);
    entries.push_back(std::move(*entry));
  }

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

std::string SectionPath(const Document& doc, const Entry& entry) {
  std::string path = doc.SectionPath(entry.section);
  if (entry.subsection.empty()) return path;
  return path.empty() ? entry.subsection : path + " > " + entry.subsection;
}

ParsedFile ParseFile(std::string path, std::string text) {
  ParsedFile file;
  file.doc = Document::Parse(std::move(path), std::move(text));
  file.entries = ExtractEntries(*file.doc);
  return file;
}

}  // namespace awesomelint
