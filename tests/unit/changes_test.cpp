#include <gtest/gtest.h>

#include "awesomelint/changes/git_changes.h"

namespace awesomelint {
namespace {

TEST(ChangedLinesTest, RangesMergeAndAnswerIntersections) {
  ChangedLines lines;
  EXPECT_TRUE(lines.empty());
  lines.Add(3, 4);
  lines.Add(5, 5);  // adjacent: one range
  lines.Add(10, 12);
  EXPECT_FALSE(lines.empty());
  EXPECT_EQ(lines.line_count(), 6u);
  for (int line : {3, 4, 5, 10, 11, 12}) EXPECT_TRUE(lines.Contains(line)) << line;
  for (int line : {1, 2, 6, 9, 13}) EXPECT_FALSE(lines.Contains(line)) << line;
  EXPECT_TRUE(lines.Intersects(1, 3));
  EXPECT_TRUE(lines.Intersects(6, 10));
  EXPECT_FALSE(lines.Intersects(6, 9));
  EXPECT_TRUE(lines.Intersects(12, 40));
}

TEST(ChangedLinesTest, EverythingContainsEveryLine) {
  ChangedLines all = ChangedLines::Everything();
  EXPECT_FALSE(all.empty());
  EXPECT_TRUE(all.Contains(1));
  EXPECT_TRUE(all.Intersects(100000, 100001));
}

TEST(UnifiedDiffTest, TheNewSideOfEachHunk) {
  const char* diff =
      "diff --git a/README.md b/README.md\n"
      "index 1111111..2222222 100644\n"
      "--- a/README.md\n"
      "+++ b/README.md\n"
      "@@ -4,0 +5,3 @@ ## Papers\n"
      "+* new one\n"
      "+* new two\n"
      "+* new three\n"
      "@@ -20 +23 @@\n"
      "-* old\n"
      "+* changed\n"
      "@@ -30,2 +32,0 @@\n"
      "-* deleted\n"
      "-* deleted too\n"
      "@@ -40,1 +41,2 @@ @@ not a header @@\n"
      "-* x\n"
      "+* y\n"
      "+* z\n";
  ChangedLines lines = ParseUnifiedDiff(diff);
  EXPECT_EQ(lines.line_count(), 6u);
  for (int line : {5, 6, 7, 23, 41, 42}) EXPECT_TRUE(lines.Contains(line)) << line;
  for (int line : {4, 8, 22, 24, 32, 33, 40, 43}) EXPECT_FALSE(lines.Contains(line)) << line;
}

TEST(UnifiedDiffTest, NoHunksNoLines) {
  EXPECT_TRUE(ParseUnifiedDiff("").empty());
  EXPECT_TRUE(ParseUnifiedDiff("Binary files a/x and b/x differ\n").empty());
  EXPECT_TRUE(ParseUnifiedDiff("@@ -1 +x @@\n@@ garbage\n").empty());
}

}  // namespace
}  // namespace awesomelint
