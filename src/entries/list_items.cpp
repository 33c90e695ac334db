#include <algorithm>

#include "awesomelint/support/strings.h"
#include "entry_text.h"
#include "readers.h"

namespace awesomelint {
namespace {

using Kind = InlineRun::Kind;

// The text before a generic link that names the entry: "Learning Hierarchical
// Features (2013), C. Farabet et al. [[pdf]](...)" is titled by what comes before
// its first " (", "," or " - " (brackets left by "[[pdf]]" dropped); empty when
// that is a date or too short to be a title.
std::string LeadingTitle(std::string_view text) {
  text = Trim(text);
  while (!text.empty() && (text.back() == '[' || text.back() == '('))
    text = Trim(text.substr(0, text.size() - 1));
  size_t cut = std::min({text.find(" ("), text.find(", "), text.find(" - ")});
  std::string_view title = Trim(text.substr(0, cut));
  DateToken date;
  if (title.size() < 3 || ParseWholeDate(title, 0, &date)) return {};
  return std::string(title);
}

// A date before the title that stands as a field of the entry.
void ReadLeadingDate(std::string_view prefix, size_t base, Entry& entry) {
  size_t lead = LeadingMarkup(prefix);
  for (DateToken& token : FindDates(prefix, base)) {
    if (!IsEntryDate(prefix, lead, token.span.begin - base, token.span.end - base)) continue;
    entry.has_date = true;
    entry.date = std::move(token);
    return;
  }
}

// A bracketed date after the title ("(2016)", "[Mar 2024]"), looked for outside links.
void ReadTrailingDate(const Document& doc, const Link& title, const std::vector<Span>& links,
                      Entry& entry) {
  ReadDateOutsideLinks(
      doc, title.span.end, entry.span.end, links,
      [](const DateToken& token) { return token.bracketed; }, entry);
}

}  // namespace

std::optional<Entry> ReadListItem(const Document& doc, const Block& item) {
  uint32_t title_run = FindTitle(doc, item.runs);
  if (title_run == item.runs.end) return std::nullopt;  // a heading-like item or a ToC line
  Entry entry;
  entry.span = item.span;
  entry.line = doc.lines().LineOf(item.span.begin);
  entry.title_link = doc.runs()[title_run].link;
  const Link& title = doc.links()[entry.title_link];

  std::string_view prefix = doc.text().substr(item.span.begin, title.span.begin - item.span.begin);
  entry.tags = ScanTags(prefix, item.span.begin);
  ReadLeadingDate(prefix, item.span.begin, entry);

  // The title is the link's text, unless the link is "[pdf]" (or a badge) after a bold title.
  entry.title = Trim(title.text);
  if (title.is_badge() || IsGenericLinkText(entry.title)) {
    BoldText bold = BoldTitle(doc, item.runs, title_run, entry.tags);
    if (!bold.text.empty()) {
      entry.title = std::move(bold.text);
    } else if (std::string lead = LeadingTitle(JoinText(doc, {item.runs.begin, title_run}, 0));
               !lead.empty()) {
      entry.title = std::move(lead);  // "Title (2013), A. Author [[pdf]](...)"
    }
  }

  std::vector<Span> link_spans =
      SortLinks(doc, item.runs, entry);  // no "(2016)" is looked for there
  if (!entry.has_date) ReadTrailingDate(doc, title, link_spans, entry);
  if (!entry.has_date) ReadTitleDate(doc, title, entry);
  entry.description = CleanDescription(JoinText(doc, item.runs, title_run + 1));
  return entry;
}

}  // namespace awesomelint
