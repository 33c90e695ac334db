// Hostile shapes that once cost work quadratic in the input (issue 14), linted
// and dumped for their results: entries sharing one link, an item of 100,000
// links, a line of bare URLs, many tags, headings, dates, badges and the like.
// The tests assert what is found, never how fast; where a faster algorithm
// replaced a slower one, the two are compared on random inputs.
#include <gtest/gtest.h>

#include <fmt/format.h>
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <tuple>

#include "awesomelint/config/config.h"
#include "awesomelint/entries/entries.h"
#include "awesomelint/lint/linter.h"
#include "awesomelint/model/url.h"
#include "awesomelint/report/report.h"
#include "awesomelint/support/suggest.h"
#include "markdown/html_scan.h"
#include "markdown/raw_link_scan.h"
#include "rules/nearest_name.h"
#include "rules/registry.h"

namespace awesomelint {
namespace {

// The findings of `rule` alone on `text`.
std::vector<Diagnostic> LintWith(const std::string& rule, const std::string& text,
                                 const ChangedLines* changed = nullptr) {
  ParsedFile file = ParseFile("list.md", text);
  Config config;
  config.rules["default"] = false;
  config.rules[rule] = true;
  Linter linter(CreateAllRules(), config, {});
  LintContext context;
  context.today = CalendarDate{2026, 11, 28};
  context.changed = changed;
  return linter.Lint(file, context);
}

// "line:column message" per finding.
std::vector<std::string> Messages(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics)
    out.push_back(fmt::format("{}:{} {}", d.begin.line, d.begin.column, d.message));
  return out;
}

// --- duplicate-link ---------------------------------------------------------------

TEST(LinearWorkTest, TenThousandEntriesSharingAPaperLink) {
  std::string text = "# List\n\n## Papers\n\n";
  const int n = 10000;
  for (int i = 0; i < n; ++i)
    text += fmt::format("- [Title {}](https://arxiv.org/abs/2101.00001) - About {}.\n", i, i);
  std::vector<std::string> found = Messages(LintWith("duplicate-link", text));
  ASSERT_EQ(found.size(), static_cast<size_t>(n - 1));
  for (int i = 1; i < n; ++i) {
    EXPECT_EQ(found[i - 1], fmt::format("{}:{} 'Title {}' links the same paper as 'Title 0' "
                                        "(line 5); one of the two links is probably wrong",
                                        5 + i, fmt::format("[Title {}](", i).size() + 3, i))
        << i;
  }
}

TEST(LinearWorkTest, TenThousandEntriesListedTwiceAndAcrossSections) {
  std::string text = "# List\n\n## One\n\n";
  const int n = 10000;
  for (int i = 0; i < n; ++i) text += "- [Tool](https://example.com/tool) - Same.\n";
  text += "\n## Two\n\n";
  for (int i = 0; i < n; ++i) text += "- [Tool, again](https://example.com/tool) - Other.\n";
  std::vector<Diagnostic> found = LintWith("duplicate-link", text);
  // Every later entry of section One repeats the first; every entry of section Two
  // is listed under One too, and each later one repeats Two's first.
  ASSERT_EQ(found.size(), static_cast<size_t>(2 * n - 1));
  for (int i = 1; i < n; ++i)
    EXPECT_EQ(found[i - 1].message, "Entry listed twice: same title and link as line 5");
  EXPECT_EQ(found[n - 1].message, "Also listed under 'List > One' (line 5)");
  EXPECT_EQ(found[n - 1].severity, Severity::kInfo);
  int two = 5 + n + 3;
  for (int i = n; i < 2 * n - 1; ++i)
    EXPECT_EQ(found[i].message,
              fmt::format("Entry listed twice: same title and link as line {}", two));
}

// The rule as it was written before issue 14 (with issue 10's reading of a paper
// under another title in another section): every entry compared with every earlier
// one of its link. Links are arXiv papers or example.com pages.
std::vector<std::pair<size_t, std::string>> QuadraticDuplicates(const Document& doc,
                                                                const Entries& entries,
                                                                const ChangedLines* changed) {
  auto folded = [](std::string_view title) {
    std::string out;
    for (char c : title) {
      unsigned char u = static_cast<unsigned char>(c);
      if (std::isalnum(u) || u >= 0x80) out += static_cast<char>(std::tolower(u));
    }
    return out;
  };
  auto order = [&](const Entry& first, const Entry& later) {
    if (changed && !changed->Contains(later.line) && changed->Contains(first.line))
      return std::make_pair(&first, &later);
    return std::make_pair(&later, &first);
  };
  std::vector<std::pair<size_t, std::string>> out;
  std::map<std::string, std::vector<int>> seen;
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& entry = entries[i];
    std::string key = CanonicalKey(doc.links()[entry.title_link].url);
    std::vector<int>& earlier = seen[key];
    const Entry* other_title = nullptr;
    const Entry* other_section = nullptr;
    bool twice = false;
    for (int index : earlier) {
      const Entry& first = entries[index];
      if (first.section != entry.section || first.subsection != entry.subsection) {
        if (!other_section) other_section = &first;
        continue;
      }
      if (folded(first.title) == folded(entry.title)) {
        auto [reported, other] = order(first, entry);
        out.emplace_back(
            doc.links()[reported->title_link].dest.begin,
            fmt::format("Entry listed twice: same title and link as line {}", other->line));
        twice = true;
        break;
      }
      if (!other_title) other_title = &first;
    }
    earlier.push_back(static_cast<int>(i));
    if (twice) continue;
    // A paper under another title, in this section or else in another, is a wrong link
    // (these titles, "T0" or "t.1", share no name); any other link elsewhere is a note.
    const Entry* earlier_one = other_title ? other_title : other_section;
    if (earlier_one && key.rfind("arxiv:", 0) == 0 &&
        folded(earlier_one->title) != folded(entry.title)) {
      auto [reported, other] = order(*earlier_one, entry);
      std::string where = other_title ? "" : fmt::format(" under '{}'", SectionPath(doc, *other));
      out.emplace_back(doc.links()[reported->title_link].dest.begin,
                       fmt::format("'{}' links the same paper as '{}' (line {}{}); one of the two "
                                   "links is probably wrong",
                                   reported->title, other->title, other->line, where));
    } else if (other_section && !other_title) {
      auto [reported, other] = order(*other_section, entry);
      out.emplace_back(
          doc.links()[reported->title_link].dest.begin,
          fmt::format("Also listed under '{}' (line {})", SectionPath(doc, *other), other->line));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

TEST(LinearWorkTest, DuplicateLinkFindsWhatTheQuadraticRuleFound) {
  std::mt19937 random(14);
  for (int round = 0; round < 40; ++round) {
    std::string text = "# List\n";
    for (int line = 0; line < 120; ++line) {
      switch (random() % 8) {
        case 0:
          text += fmt::format("\n## Section {}\n\n", random() % 4);
          break;
        case 1:
          text += fmt::format("- Group {}\n", random() % 3);
          for (int k = 0; k < 3; ++k)
            text += fmt::format("  - [T{}](https://arxiv.org/abs/2101.0000{})\n", random() % 3,
                                random() % 3);
          break;
        default:
          text += fmt::format(
              "- [{}{}]({}{}) - x\n", random() % 2 ? "T" : "t.", random() % 3,
              random() % 2 ? "https://arxiv.org/abs/2101.0000" : "https://example.com/page",
              random() % 3);
      }
    }
    ChangedLines changed;
    for (int line = 1; line < 400; line += 1 + static_cast<int>(random() % 5))
      changed.Add(line, line);
    for (const ChangedLines* lines : std::vector<const ChangedLines*>{nullptr, &changed}) {
      ParsedFile file = ParseFile("list.md", text);
      std::vector<std::pair<size_t, std::string>> expected =
          QuadraticDuplicates(*file.doc, file.entries, lines);
      // The Linter keeps only findings on changed lines: so must the reference.
      if (lines) {
        std::erase_if(expected, [&](const auto& finding) {
          return !lines->Contains(file.doc->lines().LineOf(finding.first));
        });
      }
      std::vector<std::pair<size_t, std::string>> actual;
      for (const Diagnostic& d : LintWith("duplicate-link", text, lines))
        actual.emplace_back(d.span.begin, d.message);
      std::sort(actual.begin(), actual.end());
      EXPECT_EQ(actual, expected) << text;
    }
  }
}

// --- one item of 100,000 links, one line of bare URLs ------------------------------

TEST(LinearWorkTest, AnItemOfOneHundredThousandLinksDumpsEveryLink) {
  const int n = 100000;
  std::string text = "# List\n\n- [Title](https://example.com/t) -";
  std::vector<size_t> columns;
  size_t line_start = text.rfind('\n') + 1;
  for (int i = 0; i < n; ++i) {
    text += ' ';
    columns.push_back(text.size() - line_start + 1);
    text += fmt::format("[l{}](https://example.com/{})", i, i);
  }
  text += '\n';
  ParsedFile file = ParseFile("list.md", text);
  ASSERT_EQ(file.entries.size(), 1u);
  std::ostringstream out;
  WriteEntries(out, {&file});
  nlohmann::json dump = nlohmann::json::parse(out.str());
  const nlohmann::json& entry = dump["files"][0]["entries"][0];
  EXPECT_EQ(entry["title"], "Title");
  EXPECT_EQ(entry["link"]["column"], 3);
  ASSERT_EQ(entry["links"].size(), static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    const nlohmann::json& link = entry["links"][i];
    ASSERT_EQ(link["url"], fmt::format("https://example.com/{}", i));
    ASSERT_EQ(link["text"], fmt::format("l{}", i));
    ASSERT_EQ(link["line"], 3);
    ASSERT_EQ(link["column"], columns[i]) << i;
  }
}

TEST(LinearWorkTest, ColumnsCountCodePointsOnALongLine) {
  std::string text = "# List\n\n- [Tïtle](https://example.com/t) -";
  for (int i = 0; i < 2000; ++i) text += fmt::format(" é [ü{}](https://example.com/{})", i, i);
  text += "\n- [Ötro](https://example.com/o) -";
  for (int i = 0; i < 2000; ++i) text += fmt::format(" ß [ü{}](https://example.com/{})", i, i);
  ParsedFile file = ParseFile("list.md", text + "\n");
  std::ostringstream out;
  WriteEntries(out, {&file});
  nlohmann::json entries = nlohmann::json::parse(out.str())["files"][0]["entries"];
  ASSERT_EQ(entries.size(), 2u);
  for (size_t e = 0; e < 2; ++e) {
    const nlohmann::json& links = entries[e]["links"];
    ASSERT_EQ(links.size(), 2000u);
    for (size_t i = 0; i < links.size(); ++i) {
      const Link& link = file.doc->links()[file.entries[e].other_links[i]];
      Position expected = file.doc->lines().PositionOf(link.span.begin);
      ASSERT_EQ(links[i]["line"], expected.line) << i;
      ASSERT_EQ(links[i]["column"], expected.column) << i;
      // "- [Tïtle](https://example.com/t) -" is 34 code points, "- [Ötro](...) -"
      // 33; then " é " (or " ß ") before the link.
      if (i == 0) EXPECT_EQ(expected.column, e == 0 ? 34 + 4 : 33 + 4);
    }
  }
}

TEST(LinearWorkTest, TwoMegabytesOfBareUrlsOnOneLine) {
  std::string text = "# List\n\n";
  std::vector<size_t> at;
  for (int i = 0; text.size() < 2 * 1024 * 1024; ++i) {
    if (i > 0) text += ' ';
    at.push_back(text.size());
    text += fmt::format("https://example.com/page{}", i);
  }
  text += '\n';
  ParsedFile file = ParseFile("list.md", text);
  ASSERT_EQ(file.doc->links().size(), at.size());
  for (size_t i = 0; i < at.size(); ++i) {
    const Link& link = file.doc->links()[i];
    ASSERT_EQ(link.syntax, LinkSyntax::kBareUrl) << i;
    ASSERT_EQ(link.span.begin, at[i]) << i;
    ASSERT_EQ(link.url, fmt::format("https://example.com/page{}", i)) << i;
  }
}

TEST(LinearWorkTest, AutolinksAndBracketLinksAlternatingOnOneLine) {
  std::string text = "# List\n\n- [Title](https://example.com/t)";
  std::vector<std::pair<size_t, LinkSyntax>> at;
  for (int i = 0; i < 20000; ++i) {
    text += ' ';
    at.emplace_back(text.size(), i % 2 ? LinkSyntax::kAutolink : LinkSyntax::kInline);
    text += i % 2 ? fmt::format("<https://example.com/{}>", i)
                  : fmt::format("[https://example.com/{}](https://example.com/{})", i, i);
  }
  ParsedFile file = ParseFile("list.md", text + "\n");
  ASSERT_EQ(file.doc->links().size(), at.size() + 1);
  for (size_t i = 0; i < at.size(); ++i) {
    const Link& link = file.doc->links()[i + 1];
    ASSERT_EQ(link.span.begin, at[i].first) << i;
    ASSERT_EQ(link.syntax, at[i].second) << i;
  }
}

// Autolinks whose text holds "&amp;" are not written as cmark-gfm reads them: they
// are anchored at the cursor, as before, and the links around them are found.
TEST(LinearWorkTest, AutolinksWithEntitiesOnOneLine) {
  std::string text = "# List\n\n- [Title](https://example.com/t)";
  for (int i = 0; i < 20000; ++i) text += fmt::format(" <https://example.com/a&amp;b{}>", i);
  size_t end = text.size() + 1;
  ParsedFile file = ParseFile("list.md", text + " [End](https://example.com/end)\n");
  ASSERT_EQ(file.doc->links().size(), 20002u);
  EXPECT_EQ(file.doc->links()[1].url, "https://example.com/a&b0");
  EXPECT_EQ(file.doc->links()[1].span.size(), 0u);
  const Link& last = file.doc->links().back();
  EXPECT_EQ(last.url, "https://example.com/end");
  EXPECT_EQ(last.syntax, LinkSyntax::kInline);
  EXPECT_EQ(last.span.begin, end);
}

// --- the raw link scanner ----------------------------------------------------------

// ScanRawLink as it was: each backtick run searched for its closing run to the limit.
size_t OldSkipCodeSpan(std::string_view text, size_t i, size_t limit) {
  size_t run = 0;
  while (i + run < limit && text[i + run] == '`') ++run;
  for (size_t j = i + run; j < limit;) {
    if (text[j] != '`') {
      ++j;
      continue;
    }
    size_t close = 0;
    while (j + close < limit && text[j + close] == '`') ++close;
    if (close == run) return j + close - 1;
    j += close;
  }
  return i + run - 1;
}

RawLink OldScanRawLink(std::string_view text, size_t open, size_t limit) {
  RawLink link;
  limit = std::min(limit, text.size());
  if (open >= limit || text[open] != '[') return link;
  int depth = 0;
  size_t i = open;
  for (; i < limit; ++i) {
    char c = text[i];
    if (c == '\\') {
      ++i;
    } else if (c == '`') {
      i = OldSkipCodeSpan(text, i, limit);
    } else if (c == '[') {
      ++depth;
    } else if (c == ']' && --depth == 0) {
      break;
    }
  }
  if (i >= limit) return link;
  size_t close = i;
  link.text = {open + 1, close};
  link.label = link.text;
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  if (close + 1 < limit && text[close + 1] == '(') {
    size_t j = close + 2;
    while (j < limit && space(text[j])) ++j;
    if (j < limit && text[j] == '<') {
      size_t end = text.find('>', j + 1);
      if (end == std::string_view::npos || end >= limit) return link;
      link.dest = {j + 1, end};
      j = end + 1;
    } else {
      size_t begin = j;
      int parens = 0;
      for (; j < limit && !space(text[j]); ++j) {
        if (text[j] == '\\') {
          ++j;
        } else if (text[j] == '(') {
          ++parens;
        } else if (text[j] == ')') {
          if (parens == 0) break;
          --parens;
        }
      }
      link.dest = {begin, std::min(j, limit)};
    }
    while (j < limit && space(text[j])) ++j;
    if (j < limit && (text[j] == '"' || text[j] == '\'' || text[j] == '(')) {
      char quote = text[j] == '(' ? ')' : text[j];
      for (++j; j < limit && text[j] != quote; ++j)
        if (text[j] == '\\') ++j;
      ++j;
      while (j < limit && space(text[j])) ++j;
    }
    if (j >= limit || text[j] != ')') return link;
    link.ok = true;
    link.inline_destination = true;
    link.end = j + 1;
    return link;
  }
  if (close + 1 < limit && text[close + 1] == '[') {
    size_t end = text.find(']', close + 2);
    if (end != std::string_view::npos && end < limit) {
      if (end > close + 2) link.label = {close + 2, end};
      link.ok = true;
      link.end = end + 1;
      return link;
    }
  }
  link.ok = true;
  link.end = close + 1;
  return link;
}

TEST(LinearWorkTest, RawLinkScanReadsAsBefore) {
  std::mt19937 random(14);
  const std::string alphabet = "[[]]()``\\ a<>\"'";
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    size_t size = 1 + random() % 40;
    for (size_t i = 0; i < size; ++i) text += alphabet[random() % alphabet.size()];
    size_t limit = random() % (size + 3);
    for (size_t open = 0; open < size; ++open) {
      RawLink now = ScanRawLink(text, open, limit);
      RawLink then = OldScanRawLink(text, open, limit);
      ASSERT_EQ(std::tie(now.ok, now.inline_destination, now.end),
                std::tie(then.ok, then.inline_destination, then.end))
          << text << " at " << open << " to " << limit;
      if (!now.ok) continue;
      ASSERT_EQ(now.text, then.text) << text;
      ASSERT_EQ(now.dest, then.dest) << text;
      ASSERT_EQ(now.label, then.label) << text;
      ASSERT_LE(now.end, now.scanned) << text;
    }
  }
}

TEST(LinearWorkTest, ManyUnclosedCodeSpansInOneLink) {
  // Runs of 1, 2, 3, ... backticks, none closed, inside one link's text.
  std::string text = "[";
  for (int run = 1; run <= 600; ++run) text += std::string(run, '`') + " x ";
  text += "](https://example.com/x)";
  RawLink link = ScanRawLink(text, 0, text.size());
  EXPECT_TRUE(link.ok);
  EXPECT_TRUE(link.inline_destination);
  EXPECT_EQ(link.end, text.size());
  EXPECT_EQ(text.substr(link.dest.begin, link.dest.size()), "https://example.com/x");
}

// --- tags, headings, dates ---------------------------------------------------------

TEST(LinearWorkTest, BoundedEditDistanceIsEditDistanceWithinItsBound) {
  std::mt19937 random(14);
  for (int round = 0; round < 20000; ++round) {
    std::string a, b;
    for (size_t i = random() % 12; i > 0; --i) a += "abcA"[random() % 4];
    for (size_t i = random() % 12; i > 0; --i) b += "abcA"[random() % 4];
    int max = static_cast<int>(random() % 6);
    int exact = EditDistance(a, b);
    int bounded = BoundedEditDistance(a, b, max);
    if (exact <= max)
      ASSERT_EQ(bounded, exact) << a << " " << b << " " << max;
    else
      ASSERT_EQ(bounded, max + 1) << a << " " << b << " " << max;
  }
}

TEST(LinearWorkTest, NearestNameIsClosestMatch) {
  std::mt19937 random(14);
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> names;
    for (size_t n = random() % 30; n > 0; --n) {
      std::string name;
      for (size_t i = 1 + random() % 8; i > 0; --i) name += "abcAB-"[random() % 6];
      names.push_back(name);
    }
    NearestName nearest(names, NearestName::WorkBudget(0));
    for (int word = 0; word < 30; ++word) {
      std::string text;
      for (size_t i = random() % 9; i > 0; --i) text += "abcAB-"[random() % 6];
      int max = static_cast<int>(random() % 4);
      ASSERT_EQ(nearest.Find(text, max), ClosestMatch(text, names, max)) << text;
    }
  }
}

TEST(LinearWorkTest, TenEntriesSharingThousandsOfTags) {
  const int n = 2000;
  std::string tags;
  for (int i = 0; i < n; ++i) tags += fmt::format("**alpha{}beta**: ", i);
  std::string text = "# List\n\n## S\n\n";
  for (int e = 0; e < 10; ++e)
    text += fmt::format("- {}[T{}](https://example.com/{})\n", tags, e, e);
  // One entry misspells two of them, and has a tag of its own.
  text += "- **alpha7bata**: **ALPHA-8-BETA**: **gamma1delta**: [U](https://example.com/u)\n";
  std::vector<Diagnostic> found = LintWith("category-tag", text);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].message, "Unknown category tag 'alpha7bata'; did you mean 'alpha7beta'?");
  EXPECT_EQ(found[1].message, "Unknown category tag 'ALPHA-8-BETA'; did you mean 'alpha8beta'?");
  EXPECT_EQ(found[2].message,
            "Category tag 'gamma1delta' is used by 1 of 11 tagged entries; each of the list's "
            "2000 tags is used at least 10 times. Add it to category-tag.tags if it is meant");
}

