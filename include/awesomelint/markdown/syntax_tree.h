// SyntaxTree: the file as Markdown nodes in mdast's shape — root, heading, list,
// listItem, paragraph, text, link, image, inlineCode, html... — for the rules that
// judge a list's structure the way awesome-lint does, not its entries. Built from
// cmark-gfm on first use (Document::tree()), so the research rules never pay for it.
// Nodes are flat, in document order, each knowing its parent, first child and next
// sibling: a rule walks any depth without recursion.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/model/line_index.h"
#include "awesomelint/model/span.h"

namespace awesomelint {

class Document;

enum class NodeType : uint8_t {
  kRoot,
  // Blocks.
  kBlockQuote,
  kList,
  kListItem,
  kCode,  // a code block
  kHtml,  // raw HTML, a block or inline (as mdast has it)
  kParagraph,
  kHeading,
  kThematicBreak,
  kTable,
  kTableRow,
  kTableCell,
  kFootnoteDefinition,
  // Inlines. A soft line break is part of its text node, as in mdast.
  kText,
  kBreak,  // a hard line break
  kInlineCode,
  kEmphasis,
  kStrong,
  kDelete,
  kLink,
  kImage,  // no children: its alt text is its value
  kFootnoteReference,
  kOther,
};

struct SyntaxNode {
  NodeType type = NodeType::kOther;
  uint8_t depth = 0;       // a heading's level, 1-6
  bool ordered = false;    // a list
  bool reference = false;  // a link or image written as a reference: [text][label], [label]
  bool autolink = false;   // <https://...>, or a bare URL
  int parent = -1;
  int first_child = -1;
  int next = -1;  // the next sibling
  int index = 0;  // among its parent's children
  int end = 0;    // one past its last descendant: its subtree is nodes [this one, end)
  Span span;      // where it is written; a node cmark-gfm gives no position starts where
                  // its previous sibling ends
  // Into SyntaxTree's strings: text, code and html: the literal; an image: its alt
  // text; a link or image: its destination and title.
  uint32_t value = 0, value_size = 0;
  uint32_t url = 0, url_size = 0;
  uint32_t title = 0, title_size = 0;
};

class SyntaxTree {
 public:
  // The document's text parsed again (Document::tree() does it once); its links say
  // where links are written where cmark-gfm's positions fail.
  static SyntaxTree Build(const Document& doc);

  const std::vector<SyntaxNode>& nodes() const { return nodes_; }
  const SyntaxNode& operator[](int node) const { return nodes_[node]; }
  static constexpr int kRoot = 0;

  std::string_view Value(const SyntaxNode& node) const {
    return Slice(node.value, node.value_size);
  }
  std::string_view Url(const SyntaxNode& node) const { return Slice(node.url, node.url_size); }
  std::string_view Title(const SyntaxNode& node) const {
    return Slice(node.title, node.title_size);
  }

  // The node's children, in order.
  std::vector<int> Children(int node) const;
  // mdast-util-to-string: the values of the node (or its descendants: text, inline
  // code, HTML, an image's alt text) joined, in document order.
  std::string ToString(int node) const;
  // Whether `node` lies inside `ancestor` (or is it).
  bool Within(int node, int ancestor) const;

 private:
  std::string_view Slice(uint32_t at, uint32_t size) const {
    return std::string_view(strings_).substr(at, size);
  }

  friend class SyntaxTreeBuilder;
  std::vector<SyntaxNode> nodes_;
  std::string strings_;
};

}  // namespace awesomelint
