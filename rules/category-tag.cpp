// category-tag: an entry's "**Tag**:" comes from the list's vocabulary (the
// configured tags, or the ones the list uses repeatedly); near-misses get a
// "did you mean", and an untagged entry among tagged ones is reported.
#include <fmt/format.h>
#include <algorithm>
#include <cctype>
#include <map>

#include "awesomelint/entries/conventions.h"
#include "awesomelint/lint/rule.h"
#include "awesomelint/model/url.h"
#include "awesomelint/support/suggest.h"

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

// The established tag `tag` misspells, if any. Short tags ("LLM", "VLM") only
// match when they differ in case or punctuation, since one letter changes them.
std::optional<std::string> Misspelling(const std::string& tag,
                                       const std::vector<std::string>& established) {
  std::string folded = Folded(tag);
  for (const std::string& known : established)
    if (Folded(known) == folded) return known;
  if (folded.size() < 5) return std::nullopt;
  std::vector<std::string> candidates;
  for (const std::string& known : established)
    if (Folded(known).size() >= 5) candidates.push_back(known);
  int budget = folded.size() >= 10 ? 2 : 1;
  return ClosestMatch(tag, candidates, budget);
}

class CategoryTagRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "category-tag",
        "Category tags come from the list's vocabulary; tagged sections tag every entry",
        {"entry", "tags"},
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
    for (const Entry& entry : entries) {
      for (const CategoryTag& tag : entry.tags) {
        if (std::find(established.begin(), established.end(), tag.name) != established.end())
          continue;
        int count = counts[tag.name];
        if (auto guess = Misspelling(tag.name, established)) {
          out.Report(tag.span,
                     fmt::format("Unknown category tag '{}'{}", tag.name, DidYouMean(guess)),
                     RuleReporter::Weight::kPrimary, Fix{tag.span, *guess});
        } else if (!tags_.empty()) {
          out.Report(tag.span,
                     fmt::format("Category tag '{}' is not one of the configured tags ({})",
                                 tag.name, fmt::join(tags_, ", ")));
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
    if (require_) CheckUntagged(doc, entries, established, out);
  }

 private:
  // An untagged entry among tagged ones, where the tags are a vocabulary; bold
  // titles that merely end in ':' ("**Adam**: A method ...") are not one.
  void CheckUntagged(const Document& doc, const Entries& entries,
                     const std::vector<std::string>& established, RuleReporter& out) const {
    // Misspellings of the vocabulary count as using it.
    auto known = [&](const std::string& tag) {
      return std::find(established.begin(), established.end(), tag) != established.end() ||
             Misspelling(tag, established).has_value();
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
        if (example.empty() &&
            std::find(established.begin(), established.end(), name) != established.end())
          example = name;
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
