// What awesome-lint's structure rules agree on: which node opens the file (awesome-heading,
// awesome-badge), which heading is the table of contents' (awesome-toc, awesome-list-item:
// "## Contents", also with an emoji or a :shortcode: around the word, which awesome-lint
// misses — its issue #222), and which link a node of a list item stands for
// (awesome-list-item, double-link).
#pragma once

#include <string>
#include <string_view>

#include "awesomelint/markdown/document.h"
#include "awesomelint/markdown/syntax_tree.h"
#include "awesomelint/support/strings.h"
#include "letter_case.h"
#include "support/utf8.h"

namespace awesomelint::awesome {

// Whether `node` is the first node of the file as mdast has it: the root's first child, with
// no link reference definition before it (mdast counts those as nodes; cmark-gfm does not).
inline bool OpensTheFile(const Document& doc, const SyntaxNode& node) {
  if (node.parent != SyntaxTree::kRoot || node.index != 0) return false;
  std::string_view before = doc.text().substr(0, node.span.begin);
  if (before.substr(0, 3) == "\xEF\xBB\xBF") before.remove_prefix(3);
  return Trim(before).empty();
}

// text.replaceAll(/<!--.*?-->/g, ''): comments that do not span a line break. One pass: a
// "<!--" whose "-->" comes after a line break matches nothing, nor does any "<!--" before
// that break, so the search goes on after it.
inline std::string WithoutComments(std::string_view text) {
  auto line_break = [&](size_t at) {
    return text[at] == '\n' || text[at] == '\r' || text.substr(at, 3) == "\xE2\x80\xA8" ||
           text.substr(at, 3) == "\xE2\x80\xA9";
  };
  std::string out;
  size_t copied = 0;
  for (size_t open = text.find("<!--"); open != std::string_view::npos;) {
    size_t at = open + 4;
    while (at < text.size() && text.substr(at, 3) != "-->" && !line_break(at)) ++at;
    if (at >= text.size()) break;  // no "-->" anywhere after: no more comments
    if (line_break(at)) {
      open = text.find("<!--", at);
      continue;
    }
    out += text.substr(copied, open - copied);
    copied = at + 3;
    open = text.find("<!--", copied);
  }
  out += text.substr(copied);
  return out;
}

// JavaScript's String.prototype.trim.
inline std::string JsTrim(std::string_view text) {
  std::u16string units = letter_case::ToUtf16(text);
  return letter_case::ToUtf8(letter_case::Trim(units));
}

// Emoji, their joiners and modifiers, and the symbols lists put before section names.
inline bool IsEmojiPart(char32_t c) {
  return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2190 && c <= 0x21FF) ||
         (c >= 0x2300 && c <= 0x23FF) || (c >= 0x25A0 && c <= 0x27BF) ||
         (c >= 0x2B00 && c <= 0x2BFF) || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200D ||
         c == 0x20E3 || c == 0x00A9 || c == 0x00AE || c == 0x203C || c == 0x2049 || c == 0x2122 ||
         c == 0x2139 || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299 ||
         (c >= 0xE0020 && c <= 0xE007F);
}

// A :shortcode: GitHub shows as an emoji, at `at` of `text`: its length, 0 for none.
inline size_t ShortcodeAt(std::u32string_view text, size_t at) {
  if (at >= text.size() || text[at] != ':') return 0;
  size_t close = at + 1;
  while (close < text.size() && ((text[close] >= 'a' && text[close] <= 'z') ||
                                 (text[close] >= '0' && text[close] <= '9') || text[close] == '_' ||
                                 text[close] == '+' || text[close] == '-'))
    ++close;
  return close < text.size() && text[close] == ':' && close > at + 1 ? close + 1 - at : 0;
}

// `text` without emoji, :shortcodes: and spaces at either end: "📌 Contents" → "Contents".
inline std::u32string WithoutEmoji(std::string_view text) {
  std::u32string chars;
  for (size_t i = 0; i < text.size();) chars += DecodeUtf8(text, i);
  auto strippable = [](char32_t c) { return IsEmojiPart(c) || c == ' ' || c == 0xA0; };
  size_t begin = 0, end = chars.size();
  for (bool more = true; more;) {
    more = false;
    while (begin < end && strippable(chars[begin])) ++begin, more = true;
    if (size_t code = ShortcodeAt(chars, begin); code > 0 && begin + code <= end)
      begin += code, more = true;
  }
  while (end > begin && strippable(chars[end - 1])) --end;
  return chars.substr(begin, end - begin);
}

// toString(node).replaceAll(/<!--.*?-->/g, '').trim() === 'Contents', or so once emoji are
// taken away.
inline bool IsContentsHeading(const SyntaxTree& tree, int node) {
  if (tree[node].type != NodeType::kHeading || tree[node].depth != 2) return false;
  std::string text = JsTrim(WithoutComments(tree.ToString(node)));
  return text == "Contents" || WithoutEmoji(text) == U"Contents";
}

// The first "## Contents" heading at the top level, or -1: the one awesome-lint's rules
// read (awesome-toc reports a nested one as misplaced).
inline int TopLevelContentsHeading(const SyntaxTree& tree) {
  for (int child = tree[SyntaxTree::kRoot].first_child; child >= 0; child = tree[child].next)
    if (IsContentsHeading(tree, child)) return child;
  return -1;
}

// The link `node` is — a link written inline or as a reference — or the one link it sets
// in bold or italics ("**[Name](url)**", which awesome-lint does not read as a link); -1
// for none.
inline int LinkIn(const SyntaxTree& tree, int node) {
  auto is_link = [&](int n) { return tree[n].type == NodeType::kLink; };
  if (is_link(node)) return node;
  NodeType type = tree[node].type;
  if (type != NodeType::kStrong && type != NodeType::kEmphasis) return -1;
  int only = -1;
  for (int child = tree[node].first_child; child >= 0; child = tree[child].next) {
    if (tree[child].type == NodeType::kText && tree[child].value_size == 0) continue;
    if (only >= 0) return -1;
    only = child;
  }
  return only >= 0 && is_link(only) ? only : -1;
}

}  // namespace awesomelint::awesome
