// Document::Parse: links with exact byte spans and positions (working around
// cmark-gfm's position traps), headings, entries, directives and HTML anchors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include <limits>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/entries/entries.h"
#include "awesomelint/markdown/document.h"
#include "markdown/segments.h"
#include "tests/support/document_dump.h"
#include "tests/support/helpers.h"

namespace awesomelint {
namespace {

using awesomelint::testing::ErrorOf;

// A parsed file: `->` and `*` reach its Document; entries() are the entries stage's.
struct TestList {
  ParsedFile file;
  const Document* operator->() const { return file.doc.get(); }
  const Document& operator*() const { return *file.doc; }
  const Entries& entries() const { return file.entries; }
  int EntryOf(int link) const { return file.entries.EntryOf(link); }
};

TestList Parse(std::string text, size_t segment_bytes = Document::kSegmentBytes) {
  auto doc = Document::Parse("README.md", std::move(text), segment_bytes);
  Entries entries = ExtractEntries(*doc);
  return {{std::move(doc), std::move(entries)}};
}

// The bytes a span covers.
std::string At(const Document& doc, Span span) {
  return std::string(doc.text().substr(span.begin, span.size()));
}

// The span of the `nth` occurrence (0-based) of `needle` in the document.
Span Find(const Document& doc, std::string_view needle, int nth = 0) {
  size_t at = doc.text().find(needle);
  for (int i = 0; i < nth && at != std::string_view::npos; ++i)
    at = doc.text().find(needle, at + 1);
  EXPECT_NE(at, std::string_view::npos) << needle;
  if (at == std::string_view::npos) return {};
  return {at, at + needle.size()};
}

Position Begin(const Document& doc, Span span) {
  return doc.lines().PositionOf(span.begin);
}
Position End(const Document& doc, Span span) {
  return doc.lines().PositionOf(span.end);
}

Position P(int line, int column) {
  return Position{line, column};
}

// --- Document basics ---------------------------------------------------------

TEST(DocumentTest, PathTextAndLines) {
  auto doc = Parse("# T\n\ntext\n");
  EXPECT_EQ(doc->path(), "README.md");
  EXPECT_EQ(doc->text(), "# T\n\ntext\n");
  EXPECT_EQ(doc->lines().line_count(), 3);
  EXPECT_EQ(doc->lines().Line(3), "text");
}

TEST(DocumentTest, EmptyAndBlankDocuments) {
  for (const char* text : {"", "\n\n", "   \n"}) {
    auto doc = Parse(text);
    EXPECT_TRUE(doc->links().empty());
    EXPECT_TRUE(doc->headings().empty());
    EXPECT_TRUE(doc.entries().empty());
    EXPECT_TRUE(doc->directives().empty());
    EXPECT_TRUE(doc->html_anchors().empty());
  }
}

TEST(DocumentLineIndexTest, LinesAndPositions) {
  auto doc = Parse("ab\r\ncd\n\n\xC3\xA9x\n");
  const LineIndex& lines = doc->lines();
  EXPECT_EQ(lines.line_count(), 4);
  EXPECT_EQ(lines.Line(1), "ab");  // without "\r\n"
  EXPECT_EQ(lines.Line(2), "cd");
  EXPECT_EQ(lines.Line(3), "");
  EXPECT_EQ(lines.Line(4), "\xC3\xA9x");
  EXPECT_EQ(lines.Line(0), "");
  EXPECT_EQ(lines.Line(5), "");
  EXPECT_EQ(lines.LineStart(2), 4u);
  EXPECT_EQ(lines.LineStart(4), 8u);
  EXPECT_EQ(lines.LineStart(9), 12u);  // clamped to the text's size
  EXPECT_EQ(lines.OffsetOf(2, 2), 5u);
  EXPECT_EQ(lines.LineOf(3), 1);  // the '\n' belongs to its line
  EXPECT_EQ(lines.LineOf(4), 2);
  EXPECT_EQ(lines.PositionOf(0), P(1, 1));
  EXPECT_EQ(lines.PositionOf(5), P(2, 2));
  EXPECT_EQ(lines.PositionOf(10), P(4, 2));  // after "\xC3\xA9": one code point
  EXPECT_EQ(lines.PositionOf(11), P(4, 3));
  EXPECT_EQ(lines.PositionOf(100), lines.PositionOf(12));
}

// CommonMark's lines also end at a lone "\r" (cmark-gfm's positions count them);
// the Document's index, which reports number lines by, does not.
TEST(DocumentLineIndexTest, CommonMarkLinesEndAtALoneCarriageReturn) {
  std::string_view text = "a\r\rb\r\nc\r";
  LineIndex lines(text, LineIndex::Breaks::kCommonMark);
  EXPECT_EQ(lines.line_count(), 4);  // the final "\r" starts no line
  EXPECT_EQ(lines.Line(1), "a");
  EXPECT_EQ(lines.Line(2), "");
  EXPECT_EQ(lines.Line(3), "b");
  EXPECT_EQ(lines.Line(4), "c");
  EXPECT_EQ(lines.LineStart(3), 3u);
  EXPECT_EQ(lines.LineStart(4), 6u);
  EXPECT_EQ(lines.OffsetOf(4, 1), 6u);
  EXPECT_EQ(lines.LineOf(5), 3);  // the "\r\n" belongs to its line
  EXPECT_EQ(lines.PositionOf(6), P(4, 1));
  LineIndex newlines(text);
  EXPECT_EQ(newlines.line_count(), 2);
  EXPECT_EQ(newlines.Line(1), "a\r\rb");
  EXPECT_EQ(newlines.PositionOf(6), P(2, 1));
  EXPECT_TRUE(LineIndex::HasLoneCarriageReturn(text));
  EXPECT_TRUE(LineIndex::HasLoneCarriageReturn("a\r"));
  EXPECT_FALSE(LineIndex::HasLoneCarriageReturn("a\r\nb\r\n"));
  EXPECT_FALSE(LineIndex::HasLoneCarriageReturn(""));
}

// --- Links: inline, image, badge ---------------------------------------------

TEST(DocumentLinkTest, InlineLinkInAListItem) {
  auto doc = Parse("# Awesome\n\n- [Paper](https://arxiv.org/abs/2301.00001) - A paper.\n");
  ASSERT_EQ(doc->links().size(), 1u);
  const Link& link = doc->links()[0];
  EXPECT_EQ(link.syntax, LinkSyntax::kInline);
  EXPECT_FALSE(link.image);
  EXPECT_EQ(link.url, "https://arxiv.org/abs/2301.00001");
  EXPECT_EQ(doc->RawUrl(link), "https://arxiv.org/abs/2301.00001");
  EXPECT_EQ(link.text, "Paper");
  EXPECT_EQ(link.span, (Span{13, 54}));
  EXPECT_EQ(At(*doc, link.span), "[Paper](https://arxiv.org/abs/2301.00001)");
  EXPECT_EQ(link.dest, (Span{21, 53}));
  EXPECT_EQ(Begin(*doc, link.span), P(3, 3));
  EXPECT_EQ(End(*doc, link.span), P(3, 44));
  EXPECT_EQ(Begin(*doc, link.dest), P(3, 11));
  EXPECT_EQ(link.image_child, -1);
  EXPECT_EQ(link.parent, -1);
  EXPECT_EQ(doc.EntryOf(0), 0);
  EXPECT_FALSE(link.is_badge());
}

TEST(DocumentLinkTest, ColumnsCountCodePointsNotBytes) {
  // cmark-gfm reports byte column 11; the reader sees the link at column 7.
  auto doc = Parse("- 🚀 é [x](https://a.example)\n");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(doc->links()[0].span, (Span{10, 32}));
  EXPECT_EQ(Begin(*doc, doc->links()[0].span), P(1, 7));
  EXPECT_EQ(End(*doc, doc->links()[0].span), P(1, 29));
}

TEST(DocumentLinkTest, BadgeIsALinkAroundOneImage) {
  auto doc = Parse(
      "- [Repo](https://github.com/o/r) "
      "[![Stars](https://img.shields.io/github/stars/o/r.svg)](https://github.com/o/r/"
      "stargazers)\n");
  ASSERT_EQ(doc->links().size(), 3u);
  const Link& repo = doc->links()[0];
  const Link& badge = doc->links()[1];
  const Link& image = doc->links()[2];
  EXPECT_EQ(At(*doc, repo.span), "[Repo](https://github.com/o/r)");

  EXPECT_FALSE(badge.image);
  EXPECT_TRUE(badge.is_badge());
  EXPECT_EQ(badge.image_child, 2);
  EXPECT_EQ(badge.url, "https://github.com/o/r/stargazers");
  EXPECT_EQ(badge.text, "");
  EXPECT_EQ(badge.span, (Span{33, 123}));
  EXPECT_EQ(At(*doc, badge.span),
            "[![Stars](https://img.shields.io/github/stars/o/r.svg)](https://github.com/o/r/"
            "stargazers)");
  EXPECT_EQ(At(*doc, badge.dest), "https://github.com/o/r/stargazers");

  EXPECT_TRUE(image.image);
  EXPECT_EQ(image.parent, 1);
  EXPECT_EQ(image.text, "Stars");
  EXPECT_EQ(image.url, "https://img.shields.io/github/stars/o/r.svg");
  EXPECT_EQ(image.span, (Span{34, 87}));
  EXPECT_EQ(At(*doc, image.span), "![Stars](https://img.shields.io/github/stars/o/r.svg)");
  EXPECT_EQ(Begin(*doc, image.span), P(1, 35));
  EXPECT_EQ(At(*doc, image.dest), "https://img.shields.io/github/stars/o/r.svg");
}

TEST(DocumentLinkTest, BadgeWithEmptyAltText) {
  auto doc =
      Parse("- [T](https://t.example) [![](https://x.example/i.png)](https://x.example/t)\n");
  ASSERT_EQ(doc->links().size(), 3u);
  EXPECT_TRUE(doc->links()[1].is_badge());
  EXPECT_EQ(doc->links()[2].text, "");
  EXPECT_EQ(At(*doc, doc->links()[2].span), "![](https://x.example/i.png)");
}

TEST(DocumentLinkTest, LinkWithTextAndImageIsNotABadge) {
  auto doc = Parse("- [![logo](https://x.example/l.png) Project](https://x.example)\n");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_FALSE(doc->links()[0].is_badge());
  EXPECT_EQ(doc->links()[0].image_child, -1);
  EXPECT_EQ(doc->links()[1].parent, 0);
}

TEST(DocumentLinkTest, StandaloneImage) {
  auto doc = Parse("Paragraph with ![Logo](https://example.org/logo.png) here.\n");
  ASSERT_EQ(doc->links().size(), 1u);
  const Link& image = doc->links()[0];
  EXPECT_TRUE(image.image);
  EXPECT_EQ(image.parent, -1);
  EXPECT_EQ(doc.EntryOf(0), -1);
  EXPECT_EQ(image.text, "Logo");
  EXPECT_EQ(image.span, (Span{15, 52}));
}

TEST(DocumentLinkTest, DestinationsAsWrittenAndAsResolved) {
  auto doc = Parse(
      "- [W](https://en.wikipedia.org/wiki/Foo_(bar)) and [T](https://x.example \"Title\") and "
      "[E](https://x.example/?a=1&amp;b=2) and [B](https://x.example/a\\_b) and "
      "[S](<https://x.example/a b>)\n");
  ASSERT_EQ(doc->links().size(), 5u);
  const auto& l = doc->links();
  EXPECT_EQ(l[0].url, "https://en.wikipedia.org/wiki/Foo_(bar)");
  EXPECT_EQ(At(*doc, l[0].span), "[W](https://en.wikipedia.org/wiki/Foo_(bar))");

  EXPECT_EQ(l[1].url, "https://x.example");
  EXPECT_EQ(At(*doc, l[1].span), "[T](https://x.example \"Title\")");
  EXPECT_EQ(At(*doc, l[1].dest), "https://x.example");

  EXPECT_EQ(l[2].url, "https://x.example/?a=1&b=2");
  EXPECT_EQ(doc->RawUrl(l[2]), "https://x.example/?a=1&amp;b=2");
  EXPECT_EQ(At(*doc, l[2].dest), "https://x.example/?a=1&amp;b=2");

  EXPECT_EQ(l[3].url, "https://x.example/a_b");
  EXPECT_EQ(doc->RawUrl(l[3]), "https://x.example/a\\_b");

  EXPECT_EQ(l[4].url, "https://x.example/a b");
  EXPECT_EQ(At(*doc, l[4].span), "[S](<https://x.example/a b>)");
  EXPECT_EQ(At(*doc, l[4].dest), "https://x.example/a b");
}

TEST(DocumentLinkTest, EscapedBracketInLinkText) {
  auto doc = Parse("- [a \\] b](https://x.example/br)\n");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(doc->links()[0].text, "a ] b");
  EXPECT_EQ(doc->links()[0].span, (Span{2, 32}));
}

TEST(DocumentLinkTest, RepeatedIdenticalLinksGetTheirOwnSpans) {
  auto doc = Parse("- [a](https://x.example) [a](https://x.example)\n");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_EQ(doc->links()[0].span, (Span{2, 24}));
  EXPECT_EQ(doc->links()[1].span, (Span{25, 47}));
}

TEST(DocumentLinkTest, CodeSpansAreNotLinks) {
  auto doc = Parse("- `[x](https://in.code)` [Real](https://real.example)\n");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(doc->links()[0].url, "https://real.example");
  EXPECT_EQ(At(*doc, doc->links()[0].span), "[Real](https://real.example)");
  EXPECT_EQ(doc->links()[0].span.begin, 25u);
}

TEST(DocumentLinkTest, CodeBlocksHaveNoLinks) {
  auto doc =
      Parse("```\n[x](https://in.code)\nhttps://bare.in.code\n```\n\n    [y](https://indented)\n");
  EXPECT_TRUE(doc->links().empty());
}

TEST(DocumentLinkTest, LinkInAHeading) {
  auto doc = Parse("## [Linked Heading](https://h.example)\n");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(doc->links()[0].span, (Span{3, 38}));
  EXPECT_EQ(doc.EntryOf(0), -1);
  ASSERT_EQ(doc->headings().size(), 1u);
  EXPECT_EQ(doc->headings()[0].text, "Linked Heading");
}

TEST(DocumentLinkTest, FootnoteReferencesAreNotLinks) {
  auto doc =
      Parse("- [Paper](https://p.example)[^1]\n\n[^1]: A note with [link](https://n.example).\n");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_EQ(doc->links()[0].url, "https://p.example");
  EXPECT_EQ(doc->links()[1].url, "https://n.example");
  EXPECT_EQ(Begin(*doc, doc->links()[1].span), P(3, 19));
}

TEST(DocumentLinkTest, CrLfLineEndings) {
  auto doc =
      Parse("- [Two\r\n  lines](https://crlf.example)\r\n- [Next](https://next.example)\r\n");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_EQ(doc->links()[0].span, (Span{2, 38}));
  EXPECT_EQ(doc->links()[0].text, "Two lines");
  EXPECT_EQ(Begin(*doc, doc->links()[0].span), P(1, 3));
  EXPECT_EQ(End(*doc, doc->links()[0].span), P(2, 31));
  EXPECT_EQ(doc->links()[1].span, (Span{42, 70}));
  EXPECT_EQ(Begin(*doc, doc->links()[1].span), P(3, 3));
}

// --- Links: reference style ----------------------------------------------------

constexpr std::string_view kReferences =
    "- [Paper][p1] - desc\n"
    "- [Other] - two\n"
    "- [Collapsed][] - three\n"
    "\n"
    "[p1]: https://example.org/p1\n"
    "[other]: <https://example.org/other>\n"
    "[Collapsed]: https://example.org/c \"Title\"\n";

TEST(DocumentReferenceTest, FullCollapsedAndShortcutReferences) {
  auto doc = Parse(std::string(kReferences));
  ASSERT_EQ(doc->links().size(), 3u);  // definitions are not links themselves
  const auto& l = doc->links();
  for (const Link& link : l) EXPECT_EQ(link.syntax, LinkSyntax::kReference);

  EXPECT_EQ(l[0].url, "https://example.org/p1");
  EXPECT_EQ(doc->RawUrl(l[0]), "https://example.org/p1");
  EXPECT_EQ(l[0].text, "Paper");
  EXPECT_EQ(l[0].span, (Span{2, 13}));
  EXPECT_EQ(At(*doc, l[0].span), "[Paper][p1]");
  // The destination is at the definition.
  EXPECT_EQ(l[0].dest, (Span{68, 90}));
  EXPECT_EQ(Begin(*doc, l[0].dest), P(5, 7));

  EXPECT_EQ(At(*doc, l[1].span), "[Other]");
  EXPECT_EQ(l[1].url, "https://example.org/other");
  EXPECT_EQ(At(*doc, l[1].dest), "https://example.org/other");
  EXPECT_EQ(Begin(*doc, l[1].dest), P(6, 11));

  EXPECT_EQ(At(*doc, l[2].span), "[Collapsed][]");
  EXPECT_EQ(l[2].url, "https://example.org/c");
  EXPECT_EQ(At(*doc, l[2].dest), "https://example.org/c");
  EXPECT_EQ(Begin(*doc, l[2].dest), P(7, 14));

  ASSERT_EQ(doc.entries().size(), 3u);
  EXPECT_EQ(doc.entries()[0].title, "Paper");
  EXPECT_EQ(doc.entries()[0].description, "desc");
  EXPECT_EQ(doc.entries()[1].title, "Other");
  EXPECT_EQ(doc.entries()[2].title, "Collapsed");
}

TEST(DocumentReferenceTest, LabelsMatchCaseAndSpaceInsensitivelyAndTheFirstDefinitionWins) {
  auto doc = Parse(
      "- [Dup][p] and [Spaced][Foo   Bar]\n"
      "\n"
      "[p]: https://first.example\n"
      "[p]: https://second.example\n"
      "   [foo bar]: https://foobar.example\n");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_EQ(doc->links()[0].url, "https://first.example");
  EXPECT_EQ(Begin(*doc, doc->links()[0].dest), P(3, 6));
  EXPECT_EQ(doc->links()[1].url, "https://foobar.example");
  EXPECT_EQ(At(*doc, doc->links()[1].span), "[Spaced][Foo   Bar]");
  EXPECT_EQ(Begin(*doc, doc->links()[1].dest), P(5, 15));
}

// --- Links: autolinks and bare URLs (cmark-gfm gives them no or shifted positions) ---

TEST(DocumentAutolinkTest, AngleAutolinkInAListItemIsNotShifted) {
  auto doc = Parse("- <https://zenodo.org/record/1> - data\n");
  ASSERT_EQ(doc->links().size(), 1u);
  const Link& link = doc->links()[0];
  EXPECT_EQ(link.syntax, LinkSyntax::kAutolink);
  EXPECT_EQ(link.url, "https://zenodo.org/record/1");
  EXPECT_EQ(link.span, (Span{2, 31}));
  EXPECT_EQ(At(*doc, link.span), "<https://zenodo.org/record/1>");
  EXPECT_EQ(link.dest, (Span{3, 30}));
  EXPECT_EQ(Begin(*doc, link.span), P(1, 3));
}

TEST(DocumentAutolinkTest, AngleAutolinkInAQuotedList) {
  auto doc = Parse("> - <https://example.org/q>\n");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(doc->links()[0].span, (Span{4, 27}));
  EXPECT_EQ(Begin(*doc, doc->links()[0].span), P(1, 5));
}

TEST(DocumentAutolinkTest, AngleAutolinkInANestedItem) {
  auto doc = Parse("1. Item\n   - Nested <https://nested.example/x> end\n");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(At(*doc, doc->links()[0].span), "<https://nested.example/x>");
  EXPECT_EQ(Begin(*doc, doc->links()[0].span), P(2, 13));
}

TEST(DocumentAutolinkTest, BareUrlsWwwAndEmails) {
  auto doc = Parse(
      "- Tool https://github.com/a/b and www.example.com. Mail <someone@example.org> or "
      "foo@example.com\n");
  ASSERT_EQ(doc->links().size(), 4u);
  const auto& l = doc->links();

  EXPECT_EQ(l[0].syntax, LinkSyntax::kBareUrl);
  EXPECT_EQ(l[0].url, "https://github.com/a/b");
  EXPECT_EQ(l[0].span, (Span{7, 29}));
  EXPECT_EQ(l[0].dest, l[0].span);
  EXPECT_EQ(Begin(*doc, l[0].span), P(1, 8));

  // www. links: cmark-gfm prepends http:// and starts them one column early.
  EXPECT_EQ(l[1].syntax, LinkSyntax::kBareUrl);
  EXPECT_EQ(l[1].url, "http://www.example.com");
  EXPECT_EQ(doc->RawUrl(l[1]), "www.example.com");
  EXPECT_EQ(l[1].span, (Span{34, 49}));  // without the sentence's full stop
  EXPECT_EQ(Begin(*doc, l[1].span), P(1, 35));

  EXPECT_EQ(l[2].syntax, LinkSyntax::kAutolink);
  EXPECT_EQ(l[2].url, "mailto:someone@example.org");
  EXPECT_EQ(doc->RawUrl(l[2]), "someone@example.org");
  EXPECT_EQ(At(*doc, l[2].span), "<someone@example.org>");

  EXPECT_EQ(l[3].syntax, LinkSyntax::kBareUrl);
  EXPECT_EQ(l[3].url, "mailto:foo@example.com");
  EXPECT_EQ(At(*doc, l[3].span), "foo@example.com");
  EXPECT_EQ(l[3].span, (Span{81, 96}));
}

TEST(DocumentAutolinkTest, RepeatedBareUrlsGetTheirOwnSpans) {
  auto doc = Parse("- https://a.example and https://a.example\n");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_EQ(doc->links()[0].span, (Span{2, 19}));
  EXPECT_EQ(doc->links()[1].span, (Span{24, 41}));
}

TEST(DocumentAutolinkTest, BareUrlAndInlineLinkToTheSameUrl) {
  auto doc = Parse("- see https://a.example and [site](https://a.example)\n");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_EQ(doc->links()[0].syntax, LinkSyntax::kBareUrl);
  EXPECT_EQ(doc->links()[0].span, (Span{6, 23}));
  EXPECT_EQ(doc->links()[1].syntax, LinkSyntax::kInline);
  EXPECT_EQ(doc->links()[1].span, (Span{28, 53}));
}

TEST(DocumentAutolinkTest, BareUrlAfterTheSameUrlInACodeSpan) {
  // The code span is not a link; the bare URL after it is.
  auto doc = Parse("- `https://a.example/x` see https://a.example/x\n");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(doc->links()[0].syntax, LinkSyntax::kBareUrl);
  EXPECT_EQ(doc->links()[0].span, (Span{28, 47}));
  EXPECT_EQ(Begin(*doc, doc->links()[0].span), P(1, 29));
}

TEST(DocumentAutolinkTest, AngleAutolinkAfterTheSameTextInACodeSpan) {
  auto doc = Parse("- `<https://b.example>` <https://b.example>\n");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(doc->links()[0].syntax, LinkSyntax::kAutolink);
  EXPECT_EQ(doc->links()[0].span, (Span{24, 43}));
  EXPECT_EQ(doc->links()[0].dest, (Span{25, 42}));
}

TEST(DocumentAutolinkTest, BareUrlInATableCell) {
  auto doc = Parse(
      "| Name | Link |\n"
      "| --- | --- |\n"
      "| 🚀 Tool | https://bare.example/x and [T](https://t.example) |\n");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_EQ(doc->links()[0].syntax, LinkSyntax::kBareUrl);
  EXPECT_EQ(doc->links()[0].span, (Span{44, 66}));
  EXPECT_EQ(Begin(*doc, doc->links()[0].span), P(3, 12));
  EXPECT_EQ(doc->links()[1].span, (Span{71, 93}));
  EXPECT_EQ(Begin(*doc, doc->links()[1].span), P(3, 39));
}

// --- Links: line breaks and multi-line constructs --------------------------------

TEST(DocumentMultilineTest, LinksAfterAHardLineBreak) {
  auto doc = Parse(
      "# Awesome\n"
      "\n"
      "## Papers\n"
      "\n"
      "- **Title**\\\n"
      "  [Code](https://github.com/o/r) and [Paper](https://arxiv.org/abs/2301.00001)\n");
  ASSERT_EQ(doc->links().size(), 2u);
  const Link& code = doc->links()[0];
  const Link& paper = doc->links()[1];
  EXPECT_EQ(code.span, (Span{37, 67}));
  EXPECT_EQ(At(*doc, code.span), "[Code](https://github.com/o/r)");
  EXPECT_EQ(Begin(*doc, code.span), P(6, 3));
  EXPECT_EQ(code.dest, (Span{44, 66}));
  EXPECT_EQ(paper.span, (Span{72, 113}));
  EXPECT_EQ(Begin(*doc, paper.span), P(6, 38));
  EXPECT_EQ(End(*doc, paper.span), P(6, 79));
}

TEST(DocumentMultilineTest, LinksAfterATwoSpaceLineBreak) {
  auto doc = Parse("- [A](https://a.example)  \n  [B](https://b.example)\n");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_EQ(doc->links()[1].span, (Span{29, 51}));
  EXPECT_EQ(Begin(*doc, doc->links()[1].span), P(2, 3));
}

TEST(DocumentMultilineTest, SameLinkOnTwoLinesOfOneParagraph) {
  auto doc = Parse("- [Code](https://github.com/o/r)\\\n  [Code](https://github.com/o/r)\n");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_EQ(Begin(*doc, doc->links()[0].span), P(1, 3));
  EXPECT_EQ(Begin(*doc, doc->links()[1].span), P(2, 3));
  EXPECT_EQ(doc->links()[1].span, (Span{36, 66}));
}

TEST(DocumentMultilineTest, MultiLineLinkText) {
  auto doc = Parse("- [Two\n  lines](https://huggingface.co/o/m) - desc\n");
  ASSERT_EQ(doc->links().size(), 1u);
  const Link& link = doc->links()[0];
  EXPECT_EQ(link.text, "Two lines");
  EXPECT_EQ(link.span, (Span{2, 43}));
  EXPECT_EQ(Begin(*doc, link.span), P(1, 3));  // cmark-gfm says line 2
  EXPECT_EQ(End(*doc, link.span), P(2, 37));
  EXPECT_EQ(At(*doc, link.dest), "https://huggingface.co/o/m");
  EXPECT_EQ(Begin(*doc, link.dest), P(2, 10));
}

TEST(DocumentMultilineTest, MultiLineLinkTextInANestedItem) {
  auto doc = Parse(
      "1. Item\n"
      "   - Nested <https://nested.example/x> and [Multi\n"
      "     line\n"
      "     text](https://m.example)\n");
  ASSERT_EQ(doc->links().size(), 2u);
  const Link& link = doc->links()[1];
  EXPECT_EQ(link.text, "Multi line text");
  EXPECT_EQ(Begin(*doc, link.span), P(2, 44));
  EXPECT_EQ(End(*doc, link.span), P(4, 30));
  EXPECT_EQ(Begin(*doc, link.dest), P(4, 12));
}

TEST(DocumentMultilineTest, LazyContinuationLines) {
  auto doc = Parse(
      "> - **Q** [A](https://q.example/a) text\n"
      "> continued [B](https://q.example/b)\n"
      "lazy [C](https://q.example/c)\n");
  ASSERT_EQ(doc->links().size(), 3u);
  EXPECT_EQ(Begin(*doc, doc->links()[0].span), P(1, 11));
  EXPECT_EQ(Begin(*doc, doc->links()[1].span), P(2, 13));
  EXPECT_EQ(Begin(*doc, doc->links()[2].span), P(3, 6));
  EXPECT_EQ(At(*doc, doc->links()[2].span), "[C](https://q.example/c)");
  ASSERT_EQ(doc.entries().size(), 1u);
  EXPECT_EQ(doc.entries()[0].other_links, (std::vector<int>{1, 2}));
}

TEST(DocumentMultilineTest, LazyLineWithTheSameLinkText) {
  auto doc = Parse("- **Title** [pdf](https://a.example/1)\n[pdf](https://a.example/2) lazy\n");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_EQ(doc->links()[1].url, "https://a.example/2");
  EXPECT_EQ(doc->links()[1].span, (Span{39, 65}));
  EXPECT_EQ(Begin(*doc, doc->links()[1].span), P(2, 1));
}

// --- Links: tables -------------------------------------------------------------

constexpr std::string_view kTable =
    "# List\n"
    "\n"
    "| Date | Title | Code | Notes |\n"
    "| --- | --- | --- | --- |\n"
    "| 2024-05-01 | [Paper](https://arxiv.org/abs/2405.00001) | "
    "[![Stars](https://img.shields.io/github/stars/o/r)](https://github.com/o/r) | Fast, small |\n"
    "| 2023 | **[Old](https://example.org/old)** | [code](https://github.com/o/old) | |\n"
    "| no link | here | | |\n";

TEST(DocumentTableTest, LinksInCells) {
  auto doc = Parse(std::string(kTable));
  ASSERT_EQ(doc->links().size(), 5u);
  const auto& l = doc->links();
  EXPECT_EQ(l[0].span, (Span{81, 122}));
  EXPECT_EQ(Begin(*doc, l[0].span), P(5, 16));
  EXPECT_EQ(l[1].span, (Span{125, 200}));
  EXPECT_TRUE(l[1].is_badge());
  EXPECT_EQ(l[1].image_child, 2);
  EXPECT_EQ(l[2].span, (Span{126, 175}));
  EXPECT_EQ(l[2].parent, 1);
  EXPECT_EQ(At(*doc, l[3].span), "[Old](https://example.org/old)");
  EXPECT_EQ(Begin(*doc, l[3].span), P(6, 12));
  EXPECT_EQ(Begin(*doc, l[4].span), P(6, 47));
}

TEST(DocumentTableTest, RowsAreEntries) {
  auto doc = Parse(std::string(kTable));
  ASSERT_EQ(doc.entries().size(), 2u);  // not the header row, not the row without a link

  const Entry& first = doc.entries()[0];
  EXPECT_EQ(first.shape, EntryShape::kTableRow);
  EXPECT_EQ(first.line, 5);
  EXPECT_EQ(first.span, (Span{66, 216}));
  EXPECT_EQ(first.section, 0);
  EXPECT_EQ(first.title, "Paper");
  EXPECT_EQ(first.title_link, 0);
  ASSERT_TRUE(first.has_date);
  EXPECT_EQ(first.date.text, "2024-05-01");
  EXPECT_EQ(first.date.span, (Span{68, 78}));
  EXPECT_EQ(first.date.format, "YYYY-MM-DD");
  EXPECT_EQ(first.date.date, (CalendarDate{2024, 5, 1}));
  EXPECT_EQ(first.badges, (std::vector<int>{1}));
  EXPECT_TRUE(first.other_links.empty());
  EXPECT_EQ(first.description, "Fast, small");
  EXPECT_TRUE(first.tags.empty());

  const Entry& second = doc.entries()[1];
  EXPECT_EQ(second.line, 6);
  EXPECT_EQ(second.title, "Old");
  EXPECT_EQ(second.title_link, 3);
  ASSERT_TRUE(second.has_date);
  EXPECT_EQ(second.date.text, "2023");
  EXPECT_EQ(second.date.format, "YYYY");
  EXPECT_EQ(second.date.span, (Span{219, 223}));
  EXPECT_EQ(second.other_links, (std::vector<int>{4}));
  EXPECT_EQ(second.description, "");

  for (int link : {0, 1, 2}) EXPECT_EQ(doc.EntryOf(link), 0) << link;
  for (int link : {3, 4}) EXPECT_EQ(doc.EntryOf(link), 1) << link;
}

// --- Links and anchors in raw HTML ---------------------------------------------

constexpr std::string_view kHtml =
    "- [Repo](https://github.com/o/r) <a href=\"https://github.com/o/r/stargazers\">"
    "<img src=\"https://img.shields.io/github/stars/o/r\" alt=\"Stars\"></a> - desc\n"
    "\n"
    "<p align=\"center\"><a href=\"https://example.org/home\"><img "
    "src='https://example.org/logo.png' alt=\"Logo &amp; more\"></a></p>\n"
    "\n"
    "<a name=\"top\"></a>\n"
    "<h2 id=\"section-x\">X</h2>\n";

TEST(DocumentHtmlTest, HtmlBadgeInAListItem) {
  auto doc = Parse(std::string(kHtml));
  ASSERT_EQ(doc->links().size(), 5u);
  const Link& a = doc->links()[1];
  const Link& img = doc->links()[2];
  EXPECT_EQ(a.syntax, LinkSyntax::kHtml);
  EXPECT_FALSE(a.image);
  EXPECT_EQ(a.url, "https://github.com/o/r/stargazers");
  EXPECT_EQ(a.span, (Span{33, 77}));
  EXPECT_EQ(At(*doc, a.span), "<a href=\"https://github.com/o/r/stargazers\">");
  EXPECT_EQ(a.dest, (Span{42, 75}));
  EXPECT_EQ(Begin(*doc, a.dest), P(1, 43));
  EXPECT_TRUE(a.is_badge());
  EXPECT_EQ(a.image_child, 2);

  EXPECT_EQ(img.syntax, LinkSyntax::kHtml);
  EXPECT_TRUE(img.image);
  EXPECT_EQ(img.parent, 1);
  EXPECT_EQ(img.url, "https://img.shields.io/github/stars/o/r");
  EXPECT_EQ(img.text, "Stars");
  EXPECT_EQ(At(*doc, img.span),
            "<img src=\"https://img.shields.io/github/stars/o/r\" alt=\"Stars\">");
  EXPECT_EQ(At(*doc, img.dest), "https://img.shields.io/github/stars/o/r");
}

TEST(DocumentHtmlTest, HtmlBadgeBelongsToItsEntry) {
  auto doc = Parse(std::string(kHtml));
  ASSERT_EQ(doc.entries().size(), 1u);
  const Entry& entry = doc.entries()[0];
  EXPECT_EQ(entry.title, "Repo");
  EXPECT_EQ(entry.title_link, 0);
  EXPECT_EQ(entry.description, "desc");
  EXPECT_EQ(entry.badges, (std::vector<int>{1}));
  EXPECT_EQ(doc.EntryOf(1), 0);
  EXPECT_EQ(doc.EntryOf(2), 0);
}

TEST(DocumentHtmlTest, HtmlBlock) {
  auto doc = Parse(std::string(kHtml));
  ASSERT_EQ(doc->links().size(), 5u);
  const Link& a = doc->links()[3];
  const Link& img = doc->links()[4];
  EXPECT_EQ(a.url, "https://example.org/home");
  EXPECT_EQ(Begin(*doc, a.span), P(3, 19));
  EXPECT_EQ(img.image_child, -1);
  EXPECT_EQ(img.parent, 3);
  EXPECT_EQ(a.image_child, 4);
  EXPECT_EQ(img.url, "https://example.org/logo.png");  // single quotes
  EXPECT_EQ(img.text, "Logo & more");                  // entities decoded
  EXPECT_EQ(At(*doc, img.dest), "https://example.org/logo.png");
  EXPECT_EQ(doc.EntryOf(3), -1);
}

TEST(DocumentHtmlTest, Anchors) {
  auto doc = Parse(std::string(kHtml));
  ASSERT_EQ(doc->html_anchors().size(), 2u);
  EXPECT_EQ(doc->html_anchors()[0].name, "top");
  EXPECT_EQ(At(*doc, doc->html_anchors()[0].span), "top");
  EXPECT_EQ(Begin(*doc, doc->html_anchors()[0].span), P(5, 10));
  EXPECT_EQ(doc->html_anchors()[1].name, "section-x");
  EXPECT_EQ(Begin(*doc, doc->html_anchors()[1].span), P(6, 9));
}

TEST(DocumentHtmlTest, InlineAnchorsAndUnquotedAttributes) {
  auto doc = Parse("Text <a id=\"inline-anchor\"></a> and <a href=https://u.example>u</a>.\n");
  ASSERT_EQ(doc->html_anchors().size(), 1u);
  EXPECT_EQ(doc->html_anchors()[0].name, "inline-anchor");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(doc->links()[0].url, "https://u.example");
  EXPECT_EQ(At(*doc, doc->links()[0].dest), "https://u.example");
}

TEST(DocumentHtmlTest, ClosedAnchorDoesNotAdoptALaterImage) {
  auto doc =
      Parse("<a href=\"https://x.example\">Text</a> <img src=\"https://y.example/i.png\">\n");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_FALSE(doc->links()[0].is_badge());
  EXPECT_EQ(doc->links()[1].parent, -1);
}

TEST(DocumentHtmlTest, AnchorWithTextAndAnImageIsNotABadge) {
  // A logo next to a project name is a link with an icon, not a badge.
  auto doc = Parse(
      "- <a href=\"https://proj.example\"><img src=\"https://proj.example/logo.png\" "
      "width=\"20\"> Project Name</a> - desc\n");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_EQ(doc->links()[1].parent, 0);
  EXPECT_FALSE(doc->links()[0].is_badge());
}

// --- Entries -------------------------------------------------------------------

constexpr std::string_view kEntries =
    "# Papers\n"
    "\n"
    "- [12.06.2024] **LLM**: [Title One](https://example.org/1) - First paper.\n"
    "- **Deep Learning** (2016) [pdf](https://example.org/dl.pdf) - Goodfellow et al.\n"
    "- [Attention](https://arxiv.org/abs/1706.03762) (2017) [[code]](https://github.com/o/r)\n"
    "- Mar 2024: [March Paper](https://example.org/3) - desc\n"
    "- [Book Title](https://example.org/b) - A book (Book, Jan 2017).\n"
    "- **Vision:** **CNN**: [Conv](https://example.org/c) - nets\n"
    "- __Audio__ : [Sound](https://example.org/s)\n"
    "- **Not a tag** [Linked](https://example.org/n)\n"
    "- [ ] [Task Title](https://example.org/task) - todo\n"
    "- [Trailing](https://example.org/t) - desc [pdf](https://example.org/t.pdf) (Mar 2024)\n";

class DocumentEntryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    doc_ = Parse(std::string(kEntries));
    ASSERT_EQ(doc_.entries().size(), 10u);
  }
  const Entry& E(int i) const { return doc_.entries()[i]; }
  TestList doc_;
};

