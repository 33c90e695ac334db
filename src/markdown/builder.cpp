#include "builder.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>

#include "awesomelint/model/url.h"
#include "awesomelint/support/strings.h"
#include "raw_link_scan.h"

namespace awesomelint {
namespace {

constexpr size_t kNotFound = std::string_view::npos;

bool IsTableNode(cmark_node* node, std::string_view kind) {
  const char* type = cmark_node_get_type_string(node);
  return type != nullptr && kind == type;
}

std::string_view Literal(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  return literal ? std::string_view(literal) : std::string_view{};
}

// The text a reader sees; images contribute their alt text only when `with_images`.
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

// Whether a destination as written may differ from CommonMark's reading of it:
// brackets, a backslash escape or a character reference ("&amp;", "&#38;").
bool NeedsCleaning(std::string_view raw) {
  if (!raw.empty() && raw.front() == '<') return true;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\') return true;
    if (raw[i] == '&' && i + 1 < raw.size() &&
        (raw[i + 1] == '#' || std::isalpha(static_cast<unsigned char>(raw[i + 1]))) &&
        raw.find(';', i) != std::string_view::npos)
      return true;
  }
  return false;
}

// A destination as CommonMark reads it: without <>, escapes and entities resolved.
std::string CleanDestination(std::string_view raw) {
  if (raw.size() >= 2 && raw.front() == '<' && raw.back() == '>')
    raw = raw.substr(1, raw.size() - 2);
  std::string unescaped;
  unescaped.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\' && i + 1 < raw.size() &&
        std::ispunct(static_cast<unsigned char>(raw[i + 1])))
      ++i;
    unescaped += raw[i];
  }
  return unescaped.find('&') == std::string::npos ? unescaped : DecodeHtmlEntities(unescaped);
}

std::string PlainText(cmark_node* node, bool with_images) {
  std::string out;
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child))
    AppendPlainText(child, with_images, out);
  return out;
}

// Link texts that name a kind of link rather than the entry ("[pdf]", "code").
bool IsGenericLinkText(std::string_view text) {
  static constexpr std::array<std::string_view, 24> kGeneric = {
      "pdf",      "paper", "link",   "code", "arxiv",    "project",  "website", "web",
      "github",   "html",  "doi",    "url",  "homepage", "page",     "here",    "repo",
      "download", "video", "slides", "blog", "preprint", "official", "article", "site"};
  std::string lower = ToLower(Trim(text));
  while (!lower.empty() && (lower.front() == '[' || lower.front() == '(')) lower.erase(0, 1);
  while (!lower.empty() && (lower.back() == ']' || lower.back() == ')')) lower.pop_back();
  return lower.empty() ||
         std::find(kGeneric.begin(), kGeneric.end(), std::string_view(lower)) != kGeneric.end();
}

// "**Tag**:" or "**Tag:**" (also with "__") in the raw text before an entry's title.
std::vector<CategoryTag> ScanTags(std::string_view prefix, size_t base) {
  std::vector<CategoryTag> tags;
  for (size_t i = 0; i + 1 < prefix.size(); ++i) {
    if (!((prefix[i] == '*' && prefix[i + 1] == '*') || (prefix[i] == '_' && prefix[i + 1] == '_')))
      continue;
    std::string_view marker = prefix.substr(i, 2);
    size_t close = prefix.find(marker, i + 2);
    if (close == kNotFound) break;
    std::string_view inner = prefix.substr(i + 2, close - i - 2);
    size_t after = close + 2;
    while (after < prefix.size() && prefix[after] == ' ') ++after;
    bool colon_inside = !inner.empty() && inner.back() == ':';
    bool colon_after = after < prefix.size() && prefix[after] == ':';
    std::string_view name = Trim(colon_inside ? inner.substr(0, inner.size() - 1) : inner);
    if ((colon_inside || colon_after) && !name.empty() && name.size() <= 60 &&
        name.find('[') == kNotFound && name.find('*') == kNotFound) {
      size_t at = i + 2 + static_cast<size_t>(name.data() - inner.data());
      tags.push_back({std::string(name), {base + at, base + at + name.size()}});
    }
    i = close + 1;
  }
  return tags;
}

