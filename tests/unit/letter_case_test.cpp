// rules/letter_case.h against what the npm package `case` 1.6.3 returns (values taken from
// running it under Node 20).
#include "rules/letter_case.h"

#include <gtest/gtest.h>

namespace awesomelint {
namespace {

TEST(LetterCaseTest, OfNamesTheFirstCaseThatLeavesTheTextAsItIs) {
  struct Case {
    const char* text;
    LetterCase expected;
  };
  const Case cases[] = {
      {"awesome", LetterCase::kLower},
      {"", LetterCase::kLower},
      {"lists_of", LetterCase::kSnake},
      {"AWESOME", LetterCase::kConstant},
      {"AWESOME_LIST", LetterCase::kConstant},
      {"fooBar", LetterCase::kCamel},
      {"awesome-lint", LetterCase::kKebab},
      {"ΌΣΟΣ ΣΑΣ", LetterCase::kUpper},  // Greek capitals: JavaScript lower-cases them too
      {"AHA Acronyms Are Allowed", LetterCase::kCapital},
      {"Awesome The Best", LetterCase::kCapital},
      {"Ünïcode Ärger", LetterCase::kCapital},
      {"Foo-Bar", LetterCase::kHeader},
      {"AwesomeList", LetterCase::kPascal},
      {"A Tale of Two", LetterCase::kTitle},
      {"Awesome lint", LetterCase::kSentence},
      {"Awesome Node.js", LetterCase::kNone},  // JavaScript's undefined
      {"Foo  Bar", LetterCase::kNone},
      {"Ωμέγα", LetterCase::kNone},
  };
  for (const Case& c : cases)
    EXPECT_EQ(LetterCaseName(LetterCaseOf(c.text)), LetterCaseName(c.expected)) << c.text;
}

TEST(LetterCaseTest, TitleCapitalisesWordsButNotSmallOnesInside) {
  EXPECT_EQ(TitleCase("the lord of the rings"), "The Lord of the Rings");
  EXPECT_EQ(TitleCase("The awesome of the"), "The Awesome of The");  // after the last space
  EXPECT_EQ(TitleCase("Awesome Vs. Code"), "Awesome vs. Code");
  EXPECT_EQ(TitleCase("Awesome Node.js"), "Awesome Node.Js");
  EXPECT_EQ(TitleCase("fooBAR"), "Foo BA R");
  EXPECT_EQ(TitleCase("aHTMLParser"), "A HTML Parser");
  EXPECT_EQ(TitleCase("élan vital"), "Élan Vital");
  EXPECT_EQ(TitleCase("straße"), "Straße");
  EXPECT_EQ(TitleCase("STRASSE"), "Strasse");
  EXPECT_EQ(TitleCase("ΩΜΈΓΑ"), "ωμέγα");  // only Latin letters are capitalised
  EXPECT_EQ(TitleCase("a -\nb"), "A -\nb");
  EXPECT_EQ(TitleCase("😀 awesome"), "😀 Awesome");
}

TEST(LetterCaseTest, CaseMappingIsJavaScripts) {
  using letter_case::Low;
  using letter_case::ToUtf16;
  using letter_case::ToUtf8;
  using letter_case::Up;
  EXPECT_EQ(ToUtf8(Up(ToUtf16("straße ﬁx ǆ ÿ"))), "STRASSE FIX Ǆ Ÿ");
  EXPECT_EQ(ToUtf8(Low(ToUtf16("İ ΌΣΟΣ ΑΣ'"))), "i̇ όσος ας'");
}

}  // namespace
}  // namespace awesomelint