TEST_F(DocumentEntryTest, BracketedDateAndTagBeforeTheTitle) {
  const Entry& e = E(0);
  EXPECT_EQ(e.shape, EntryShape::kListItem);
  EXPECT_EQ(e.line, 3);
  EXPECT_EQ(e.span, (Span{12, 83}));
  EXPECT_EQ(At(*doc_, e.span),
            "[12.06.2024] **LLM**: [Title One](https://example.org/1) - First paper.");
  EXPECT_EQ(e.section, 0);
  EXPECT_EQ(e.subsection, "");
  ASSERT_TRUE(e.has_date);
  EXPECT_EQ(e.date.text, "12.06.2024");
  EXPECT_EQ(e.date.span, (Span{13, 23}));
  EXPECT_EQ(Begin(*doc_, e.date.span), P(3, 4));
  EXPECT_EQ(e.date.format, "DD.MM.YYYY");
  EXPECT_EQ(e.date.date, (CalendarDate{2024, 6, 12}));
  EXPECT_TRUE(e.date.bracketed);
  ASSERT_EQ(e.tags.size(), 1u);
  EXPECT_EQ(e.tags[0].name, "LLM");
  EXPECT_EQ(e.tags[0].span, (Span{27, 30}));
  EXPECT_EQ(Begin(*doc_, e.tags[0].span), P(3, 18));
  EXPECT_EQ(e.title, "Title One");
  EXPECT_EQ(e.title_link, 0);
  EXPECT_EQ(e.description, "First paper.");
  EXPECT_TRUE(e.badges.empty());
  EXPECT_TRUE(e.other_links.empty());
}