TEST(LinearWorkTest, ThousandsOfBrokenAnchorsAgainstThousandsOfHeadings) {
  const int n = 2000;
  std::string text = "# List\n\n";
  for (int i = 0; i < n; ++i) text += fmt::format("- [Heading {}](#headng-{})\n", i, i);
  for (int i = 0; i < n; ++i) text += fmt::format("\n## Heading {}\n", i);
  std::vector<Diagnostic> found = LintWith("toc-anchors", text);
  ASSERT_EQ(found.size(), static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    ASSERT_EQ(
        found[i].message,
        fmt::format("No heading has the anchor '#headng-{}'; did you mean '#heading-{}'?", i, i));
    ASSERT_TRUE(found[i].fix);
    ASSERT_EQ(found[i].fix->replacement, fmt::format("#heading-{}", i));
  }
}

// "YYYY-MM-DD" of the day `days` after 1970-01-01 (the proleptic Gregorian calendar).
std::string IsoDay(int days) {
  days += 719468;
  int era = days / 146097;
  int doe = days - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  int day = doy - (153 * mp + 2) / 5 + 1;
  int month = mp < 10 ? mp + 3 : mp - 9;
  int year = yoe + era * 400 + (month <= 2);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

TEST(LinearWorkTest, ManyDatesOutOfOrderInOneSection) {
  // Newest first, a day apart; every tenth entry is 100 days too old.
  const int n = 20000;
  std::string text = "# List\n\n## S\n\n";
  std::vector<std::string> dates;
  for (int i = 0; i < n; ++i) {
    int day = 30000 - i - (i % 10 == 5 ? 100 : 0);
    dates.push_back(IsoDay(day));
    text += fmt::format("- [{}] [T{}](https://example.com/{}) - x\n", dates.back(), i, i);
  }
  std::vector<Diagnostic> found = LintWith("date-order", text);
  ASSERT_EQ(found.size(), static_cast<size_t>(n / 10));
  for (size_t k = 0; k < found.size(); ++k) {
    int i = static_cast<int>(k) * 10 + 5;
    // It belongs after the last entry in order that is newer, 99 entries on (the
    // 100th is out of order itself): below it, where it is not.
    int after = std::min(i + 99, n - 1);
    std::string where = fmt::format("it belongs after line {} ({})", 5 + after, dates[after]);
    ASSERT_EQ(found[k].message,
              fmt::format("Entry dated {} is out of order: this section lists newest first; {}",
                          dates[i], where))
        << k;
  }
}

// --- entries -----------------------------------------------------------------------

TEST(LinearWorkTest, EntryFieldsFromLongPrefixesAndTexts) {
  std::string dates;
  for (int i = 0; i < 5000; ++i) dates += fmt::format("x 2020-01-{:02} ", 1 + i % 28);
  std::string tags;
  for (int i = 0; i < 5000; ++i) tags += fmt::format("**t{}**: ", i);
  std::string text = "# List\n\n";
  text += "- " + dates + "2021-03-04: [Dated](https://example.com/d)\n";
  text += "- " + tags + "**Bold title** [pdf](https://example.com/b)\n";
  text += "- [" + std::string(50000, '(') + "pdf](https://example.com/p)\n";
  ParsedFile file = ParseFile("list.md", text);
  ASSERT_EQ(file.entries.size(), 3u);
  EXPECT_TRUE(file.entries[0].has_date);
  EXPECT_EQ(file.entries[0].date.text, "2021-03-04");
  EXPECT_EQ(file.entries[1].tags.size(), 5000u);
  EXPECT_EQ(file.entries[1].title, "Bold title");
  EXPECT_EQ(file.entries[2].title, std::string(50000, '(') + "pdf");
}

TEST(LinearWorkTest, ManyBadgesOnOneItem) {
  const int n = 20000;
  std::string text = "# List\n\n- [Title](https://github.com/o/r)";
  for (int i = 0; i < n; ++i)
    text += fmt::format(
        " [![s{}](https://img.shields.io/github/stars/o/r{})](https://github.com/o/r{})", i, i, i);
  ParsedFile file = ParseFile("list.md", text + "\n");
  ASSERT_EQ(file.entries.size(), 1u);
  ASSERT_EQ(file.entries[0].badges.size(), static_cast<size_t>(n));
  std::ostringstream out;
  WriteEntries(out, {&file});
  nlohmann::json badges = nlohmann::json::parse(out.str())["files"][0]["entries"][0]["badges"];
  ASSERT_EQ(badges.size(), static_cast<size_t>(n));
  EXPECT_EQ(badges[n - 1]["alt"], fmt::format("s{}", n - 1));
  EXPECT_EQ(badges[n - 1]["target"], fmt::format("https://github.com/o/r{}", n - 1));
}

// --- HTML and reports --------------------------------------------------------------

TEST(LinearWorkTest, AnImageTagOfManySources) {
  std::string tag = "<img";
  for (int i = 0; i < 5000; ++i) tag += fmt::format(" src=\"https://example.com/{}.png\"", i);
  tag += " alt=\"first\" alt=\"A &amp; B\">";
  ParsedFile file = ParseFile("list.md", "# List\n\n" + tag + "\n");
  ASSERT_EQ(file.doc->links().size(), 5000u);
  for (const Link& link : file.doc->links()) ASSERT_EQ(link.text, "A & B");
}

TEST(LinearWorkTest, EntitiesAmongManyAmpersands) {
  std::string text(100000, '&');
  text += "&amp;&#65;&lt";
  EXPECT_EQ(DecodeHtmlEntities(text), std::string(100000, '&') + "&A&lt");
}

TEST(LinearWorkTest, GithubDefusesEveryOldStyleCommand) {
  std::string message;
  for (int i = 0; i < 50000; ++i) message += "##[x";
  RunReport report;
  FileReport file;
  file.path = "list.md";
  for (int i = 0; i < 2; ++i) {
    Diagnostic d;
    d.rule = "duplicate-link";
    d.severity = Severity::kError;
    d.message = message;
    d.begin = {1, 1};
    d.end = {1, 2};
    file.diagnostics.push_back(d);
  }
  report.files.push_back(file);
  std::ostringstream out;
  WriteGithub(out, report, /*max_annotations=*/1);
  // The second finding is a plain log line: every "##[" in it is defused.
  std::istringstream lines(out.str());
  std::string line;
  std::getline(lines, line);
  ASSERT_EQ(line.rfind("::error ", 0), 0u);
  std::getline(lines, line);
  ASSERT_EQ(line.rfind("  list.md:1:1 error ", 0), 0u);
  EXPECT_NE(line.find(" [duplicate-link]"), std::string::npos) << line;
  EXPECT_EQ(line.find("##["), std::string::npos);
  size_t defused = 0;
  for (size_t at = line.find("##%5Bx"); at != std::string::npos; at = line.find("##%5Bx", at + 1))
    ++defused;
  EXPECT_EQ(defused, 50000u);
}

}  // namespace
}  // namespace awesomelint
