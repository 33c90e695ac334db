// Reading cmark-gfm nodes: their literal text and the plain text a reader sees,
// and the one way the Markdown layer walks a tree: without recursion, since the
// input decides how deep lists, block quotes and emphasis nest.
#pragma once

#include <cmark-gfm.h>

#include <string>
#include <string_view>

namespace awesomelint {

// The node's literal (text, code, HTML), or empty.
std::string_view Literal(cmark_node* node);

// The text a reader sees in the node's children; images contribute their alt
// text only when `with_images`.
std::string PlainText(cmark_node* node, bool with_images);

// What keeps a list going from one segment into the next (CommonMark continues a list
// while its marker stays): a bullet list's '-', '+' or '*', written at `begin` in
// `text`, or an ordered list's '.' or ')'.
char ListMarker(cmark_node* list, std::string_view text, size_t begin);

// True for a GFM table node of `kind` ("table", "table_row", "table_cell").
bool IsTableNode(cmark_node* node, std::string_view kind);

// Visits the descendants of `root` in document order, in constant stack space:
// `enter(node)` answers whether to walk the node's children, and `leave(node)` is
// called after them for each node whose children were walked (`root` itself is
// neither entered nor left).
template <typename Enter, typename Leave>
void WalkTree(cmark_node* root, Enter&& enter, Leave&& leave) {
  cmark_node* node = cmark_node_first_child(root);
  while (node) {
    if (enter(node)) {
      if (cmark_node* child = cmark_node_first_child(node)) {
        node = child;
        continue;
      }
      leave(node);
    }
    while (!cmark_node_next(node)) {
      node = cmark_node_parent(node);
      if (node == root) return;
      leave(node);
    }
    node = cmark_node_next(node);
  }
}

}  // namespace awesomelint
