// no-repeat-item-in-description: awesome-lint 2.3.0's rule of that name
// (rules/no-repeat-item-in-description.js), ported on the syntax tree: "[Redis](url) - Redis is
// an in-memory store." says the name twice. JavaScript's string operations (toLowerCase, trim,
// slice) are run as JavaScript runs them, on UTF-16 code units.
#include <fmt/format.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/lint/rule.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/markdown/syntax_tree.h"
#include "rules/letter_case.h"

namespace awesomelint {
namespace {

using letter_case::IsSpace;
using letter_case::ToUtf16;

constexpr std::u16string_view kSeparator = u" - ";

// A link in mdast's sense: not a reference ("linkReference" there).
bool IsInlineLink(const SyntaxNode& node) {
  return node.type == NodeType::kLink && !node.reference;
}

bool IsBlankText(const SyntaxTree& tree, const SyntaxNode& node) {
  return node.type == NodeType::kText && letter_case::Trim(ToUtf16(tree.Value(node))).empty();
}

class RepeatFinder {
 public:
  explicit RepeatFinder(const SyntaxTree& tree) : tree_(tree) {}

  // The item's main link, when its description starts with the link's text.
  int RepeatedLink(int item) const {
    int paragraph = tree_[item].first_child;
    while (paragraph >= 0 && tree_[paragraph].type != NodeType::kParagraph)
      paragraph = tree_[paragraph].next;
    if (paragraph < 0) return -1;
    int link = MainLink(paragraph);
    if (link < 0) return -1;
    std::u16string name = ToUtf16(tree_.ToString(link));
    if (name.empty()) return -1;
    int separator = SeparatorAfter(link);
    if (separator < 0) return -1;
    std::u16string description = Description(separator);
    if (description.empty()) return -1;
    if (!letter_case::Low(description).starts_with(letter_case::Low(name))) return -1;
    // A word boundary after the name: "NodeJS is" does not repeat "Node".
    if (description.size() <= name.size()) return link;
    char16_t next = description[name.size()];
    return IsSpace(next) || std::u16string_view(u".,!?:-").find(next) != std::u16string_view::npos
               ? link
               : -1;
  }

 private:
  // The first link that is not a badge: a badge holds an image, or is followed (past blank
  // text) by another link.
  int MainLink(int paragraph) const {
    for (int child = tree_[paragraph].first_child; child >= 0; child = tree_[child].next) {
      if (!IsInlineLink(tree_[child])) continue;
      bool has_image = false;
      for (int part = tree_[child].first_child; part >= 0; part = tree_[part].next)
        has_image |= tree_[part].type == NodeType::kImage && !tree_[part].reference;
      int next = tree_[child].next;
      while (next >= 0 && IsBlankText(tree_, tree_[next])) next = tree_[next].next;
      bool followed_by_link = next >= 0 && IsInlineLink(tree_[next]);
      if (!has_image && !followed_by_link) return child;
    }
    return -1;
  }

  // The text node holding " - " after the link, past emphasis, strong, code and blank text;
  // -1 when anything else comes first.
  int SeparatorAfter(int link) const {
    for (int node = tree_[link].next; node >= 0; node = tree_[node].next) {
      const SyntaxNode& n = tree_[node];
      if (n.type == NodeType::kText &&
          ToUtf16(tree_.Value(n)).find(kSeparator) != std::u16string::npos)
        return node;
      bool formatting = n.type == NodeType::kEmphasis || n.type == NodeType::kStrong ||
                        n.type == NodeType::kInlineCode;
      if (!formatting && !IsBlankText(tree_, n)) return -1;
    }
    return -1;
  }

  // What follows the first " - ", and the text of the nodes after, trimmed.
  std::u16string Description(int separator) const {
    std::u16string value = ToUtf16(tree_.Value(tree_[separator]));
    std::u16string text = value.substr(value.find(kSeparator) + kSeparator.size());
    for (int node = tree_[separator].next; node >= 0; node = tree_[node].next)
      text += ToUtf16(tree_.ToString(node));
    return std::u16string(letter_case::Trim(text));
  }

  const SyntaxTree& tree_;
};

class NoRepeatItemInDescriptionRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "no-repeat-item-in-description",
        "A description does not start by repeating the item's name (awesome-lint's rule)",
        {"awesome", "entry"},
        Severity::kOff,
        /*fixable=*/false,
        {}};
    return kMeta;
  }

  void Check(const Document& doc, const Entries& /*entries*/, const LintContext& /*context*/,
             RuleReporter& out) const override {
    const SyntaxTree& tree = doc.tree();
    RepeatFinder finder(tree);
    for (int node = 0; node < static_cast<int>(tree.nodes().size()); ++node) {
      if (tree[node].type != NodeType::kListItem) continue;
      int link = finder.RepeatedLink(node);
      if (link < 0) continue;
      out.Report(tree[link].span,
                 fmt::format("List item description should not start with the item name \"{}\"",
                             tree.ToString(link)));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeNoRepeatItemInDescriptionRule() {
  return std::make_unique<NoRepeatItemInDescriptionRule>();
}

}  // namespace awesomelint