TEST_F(DocumentEntryTest, YearAfterABoldTitleAndAGenericLink) {
  const Entry& e = E(1);
  EXPECT_EQ(e.line, 4);
  ASSERT_TRUE(e.has_date);
  EXPECT_EQ(e.date.text, "2016");
  EXPECT_EQ(e.date.format, "YYYY");
  EXPECT_EQ(Begin(*doc_, e.date.span), P(4, 22));
  EXPECT_EQ(e.title, "Deep Learning");  // "[pdf]" names the kind of link, not the entry
  EXPECT_EQ(doc_->links()[e.title_link].text, "pdf");
  EXPECT_EQ(e.description, "Goodfellow et al.");
  EXPECT_TRUE(e.tags.empty());
}

TEST_F(DocumentEntryTest, YearAfterTheTitleAndOtherLinks) {
  const Entry& e = E(2);
  ASSERT_TRUE(e.has_date);
  EXPECT_EQ(e.date.text, "2017");
  EXPECT_EQ(Begin(*doc_, e.date.span), P(5, 50));
  EXPECT_EQ(e.title, "Attention");
  EXPECT_EQ(e.title_link, 2);
  EXPECT_EQ(e.other_links, (std::vector<int>{3}));
  EXPECT_EQ(doc_->links()[3].text, "[code]");
}

