// Entries in every shape real lists use: paragraphs (lines kept apart by "<br>",
// a backslash or plain breaks), block quotes, HTML tables and lists, sections
// named by <details><summary>; and the blocks with links that are not entries.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "awesomelint/entries/entries.h"
#include "tests/support/document_dump.h"

namespace awesomelint {
namespace {

ParsedFile Read(std::string text) {
  return ParseFile("README.md", std::move(text));
}

std::string_view At(const ParsedFile& file, Span span) {
  return file.doc->text().substr(span.begin, span.size());
}

std::string LinkText(const ParsedFile& file, int link) {
  return file.doc->links()[link].text;
}

TEST(ParagraphEntryTest, BoldTitleAuthorsLinksAndADateLineJoinedByBackslashes) {
  ParsedFile file = Read(
      "# Papers\n\n## Vision\n\n"
      "**Closed-Form Diffusion Models** \\\n"
      "*Christopher Scarvelis, Justin Solomon* \\\n"
      "arXiv 2023. [[Paper](https://arxiv.org/abs/2310.12395)] "
      "[[Github](https://github.com/o/cfdm)] \\\n"
      "19 Oct 2023\n\n"
      "**Unseen Image Synthesis** \\\n"
      "*Ye Zhu* \\\n"
      "arXiv 2023. [[Paper](https://arxiv.org/abs/2310.09213)] \\\n"
      "13 Oct 2023\n");
  ASSERT_EQ(file.entries.size(), 2u);
  const Entry& e = file.entries[0];
  EXPECT_EQ(e.shape, EntryShape::kParagraph);
  EXPECT_EQ(e.line, 5);
  EXPECT_EQ(e.end_line, 8);
  EXPECT_EQ(SectionPath(*file.doc, e), "Papers > Vision");
  EXPECT_EQ(e.title, "Closed-Form Diffusion Models");
  EXPECT_EQ(file.doc->links()[e.title_link].url, "https://arxiv.org/abs/2310.12395");
  ASSERT_EQ(e.other_links.size(), 1u);
  EXPECT_EQ(LinkText(file, e.other_links[0]), "Github");
  ASSERT_TRUE(e.has_date);
  EXPECT_EQ(e.date.text, "19 Oct 2023");
  EXPECT_EQ(e.date.date, (CalendarDate{2023, 10, 19}));
  EXPECT_EQ(At(file, e.date.span), "19 Oct 2023");
  EXPECT_EQ(e.description, "Christopher Scarvelis, Justin Solomon arXiv 2023. 19 Oct 2023");
  EXPECT_TRUE(file.entries.unread().empty());
}

TEST(ParagraphEntryTest, LinesJoinedByBrWithAnOrdinalDateInBrackets) {
  ParsedFile file = Read(
      "## Contrastive\n\n"
      "**MedCLIP: Contrastive Learning from Unpaired Medical Images and Text**<br>\n"
      "*Zifeng Wang, Jimeng Sun*<br>\n"
      "[18th Oct., 2022] [EMNLP, 2022]<br>\n"
      "[[Paper](https://arxiv.org/pdf/2210.10163.pdf)] "
      "[[GitHub](https://github.com/o/medclip)]<br>\n"
      "\n"
      "**PMC-LLaMA**<br>\n*Chaoyi Wu*<br>\n[16th May., 2023] [arXiv, 2023]<br>\n"
      "[[Paper](https://arxiv.org/abs/2304.14454)]<br>\n");
  ASSERT_EQ(file.entries.size(), 2u);
  const Entry& e = file.entries[0];
  EXPECT_EQ(e.title, "MedCLIP: Contrastive Learning from Unpaired Medical Images and Text");
  ASSERT_TRUE(e.has_date);
  EXPECT_EQ(e.date.text, "18th Oct., 2022");
  EXPECT_EQ(e.date.format, "Dth Mon., YYYY");
  EXPECT_EQ(e.date.date, (CalendarDate{2022, 10, 18}));
  EXPECT_EQ(file.entries[1].date.date, (CalendarDate{2023, 5, 16}));
  EXPECT_EQ(e.description, "Zifeng Wang, Jimeng Sun [18th Oct., 2022] [EMNLP, 2022]");
}

TEST(ParagraphEntryTest, ALeadingDateAndCategoryTagBeforeALinkedTitle) {
  ParsedFile file = Read(
      "## Models\n\n"
      "[30.12.2025] **Pathology**: **[Atlas](https://arxiv.org/abs/2501.00001)** (Nature)<br>\n"
      "A model.\n\n"
      "[28.12.2025] **Radiology**: **[Beacon](https://arxiv.org/abs/2501.00002)** (CVPR)<br>\n"
      "Another.\n");
  ASSERT_EQ(file.entries.size(), 2u);
  const Entry& e = file.entries[0];
  EXPECT_EQ(e.title, "Atlas");
  ASSERT_EQ(e.tags.size(), 1u);
  EXPECT_EQ(e.tags[0].name, "Pathology");
  EXPECT_EQ(e.date.text, "30.12.2025");
  EXPECT_EQ(e.description, "(Nature) A model.");
}

TEST(ParagraphEntryTest, ProseIsNoEntryButIsCountedAsUnread) {
  ParsedFile file = Read(
      "# List\n\n"
      "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n"
      "Please refer to [this page](https://example.org/page) for more.\n\n"
      "## Embedded\n\n"
      "[Rust Embedded](https://rust-embedded.org/) focuses on small devices.\n\n"
      "- [avr](https://github.com/o/avr) - Components.\n");
  ASSERT_EQ(file.entries.size(), 1u);
  EXPECT_EQ(file.entries[0].title, "avr");
  // The badge line holds no link a reader follows; the two paragraphs of prose do.
  ASSERT_EQ(file.entries.unread().size(), 2u);
  EXPECT_EQ(file.entries.unread()[0].line, 5);
  EXPECT_EQ(file.entries.unread()[1].line, 9);
  EXPECT_EQ(file.entries.unread()[1].shape, EntryShape::kParagraph);
  EXPECT_EQ(file.entries.unread()[1].links, 1);
}

TEST(ParagraphEntryTest, ALoneParagraphEntryCountsWhenItKeepsItsLinesApart) {
  ParsedFile file = Read(
      "## Survey Papers\n\n"
      "**Foundational Models in Medical Imaging**<br>\n*B. Azad*<br>\n"
      "[28th Oct., 2023] [arXiv, 2023]<br>\n[[Paper](https://arxiv.org/abs/2310.18689)]<br>\n");
  ASSERT_EQ(file.entries.size(), 1u);
  EXPECT_EQ(file.entries[0].date.date, (CalendarDate{2023, 10, 28}));
}

TEST(ParagraphEntryTest, ABoldLabelOverAGroupOfNamedLinksIsNoEntry) {
  ParsedFile file = Read(
      "## Datasets\n\n"
      "**Sequence corpora.** [UniProtKB](https://www.uniprot.org/) • "
      "[UniRef](https://www.uniprot.org/help/uniref)\n\n"
      "**Structure corpora.** [RCSB PDB](https://www.rcsb.org/) • "
      "[CATH](https://www.cathdb.info/)\n\n"
      "**One paper** [Paper](https://arxiv.org/abs/2401.00001) [Code](https://github.com/o/r)\n\n"
      "**Another paper** [Paper](https://arxiv.org/abs/2401.00002)\n");
  ASSERT_EQ(file.entries.size(), 2u);
  EXPECT_EQ(file.entries[0].title, "One paper");
  EXPECT_EQ(file.entries.unread().size(), 2u);
}

TEST(BlockquoteEntryTest, QuotedEntriesInDetailsAreInTheSummarysSection) {
  ParsedFile file = Read(
      "## Projects\n\n"
      "<details id=\"architecture\">\n"
      "<summary><strong>Architecture</strong> <kbd>2 projects</kbd></summary>\n\n"
      "_Frameworks that help with architecture._\n\n"
      "> **[ArchUnit](https://github.com/TNG/ArchUnit)** <kbd>★ 3.8k</kbd> "
      "<kbd>Apache-2.0</kbd> 🟢<br>Test library for architecture rules.\n\n"
      "> **[jMolecules](https://github.com/xmolecules/jmolecules)** <kbd>★ 1.5k</kbd><br>"
      "Annotations for design concepts.\n\n"
      "</details>\n\n"
      "<details>\n<summary>Other</summary>\n\n"
      "> **[JADE](https://jade.tilab.com)**<br>Multi-agent systems. (LGPL-2.0-only)\n\n"
      "> **[Jolie](https://www.jolie-lang.org)**<br>Microservices.\n\n"
      "</details>\n\n"
      "> **[Outside](https://outside.example)**<br>After every details block.\n\n"
      "> **[Outside 2](https://outside2.example)**<br>Also.\n");
  ASSERT_EQ(file.entries.size(), 6u);
  const Entry& e = file.entries[0];
  EXPECT_EQ(e.shape, EntryShape::kBlockquote);
  EXPECT_EQ(e.title, "ArchUnit");
  EXPECT_EQ(SectionPath(*file.doc, e), "Projects > Architecture");
  EXPECT_EQ(e.description, "★ 3.8k Apache-2.0 🟢 Test library for architecture rules.");
  EXPECT_EQ(SectionPath(*file.doc, file.entries[2]), "Projects > Other");
  EXPECT_EQ(SectionPath(*file.doc, file.entries[4]), "Projects");
  ASSERT_EQ(file.doc->disclosures().size(), 2u);
  EXPECT_EQ(file.doc->disclosures()[0].label, "Architecture");
}

TEST(DisclosureTest, NestedDetailsMakeAPathAndAnUnnamedOneAddsNothing) {
  ParsedFile file = Read(
      "## Models\n\n"
      "<details>\n<summary>Open LLM</summary>\n\n"
      "<details>\n<summary> DeepSeek </summary>\n\n"
      "- [DeepSeek-V3](https://github.com/deepseek-ai/DeepSeek-V3)\n\n"
      "</details>\n\n"
      "<details>\n\n"
      "- [Qwen](https://github.com/QwenLM/Qwen)\n\n"
      "</details>\n"
      "</details>\n\n"
      "- [After](https://after.example)\n");
  ASSERT_EQ(file.entries.size(), 3u);
  EXPECT_EQ(SectionPath(*file.doc, file.entries[0]), "Models > Open LLM > DeepSeek");
  EXPECT_EQ(SectionPath(*file.doc, file.entries[1]), "Models > Open LLM");
  EXPECT_EQ(SectionPath(*file.doc, file.entries[2]), "Models");
}

TEST(DisclosureTest, NestingDeeperThanTheLimitIsNotFollowed) {
  std::string text = "## Deep\n\n";
  for (int i = 0; i < 40; ++i) text += "<details><summary>L" + std::to_string(i) + "</summary>\n\n";
  text += "- [X](https://x.example)\n\n";
  for (int i = 0; i < 40; ++i) text += "</details>\n\n";
  text += "- [Y](https://y.example)\n";
  ParsedFile file = Read(text);
  ASSERT_EQ(file.entries.size(), 2u);
  EXPECT_EQ(file.doc->disclosures().size(), 16u);
  EXPECT_EQ(SectionPath(*file.doc, file.entries[1]), "Deep");
}

TEST(HtmlEntryTest, TableRowsWithLinksBadgesAndADateCell) {
  ParsedFile file = Read(
      "## Models\n\n"
      "<table>\n"
      "<tr><th>Date</th><th>Paper</th><th>Code</th></tr>\n"
      "<tr><td>30.12.2025</td><td><a href=\"https://arxiv.org/abs/2501.00001\">Atlas &amp; "
      "Co</a></td><td><a href=\"https://github.com/o/atlas\"><img "
      "src=\"https://img.shields.io/github/stars/o/atlas.svg\" alt=\"Star\"></a></td>\n"
      "<tr>\n  <td>2025-12-28</td>\n  <td><a href=\"https://arxiv.org/abs/2501.00002\">Beacon</a> "
      "(CVPR)</td>\n</tr>\n"
      "</table>\n");
  ASSERT_EQ(file.entries.size(), 2u);
  const Entry& e = file.entries[0];
  EXPECT_EQ(e.shape, EntryShape::kHtmlTableRow);
  EXPECT_EQ(e.line, 5);
  EXPECT_EQ(e.end_line, 5);
  EXPECT_EQ(e.title, "Atlas & Co");
  EXPECT_EQ(file.doc->links()[e.title_link].url, "https://arxiv.org/abs/2501.00001");
  ASSERT_EQ(e.badges.size(), 1u);
  EXPECT_EQ(file.doc->links()[e.badges[0]].url, "https://github.com/o/atlas");
  EXPECT_EQ(e.date.text, "30.12.2025");
  EXPECT_EQ(At(file, e.date.span), "30.12.2025");
  const Entry& f = file.entries[1];
  EXPECT_EQ(f.line, 6);
  EXPECT_EQ(f.end_line, 9);
  EXPECT_EQ(f.title, "Beacon");
  EXPECT_EQ(f.date.text, "2025-12-28");
  EXPECT_EQ(f.description, "");  // as in a Markdown table, the title's cell is no description
}

TEST(HtmlEntryTest, ListItems) {
  ParsedFile file = Read(
      "## Tools\n\n"
      "<ul>\n"
      "<li><a href=\"https://alpha.example\">Alpha</a> - Fast &lt;and&gt; small.</li>\n"
      "<li><b>Beta</b>: <a href=\"https://beta.example/paper.pdf\">pdf</a></li>\n"
      "<li>No link here.</li>\n"
      "</ul>\n");
  ASSERT_EQ(file.entries.size(), 2u);
  EXPECT_EQ(file.entries[0].shape, EntryShape::kHtmlListItem);
  EXPECT_EQ(file.entries[0].title, "Alpha");
  EXPECT_EQ(file.entries[0].description, "Fast <and> small.");
  EXPECT_EQ(file.entries[1].title, "Beta");  // a generic link text names no entry
  EXPECT_TRUE(file.entries.unread().empty());
}

TEST(HtmlEntryTest, EveryShapeReadsTheSameInSegments) {
  std::string text =
      "# Shapes\n\n"
      "<details><summary><b>Group</b></summary>\n\n"
      "> **[A](https://a.example)**<br>Quoted.\n\n> **[B](https://b.example)**<br>Quoted.\n\n"
      "</details>\n\n"
      "**C** \\\n[[Paper](https://arxiv.org/abs/2401.00003)] \\\n4 Feb 2023\n\n"
      "**D** \\\n[[Paper](https://arxiv.org/abs/2401.00004)] \\\n3 Feb 2023\n\n"
      "<table>\n<tr><td>2024-01-01</td><td><a href=\"https://e.example\">E</a></td></tr>\n"
      "</table>\n\n"
      "<ul>\n<li><a href=\"https://f.example\">F</a></li>\n</ul>\n\n"
      "Prose with [a link](https://g.example).\n";
  auto whole = Document::Parse("README.md", text, std::string::npos);
  ParsedFile at_once{std::move(whole), {}};
  at_once.entries = ExtractEntries(*at_once.doc);
  EntryReader reader;
  ParsedFile streamed;
  streamed.doc =
      Document::Parse("README.md", text, 1, [&](const Document& walked) { reader.Read(walked); });
  streamed.entries = reader.Finish(*streamed.doc);
  EXPECT_EQ(at_once.entries.size(), 6u);
  EXPECT_EQ(testing::DumpParsedFile(streamed), testing::DumpParsedFile(at_once));
}

}  // namespace
}  // namespace awesomelint
