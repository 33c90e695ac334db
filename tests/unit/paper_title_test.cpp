// How an entry's title is compared with its paper's (model/paper_title.h), on real
// arXiv titles: the recorded export API answers of tests/rules/paper-title/arxiv.atom.
#include "awesomelint/model/paper_title.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "links/providers/answers.h"
#include "tests/support/helpers.h"

namespace awesomelint {
namespace {

std::vector<ArxivPaper> RealPapers() {
  std::string feed = testing::ReadFile(std::string(AWESOMELINT_SOURCE_DIR) +
                                       "/tests/rules/paper-title/arxiv.atom");
  std::vector<ArxivPaper> papers = ParseArxivFeed(feed).papers;
  std::erase_if(papers, [](const ArxivPaper& paper) { return paper.id == "2312.00001"; });
  return papers;
}

// The threshold separates papers: no two different real papers' titles reach it, but
// for a title that is part of another's, which the page documents.
TEST(PaperTitleTest, DifferentPapersStayBelowTheThreshold) {
  std::vector<ArxivPaper> papers = RealPapers();
  ASSERT_GE(papers.size(), 30u);
  double highest = 0;
  for (const ArxivPaper& a : papers) {
    for (const ArxivPaper& b : papers) {
      if (a.id == b.id) continue;
      double similarity = TitleSimilarity(a.meta.title, b.meta.title);
      bool contained = a.id == "2304.02643" && b.id == "2304.12306";  // Segment Anything (in ...)
      contained = contained || (a.id == "2304.12306" && b.id == "2304.02643");
      if (contained) {
        EXPECT_GE(similarity, kTitleSimilarityThreshold);
        continue;
      }
      EXPECT_LT(similarity, kTitleSimilarityThreshold) << a.meta.title << " | " << b.meta.title;
      highest = std::max(highest, similarity);
    }
  }
  EXPECT_LE(highest, 0.5) << "a margin below the threshold";
}

TEST(PaperTitleTest, TitlesAsListsWriteThemMatch) {
  EXPECT_DOUBLE_EQ(
      TitleSimilarity("Towards Generalist Biomedical AI", "Towards Generalist Biomedical AI"), 1.0);
  // An article left out, a name put in front, the old version's words.
  EXPECT_GE(TitleSimilarity("μ-Bench: Vision-Language Benchmark for Microscopy Understanding",
                            "μ-Bench: A Vision-Language Benchmark for Microscopy Understanding"),
            0.99);
  EXPECT_GE(TitleSimilarity("MedSAM: Segment anything in medical images",
                            "Segment Anything in Medical Images"),
            0.8);
  EXPECT_GE(TitleSimilarity("BiomedParse: a biomedical foundation model for biomedical image "
                            "parsing",
                            "BiomedParse: a biomedical foundation model for image parsing of "
                            "everything everywhere all at once"),
            kTitleSimilarityThreshold);
  EXPECT_EQ(TitleSimilarity("", "Segment Anything"), 0);
  EXPECT_EQ(TitleSimilarity("the of a", "Segment Anything"), 0) << "stop words only";
}

TEST(PaperTitleTest, NamesAreShortAndWrittenAsNames) {
  using Names = std::vector<std::string>;
  EXPECT_EQ(TitleNames("MedSAM"), Names{"MedSAM"});
  EXPECT_EQ(TitleNames("Virchow"), Names{"Virchow"}) << "one word is a name";
  EXPECT_EQ(TitleNames("Med-PaLM 2"), Names{"Med-PaLM 2"});
  EXPECT_EQ(TitleNames("U-Net"), Names{"U-Net"});
  EXPECT_EQ(TitleNames("Segment Anything"), Names{}) << "a phrase, not a name";
  EXPECT_EQ(TitleNames("LLaVA-Med: Training a Large Language-and-Vision Assistant"),
            Names{"LLaVA-Med"});
  EXPECT_EQ(TitleNames("Pretraining for Vision-Language Processing (BiomedCLIP)"),
            (Names{"BiomedCLIP"}));
  EXPECT_EQ(TitleNames("A very long title without any name in it at all"), Names{});
}

TEST(PaperTitleTest, NamesAreFoundHoweverTheyAreSpelt) {
  EXPECT_TRUE(UsesName("We release QUILT-1M, one million pairs", "Quilt-1M"));
  EXPECT_TRUE(UsesName("MedPaLM answers questions", "Med-PaLM"));
  EXPECT_TRUE(UsesName("the Med-PaLM model", "MedPaLM"));
  EXPECT_TRUE(UsesName("code: https://github.com/OpenAI/CLIP.", "CLIP"));
  EXPECT_FALSE(UsesName("Segment Anything Model", "MedSAM"));
  EXPECT_FALSE(UsesName("clipping", "CLIP")) << "whole words only";
  EXPECT_FALSE(UsesName("an AI system", "AI")) << "too short to be told from a word";
  EXPECT_TRUE(AbbreviatesTitle("Generative Adversarial Networks", "GAN"));
  EXPECT_TRUE(AbbreviatesTitle("LoRA: Low-Rank Adaptation of Large Language Models", "LRA"));
  EXPECT_FALSE(AbbreviatesTitle("Visual Instruction Tuning", "ViT")) << "not initials";
  EXPECT_FALSE(AbbreviatesTitle("Generative Adversarial Networks", "GPT-3"));
  EXPECT_FALSE(AbbreviatesTitle("Generative Adversarial Networks", "GANS"));
}

// Each real paper under its model's name, and under another paper's model's name.
TEST(PaperTitleTest, ModelNamesMatchTheirPaperOnly) {
  struct Named {
    const char* name;
    const char* id;
  };
  std::vector<Named> named = {
      {"Med-PaLM M", "2307.14334"}, {"BiomedCLIP", "2303.00915"}, {"Quilt-1M", "2306.11207"},
      {"Med-Gemini", "2405.03162"}, {"SAM", "2304.02643"},        {"MedSAM", "2304.12306"},
      {"UNI", "2308.15474"},        {"CONCH", "2307.12914"},      {"ViT", "2010.11929"},
      {"LLaVA", "2304.08485"},      {"LoRA", "2106.09685"},       {"InstructGPT", "2203.02155"},
      {"GAN", "1406.2661"}};
  std::vector<ArxivPaper> papers = RealPapers();
  for (const Named& entry : named) {
    for (const ArxivPaper& paper : papers) {
      bool right = paper.id == entry.id;
      PaperTitleMatch match = MatchPaperTitle({entry.name}, paper.meta.title, paper.meta.abstract);
      // LLaVA-Med's paper names LLaVA; Med-PaLM M's and Med-PaLM 2's are of one family.
      bool kin = (std::string(entry.name) == "LLaVA" && paper.id == "2306.00890") ||
                 (std::string(entry.name) == "SAM" && paper.id == "2304.12306");
      if (kin) continue;
      EXPECT_EQ(match.matches, right)
          << entry.name << " for " << paper.id << " " << paper.meta.title;
    }
  }
}

}  // namespace
}  // namespace awesomelint
