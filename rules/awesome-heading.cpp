// awesome-heading: the list has one main heading, of depth 1, in title case (awesome-lint's
// rule, rules/heading.js).
//
// Walked as awesome-lint walks the mdast tree: an HTML block that opens the file and holds
// an <h1>-<h6>, or a centred block with an image, stands for the main heading; every
// depth-1 heading counts as one, and so does a deeper heading that opens the file. Each
// text part of a counted heading is held to the npm package `case`'s title case
// (letter_case.h), a file extension at its end ("Node.js") left as written.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "awesome_headings.h"
#include "awesomelint/lint/rule.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/markdown/syntax_tree.h"
#include "awesomelint/support/strings.h"
#include "letter_case.h"

namespace awesomelint {
namespace {

// JavaScript's \s at `at` of UTF-8 `text`.
bool IsJsSpaceAt(std::string_view text, size_t at) {
  std::u16string unit =
      letter_case::ToUtf16(text.substr(at, std::min<size_t>(4, text.size() - at)));
  return !unit.empty() && letter_case::IsSpace(unit[0]);
}

// /<h[1-6][\s>]/i
bool HasHeadingTag(std::string_view html) {
  for (size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at + 1)) {
    if (at + 3 >= html.size() || (html[at + 1] != 'h' && html[at + 1] != 'H')) continue;
    if (html[at + 2] < '1' || html[at + 2] > '6') continue;
    if (html[at + 3] == '>' || IsJsSpaceAt(html, at + 3)) return true;
  }
  return false;
}

// What awesome-lint takes for an image header in place of a Markdown heading: a heading
// tag, or a centred block with an image.
bool IsHtmlHeading(std::string_view html) {
  std::string lower = ToLower(html);
  bool centred = lower.find("align=\"center\"") != std::string::npos ||
                 lower.find("align='center'") != std::string::npos;
  return HasHeadingTag(html) || (centred && lower.find("<img") != std::string::npos);
}

// /^(.+?)((?:\.[a-z\d]{1,10})+)$/i: where a trailing file extension starts ("Node.js",
// "Archive.tar.gz"), npos for none. Its parts are read from the end; the leftmost that
// leaves a non-empty start wins, a start JavaScript's '.' can match (no line break).
size_t ExtensionStart(std::string_view text) {
  size_t start = std::string_view::npos;
  for (size_t end = text.size();;) {
    size_t part = end;
    while (part > 0 && IsAsciiAlnum(text[part - 1])) --part;
    size_t letters = end - part;
    if (letters < 1 || letters > 10 || part < 2 || text[part - 1] != '.') break;
    start = part - 1;
    end = start;
  }
  if (start == std::string_view::npos) return start;
  std::string_view before = text.substr(0, start);
  bool line_break = before.find_first_of("\n\r") != std::string_view::npos ||
                    before.find("\xE2\x80\xA8") != std::string_view::npos ||
                    before.find("\xE2\x80\xA9") != std::string_view::npos;
  return line_break ? std::string_view::npos : start;
}

// awesome-lint's expectation for a heading's text: title case, a file extension after it kept
// as written unless it starts with a digit (".5"). The extension may come before the spaces
// that separate the text from a badge: "# Awesome Node.js [![Awesome](...)](...)" has the text
// "Awesome Node.js ", whose ".js" awesome-lint missed.
std::string ExpectedTitle(std::string_view text) {
  std::string_view spaces = text.substr(text.find_last_not_of(" \t") + 1);
  std::string_view words = text.substr(0, text.size() - spaces.size());
  size_t extension = ExtensionStart(words);
  if (extension == std::string_view::npos || extension + 1 >= words.size() ||
      (words[extension + 1] >= '0' && words[extension + 1] <= '9'))
    return TitleCase(text);
  return TitleCase(words.substr(0, extension)) + std::string(words.substr(extension)) +
         std::string(spaces);
}

// Whether `text` holds a letter once GitHub's :shortcodes: (":fire:") are taken out.
bool HasWords(std::string_view text) {
  for (size_t at = 0; at < text.size(); ++at) {
    if (text[at] == ':') {
      size_t close = at + 1;
      while (close < text.size() && (IsAsciiAlnum(text[close]) || text[close] == '_' ||
                                     text[close] == '+' || text[close] == '-'))
        ++close;
      if (close < text.size() && text[close] == ':' && close > at + 1) {
        at = close;
        continue;
      }
    }
    if (IsAsciiAlpha(text[at]) || static_cast<unsigned char>(text[at]) >= 0x80) return true;
  }
  return false;
}

// Differs: a text part without words (":fire:", an emoji's shortcode around a title set in
// code) has no case to hold; awesome-lint wants ":Fire:".
bool IsTitleCase(std::string_view text) {
  if (!HasWords(text)) return true;
  LetterCase letter_case = LetterCaseOf(text);
  if (letter_case == LetterCase::kTitle || letter_case == LetterCase::kCapital) return true;
  return ExpectedTitle(text) == text;
}

class AwesomeHeadingRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "awesome-heading",      "One main heading, of depth 1, in title case (awesome-lint's rule)",
        {"awesome", "heading"}, Severity::kOff,
        /*fixable=*/false,
        /*options=*/{},
    };
    return kMeta;
  }

  void Check(const Document& doc, const Entries&, const LintContext&,
             RuleReporter& out) const override {
    const SyntaxTree& tree = doc.tree();
    const std::vector<SyntaxNode>& nodes = tree.nodes();
    int headings = 0;
    for (int i = 1; i < static_cast<int>(nodes.size()); ++i) {
      const SyntaxNode& node = nodes[i];
      bool opens_file = awesome::OpensTheFile(doc, node);
      if (node.type == NodeType::kHtml && opens_file && IsHtmlHeading(tree.Value(node))) {
        ++headings;
        continue;
      }
      if (node.type != NodeType::kHeading) continue;
      if (node.depth > 1) {
        // awesome-lint asks for index 0 in any parent, so a "> ## Note" opening a block
        // quote counted as a second main heading; only the file's first node can be one.
        if (!opens_file) continue;
        out.Report(node.span, "Main list heading must be of depth 1");
      }
      // awesome-lint says it again for each text part out of case (around *emphasis*, say):
      // the same finding at the same place, said once here.
      for (int child = node.first_child; child >= 0; child = nodes[child].next) {
        if (nodes[child].type == NodeType::kText && !IsTitleCase(tree.Value(nodes[child]))) {
          out.Report(node.span, "Main heading must be in title case");
          break;
        }
      }
      if (++headings > 1) out.Report(node.span, "List can only have one heading");
    }
    if (headings == 0) out.Report(Span{0, 0}, "Missing main list heading");
  }
};

}  // namespace

std::unique_ptr<Rule> MakeAwesomeHeadingRule() {
  return std::make_unique<AwesomeHeadingRule>();
}

}  // namespace awesomelint
