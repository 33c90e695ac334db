// --dump-entries: a list's entries as data.
#include <nlohmann/json.hpp>

#include "awesomelint/entries/entries.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/report/report.h"

namespace awesomelint {
namespace {

nlohmann::ordered_json LinkJson(const Document& doc, int index) {
  const Link& link = doc.links()[index];
  Position at = doc.lines().PositionOf(link.span.begin);
  return {{"text", link.text}, {"url", doc.RawUrl(link)}, {"line", at.line}, {"column", at.column}};
}

nlohmann::ordered_json EntryJson(const Document& doc, const Entry& entry) {
  nlohmann::ordered_json item;
  item["line"] = entry.line;
  item["kind"] = entry.table_row ? "table-row" : "list-item";
  item["section"] = SectionPath(doc, entry);
  if (entry.has_date) {
    item["date"] = {{"text", entry.date.text},
                    {"format", entry.date.format},
                    {"iso", DateProblem(entry.date.date).empty()
                                ? nlohmann::ordered_json(IsoString(entry.date.date))
                                : nlohmann::ordered_json(nullptr)}};
  } else {
    item["date"] = nullptr;
  }
  item["tags"] = nlohmann::ordered_json::array();
  for (const CategoryTag& tag : entry.tags) item["tags"].push_back(tag.name);
  item["title"] = entry.title;
  item["link"] = LinkJson(doc, entry.title_link);
  item["badges"] = nlohmann::ordered_json::array();
  for (int index : entry.badges) {
    const Link& badge = doc.links()[index];
    const Link& image = doc.links()[badge.image_child];
    item["badges"].push_back(
        {{"alt", image.text}, {"image", doc.RawUrl(image)}, {"target", doc.RawUrl(badge)}});
  }
  item["links"] = nlohmann::ordered_json::array();
  for (int index : entry.other_links) item["links"].push_back(LinkJson(doc, index));
  item["description"] = entry.description;
  return item;
}

}  // namespace

void WriteEntries(std::ostream& out, const std::vector<const ParsedFile*>& files) {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const ParsedFile* file : files) {
    nlohmann::ordered_json entries = nlohmann::ordered_json::array();
    for (const Entry& entry : file->entries) entries.push_back(EntryJson(*file->doc, entry));
    all.push_back({{"path", file->doc->path()}, {"entries", std::move(entries)}});
  }
  nlohmann::ordered_json root = files.size() == 1 ? all[0] : nlohmann::ordered_json{{"files", all}};
  out << root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace awesomelint
