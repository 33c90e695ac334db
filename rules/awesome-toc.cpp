// awesome-toc: the "## Contents" section lists every section, in order, each item named as
// its heading and linking to its anchor (awesome-lint's rule, rules/toc.js).
//
// A port of awesome-lint's walk over the top-level nodes: the Contents heading, the
// depth-2 section headings after it (less Contributing, Footnotes and Related Lists), the one
// list between them, and its items held to those headings one by one, their sub-items to
// the depth-3 headings of the section. Anchors are github-slugger's slugs of every
// heading's text without U+FE0F, numbered -1, -2 when repeated.
//
// Where awesome-lint reports links that work on GitHub, awesomelint does not: an anchor in
// another letter case, percent-encoded or with GitHub's prefix ("#Tools", "#%E4%B8%AD",
// "#user-content-tools"), and the list's own README addressed in full
// ("https://github.com/o/r?tab=readme-ov-file#tools"). A Contents heading with an emoji
// ("## 📌 Contents") is the Contents heading, which awesome-lint does not see.
#include <fmt/format.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "awesome_headings.h"
#include "awesomelint/lint/rule.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/markdown/syntax_tree.h"
#include "awesomelint/model/url.h"
#include "awesomelint/support/strings.h"
#include "letter_case.h"
#include "markdown/slug.h"
#include "support/utf8.h"

namespace awesomelint {
namespace {

constexpr int kMaxListItemDepth = 1;

bool IsDeniedSection(std::string_view text) {
  return text == "Contributing" || text == "Footnotes" || text == "Related Lists";
}

std::string JsLowerCase(std::string_view text) {
  return letter_case::ToUtf8(letter_case::Low(letter_case::ToUtf16(text)));
}

std::string WithoutVariationSelectors(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t at = 0;;) {
    size_t selector = text.find("\xEF\xB8\x8F", at);  // U+FE0F
    out += text.substr(at, selector - at);
    if (selector == std::string_view::npos) return out;
    at = selector + 3;
  }
}

class TocCheck {
 public:
  TocCheck(const Document& doc, const LintContext& context, RuleReporter& out)
      : tree_(doc.tree()), nodes_(tree_.nodes()), context_(context), out_(out) {}

  void Run() {
    top_ = tree_.Children(SyntaxTree::kRoot);
    AnchorHeadings();
    // awesome-lint takes the first Contents heading at any depth of nesting, and then stops
    // with an error if it is not at the top level: only top-level ones are read here.
    int contents = awesome::TopLevelContentsHeading(tree_);
    if (contents < 0) return;             // the table of contents is optional
    size_t toc = nodes_[contents].index;  // its place in top_
    const Span toc_span = nodes_[top_[toc]].span;

    int headings_before = 0, html_before = 0;
    for (size_t i = 0; i < toc; ++i) {
      headings_before += nodes_[top_[i]].type == NodeType::kHeading;
      html_before += nodes_[top_[i]].type == NodeType::kHtml;
    }
    if (headings_before > 1)
      out_.Report(toc_span, "Table of Contents must be the first section");
    else if (headings_before == 0 && html_before == 0)
      out_.Report(toc_span, "First heading should be name of awesome list");

    std::vector<int> sections;
    for (size_t i = toc + 1; i < top_.size(); ++i) {
      int node = top_[i];
      if (nodes_[node].type == NodeType::kHeading && nodes_[node].depth == 2 &&
          !IsDeniedSection(Text(node)))
        sections.push_back(node);
    }
    if (sections.empty()) {
      out_.Report(Span{0, 0}, "Missing content headers");
      return;
    }
    std::vector<int> lists;
    for (size_t i = toc + 1; i < static_cast<size_t>(nodes_[sections[0]].index); ++i)
      if (nodes_[top_[i]].type == NodeType::kList) lists.push_back(top_[i]);
    if (lists.empty())
      out_.Report(toc_span, "Missing or invalid Table of Contents list");
    else if (lists.size() > 1)
      out_.Report(toc_span, "Multiple Table of Contents lists found");
    else
      ValidateItems(lists[0], sections, 0);
  }

 private:
  const std::string& Text(int node) {
    auto [it, added] = text_.try_emplace(node);
    if (added) it->second = tree_.ToString(node);
    return it->second;
  }

  // github-slugger over every heading in document order, U+FE0F removed first.
  void AnchorHeadings() {
    std::vector<Heading> headings;
    for (int i = 0; i < static_cast<int>(nodes_.size()); ++i) {
      if (nodes_[i].type != NodeType::kHeading) continue;
      Heading heading;
      heading.text = JsLowerCase(WithoutVariationSelectors(Text(i)));
      headings.push_back(std::move(heading));
    }
    AssignSlugs(headings);
    for (const Heading& heading : headings) anchor_used_.emplace(heading.slug, false);
  }

  // The anchor a ToC link names: "#slug" exactly, as awesome-lint has it; else, as GitHub
  // finds it: in any letter case, percent-encoded, as "#user-content-slug", or behind the
  // list's own README address.
  // Its entry in anchor_used_, null for none.
  bool* FindAnchor(std::string_view url) {
    if (!url.empty() && url[0] == '#') {
      auto exact = anchor_used_.find(std::string(url.substr(1)));
      if (exact != anchor_used_.end()) return &exact->second;
    }
    std::optional<std::string_view> fragment = FragmentOfOwnReadme(url);
    if (!fragment) return nullptr;
    std::string name = JsLowerCase(PercentDecode(*fragment));
    if (name.rfind("user-content-", 0) == 0) name.erase(0, 13);  // GitHub's own id prefix
    auto lenient = anchor_used_.find(name);
    return lenient == anchor_used_.end() ? nullptr : &lenient->second;
  }

