// badge-target: a badge names what it links to — a GitHub badge its repository,
// a Hugging Face badge the kind of repository, a Zenodo badge its DOI, a static
// arXiv/DOI badge the paper.
#include <fmt/format.h>

#include "awesomelint/lint/rule.h"
#include "awesomelint/model/badges.h"
#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

using Weight = RuleReporter::Weight;

// GitHub routes whose third and fourth segments are OWNER/REPO.
bool IsRepoRoute(std::string_view kind) {
  for (std::string_view route :
       {"stars", "forks", "watchers", "license", "contributors", "issues", "issues-pr",
        "issues-closed", "last-commit", "repo-size", "created-at", "release", "v", "tag",
        "downloads", "commit-activity"})
    if (kind == route) return true;
  return false;
}

void CheckShields(const ShieldsRoute& route, const Link& image, const Url& target,
                  RuleReporter& out) {
  const std::vector<std::string>& s = route.segments;
  if (s.size() >= 4 && s[0] == "github" && IsRepoRoute(s[1])) {
    // "/github/v/release/o/r" and "/github/commit-activity/m/o/r" carry one more segment.
    size_t owner = (s[1] == "v" || s[1] == "commit-activity") && s.size() >= 5 ? 3 : 2;
    GithubRepo named{s[owner], s[owner + 1], ""};
    std::optional<GithubRepo> linked = GithubRepoFromUrl(target);
    if (linked && linked->key() != named.key())
      out.Report(
          image.dest,
          fmt::format("GitHub {} badge names {}/{} but links to {}/{}",
                      owner == 3 ? s[2] : s[1],  // "/github/v/release/..." is a release badge
                      named.owner, named.name, linked->owner, linked->name));
    return;
  }
  if (s.size() >= 2 && s[0] == "badge") {
    std::string content;
    for (size_t i = 1; i < s.size(); ++i) content += (i > 1 ? "/" : "") + s[i];
    std::optional<StaticBadge> badge = ParseStaticBadge(content);
    if (!badge) return;
    std::string label = ToLower(badge->label);
    if (label.find("arxiv") != std::string::npos) {
      std::string_view id = badge->message;
      if (id.rfind("arXiv:", 0) == 0) id.remove_prefix(6);
      if (id.find('.') == std::string_view::npos && id.find('/') == std::string_view::npos) return;
      std::optional<ArxivRef> linked = ArxivFromUrl(target);
      std::optional<HfRef> paper = HuggingFaceFromUrl(target);
      std::string linked_id = linked                                   ? linked->id
                              : paper && paper->kind == HfKind::kPaper ? paper->id
                                                                       : std::string();
      std::string named = SplitArxivVersion(id).id;
      if (!linked_id.empty() && ToLower(linked_id) != ToLower(named))
        out.Report(image.dest,
                   fmt::format("arXiv badge names {} but links to {}", named, linked_id));
    } else if (label == "doi") {
      std::optional<std::string> linked = DoiFromUrl(target);
      if (linked && *linked != ToLower(badge->message))
        out.Report(image.dest,
                   fmt::format("DOI badge names {} but links to {}", badge->message, *linked));
    }
  }
}

void CheckHuggingFace(HfKind kind, const Link& image, std::string_view written, const Url& target,
                      RuleReporter& out) {
  std::optional<HfRef> linked = HuggingFaceFromUrl(target);
  bool hf_space_app = target.host.size() > 9 && target.host.ends_with(".hf.space");
  if (hf_space_app && kind == HfKind::kSpace) return;
  if (!linked) {
    if (target.bare_host() != "huggingface.co" && target.bare_host() != "hf.co")
      out.Report(image.dest,
                 fmt::format("Hugging Face {} badge links outside Hugging Face ({})",
                             HfKindName(kind), written),
                 Weight::kSecondary);
    return;
  }
  if (linked->kind == HfKind::kListing || linked->kind == kind) return;
  out.Report(image.dest, fmt::format("Hugging Face {} badge links to a {} ({})", HfKindName(kind),
                                     HfKindName(linked->kind), linked->id));
}

void CheckZenodo(const Link& image, const Url& image_url, const Url& target, RuleReporter& out) {
  if (std::optional<std::string> doi = ZenodoBadgeDoi(image_url)) {
    std::optional<std::string> linked_doi = DoiFromUrl(target);
    std::optional<std::string> linked_record = ZenodoRecordFromUrl(target);
    std::optional<std::string> named_record = ZenodoRecordFromDoi(*doi);
    bool mismatch = linked_doi ? *linked_doi != *doi
                               : linked_record && named_record && *linked_record != *named_record;
    if (mismatch)
      out.Report(image.dest,
                 fmt::format("Zenodo badge names {} but links to {}; unless one is the other's "
                             "concept DOI, one of them is wrong",
                             *doi, linked_doi ? *linked_doi : "record " + *linked_record),
                 Weight::kSecondary);
    return;
  }
  if (std::optional<std::string> id = ZenodoBadgeGithubId(image_url)) {
    std::vector<std::string_view> s = target.segments();
    if (target.bare_host() == "zenodo.org" && s.size() == 3 && s[0] == "badge" &&
        s[1] == "latestdoi" && s[2] != *id)
      out.Report(
          image.dest,
          fmt::format("Zenodo badge is for GitHub repository id {} but links to id {}", *id, s[2]));
  }
}

class BadgeTargetRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "badge-target",        "A badge names the repository, model, DOI or paper it links to",
        {"research", "badge"}, Severity::kError,
        /*fixable=*/false,     {}};
    return kMeta;
  }

  void Check(const Document& doc, const Entries&, const LintContext&,
             RuleReporter& out) const override {
    for (size_t i = 0; i < doc.links().size(); ++i) {
      const Link& link = doc.links()[i];
      if (!link.is_badge()) continue;
      const Link& image = doc.links()[link.image_child];
      const std::optional<Url>& image_url = doc.url(link.image_child);
      const std::optional<Url>& target = doc.url(i);
      if (!image_url || !target) continue;
      if (auto route = ParseShieldsRoute(*image_url)) {
        CheckShields(*route, image, *target, out);
      } else if (auto kind = HuggingFaceBadgeKind(*image_url)) {
        CheckHuggingFace(*kind, image, doc.RawUrl(link), *target, out);
      } else {
        CheckZenodo(image, *image_url, *target, out);
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeBadgeTargetRule() {
  return std::make_unique<BadgeTargetRule>();
}

}  // namespace awesomelint
