// GitHub's heading anchors: lower case; every character that is not a letter, mark,
// decimal digit, '_', '-' or space is dropped; spaces become '-'; repeated headings
// get "-1", "-2", ... (Document::headings()[i].slug).
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "awesomelint/markdown/document.h"
#include "markdown/slug.h"

namespace awesomelint {
namespace {

std::vector<std::string> Slugs(const std::string& markdown) {
  std::unique_ptr<Document> doc = Document::Parse("README.md", markdown);
  std::vector<std::string> slugs;
  for (const Heading& heading : doc->headings()) slugs.push_back(heading.slug);
  return slugs;
}

TEST(SlugTest, LowerCaseAndSpacesToDashes) {
  EXPECT_EQ(GithubSlug("Hello World"), "hello-world");
  EXPECT_EQ(GithubSlug("Table of Contents"), "table-of-contents");
  EXPECT_EQ(GithubSlug("ABC"), "abc");
}

TEST(SlugTest, PunctuationIsDropped) {
  EXPECT_EQ(GithubSlug("C++ Libraries"), "c-libraries");
  EXPECT_EQ(GithubSlug("What's New?"), "whats-new");
  EXPECT_EQ(GithubSlug("1. Introduction"), "1-introduction");
  EXPECT_EQ(GithubSlug("Q&A (FAQ)"), "qa-faq");
  EXPECT_EQ(GithubSlug("a.b,c;d:e!f@g#h$i%j^k*l=m+n~o`p|q\\r/s<t>u\"v'w[x]y{z}"),
            "abcdefghijklmnopqrstuvwxyz");
}

TEST(SlugTest, UnderscoresDashesAndDigitsAreKept) {
  EXPECT_EQ(GithubSlug("foo_bar-baz 42"), "foo_bar-baz-42");
  EXPECT_EQ(GithubSlug("A - B"), "a---b");
  EXPECT_EQ(GithubSlug("--x--"), "--x--");
}

TEST(SlugTest, EverySpaceBecomesADash) {
  EXPECT_EQ(GithubSlug("a  b"), "a--b");
  EXPECT_EQ(GithubSlug(" a "), "-a-");
  EXPECT_EQ(GithubSlug(""), "");
  EXPECT_EQ(GithubSlug("?!"), "");
}

TEST(SlugTest, TabsAndNewlinesAreDropped) {
  // Only the space character becomes '-'; other white space is not \p{Word}.
  EXPECT_EQ(GithubSlug("a\tb"), "ab");
}

TEST(SlugTest, EmojiAreDropped) {
  EXPECT_EQ(GithubSlug("🚀 Getting Started"), "-getting-started");
  EXPECT_EQ(GithubSlug("Tools 🛠"), "tools-");
  EXPECT_EQ(GithubSlug("✨ Sparkles ⭐"), "-sparkles-");
  EXPECT_EQ(GithubSlug("🎉🎉"), "");
  EXPECT_EQ(GithubSlug("🧑‍💻 Dev"), "-dev");  // ZWJ sequence: U+200D is a format character
}

TEST(SlugTest, VariationSelectorIsKept) {
  // U+2764 HEAVY BLACK HEART is a symbol; U+FE0F VARIATION SELECTOR-16 is a mark.
  EXPECT_EQ(GithubSlug("❤️ Love"), "\xEF\xB8\x8F-love");
  EXPECT_EQ(GithubSlug("⚙️ Config"), "\xEF\xB8\x8F-config");
}

TEST(SlugTest, KeycapKeepsItsMarks) {
  // "1️⃣": '1', U+FE0F and U+20E3 COMBINING ENCLOSING KEYCAP (a mark).
  EXPECT_EQ(GithubSlug("1️⃣ Intro"), "1\xEF\xB8\x8F\xE2\x83\xA3-intro");
}

TEST(SlugTest, SymbolsOutsideAsciiAreDropped) {
  EXPECT_EQ(GithubSlug("A — B"), "a--b");  // em dash
  EXPECT_EQ(GithubSlug("“Quoted” «x»"), "quoted-x");
  EXPECT_EQ(GithubSlug("© 2024 ACME™"), "-2024-acme");
  EXPECT_EQ(GithubSlug("2 × 3 ÷ 4"), "2--3--4");
  EXPECT_EQ(GithubSlug("½ done"), "-done");  // U+00BD is a number, but not a decimal digit
  EXPECT_EQ(GithubSlug("x²"), "x");          // U+00B2 likewise
  EXPECT_EQ(GithubSlug("→ Next"), "-next");
  EXPECT_EQ(GithubSlug("100€"), "100");
  EXPECT_EQ(GithubSlug("日本語、中文。"), "日本語中文");  // CJK punctuation
}

TEST(SlugTest, LettersOutsideAsciiAreKeptAndLowerCased) {
  EXPECT_EQ(GithubSlug("Über Café"), "über-café");
  EXPECT_EQ(GithubSlug("ÀÉÎÕÜ"), "àéîõü");
  EXPECT_EQ(GithubSlug("Łódź"), "łódź");
  EXPECT_EQ(GithubSlug("Ğüneş"), "ğüneş");
  EXPECT_EQ(GithubSlug("Привет Мир"), "привет-мир");
  EXPECT_EQ(GithubSlug("Ёлка"), "ёлка");
  EXPECT_EQ(GithubSlug("ΩMEGA Σ"), "ωmega-σ");
  EXPECT_EQ(GithubSlug("日本語 ドキュメント"), "日本語-ドキュメント");
  EXPECT_EQ(GithubSlug("한국어"), "한국어");
  EXPECT_EQ(GithubSlug("µ ª º"), "µ-ª-º");  // Latin-1 letters that sit among symbols
  EXPECT_EQ(GithubSlug("ＡＢＣ"), "ａｂｃ");
}

TEST(SlugTest, LowerCasesBeyondTheCommonBlocks) {
  // GitHub lower-cases with full Unicode case mapping.
  EXPECT_EQ(GithubSlug("Άλφα"), "άλφα");    // U+0386 GREEK CAPITAL ALPHA WITH TONOS
  EXPECT_EQ(GithubSlug("Ґрунт"), "ґрунт");  // U+0490 CYRILLIC CAPITAL GHE WITH UPTURN
  EXPECT_EQ(GithubSlug("Ǆ Ș"), "ǆ-ș");      // Latin Extended-B
}

TEST(SlugTest, CapitalYWithDiaeresisLowerCasesToSmallY) {
  // U+0178 sits in Latin Extended-A but its lower case is U+00FF in Latin-1.
  EXPECT_EQ(GithubSlug("Ÿ"), "ÿ");
  EXPECT_EQ(GithubSlug("L'HAŸ-LES-ROSES"), "lhaÿ-les-roses");
}

TEST(SlugTest, LetterNumbersAndConnectorPunctuationAreWordCharacters) {
  // GitHub keeps \p{Word}: Roman numerals (Nl) and connector punctuation (Pc) stay.
  EXPECT_EQ(GithubSlug("Part Ⅻ"), "part-ⅻ");  // U+216B -> U+217B
  EXPECT_EQ(GithubSlug("a‿b"), "a‿b");        // U+203F UNDERTIE
  EXPECT_EQ(GithubSlug("a＿b"), "a＿b");      // U+FF3F FULLWIDTH LOW LINE
}

TEST(SlugTest, DecimalDigitsOfOtherScriptsAreKept) {
  EXPECT_EQ(GithubSlug("الفصل ١٢"), "الفصل-١٢");
  EXPECT_EQ(GithubSlug("अध्याय ३"), "अध्याय-३");  // Devanagari letters, marks and a digit
}

TEST(SlugTest, DocumentHeadingsGetSlugs) {
  EXPECT_EQ(Slugs("# Awesome Things\n\n## 🚀 Getting Started\n\n## C++ / Rust\n"),
            (std::vector<std::string>{"awesome-things", "-getting-started", "c--rust"}));
}

TEST(SlugTest, HeadingTextIsTheRenderedText) {
  // Emphasis, code and links contribute their text, not their markup.
  EXPECT_EQ(Slugs("## The `foo()` *bar* [Link](https://example.org) __baz__\n"),
            (std::vector<std::string>{"the-foo-bar-link-baz"}));
  EXPECT_EQ(Slugs("Setext Heading\n==============\n"),
            (std::vector<std::string>{"setext-heading"}));
  EXPECT_EQ(Slugs("## Closing hashes ##\n"), (std::vector<std::string>{"closing-hashes"}));
}

TEST(SlugTest, RepeatedHeadingsAreNumbered) {
  EXPECT_EQ(Slugs("# Models\n## Models\n### Models\n## Other\n# models\n"),
            (std::vector<std::string>{"models", "models-1", "models-2", "other", "models-3"}));
}

TEST(SlugTest, NumberingSkipsSlugsThatAlreadyExist) {
  // GitHub (and github-slugger): a literal "A-1" heading takes that anchor, so the next
  // repeated "A" becomes "a-2".
  EXPECT_EQ(Slugs("# A\n# A-1\n# A\n"), (std::vector<std::string>{"a", "a-1", "a-2"}));
  EXPECT_EQ(Slugs("# A-1\n# A\n# A\n"), (std::vector<std::string>{"a-1", "a", "a-2"}));
}

TEST(SlugTest, EmptySlugsAreNumberedToo) {
  EXPECT_EQ(Slugs("# 🚀\n# 🎉\n# ?\n"), (std::vector<std::string>{"", "-1", "-2"}));
}

TEST(SlugTest, HeadingsInsideCodeAreNotHeadings) {
  EXPECT_EQ(Slugs("```\n# not a heading\n```\n# Real\n"), (std::vector<std::string>{"real"}));
}

TEST(SlugTest, EveryScriptLowerCasesAsUnicodeSays) {
  EXPECT_EQ(GithubSlug("Ⴀ"), "ⴀ");    // U+10A0 GEORGIAN CAPITAL AN -> U+2D00
  EXPECT_EQ(GithubSlug("Ᏸ"), "ᏸ");  // U+13F0 CHEROKEE LETTER YE -> U+13F8
  EXPECT_EQ(GithubSlug("𐐀"), "𐐨");    // U+10400 DESERET CAPITAL LONG I -> U+10428
  EXPECT_EQ(GithubSlug("Ⰰ"), "ⰰ");    // U+2C00 GLAGOLITIC CAPITAL AZU -> U+2C30
  EXPECT_EQ(GithubSlug("İstanbul"), "i\xCC\x87stanbul");  // full mapping: i, U+0307
}

TEST(SlugTest, AlphabeticSymbolsAreWordCharacters) {
  // Onigmo's \p{Word} holds every Alphabetic character: circled letters and letterlike
  // symbols that are letters stay; other letterlike symbols and numbers go.
  EXPECT_EQ(GithubSlug("Ⓐ Plan"), "ⓐ-plan");  // U+24B6 -> U+24D0, Other_Alphabetic
  EXPECT_EQ(GithubSlug("ℎ-bar"), "ℎ-bar");    // U+210E PLANCK CONSTANT, a letter
  EXPECT_EQ(GithubSlug("20℃"), "20");         // U+2103 DEGREE CELSIUS, a symbol
  EXPECT_EQ(GithubSlug("①"), "");             // U+2460 CIRCLED DIGIT ONE, No
}

TEST(SlugTest, PunctuationOfOtherScriptsIsDropped) {
  EXPECT_EQ(GithubSlug("क्या?।"), "क्या");     // U+0964 DEVANAGARI DANDA
  EXPECT_EQ(GithubSlug("ሰላም።"), "ሰላም");      // U+1362 ETHIOPIC FULL STOP
  EXPECT_EQ(GithubSlug("مرحبا؟"), "مرحبا");  // U+061F ARABIC QUESTION MARK
  EXPECT_EQ(GithubSlug("«Ἀ»"), "ἀ");         // Greek Extended lower-cases too
}

}  // namespace
}  // namespace awesomelint