TEST_F(DocumentEntryTest, MonthYearBeforeTheTitle) {
  const Entry& e = E(3);
  ASSERT_TRUE(e.has_date);
  EXPECT_EQ(e.date.text, "Mar 2024");
  EXPECT_EQ(e.date.format, "Mon YYYY");
  EXPECT_EQ(e.date.date, (CalendarDate{2024, 3, 0}));
  EXPECT_FALSE(e.date.bracketed);
  EXPECT_EQ(Begin(*doc_, e.date.span), P(6, 3));
  EXPECT_EQ(e.title, "March Paper");
  EXPECT_EQ(e.description, "desc");
}

TEST_F(DocumentEntryTest, DateInsideARemarkIsNotTheEntrysDate) {
  const Entry& e = E(4);
  EXPECT_FALSE(e.has_date);
  EXPECT_EQ(e.title, "Book Title");
  EXPECT_EQ(e.description, "A book (Book, Jan 2017).");
}

TEST_F(DocumentEntryTest, SeveralTagsInBothSpellings) {
  const Entry& e = E(5);
  ASSERT_EQ(e.tags.size(), 2u);
  EXPECT_EQ(e.tags[0].name, "Vision");  // "**Vision:**"
  EXPECT_EQ(Begin(*doc_, e.tags[0].span), P(8, 5));
  EXPECT_EQ(At(*doc_, e.tags[0].span), "Vision");
  EXPECT_EQ(e.tags[1].name, "CNN");  // "**CNN**:"
  EXPECT_EQ(Begin(*doc_, e.tags[1].span), P(8, 17));
  EXPECT_EQ(e.title, "Conv");
  EXPECT_EQ(e.description, "nets");
}

TEST_F(DocumentEntryTest, UnderscoreTagWithSpaceBeforeTheColon) {
  const Entry& e = E(6);
  ASSERT_EQ(e.tags.size(), 1u);
  EXPECT_EQ(e.tags[0].name, "Audio");
  EXPECT_EQ(At(*doc_, e.tags[0].span), "Audio");
  EXPECT_EQ(e.title, "Sound");
  EXPECT_EQ(e.description, "");
}

