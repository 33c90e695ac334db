// Paragraph entries, as research lists write them: one paragraph per entry, its
// lines kept apart with "<br>", a trailing backslash or plain line breaks —
//
//   **Title**<br>                              or  > **[Name](url)** <kbd>★ 5k</kbd><br>
//   *Authors*<br>                                  > Description.
//   [28th Oct., 2023] [arXiv, 2023]<br>
//   [[Paper](https://arxiv.org/abs/...)] [[Code](https://github.com/...)]
#include <cctype>

#include "awesomelint/support/strings.h"
#include "entry_text.h"
#include "readers.h"

namespace awesomelint {
namespace {

using Kind = InlineRun::Kind;

// Without ":emoji:" short codes and dates: what is left of the text before a title.
bool OnlyDecoration(std::string_view lead) {
  std::string rest;
  size_t from = 0;
  for (const DateToken& date : FindDates(lead, 0)) {
    rest += lead.substr(from, date.span.begin - from);
    from = date.span.end;
  }
  rest += lead.substr(from);
  for (size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == ':') {  // ":fire:"
      size_t close = rest.find(':', i + 1);
      if (close != std::string::npos && close > i + 1 && rest.find_first_of(" \t", i + 1) > close) {
        i = close;
        continue;
      }
    }
    if (std::isalnum(static_cast<unsigned char>(rest[i]))) return false;
  }
  return true;
}

// A paragraph written as an entry starts with its title: bold text or a link
// (not an image, not a badge), after at most decoration and a date.
bool StartsWithTitle(const Document& doc, RunRange runs) {
  std::string lead;
  for (uint32_t i = runs.begin; i < runs.end; ++i) {
    const InlineRun& run = doc.runs()[i];
    if (run.kind == Kind::kText) {
      lead += doc.RunText(run);
      if (lead.size() > 64) return false;
      continue;
    }
    if (run.kind == Kind::kLink) {
      const Link& link = doc.links()[run.link];
      if (!CanBeTitle(link) || link.is_badge()) return false;
    }
    return OnlyDecoration(lead);
  }
  return false;
}

// A line of the paragraph without what only lays it out: a quote's "> ", white
// space, emphasis, a trailing backslash or "<br>".
std::string_view LineContent(std::string_view line) {
  line = Trim(line);
  while (!line.empty() && (line.front() == '>' || line.front() == ' ')) line.remove_prefix(1);
  for (bool changed = true; changed;) {
    changed = false;
    line = Trim(line);
    for (std::string_view tail : {"<br>", "<br/>", "<br />", "\\"}) {
      if (line.size() >= tail.size() && ToLower(line.substr(line.size() - tail.size())) == tail) {
        line.remove_suffix(tail.size());
        changed = true;
      }
    }
  }
  while (!line.empty() && (line.front() == '*' || line.front() == '_')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == '*' || line.back() == '_')) line.remove_suffix(1);
  return Trim(line);
}

// The entry's date: the first date outside links that is bracketed, leads the
// entry, or is a line of its own ("4 Feb 2023").
void ReadParagraphDate(const Document& doc, size_t title_begin, const std::vector<Span>& links,
                       Entry& entry) {
  size_t lead = entry.span.begin +
                LeadingMarkup(doc.text().substr(entry.span.begin, title_begin - entry.span.begin));
  ReadDateOutsideLinks(
      doc, entry.span.begin, entry.span.end, links,
      [&](const DateToken& token) {
        std::string_view line = doc.lines().Line(doc.lines().LineOf(token.span.begin));
        bool own_line = line.size() <= token.text.size() + 64 && LineContent(line) == token.text;
        return token.bracketed || own_line || token.span.begin <= lead;
      },
      entry);
}

}  // namespace

std::optional<Entry> ReadParagraph(const Document& doc, const Block& paragraph) {
  RunRange runs = paragraph.runs;
  if (!StartsWithTitle(doc, runs)) return std::nullopt;
  uint32_t title_run = FindTitle(doc, runs);
  if (title_run == runs.end) return std::nullopt;
  const Link& title = doc.links()[doc.runs()[title_run].link];
  if (title.is_badge()) return std::nullopt;  // a line of badges under a list's name

  Entry entry;
  entry.span = paragraph.span;
  entry.line = doc.lines().LineOf(paragraph.span.begin);
  entry.title_link = doc.runs()[title_run].link;
  std::string_view prefix =
      doc.text().substr(paragraph.span.begin, title.span.begin - paragraph.span.begin);
  entry.tags = ScanTags(prefix, paragraph.span.begin);
  entry.title = Trim(title.text);
  uint32_t described_from = title_run + 1;
  // "**Title**<br>... [[Paper](...)]": the bold text names the entry, the link is its paper.
  BoldText bold = BoldTitle(doc, runs, title_run, entry.tags);
  bool bold_title = !bold.text.empty();
  if (bold_title) {
    entry.title = std::move(bold.text);
    described_from = bold.end_run;
  }

  std::vector<Span> link_spans = SortLinks(doc, runs, entry);
  // "**Sequence corpora.** [UniProt](...) • [UniRef](...)": a line naming a group of
  // links, each of them an entry of its own that this reader cannot tell apart.
  // ("**Title** [Paper](...) [Code](...)" names kinds of links: it is one entry.)
  bool one_line = doc.lines().LineOf(paragraph.span.end - 1) == entry.line;
  int named = !IsGenericLinkText(title.text);
  for (int link : entry.other_links) named += !IsGenericLinkText(doc.links()[link].text);
  if (bold_title && one_line && named >= 2) return std::nullopt;
  ReadParagraphDate(doc, title.span.begin, link_spans, entry);
  entry.description = CleanDescription(WithoutEmptyBrackets(JoinText(doc, runs, described_from)));
  return entry;
}

}  // namespace awesomelint
