#include "cmark_text.h"

#include <cmark-gfm.h>

namespace awesomelint {
namespace {

void AppendPlainText(cmark_node* node, bool with_images, std::string& out) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
      out += Literal(node);
      return;
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      out += ' ';
      return;
    case CMARK_NODE_HTML_INLINE:
      return;
    case CMARK_NODE_IMAGE:
      if (!with_images) return;
      break;
    default:
      break;
  }
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child))
    AppendPlainText(child, with_images, out);
}

}  // namespace

std::string_view Literal(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  return literal ? std::string_view(literal) : std::string_view{};
}

std::string PlainText(cmark_node* node, bool with_images) {
  std::string out;
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child))
    AppendPlainText(child, with_images, out);
  return out;
}

bool IsTableNode(cmark_node* node, std::string_view kind) {
  const char* type = cmark_node_get_type_string(node);
  return type != nullptr && kind == type;
}

}  // namespace awesomelint
