// SyntaxTree: the file as mdast-shaped nodes, for the rules that read structure.
#include "awesomelint/markdown/syntax_tree.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "awesomelint/markdown/document.h"

namespace awesomelint {
namespace {

std::unique_ptr<Document> Parse(std::string text, size_t segment_bytes = Document::kSegmentBytes) {
  return Document::Parse("README.md", std::move(text), segment_bytes);
}

// "type@line" for each child of `node`, by mdast's names.
std::vector<std::string> Shape(const Document& doc, int node) {
  static const char* const kNames[] = {"root",
                                       "blockquote",
                                       "list",
                                       "listItem",
                                       "code",
                                       "html",
                                       "paragraph",
                                       "heading",
                                       "thematicBreak",
                                       "table",
                                       "tableRow",
                                       "tableCell",
                                       "footnoteDefinition",
                                       "text",
                                       "break",
                                       "inlineCode",
                                       "emphasis",
                                       "strong",
                                       "delete",
                                       "link",
                                       "image",
                                       "footnoteReference",
                                       "other"};
  const SyntaxTree& tree = doc.tree();
  std::vector<std::string> out;
  for (int child : tree.Children(node))
    out.push_back(std::string(kNames[static_cast<int>(tree[child].type)]) + "@" +
                  std::to_string(doc.lines().LineOf(tree[child].span.begin)));
  return out;
}

constexpr std::string_view kList =
    "# Awesome [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n"  // 1
    "\n"
    "> A list.\n"  // 3
    "\n"
    "- [Foo](https://foo.org) - Does *this* with `code`\n"   // 5
    "  and more.\n"                                          // 6
    "  - [Bar][bar] - <b>Bold</b> https://bare.org/x ok.\n"  // 7
    "\n"
    "[bar]: https://bar.org \"Bar's\"\n"  // 9
    "\n"
    "<!-- comment -->\n";  // 11

TEST(SyntaxTreeTest, BlocksAndInlinesInMdastsShape) {
  auto doc = Parse(std::string(kList));
  const SyntaxTree& tree = doc->tree();
  EXPECT_EQ(Shape(*doc, SyntaxTree::kRoot),
            (std::vector<std::string>{"heading@1", "blockquote@3", "list@5", "html@11"}));
  int heading = tree[SyntaxTree::kRoot].first_child;
  EXPECT_EQ(tree[heading].depth, 1);
  EXPECT_EQ(Shape(*doc, heading), (std::vector<std::string>{"text@1", "link@1"}));
  int badge = tree[tree[heading].first_child].next;
  EXPECT_EQ(tree.Url(tree[badge]), "https://awesome.re");
  int image = tree[badge].first_child;
  EXPECT_EQ(tree[image].type, NodeType::kImage);
  EXPECT_EQ(tree.Value(tree[image]), "Awesome") << "an image's alt text is its value";
  EXPECT_EQ(tree.Url(tree[image]), "https://awesome.re/badge.svg");
  EXPECT_EQ(tree[image].first_child, -1);
  EXPECT_EQ(tree.ToString(heading), "Awesome Awesome");

  int list = tree[tree[heading].next].next;
  int item = tree[list].first_child;
  int paragraph = tree[item].first_child;
  EXPECT_EQ(Shape(*doc, paragraph), (std::vector<std::string>{"link@5", "text@5", "emphasis@5",
                                                              "text@5", "inlineCode@5", "text@5"}));
  std::vector<int> inlines = tree.Children(paragraph);
  EXPECT_EQ(tree.Value(tree[inlines[1]]), " - Does ");
  EXPECT_EQ(tree.Value(tree[inlines[5]]), "\nand more.") << "a soft break is part of its text";
  EXPECT_EQ(doc->lines().LineOf(tree[inlines[5]].span.end - 1), 6);
  EXPECT_EQ(tree[inlines[1]].index, 1);
  EXPECT_EQ(tree.ToString(paragraph), "Foo - Does this with code\nand more.");

  int sublist = tree[paragraph].next;
  int reference = tree[tree[tree[sublist].first_child].first_child].first_child;
  EXPECT_TRUE(tree[reference].reference);
  EXPECT_EQ(tree.Url(tree[reference]), "https://bar.org");
  EXPECT_EQ(tree.Title(tree[reference]), "Bar's");
  std::vector<int> sub = tree.Children(tree[reference].parent);
  ASSERT_EQ(sub.size(), 8u);
  EXPECT_EQ(tree[sub[2]].type, NodeType::kHtml);
  EXPECT_EQ(tree.Value(tree[sub[2]]), "<b>");
  EXPECT_EQ(tree[sub[6]].type, NodeType::kLink);
  EXPECT_TRUE(tree[sub[6]].autolink) << "a bare URL";
  EXPECT_EQ(doc->lines().LineOf(tree[sub[6]].span.begin), 7);
  EXPECT_EQ(tree.Value(tree[sub[7]]), " ok.");
  EXPECT_FALSE(tree[tree[paragraph].first_child].reference);
  EXPECT_TRUE(tree.Within(sub[6], list));
  EXPECT_FALSE(tree.Within(heading, list));
  EXPECT_EQ(tree[list].end, tree[tree[list].next].end - 1);
}

void ExpectSameTree(const std::string& text, size_t segment_bytes) {
  auto whole = Parse(text);
  auto pieces = Parse(text, segment_bytes);
  const SyntaxTree& a = whole->tree();
  const SyntaxTree& b = pieces->tree();
  ASSERT_EQ(a.nodes().size(), b.nodes().size());
  for (size_t i = 0; i < a.nodes().size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(a.nodes()[i].type, b.nodes()[i].type);
    EXPECT_EQ(a.nodes()[i].span, b.nodes()[i].span);
    EXPECT_EQ(a.nodes()[i].parent, b.nodes()[i].parent);
    EXPECT_EQ(a.nodes()[i].next, b.nodes()[i].next);
    EXPECT_EQ(a.nodes()[i].index, b.nodes()[i].index);
    EXPECT_EQ(a.nodes()[i].end, b.nodes()[i].end);
    EXPECT_EQ(a.ToString(static_cast<int>(i)), b.ToString(static_cast<int>(i)));
  }
}

TEST(SyntaxTreeTest, SegmentsMakeOneTree) {
  std::string text = "# List\n\n";
  for (int i = 0; i < 300; ++i)
    text += "- [Item " + std::to_string(i) + "](https://example.org/" + std::to_string(i) +
            ") - About it.\n\n## Section " + std::to_string(i) + "\n\n";
  ExpectSameTree(text, 64);
  EXPECT_EQ(Parse(text, 64)->tree().Children(SyntaxTree::kRoot).size(), 1u + 300 * 2);
}

// Segments may end between two items: the list the next segment starts goes on the
// one before it while its marker stays, as CommonMark has it.
TEST(SyntaxTreeTest, AListCutBySegmentsIsOneList) {
  std::string text = "# List\n\n";
  for (int i = 0; i < 300; ++i)
    text += "- [Item](https://example.org/" + std::to_string(i) + ") - About it.\n";
  text += "\n* Another marker, another list.\n\n";
  for (int i = 0; i < 100; ++i) text += std::to_string(i + 1) + ". Ordered.\n\n";
  ExpectSameTree(text, 64);
  auto doc = Parse(text, 64);
  const SyntaxTree& tree = doc->tree();
  std::vector<int> top = tree.Children(SyntaxTree::kRoot);
  ASSERT_EQ(top.size(), 4u);
  EXPECT_EQ(tree.Children(top[1]).size(), 300u);
  EXPECT_EQ(tree.Children(top[3]).size(), 100u);
  EXPECT_TRUE(tree[top[3]].ordered);
}

// cmark-gfm gives no position to bare URLs and e-mail addresses (and sometimes the text
// beside them), and wrong ones after a hard line break: such nodes follow their
// previous sibling.
TEST(SyntaxTreeTest, InlinesWithoutUsablePositionsFollowTheirSibling) {
  auto doc = Parse(
      "# T\n\n"
      "x \\\n"
      "[a github link](https://a.org) here\n\n"
      "Mail me@example.org for github users, or www.example.org.\n\n"
      "Next paragraph here.\n");
  const SyntaxTree& tree = doc->tree();
  auto where = [&](int node) {
    Position p = doc->lines().PositionOf(tree[node].span.begin);
    return std::to_string(p.line) + ":" + std::to_string(p.column);
  };
  std::vector<int> top = tree.Children(SyntaxTree::kRoot);
  ASSERT_EQ(top.size(), 4u);
  std::vector<int> first = tree.Children(top[1]);
  ASSERT_EQ(first.size(), 4u);  // text, break, link, text
  EXPECT_EQ(tree[first[1]].type, NodeType::kBreak);
  EXPECT_EQ(where(first[2]), "4:1");
  EXPECT_EQ(where(first[3]), "4:31");
  EXPECT_EQ(tree.Value(tree[first[3]]), " here");
  std::vector<int> second = tree.Children(top[2]);
  ASSERT_EQ(second.size(), 5u);  // text, mail link, text, www link, text
  EXPECT_TRUE(tree[second[1]].autolink);
  EXPECT_EQ(where(second[1]), "6:6");
  EXPECT_EQ(where(second[2]), "6:20");
  EXPECT_EQ(where(second[3]), "6:42");
  EXPECT_EQ(where(second[4]), "6:57");
  EXPECT_EQ(where(tree[top[3]].first_child), "8:1");
}

TEST(SyntaxTreeTest, DeepNestingNeedsNoRecursion) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "> ";
  text += "deep\n";
  auto doc = Parse(text);
  const SyntaxTree& tree = doc->tree();
  int node = SyntaxTree::kRoot;
  int depth = 0;
  while (tree[node].first_child >= 0) node = tree[node].first_child, ++depth;
  EXPECT_EQ(tree.Value(tree[node]), "deep");
  EXPECT_GT(depth, 100);
}

}  // namespace
}  // namespace awesomelint
