// Hostile Markdown (issue 14): the Markdown layer walks trees of any depth without
// recursion, hands libcmark-gfm only what it parses in linear time (refusing the
// rest with an InputError naming file:line), and parses a segmented text's bytes a
// bounded number of times. Nothing here measures time: the bounded work is asserted
// by counting what is done (links, blocks, bytes handed to cmark-gfm).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <memory>
#include <string>
#include <string_view>

#include "awesomelint/entries/entries.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/markdown/input.h"
#include "markdown/segments.h"
#include "tests/support/helpers.h"

namespace awesomelint {
namespace {

using awesomelint::testing::ErrorOf;

std::string Repeat(std::string_view piece, size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

std::unique_ptr<Document> Parse(std::string text, size_t segment_bytes = Document::kSegmentBytes) {
  return Document::Parse("README.md", std::move(text), segment_bytes);
}

std::string At(const Document& doc, Span span) {
  return std::string(doc.text().substr(span.begin, span.size()));
}

// What cmark-gfm was handed for `text`, parsed in segments as Document::Parse does.
SegmentStats ParseCost(std::string_view text) {
  return ParseSegments(text, Document::kSegmentBytes, [](cmark_node*, size_t) {});
}

// --- Deep nesting: walked without recursion -------------------------------------

TEST(PathologicalNestingTest, ThirtyThousandNestedListItems) {
  constexpr size_t kDepth = 30000;
  auto doc = Parse("# Deep\n\n" + Repeat("- ", kDepth) + "[x](https://x.example) - deep\n");
  ASSERT_EQ(doc->blocks().size(), kDepth);
  for (size_t i = 0; i < kDepth; ++i) {
    ASSERT_EQ(doc->blocks()[i].parent, static_cast<int>(i) - 1) << i;
    ASSERT_EQ(doc->blocks()[i].has_paragraph, i + 1 == kDepth) << i;
  }
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(At(*doc, doc->links()[0].span), "[x](https://x.example)");
}

TEST(PathologicalNestingTest, ThirtyThousandNestedListItemsHaveTheirEntry) {
  ParsedFile file = ParseFile(
      "README.md", "# Deep\n\n" + Repeat("- ", 30000) + "[x](https://x.example) - deep\n");
  ASSERT_EQ(file.entries.size(), 1u);
  EXPECT_EQ(file.entries.EntryOf(0), 0);
}

TEST(PathologicalNestingTest, HundredFiftyThousandNestedBlockQuotes) {
  auto doc = Parse(Repeat(">", 150000) + " [x](https://x.example)\n");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(At(*doc, doc->links()[0].span), "[x](https://x.example)");
  ASSERT_EQ(doc->blocks().size(), 1u);  // the innermost quote's paragraph
  EXPECT_EQ(doc->blocks()[0].kind, Block::Kind::kParagraph);
  EXPECT_TRUE(doc->blocks()[0].quoted);
}

TEST(PathologicalNestingTest, TenThousandNestedListsInsideBlockQuotes) {
  // "> - > - ... [x](url)": list items and block quotes, 10,000 of each.
  auto doc = Parse(Repeat("> - ", 10000) + "[x](https://x.example)\n");
  ASSERT_EQ(doc->blocks().size(), 10000u);
  EXPECT_EQ(doc->blocks().back().parent, 9998);
  ASSERT_EQ(doc->links().size(), 1u);
}

TEST(PathologicalNestingTest, TenThousandListsNestedByIndentation) {
  // Each line two columns deeper than the one before: 10,000 levels (100 MB of
  // spaces is too much for a test; 1,000 lines of growing indentation, then
  // 9,000 levels on the last line).
  std::string text;
  for (size_t i = 0; i < 1000; ++i) text += std::string(2 * i, ' ') + "- a\n";
  text += std::string(2 * 1000, ' ') + Repeat("- ", 9000) + "[x](https://x.example)\n";
  auto doc = Parse(std::move(text));
  ASSERT_EQ(doc->blocks().size(), 10000u);
  for (size_t i = 1; i < doc->blocks().size(); ++i)
    ASSERT_EQ(doc->blocks()[i].parent, static_cast<int>(i) - 1) << i;
  ASSERT_EQ(doc->links().size(), 1u);
}

TEST(PathologicalNestingTest, DeeplyNestedEmphasis) {
  // "*a **a *a **a ... [b](url) ... a** a* a** a*": strong inside emphasis, 100,000 deep.
  constexpr size_t kPairs = 50000;
  auto doc = Parse("- " + Repeat("*a **a ", kPairs) + "[b](https://b.example)" +
                   Repeat(" a** a*", kPairs) + "\n");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(At(*doc, doc->links()[0].span), "[b](https://b.example)");
  ASSERT_EQ(doc->blocks().size(), 1u);
  size_t begins = 0, ends = 0;
  const Block& item = doc->blocks()[0];
  for (uint32_t i = item.runs.begin; i < item.runs.end; ++i) {
    begins += doc->runs()[i].kind == InlineRun::Kind::kStrongBegin;
    ends += doc->runs()[i].kind == InlineRun::Kind::kStrongEnd;
  }
  EXPECT_EQ(begins, kPairs);
  EXPECT_EQ(ends, kPairs);
}

TEST(PathologicalNestingTest, LinkTextWithDeeplyNestedEmphasis) {
  constexpr size_t kDepth = 20000;
  auto doc = Parse("- [" + Repeat("*", kDepth) + "deep" + Repeat("*", kDepth) +
                   "](https://deep.example)\n");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(doc->links()[0].text, "deep");
  EXPECT_EQ(doc->links()[0].url, "https://deep.example");
}

TEST(PathologicalNestingTest, AFewBlankLinesInsideDeepListsAreFine) {
  auto doc = Parse(Repeat("- ", 10000) + "x\n\n\n  y [z](https://z.example)\n");
  EXPECT_EQ(doc->blocks().size(), 10000u);
  EXPECT_EQ(doc->links().size(), 1u);
}

TEST(PathologicalNestingTest, ManyBlankLinesInsideDeepListsAreRefused) {
  // Every blank line costs libcmark-gfm the depth of the lists around it.
  std::string text = "# Deep\n\n" + Repeat("- ", 10000) + "x\n" + std::string(10000, '\n');
  std::string error = ErrorOf([&] { Parse(text); });
  EXPECT_TRUE(error.starts_with("README.md:")) << error;
  EXPECT_NE(error.find("blank lines inside lists nested 10000 deep (line 3)"), std::string::npos)
      << error;
  // Lines of block quote markers only are blank inside the quote: the same.
  error = ErrorOf([&] { Parse("> " + Repeat("- ", 10000) + "x\n" + Repeat(">\n", 10000)); });
  EXPECT_NE(error.find("nested 10001 deep (line 1)"), std::string::npos) << error;
}

TEST(PathologicalNestingTest, BlankLinesInOrdinaryNestedListsAreFine) {
  std::string text = "# List\n\n";
  for (int i = 0; i < 20000; ++i)
    text += "- a\n\n  - b\n\n    - c [x](https://x.example)\n\n      more\n\n";
  EXPECT_NO_THROW(CheckParseLimits("README.md", text));
}

// --- Long lines and many constructs ----------------------------------------------

TEST(PathologicalLineTest, HundredThousandOpenBrackets) {
  auto doc = Parse("- " + Repeat("[", 100000) + "\n");
  EXPECT_TRUE(doc->links().empty());
  ASSERT_EQ(doc->blocks().size(), 1u);
  auto with_link = Parse("- " + Repeat("[", 100000) + " [a](https://a.example)\n");
  ASSERT_EQ(with_link->links().size(), 1u);
  EXPECT_EQ(At(*with_link, with_link->links()[0].span), "[a](https://a.example)");
}

TEST(PathologicalLineTest, OneMegabyteLine) {
  std::string text = "# Long\n\n- [Title](https://title.example) -";
  size_t links = 1;
  for (size_t i = 0; text.size() < (1 << 20); ++i) {
    if (i % 100 == 0) {
      text += " [link " + std::to_string(i) + "](https://example.org/" + std::to_string(i) + ")";
      ++links;
    } else {
      text += " word" + std::to_string(i);
    }
  }
  text += "\n";
  ParsedFile file = ParseFile("README.md", text);
  EXPECT_EQ(file.doc->links().size(), links);
  ASSERT_EQ(file.entries.size(), 1u);
  for (const Link& link : file.doc->links())
    ASSERT_EQ(file.doc->RawUrl(link), link.url) << At(*file.doc, link.span);
}

TEST(PathologicalLineTest, HundredThousandLinksOnOneLine) {
  constexpr size_t kLinks = 100000;
  std::string text = "-";
  for (size_t i = 0; i < kLinks; ++i)
    text += " [l" + std::to_string(i) + "](https://example.org/" + std::to_string(i) + ")";
  auto doc = Parse(text + "\n");
  ASSERT_EQ(doc->links().size(), kLinks);
  for (size_t i = 0; i < kLinks; i += 997)
    ASSERT_EQ(At(*doc, doc->links()[i].span),
              "[l" + std::to_string(i) + "](https://example.org/" + std::to_string(i) + ")");
  EXPECT_EQ(At(*doc, doc->links().back().span), "[l99999](https://example.org/99999)");
}

TEST(PathologicalLineTest, TenThousandBareUrlsOnOneLine) {
  constexpr size_t kUrls = 10000;
  std::string text = "- [Title](https://title.example) -";
  for (size_t i = 0; i < kUrls; ++i) text += " https://example.org/" + std::to_string(i);
  auto doc = Parse(text + "\n");
  ASSERT_EQ(doc->links().size(), kUrls + 1);
  for (size_t i = 1; i <= kUrls; ++i) {
    ASSERT_EQ(doc->links()[i].syntax, LinkSyntax::kBareUrl) << i;
    ASSERT_EQ(At(*doc, doc->links()[i].span), "https://example.org/" + std::to_string(i - 1));
  }
}

TEST(PathologicalLineTest, TenThousandEntriesSharingOneLink) {
  std::string text = "# Shared\n\n";
  for (int i = 0; i < 10000; ++i)
    text += "- [Entry " + std::to_string(i) + "](https://same.example) - Entry.\n";
  ParsedFile file = ParseFile("README.md", text);
  EXPECT_EQ(file.doc->links().size(), 10000u);
  EXPECT_EQ(file.entries.size(), 10000u);
}

TEST(PathologicalLineTest, TenThousandReferenceDefinitions) {
  constexpr int kEntries = 10000;
  std::string text = "# References\n\n";
  for (int i = 0; i < kEntries; ++i)
    text += "- [Entry " + std::to_string(i) + "][r" + std::to_string(i) + "] - Entry.\n";
  text += "\n";
  for (int i = 0; i < kEntries; ++i)
    text += "[r" + std::to_string(i) + "]: https://example.org/" + std::to_string(i) + "\n";
  ParsedFile file = ParseFile("README.md", text);
  ASSERT_EQ(file.doc->links().size(), static_cast<size_t>(kEntries));
  EXPECT_EQ(file.entries.size(), static_cast<size_t>(kEntries));
  for (int i = 0; i < kEntries; ++i) {
    const Link& link = file.doc->links()[i];
    ASSERT_EQ(link.syntax, LinkSyntax::kReference) << i;
    ASSERT_EQ(file.doc->RawUrl(link), "https://example.org/" + std::to_string(i));
    ASSERT_GT(link.dest.begin, link.span.end);  // at the definition, below
  }
}

TEST(PathologicalLineTest, ManyCodeSpansOverTwoLinesInOneParagraph) {
  // Each code span's literal ("a b") is not written as is ("a\nb"): the searches
  // for it are bounded, and the link after them is still found.
  auto doc = Parse("- " + Repeat("`a\nb` ", 20000) + "[x](https://x.example)\n");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(At(*doc, doc->links()[0].span), "[x](https://x.example)");
}

// --- Tables ----------------------------------------------------------------------

std::string Table(size_t columns, size_t rows) {
  std::string text = "# Table\n\n|";
  for (size_t c = 0; c < columns; ++c) text += " h" + std::to_string(c) + " |";
  text += "\n|" + Repeat("---|", columns) + "\n";
  for (size_t r = 0; r < rows; ++r) {
    text += "|";
    for (size_t c = 0; c < columns; ++c)
      text += " [c](https://example.org/" + std::to_string(r) + "/" + std::to_string(c) + ") |";
    text += "\n";
  }
  return text;
}

TEST(PathologicalTableTest, ThousandColumnTable) {
  constexpr size_t kColumns = kMaxTableRowCells, kRows = 10;
  auto doc = Parse(Table(kColumns, kRows));
  ASSERT_EQ(doc->blocks().size(), kRows);
  EXPECT_EQ(doc->links().size(), kColumns * kRows);
  for (const Block& row : doc->blocks()) {
    ASSERT_EQ(row.kind, Block::Kind::kTableRow);
    ASSERT_EQ(row.cell_count, kColumns);
  }
  EXPECT_EQ(At(*doc, doc->links().back().span), "[c](https://example.org/9/999)");
}

TEST(PathologicalTableTest, WiderTablesAreRefused) {
  EXPECT_EQ(ErrorOf([] { Parse(Table(kMaxTableRowCells + 1, 1)); }),
            "README.md:4: a table delimiter row of 1001 cells (limit 1000): libcmark-gfm's time "
            "grows with the square of a row's cells");
  // A 10,000-column header over a delimiter row of two: cmark-gfm reads the header all the same.
  EXPECT_NE(ErrorOf([] {
              Parse("|" + Repeat("a|", 10000) + "\n|-|-|\n");
            }).find("README.md:1: a table header of 10000 cells"),
            std::string::npos);
}

TEST(PathologicalTableTest, ARowOfFiftyThousandPipesIsRefused) {
  EXPECT_NE(ErrorOf([] {
              Parse("| a | b |\n| --- | --- |\n" + std::string(50000, '|') + "\n");
            }).find("README.md:3: a table row of 49999 cells (limit 1000)"),
            std::string::npos);
}

// libcmark-gfm 0.29.0.gfm.6 scans to the paragraph's end for each raw HTML
// opener without its closer, and walks every open bracket at each link: such
// paragraphs are refused before parsing; a few such openers are fine.
TEST(PathologicalInlineTest, UnclosedRawHtmlOpenersAreRefused) {
  for (std::string_view opener : {"a <? ", "a <![CDATA[ ", "a <!A "}) {
    std::string error = ErrorOf([&] { Parse("# T\n\n" + Repeat(opener, 40000) + "\n"); });
    EXPECT_NE(error.find("README.md:3: raw HTML openers without their closers"), std::string::npos)
        << opener << ": " << error;
  }
  auto doc = Parse("# T\n\n" + Repeat("a <? b ?> <![CDATA[ c ]]> <!D e> ", 40000) + "\n" +
                   Repeat("x <? y\n\n", 1000));
  EXPECT_EQ(doc->headings().size(), 1u) << "closed ones, and unclosed ones in short paragraphs";
}

TEST(PathologicalInlineTest, LinksAfterManyUnclosedBracketsAreRefused) {
  std::string error = ErrorOf([] { Parse("# T\n\n" + Repeat("![[]()", 20000) + "\n"); });
  EXPECT_NE(error.find("README.md:3: links after many unclosed '[' or '!['"), std::string::npos)
      << error;
  auto doc = Parse("# T\n\n" + Repeat("[a](https://a.example/) ", 40000) + "\n" +
                   Repeat("\\[", 40000) + "[b](https://b.example/)\n");
  EXPECT_EQ(doc->links().size(), 40001u) << "closed brackets, and escaped ones";
}

TEST(PathologicalTableTest, ShortRowsUnderAWideHeaderAreRefused) {
  // cmark-gfm fills in 999 empty cells for each "x": a 10,000,000-cell table from 24 KB.
  std::string text =
      "|" + Repeat("a|", 1000) + "\n|" + Repeat("-|", 1000) + "\n" + Repeat("x\n", 10000);
  std::string error = ErrorOf([&] { Parse(text); });
  EXPECT_NE(error.find("README.md:527: the table here (1000 columns, line 2)"), std::string::npos)
      << error;
  // A few are fine.
  auto doc =
      Parse("|" + Repeat("a|", 1000) + "\n|" + Repeat("-|", 1000) + "\n" + Repeat("x\n", 100));
  EXPECT_EQ(doc->blocks().size(), 100u);
}

TEST(PathologicalTableTest, PipesOutsideTablesAreFine) {
  // Not a table: no delimiter row, or a blank line before it.
  auto doc = Parse("- " + std::string(50000, '|') + " [x](https://x.example)\n\n|-|-|\n");
  EXPECT_EQ(doc->links().size(), 1u);
  EXPECT_NO_THROW(Parse("Text\n\n" + std::string(5000, '|') + "\n\n" + Repeat("-|", 2000) + "\n"));
  // Escaped pipes separate no cells.
  EXPECT_NO_THROW(Parse("| a |\n| - |\n| " + Repeat("\\| ", 5000) + "|\n"));
}

// --- Segments: every byte parsed a bounded number of times ------------------------

// Entries, each after a one-line directive comment, under a heading or not.
std::string DirectiveList(int entries, bool heading = true) {
  std::string text = heading ? "# Directives\n\n" : "";
  for (int i = 0; i < entries; ++i) {
    text += "<!-- awesomelint-disable-next-line link-check -->\n";
    text += "- [Entry " + std::to_string(i) + "](https://example.org/" + std::to_string(i) +
            ") - Entry number " + std::to_string(i) + ".\n";
  }
  return text;
}

TEST(PathologicalSegmentTest, DirectiveCommentBeforeEachEntry) {
  std::string text = DirectiveList(6000);  // about 700 KB
  ASSERT_GT(text.size(), 2 * Document::kSegmentBytes);
  SegmentStats cost = ParseCost(text);
  EXPECT_GT(cost.pieces, 2u);
  EXPECT_EQ(cost.parses, cost.pieces);  // each piece ends after a closed comment
  EXPECT_EQ(cost.parsed_bytes, text.size());

  ParsedFile segmented = ParseFile("README.md", text);
  auto whole = Parse(text, std::numeric_limits<size_t>::max());
  EXPECT_EQ(segmented.doc->links().size(), 6000u);
  EXPECT_EQ(segmented.doc->directives().size(), 6000u);
  EXPECT_EQ(segmented.entries.size(), 6000u);
  ASSERT_EQ(whole->links().size(), segmented.doc->links().size());
  for (size_t i = 0; i < whole->links().size(); ++i)
    ASSERT_EQ(whole->links()[i].span, segmented.doc->links()[i].span) << i;
  ASSERT_EQ(whole->directives().size(), segmented.doc->directives().size());
  for (size_t i = 0; i < whole->directives().size(); ++i)
    ASSERT_EQ(whole->directives()[i].line, segmented.doc->directives()[i].line) << i;
}

TEST(PathologicalSegmentTest, OneLineHtmlBlocksOfEveryClosingKind) {
  // Kinds 1 to 5 end on the line of their end marker; each entry's block is closed.
  const std::string_view blocks[] = {"<!-- comment -->", "<?php echo 1; ?>",
                                     "<!DOCTYPE html>",  "<![CDATA[ data ]]>",
                                     "<pre>text</pre>",  "<SCRIPT>x()</script>"};
  std::string text;
  for (int i = 0; i < 12000; ++i)
    text += std::string(blocks[i % 6]) + "\n- [E" + std::to_string(i) + "](https://e.example/" +
            std::to_string(i) + ")\n";
  SegmentStats cost = ParseCost(text);
  EXPECT_GT(cost.pieces, 1u);
  EXPECT_EQ(cost.parsed_bytes, text.size());
  auto segmented = Parse(text);
  auto whole = Parse(text, std::numeric_limits<size_t>::max());
  EXPECT_EQ(segmented->links().size(), 12000u);
  EXPECT_EQ(whole->links().size(), 12000u);
}

TEST(PathologicalSegmentTest, BlocksThatStayOpenAreParsedAtMostThreeTimes) {
  const std::string cases[] = {
      // An unclosed fence: the rest of the file is code.
      "```\n" + DirectiveList(6000),
      // An HTML block only a blank line ends, over every boundary.
      "<div>\n" + DirectiveList(6000, /*heading=*/false),
      // Comments that open before each boundary and close after it.
      Repeat("<!--\n- [Hidden](https://hidden.example)\n-->\n", 20000),
      // Fences likewise.
      Repeat("```\n- [Code](https://code.example)\n```\n", 20000),
  };
  for (const std::string& text : cases) {
    ASSERT_GT(text.size(), 2 * Document::kSegmentBytes);
    SegmentStats cost = ParseCost(text);
    EXPECT_LT(cost.parsed_bytes, 3 * text.size()) << text.substr(0, 40);
    auto segmented = Parse(text);
    auto whole = Parse(text, std::numeric_limits<size_t>::max());
    EXPECT_EQ(segmented->links().size(), whole->links().size()) << text.substr(0, 40);
    EXPECT_EQ(segmented->blocks().size(), whole->blocks().size()) << text.substr(0, 40);
  }
}

}  // namespace
}  // namespace awesomelint