TEST_F(DocumentEntryTest, BoldWithoutAColonIsNotATag) {
  const Entry& e = E(7);
  EXPECT_TRUE(e.tags.empty());
  EXPECT_EQ(e.title, "Linked");  // a real link text is the title, bold or not
}

TEST_F(DocumentEntryTest, TaskListItem) {
  const Entry& e = E(8);
  EXPECT_EQ(e.line, 11);
  EXPECT_EQ(e.title, "Task Title");
  EXPECT_EQ(e.description, "todo");
  EXPECT_FALSE(e.has_date);
}

TEST_F(DocumentEntryTest, TrailingBracketedMonthYear) {
  const Entry& e = E(9);
  ASSERT_TRUE(e.has_date);
  EXPECT_EQ(e.date.text, "Mar 2024");
  EXPECT_TRUE(e.date.bracketed);
  EXPECT_EQ(Begin(*doc_, e.date.span), P(12, 78));
  EXPECT_EQ(e.title, "Trailing");
  EXPECT_EQ(e.other_links.size(), 1u);
  EXPECT_EQ(e.description, "desc (Mar 2024)");
}

TEST_F(DocumentEntryTest, EveryLinkBelongsToItsEntry) {
  for (size_t i = 0; i < doc_->links().size(); ++i) {
    const Link& link = doc_->links()[i];
    int line = doc_->lines().LineOf(link.span.begin);
    int entry = doc_.EntryOf(static_cast<int>(i));
    ASSERT_GE(entry, 0) << i;
    EXPECT_EQ(doc_.entries()[entry].line, line) << i;
  }
}

TEST(DocumentEntryDateTest, DatesAsFieldsAndDatesThatAreNot) {
  auto doc = Parse(
      "- 2024-05-01 [A](https://a.example)\n"
      "- See v2 from 2024-05-01 [B](https://b.example)\n"
      "- [Paper (2020)](https://c.example)\n"
      "- [T](https://d.example) - desc [Code (2019)](https://e.example)\n"
      "- 2024-05-01 | [F](https://f.example)\n");
  ASSERT_EQ(doc.entries().size(), 5u);
  ASSERT_TRUE(doc.entries()[0].has_date);  // first in the entry
  EXPECT_EQ(doc.entries()[0].date.span, (Span{2, 12}));
  EXPECT_FALSE(doc.entries()[1].has_date);  // in running text
  EXPECT_FALSE(doc.entries()[2].has_date);  // inside the title
  EXPECT_EQ(doc.entries()[2].title, "Paper (2020)");
  EXPECT_FALSE(doc.entries()[3].has_date);  // inside another link
  EXPECT_TRUE(doc.entries()[4].has_date);
}

TEST(DocumentEntryDateTest, SlashDatesAreDayFirstWhenTheListSaysSo) {
  auto doc =
      Parse("- [03/04/2024] [A](https://a.example)\n- [13/04/2024] [B](https://b.example)\n");
  ASSERT_EQ(doc.entries().size(), 2u);
  EXPECT_EQ(doc.entries()[0].date.format, "DD/MM/YYYY");
  EXPECT_EQ(doc.entries()[0].date.date, (CalendarDate{2024, 4, 3}));
  EXPECT_EQ(doc.entries()[1].date.date, (CalendarDate{2024, 4, 13}));
}

TEST(DocumentEntryDateTest, SlashAndDashDatesStayUndecidedWithoutAWordFromTheList) {
  auto doc =
      Parse("- [03/04/2024] [A](https://a.example)\n- [03-04-2024] [B](https://b.example)\n");
  ASSERT_EQ(doc.entries().size(), 2u);
  EXPECT_EQ(doc.entries()[0].date.format, "NN/NN/YYYY");
  EXPECT_EQ(doc.entries()[1].date.format, "NN-NN-YYYY");
}

TEST(DocumentEntryDateTest, AFullDateInTheTitleLinksText) {
  auto doc = Parse(
      "- [A tutorial (11-23-2015)](https://a.example) - Slides.\n"
      "- [Another (10-02-2015)](https://b.example)\n"
      "- [Paper (2020)](https://c.example)\n"
      "- [2024-05-01] [Dated outside (2019-01-01)](https://d.example)\n");
  ASSERT_EQ(doc.entries().size(), 4u);
  EXPECT_EQ(doc.entries()[0].date.text, "11-23-2015");
  EXPECT_EQ(doc.entries()[0].date.format, "MM-DD-YYYY");
  EXPECT_EQ(At(*doc, doc.entries()[0].date.span), "11-23-2015");
  EXPECT_EQ(doc.entries()[1].date.date, (CalendarDate{2015, 10, 2}));
  EXPECT_FALSE(doc.entries()[2].has_date);
  EXPECT_EQ(doc.entries()[3].date.text, "2024-05-01");
}

TEST(DocumentEntryDateTest, TableRowsTakeADateThatStartsACellOrOneInTheTitle) {
  auto doc = Parse(
      "| When | Paper |\n| --- | --- |\n"
      "| 2024-06-12 (v2) | [A](https://a.example) |\n"
      "| soon | [B (2024-06-10)](https://b.example) |\n"
      "| v1 2024-06-09 | [C](https://c.example) |\n");
  ASSERT_EQ(doc.entries().size(), 3u);
  EXPECT_EQ(doc.entries()[0].date.text, "2024-06-12");
  EXPECT_EQ(doc.entries()[1].date.text, "2024-06-10");
  EXPECT_FALSE(doc.entries()[2].has_date);
}

TEST(DocumentEntryDateTest, DotDatesAreDayFirstWithoutAWordFromTheList) {
  auto doc = Parse("- [03.04.2024] [A](https://a.example)\n");
  EXPECT_EQ(doc.entries()[0].date.format, "DD.MM.YYYY");
  EXPECT_EQ(doc.entries()[0].date.date, (CalendarDate{2024, 4, 3}));
}

TEST(DocumentEntryDateTest, MonthFirstDashesAreReadSoListWide) {
  auto doc = Parse(
      "- [01-05-2016] [A](https://a.example)\n"
      "- [11-23-2015] [B](https://b.example)\n"
      "- [10-02-2015] [C](https://c.example)\n");
  ASSERT_EQ(doc.entries().size(), 3u);
  for (const Entry& entry : doc.entries()) EXPECT_EQ(entry.date.format, "MM-DD-YYYY");
  EXPECT_EQ(doc.entries()[0].date.date, (CalendarDate{2016, 1, 5}));
  EXPECT_EQ(doc.entries()[1].date.date, (CalendarDate{2015, 11, 23}));
}

TEST(DocumentEntryDateTest, OtherSeparatorsSpeakForOneThatSaysNothing) {
  auto doc = Parse(
      "- [13/04/2024] [A](https://a.example)\n"
      "- [03-04-2024] [B](https://b.example)\n");
  EXPECT_EQ(doc.entries()[1].date.format, "DD-MM-YYYY");
}

TEST(DocumentEntryDateTest, TheArxivMonthOfTheEntrysPaperDecides) {
  auto doc = Parse(
      "- [05-06-2023] [A](https://arxiv.org/abs/2306.01234)\n"
      "- [02-03-2023] [B](https://example.org/b) [paper](https://arxiv.org/pdf/2303.04321v2)\n"
      "- [04-05-2023] [C](https://example.org/c)\n");
  for (const Entry& entry : doc.entries()) EXPECT_EQ(entry.date.format, "DD-MM-YYYY");
  EXPECT_EQ(doc.entries()[0].date.date, (CalendarDate{2023, 6, 5}));
  EXPECT_EQ(doc.entries()[2].date.date, (CalendarDate{2023, 5, 4}));
  // A paper of another year says nothing; neither does a date that reads the same both ways.
  auto silent = Parse(
      "- [05-06-2023] [A](https://arxiv.org/abs/2206.01234)\n"
      "- [06-06-2023] [B](https://arxiv.org/abs/2306.01234)\n");
  EXPECT_EQ(silent.entries()[0].date.format, "NN-NN-YYYY");
}

// Found by fuzz_pipeline: category-tag's fix of "**Pa\nhology**:" joined two lines.
TEST(DocumentEntryTitleTest, BoldTextOverALineBreakIsNoTag) {
  auto doc =
      Parse("- **Pa\nhology**: [T](https://t.example)\n- **Pathology**: [U](https://u.example)\n");
  ASSERT_EQ(doc.entries().size(), 2u);
  EXPECT_TRUE(doc.entries()[0].tags.empty());
  ASSERT_EQ(doc.entries()[1].tags.size(), 1u);
}

TEST(DocumentEntryTitleTest, TagThenBoldTitleThenGenericLink) {
  auto doc = Parse("- **LLM**: **Great Title** [pdf](https://example.org/g.pdf) - desc\n");
  ASSERT_EQ(doc.entries().size(), 1u);
  const Entry& e = doc.entries()[0];
  ASSERT_EQ(e.tags.size(), 1u);
  EXPECT_EQ(e.tags[0].name, "LLM");
  EXPECT_EQ(e.title, "Great Title");
  EXPECT_EQ(e.description, "desc");
}

TEST(DocumentEntryTitleTest, GenericLinkWithoutABoldTitleIsTitledByTheTextBeforeIt) {
  auto doc = Parse(
      "- Some paper [pdf](https://example.org/p.pdf)\n"
      "- Learning Hierarchical Features (2013), C. Farabet et al. [[pdf]](https://e.org/f.pdf)\n"
      "- [pdf](https://example.org/q.pdf)\n"
      "- 2024-05-01 [pdf](https://example.org/r.pdf)\n");
  ASSERT_EQ(doc.entries().size(), 4u);
  EXPECT_EQ(doc.entries()[0].title, "Some paper");
  EXPECT_EQ(doc.entries()[1].title, "Learning Hierarchical Features");
  EXPECT_EQ(doc.entries()[2].title, "pdf");  // nothing else names it
  EXPECT_EQ(doc.entries()[3].title, "pdf");
}

TEST(DocumentEntryTitleTest, ItemsWithoutARealLinkAreNotEntries) {
  auto doc = Parse(
      "- [Intro](#intro)\n"
      "- [Usage](#usage)\n"
      "- Plain item\n"
      "- ![Image only](https://x.example/i.png)\n"
      "- [Paper](https://p.example)\n");
  ASSERT_EQ(doc.entries().size(), 1u);
  EXPECT_EQ(doc.entries()[0].title, "Paper");
  EXPECT_EQ(doc.entries()[0].line, 5);
  EXPECT_EQ(doc.EntryOf(0), -1);
}

