#include "awesomelint/model/paper_title.h"

#include <algorithm>
#include <array>

#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

constexpr size_t kMaxTitleWords = 64;
constexpr size_t kMaxTextWords = 2000;  // an abstract has some 300
constexpr size_t kMaxNameWords = 3;
constexpr size_t kMaxNameParts = 4;  // "Med-Gemini-2D" is 3 words of an abstract

constexpr std::array<std::string_view, 32> kStopWords = {
    "a",    "an",    "the",   "of",   "for",   "and",     "in",      "on",
    "with", "to",    "via",   "from", "by",    "at",      "as",      "is",
    "are",  "be",    "its",   "it",   "this",  "that",    "towards", "toward",
    "into", "using", "based", "over", "under", "through", "or",      "we"};

bool IsStopWord(std::string_view word) {
  return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}

bool IsWordByte(unsigned char c) {
  return std::isalnum(c) || c >= 0x80;
}

// Lower-case words of letters and digits, in order.
std::vector<std::string> Words(std::string_view text, size_t max) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i <= text.size() && words.size() < max; ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (IsWordByte(c)) {
      word += static_cast<char>(std::tolower(c));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  return words;
}

std::string Singular(std::string word) {
  if (word.size() > 3 && word.back() == 's' && !word.ends_with("ss") && !word.ends_with("us") &&
      !word.ends_with("is"))
    word.pop_back();
  return word;
}

size_t LongestCommonSubsequence(const std::vector<std::string>& a,
                                const std::vector<std::string>& b) {
  std::vector<size_t> row(b.size() + 1, 0), next(b.size() + 1, 0);
  for (const std::string& word : a) {
    for (size_t j = 0; j < b.size(); ++j)
      next[j + 1] = word == b[j] ? row[j] + 1 : std::max(row[j + 1], next[j]);
    std::swap(row, next);
  }
  return row[b.size()];
}

std::string Squashed(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) out += word;
  return out;
}

// The name's words run together appear as 1 to kMaxNameParts consecutive words.
bool ContainsSquashed(const std::vector<std::string>& words, const std::string& name) {
  for (size_t i = 0; i < words.size(); ++i) {
    std::string joined;
    for (size_t k = i; k < words.size() && k < i + kMaxNameParts; ++k) {
      joined += words[k];
      if (joined.size() > name.size() || name.compare(0, joined.size(), joined) != 0) break;
      if (joined == name) return true;
    }
  }
  return false;
}

// "gan" as the initials of consecutive words ("generative adversarial networks").
bool ContainsInitials(const std::vector<std::string>& words, const std::string& name) {
  for (size_t i = 0; i + name.size() <= words.size(); ++i) {
    size_t k = 0;
    while (k < name.size() && words[i + k][0] == name[k]) ++k;
    if (k == name.size()) return true;
  }
  return false;
}

bool AllLetters(const std::string& text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// A capital inside a word ("MedSAM", "U-Net"), a digit ("GPT-3"), or a word of capitals
// ("BERT"): how names are written, and phrases are not.
bool WrittenAsName(std::string_view text) {
  size_t in_word = 0;  // letters (and hyphens) since the word began
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (std::isdigit(byte) || (std::isupper(byte) && in_word > 0)) return true;
    in_word = std::isalpha(byte) || c == '-' ? in_word + 1 : 0;
  }
  return false;
}

}  // namespace

std::vector<std::string> TitleWords(std::string_view title) {
  std::vector<std::string> words;
  for (std::string& word : Words(title, kMaxTitleWords))
    if (!IsStopWord(word)) words.push_back(Singular(std::move(word)));
  return words;
}

double TitleSimilarity(std::string_view a, std::string_view b) {
  std::vector<std::string> x = TitleWords(a), y = TitleWords(b);
  if (x.empty() || y.empty()) return 0;
  return 2.0 * static_cast<double>(LongestCommonSubsequence(x, y)) /
         static_cast<double>(x.size() + y.size());
}

std::vector<std::string> TitleNames(std::string_view title) {
  std::vector<std::string> names;
  auto add = [&](std::string_view candidate) {
    size_t words = Words(candidate, kMaxNameWords + 1).size();
    if (words == 0 || words > kMaxNameWords) return;
    std::string name(Trim(candidate));
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  };
  if (Words(title, 2).size() == 1 || WrittenAsName(title)) add(title);
  size_t head = std::min(
      {title.find(':'), title.find(" - "), title.find(" – "), title.find(" — "), title.find('(')});
  if (head != std::string_view::npos) add(title.substr(0, head));
  std::string_view rest = Trim(title);
  if (rest.ends_with(')')) {
    size_t open = rest.rfind('(');
    if (open != std::string_view::npos) add(rest.substr(open + 1, rest.size() - open - 2));
  }
  return names;
}

bool UsesName(std::string_view text, std::string_view name) {
  std::string squashed = Squashed(Words(name, kMaxNameWords * 4));
  return squashed.size() >= 3 && ContainsSquashed(Words(text, kMaxTextWords), squashed);
}

bool AbbreviatesTitle(std::string_view title, std::string_view name) {
  // Initials are capitals ("GAN"); "ViT" or "LoRA" keep letters of inner words.
  if (std::any_of(name.begin(), name.end(),
                  [](char c) { return std::islower(static_cast<unsigned char>(c)); }))
    return false;
  std::string squashed = Squashed(Words(name, kMaxNameWords * 4));
  if (squashed.size() < 2 || squashed.size() > 8 || !AllLetters(squashed)) return false;
  std::vector<std::string> words = Words(title, kMaxTitleWords), content;
  for (const std::string& word : words)
    if (!IsStopWord(word)) content.push_back(word);
  return ContainsInitials(words, squashed) || ContainsInitials(content, squashed);
}

PaperTitleMatch MatchPaperTitle(const std::vector<std::string>& titles,
                                std::string_view paper_title, std::string_view abstract) {
  PaperTitleMatch match;
  for (const std::string& title : titles) {
    double similarity = TitleSimilarity(title, paper_title);
    match.similarity = std::max(match.similarity, similarity);
    if (similarity >= kTitleSimilarityThreshold) {
      match.matches = true;
      match.by = "title";
      return match;
    }
  }
  for (const std::string& title : titles) {
    for (const std::string& name : TitleNames(title)) {
      if (UsesName(paper_title, name) || UsesName(abstract, name) ||
          AbbreviatesTitle(paper_title, name)) {
        match.matches = true;
        match.by = name;
        return match;
      }
    }
  }
  return match;
}

}  // namespace awesomelint
