// --dump-entries: a list's entries as data.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "awesomelint/entries/entries.h"
#include "awesomelint/lint/rule.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/report/report.h"
#include "json_writer.h"

namespace awesomelint {
namespace {

using Json = nlohmann::ordered_json;

// The line and column of offsets met mostly in order (an entry's links): the
// column is counted on from the last offset on the same line rather than from
// the line's start, so that a line of many links is read once, not once a link.
class Positions {
 public:
  explicit Positions(const Document& doc) : doc_(doc) {}

  Position At(size_t offset) {
    std::string_view text = doc_.text();
    offset = std::min(offset, text.size());
    int line = doc_.lines().LineOf(offset);
    if (line != at_.line || offset < offset_) {
      at_ = {line, 1};
      offset_ = doc_.lines().LineStart(line);
    }
    for (; offset_ < offset; ++offset_) {
      // Count code points: skip UTF-8 continuation bytes.
      if ((static_cast<unsigned char>(text[offset_]) & 0xC0) != 0x80) ++at_.column;
    }
    return at_;
  }

 private:
  const Document& doc_;
  Position at_;        // the position of offset_
  size_t offset_ = 0;  // where the count stands
};

Json LinkJson(const Document& doc, int index, Positions& positions) {
  const Link& link = doc.links()[index];
  Position at = positions.At(link.span.begin);
  return {{"text", link.text}, {"url", doc.RawUrl(link)}, {"line", at.line}, {"column", at.column}};
}

Json EntryJson(const Document& doc, const Entry& entry, Positions& positions) {
  Json date = nullptr;
  if (entry.has_date) {
    date = {{"text", entry.date.text},
            {"format", entry.date.format},
            {"iso", DateProblem(entry.date.date).empty() ? Json(IsoString(entry.date.date))
                                                         : Json(nullptr)}};
  }
  Json tags = Json::array();
  for (const CategoryTag& tag : entry.tags) tags.push_back(tag.name);
  Json link = LinkJson(doc, entry.title_link, positions);
  Json badges = Json::array();
  for (int index : entry.badges) {
    const Link& badge = doc.links()[index];
    const Link& image = doc.links()[badge.image_child];
    badges.push_back(
        {{"alt", image.text}, {"image", doc.RawUrl(image)}, {"target", doc.RawUrl(badge)}});
  }
  Json links = Json::array();
  for (int index : entry.other_links) links.push_back(LinkJson(doc, index, positions));
  Json item = {{"line", entry.line},
               {"end_line", entry.end_line},
               {"shape", ShapeName(entry.shape)},
               {"section", SectionPath(doc, entry)},
               {"date", std::move(date)},
               {"tags", std::move(tags)},
               {"title", entry.title},
               {"link", std::move(link)},
               {"badges", std::move(badges)},
               {"links", std::move(links)},
               {"description", entry.description}};
  return item;
}

// --with-meta: "paper" and "repo", each the metadata of the entry's first link that
// has it, with that link's URL.
void AddMeta(Json& item, const Document& doc, const Entry& entry,
             const std::vector<const LinkResult*>& results) {
  item["paper"] = nullptr;
  item["repo"] = nullptr;
  for (int index : EntryLinks(entry)) {
    const LinkResult* result = results[index];
    if (!result || result->meta.empty()) continue;
    Json meta = MetaToJson(result->meta);
    for (const char* part : {"paper", "repo"}) {
      if (!item[part].is_null() || !meta.contains(part)) continue;
      item[part] = Json{{"url", doc.RawUrl(doc.links()[index])}};
      item[part].update(meta[part]);
    }
  }
}

}  // namespace

// One shape however many files: {"version": 1, "files": [{path, entries, unread}]}; the
// entries streamed, one at a time (JsonWriter).
void WriteEntries(std::ostream& out, const std::vector<const ParsedFile*>& files,
                  const LinkReport* links) {
  JsonWriter json(out);
  json.BeginObject();
  json.Member("version", 1);
  json.BeginArray("files");
  for (const ParsedFile* file : files) {
    json.BeginObject();
    json.Member("path", file->doc->path());
    Positions positions(*file->doc);
    std::vector<const LinkResult*> results = ResultsByLink(*file->doc, links);
    json.BeginArray("entries");
    for (const Entry& entry : file->entries) {
      Json item = EntryJson(*file->doc, entry, positions);
      if (links) AddMeta(item, *file->doc, entry, results);
      json.Element(item);
    }
    json.End();
    // Blocks with links that the entry rules did not judge, so a reader sees why.
    json.BeginArray("unread");
    for (const UnreadBlock& block : file->entries.unread())
      json.Element({{"line", block.line},
                    {"end_line", block.end_line},
                    {"shape", ShapeName(block.shape)},
                    {"section", file->doc->SectionPath(block.section)},
                    {"links", block.links}});
    json.End();
    json.End();
  }
  json.End();
  json.End();
}

}  // namespace awesomelint
