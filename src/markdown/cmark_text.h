// Reading cmark-gfm nodes: their literal text and the plain text a reader sees.
#pragma once

#include <string>
#include <string_view>

struct cmark_node;

namespace awesomelint {

// The node's literal (text, code, HTML), or empty.
std::string_view Literal(cmark_node* node);

// The text a reader sees in the node's children; images contribute their alt
// text only when `with_images`.
std::string PlainText(cmark_node* node, bool with_images);

// True for a GFM table node of `kind` ("table", "table_row", "table_cell").
bool IsTableNode(cmark_node* node, std::string_view kind);

}  // namespace awesomelint
