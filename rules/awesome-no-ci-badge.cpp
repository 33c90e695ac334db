// awesome-no-ci-badge: no CI status badge in the list (awesome-lint's rule,
// rules/no-ci-badge.js). awesome-lint reads Markdown images only, anywhere: a title saying
// "build status", "travis" or "circleci", or an address naming Travis or CircleCI.
// awesomelint also knows the badges of the CI services that came after them — GitHub Actions
// first — by their addresses, in reference images and HTML <img> tags too, but only outside
// the list's entries: there a badge shows the CI of the project listed, not of the list.
#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/lint/rule.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/markdown/syntax_tree.h"
#include "awesomelint/model/url.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

constexpr std::string_view kMessage = "Readme must not contain CI badge";

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// awesome-lint's own tests: /build status|travis|circleci/i on the title, /travis|circleci/i
// on the address.
bool TitleNamesCi(std::string_view title) {
  std::string lower = ToLower(title);
  return Contains(lower, "build status") || Contains(lower, "travis") ||
         Contains(lower, "circleci");
}
bool AddressNamesTravisOrCircleCi(std::string_view url) {
  std::string lower = ToLower(url);
  return Contains(lower, "travis") || Contains(lower, "circleci");
}

// Shields.io's routes for build and pipeline status.
constexpr std::string_view kShieldsCiRoutes[] = {
    "/github/actions/workflow/status/",
    "/github/workflow/status/",
    "/github/checks-status/",
    "/github/check-runs/",
    "/appveyor/build/",
    "/appveyor/ci/",
    "/appveyor/tests/",
    "/azure-devops/build/",
    "/azure-devops/tests/",
    "/gitlab/pipeline-status/",
    "/gitlab/pipeline/",
    "/bitbucket/pipelines/",
    "/buildkite/",
    "/drone/build/",
    "/jenkins/build",
    "/jenkins/tests",
    "/jenkins/s/",
    "/cirrus/",
    "/codeship/",
    "/teamcity/",
    "/semaphoreci/",
    "/wercker/",
};

// The status badges CI services serve themselves, and Shields.io's for them. Only build
// status: coverage, version, star and licence badges are left alone.
bool AddressIsCiBadge(const std::optional<Url>& url) {
  if (!url) return false;
  std::string path = ToLower(url->path);
  std::string_view host = url->bare_host();
  if (host == "github.com")  // GitHub Actions: /o/r/actions/workflows/ci.yml/badge.svg
    return Contains(path, "/workflows/") && path.ends_with("/badge.svg");
  if (host == "img.shields.io" || host == "shields.io")
    return std::any_of(std::begin(kShieldsCiRoutes), std::end(kShieldsCiRoutes),
                       [&](std::string_view route) { return path.starts_with(route); });
  if (host == "ci.appveyor.com") return path.starts_with("/api/projects/status");
  if (host == "dev.azure.com" || host.ends_with(".visualstudio.com"))
    return Contains(path, "/_apis/build/status");
  if (host == "badge.buildkite.com") return true;
  if (host == "cloud.drone.io") return path.starts_with("/api/badges/");
  if (host == "api.cirrus-ci.com") return path.starts_with("/github/");
  if (host == "app.bitrise.io") return path.ends_with("/status.svg");
  if (host == "app.codeship.com") return Contains(path, "/status");
  if (host.ends_with("semaphoreci.com")) return Contains(path, "/badge");
  // GitLab, on gitlab.com or a host of one's own: /o/r/badges/main/pipeline.svg.
  return Contains(path, "/badges/") && path.ends_with("/pipeline.svg");
}

class AwesomeNoCiBadgeRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "awesome-no-ci-badge", "No CI status badge in the list (awesome-lint's rule)",
        {"awesome", "badge"},  Severity::kOff,
        /*fixable=*/false,
        /*options=*/{},
    };
    return kMeta;
  }

  void Check(const Document& doc, const Entries&, const LintContext&,
             RuleReporter& out) const override {
    const SyntaxTree& tree = doc.tree();
    const std::vector<SyntaxNode>& nodes = tree.nodes();
    // Whether each node lies in a list item or a table row: in an entry.
    std::vector<bool> in_entry(nodes.size(), false);
    std::vector<int> html_nodes;
    for (size_t i = 1; i < nodes.size(); ++i) {
      in_entry[i] = in_entry[nodes[i].parent] || nodes[i].type == NodeType::kListItem ||
                    nodes[i].type == NodeType::kTableRow;
      if (nodes[i].type == NodeType::kHtml) html_nodes.push_back(static_cast<int>(i));
    }
    for (size_t i = 1; i < nodes.size(); ++i) {
      const SyntaxNode& node = nodes[i];
      if (node.type != NodeType::kImage) continue;
      std::string_view url = tree.Url(node);
      if (TitleNamesCi(tree.Title(node)) || AddressNamesTravisOrCircleCi(url) ||
          (!in_entry[i] && AddressIsCiBadge(ParseUrl(url))))
        out.Report(node.span, std::string(kMessage));
    }
    HtmlEntries html_entries(doc);
    for (size_t index = 0; index < doc.links().size(); ++index) {
      const Link& link = doc.links()[index];
      if (link.syntax != LinkSyntax::kHtml || !link.image) continue;
      if (html_entries.Contains(link.span.begin) ||
          InEntry(nodes, in_entry, html_nodes, link.span.begin))
        continue;
      if (AddressNamesTravisOrCircleCi(link.url) || AddressIsCiBadge(doc.url(index)))
        out.Report(link.span, std::string(kMessage));
    }
  }

 private:
  // Whether the HTML node holding document offset `at` lies in an entry.
  static bool InEntry(const std::vector<SyntaxNode>& nodes, const std::vector<bool>& in_entry,
                      const std::vector<int>& html_nodes, size_t at) {
    auto after =
        std::upper_bound(html_nodes.begin(), html_nodes.end(), at,
                         [&](size_t offset, int node) { return offset < nodes[node].span.begin; });
    if (after == html_nodes.begin()) return false;
    int node = *std::prev(after);
    return at < nodes[node].span.end && in_entry[node];
  }

  // The rows and items of HTML tables and lists: entries written in HTML.
  class HtmlEntries {
   public:
    explicit HtmlEntries(const Document& doc) {
      for (const Block& block : doc.blocks()) {
        if (block.kind != Block::Kind::kHtmlTableRow && block.kind != Block::Kind::kHtmlListItem)
          continue;
        spans_.push_back(block.span);
      }
      std::sort(spans_.begin(), spans_.end(),
                [](const Span& a, const Span& b) { return a.begin < b.begin; });
      for (const Span& span : spans_)
        reach_.push_back(std::max(reach_.empty() ? 0 : reach_.back(), span.end));
    }
    bool Contains(size_t at) const {
      auto after =
          std::upper_bound(spans_.begin(), spans_.end(), at,
                           [](size_t offset, const Span& span) { return offset < span.begin; });
      return after != spans_.begin() && at < reach_[after - spans_.begin() - 1];
    }

   private:
    std::vector<Span> spans_;    // by start
    std::vector<size_t> reach_;  // the furthest end of the spans up to each
  };
};

}  // namespace

std::unique_ptr<Rule> MakeAwesomeNoCiBadgeRule() {
  return std::make_unique<AwesomeNoCiBadgeRule>();
}

}  // namespace awesomelint
