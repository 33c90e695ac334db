#include "cmark_text.h"

namespace awesomelint {
namespace {

// Whether the walk takes in `node`'s children, after appending what `node` itself reads as.
bool AppendOwnText(cmark_node* node, bool with_images, std::string& out) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
      out += Literal(node);
      return false;
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      out += ' ';
      return false;
    case CMARK_NODE_HTML_INLINE:
      return false;
    case CMARK_NODE_IMAGE:
      return with_images;
    default:
      return true;
  }
}

}  // namespace

std::string_view Literal(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  return literal ? std::string_view(literal) : std::string_view{};
}

std::string PlainText(cmark_node* node, bool with_images) {
  std::string out;
  WalkTree(
      node, [&](cmark_node* at) { return AppendOwnText(at, with_images, out); },
      [](cmark_node*) {});
  return out;
}

char ListMarker(cmark_node* list, std::string_view text, size_t begin) {
  if (cmark_node_get_list_type(list) == CMARK_ORDERED_LIST)
    return cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ')' : '.';
  return begin < text.size() ? text[begin] : '\0';
}

bool IsTableNode(cmark_node* node, std::string_view kind) {
  const char* type = cmark_node_get_type_string(node);
  return type != nullptr && kind == type;
}

}  // namespace awesomelint
