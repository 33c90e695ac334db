// The generated Unicode tables read at their edges: the first and last runs, the code
// points a stride-2 run skips, the special upper cases, word characters around a range.
#include "support/unicode.h"

#include <gtest/gtest.h>

namespace awesomelint::unicode {
namespace {

TEST(UnicodeTest, CaseRunsAtTheirEdges) {
  EXPECT_EQ(SimpleLower(0x40), 0x40u);  // '@', just before the first run
  EXPECT_EQ(SimpleLower('A'), static_cast<char32_t>('a'));
  EXPECT_EQ(SimpleLower('Z'), static_cast<char32_t>('z'));
  EXPECT_EQ(SimpleLower('['), static_cast<char32_t>('['));
  EXPECT_EQ(SimpleLower(0x100), 0x101u);  // Ā → ā: a stride-2 run
  EXPECT_EQ(SimpleLower(0x101), 0x101u);  // ā, which that run skips
  EXPECT_EQ(SimpleUpper(0x101), 0x100u);
  EXPECT_EQ(SimpleLower(0x1E921), 0x1E943u);  // Adlam, the last run
  EXPECT_EQ(SimpleLower(0x10FFFF), 0x10FFFFu);
  EXPECT_EQ(SimpleUpper(0x10FFFF), 0x10FFFFu);
}

TEST(UnicodeTest, SpecialUpperCasesAreFoundAtBothEnds) {
  ASSERT_NE(FindSpecialUpper(0xDF), nullptr);  // ß → SS, the first
  EXPECT_EQ(FindSpecialUpper(0xDF)->upper[0], 0x53u);
  EXPECT_EQ(FindSpecialUpper(0xDF)->upper[1], 0x53u);
  ASSERT_NE(FindSpecialUpper(0xFB17), nullptr);  // ﬗ → ՄԽ, the last
  EXPECT_EQ(FindSpecialUpper(0xFB17)->upper[0], 0x544u);
  EXPECT_EQ(FindSpecialUpper(0xDE), nullptr);
  EXPECT_EQ(FindSpecialUpper('a'), nullptr);
  EXPECT_EQ(FindSpecialUpper(0x10FFFF), nullptr);
}

TEST(UnicodeTest, WordCharactersAroundARange) {
  EXPECT_TRUE(IsWordCharacter('_'));
  EXPECT_FALSE(IsWordCharacter('-'));
  EXPECT_FALSE(IsWordCharacter(0xA9));  // ©
  EXPECT_TRUE(IsWordCharacter(0xAA));   // ª, the first range
  EXPECT_FALSE(IsWordCharacter(0xD7));  // ×, between À-Ö and Ø-ö
  EXPECT_TRUE(IsWordCharacter(0xD6));
  EXPECT_TRUE(IsWordCharacter(0xD8));
  EXPECT_TRUE(IsWordCharacter(0x4E2D));   // 中
  EXPECT_FALSE(IsWordCharacter(0x3001));  // 、
  EXPECT_FALSE(IsWordCharacter(0x10FFFF));
}

TEST(UnicodeTest, LowerCaseFoldsEveryScriptAndLeavesBadBytes) {
  EXPECT_EQ(LowerCase("Ἀρχή Über ΣΧΉΜΑ"), "ἀρχή über σχήμα");
  EXPECT_EQ(LowerCase("Ⴀ Ⓐ"), "ⴀ ⓐ");
  EXPECT_EQ(LowerCase("İstanbul"), "i\xCC\x87stanbul");  // as GitHub's anchor has it
  EXPECT_EQ(LowerCase("AB\xFF"
                      "C"),
            "ab\xFF"
            "c");  // not UTF-8: ASCII only
}

}  // namespace
}  // namespace awesomelint::unicode