TEST(DocumentEntryTitleTest, TitleParagraphThenOnlyBadges) {
  auto doc = Parse(
      "## Models\n"
      "\n"
      "- **Great Model**\n"
      "\n"
      "  [![arXiv](https://img.shields.io/badge/arXiv-2307.14334-b31b1b.svg)]"
      "(https://arxiv.org/abs/2307.14334) "
      "[![GitHub](https://img.shields.io/github/stars/o/r)](https://github.com/o/r)\n");
  ASSERT_EQ(doc.entries().size(), 1u);
  const Entry& e = doc.entries()[0];
  EXPECT_EQ(e.line, 3);
  EXPECT_EQ(Begin(*doc, e.span), P(3, 3));
  EXPECT_EQ(End(*doc, e.span), P(5, 182));
  EXPECT_EQ(e.title, "Great Model");
  EXPECT_EQ(e.title_link, 0);
  EXPECT_EQ(e.badges, (std::vector<int>{0, 2}));
  EXPECT_TRUE(e.other_links.empty());
  EXPECT_EQ(e.description, "");
  EXPECT_EQ(e.section, 0);
  for (int link = 0; link < 4; ++link) EXPECT_EQ(doc.EntryOf(link), 0) << link;
}

TEST(DocumentEntryTitleTest, EntrySpanCoversEveryParagraphOfTheItem) {
  auto doc = Parse("- [T](https://t.example)\n\n  More about it.\n- [U](https://u.example)\n");
  ASSERT_EQ(doc.entries().size(), 2u);
  EXPECT_EQ(At(*doc, doc.entries()[0].span), "[T](https://t.example)\n\n  More about it.");
  EXPECT_EQ(doc.entries()[0].description, "More about it.");
  EXPECT_EQ(doc.entries()[1].line, 4);
}

TEST(DocumentEntryTitleTest, DescriptionSeparatorsAndWhiteSpace) {
  auto doc = Parse(
      "- [A](https://a.example) \xE2\x80\x94 Em dash desc.\n"
      "- [B](https://b.example) \xE2\x80\x93 En dash.\n"
      "- [C](https://c.example): Colon,   spaced\n"
      "  over lines.\n"
      "- [D](https://d.example), comma\n"
      "- [E](https://e.example) | pipe\n");
  ASSERT_EQ(doc.entries().size(), 5u);
  EXPECT_EQ(doc.entries()[0].description, "Em dash desc.");
  EXPECT_EQ(doc.entries()[1].description, "En dash.");
  EXPECT_EQ(doc.entries()[2].description, "Colon, spaced over lines.");
  EXPECT_EQ(doc.entries()[3].description, "comma");
  EXPECT_EQ(doc.entries()[4].description, "pipe");
}

// --- Sections --------------------------------------------------------------------

TEST(DocumentSectionTest, SubSectionsFromEnclosingItems) {
  auto doc = Parse(
      "# List\n"
      "\n"
      "## Databases\n"
      "\n"
      "- NoSQL\n"
      "  - CouchDB\n"
      "    - [Tool](https://example.org/tool) - desc\n"
      "- [Top](https://top.example)\n");
  ASSERT_EQ(doc.entries().size(), 2u);
  const Entry& tool = doc.entries()[0];
  EXPECT_EQ(tool.line, 7);
  EXPECT_EQ(tool.section, 1);
  EXPECT_EQ(tool.subsection, "NoSQL > CouchDB");
  EXPECT_EQ(SectionPath(*doc, tool), "List > Databases > NoSQL > CouchDB");
  const Entry& top = doc.entries()[1];
  EXPECT_EQ(top.subsection, "");
  EXPECT_EQ(SectionPath(*doc, top), "List > Databases");
}

TEST(DocumentSectionTest, EntriesBeforeAnyHeading) {
  auto doc = Parse("- Group\n  - [A](https://a.example)\n");
  ASSERT_EQ(doc.entries().size(), 1u);
  EXPECT_EQ(doc.entries()[0].section, -1);
  EXPECT_EQ(SectionPath(*doc, doc.entries()[0]), "Group");
  EXPECT_EQ(doc->SectionPath(-1), "");
}

TEST(DocumentSectionTest, LongItemLabelsAreShortened) {
  auto doc = Parse(
      "- A very long group label that goes on and on and on beyond sixty characters easily\n"
      "  - [F](https://f.example)\n");
  ASSERT_EQ(doc.entries().size(), 1u);
  EXPECT_EQ(doc.entries()[0].subsection,
            "A very long group label that goes on and on and on beyond...");
}

// --- Headings --------------------------------------------------------------------

TEST(DocumentHeadingTest, LevelsParentsAndPaths) {
  auto doc = Parse("# A\n## B\n### C\n## D\n#### E\n# F\n");
  const auto& h = doc->headings();
  ASSERT_EQ(h.size(), 6u);
  std::vector<int> levels, parents;
  for (const Heading& heading : h) {
    levels.push_back(heading.level);
    parents.push_back(heading.parent);
  }
  EXPECT_EQ(levels, (std::vector<int>{1, 2, 3, 2, 4, 1}));
  EXPECT_EQ(parents, (std::vector<int>{-1, 0, 1, 0, 3, -1}));
  EXPECT_EQ(doc->SectionPath(2), "A > B > C");
  EXPECT_EQ(doc->SectionPath(4), "A > D > E");
  EXPECT_EQ(doc->SectionPath(5), "F");
  EXPECT_EQ(h[2].span, (Span{9, 14}));
  EXPECT_EQ(At(*doc, h[2].span), "### C");
}

TEST(DocumentHeadingTest, TextAndSlugs) {
  auto doc = Parse(
      "# Models  and   Data\n"
      "\n"
      "## 🚀 *Getting* `Started`\n"
      "\n"
      "Setext\n"
      "------\n"
      "\n"
      "## Models  and   Data\n");
  const auto& h = doc->headings();
  ASSERT_EQ(h.size(), 4u);
  EXPECT_EQ(h[0].text, "Models  and   Data");
  EXPECT_EQ(h[0].slug, "models--and---data");
  EXPECT_EQ(doc->SectionPath(0), "Models and Data");
  EXPECT_EQ(h[1].text, "🚀 Getting Started");
  EXPECT_EQ(h[1].slug, "-getting-started");
  EXPECT_EQ(h[2].level, 2);
  EXPECT_EQ(h[2].text, "Setext");
  EXPECT_EQ(Begin(*doc, h[2].span), P(5, 1));
  EXPECT_EQ(h[3].slug, "models--and---data-1");
}

// --- Directives ------------------------------------------------------------------

constexpr std::string_view kDirectives =
    "# List\n"
    "\n"
    "<!-- awesomelint-disable-next-line date-format -->\n"
    "- [Tool](https://example.org/tool) - desc <!-- awesomelint-disable-line https -->\n"
    "\n"
    "<!-- awesomelint-disable date-order, https -->\n"
    "<!-- awesomelint-enable -->\n"
    "<!-- just a note -->\n"
    "<!-- awesomelint-bogus x -->\n"
    "```\n"
    "<!-- awesomelint-disable-file -->\n"
    "```\n"
    "<!--awesomelint-disable-file-->\n"
    "\n"
    "<!--\n"
    "awesomelint-disable toc-anchors,arxiv-id\n"
    "-->\n";

TEST(DocumentDirectiveTest, KindsRulesLinesAndSpans) {
  auto doc = Parse(std::string(kDirectives));
  const auto& d = doc->directives();
  ASSERT_EQ(d.size(), 7u);

  EXPECT_EQ(d[0].kind, Directive::Kind::kDisableNextLine);
  EXPECT_EQ(d[0].rules, (std::vector<std::string>{"date-format"}));
  EXPECT_EQ(d[0].line, 3);
  EXPECT_EQ(d[0].span, (Span{8, 58}));
  EXPECT_EQ(At(*doc, d[0].span), "<!-- awesomelint-disable-next-line date-format -->");

  EXPECT_EQ(d[1].kind, Directive::Kind::kDisableLine);
  EXPECT_EQ(d[1].rules, (std::vector<std::string>{"https"}));
  EXPECT_EQ(d[1].line, 4);
  EXPECT_EQ(Begin(*doc, d[1].span), P(4, 43));
  EXPECT_EQ(At(*doc, d[1].span), "<!-- awesomelint-disable-line https -->");

  EXPECT_EQ(d[2].kind, Directive::Kind::kDisable);
  EXPECT_EQ(d[2].rules, (std::vector<std::string>{"date-order", "https"}));
  EXPECT_EQ(d[2].line, 6);

  EXPECT_EQ(d[3].kind, Directive::Kind::kEnable);
  EXPECT_TRUE(d[3].rules.empty());
  EXPECT_EQ(d[3].line, 7);

  // A misspelt kind is kept for inline-config to report, and suppresses nothing.
  EXPECT_EQ(d[4].kind, Directive::Kind::kUnknown);
  EXPECT_EQ(d[4].name, "bogus");
  EXPECT_EQ(d[4].line, 9);

  EXPECT_EQ(d[5].kind, Directive::Kind::kDisableFile);  // not the one in the code block
  EXPECT_TRUE(d[5].rules.empty());
  EXPECT_EQ(d[5].line, 13);

  EXPECT_EQ(d[6].kind, Directive::Kind::kDisable);
  EXPECT_EQ(d[6].rules, (std::vector<std::string>{"toc-anchors", "arxiv-id"}));
  EXPECT_EQ(d[6].line, 15);
  EXPECT_EQ(End(*doc, d[6].span), P(17, 4));
}

TEST(DocumentDirectiveTest, DirectiveCommentsDoNotDisturbTheEntry) {
  auto doc = Parse(std::string(kDirectives));
  ASSERT_EQ(doc.entries().size(), 1u);
  EXPECT_EQ(doc.entries()[0].title, "Tool");
  EXPECT_EQ(doc.entries()[0].description, "desc");
  EXPECT_EQ(doc.entries()[0].line, 4);
}

// remark-lint's comments, which awesome-lint lists use: disable and enable switch
// rules as awesomelint's own do; ignore reaches to the end of the node after it.
TEST(DocumentDirectiveTest, RemarkLintCommentsAndWhatIgnoreCovers) {
  auto doc = Parse(
      "# List\n"                                                                  // 1
      "\n"                                                                        // 2
      "<!--lint ignore double-link awesome-list-item-->\n"                        // 3
      "- [A](https://a.org) - one.\n"                                             // 4
      "- [B](https://b.org) - two.\n"                                             // 5
      "\n"                                                                        // 6
      "<!--lint disable awesome-spell-check-->\n"                                 // 7
      "Paragraph.\n"                                                              // 8
      "<!--lint enable-->\n"                                                      // 9
      "\n"                                                                        // 10
      "- [C](https://c.org) <!--lint ignore double-link--> [D](https://d.org)\n"  // 11
      "<!--lint disabel x-->\n"                                                   // 12
      "\n"                                                                        // 13
      "<!--lint ignore-->\n");                                                    // 14
  const auto& d = doc->directives();
  ASSERT_EQ(d.size(), 6u);
  EXPECT_TRUE(d[0].lint_comment);
  EXPECT_EQ(d[0].kind, Directive::Kind::kIgnoreNext);
  EXPECT_EQ(d[0].rules, (std::vector<std::string>{"double-link", "awesome-list-item"}));
  EXPECT_EQ(d[0].line, 3);
  EXPECT_EQ(d[0].ignore_through, 5) << "the whole list after it";
  EXPECT_EQ(d[1].kind, Directive::Kind::kDisable);
  EXPECT_EQ(d[1].line, 7);
  EXPECT_EQ(d[2].kind, Directive::Kind::kEnable);
  EXPECT_TRUE(d[2].rules.empty());
  EXPECT_EQ(d[3].kind, Directive::Kind::kIgnoreNext);  // inline: the link after it
  EXPECT_EQ(d[3].line, 11);
  EXPECT_EQ(d[3].ignore_through, 11);
  EXPECT_EQ(d[4].kind, Directive::Kind::kUnknown);
  EXPECT_EQ(d[4].name, "disabel");
  EXPECT_EQ(d[5].kind, Directive::Kind::kIgnoreNext);
  EXPECT_EQ(d[5].ignore_through, 0) << "nothing after it: it ignores nothing";
  for (const Directive& directive : d) EXPECT_TRUE(directive.lint_comment);
}

