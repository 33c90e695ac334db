// Reading an entry's fields out of its text: category tags, the entry's date,
// generic link texts ("[pdf]"), and the description's separators.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/entries/entries.h"

namespace awesomelint {

// "**Tag**:" or "**Tag:**" (also with "__") in the raw text before an entry's title.
std::vector<CategoryTag> ScanTags(std::string_view prefix, size_t base);

// How many bytes of white space and markup ('*', '_', '[', '(', '`') start `prefix`.
size_t LeadingMarkup(std::string_view prefix);

// Whether a date found at [begin, end) of `prefix` (the text before the title) is the
// entry's date: bracketed, first in the entry (at or before `lead`, which is
// LeadingMarkup(prefix)), or followed by a separator ("2024-05-01: [Title](...)").
// "(Book, Jan 2017)" is a remark, not the entry's date.
bool IsEntryDate(std::string_view prefix, size_t lead, size_t begin, size_t end);

// A full date (with a day) in the text of a Markdown title link, "[A tutorial
// (11-23-2015)](...)": the entry's date when nothing outside the link gives one.
// A year ("[Paper (2020)](...)") is part of a title, not a date.
void ReadTitleDate(const Document& doc, const Link& title, Entry& entry);

// A link that can be an entry's title link: not an image, not an in-page anchor,
// and written in Markdown or as an <a href> with text.
bool CanBeTitle(const Link& link);

// The title link's run in `runs`: the first plain link, else the first badge;
// `runs.end` if none.
uint32_t FindTitle(const Document& doc, RunRange runs);

// Bold text before the title link that is not a category tag, and the run after it.
struct BoldText {
  std::string text;
  uint32_t end_run = 0;
};
// "**LLM**: **Title** [pdf](...)" has the bold title "Title"; empty if none.
BoldText BoldTitle(const Document& doc, RunRange runs, uint32_t title,
                   const std::vector<CategoryTag>& tags);

// Without the separators that join a title to its description (" - ", ":", ","),
// white space collapsed.
std::string CleanDescription(std::string_view text);

// The first date in [from, end) of the document, outside `links` (sorted spans),
// that `accept` takes: it becomes the entry's date. False when none does.
bool ReadDateOutsideLinks(const Document& doc, size_t from, size_t end,
                          const std::vector<Span>& links,
                          const std::function<bool(const DateToken&)>& accept, Entry& entry);

// The links of `runs` other than the title: badges and other links, into the
// entry; returns every link's span (where dates are not looked for).
std::vector<Span> SortLinks(const Document& doc, RunRange runs, Entry& entry);

// Without brackets that hold nothing once links are taken out: "] [ ]" of
// "[[Paper](...)] [[Code](...)]".
std::string WithoutEmptyBrackets(std::string_view text);

// The text runs of `runs` (links left out), joined.
std::string JoinText(const Document& doc, RunRange runs, uint32_t from);

// What a reader sees of `runs`: text, and the text of Markdown links (not images).
std::string PlainText(const Document& doc, RunRange runs);

}  // namespace awesomelint
