// Positions, inline directives and link-check locations without work quadratic in
// the input (issue 14): each faster lookup is compared with the straightforward
// one it replaced, on random inputs with a fixed seed. Nothing here is timed.
#include <gtest/gtest.h>

#include <fmt/format.h>
#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "awesomelint/config/config.h"
#include "awesomelint/entries/entries.h"
#include "awesomelint/lint/fix.h"
#include "awesomelint/lint/linter.h"
#include "awesomelint/model/line_index.h"
#include "rules/registry.h"

namespace awesomelint {
namespace {

// --- LineIndex::PositionOf ------------------------------------------------------

// The line and column of `offset` as counted from the start of the text: lines
// start after each "\n" that is not the text's last byte; columns count the bytes
// that are no UTF-8 continuation byte (valid or not).
Position ReferencePosition(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  int line = 1;
  size_t start = 0;
  for (size_t i = 0; i < offset; ++i)
    if (text[i] == '\n' && i + 1 < text.size()) {
      ++line;
      start = i + 1;
    }
  int column = 1;
  for (size_t i = start; i < offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  return {line, column};
}

// Random text of `lines` lines, each up to `longest` bytes: ASCII, two-, three-
// and four-byte characters, stray continuation bytes, invalid lead bytes, "\r\n".
std::string RandomText(std::mt19937& random, int lines, size_t longest) {
  static const std::vector<std::string> kPieces = {"a",
                                                   "http://example.org/1 ",
                                                   " ",
                                                   "\xC3\xA9" /* é */,
                                                   "\xE2\x82\xAC" /* € */,
                                                   "\xF0\x9F\x98\x80" /* 😀 */,
                                                   "\x80",
                                                   "\xBF\xBF",
                                                   "\xFF",
                                                   "\xC3" /* cut short */,
                                                   "\t",
                                                   "[x](y)"};
  std::string text;
  for (int l = 0; l < lines; ++l) {
    size_t size = std::uniform_int_distribution<size_t>(0, longest)(random);
    size_t begin = text.size();
    while (text.size() - begin < size)
      text += kPieces[std::uniform_int_distribution<size_t>(0, kPieces.size() - 1)(random)];
    if (l + 1 < lines || random() % 2) text += random() % 4 == 0 ? "\r\n" : "\n";
  }
  return text;
}

// PositionOf at every offset near the interesting places (line starts and ends,
// multiples of 256), at random offsets, and past the end, against the reference.
void ExpectPositionsAsCounted(const std::string& text, std::mt19937& random) {
  LineIndex lines(text);
  LineIndex copy = lines;  // a copy answers the same
  std::vector<size_t> offsets = {0, text.size(), text.size() + 1, text.size() + 1000};
  for (size_t i = 0; i <= text.size(); ++i) {
    bool near_line = (i > 0 && text[i - 1] == '\n') || (i < text.size() && text[i] == '\n');
    if (near_line || i % 256 <= 1 || i % 256 >= 255) offsets.push_back(i);
  }
  for (int k = 0; k < 3000; ++k)
    offsets.push_back(std::uniform_int_distribution<size_t>(0, text.size())(random));
  // The reference counts from the start: sorted, it is one pass.
  std::sort(offsets.begin(), offsets.end());
  int line = 1;
  size_t start = 0, scanned = 0;
  for (size_t offset : offsets) {
    size_t clamped = std::min(offset, text.size());
    for (; scanned < clamped; ++scanned)
      if (text[scanned] == '\n' && scanned + 1 < text.size()) {
        ++line;
        start = scanned + 1;
      }
    int column = 1;
    for (size_t i = start; i < clamped; ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    Position expected{line, column};
    ASSERT_EQ(lines.PositionOf(offset), expected) << "offset " << offset;
    ASSERT_EQ(copy.PositionOf(offset), expected) << "offset " << offset;
  }
}

TEST(LinearPositionsTest, ReferenceCountsCodePointsFromTheLineStart) {
  std::string text = "ab\n\xC3\xA9x\xF0\x9F\x98\x80\n\x80\xFFz\n";
  EXPECT_EQ(ReferencePosition(text, 0), (Position{1, 1}));
  EXPECT_EQ(ReferencePosition(text, 3), (Position{2, 1}));
  EXPECT_EQ(ReferencePosition(text, 5), (Position{2, 2}));   // after é
  EXPECT_EQ(ReferencePosition(text, 10), (Position{2, 4}));  // after x😀
  EXPECT_EQ(ReferencePosition(text, 12), (Position{3, 1}));  // a stray 0x80 is no code point
  EXPECT_EQ(ReferencePosition(text, 13), (Position{3, 2}));  // 0xFF starts one
  EXPECT_EQ(ReferencePosition(text, 99), (Position{3, 4}));  // clamped: the last "\n" starts none
  LineIndex lines(text);
  for (size_t offset = 0; offset <= text.size() + 1; ++offset)
    EXPECT_EQ(lines.PositionOf(offset), ReferencePosition(text, offset)) << offset;
}

TEST(LinearPositionsTest, LongLinesWithMultibyteCharactersMatchTheReference) {
  std::mt19937 random(14);
  for (int round = 0; round < 6; ++round) {
    SCOPED_TRACE(round);
    // A few lines of up to 40 KB, and short ones between them.
    ExpectPositionsAsCounted(RandomText(random, 1 + round, 40000), random);
  }
}

TEST(LinearPositionsTest, ShortLinesMatchTheReference) {
  std::mt19937 random(1414);
  // No line is long: every column is counted from its line's start.
  ExpectPositionsAsCounted(RandomText(random, 400, 300), random);
  // Lines around the length where the index starts keeping checkpoints.
  ExpectPositionsAsCounted(RandomText(random, 200, 600), random);
}

TEST(LinearPositionsTest, OneLineOfTwoMegabytes) {
  std::string text;
  for (int i = 0; text.size() < 2 * 1024 * 1024; ++i)
    text += fmt::format("http://example.org/{} \xC3\xA9\xE2\x82\xAC ", i);
  LineIndex lines(text);
  // Each piece is its bytes less three continuation bytes, in code points.
  size_t offset = 0;
  int column = 1;
  for (int i = 0; offset < text.size(); ++i) {
    std::string piece = fmt::format("http://example.org/{} \xC3\xA9\xE2\x82\xAC ", i);
    ASSERT_EQ(lines.PositionOf(offset), (Position{1, column})) << i;
    // Inside the "€": after "é" and two of its bytes.
    ASSERT_EQ(lines.PositionOf(offset + piece.size() - 2),
              (Position{1, column + static_cast<int>(piece.size()) - 4}))
        << i;
    offset += piece.size();
    column += static_cast<int>(piece.size()) - 3;
  }
  EXPECT_EQ(lines.PositionOf(text.size()), (Position{1, column}));
}

TEST(LinearPositionsTest, EmptyAndDefaultIndexes) {
  EXPECT_EQ(LineIndex("").PositionOf(0), (Position{1, 1}));
  EXPECT_EQ(LineIndex("").PositionOf(5), (Position{1, 1}));
  EXPECT_EQ(LineIndex().PositionOf(0), (Position{1, 1}));
}

// --- inline directives ------------------------------------------------------------

const RuleTags& Tags() {
  static const RuleTags kTags = {{"https", {"links"}},
                                 {"date-format", {"dates", "format"}},
                                 {"date-order", {"dates"}},
                                 {"empty-link", {"links"}}};
  return kTags;
}

// The rule that a directive names by id or tag; no names: every rule.
bool ReferenceNames(const Directive& directive, const std::string& rule) {
  if (directive.rules.empty()) return true;
  auto it = Tags().find(rule);
  for (const std::string& name : directive.rules) {
    if (name == rule) return true;
    if (it != Tags().end() &&
        std::find(it->second.begin(), it->second.end(), name) != it->second.end())
      return true;
  }
  return false;
}

// Every directive, in order, against the finding.
bool ReferenceSuppressed(const Document& doc, const Diagnostic& diagnostic) {
  bool disabled = false;
  bool suppressed = false;
  for (const Directive& directive : doc.directives()) {
    if (directive.kind == Directive::Kind::kUnknown || !ReferenceNames(directive, diagnostic.rule))
      continue;
    int first = directive.line;
    int last = doc.lines().LineOf(directive.span.end > 0 ? directive.span.end - 1 : 0);
    int line = diagnostic.begin.line;
    switch (directive.kind) {
      case Directive::Kind::kDisableFile:
        suppressed = true;
        break;
      case Directive::Kind::kDisableLine:
        suppressed = suppressed || (line >= first && line <= last);
        break;
      case Directive::Kind::kDisableNextLine:
        suppressed = suppressed || line == last + 1;
        break;
      case Directive::Kind::kIgnoreNext:
        suppressed = suppressed || (line >= first && line <= directive.ignore_through);
        break;
      case Directive::Kind::kDisable:
        if (first <= line) disabled = true;
        break;
      case Directive::Kind::kEnable:
        if (first <= line) disabled = false;
        break;
      case Directive::Kind::kUnknown:
        break;
    }
  }
  return suppressed || disabled;
}

std::vector<std::string> Kept(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(fmt::format("{}:{}", d.begin.line, d.rule));
  return out;
}

// A random list with comments of every kind (awesomelint's and remark-lint's): on
// their own line (some over two lines), at an item's end, misspelt, naming rules,
// tags, unknown names or none.
std::string RandomDirectiveList(std::mt19937& random, int lines, bool with_file) {
  static const std::vector<std::string> kKinds = {"disable",           "enable",  "disable-line",
                                                  "disable-next-line", "disabel", "enable"};
  static const std::vector<std::string> kNames = {"https", "date-format", "date-order",  "links",
                                                  "dates", "format",      "no-such-rule"};
  auto pick = [&](const std::vector<std::string>& from) {
    return from[std::uniform_int_distribution<size_t>(0, from.size() - 1)(random)];
  };
  auto comment = [&](bool file_ok) {
    std::string kind = file_ok && random() % 40 == 0 ? "disable-file" : pick(kKinds);
    std::string text = "<!-- awesomelint-" + kind;
    if (random() % 4 == 0) {  // remark-lint's, as awesome-lint lists write them
      static const std::vector<std::string> kLintKinds = {"disable", "enable", "ignore"};
      text = "<!--lint " + pick(kLintKinds);
    }
    for (int n = static_cast<int>(random() % 4); n > 0; --n)
      text += (random() % 2 ? ", " : " ") + pick(kNames);
    if (random() % 8 == 0) text += "\n";  // the comment ends on the next line
    return text + " -->";
  };
  std::string text = "# List\n\n";
  for (int l = 0; l < lines; ++l) {
    switch (random() % 5) {
      case 0:
      case 1:
        text += comment(with_file) + "\n";
        break;
      case 2:
        text += fmt::format("- [Item {}](https://example.org/{}) {}\n", l, l, comment(false));
        break;
      case 3:
        text += "\n";
        break;
      default:
        text += fmt::format("- [Item {}](https://example.org/{}) - About it.\n", l, l);
    }
  }
  return text;
}

TEST(LinearPositionsTest, DirectivesOnRandomListsMatchTheReference) {
  std::mt19937 random(2024);
  const std::vector<std::string> kRules = {"https",      "date-format",   "date-order",
                                           "empty-link", "inline-config", "unlisted"};
  for (int round = 0; round < 40; ++round) {
    SCOPED_TRACE(round);
    ParsedFile file =
        ParseFile("list.md", RandomDirectiveList(random, 30 + round * 20, round % 4 == 3));
    const Document& doc = *file.doc;
    ASSERT_FALSE(doc.directives().empty());
    std::vector<Diagnostic> diagnostics;
    for (int k = 0; k < 400; ++k) {
      Diagnostic d;
      d.rule = kRules[random() % kRules.size()];
      d.begin.line = std::uniform_int_distribution<int>(0, doc.lines().line_count() + 2)(random);
      diagnostics.push_back(d);
    }
    std::vector<Diagnostic> expected;
    for (const Diagnostic& d : diagnostics)
      if (d.rule == "inline-config" || !ReferenceSuppressed(doc, d)) expected.push_back(d);
    ApplyDirectives(doc, diagnostics, Tags());
    ASSERT_EQ(Kept(diagnostics), Kept(expected));
  }
}

// The findings of `rules` alone on `file`, with `context`.
std::vector<Diagnostic> LintWith(const std::vector<std::string>& rules, const ParsedFile& file,
                                 const LintContext& context = {}) {
  Config config;
  config.rules["default"] = false;
  for (const std::string& rule : rules) config.rules[rule] = true;
  Linter linter(CreateAllRules(), config, {});
  return linter.Lint(file, context);
}

TEST(LinearPositionsTest, TenThousandDisableNextLineComments) {
  // Every item's http:// link is a finding (the list links example.org over
  // https); the comment before it switches off https, or another rule.
  std::string text = "# List\n\nSee https://example.org/home.\n\n";
  const int n = 10000;
  std::vector<int> expected;
  for (int i = 0; i < n; ++i) {
    bool off = i % 3 != 0;
    text += fmt::format("<!-- awesomelint-disable-next-line {} -->\n", off ? "https" : "dates");
    if (!off) expected.push_back(5 + 2 * i + 1);
    text += fmt::format("- [Item {}](http://example.org/{}) - Thing.\n", i, i);
  }
  std::vector<Diagnostic> found = LintWith({"https"}, ParseFile("list.md", text), LintContext{});
  std::vector<int> lines;
  for (const Diagnostic& d : found) {
    ASSERT_EQ(d.rule, "https");
    lines.push_back(d.begin.line);
  }
  EXPECT_EQ(lines, expected);
}

TEST(LinearPositionsTest, DisableAndEnableRangesOverManyComments) {
  std::string text = "# List\n\nSee https://example.org/home.\n\n";
  const int n = 4000;
  std::vector<int> expected;
  int line = 5;
  for (int i = 0; i < n; ++i) {
    // Items in groups of ten: even groups switched off by a disable/enable pair
    // (naming the rule's tag), each third item of an odd group by -line.
    if (i % 20 == 0) {
      text += "<!-- awesomelint-disable links -->\n";
      ++line;
    }
    if (i % 20 == 10) {
      text += "<!-- awesomelint-enable links -->\n";
      ++line;
    }
    bool odd_group = i % 20 >= 10;
    bool by_line = odd_group && i % 3 == 0;
    text += fmt::format("- [Item {}](http://example.org/{}){}\n", i, i,
                        by_line ? " <!-- awesomelint-disable-line https -->" : "");
    if (odd_group && !by_line) expected.push_back(line);
    ++line;
  }
  std::vector<int> lines;
  for (const Diagnostic& d : LintWith({"https"}, ParseFile("list.md", text)))
    lines.push_back(d.begin.line);
  EXPECT_EQ(lines, expected);
}

// --- link-check: each file its own locations ----------------------------------------

// The findings link-check made before: every result's locations, walked for each file.
std::vector<std::string> ReferenceLinkFindings(const LinkReport& report, const Document& doc) {
  std::vector<std::string> out;
  for (const LinkResult& result : report.results)
    for (const LinkLocation& location : result.locations)
      if (location.file == doc.path()) {
        const Link& link = doc.links()[location.link];
        Position at = doc.lines().PositionOf(link.dest.begin);
        out.push_back(fmt::format("{}:{} Broken link {}: it does not exist", at.line, at.column,
                                  doc.RawUrl(link)));
      }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> LinkFindings(const Linter& linter, const ParsedFile& file,
                                      const LinkReport& report) {
  LintContext context;
  context.links = &report;
  std::vector<std::string> out;
  for (const Diagnostic& d : linter.Lint(file, context))
    out.push_back(fmt::format("{}:{} {}", d.begin.line, d.begin.column, d.message));
  std::sort(out.begin(), out.end());
  return out;
}

TEST(LinearPositionsTest, LinkCheckFindsEachFilesLocationsAsTheyMove) {
  // Four files citing their own links and some shared ones; every resource is
  // broken, and its locations are listed in a random order of files.
  std::mt19937 random(77);
  auto list = [](char file, int own, int shared, const std::string& extra) {
    std::string text = "# List\n\n";
    for (int i = 0; i < own; ++i)
      text += fmt::format("- [{0}{1}](https://example.org/{0}{1}) - Own.\n", file, i);
    for (int i = 0; i < shared; ++i)
      text += fmt::format("- [s{0}](https://example.org/shared{0}) - Shared.\n", i);
    return text + extra;
  };
  std::vector<ParsedFile> files;
  for (char name : std::string("abcd"))  // 30, 27, 24 and 21 links of their own
    files.push_back(
        ParseFile(fmt::format("{}.md", name), list(name, 30 - 3 * (name - 'a'), 20, "")));
  LinkReport report;
  std::map<std::string, size_t> by_url;
  std::vector<std::pair<size_t, LinkLocation>> located;
  for (const ParsedFile& file : files)
    for (size_t i = 0; i < file.doc->links().size(); ++i) {
      const Link& link = file.doc->links()[i];
      auto [it, added] = by_url.emplace(link.url, report.results.size());
      if (added) {
        LinkResult result;
        result.url = result.key = link.url;
        result.provider = "http";
        result.verdict = result.checked = LinkVerdict::kBroken;
        result.settled = true;
        report.results.push_back(result);
      }
      located.push_back(
          {it->second,
           {file.doc->path(), static_cast<int>(i), file.doc->lines().PositionOf(link.span.begin)}});
    }
  std::shuffle(located.begin(), located.end(), random);
  for (auto& [r, location] : located) report.results[r].locations.push_back(location);

  Config config;
  config.rules["default"] = false;
  config.rules["link-check"] = true;
  Linter linter(CreateAllRules(), config, {});  // one linter for every file, as a run has
  auto expect_as_reference = [&](const ParsedFile& file) {
    SCOPED_TRACE(file.doc->path());
    std::vector<std::string> found = LinkFindings(linter, file, report);
    EXPECT_EQ(found, ReferenceLinkFindings(report, *file.doc));
    EXPECT_FALSE(found.empty());
  };
  expect_as_reference(files[0]);
  expect_as_reference(files[0]);  // the same file again
  // a.md changes as --fix changes it: a link rewritten to a URL it cites already
  // (its location joins that resource's) and one shared link gone. Then files
  // not linted since the change, whose locations moved within their results.
  ParsedFile fixed = ParseFile("a.md", list('a', 30, 19, "- [again](https://example.org/a1)\n"));
  RelocateLinks(report, *files[0].doc, *fixed.doc);
  expect_as_reference(files[3]);
  expect_as_reference(fixed);
  expect_as_reference(files[1]);
  expect_as_reference(files[2]);
  expect_as_reference(files[3]);
  // A file no result cites.
  ParsedFile other = ParseFile("e.md", list('e', 3, 0, ""));
  EXPECT_TRUE(LinkFindings(linter, other, report).empty());
}

TEST(LinearPositionsTest, LinkCheckAfterAFixAddsALocationInPlace) {
  // One file: its fix adds a second link to a resource, whose locations grow
  // where the earlier ones stay; linted again, the file has both.
  auto list = [](int links, bool again) {
    std::string text = "# List\n\n";
    for (int i = 0; i < links; ++i)
      text += fmt::format("- [{0}](https://example.org/{0}) - Own.\n", i);
    return text + (again ? "- [again](https://example.org/1)\n" : "");
  };
  ParsedFile before = ParseFile("a.md", list(5, false));
  LinkReport report;
  for (size_t i = 0; i < before.doc->links().size(); ++i) {
    const Link& link = before.doc->links()[i];
    LinkResult result;
    result.url = result.key = link.url;
    result.verdict = result.checked = LinkVerdict::kBroken;
    result.locations.push_back(
        {"a.md", static_cast<int>(i), before.doc->lines().PositionOf(link.span.begin)});
    report.results.push_back(result);
  }
  Config config;
  config.rules["default"] = false;
  config.rules["link-check"] = true;
  Linter linter(CreateAllRules(), config, {});
  EXPECT_EQ(LinkFindings(linter, before, report).size(), 5u);
  ParsedFile after = ParseFile("a.md", list(5, true));
  RelocateLinks(report, *before.doc, *after.doc);
  std::vector<std::string> found = LinkFindings(linter, after, report);
  EXPECT_EQ(found.size(), 6u);
  EXPECT_EQ(found, ReferenceLinkFindings(report, *after.doc));
}

}  // namespace
}  // namespace awesomelint
