#include <string>
#include <unordered_set>

#include "awesomelint/support/strings.h"
#include "entry_text.h"
#include "readers.h"

namespace awesomelint {
namespace {

int FindTitle(const Document& doc, const Block& row) {
  for (uint32_t c = 0; c < row.cell_count; ++c) {
    RunRange runs = doc.cells()[row.first_cell + c].runs;
    for (uint32_t i = runs.begin; i < runs.end; ++i) {
      const InlineRun& run = doc.runs()[i];
      if (run.kind != InlineRun::Kind::kLink) continue;
      const Link& link = doc.links()[run.link];
      if (CanBeTitle(link) && !link.is_badge()) return run.link;
    }
  }
  return -1;
}

// A header that names a column of category tags: "Category", "Tags", "Type", ...
bool IsTagColumn(const Document& doc, const Block& row, uint32_t column) {
  if (row.table_header < 0) return false;
  const std::vector<std::string>& cells = doc.table_headers()[row.table_header].cells;
  if (column >= cells.size()) return false;
  static const std::unordered_set<std::string> kNames = {
      "category", "categories", "tag",  "tags",   "type",     "topic",
      "topics",   "field",      "area", "domain", "modality", "task"};
  return kNames.count(ToLower(Trim(cells[column]))) > 0;
}

// The tag a cell of a tag column holds: its text without white space and
// emphasis ("**Pathology**"); none for a cell with a link or more than a name, or a
// name over a line break (an HTML cell may hold one: a fix to it would join lines).
std::optional<CategoryTag> CellTag(std::string_view text, size_t base) {
  size_t begin = 0, end = text.size();
  auto markup = [](char c) { return c == ' ' || c == '\t' || c == '*' || c == '_'; };
  while (begin < end && markup(text[begin])) ++begin;
  while (end > begin && markup(text[end - 1])) --end;
  std::string_view name = text.substr(begin, end - begin);
  if (name.empty() || name.size() > 60 || name.find_first_of("[]<>|\r\n") != std::string_view::npos)
    return std::nullopt;
  return CategoryTag{std::string(name), {base + begin, base + end}};
}

// The date a cell's text starts with, after markup; only in a cell without links.
std::optional<DateToken> LeadingDate(std::string_view text, size_t base) {
  size_t lead = LeadingMarkup(text);
  if (text.find("](") != std::string_view::npos || text.find('<') != std::string_view::npos)
    return std::nullopt;
  std::vector<DateToken> dates = FindDates(text.substr(lead, 64), base + lead);
  if (dates.empty() || dates[0].span.begin != base + lead) return std::nullopt;
  return std::move(dates[0]);
}

}  // namespace

std::optional<Entry> ReadTableRow(const Document& doc, const Block& row) {
  Entry entry;
  entry.title_link = FindTitle(doc, row);
  if (entry.title_link < 0) return std::nullopt;
  entry.span = row.span;
  entry.line = doc.lines().LineOf(entry.span.begin);
  entry.title = Trim(doc.links()[entry.title_link].text);
  std::string description;
  std::optional<DateToken> leading;  // "2024-06-12 (v2)": a date that starts a cell
  for (uint32_t c = 0; c < row.cell_count; ++c) {
    const TableCell& cell = doc.cells()[row.first_cell + c];
    std::string_view cell_text = doc.text().substr(cell.span.begin, cell.span.size());
    if (!entry.has_date && ParseWholeDate(cell_text, cell.span.begin, &entry.date)) {
      entry.has_date = true;
      continue;
    }
    if (!leading) leading = LeadingDate(cell_text, cell.span.begin);
    if (IsTagColumn(doc, row, c)) {
      if (std::optional<CategoryTag> tag = CellTag(cell_text, cell.span.begin)) {
        entry.tags.push_back(std::move(*tag));
        continue;
      }
    }
    bool has_title = false;
    for (uint32_t i = cell.runs.begin; i < cell.runs.end; ++i) {
      const InlineRun& run = doc.runs()[i];
      if (run.kind != InlineRun::Kind::kLink) continue;
      const Link& link = doc.links()[run.link];
      if (run.link == entry.title_link) {
        has_title = true;
      } else if (link.is_badge()) {
        entry.badges.push_back(run.link);
      } else if (!link.image) {
        entry.other_links.push_back(run.link);
      }
    }
    std::string text = CleanDescription(JoinText(doc, cell.runs, cell.runs.begin));
    if (has_title || text.empty()) continue;
    if (!description.empty()) description += " | ";
    description += text;
  }
  entry.description = std::move(description);
  if (!entry.has_date && leading) {
    entry.has_date = true;
    entry.date = std::move(*leading);
  }
  if (!entry.has_date) ReadTitleDate(doc, doc.links()[entry.title_link], entry);
  return entry;
}

}  // namespace awesomelint