// A date before the title is the entry's date when it stands as a field: bracketed,
// first in the entry, or followed by a separator ("2024-05-01: [Title](...)").
// "(Book, Jan 2017)" is a remark, not the entry's date.
bool IsEntryDate(std::string_view prefix, size_t begin, size_t end) {
  auto markup = [](char c) { return c == '*' || c == '_' || c == '[' || c == '(' || c == '`'; };
  bool bracketed = begin > 0 && end < prefix.size() &&
                   ((prefix[begin - 1] == '(' && prefix[end] == ')') ||
                    (prefix[begin - 1] == '[' && prefix[end] == ']'));
  if (bracketed) return true;
  bool first = true;
  for (size_t i = 0; i < begin; ++i)
    first = first && (std::isspace(static_cast<unsigned char>(prefix[i])) || markup(prefix[i]));
  if (first) return true;
  size_t after = end;
  while (after < prefix.size() && (prefix[after] == '*' || prefix[after] == '_')) ++after;
  return after < prefix.size() && (prefix[after] == ':' || prefix[after] == '|');
}

std::string JoinAtomText(const std::vector<Atom>& atoms, size_t from) {
  std::string out;
  for (size_t i = from; i < atoms.size(); ++i)
    if (atoms[i].kind == Atom::Kind::kText) out += atoms[i].text;
  return out;
}

// Strips the separators that join a title to its description: " - ", ":", ",".
std::string CleanDescription(std::string_view text) {
  text = Trim(text);
  for (bool changed = true; changed && !text.empty();) {
    changed = false;
    for (std::string_view sep : {"-", ":", ",", "\xE2\x80\x93", "\xE2\x80\x94", "|"}) {
      if (text.substr(0, sep.size()) == sep) {
        text = Trim(text.substr(sep.size()));
        changed = true;
      }
    }
  }
  std::string out;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

void DocumentBuilder::AddSegment(cmark_node* root, int line_offset) {
  line_offset_ = line_offset;
  for (cmark_node* child = cmark_node_first_child(root); child; child = cmark_node_next(child))
    VisitBlock(child);
}

void DocumentBuilder::Finish() {
  FinishEntries();
}

int DocumentBuilder::StartLine(cmark_node* node) const {
  int line = cmark_node_get_start_line(node);
  return line > 0 ? line + line_offset_ : 0;
}

int DocumentBuilder::EndLine(cmark_node* node) const {
  int line = cmark_node_get_end_line(node);
  return line > 0 ? line + line_offset_ : 0;
}

Span DocumentBuilder::NodeSpan(cmark_node* node) const {
  const LineIndex& lines = doc_.lines_;
  int first = StartLine(node);
  int last = std::max(first, EndLine(node));
  size_t begin = lines.OffsetOf(first, cmark_node_get_start_column(node));
  size_t line_end = lines.LineStart(last) + lines.Line(last).size();
  size_t end = std::min(lines.OffsetOf(last, cmark_node_get_end_column(node)) + 1, line_end);
  return {std::min(begin, end), end};
}

void DocumentBuilder::VisitBlock(cmark_node* node) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_HEADING:
      VisitHeading(node);
      return;
    case CMARK_NODE_PARAGRAPH:
      CollectInlines(node);
      return;
    case CMARK_NODE_ITEM:
      VisitItem(node);
      return;
    case CMARK_NODE_HTML_BLOCK:
      VisitHtmlBlock(node);
      return;
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_THEMATIC_BREAK:
      return;
    default:
      break;
  }
  if (IsTableNode(node, "table")) {
    VisitTable(node);
    return;
  }
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child))
    VisitBlock(child);
}