TEST(DocumentDirectiveTest, AnIgnoreAtASegmentsEndReachesIntoTheNext) {
  std::string text = "# List\n\n";
  for (int i = 0; i < 200; ++i)
    text += "- [Item](https://example.org/" + std::to_string(i) + ")\n\n";
  text += "<!--lint ignore double-link-->\n";
  int comment_line = 2 + 200 * 2 + 1;
  text += "\n- [Last](https://example.org/x)\n- [Next](https://example.org/y)\n";
  for (size_t segment : {size_t{1}, Document::kSegmentBytes}) {
    SCOPED_TRACE(segment);
    auto doc = Parse(text, segment);
    ASSERT_EQ(doc->directives().size(), 1u);
    EXPECT_EQ(doc->directives()[0].line, comment_line);
    EXPECT_EQ(doc->directives()[0].ignore_through, comment_line + 3);
  }
}

// --- Large documents are parsed in segments ------------------------------------

std::string Dump(const TestList& list) {
  return testing::DumpParsedFile(list.file);
}

constexpr std::string_view kLongList =
    "# Awesome\n"
    "\n"
    "## Models\n"
    "\n"
    "- [03/04/2024] **LLM**: [A](https://a.example) - first\n"
    "- [13/04/2024] **LLM**: [B](https://b.example) - second\n"
    "  continued lazily\n"
    "- Group\n"
    "  - [C](https://c.example) <https://c.example/more>\n"
    "\n"
    "<!--\n"
    "- [Hidden](https://hidden.example)\n"
    "\n"
    "- [Also hidden](https://hidden2.example)\n"
    "-->\n"
    "\n"
    "```\n"
    "- [In code](https://code.example)\n"
    "\n"
    "- [Still code](https://code2.example)\n"
    "```\n"
    "\n"
    "<details>\n"
    "<summary>More</summary>\n"
    "\n"
    "- [Inside](https://inside.example)\n"
    "\n"
    "</details>\n"
    "\n"
    "<pre>\n"
    "\n"
    "- [Pre](https://pre.example)\n"
    "</pre>\n"
    "\n"
    "## Models\n"
    "\n"
    "| Date | Title |\n"
    "| --- | --- |\n"
    "| 2024-05-01 | [D](https://d.example) |\n"
    "\n"
    "Paragraph with https://bare.example and\n"
    "- [E](https://e.example) www.e.example\n"
    "+ [F](https://f.example)\n"
    "* [G](https://g.example)\n"
    "\n"
    "<!-- awesomelint-disable-next-line https -->\n"
    "1. [H](http://h.example)\n";

TEST(DocumentSegmentTest, TheLongListHasBoundaries) {
  EXPECT_GT(SegmentBoundaries(kLongList).size(), 5u);
}

TEST(DocumentSegmentTest, SegmentedParseEqualsWholeParse) {
  for (std::string_view text : {kLongList, kEntries, kTable, kHtml, kDirectives}) {
    auto whole = Parse(std::string(text), std::numeric_limits<size_t>::max());
    auto pieces = Parse(std::string(text), 1);
    EXPECT_EQ(Dump(pieces), Dump(whole)) << text;
  }
}

TEST(DocumentSegmentTest, WhatTheLongListHolds) {
  auto doc = Parse(std::string(kLongList), 1);
  std::vector<std::string> urls;
  for (const Link& link : doc->links()) urls.push_back(link.url);
  EXPECT_EQ(urls, (std::vector<std::string>{
                      "https://a.example", "https://b.example", "https://c.example",
                      "https://c.example/more", "https://inside.example", "https://d.example",
                      "https://bare.example", "https://e.example", "http://www.e.example",
                      "https://f.example", "https://g.example", "http://h.example"}));
  ASSERT_EQ(doc->headings().size(), 3u);
  EXPECT_EQ(doc->headings()[2].slug, "models-1");
  ASSERT_EQ(doc.entries().size(), 9u);
  EXPECT_EQ(doc.entries()[0].date.format, "DD/MM/YYYY");  // "13/04/2024" decides for all
  EXPECT_EQ(doc.entries()[0].date.date, (CalendarDate{2024, 4, 3}));
  EXPECT_EQ(doc.entries()[1].description, "second continued lazily");
  EXPECT_EQ(doc.entries()[2].subsection, "Group");
  EXPECT_EQ(doc.entries()[4].section, 2);
  EXPECT_EQ(doc.entries()[4].shape, EntryShape::kTableRow);
  ASSERT_EQ(doc->directives().size(), 1u);
  EXPECT_EQ(doc->directives()[0].line, 46);
}

// Every fixture of the repository, cut and spliced with Markdown that opens and
// closes blocks (fences, HTML comments, <details>, lists, tables) and with line
// breaks ("\r" among them): parsing in the smallest segments must give what one
// whole parse gives. Deterministic seeds.
TEST(DocumentSegmentTest, SegmentedParseEqualsWholeParseOnMutatedFixtures) {
  namespace fs = std::filesystem;
  std::vector<std::string> texts;
  for (const auto& file :
       fs::recursive_directory_iterator(fs::path(AWESOMELINT_SOURCE_DIR) / "tests")) {
    if (!file.is_regular_file() || file.path().extension() != ".md") continue;
    std::ifstream in(file.path(), std::ios::binary);
    texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (texts.back().empty()) texts.pop_back();  // an empty fixture: nothing to cut from
  }
  ASSERT_GT(texts.size(), 20u);
  const std::vector<std::string> pieces = {"[",
                                           "](",
                                           "![",
                                           ")",
                                           "<",
                                           ">",
                                           "**",
                                           "\n",
                                           "\n\n",
                                           "* ",
                                           "- ",
                                           "+ ",
                                           "1. ",
                                           "2. ",
                                           "| ",
                                           "|---|\n",
                                           "<!--",
                                           "-->",
                                           "<a href=\"",
                                           "<img src=",
                                           "`",
                                           "```\n",
                                           "~~~\n",
                                           "\\",
                                           "#",
                                           "## ",
                                           "===\n",
                                           "---\n",
                                           " [12.13.2024] ",
                                           "http://",
                                           "&amp;",
                                           "\t",
                                           "    ",
                                           "> ",
                                           "<div>\n",
                                           "</div>\n",
                                           "<pre>\n",
                                           "</pre>\n",
                                           "\n* ",
                                           "\n\n* ",
                                           "\n```\n",
                                           "\n<!--\n",
                                           "\n-->\n",
                                           "\n<details>\n",
                                           "\n</details>\n",
                                           "\n    ```\n",
                                           "\r",
                                           "\r\n",
                                           "\r\r\n"};
  std::mt19937 random(20261128);
  for (int round = 0; round < 300; ++round) {
    const std::string& base = texts[random() % texts.size()];
    size_t begin = random() % base.size();
    std::string text = base.substr(begin, random() % 3000);
    for (int edits = 1 + random() % 40; edits > 0; --edits)
      text.insert(random() % (text.size() + 1), pieces[random() % pieces.size()]);
    auto whole = Parse(text, std::numeric_limits<size_t>::max());
    auto segmented = Parse(text, 1);
    ASSERT_EQ(Dump(segmented), Dump(whole)) << "round " << round << ":\n" << text;
  }
}

// --- Line endings: "\n", "\r\n" and a lone "\r", as CommonMark reads them --------
//
// cmark-gfm ends a line at "\n", "\r\n" and at a "\r" on its own, and gives its
// positions in those lines; the Document's line index (what reports number)
// counts "\n" lines. Links, headings and blocks must still be found at their
// bytes, parsed whole or in segments. The inputs below come from the fuzz target
// fuzz_pipeline, which found the whole parse and the segmented one disagreeing.

// Parses `text` whole and in the smallest segments, expects the same Document,
// and returns the whole parse.
TestList ParseWholeAndInSegments(const std::string& text) {
  auto whole = Parse(text, std::numeric_limits<size_t>::max());
  auto pieces = Parse(text, 1);
  EXPECT_EQ(Dump(pieces), Dump(whole)) << text;
  return whole;
}

// The text with "\r\n" and lone "\r"s as "\n".
std::string WithNewlines(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else if (i + 1 == text.size() || text[i + 1] != '\n') {
      out += '\n';
    }
  }
  return out;
}

// fuzz_pipeline-crash-1447902a: "\r\r\n" is two line breaks to cmark-gfm, which
// put the link on its line 3; the index of "\n" lines has two, so the link was
// looked for past the end of the text and got the empty span 31-31.
TEST(DocumentLineEndingTest, LoneCarriageReturnBeforeCrLf) {
  auto doc = ParseWholeAndInSegments("# A\r\r\n- [B](https://b.example)\n");
  ASSERT_EQ(doc->links().size(), 1u);
  const Link& link = doc->links()[0];
  EXPECT_EQ(link.span, (Span{8, 30}));
  EXPECT_EQ(At(*doc, link.span), "[B](https://b.example)");
  EXPECT_EQ(At(*doc, link.dest), "https://b.example");
  EXPECT_EQ(Begin(*doc, link.span), P(2, 3));  // reports count "\n" lines
  ASSERT_EQ(doc->headings().size(), 1u);
  EXPECT_EQ(At(*doc, doc->headings()[0].span), "# A");
  ASSERT_EQ(doc.entries().size(), 1u);
  EXPECT_EQ(At(*doc, doc.entries()[0].span), "[B](https://b.example)");
  EXPECT_EQ(doc.entries()[0].line, 2);
}

// fuzz_pipeline-crash-2a918df5 (as found): a CRLF list with one "\r\r\n"; the
// last entry lost its link, date and tag (its block was looked for past the end).
TEST(DocumentLineEndingTest, CrLfListWithOneLoneCarriageReturn) {
  auto doc = ParseWholeAndInSegments(
      "# CRLF list\r\r\n\n- [12.06.2#contentsg**: [A](https:[(]ab)\n//a.example)\r\n"
      "- [11.06.2024] **Tag**: [B](lttsp://b.exa*ple)\r\n");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(At(*doc, doc->links()[0].span), "[B](lttsp://b.exa*ple)");
  ASSERT_EQ(doc.entries().size(), 1u);
  const Entry& entry = doc.entries()[0];
  EXPECT_EQ(At(*doc, entry.span), "[11.06.2024] **Tag**: [B](lttsp://b.exa*ple)");
  EXPECT_EQ(entry.line, 5);
  EXPECT_EQ(entry.date.text, "11.06.2024");
  ASSERT_EQ(entry.tags.size(), 1u);
  EXPECT_EQ(entry.tags[0].name, "Tag");
  EXPECT_EQ(entry.title, "B");
}

