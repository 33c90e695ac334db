// category-tag: an entry's "**Tag**:" comes from the list's vocabulary (the
// configured tags, or the ones the list uses repeatedly); near-misses get a
// "did you mean", and an untagged entry among tagged ones is reported.
#include <fmt/format.h>
#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "awesomelint/entries/conventions.h"
#include "awesomelint/lint/rule.h"
#include "awesomelint/model/url.h"
#include "awesomelint/support/suggest.h"
#include "nearest_name.h"

namespace awesomelint {
namespace {

// Lower case, letters and digits only: "Bio-Image" and "bioimage" compare equal.
std::string Folded(std::string_view tag) {
  std::string out;
  for (char c : tag)
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The list's established tags, and the one a tag misspells, if any. Short tags
// ("LLM", "VLM") only match when they differ in case or punctuation, since one
// letter changes them. Each tag's answer is worked out once.
class Vocabulary {
 public:
  // `work`: what guessing misspellings may cost (NearestName's budget).
  Vocabulary(const std::vector<std::string>& established, size_t work)
      : candidates_(Candidates(established)), nearest_(candidates_, work) {
    for (const std::string& known : established) {
      names_.insert(known);
      by_folded_.emplace(Folded(known), known);  // the first one wins
    }
  }

  bool Has(const std::string& tag) const { return names_.count(tag) > 0; }

  const std::optional<std::string>& Misspelling(const std::string& tag) {
    auto [answer, is_new] = misspellings_.emplace(tag, std::nullopt);
    if (is_new) answer->second = Guess(tag);
    return answer->second;
  }

 private:
  // The tags a longer tag may misspell: those of 5 letters and digits or more.
  static std::vector<std::string> Candidates(const std::vector<std::string>& established) {
    std::vector<std::string> candidates;
    for (const std::string& known : established)
      if (Folded(known).size() >= 5) candidates.push_back(known);
    return candidates;
  }

  std::optional<std::string> Guess(const std::string& tag) {
    std::string folded = Folded(tag);
    if (auto same = by_folded_.find(folded); same != by_folded_.end()) return same->second;
    if (folded.size() < 5) return std::nullopt;
    return nearest_.Find(tag, folded.size() >= 10 ? 2 : 1);
  }

  std::vector<std::string> candidates_;
  NearestName nearest_;  // over candidates_
  std::unordered_set<std::string_view> names_;
  std::unordered_map<std::string, std::string> by_folded_;  // folded -> first established tag
  std::unordered_map<std::string, std::optional<std::string>> misspellings_;
};

class CategoryTagRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "category-tag",
        "Category tags come from the list's vocabulary; tagged sections tag every entry",
        {"research", "entry", "tags"},
        Severity::kError,
        /*fixable=*/true,
        {{"tags", "string[]", "[]",
          "The allowed tags; when empty, the tags the list uses repeatedly"},
         {"require", "boolean", "true",
          "Report an untagged entry in a section whose other entries are all tagged"}}};
    return kMeta;
  }

  void Configure(const nlohmann::json& options) override {
    tags_ = OptionStrings(options, "category-tag", "tags", {});
    require_ = OptionBool(options, "category-tag", "require", true);
  }

  void Check(const Document& doc, const Entries& entries, const LintContext&,
             RuleReporter& out) const override {
    std::map<std::string, int> counts;
    int tagged = 0;
    for (const Entry& entry : entries) {
      tagged += !entry.tags.empty();
      for (const CategoryTag& tag : entry.tags) ++counts[tag.name];
    }
    if (tagged < 3 && tags_.empty()) return;
    // Established: configured, or used by at least 2 entries and 1% of the tagged ones.
    int threshold = std::max(2, (tagged + 99) / 100);
    std::vector<std::string> established = tags_;
    int weakest = 0;
    if (established.empty()) {
      for (const auto& [name, count] : counts) {
        if (count < threshold) continue;
        established.push_back(name);
        weakest = weakest == 0 ? count : std::min(weakest, count);
      }
    }
    Vocabulary vocabulary(established, NearestName::WorkBudget(doc.text().size()));
    std::string configured = fmt::format("{}", fmt::join(tags_, ", "));
    for (const Entry& entry : entries) {
      for (const CategoryTag& tag : entry.tags) {
        if (vocabulary.Has(tag.name)) continue;
        int count = counts[tag.name];
        if (const std::optional<std::string>& guess = vocabulary.Misspelling(tag.name)) {
          out.Report(tag.span,
                     fmt::format("Unknown category tag '{}'{}", tag.name, DidYouMean(guess)),
                     RuleReporter::Weight::kPrimary, Fix{tag.span, *guess});
        } else if (!tags_.empty()) {
          out.Report(tag.span,
                     fmt::format("Category tag '{}' is not one of the configured tags ({})",
                                 tag.name, configured));
        } else if (established.size() >= 3 && weakest >= 10 * count) {
          // A rare tag in a list with a strong vocabulary is most likely a slip.
          out.Report(
              tag.span,
              fmt::format("Category tag '{}' is used by {} of {} tagged entries; each of the "
                          "list's {} tags is used at least {} times. Add it to "
                          "category-tag.tags if it is meant",
                          tag.name, count, tagged, established.size(), weakest),
              RuleReporter::Weight::kSecondary);
        }
      }
    }
    if (require_) CheckUntagged(doc, entries, vocabulary, out);
  }

 private:
  // An untagged entry among tagged ones, where the tags are a vocabulary; bold
  // titles that merely end in ':' ("**Adam**: A method ...") are not one.
  void CheckUntagged(const Document& doc, const Entries& entries, Vocabulary& vocabulary,
                     RuleReporter& out) const {
    // Misspellings of the vocabulary count as using it.
    auto known = [&](const std::string& tag) {
      return vocabulary.Has(tag) || vocabulary.Misspelling(tag).has_value();
    };
    for (const std::vector<int>& section : EntriesBySection(entries)) {
      std::vector<int> untagged;
      size_t tagged = 0, in_vocabulary = 0;
      std::string example;
      for (int index : section) {
        const Entry& entry = entries[index];
        if (entry.tags.empty()) {
          untagged.push_back(index);
          continue;
        }
        ++tagged;
        if (!known(entry.tags.front().name)) continue;
        ++in_vocabulary;
        const std::string& name = entry.tags.front().name;
        if (example.empty() && vocabulary.Has(name)) example = name;
      }
      if (in_vocabulary < 3 || in_vocabulary * 5 < tagged * 4) continue;
      size_t total = section.size();
      bool lone = untagged.size() == 1;
      bool few = !untagged.empty() && total >= 20 && untagged.size() * 20 <= total;
      if (!lone && !few) continue;
      for (int index : untagged) {
        const Entry& entry = entries[index];
        const Link& title = doc.links()[entry.title_link];
        out.Report({title.span.begin, title.span.begin},
                   fmt::format("Entry has no category tag; {} of the {} entries in this section "
                               "have one (e.g. **{}**:)",
                               tagged, total, example),
                   RuleReporter::Weight::kSecondary);
      }
    }
  }

  std::vector<std::string> tags_;
  bool require_ = true;
};

}  // namespace

std::unique_ptr<Rule> MakeCategoryTagRule() {
  return std::make_unique<CategoryTagRule>();
}

}  // namespace awesomelint