void DocumentBuilder::VisitItem(cmark_node* item) {
  // An item's own paragraphs make its entry ("* **Title**", a blank line, then badges);
  // its other blocks (nested lists) are visited under its label as a sub-section.
  std::vector<Atom> atoms;
  cmark_node* first = nullptr;
  cmark_node* last = nullptr;
  std::vector<cmark_node*> others;
  for (cmark_node* child = cmark_node_first_child(item); child; child = cmark_node_next(child)) {
    if (cmark_node_get_type(child) != CMARK_NODE_PARAGRAPH) {
      others.push_back(child);
      continue;
    }
    std::vector<Atom> more = CollectInlines(child);
    if (first) atoms.push_back({Atom::Kind::kText, " "});
    atoms.insert(atoms.end(), std::make_move_iterator(more.begin()),
                 std::make_move_iterator(more.end()));
    if (!first) first = child;
    last = child;
  }
  if (first) AddListEntry(first, last, atoms);
  if (others.empty()) return;
  std::string label = first ? CleanDescription(PlainText(first, /*with_images=*/false)) : "";
  item_labels_.push_back(label.size() > 60 ? label.substr(0, 57) + "..." : label);
  for (cmark_node* child : others) VisitBlock(child);
  item_labels_.pop_back();
}

void DocumentBuilder::VisitHeading(cmark_node* node) {
  Heading heading;
  heading.level = cmark_node_get_heading_level(node);
  heading.span = HeadingSpan(node);
  heading.text = PlainText(node, /*with_images=*/false);  // slugged as is
  CollectInlines(node);
  while (!heading_stack_.empty() && doc_.headings_[heading_stack_.back()].level >= heading.level)
    heading_stack_.pop_back();
  heading.parent = heading_stack_.empty() ? -1 : heading_stack_.back();
  heading_stack_.push_back(static_cast<int>(doc_.headings_.size()));
  doc_.headings_.push_back(std::move(heading));
}

// cmark-gfm's end of a setext heading depends on what follows it: find the
// underline ("===" or "---") instead; an ATX heading ("## ...") is one line.
Span DocumentBuilder::HeadingSpan(cmark_node* node) const {
  const LineIndex& lines = doc_.lines_;
  int first = StartLine(node);
  size_t begin = lines.OffsetOf(first, cmark_node_get_start_column(node));
  auto content = [&](int line) {  // without container prefixes ("> ", indentation)
    std::string_view text = lines.Line(line);
    while (!text.empty() && (text[0] == '>' || text[0] == ' ' || text[0] == '\t'))
      text.remove_prefix(1);
    return Trim(text);
  };
  std::string_view start = content(first);
  if (!start.empty() && start[0] == '#')
    return {begin, lines.LineStart(first) + lines.Line(first).size()};
  for (int line = first + 1; line <= lines.line_count() && line <= first + 16; ++line) {
    std::string_view text = content(line);
    if (!text.empty() && (text.find_first_not_of('=') == std::string_view::npos ||
                          text.find_first_not_of('-') == std::string_view::npos))
      return {begin, lines.LineStart(line) + lines.Line(line).size()};
  }
  return NodeSpan(node);
}

void DocumentBuilder::VisitHtmlBlock(cmark_node* node) {
  // cmark-gfm reports no usable end for HTML blocks: count the literal's lines.
  const LineIndex& lines = doc_.lines_;
  std::string_view literal = Literal(node);
  int first = StartLine(node);
  int last = first + static_cast<int>(std::count(literal.begin(), literal.end(), '\n'));
  if (!literal.empty() && literal.back() == '\n') --last;
  last = std::clamp(last, first, lines.line_count());
  size_t begin = lines.LineStart(first);
  size_t end = lines.LineStart(last) + lines.Line(last).size();
  AddHtml(text_.substr(begin, end - begin), begin, /*inline_html=*/false);
}

void DocumentBuilder::VisitTable(cmark_node* table) {
  for (cmark_node* row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
    std::vector<std::vector<Atom>> cells;
    std::vector<Span> spans;
    for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
      cells.push_back(CollectInlines(cell));
      spans.push_back(NodeSpan(cell));
    }
    if (!cmark_gfm_extensions_get_table_row_is_header(row)) AddTableEntry(row, cells, spans);
  }
}

