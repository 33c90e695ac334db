// duplicate-link: the same entry listed twice, or one paper under two titles
// (a copy-pasted link). A homepage or repository shared by differently named
// entries is legitimate, and so is one paper in two sections (noted as info).
#include <fmt/format.h>
#include <cctype>
#include <unordered_map>

#include "awesomelint/lint/rule.h"
#include "awesomelint/model/identifiers.h"

namespace awesomelint {
namespace {

std::string FoldedTitle(std::string_view title) {
  std::string out;
  for (char c : title) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) out += static_cast<char>(std::tolower(u));
  }
  return out;
}

// Links that name one paper, whose sharing by two titles means a wrong link.
bool NamesAPaper(const std::string& key, const std::optional<Url>& parsed) {
  if (key.rfind("arxiv:", 0) == 0 || key.rfind("doi:", 0) == 0) return true;
  if (!parsed) return false;
  std::string_view host = parsed->bare_host();
  std::string_view path = parsed->path;
  auto under = [&](std::string_view h, std::string_view prefix) {
    return (host == h || (host.size() > h.size() && host.ends_with(h) &&
                          host[host.size() - h.size() - 1] == '.')) &&
           path.rfind(prefix, 0) == 0;
  };
  return under("nature.com", "/articles/") || under("biorxiv.org", "/content/") ||
         under("medrxiv.org", "/content/") || under("sciencedirect.com", "/science/article/") ||
         under("openreview.net", "/forum") || under("openreview.net", "/pdf") ||
         under("aclanthology.org", "/") || under("papers.nips.cc", "/paper") ||
         under("proceedings.neurips.cc", "/paper") || under("proceedings.mlr.press", "/") ||
         under("ieeexplore.ieee.org", "/document/") || under("dl.acm.org", "/doi/") ||
         under("link.springer.com", "/article/") || under("link.springer.com", "/chapter/") ||
         under("ncbi.nlm.nih.gov", "/pmc/articles/") || under("pubmed.ncbi.nlm.nih.gov", "/") ||
         under("academic.oup.com", "/") || under("cell.com", "/") ||
         under("science.org", "/doi/") || under("pnas.org", "/doi/") ||
         under("openaccess.thecvf.com", "/") || under("jmlr.org", "/papers/") ||
         under("onlinelibrary.wiley.com", "/doi/") || under("journals.plos.org", "/") ||
         under("elifesciences.org", "/articles/") || under("semanticscholar.org", "/paper/") ||
         parsed->path.ends_with(".pdf");
}

class DuplicateLinkRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "duplicate-link",   "No entry is listed twice, and no paper appears under two titles",
        {"entry", "links"}, Severity::kError,
        /*fixable=*/false,  {}};
    return kMeta;
  }

  void Check(const Document& doc, const Entries& entries, const LintContext& context,
             RuleReporter& out) const override {
    std::unordered_map<std::string, std::vector<int>> seen;  // canonical key -> entries
    for (size_t i = 0; i < entries.size(); ++i) {
      const Entry& entry = entries[i];
      const Link& link = doc.links()[entry.title_link];
      if (!HasScheme(link.url)) continue;  // relative links and anchors
      const std::optional<Url>& url = doc.url(entry.title_link);
      std::string key = url ? CanonicalKey(*url) : link.url;
      std::vector<int>& earlier = seen[key];
      ReportAgainst(doc, entries, context, entry, key, earlier, out);
      earlier.push_back(static_cast<int>(i));
    }
  }

 private:
  // A pair is reported on its later entry, unless only the earlier one is new
  // (--changed-since): an entry added above an old one is the duplicate.
  static std::pair<const Entry*, const Entry*> ReportedAndOther(const LintContext& context,
                                                                const Entry& first,
                                                                const Entry& later) {
    if (context.changed && !context.changed->Contains(later.line) &&
        context.changed->Contains(first.line))
      return {&first, &later};
    return {&later, &first};
  }

  void ReportAgainst(const Document& doc, const Entries& entries, const LintContext& context,
                     const Entry& entry, const std::string& key, const std::vector<int>& earlier,
                     RuleReporter& out) const {
    const Entry* other_title = nullptr;
    const Entry* other_section = nullptr;
    for (int index : earlier) {
      const Entry& first = entries[index];
      if (first.section != entry.section || first.subsection != entry.subsection) {
        if (!other_section) other_section = &first;
        continue;
      }
      if (FoldedTitle(first.title) == FoldedTitle(entry.title)) {
        auto [reported, other] = ReportedAndOther(context, first, entry);
        out.Report(doc.links()[reported->title_link].dest,
                   fmt::format("Entry listed twice: same title and link as line {}", other->line));
        return;
      }
      if (!other_title) other_title = &first;
    }
    if (other_title && NamesAPaper(key, doc.url(entry.title_link))) {
      auto [reported, other] = ReportedAndOther(context, *other_title, entry);
      out.Report(doc.links()[reported->title_link].dest,
                 fmt::format("'{}' links the same paper as '{}' (line {}); one of the two links is "
                             "probably wrong",
                             reported->title, other->title, other->line));
    } else if (other_section && !other_title) {
      auto [reported, other] = ReportedAndOther(context, *other_section, entry);
      out.Report(
          doc.links()[reported->title_link].dest,
          fmt::format("Also listed under '{}' (line {})", SectionPath(doc, *other), other->line),
          RuleReporter::Weight::kNote);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeDuplicateLinkRule() {
  return std::make_unique<DuplicateLinkRule>();
}

}  // namespace awesomelint
