// The entries stage read as a stream: entries read segment by segment while the
// Document is walked (how ParseFile reads them) are the entries read at once.
#include <gtest/gtest.h>

#include <filesystem>
#include <limits>
#include <sstream>

#include "awesomelint/entries/entries.h"
#include "tests/support/helpers.h"

namespace awesomelint {
namespace {

namespace fs = std::filesystem;

std::string Dump(const Document& doc, const Entries& entries) {
  std::ostringstream out;
  for (const Entry& e : entries) {
    out << e.span.begin << "-" << e.span.end << " " << e.line << "-" << e.end_line << " "
        << ShapeName(e.shape) << " " << SectionPath(doc, e) << " | " << e.has_date << " "
        << e.date.text << " " << e.date.format << " " << e.date.date.year << "-"
        << e.date.date.month << "-" << e.date.date.day << " [" << e.title << "] " << e.title_link
        << " [" << e.description << "]";
    for (const CategoryTag& tag : e.tags) out << " tag:" << tag.name;
    for (int b : e.badges) out << " badge:" << b;
    for (int o : e.other_links) out << " other:" << o;
    out << "\n";
  }
  for (size_t link = 0; link < doc.links().size(); ++link)
    out << "link " << link << " of " << entries.EntryOf(static_cast<int>(link)) << "\n";
  return out.str();
}

std::vector<fs::path> MarkdownFixtures() {
  std::vector<fs::path> files;
  for (const auto& entry :
       fs::recursive_directory_iterator(fs::path(AWESOMELINT_SOURCE_DIR) / "tests"))
    if (entry.path().extension() == ".md") files.push_back(entry.path());
  return files;
}

TEST(EntryReaderTest, ReadingAsTheDocumentIsWalkedEqualsReadingItAfterwards) {
  size_t compared = 0;
  for (const fs::path& path : MarkdownFixtures()) {
    std::string text = testing::ReadFile(path);
    auto whole = Document::Parse("README.md", text, std::numeric_limits<size_t>::max());
    Entries at_once = ExtractEntries(*whole);
    EntryReader reader;
    size_t calls = 0;
    auto streamed = Document::Parse("README.md", text, 1, [&](const Document& walked) {
      reader.Read(walked);
      ++calls;
    });
    Entries read = reader.Finish(*streamed);
    EXPECT_EQ(Dump(*streamed, read), Dump(*whole, at_once)) << path;
    compared += calls > 1;
  }
  EXPECT_GT(compared, 10u) << "too few fixtures were parsed in several segments";
}

TEST(EntryReaderTest, ParseFileReadsTheEntries) {
  ParsedFile file =
      ParseFile("README.md",
                "# A\n\n- [12.06.2024] **LLM**: [T](https://t.example) - d\n\n## B\n\n"
                "- [U](https://u.example)\n");
  ASSERT_EQ(file.entries.size(), 2u);
  EXPECT_EQ(file.entries[0].title, "T");
  EXPECT_EQ(file.entries[0].tags.at(0).name, "LLM");
  EXPECT_EQ(SectionPath(*file.doc, file.entries[1]), "A > B");
  EXPECT_EQ(file.entries.EntryOf(1), 1);
}

}  // namespace
}  // namespace awesomelint