std::vector<Atom> DocumentBuilder::CollectInlines(cmark_node* container) {
  std::vector<Atom> atoms;
  Span block = NodeSpan(container);
  if (cmark_node_get_type(container) == CMARK_NODE_PARAGRAPH) {
    int last = EndLine(container);
    block.end = doc_.lines_.LineStart(last) + doc_.lines_.Line(last).size();
  }
  size_t cursor = block.begin;
  open_html_anchor_ = -1;
  for (cmark_node* child = cmark_node_first_child(container); child; child = cmark_node_next(child))
    CollectInline(child, block, cursor, atoms);
  return atoms;
}

void DocumentBuilder::CollectInline(cmark_node* node, Span block, size_t& cursor,
                                    std::vector<Atom>& atoms) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
      if (open_html_anchor_ >= 0 && !Trim(Literal(node)).empty()) HtmlAnchorHasText();
      atoms.push_back({Atom::Kind::kText, Literal(node)});
      return;
    case CMARK_NODE_CODE: {
      // Step over the code span, so a URL written inside it is not taken for a link after it.
      std::string_view literal = Literal(node);
      size_t at = literal.empty() ? kNotFound : text_.substr(0, block.end).find(literal, cursor);
      if (at != kNotFound) cursor = at + literal.size();
      atoms.push_back({Atom::Kind::kText, literal});
      return;
    }
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      atoms.push_back({Atom::Kind::kText, " "});
      return;
    case CMARK_NODE_HTML_INLINE: {
      std::string_view literal = Literal(node);
      size_t at = text_.substr(0, block.end).find(literal, cursor);
      if (at != kNotFound) {
        size_t first = doc_.links_.size();
        AddHtml(text_.substr(at, literal.size()), at, /*inline_html=*/true);
        cursor = at + literal.size();
        // <a href> links take part in entries (HTML badges); their images belong to them.
        for (size_t i = first; i < doc_.links_.size(); ++i) {
          if (doc_.links_[i].image && doc_.links_[i].parent >= 0) continue;
          Atom atom{Atom::Kind::kLink, {}};
          atom.link = static_cast<int>(i);
          atoms.push_back(std::move(atom));
        }
      }
      return;
    }
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE: {
      Atom atom{Atom::Kind::kLink, {}};
      atom.link = AddLink(node, block, cursor);
      atoms.push_back(std::move(atom));
      return;
    }
    case CMARK_NODE_STRONG:
      atoms.push_back({Atom::Kind::kStrongBegin, {}});
      break;
    default:
      break;
  }
  for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child))
    CollectInline(child, block, cursor, atoms);
  if (cmark_node_get_type(node) == CMARK_NODE_STRONG) atoms.push_back({Atom::Kind::kStrongEnd, {}});
}

size_t DocumentBuilder::FindOpener(cmark_node* node, std::string_view opener, Span block,
                                   size_t cursor, const std::function<bool(size_t)>& accept) const {
  const LineIndex& lines = doc_.lines_;
  int line = StartLine(node), column = cmark_node_get_start_column(node);
  if (line <= 0 || column <= 0) return kNotFound;
  int first_line = lines.LineOf(block.begin);
  // A multi-line link reports its last line; lazy continuation lines shift columns.
  for (int l = line; l >= first_line && l > line - 32; --l) {
    for (int shift = 0; shift <= 8 && shift < column; ++shift) {
      size_t at = lines.OffsetOf(l, column - shift);
      if (at < cursor || at >= block.end || lines.LineOf(at) != l) continue;
      if (text_.compare(at, opener.size(), opener) == 0 && accept(at)) return at;
    }
  }
  return kNotFound;
}

std::string DocumentBuilder::LabelOf(const RawLink& raw) const {
  return NormalizeLabel(text_.substr(raw.label.begin, raw.label.size()));
}

RawLink DocumentBuilder::MatchBracketLink(size_t at, bool image, const std::string& url,
                                          Span block) {
  RawLink raw = ScanRawLink(text_, at + (image ? 1 : 0), block.end);
  if (!raw.ok) return {};
  Span dest = raw.dest;
  if (!raw.inline_destination) {
    auto it = ReferenceDefinitions().find(LabelOf(raw));
    if (it == definitions_.end()) return {};
    dest = it->second;
  }
  std::string_view written = text_.substr(dest.begin, dest.size());
  // Written as CommonMark reads it, or with escapes and references that resolve to it.
  if (written != url && (!NeedsCleaning(written) || CleanDestination(written) != url)) return {};
  return raw;
}

