// Whether an entry's title names the paper it links: by the words of the paper's
// title, or by a name the paper's title or abstract uses (a model, a data set, an
// acronym). The measure and its threshold are documented in docs/rules/paper-title.md
// and chosen on real titles (tests/unit/paper_title_test.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace awesomelint {

// Two titles are the same paper's when they share at least this much of their content
// words in order: 2 × LCS / (|a| + |b|). Different papers of one field reach 0.5 when
// they share a phrase ("Large Language Models"); a title and the same title written
// shorter, longer or with a name in front stay above 0.6.
inline constexpr double kTitleSimilarityThreshold = 0.6;

// The content words of a title: lower case, split at anything but letters and digits
// (bytes of non-ASCII characters count as letters), stop words left out, a plural's s
// dropped. At most 64 words (a title is shorter).
std::vector<std::string> TitleWords(std::string_view title);

// 2 × (the longest common subsequence of their words) / (their words in all): 1 for
// the same words in the same order, 0 when none is shared (or either has none).
double TitleSimilarity(std::string_view a, std::string_view b);

// The names an entry's title may give a paper by, each of at most 3 words: the whole
// title when it is one word or written as a name (a capital inside a word, a digit, all
// capitals: "MedSAM", "Med-PaLM 2" — not "Segment Anything", a phrase that other titles
// contain), the part before a colon, a dash or a parenthesis ("LLaVA-Med: Training
// ..." gives "LLaVA-Med"), and a last parenthesis ("... Processing (BiomedCLIP)").
std::vector<std::string> TitleNames(std::string_view title);

// Whether `name` (3 letters or digits at least) is used in `text`: its letters and
// digits as consecutive words of the text ("Quilt-1M" in "QUILT-1M", "Med-PaLM" in
// "MedPaLM").
bool UsesName(std::string_view text, std::string_view name);

// Whether `name`, 2 to 8 capital letters, is the initials of consecutive words of
// `title` ("GAN" of "Generative Adversarial Networks"; not "ViT" of "Visual Instruction
// Tuning": a name with small letters keeps letters of inner words). Titles only: in an abstract's
// 300 words some run of three has any three initials.
bool AbbreviatesTitle(std::string_view title, std::string_view name);

struct PaperTitleMatch {
  bool matches = false;
  double similarity = 0;  // the best TitleSimilarity of a title given
  std::string by;         // how it matched: "title", or the name it used
};

// Whether an entry titled `titles` (its title, and its link's text when that differs)
// names the paper titled `paper_title` whose abstract is `abstract` (may be empty).
PaperTitleMatch MatchPaperTitle(const std::vector<std::string>& titles,
                                std::string_view paper_title, std::string_view abstract);

}  // namespace awesomelint
