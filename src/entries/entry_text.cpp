#include "entry_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>

#include "awesomelint/support/strings.h"

namespace awesomelint {

std::vector<CategoryTag> ScanTags(std::string_view prefix, size_t base) {
  std::vector<CategoryTag> tags;
  for (size_t i = 0; i + 1 < prefix.size(); ++i) {
    if (!((prefix[i] == '*' && prefix[i + 1] == '*') || (prefix[i] == '_' && prefix[i + 1] == '_')))
      continue;
    std::string_view marker = prefix.substr(i, 2);
    size_t close = prefix.find(marker, i + 2);
    if (close == std::string_view::npos) break;
    std::string_view inner = prefix.substr(i + 2, close - i - 2);
    size_t after = close + 2;
    while (after < prefix.size() && prefix[after] == ' ') ++after;
    bool colon_inside = !inner.empty() && inner.back() == ':';
    bool colon_after = after < prefix.size() && prefix[after] == ':';
    std::string_view name = Trim(colon_inside ? inner.substr(0, inner.size() - 1) : inner);
    // A tag is a name on one line: "**Pa\nthology**:" is no tag (a fix to it would join lines).
    if ((colon_inside || colon_after) && !name.empty() && name.size() <= 60 &&
        name.find_first_of("[*\r\n") == std::string_view::npos) {
      size_t at = i + 2 + static_cast<size_t>(name.data() - inner.data());
      tags.push_back({std::string(name), {base + at, base + at + name.size()}});
    }
    i = close + 1;
  }
  return tags;
}

namespace {

bool IsSpaceOrMarkup(char c) {
  return std::isspace(static_cast<unsigned char>(c)) || c == '*' || c == '_' || c == '[' ||
         c == '(' || c == '`';
}

}  // namespace

size_t LeadingMarkup(std::string_view prefix) {
  size_t lead = 0;
  while (lead < prefix.size() && IsSpaceOrMarkup(prefix[lead])) ++lead;
  return lead;
}

bool IsEntryDate(std::string_view prefix, size_t lead, size_t begin, size_t end) {
  bool bracketed = begin > 0 && end < prefix.size() &&
                   ((prefix[begin - 1] == '(' && prefix[end] == ')') ||
                    (prefix[begin - 1] == '[' && prefix[end] == ']'));
  if (bracketed) return true;
  if (begin <= lead) return true;  // first in the entry
  size_t after = end;
  while (after < prefix.size() && (prefix[after] == '*' || prefix[after] == '_')) ++after;
  return after < prefix.size() && (prefix[after] == ':' || prefix[after] == '|');
}

void ReadTitleDate(const Document& doc, const Link& title, Entry& entry) {
  if (title.syntax != LinkSyntax::kInline && title.syntax != LinkSyntax::kReference) return;
  size_t end = title.dest.begin > title.span.begin && title.dest.end <= title.span.end
                   ? title.dest.begin
                   : title.span.end;
  std::string_view text = doc.text().substr(title.span.begin, end - title.span.begin);
  for (DateToken& token : FindDates(text, title.span.begin)) {
    const std::string& format = token.format;  // a day: "DD", "Dth" or "NN" (day or month)
    if (format.find("DD") == std::string::npos && format.find("Dth") == std::string::npos &&
        format.find("NN") == std::string::npos)
      continue;
    entry.has_date = true;
    entry.date = std::move(token);
    return;
  }
}

bool CanBeTitle(const Link& link) {
  if (link.image || link.url.empty() || link.url[0] == '#') return false;
  return link.syntax != LinkSyntax::kHtml || link.is_badge() || !Trim(link.text).empty();
}

uint32_t FindTitle(const Document& doc, RunRange runs) {
  uint32_t first_badge = runs.end;
  for (uint32_t i = runs.begin; i < runs.end; ++i) {
    const InlineRun& run = doc.runs()[i];
    if (run.kind != InlineRun::Kind::kLink) continue;
    const Link& link = doc.links()[run.link];
    if (!CanBeTitle(link)) continue;
    if (!link.is_badge()) return i;
    if (first_badge == runs.end) first_badge = i;
  }
  return first_badge;
}

BoldText BoldTitle(const Document& doc, RunRange runs, uint32_t title,
                   const std::vector<CategoryTag>& tags) {
  std::unordered_set<std::string_view> tag_names;
  for (const CategoryTag& tag : tags) tag_names.insert(tag.name);
  std::string strong;
  int depth = 0;
  for (uint32_t i = runs.begin; i < title; ++i) {
    const InlineRun& run = doc.runs()[i];
    if (run.kind == InlineRun::Kind::kStrongBegin && depth++ == 0) strong.clear();
    if (run.kind == InlineRun::Kind::kText && depth > 0) strong += doc.RunText(run);
    if (run.kind != InlineRun::Kind::kStrongEnd || depth == 0 || --depth != 0) continue;
    std::string_view bold = Trim(strong);
    if (!bold.empty() && !tag_names.count(bold)) return {std::string(bold), i + 1};
  }
  return {};
}

bool IsGenericLinkText(std::string_view text) {
  static constexpr std::array<std::string_view, 29> kGeneric = {
      "pdf",      "paper",    "link",   "code",        "arxiv",       "project",  "website", "web",
      "github",   "html",     "doi",    "url",         "homepage",    "page",     "here",    "repo",
      "download", "video",    "slides", "blog",        "preprint",    "official", "article", "site",
      "abs",      "abstract", "hf",     "huggingface", "hugging face"};
  std::string lower = ToLower(Trim(text));
  std::string_view word = lower;
  while (!word.empty() && (word.front() == '[' || word.front() == '(')) word.remove_prefix(1);
  while (!word.empty() && (word.back() == ']' || word.back() == ')')) word.remove_suffix(1);
  return word.empty() || std::find(kGeneric.begin(), kGeneric.end(), word) != kGeneric.end();
}

std::string CleanDescription(std::string_view text) {
  text = Trim(text);
  for (bool changed = true; changed && !text.empty();) {
    changed = false;
    for (std::string_view sep : {"-", ":", ",", "\xE2\x80\x93", "\xE2\x80\x94", "|"}) {
      if (text.substr(0, sep.size()) == sep) {
        text = Trim(text.substr(sep.size()));
        changed = true;
      }
    }
  }
  std::string out;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool ReadDateOutsideLinks(const Document& doc, size_t from, size_t end,
                          const std::vector<Span>& links,
                          const std::function<bool(const DateToken&)>& accept, Entry& entry) {
  std::string_view text = doc.text();
  for (size_t k = 0;; ++k) {
    while (k < links.size() && links[k].end <= from) ++k;
    size_t to = k < links.size() ? std::max(from, std::min(end, links[k].begin)) : end;
    for (DateToken& token : FindDates(text.substr(from, to - from), from)) {
      if (!accept(token)) continue;
      entry.has_date = true;
      entry.date = std::move(token);
      return true;
    }
    if (k >= links.size() || links[k].begin >= end) return false;
    from = std::max(from, links[k].end);
  }
}

std::vector<Span> SortLinks(const Document& doc, RunRange runs, Entry& entry) {
  std::vector<Span> spans;
  for (uint32_t i = runs.begin; i < runs.end; ++i) {
    const InlineRun& run = doc.runs()[i];
    if (run.kind != InlineRun::Kind::kLink) continue;
    const Link& link = doc.links()[run.link];
    spans.push_back(link.span);
    if (link.is_badge())
      entry.badges.push_back(run.link);
    else if (!link.image && run.link != entry.title_link)
      entry.other_links.push_back(run.link);
  }
  return spans;
}

std::string WithoutEmptyBrackets(std::string_view text) {
  struct Open {
    size_t at;     // where the '[' was written in `out`
    bool content;  // whether anything but white space followed it
  };
  std::string out;
  std::vector<Open> open;
  for (char c : text) {
    if (c == '[') {
      open.push_back({out.size(), false});
    } else if (c == ']' && !open.empty()) {
      Open bracket = open.back();
      open.pop_back();
      if (!bracket.content) {
        out.resize(bracket.at);
        continue;
      }
      if (!open.empty()) open.back().content = true;
    } else if (!std::isspace(static_cast<unsigned char>(c)) && !open.empty()) {
      open.back().content = true;
    }
    out += c;
  }
  return out;
}

std::string JoinText(const Document& doc, RunRange runs, uint32_t from) {
  std::string out;
  for (uint32_t i = std::max(from, runs.begin); i < runs.end; ++i) {
    const InlineRun& run = doc.runs()[i];
    if (run.kind == InlineRun::Kind::kText) out += doc.RunText(run);
  }
  return out;
}

std::string PlainText(const Document& doc, RunRange runs) {
  std::string out;
  for (uint32_t i = runs.begin; i < runs.end; ++i) {
    const InlineRun& run = doc.runs()[i];
    if (run.kind == InlineRun::Kind::kText) {
      out += doc.RunText(run);
    } else if (run.kind == InlineRun::Kind::kLink) {
      const Link& link = doc.links()[run.link];
      if (!link.image && link.syntax != LinkSyntax::kHtml) out += link.text;
    }
  }
  return out;
}

}  // namespace awesomelint