int DocumentBuilder::AddLink(cmark_node* node, Span block, size_t& cursor) {
  Link link;
  link.image = cmark_node_get_type(node) == CMARK_NODE_IMAGE;
  const char* url = cmark_node_get_url(node);
  link.url = url ? url : "";
  link.text = PlainText(node, /*with_images=*/link.image);
  std::string_view opener = link.image ? "![" : "[";
  // cmark-gfm's inline positions are wrong after line breaks and inside some
  // containers: take its position only when the source there is this link.
  RawLink raw;
  auto accept = [&](size_t at) {
    raw = MatchBracketLink(at, link.image, link.url, block);
    return raw.ok;
  };
  size_t start = FindOpener(node, opener, block, cursor, accept);
  for (size_t at = text_.find(opener, cursor); start == kNotFound && at < block.end;
       at = text_.find(opener, at + 1)) {
    if (accept(at)) start = at;
  }
  cmark_node* only_child = cmark_node_first_child(node);
  bool single_text = only_child && !cmark_node_next(only_child) &&
                     cmark_node_get_type(only_child) == CMARK_NODE_TEXT;
  std::string_view child_text = single_text ? Literal(only_child) : std::string_view{};
  bool autolink_like = !link.image && single_text && !child_text.empty() &&
                       (link.url == child_text || link.url == "mailto:" + std::string(child_text) ||
                        link.url == "http://" + std::string(child_text));
  size_t autolink = kNotFound, bare = kNotFound;
  std::string bracketed;
  if (autolink_like) {
    bracketed = "<" + std::string(child_text) + ">";
    std::string_view window = text_.substr(0, block.end);
    autolink = window.find(bracketed, cursor);
    bare = window.find(child_text, cursor);
  }
  if (start != kNotFound && start <= std::min(autolink, bare)) {
    link.span = {start, raw.end};
    link.syntax = raw.inline_destination ? LinkSyntax::kInline : LinkSyntax::kReference;
    link.dest = raw.inline_destination ? raw.dest : definitions_.at(LabelOf(raw));
  } else if (autolink != kNotFound && autolink <= bare) {
    link.syntax = LinkSyntax::kAutolink;
    link.span = {autolink, autolink + bracketed.size()};
    link.dest = {autolink + 1, autolink + 1 + child_text.size()};
  } else if (bare != kNotFound) {
    link.syntax = LinkSyntax::kBareUrl;
    link.span = link.dest = {bare, bare + child_text.size()};
  } else {
    // Not found as written (an exotic entity in the destination): anchor on the block.
    size_t at = std::min(cursor, block.end);
    link.span = link.dest = {at, at};
  }

  int index = static_cast<int>(doc_.links_.size());
  doc_.links_.push_back(std::move(link));
  if (!doc_.links_[index].image) {
    // Images inside a link; a link whose only content is one image is a badge.
    size_t inner = doc_.links_[index].span.begin + 1;
    int images = 0, last_image = -1;
    bool other_content = false;
    for (cmark_node* child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
      if (cmark_node_get_type(child) == CMARK_NODE_IMAGE) {
        last_image = AddLink(child, block, inner);
        doc_.links_[last_image].parent = index;
        ++images;
      } else if (!Trim(PlainText(child, false) + std::string(Literal(child))).empty()) {
        other_content = true;
      }
    }
    if (images == 1 && !other_content) doc_.links_[index].image_child = last_image;
  }
  cursor = std::max(cursor, doc_.links_[index].span.end);
  return index;
}