  // "#x", or the x of the list's README on GitHub: github.com/o/r#x, /o/r?tab=readme-ov-file#x,
  // /o/r/blob/<branch>/README.md#x — of the list's own repository when it is known.
  std::optional<std::string_view> FragmentOfOwnReadme(std::string_view text) const {
    if (!text.empty() && text[0] == '#') return text.substr(1);
    std::optional<Url> url = ParseUrl(text);
    if (!url || url->bare_host() != "github.com" || url->fragment.empty()) return std::nullopt;
    if (!url->query.empty() && url->query != "tab=readme-ov-file") return std::nullopt;
    std::vector<std::string_view> segments = url->segments();
    bool repository_page = segments.size() == 2;
    bool readme_file =
        segments.size() == 5 && segments[2] == "blob" && ToLower(segments[4]) == "readme.md";
    if (!repository_page && !readme_file) return std::nullopt;
    const ListRepository* repository = context_.list_repository;
    if (repository && !repository->full_name.empty() &&
        ToLower(repository->full_name) != ToLower(fmt::format("{}/{}", segments[0], segments[1])))
      return std::nullopt;
    return url->fragment;
  }

  // The first node of the subtree [node, end) that `matches`, -1 for none.
  template <typename Matches>
  int FindInside(int node, Matches matches) const {
    for (int i = node; i < nodes_[node].end; ++i)
      if (matches(nodes_[i])) return i;
    return -1;
  }

  // The depth-3 headings of the section `heading` opens, up to `next` (-1: the end), less
  // those under a Contributing, Footnotes or Related Lists section in between.
  std::vector<int> SubHeadings(int heading, int next, int depth) {
    std::vector<int> found;
    size_t end = next >= 0 ? static_cast<size_t>(nodes_[next].index) : top_.size();
    bool denied = false;
    for (size_t i = nodes_[heading].index + 1; i < end; ++i) {
      const SyntaxNode& node = nodes_[top_[i]];
      if (node.type != NodeType::kHeading) continue;
      if (node.depth == 2) denied = IsDeniedSection(Text(top_[i]));
      if (node.depth == depth + 3 && !denied) found.push_back(top_[i]);
    }
    return found;
  }

  // awesome-lint's validateListItems: each item against the heading of the same index; the
  // first fault ends the list's check.
  void ValidateItems(int list, const std::vector<int>& headings, int depth) {
    size_t index = 0;
    for (int item = nodes_[list].first_child; item >= 0; item = nodes_[item].next, ++index) {
      const Span item_span = nodes_[item].span;
      int link = FindInside(item, [](const SyntaxNode& node) {
        return node.type == NodeType::kLink && !node.reference;
      });
      if (link < 0) {
        out_.Report(item_span, fmt::format("ToC item \"{}\" missing link \"{}\"", index,
                                           tree_.ToString(item)));
        return;
      }
      std::string_view url = tree_.Url(nodes_[link]);
      std::string text = tree_.ToString(link);
      int heading = index < headings.size() ? headings[index] : -1;
      std::string heading_text = heading >= 0 ? Text(heading) : std::string();
      if (text.empty()) {
        out_.Report(item_span, fmt::format("ToC item \"{}\" missing link text", url));
        return;
      }
      if (heading_text.empty()) {
        out_.Report(item_span,
                    IsDeniedSection(text)
                        ? fmt::format("ToC should not contain section \"{}\"", text)
                        : fmt::format("ToC item \"{}\" missing corresponding heading", text));
        return;
      }
      if (text != heading_text) {
        out_.Report(item_span,
                    fmt::format("ToC item \"{}\" does not match corresponding heading \"{}\"", text,
                                heading_text));
        return;
      }
      bool* used = FindAnchor(url);
      if (!used) {
        out_.Report(item_span, fmt::format("ToC item \"{}\" link \"{}\" not found", text, url));
        return;
      }
      if (*used) {
        out_.Report(item_span, fmt::format("ToC item \"{}\" has duplicate link \"{}\"", text, url));
        return;
      }
      *used = true;
      int sub_list =
          FindInside(item, [](const SyntaxNode& node) { return node.type == NodeType::kList; });
      if (sub_list < 0) continue;  // sub-lists are optional, sub-headings or not
      if (depth >= kMaxListItemDepth) {
        out_.Report(item_span,
                    fmt::format("Exceeded max depth of {} levels", kMaxListItemDepth + 1));
        continue;
      }
      int next = index + 1 < headings.size() ? headings[index + 1] : -1;
      ValidateItems(sub_list, SubHeadings(heading, next, depth), depth + 1);
    }
    for (; index < headings.size(); ++index)
      out_.Report(nodes_[list].span,
                  fmt::format("ToC missing item for \"{}\"", Text(headings[index])));
  }

  const SyntaxTree& tree_;
  const std::vector<SyntaxNode>& nodes_;
  const LintContext& context_;
  RuleReporter& out_;
  std::vector<int> top_;                               // the root's children
  std::unordered_map<std::string, bool> anchor_used_;  // by slug: linked from the ToC yet
  std::unordered_map<int, std::string> text_;          // headings' text, by node
};

class AwesomeTocRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "awesome-toc",
        "The Contents section lists every section, with working links (awesome-lint's rule)",
        {"awesome", "toc"},
        Severity::kOff,
        /*fixable=*/false,
        /*options=*/{},
    };
    return kMeta;
  }

  void Check(const Document& doc, const Entries&, const LintContext& context,
             RuleReporter& out) const override {
    TocCheck(doc, context, out).Run();
  }
};

}  // namespace

std::unique_ptr<Rule> MakeAwesomeTocRule() {
  return std::make_unique<AwesomeTocRule>();
}

}  // namespace awesomelint
