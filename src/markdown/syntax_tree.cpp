#include "awesomelint/markdown/syntax_tree.h"

#include <cmark-gfm.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

#include "awesomelint/markdown/document.h"
#include "awesomelint/support/errors.h"
#include "cmark_text.h"
#include "segments.h"

namespace awesomelint {

class SyntaxTreeBuilder {
 public:
  SyntaxTreeBuilder(SyntaxTree& tree, std::string_view text, const LineIndex& lines,
                    const std::vector<Link>& links)
      : tree_(tree),
        text_(text),
        links_(links),
        cmark_lines_(LineIndex::HasLoneCarriageReturn(text)
                         ? std::optional(LineIndex(text, LineIndex::Breaks::kCommonMark))
                         : std::nullopt),
        lines_(cmark_lines_ ? *cmark_lines_ : lines) {
    SyntaxNode root;
    root.type = NodeType::kRoot;
    root.span = {0, text.size()};
    tree_.nodes_.push_back(root);
    last_child_.push_back(-1);
    after_break_.push_back(false);
    open_.push_back(SyntaxTree::kRoot);
  }

  void AddSegment(cmark_node* root, size_t begin) {
    line_offset_ = lines_.LineOf(begin) - 1;
    // A list cut by the segment boundary goes on in the list the last segment ended with.
    continued_list_ = nullptr;
    int previous = last_child_[SyntaxTree::kRoot];
    cmark_node* first = cmark_node_first_child(root);
    if (first && previous >= 0 && tree_.nodes_[previous].type == NodeType::kList &&
        cmark_node_get_type(first) == CMARK_NODE_LIST &&
        ListMarker(first, text_, SpanOf(first).begin) == last_list_marker_)
      continued_list_ = first;
    WalkTree(
        root, [this](cmark_node* node) { return Enter(node); }, [this](cmark_node*) { Leave(); });
  }

  void Finish() {
    while (!open_.empty()) Leave();
  }

 private:
  // Adds the node; answers whether its children are walked (then it is open until left).
  bool Enter(cmark_node* node) {
    cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_SOFTBREAK) {
      AddText(node, type == CMARK_NODE_SOFTBREAK ? std::string_view("\n") : Literal(node));
      return false;
    }
    if (node == continued_list_) {
      int list = last_child_[SyntaxTree::kRoot];
      tree_.nodes_[list].span.end = std::max(tree_.nodes_[list].span.end, SpanOf(node).end);
      open_.push_back(list);
      return true;
    }
    SyntaxNode added;
    added.type = TypeOf(node);
    added.span =
        IsInline(added.type) ? InlineSpan(node, InlineSize(node, added.type)) : SpanOf(node);
    if (added.type == NodeType::kBreak) {
      added.span.end = HardBreakEnd(added.span.begin);
      after_break_[open_.back()] = true;
    }
    if (added.type == NodeType::kList && open_.back() == SyntaxTree::kRoot)
      last_list_marker_ = ListMarker(node, text_, added.span.begin);
    switch (added.type) {
      case NodeType::kHeading:
        added.depth = static_cast<uint8_t>(cmark_node_get_heading_level(node));
        break;
      case NodeType::kList:
        added.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        break;
      case NodeType::kCode:
      case NodeType::kHtml:
      case NodeType::kInlineCode:
        SetString(added.value, added.value_size, Literal(node));
        break;
      case NodeType::kLink:
      case NodeType::kImage:
        ReadLink(node, added);
        break;
      default:
        break;
    }
    int index = Append(added);
    // An image's alt text is its value; code, HTML and breaks have no children.
    if (added.type == NodeType::kImage || cmark_node_first_child(node) == nullptr) {
      tree_.nodes_[index].end = index + 1;
      return false;
    }
    open_.push_back(index);
    return true;
  }

  void Leave() {
    int node = open_.back();
    open_.pop_back();
    SyntaxNode& left = tree_.nodes_[node];
    left.end = static_cast<int>(tree_.nodes_.size());
    // An inline container reaches at least to its last child's end (cmark-gfm gives
    // emphasis after a hard break no usable position).
    if (IsInline(left.type) && last_child_[node] >= 0)
      left.span.end = std::max(left.span.end, tree_.nodes_[last_child_[node]].span.end);
  }