// fuzz_pipeline-crash-38b31ec6, -6ae45274 (minimised): a "\r" inside what would
// be a link's destination (it is no link then); every block after it was looked
// for one line too far down: headings and links got empty spans.
TEST(DocumentLineEndingTest, LoneCarriageReturnInsideADestination) {
  auto doc = ParseWholeAndInSegments(
      "- [Missing](#no-such-sec\"ko\rn)\n"
      "\n"
      "## Foundation models\n"
      "\n"
      "- [Data sets](#data-sets) [Code](https://github.com/o/model\r54746) "
      "[![Star](https://img.example/s.svg)](https://github.com/o/m)\n"
      "- [Last](https://last.example)\n");
  std::vector<std::string> spans;
  for (const Link& link : doc->links()) spans.push_back(At(*doc, link.span));
  EXPECT_EQ(spans, (std::vector<std::string>{
                       "[Data sets](#data-sets)", "https://github.com/o/model",
                       "[![Star](https://img.example/s.svg)](https://github.com/o/m)",
                       "![Star](https://img.example/s.svg)", "[Last](https://last.example)"}));
  ASSERT_EQ(doc->headings().size(), 1u);
  EXPECT_EQ(At(*doc, doc->headings()[0].span), "## Foundation models");
  // "54746) " after the "\r" starts an ordered list: three entries, the first two on line 5.
  ASSERT_EQ(doc.entries().size(), 3u);
  EXPECT_EQ(At(*doc, doc.entries()[1].span),
            "[![Star](https://img.example/s.svg)](https://github.com/o/m)");
  EXPECT_EQ(doc.entries()[1].line, 5);
  EXPECT_EQ(doc.entries()[2].title, "Last");
  EXPECT_EQ(doc.entries()[2].line, 6);
}

// fuzz_pipeline-crash-a9002f5a (minimised): a "\r" inside a badge's image URL;
// the HTML block after it was read one line too far down (its directive went
// missing) and the heading after that got an empty span.
TEST(DocumentLineEndingTest, LoneCarriageReturnBeforeAnHtmlBlock) {
  auto doc = ParseWholeAndInSegments(
      "[![Model on HF](https://hf.example/badge-on-hf\rmd.svg)](https://hf.example/model)\n"
      "\n"
      "<!-- awesomelint-disable date-order -->\n"
      "\n"
      "## Contents\n");
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(At(*doc, doc->links()[0].span),
            "[![Model on HF](https://hf.example/badge-on-hf\rmd.svg)](https://hf.example/model)");
  ASSERT_EQ(doc->directives().size(), 1u);
  EXPECT_EQ(At(*doc, doc->directives()[0].span), "<!-- awesomelint-disable date-order -->");
  EXPECT_EQ(doc->directives()[0].line, 3);
  ASSERT_EQ(doc->headings().size(), 1u);
  EXPECT_EQ(At(*doc, doc->headings()[0].span), "## Contents");
}

// fuzz_pipeline-crash-a702abd8 (minimised): a "\r" in a paragraph's line; the
// heading after it got the next line's span.
TEST(DocumentLineEndingTest, LoneCarriageReturnInAParagraph) {
  auto doc = ParseWholeAndInSegments(
      "Text https://huggingface.c\ro/paige-ai/Virchow)\n"
      "# Directive\n"
      "- [C](http://c.example)\n");
  ASSERT_EQ(doc->headings().size(), 1u);
  EXPECT_EQ(At(*doc, doc->headings()[0].span), "# Directive");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_EQ(At(*doc, doc->links()[0].span), "https://huggingface.c");
  EXPECT_EQ(At(*doc, doc->links()[1].span), "[C](http://c.example)");
}

// fuzz_pipeline-crash-65ce9152 (minimised): 109 lone "\r"s after an entry are 109
// blank lines; everything after them was looked for past the end of the text.
TEST(DocumentLineEndingTest, BlankLinesOfLoneCarriageReturns) {
  auto doc = ParseWholeAndInSegments("* [01.01.2023] [UNI again](https://uni.example)" +
                                     std::string(109, '\r') +
                                     "\n* [Space](https://space.example)\n\n## Next\n");
  ASSERT_EQ(doc->links().size(), 2u);
  EXPECT_EQ(At(*doc, doc->links()[0].span), "[UNI again](https://uni.example)");
  EXPECT_EQ(At(*doc, doc->links()[1].span), "[Space](https://space.example)");
  ASSERT_EQ(doc->headings().size(), 1u);
  EXPECT_EQ(At(*doc, doc->headings()[0].span), "## Next");
  ASSERT_EQ(doc.entries().size(), 2u);
  EXPECT_EQ(doc.entries()[1].line, 2);
}

// Whole files with "\r\n" or "\r" line endings hold what their "\n" versions hold,
// at the same bytes once the line endings are "\n" again.
TEST(DocumentLineEndingTest, CrLfAndCrFilesHoldWhatNewlineFilesHold) {
  for (std::string_view text : {kLongList, kEntries, kTable, kHtml, kDirectives}) {
    auto expected = Parse(std::string(text));
    for (std::string_view ending : {"\r\n", "\r"}) {
      std::string converted;
      for (char c : text) converted += c == '\n' ? std::string(ending) : std::string(1, c);
      auto doc = ParseWholeAndInSegments(converted);
      ASSERT_EQ(doc->links().size(), expected->links().size()) << converted;
      for (size_t i = 0; i < doc->links().size(); ++i) {
        EXPECT_EQ(WithNewlines(At(*doc, doc->links()[i].span)),
                  At(*expected, expected->links()[i].span));
        EXPECT_EQ(doc->links()[i].url, expected->links()[i].url);
      }
      ASSERT_EQ(doc->headings().size(), expected->headings().size());
      for (size_t i = 0; i < doc->headings().size(); ++i)
        EXPECT_EQ(WithNewlines(At(*doc, doc->headings()[i].span)),
                  At(*expected, expected->headings()[i].span));
      ASSERT_EQ(doc.entries().size(), expected.entries().size());
      for (size_t i = 0; i < doc.entries().size(); ++i) {
        const Entry& entry = doc.entries()[i];
        EXPECT_EQ(WithNewlines(At(*doc, entry.span)), At(*expected, expected.entries()[i].span));
        EXPECT_EQ(entry.title, expected.entries()[i].title);
        EXPECT_EQ(entry.description, expected.entries()[i].description);
        // "\r" ends no line that reports count.
        EXPECT_EQ(entry.line, ending == "\r" ? 1 : expected.entries()[i].line);
      }
      ASSERT_EQ(doc->directives().size(), expected->directives().size());
      for (size_t i = 0; i < doc->directives().size(); ++i)
        EXPECT_EQ(doc->directives()[i].rules, expected->directives()[i].rules);
    }
  }
}

// Segments are cut at cmark-gfm's lines too: "- " before a lone "\r" is an empty
// item, which cannot interrupt a paragraph (here it underlines a heading), so no
// piece may start there.
TEST(DocumentLineEndingTest, SegmentsAreCutAtCommonMarkLines) {
  auto doc = ParseWholeAndInSegments("[A](https://a.example)\n- \r[B](https://b.example)\n");
  ASSERT_EQ(doc->headings().size(), 1u);
  EXPECT_EQ(At(*doc, doc->headings()[0].span), "[A](https://a.example)\n- ");
  for (const Block& block : doc->blocks()) EXPECT_NE(block.kind, Block::Kind::kListItem);
  // A line after a blank one made of lone "\r"s may start a piece.
  EXPECT_EQ(SegmentBoundaries("a\r\rb\n"), (std::vector<size_t>{3}));
  EXPECT_EQ(SegmentBoundaries("a\r- b\r\n- c\r"), (std::vector<size_t>{2, 7}));
}

// A piece ends inside a fenced code block or an HTML block by cmark-gfm's lines:
// the "- [x]" line after each is code, not a list item.
TEST(DocumentLineEndingTest, OpenBlocksAreToldByCommonMarkLines) {
  for (std::string text : {"a\rb\n```\n- [x](https://x.example)\n```\n",
                           "a\r\r<pre>\nq\n<!-- -->\n- [x](https://x.example)\n</pre>\n"}) {
    auto doc = ParseWholeAndInSegments(text);
    EXPECT_TRUE(doc->links().empty()) << text;
    for (const Block& block : doc->blocks())  // the first line's paragraph only
      EXPECT_EQ(block.kind, Block::Kind::kParagraph) << text;
  }
}

// `piece` `times` times.
std::string Repeat(std::string_view piece, size_t times) {
  std::string out;
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// The parse limits read cmark-gfm's lines: blank lines of lone "\r"s inside deep
// lists cost it as much as "\n" ones, and a table's rows may end with "\r".
TEST(DocumentLineEndingTest, ParseLimitsReadCommonMarkLines) {
  std::string deep = "# Deep\r\r";
  deep += Repeat("- ", 10000);
  deep += "x\n";
  deep += std::string(10000, '\r');
  std::string error = ErrorOf([&] { Parse(deep); });
  EXPECT_NE(error.find("README.md:2: blank lines inside lists nested 10000 deep (line 1)"),
            std::string::npos)
      << error;
  std::string table = "|";
  table += Repeat("a|", 1000);
  table += "\r|";
  table += Repeat("-|", 1000);
  table += "\r";
  table += Repeat("x\r", 10000);
  error = ErrorOf([&] { Parse(table); });
  EXPECT_NE(error.find("README.md:1: the table here (1000 columns, line 1)"), std::string::npos)
      << error;
  // Paragraphs that lone "\r"s separate are scanned one by one.
  std::string paragraphs = "# T\r\r";
  paragraphs += Repeat("x <? y\r\r", 2000);
  paragraphs += "[a](https://a.example)\n";
  EXPECT_EQ(Parse(paragraphs)->links().size(), 1u);
}

// A megabyte of lone "\r"s, one "\n" line of a million CommonMark lines: the
// scans before parsing look for its "\n" once, not once per line.
TEST(DocumentLineEndingTest, AMillionLoneCarriageReturns) {
  std::string text = "# T\r";
  text += std::string(1 << 20, '\r');
  text += "- [a](https://a.example)\r";
  text += std::string(1 << 20, '\r');
  auto doc = Parse(text);
  ASSERT_EQ(doc->links().size(), 1u);
  EXPECT_EQ(At(*doc, doc->links()[0].span), "[a](https://a.example)");
  ASSERT_EQ(doc.entries().size(), 1u);
  EXPECT_EQ(doc.entries()[0].line, 1);
  EXPECT_FALSE(SegmentBoundaries(text).empty());
}

}  // namespace
}  // namespace awesomelint