const std::unordered_map<std::string, Span>& DocumentBuilder::ReferenceDefinitions() {
  if (definitions_scanned_) return definitions_;
  definitions_scanned_ = true;
  std::string_view fence;
  for (int line = 1; line <= doc_.lines_.line_count(); ++line) {
    std::string_view raw = doc_.lines_.Line(line);
    size_t i = 0;
    while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '>')) ++i;
    std::string_view rest = raw.substr(i);
    if (rest.substr(0, 3) == "```" || rest.substr(0, 3) == "~~~") {
      if (fence.empty()) {
        fence = rest.substr(0, 3);
      } else if (rest.substr(0, 3) == fence) {
        fence = {};
      }
      continue;
    }
    if (!fence.empty() || rest.empty() || rest[0] != '[') continue;
    size_t close = rest.find("]:");
    if (close == kNotFound || close < 2) continue;
    size_t d = close + 2;
    while (d < rest.size() && (rest[d] == ' ' || rest[d] == '\t')) ++d;
    size_t end = d;
    if (d < rest.size() && rest[d] == '<') {
      end = rest.find('>', d);
      if (end == kNotFound) continue;
      ++d;
    } else {
      while (end < rest.size() && rest[end] != ' ' && rest[end] != '\t') ++end;
    }
    if (end <= d) continue;
    size_t base = doc_.lines_.LineStart(line) + i;
    definitions_.emplace(NormalizeLabel(rest.substr(1, close - 1)), Span{base + d, base + end});
  }
  return definitions_;
}

void DocumentBuilder::AddHtml(std::string_view raw, size_t base, bool inline_html) {
  if (!inline_html) open_html_anchor_ = -1;
  size_t i = 0;
  while (i < raw.size()) {
    if (raw.compare(i, 4, "<!--") == 0) {
      size_t end = raw.find("-->", i + 4);
      if (end == kNotFound) return;
      Directive directive;
      if (ParseDirective(raw.substr(i + 4, end - i - 4), &directive)) {
        directive.span = {base + i, base + end + 3};
        directive.line = doc_.lines_.LineOf(base + i);
        doc_.directives_.push_back(std::move(directive));
      }
      i = end + 3;
      continue;
    }
    if (raw[i] != '<') {
      if (open_html_anchor_ >= 0 && !std::isspace(static_cast<unsigned char>(raw[i])))
        HtmlAnchorHasText();
      ++i;
      continue;
    }
    HtmlTag tag = ScanHtmlTag(raw, i);
    if (tag.end == 0) {
      ++i;
      continue;
    }
    AddHtmlTag(tag, raw, base);
    i = tag.end;
  }
}

void DocumentBuilder::HtmlAnchorHasText() {
  html_anchor_text_ = true;
  doc_.links_[open_html_anchor_].image_child = -1;
}

void DocumentBuilder::AddHtmlTag(const HtmlTag& tag, std::string_view raw, size_t base) {
  std::string name = ToLower(tag.name);
  if (name == "/a") {
    open_html_anchor_ = -1;
    return;
  }
  for (const HtmlAttribute& attr : tag.attributes) {
    std::string key = ToLower(raw.substr(attr.name.begin, attr.name.size()));
    std::string value = DecodeHtmlEntities(raw.substr(attr.value.begin, attr.value.size()));
    Span value_span{base + attr.value.begin, base + attr.value.end};
    if (key == "id" || (key == "name" && name == "a")) {
      doc_.html_anchors_.push_back({value, value_span});
    } else if ((key == "href" && name == "a") || (key == "src" && name == "img")) {
      Link link;
      link.syntax = LinkSyntax::kHtml;
      link.image = name == "img";
      link.url = value;
      link.span = {base + tag.begin, base + tag.end};
      link.dest = value_span;
      for (const HtmlAttribute& other : tag.attributes)
        if (ToLower(raw.substr(other.name.begin, other.name.size())) == "alt")
          link.text = DecodeHtmlEntities(raw.substr(other.value.begin, other.value.size()));
      int index = static_cast<int>(doc_.links_.size());
      if (link.image && open_html_anchor_ >= 0) {
        // <a href><img></a> is a badge; a second image or any text makes it a plain link.
        link.parent = open_html_anchor_;
        bool first_image = ++html_anchor_images_ == 1 && !html_anchor_text_;
        doc_.links_[open_html_anchor_].image_child = first_image ? index : -1;
      }
      doc_.links_.push_back(std::move(link));
      if (name == "a") {
        open_html_anchor_ = index;
        html_anchor_images_ = 0;
        html_anchor_text_ = false;
      }
    }
  }
}

