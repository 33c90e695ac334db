// UnifiedDiff: what --diff prints, as diff -u would.
#include <gtest/gtest.h>

#include <string>

#include "awesomelint/changes/text_diff.h"

namespace awesomelint {
namespace {

TEST(UnifiedDiffTest, EqualTextsHaveNoDiff) {
  EXPECT_EQ(UnifiedDiff("a\nb\n", "a\nb\n", "README.md"), "");
  EXPECT_EQ(UnifiedDiff("", "", "README.md"), "");
}

TEST(UnifiedDiffTest, AChangedLineWithThreeLinesOfContext) {
  EXPECT_EQ(
      UnifiedDiff("1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nfive\n6\n7\n8\n9\n", "./README.md"),
      "--- a/README.md\n+++ b/README.md\n"
      "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
}

TEST(UnifiedDiffTest, AMovedLineIsADeletionAndAnInsertionInHunksApartOrTogether) {
  std::string before, after;
  for (int i = 1; i <= 20; ++i) before += std::to_string(i) + "\n";
  after = before;
  after.erase(after.find("\n15\n") + 1, 3);       // 15 moves
  after.insert(after.find("\n3\n") + 1, "15\n");  // before 3
  EXPECT_EQ(UnifiedDiff(before, after, "l.md"),
            "--- a/l.md\n+++ b/l.md\n"
            "@@ -1,5 +1,6 @@\n 1\n 2\n+15\n 3\n 4\n 5\n"
            "@@ -12,7 +13,6 @@\n 12\n 13\n 14\n-15\n 16\n 17\n 18\n");
  // Changes at most twice the context apart share one hunk; farther apart, they do not.
  EXPECT_EQ(UnifiedDiff("a\nb\nc\nd\ne\nf\ng\n", "a\nB\nc\nd\ne\nF\ng\n", "x", 2),
            "--- a/x\n+++ b/x\n@@ -1,7 +1,7 @@\n a\n-b\n+B\n c\n d\n e\n-f\n+F\n g\n");
  EXPECT_EQ(UnifiedDiff("a\nb\nc\nd\ne\nf\ng\n", "a\nB\nc\nd\ne\nF\ng\n", "x", 1),
            "--- a/x\n+++ b/x\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n@@ -5,3 +5,3 @@\n e\n-f\n+F\n g\n");
}

// A deleted "--x" line is "---x" in the diff and an added "++x" is "+++x": only the
// first two lines of a diff are its headers (found by fuzz_pipeline's own patch reader).
TEST(UnifiedDiffTest, LinesThatLookLikeHeadersAreLinesOfAHunk) {
  EXPECT_EQ(UnifiedDiff("a\n--x\nb\n", "a\n++x\nb\n", "f", 0),
            "--- a/f\n+++ b/f\n@@ -2,1 +2,1 @@\n---x\n+++x\n");
}

TEST(UnifiedDiffTest, RepeatedLinesAndAMissingLastLineBreak) {
  EXPECT_EQ(UnifiedDiff("\n\nx\n\n", "\n\ny\n\n", "f", 0),
            "--- a/f\n+++ b/f\n@@ -3,1 +3,1 @@\n-x\n+y\n");
  EXPECT_EQ(UnifiedDiff("a\nb", "a\nc", "f", 0),
            "--- a/f\n+++ b/f\n@@ -2,1 +2,1 @@\n-b\n\\ No newline at end of file\n"
            "+c\n\\ No newline at end of file\n");
  EXPECT_EQ(UnifiedDiff("a\n", "", "f", 0), "--- a/f\n+++ b/f\n@@ -1,1 +0,0 @@\n-a\n");
}

}  // namespace
}  // namespace awesomelint
