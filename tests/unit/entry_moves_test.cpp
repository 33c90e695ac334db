// Moves: fixes made of several edits (applied whole or not at all), the moves
// date-order and sort-order offer, and when they refuse one.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "awesomelint/lint/fix.h"
#include "rules/registry.h"

namespace awesomelint {
namespace {

Diagnostic WithFix(Span span, std::string replacement, std::vector<Edit> also = {}) {
  Diagnostic d;
  d.fix = Fix{span, std::move(replacement), std::move(also)};
  return d;
}

TEST(ApplyFixesTest, AFixWithSeveralEditsIsAppliedWhole) {
  // "abcdef": move "b" to after "e".
  std::vector<Diagnostic> fixes = {WithFix({1, 2}, "", {{{5, 5}, "b"}})};
  size_t applied = 0;
  EXPECT_EQ(ApplyFixes("abcdef", fixes, &applied), "acdebf");
  EXPECT_EQ(applied, 1u);
}

TEST(ApplyFixesTest, AFixOneOfWhoseEditsOverlapsAnEarlierFixIsLeftOut) {
  std::vector<Diagnostic> fixes = {WithFix({3, 4}, "D"),                  // "d" -> "D"
                                   WithFix({4, 5}, "", {{{3, 3}, "e"}}),  // "e" before "d"
                                   WithFix({0, 1}, "A")};
  size_t applied = 0;
  std::vector<Edit> edits;
  // The second inserts where the first starts (their order would be a guess): left out.
  EXPECT_EQ(ApplyFixes("abcdef", fixes, &applied, &edits), "AbcDef");
  EXPECT_EQ(applied, 2u);
  EXPECT_EQ(edits.size(), 2u);
  // An edit strictly inside a deleted span overlaps it too; a fix's own edits must not overlap.
  EXPECT_EQ(ApplyFixes("abcdef", {WithFix({1, 4}, ""), WithFix({5, 6}, "", {{{2, 2}, "x"}})}),
            "aef");
  EXPECT_EQ(ApplyFixes("abcdef", {WithFix({1, 4}, "", {{{2, 2}, "x"}})}), "abcdef");
}

class MoveTest : public ::testing::Test {
 protected:
  // --fix with date-order on (and everything else off), as the CLI runs it.
  std::string Fix(std::string text, size_t* applied = nullptr) {
    Config config;
    config.rules = nlohmann::json::parse(R"({"default": false, "date-order": true})");
    Linter linter(CreateAllRules(), config, {});
    ParsedFile file = ParseFile("README.md", std::move(text));
    LintContext context;
    std::vector<Diagnostic> diagnostics = linter.Lint(file, context);
    found_ = diagnostics.size();
    size_t n = FixFile(linter, context, file, diagnostics, nullptr);
    if (applied) *applied = n;
    left_ = diagnostics.size();
    return std::string(file.doc->text());
  }
  size_t found_ = 0, left_ = 0;
};

std::string Dated(const std::vector<std::string>& dates, std::string_view suffix = "") {
  std::string text = "# L\n\n## S\n\n";
  for (size_t i = 0; i < dates.size(); ++i)
    text += "- [" + dates[i] + "] [E" + std::to_string(i) + "](https://e" + std::to_string(i) +
            ".example)\n";
  return text + std::string(suffix);
}

TEST_F(MoveTest, AListItemMovesUpOrDownWithNothingElseChanged) {
  std::string before =
      Dated({"2024-06-01", "2024-05-01", "2024-09-01", "2024-04-01", "2024-03-01", "2024-02-01",
             "2023-01-01", "2024-01-01", "2022-12-01", "2022-11-01", "2022-10-01", "2022-09-01"});
  std::string after = Fix(before);
  EXPECT_EQ(found_, 2u);
  EXPECT_EQ(left_, 0u);
  EXPECT_EQ(after,
            "# L\n\n## S\n\n"
            "- [2024-09-01] [E2](https://e2.example)\n"
            "- [2024-06-01] [E0](https://e0.example)\n"
            "- [2024-05-01] [E1](https://e1.example)\n"
            "- [2024-04-01] [E3](https://e3.example)\n"
            "- [2024-03-01] [E4](https://e4.example)\n"
            "- [2024-02-01] [E5](https://e5.example)\n"
            "- [2024-01-01] [E7](https://e7.example)\n"
            "- [2023-01-01] [E6](https://e6.example)\n"
            "- [2022-12-01] [E8](https://e8.example)\n"
            "- [2022-11-01] [E9](https://e9.example)\n"
            "- [2022-10-01] [E10](https://e10.example)\n"
            "- [2022-09-01] [E11](https://e11.example)\n");
}

TEST_F(MoveTest, AParagraphEntryMovesWithItsBlankLine) {
  std::string before;
  for (auto [title, date] : std::vector<std::pair<std::string, std::string>>{{"C", "3 Oct 2023"},
                                                                             {"A", "20 Oct 2023"},
                                                                             {"B", "15 Oct 2023"},
                                                                             {"D", "5 Oct 2023"},
                                                                             {"E", "4 Oct 2023"},
                                                                             {"F", "2 Oct 2023"}})
    before += "**" + title + "** \\\n[[Paper](https://" + title + ".example)] \\\n" + date + "\n\n";
  std::string after = Fix("## S\n\n" + before);
  EXPECT_EQ(left_, 0u);
  std::string expected = "## S\n\n";
  for (auto [title, date] : std::vector<std::pair<std::string, std::string>>{{"A", "20 Oct 2023"},
                                                                             {"B", "15 Oct 2023"},
                                                                             {"D", "5 Oct 2023"},
                                                                             {"E", "4 Oct 2023"},
                                                                             {"C", "3 Oct 2023"},
                                                                             {"F", "2 Oct 2023"}})
    expected +=
        "**" + title + "** \\\n[[Paper](https://" + title + ".example)] \\\n" + date + "\n\n";
  EXPECT_EQ(after, expected);
}

TEST_F(MoveTest, AnEntryWithNestedItemsIsReportedNotMoved) {
  std::string before =
      Dated({"2024-06-01", "2024-05-01", "2024-04-01", "2024-03-01", "2024-02-01", "2024-01-01"}) +
      "- [2024-09-01] [Late](https://late.example)\n"
      "  - [a note](https://note.example)\n"
      "- [2023-12-01] [E9](https://e9.example)\n";
  size_t applied = 1;
  EXPECT_EQ(Fix(before, &applied), before);
  EXPECT_EQ(applied, 0u);
  EXPECT_EQ(found_, 1u);
  EXPECT_EQ(left_, 1u);
}

TEST_F(MoveTest, AnEntrySharingItsLineOrTheFilesUnendedLastLineIsNotMoved) {
  // The last entry belongs first, but its line has no line break to move with it.
  std::string before =
      Dated({"2024-06-01", "2024-05-01", "2024-04-01", "2024-03-01", "2024-02-01", "2024-01-01"});
  before += "- [2024-09-01] [Last](https://last.example)";
  size_t applied = 1;
  EXPECT_EQ(Fix(before, &applied), before);
  EXPECT_EQ(applied, 0u);
}

TEST_F(MoveTest, ARowStaysInItsTable) {
  std::string before =
      "## S\n\n| Date | Paper |\n| --- | --- |\n"
      "| 2024-06-01 | [A](https://a.example) |\n| 2024-05-01 | [B](https://b.example) |\n"
      "| 2024-04-01 | [C](https://c.example) |\n\n"
      "| Date | Paper |\n| --- | --- |\n"
      "| 2024-09-01 | [D](https://d.example) |\n| 2024-03-01 | [E](https://e.example) |\n"
      "| 2024-02-01 | [F](https://f.example) |\n| 2024-01-01 | [G](https://g.example) |\n"
      "| 2023-12-01 | [H](https://h.example) |\n";
  size_t applied = 1;
  EXPECT_EQ(Fix(before, &applied), before);  // D belongs before A, in the other table
  EXPECT_EQ(applied, 0u);
  EXPECT_EQ(left_, 1u);
}

}  // namespace
}  // namespace awesomelint