void DocumentBuilder::AddListEntry(cmark_node* first, cmark_node* last_paragraph,
                                   const std::vector<Atom>& atoms) {
  // The title link is the first plain link; in an entry made only of badges, the first badge.
  size_t title_atom = atoms.size(), first_badge = atoms.size();
  for (size_t i = 0; i < atoms.size() && title_atom == atoms.size(); ++i) {
    if (atoms[i].kind != Atom::Kind::kLink) continue;
    const Link& link = doc_.links_[atoms[i].link];
    if (link.image || link.syntax == LinkSyntax::kHtml || link.url.empty() || link.url[0] == '#')
      continue;
    if (!link.is_badge())
      title_atom = i;
    else if (first_badge == atoms.size())
      first_badge = i;
  }
  if (title_atom == atoms.size()) title_atom = first_badge;
  if (title_atom == atoms.size()) return;  // no link: a heading-like item or a ToC line
  Entry entry;
  Span block = NodeSpan(first);
  int last = EndLine(last_paragraph);
  block.end = doc_.lines_.LineStart(last) + doc_.lines_.Line(last).size();
  entry.span = block;
  entry.line = doc_.lines_.LineOf(block.begin);
  entry.section = heading_stack_.empty() ? -1 : heading_stack_.back();
  entry.subsection = SubsectionPath();
  entry.title_link = atoms[title_atom].link;
  const Link& title = doc_.links_[entry.title_link];

  std::string_view prefix = text_.substr(block.begin, title.span.begin - block.begin);
  entry.tags = ScanTags(prefix, block.begin);
  for (DateToken& token : FindDates(prefix, block.begin)) {
    if (!IsEntryDate(prefix, token.span.begin - block.begin, token.span.end - block.begin))
      continue;
    entry.has_date = true;
    entry.date = std::move(token);
    break;
  }

  // The title is the link's text, unless the link is "[pdf]" (or a badge) after a bold title.
  entry.title = Trim(title.text);
  if (title.is_badge() || IsGenericLinkText(entry.title)) {
    // The first bold run that is not a category tag: "**LLM**: **Title** [pdf](...)".
    std::string strong;
    int depth = 0;
    for (size_t i = 0; i < title_atom; ++i) {
      if (atoms[i].kind == Atom::Kind::kStrongBegin && depth++ == 0) strong.clear();
      if (atoms[i].kind == Atom::Kind::kText && depth > 0) strong += atoms[i].text;
      if (atoms[i].kind != Atom::Kind::kStrongEnd || --depth != 0) continue;
      std::string_view run = Trim(strong);
      bool is_tag = false;
      for (const CategoryTag& tag : entry.tags) is_tag = is_tag || tag.name == run;
      if (!run.empty() && !is_tag) {
        entry.title = run;
        break;
      }
    }
  }

  std::vector<Span> masked;  // link spans, where a trailing "(2016)" is not looked for
  for (size_t i = 0; i < atoms.size(); ++i) {
    if (atoms[i].kind != Atom::Kind::kLink) continue;
    int index = atoms[i].link;
    masked.push_back(doc_.links_[index].span);
    const Link& link = doc_.links_[index];
    if (link.is_badge()) {
      entry.badges.push_back(index);
    } else if (!link.image && index != entry.title_link) {
      entry.other_links.push_back(index);
    }
  }
  if (!entry.has_date) {
    size_t from = title.span.end;
    for (size_t k = 0; k <= masked.size() && !entry.has_date; ++k) {
      size_t to = block.end;
      while (k < masked.size() && masked[k].end <= from) ++k;
      if (k < masked.size()) to = std::max(from, masked[k].begin);
      for (DateToken& token : FindDates(text_.substr(from, to - from), from)) {
        if (!token.bracketed) continue;
        entry.has_date = true;
        entry.date = std::move(token);
        break;
      }
      if (k < masked.size()) from = std::max(from, masked[k].end);
      if (k >= masked.size()) break;
    }
  }
  entry.description = CleanDescription(JoinAtomText(atoms, title_atom + 1));
  AddEntry(std::move(entry));
}

