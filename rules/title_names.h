// Names in entry titles: "Quilt-1M", "QuiltNet" and "Quilt-LLaVA" all name Quilt.
// Entries whose titles share a distinctive name — written as a name, used in few
// of the list's titles, not a common word — are about one thing (a data set and
// the models trained on it), so they may rightly share one paper's link. Ordinary
// words they share ("Science") make no such bond.
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "awesomelint/entries/entries.h"

namespace awesomelint {

// A word of a title, lower case, and whether it is written as a name: with a
// digit or a capital after its first letter ("LLaVA", "QuiltNet", "1M"), as part
// of a hyphenated name with one ("Quilt" of "Quilt-1M"), or as the title's first
// word before a colon ("Galactica: A Large Language Model").
struct TitleWord {
  std::string text;
  bool name = false;
};

// The words of a title: split at anything but letters, digits and UTF-8, and
// camel-case words also by their parts of four letters or more ("QuiltNet" ->
// "quiltnet", "quilt"); and its hyphenated names whole ("DeepSeek-V2" ->
// "deepseek-v2"). A title's first kMaxTitleWords words name it.
inline constexpr size_t kMaxTitleWords = 64;
inline bool IsAsciiUpper(char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool IsAsciiLower(char c) {
  return c >= 'a' && c <= 'z';
}
inline bool IsAsciiDigit(char c) {
  return c >= '0' && c <= '9';
}
inline std::vector<TitleWord> TitleWords(std::string_view title) {
  std::vector<TitleWord> words;
  auto looks_like_name = [](std::string_view word) {
    for (size_t k = 0; k < word.size(); ++k) {
      if (IsAsciiDigit(word[k]) || (k > 0 && IsAsciiUpper(word[k]) && word[k - 1] != '-'))
        return true;
    }
    return false;
  };
  auto add = [&](std::string_view word, size_t min_size, bool name) {
    if (word.size() < min_size || words.size() >= kMaxTitleWords) return;
    std::string lower(word);
    for (char& c : lower)
      if (IsAsciiUpper(c)) c = static_cast<char>(c - 'A' + 'a');
    for (TitleWord& seen : words) {
      if (seen.text != lower) continue;
      seen.name = seen.name || name;
      return;
    }
    words.push_back({std::move(lower), name});
  };
  auto in_word = [&](size_t k) {
    char c = title[k];
    return IsAsciiLower(c) || IsAsciiUpper(c) || IsAsciiDigit(c) ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  size_t i = 0;
  bool first = true;
  while (i < title.size() && words.size() < kMaxTitleWords) {
    if (!in_word(i)) {
      ++i;
      continue;
    }
    size_t begin = i;
    while (i < title.size() && in_word(i)) ++i;
    // The hyphenated name this word starts, whole: "DeepSeek-V2", "Quilt-1M".
    size_t end = i;
    while (end + 1 < title.size() && title[end] == '-' && in_word(end + 1)) {
      ++end;
      while (end < title.size() && in_word(end)) ++end;
    }
    std::string_view word = title.substr(begin, i - begin);
    std::string_view compound = title.substr(begin, end - begin);
    bool named = looks_like_name(compound) || (first && end < title.size() && title[end] == ':');
    first = false;
    add(word, 3, named || looks_like_name(word));
    size_t part = 0;  // camel-case parts: "QuiltNet" -> "Quilt", "Net"
    for (size_t k = 1; k <= word.size(); ++k) {
      bool boundary = k == word.size() || (IsAsciiLower(word[k - 1]) && IsAsciiUpper(word[k]));
      if (!boundary) continue;
      if (part > 0 || k < word.size()) add(word.substr(part, k - part), 4, true);
      part = k;
    }
    if (end > i) add(compound, 3, named);
  }
  return words;
}

// Which title words are distinctive in a list: used in few of its titles, and
// not words every research list uses.
class DistinctiveNames {
 public:
  explicit DistinctiveNames(const Entries& entries)
      : max_titles_(std::max<size_t>(5, entries.size() / 50)) {
    // Only names are counted: a word the list never writes as a name is no name.
    for (const Entry& entry : entries)
      for (const TitleWord& word : TitleWords(entry.title))
        if (word.name) ++titles_with_[word.text];
  }

  // Written as a name somewhere in the list, in few of its titles, and not a common word.
  bool IsDistinctive(const std::string& word) const {
    static const std::unordered_set<std::string_view> kCommon = {
        "the",        "and",        "for",         "with",      "from",
        "towards",    "via",        "using",       "based",     "model",
        "models",     "learning",   "deep",        "large",     "data",
        "dataset",    "datasets",   "network",     "networks",  "neural",
        "image",      "images",     "language",    "vision",    "visual",
        "video",      "text",       "foundation",  "benchmark", "survey",
        "generative", "diffusion",  "medical",     "general",   "multimodal",
        "training",   "pretrain",   "pretraining", "pre",       "trained",
        "self",       "supervised", "analysis",    "official",  "implementation",
        "code",       "paper",      "new",         "all",       "one",
        "two",        "are",        "you",         "need",      "what",
        "how",        "your",       "our",         "its",       "into",
        "over",       "under",      "about"};
    if (kCommon.count(word) || std::all_of(word.begin(), word.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        }))
      return false;
    auto it = titles_with_.find(word);
    return it != titles_with_.end() && it->second <= max_titles_;
  }

  // Whether two titles share a distinctive name, or one's hyphenated name starts the
  // other's ("DeepSeek-V2" and "DeepSeek-V2-236B-MoE").
  bool ShareAName(std::string_view a, std::string_view b) const {
    std::vector<TitleWord> words_a = TitleWords(a), words_b = TitleWords(b);
    auto extends = [](const std::string& longer, const std::string& name) {
      return name.find('-') != std::string::npos && longer.size() > name.size() &&
             longer.compare(0, name.size(), name) == 0 && longer[name.size()] == '-';
    };
    for (const TitleWord& word : words_a) {
      for (const TitleWord& other : words_b) {
        if (!word.name && !other.name) continue;  // (IsDistinctive knows only names)
        if (word.text == other.text && IsDistinctive(word.text)) return true;
        if ((extends(other.text, word.text) && IsDistinctive(word.text)) ||
            (extends(word.text, other.text) && IsDistinctive(other.text)))
          return true;
      }
    }
    return false;
  }

 private:
  size_t max_titles_;
  std::unordered_map<std::string, size_t> titles_with_;
};

}  // namespace awesomelint