  static NodeType TypeOf(cmark_node* node) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_BLOCK_QUOTE:
        return NodeType::kBlockQuote;
      case CMARK_NODE_LIST:
        return NodeType::kList;
      case CMARK_NODE_ITEM:
        return NodeType::kListItem;
      case CMARK_NODE_CODE_BLOCK:
        return NodeType::kCode;
      case CMARK_NODE_HTML_BLOCK:
      case CMARK_NODE_HTML_INLINE:
        return NodeType::kHtml;
      case CMARK_NODE_PARAGRAPH:
        return NodeType::kParagraph;
      case CMARK_NODE_HEADING:
        return NodeType::kHeading;
      case CMARK_NODE_THEMATIC_BREAK:
        return NodeType::kThematicBreak;
      case CMARK_NODE_FOOTNOTE_DEFINITION:
        return NodeType::kFootnoteDefinition;
      case CMARK_NODE_LINEBREAK:
        return NodeType::kBreak;
      case CMARK_NODE_CODE:
        return NodeType::kInlineCode;
      case CMARK_NODE_EMPH:
        return NodeType::kEmphasis;
      case CMARK_NODE_STRONG:
        return NodeType::kStrong;
      case CMARK_NODE_LINK:
        return NodeType::kLink;
      case CMARK_NODE_IMAGE:
        return NodeType::kImage;
      case CMARK_NODE_FOOTNOTE_REFERENCE:
        return NodeType::kFootnoteReference;
      default:
        break;
    }
    if (IsTableNode(node, "table")) return NodeType::kTable;
    if (IsTableNode(node, "table_header") || IsTableNode(node, "table_row"))
      return NodeType::kTableRow;
    if (IsTableNode(node, "table_cell")) return NodeType::kTableCell;
    if (IsTableNode(node, "strikethrough")) return NodeType::kDelete;
    return NodeType::kOther;
  }

  // Adjacent text and soft breaks make one text node, as in mdast.
  void AddText(cmark_node* node, std::string_view literal) {
    if (literal.empty()) return;  // the autolink extension leaves some; mdast has none
    int previous = last_child_[open_.back()];
    if (previous >= 0) {
      SyntaxNode& text = tree_.nodes_[previous];
      if (text.type == NodeType::kText && text.value + text.value_size == tree_.strings_.size()) {
        tree_.strings_ += literal;
        text.value_size += static_cast<uint32_t>(literal.size());
        text.span.end = std::max(text.span.end, InlineSpan(node, literal.size()).end);
        return;
      }
    }
    SyntaxNode added;
    added.type = NodeType::kText;
    added.span = InlineSpan(node, literal.size());
    SetString(added.value, added.value_size, literal);
    int index = Append(added);
    tree_.nodes_[index].end = index + 1;
  }

  void ReadLink(cmark_node* node, SyntaxNode& link) {
    SetUrl(link, cmark_node_get_url(node) ? cmark_node_get_url(node) : "");
    SetString(link.title, link.title_size,
              cmark_node_get_title(node) ? cmark_node_get_title(node) : "");
    if (link.type == NodeType::kImage)
      SetString(link.value, link.value_size, PlainText(node, /*with_images=*/true));
    if (cmark_node_get_start_line(node) <= 0) {  // the autolink extension's bare URLs
      link.autolink = true;
      return;
    }
    std::string_view written = text_.substr(link.span.begin, link.span.size());
    link.autolink = !written.empty() && written[0] != '[' && written[0] != '!';
    link.reference = !link.autolink && !written.empty() && written.back() == ']';
  }

  // Every use of a reference copies its definition's URL: a long one is kept once.
  void SetUrl(SyntaxNode& link, std::string_view url) {
    constexpr size_t kSharedFrom = 64;
    if (url.size() < kSharedFrom) return SetString(link.url, link.url_size, url);
    auto [it, added] = shared_urls_.try_emplace(std::string(url), 0);
    if (added) SetString(it->second, link.url_size, url);
    link.url = it->second;
    link.url_size = static_cast<uint32_t>(url.size());
  }

  int Append(SyntaxNode added) {
    int parent = open_.back();
    int index = static_cast<int>(tree_.nodes_.size());
    added.parent = parent;
    int previous = last_child_[parent];
    if (previous >= 0) {
      tree_.nodes_[previous].next = index;
      added.index = tree_.nodes_[previous].index + 1;
    } else {
      tree_.nodes_[parent].first_child = index;
    }
    last_child_[parent] = index;
    tree_.nodes_.push_back(added);
    last_child_.push_back(-1);
    after_break_.push_back(after_break_[parent]);  // emphasis after a break: its children too
    return index;
  }

  static bool IsInline(NodeType type) { return type >= NodeType::kText && type < NodeType::kOther; }

  // How many bytes an inline node without a usable position is assumed to take: a bare
  // URL is written as its text; a text node as its literal (escapes aside).
  static size_t InlineSize(cmark_node* node, NodeType type) {
    if (type == NodeType::kLink && cmark_node_get_start_line(node) <= 0)
      return PlainText(node, /*with_images=*/false).size();
    return Literal(node).size();
  }

  // Where an inline node is. Inline siblings follow each other in the source, so one
  // that cmark-gfm gives no position (the autolink extension's links and the text next
  // to them), or a wrong one (anything after a hard line break, or before its previous
  // sibling's end), starts where its previous sibling ends.
  Span InlineSpan(cmark_node* node, size_t size) const {
    int parent = open_.back();
    int previous = last_child_[parent];
    size_t cursor =
        previous >= 0 ? tree_.nodes_[previous].span.end : tree_.nodes_[parent].span.begin;
    Span span = SpanOf(node);
    bool positioned = cmark_node_get_start_line(node) > 0;
    cmark_node_type type = cmark_node_get_type(node);
    if (positioned && !after_break_[parent] && span.begin >= cursor) {
      // A text the autolink extension cut keeps the whole text's end.
      if (type == CMARK_NODE_TEXT) span.end = std::min(span.end, span.begin + size);
      return span;
    }
    if (positioned && (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE)) {
      if (const Link* link = WrittenLinkAt(cursor, BlockEnd())) return link->span;
    }
    return {cursor, std::min(cursor + size, text_.size())};
  }

  // Where the innermost open block (a paragraph, a heading, a cell) ends: an inline
  // container's own span may be empty where cmark-gfm misplaces it.
  size_t BlockEnd() const {
    for (auto it = open_.rbegin(); it != open_.rend(); ++it)
      if (!IsInline(tree_.nodes_[*it].type)) return tree_.nodes_[*it].span.end;
    return text_.size();
  }

  // The Document's Markdown link or image written first at or after `from`, before `to`.
  const Link* WrittenLinkAt(size_t from, size_t to) const {
    auto it = std::lower_bound(links_.begin(), links_.end(), from,
                               [](const Link& link, size_t at) { return link.span.begin < at; });
    for (; it != links_.end() && it->span.begin < to; ++it)
      if (it->syntax != LinkSyntax::kHtml) return &*it;
    return nullptr;
  }

  // Where the next line's content starts after a hard break written at `at`: "\" or
  // spaces, the line break, then the next line's indentation and quote markers.
  size_t HardBreakEnd(size_t at) const {
    while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\\')) ++at;
    if (at < text_.size() && text_[at] == '\r') ++at;
    if (at < text_.size() && text_[at] == '\n') ++at;
    while (at < text_.size() && (text_[at] == ' ' || text_[at] == '\t' || text_[at] == '>')) ++at;
    return at;
  }

  // Where cmark-gfm says the node is; a node without a position starts where its
  // previous sibling ends, or where its parent starts.
  Span SpanOf(cmark_node* node) const {
    int first = cmark_node_get_start_line(node);
    if (first <= 0) {
      int parent = open_.back();
      int previous = last_child_[parent];
      size_t at = previous >= 0 ? tree_.nodes_[previous].span.end : tree_.nodes_[parent].span.begin;
      return {at, at};
    }
    first += line_offset_;
    int last = std::max(first, cmark_node_get_end_line(node) + line_offset_);
    int end_column = cmark_node_get_end_column(node);
    size_t begin = lines_.OffsetOf(first, cmark_node_get_start_column(node));
    if (end_column == 0 && last > first) {  // a list's trailing blank line: it ended before
      --last;
      end_column = static_cast<int>(lines_.Line(last).size());
    }
    size_t line_end = lines_.LineStart(last) + lines_.Line(last).size();
    size_t end = std::min(lines_.OffsetOf(last, end_column) + 1, line_end);
    return {std::min(begin, end), end};
  }

  void SetString(uint32_t& at, uint32_t& size, std::string_view value) {
    // Offsets are 32 bits: the input's size limit keeps the strings far below that.
    if (tree_.strings_.size() + value.size() > UINT32_MAX)
      throw InputError("the document is too large for its syntax tree");
    at = static_cast<uint32_t>(tree_.strings_.size());
    size = static_cast<uint32_t>(value.size());
    tree_.strings_ += value;
  }

  SyntaxTree& tree_;
  std::string_view text_;
  const std::vector<Link>& links_;        // the Document's, each where it is written
  std::optional<LineIndex> cmark_lines_;  // as in DocumentWalker: cmark-gfm's lines
  const LineIndex& lines_;
  int line_offset_ = 0;
  cmark_node* continued_list_ = nullptr;  // the segment's first node, when it goes on a list
  char last_list_marker_ = '\0';          // of the last top-level list
  std::vector<int> open_;        // the nodes whose children are being added, innermost last
  std::vector<int> last_child_;  // by node: its last child so far, -1 for none
  std::unordered_map<std::string, uint32_t> shared_urls_;  // long URLs, where they are kept
  // By node: a hard line break came before among its children, after which cmark-gfm's
  // inline positions are wrong.
  std::vector<bool> after_break_;
};

SyntaxTree SyntaxTree::Build(const Document& doc) {
  SyntaxTree tree;
  std::string_view text = doc.text();
  SyntaxTreeBuilder builder(tree, text, doc.lines(), doc.links());
  ParseSegments(text, Document::kSegmentBytes,
                [&](cmark_node* root, size_t begin) { builder.AddSegment(root, begin); });
  builder.Finish();
  return tree;
}

std::vector<int> SyntaxTree::Children(int node) const {
  std::vector<int> children;
  for (int child = nodes_[node].first_child; child >= 0; child = nodes_[child].next)
    children.push_back(child);
  return children;
}

std::string SyntaxTree::ToString(int node) const {
  std::string out;
  for (int i = node; i < nodes_[node].end; ++i) {
    switch (nodes_[i].type) {
      case NodeType::kText:
      case NodeType::kInlineCode:
      case NodeType::kHtml:
      case NodeType::kCode:
      case NodeType::kImage:
        out += Value(nodes_[i]);
        break;
      default:
        break;
    }
  }
  return out;
}

bool SyntaxTree::Within(int node, int ancestor) const {
  return node >= ancestor && node < nodes_[ancestor].end;
}

}  // namespace awesomelint