void DocumentBuilder::AddTableEntry(cmark_node* row, const std::vector<std::vector<Atom>>& cells,
                                    const std::vector<Span>& cell_spans) {
  Entry entry;
  entry.table_row = true;
  for (size_t c = 0; c < cells.size() && entry.title_link < 0; ++c) {
    for (const Atom& atom : cells[c]) {
      if (atom.kind != Atom::Kind::kLink) continue;
      const Link& link = doc_.links_[atom.link];
      if (!link.image && !link.is_badge() && link.syntax != LinkSyntax::kHtml &&
          !link.url.empty() && link.url[0] != '#') {
        entry.title_link = atom.link;
        break;
      }
    }
  }
  if (entry.title_link < 0) return;
  entry.span = NodeSpan(row);
  entry.line = doc_.lines_.LineOf(entry.span.begin);
  entry.section = heading_stack_.empty() ? -1 : heading_stack_.back();
  entry.subsection = SubsectionPath();
  entry.title = Trim(doc_.links_[entry.title_link].text);
  std::string description;
  for (size_t c = 0; c < cells.size(); ++c) {
    Span cell = cell_spans[c];
    if (!entry.has_date &&
        ParseWholeDate(text_.substr(cell.begin, cell.size()), cell.begin, &entry.date)) {
      entry.has_date = true;
      continue;
    }
    bool has_title = false;
    for (const Atom& atom : cells[c]) {
      if (atom.kind != Atom::Kind::kLink) continue;
      if (atom.link == entry.title_link) {
        has_title = true;
      } else if (doc_.links_[atom.link].is_badge()) {
        entry.badges.push_back(atom.link);
      } else if (!doc_.links_[atom.link].image) {
        entry.other_links.push_back(atom.link);
      }
    }
    std::string text = CleanDescription(JoinAtomText(cells[c], 0));
    if (has_title || text.empty()) continue;
    if (!description.empty()) description += " | ";
    description += text;
  }
  entry.description = std::move(description);
  (void)row;
  AddEntry(std::move(entry));
}

std::string DocumentBuilder::SubsectionPath() const {
  std::string path;
  for (const std::string& label : item_labels_) {
    if (label.empty()) continue;
    if (!path.empty()) path += " > ";
    path += label;
  }
  return path;
}

void DocumentBuilder::AddEntry(Entry entry) {
  int index = static_cast<int>(doc_.entries_.size());
  auto claim = [&](int link) {
    if (link >= 0) doc_.links_[link].entry = index;
  };
  claim(entry.title_link);
  for (int link : entry.badges) {
    claim(link);
    claim(doc_.links_[link].image_child);
  }
  for (int link : entry.other_links) claim(link);
  doc_.entries_.push_back(std::move(entry));
}

void DocumentBuilder::FinishEntries() {
  // "03/04/2024" is day-first only if the list says so somewhere ("13/04/2024").
  int day_first = 0, month_first = 0;
  for (const Entry& entry : doc_.entries_) {
    if (!entry.has_date || entry.date.format != "NN/NN/YYYY") continue;
    if (entry.date.fields[0] > 12) ++day_first;
    if (entry.date.fields[1] > 12) ++month_first;
  }
  for (Entry& entry : doc_.entries_)
    if (entry.has_date) ResolveSlashDate(entry.date, day_first > month_first);

  // GitHub's anchors: "models", then "models-1", "models-2", ...
  std::unordered_map<std::string, int> occurrences;
  for (Heading& heading : doc_.headings_) {
    std::string original = GithubSlug(heading.text);
    std::string slug = original;
    while (occurrences.count(slug)) slug = original + "-" + std::to_string(++occurrences[original]);
    occurrences[slug] = 0;
    heading.slug = std::move(slug);
  }
}

}  // namespace awesomelint
