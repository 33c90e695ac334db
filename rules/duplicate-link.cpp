// duplicate-link: the same entry listed twice, or one paper under two unrelated
// titles (a copy-pasted link), in one section or two. A homepage or repository
// shared by differently named entries is legitimate; so is a paper shared by
// entries that share a name ("Quilt-1M", "Quilt-LLaVA": a data set and a model of
// one paper), and one entry listed in two sections (noted as info).
#include <fmt/format.h>
#include <cctype>
#include <unordered_map>

#include "awesomelint/lint/rule.h"
#include "awesomelint/model/identifiers.h"
#include "title_names.h"

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
    static const RuleMeta kMeta{"duplicate-link",
                                "No entry is listed twice, and no paper appears under two titles",
                                {"research", "entry", "links"},
                                Severity::kError,
                                /*fixable=*/false,
                                {}};
    return kMeta;
  }

  void Check(const Document& doc, const Entries& entries, const LintContext& context,
             RuleReporter& out) const override {
    Earlier earlier(entries);
    LazyNames names(entries);
    for (size_t i = 0; i < entries.size(); ++i) {
      const Entry& entry = entries[i];
      const Link& link = doc.links()[entry.title_link];
      if (!HasScheme(link.url)) continue;  // relative links and anchors
      const std::optional<Url>& url = doc.url(entry.title_link);
      std::string key = url ? CanonicalKey(*url) : link.url;
      Earlier::Seen seen = earlier.Add(static_cast<int>(i), key);
      ReportAgainst(doc, entries, context, names, entry, key, seen, out);
    }
  }

 private:
  // The entries read so far, by link, so that an entry meets the earlier ones it
  // is compared with in constant time, however many share its link.
  class Earlier {
   public:
    explicit Earlier(const Entries& entries) : entries_(entries) {}

    // What came before an entry with its link, each the first of its kind, or -1.
    struct Seen {
      int same_title = -1;     // in its section, with its (folded) title
      int same_section = -1;   // in its section
      int other_section = -1;  // in another section
    };

    // Records entry `index`, whose link is `key`, and says what it meets.
    Seen Add(int index, const std::string& key) {
      auto [link, new_link] = links_.emplace(key, Link{index, -1, -1});
      if (new_link) return {};  // most links: one entry, nothing more to keep
      Link& shared = link->second;
      if (shared.id < 0) {  // the link's second entry: its first is kept now
        shared.id = next_id_++;
        Keep(shared.id, shared.first);
      }
      Seen seen;
      // The first entry elsewhere: the link's first entry, unless that one is here.
      bool with_first = SameSection(entries_[shared.first], entries_[index]);
      seen.other_section = with_first ? shared.elsewhere : shared.first;
      if (shared.elsewhere < 0 && !with_first) shared.elsewhere = index;
      auto [same_section, same_title] = Keep(shared.id, index);
      seen.same_section = same_section;
      seen.same_title = same_title;
      return seen;
    }

   private:
    struct Link {
      int first;      // the link's first entry
      int elsewhere;  // the first entry in another section than `first`
      int id;         // a number for the link, once a second entry has it
    };

    static bool SameSection(const Entry& a, const Entry& b) {
      return a.section == b.section && a.subsection == b.subsection;
    }

    // Records entry `index` of link `id` by section and by title; returns the
    // first entry of its section and the first with its title there, or -1.
    std::pair<int, int> Keep(int id, int index) {
      const Entry& entry = entries_[index];
      std::string key(reinterpret_cast<const char*>(&id), sizeof id);
      key.append(reinterpret_cast<const char*>(&entry.section), sizeof entry.section);
      key.append(entry.subsection).append(1, '\0');  // the text has no NUL
      auto [section, new_section] = first_in_section_.emplace(key, index);
      key += FoldedTitle(entry.title);
      auto [title, new_title] = first_with_title_.emplace(std::move(key), index);
      return {new_section ? -1 : section->second, new_title ? -1 : title->second};
    }

    const Entries& entries_;
    std::unordered_map<std::string, Link> links_;
    std::unordered_map<std::string, int> first_in_section_;  // link and section
    std::unordered_map<std::string, int> first_with_title_;  // link, section and title
    int next_id_ = 0;
  };

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

  // The list's distinctive names, counted only when two titles share a paper.
  class LazyNames {
   public:
    explicit LazyNames(const Entries& entries) : entries_(entries) {}
    const DistinctiveNames& get() {
      if (!names_) names_.emplace(entries_);
      return *names_;
    }

   private:
    const Entries& entries_;
    std::optional<DistinctiveNames> names_;
  };

  // Whether two entries with one paper's link are about different things: their
  // titles differ and share no distinctive name.
  static bool Unrelated(LazyNames& names, const Entry& a, const Entry& b) {
    return FoldedTitle(a.title) != FoldedTitle(b.title) &&
           !names.get().ShareAName(a.title, b.title);
  }

  // Compares `entry` with the earlier entries of its link, as if in their order:
  // the first one in its section with its title makes it listed twice; otherwise
  // the first one in its section, or else in another section, under an unrelated
  // title makes it a wrong paper link (an error, a warning across sections); the
  // first one in another section under a related title is a note.
  void ReportAgainst(const Document& doc, const Entries& entries, const LintContext& context,
                     LazyNames& names, const Entry& entry, const std::string& key,
                     const Earlier::Seen& seen, RuleReporter& out) const {
    if (seen.same_title >= 0) {
      auto [reported, other] = ReportedAndOther(context, entries[seen.same_title], entry);
      out.Report(doc.links()[reported->title_link].dest,
                 fmt::format("Entry listed twice: same title and link as line {}", other->line));
      return;
    }
    const Entry* same_section = seen.same_section >= 0 ? &entries[seen.same_section] : nullptr;
    const Entry* other_section = seen.other_section >= 0 ? &entries[seen.other_section] : nullptr;
    bool paper = NamesAPaper(key, doc.url(entry.title_link));
    const Entry* earlier = same_section ? same_section : other_section;
    if (paper && earlier && Unrelated(names, *earlier, entry)) {
      auto [reported, other] = ReportedAndOther(context, *earlier, entry);
      std::string where =
          earlier == same_section ? "" : fmt::format(" under '{}'", SectionPath(doc, *other));
      out.Report(doc.links()[reported->title_link].dest,
                 fmt::format("'{}' links the same paper as '{}' (line {}{}); one of the two links "
                             "is probably wrong",
                             reported->title, other->title, other->line, where),
                 earlier == same_section ? RuleReporter::Weight::kPrimary
                                         : RuleReporter::Weight::kSecondary);
    } else if (other_section && !same_section) {
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
