#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <mutex>

#include "awesomelint/document.h"
#include "builder.h"
#include "segments.h"

namespace awesomelint {
namespace {

// cmark-gfm's registration is not thread-safe: do it once, before any parse.
void RegisterExtensionsOnce() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

cmark_node* ParseGfm(std::string_view text) {
  RegisterExtensionsOnce();
  // No CMARK_OPT_VALIDATE_UTF8: it rewrites bytes and shifts columns; input is validated before.
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES);
  for (const char* name : {"table", "autolink", "strikethrough", "tagfilter", "tasklist"}) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser, extension);
  }
  cmark_parser_feed(parser, text.data(), text.size());
  cmark_node* root = cmark_parser_finish(parser);
  cmark_parser_free(parser);
  return root;
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

Document::Document(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)), lines_(text_) {}

Document::~Document() = default;

std::unique_ptr<Document> Document::Parse(std::string path, std::string text,
                                          size_t segment_bytes) {
  std::unique_ptr<Document> doc(new Document(std::move(path), std::move(text)));
  DocumentBuilder builder(*doc);
  std::string_view all = doc->text_;
  // Reference links resolve across the whole document: a text that may define
  // any ("[label]: url", wherever it stands) is parsed in one piece.
  std::vector<size_t> boundaries;
  if (all.size() > segment_bytes && all.find("]:") == std::string_view::npos)
    boundaries = SegmentBoundaries(all);
  boundaries.push_back(all.size());
  size_t begin = 0;
  for (auto next = boundaries.begin(); begin < all.size() || begin == 0;) {
    // The piece runs to the first boundary past the target size, further while
    // it would end inside a fenced code block or an HTML block.
    next = std::lower_bound(next, boundaries.end(), begin + segment_bytes);
    cmark_node* root = nullptr;
    std::string_view piece;
    for (;; ++next) {
      size_t end = next == boundaries.end() ? all.size() : *next;
      piece = all.substr(begin, end - begin);
      root = ParseGfm(piece);
      if (end == all.size() || !EndsInsideOpenBlock(root, piece)) break;
      cmark_node_free(root);
    }
    int first_line = doc->lines_.LineOf(begin);
    builder.AddSegment(root, first_line - 1);
    cmark_node_free(root);  // the tree is not needed once walked
    begin += piece.size();
    if (begin >= all.size()) break;
  }
  builder.Finish();
  doc->urls_.reserve(doc->links_.size());
  for (const Link& link : doc->links_) doc->urls_.push_back(ParseUrl(link.url));
  return doc;
}

std::string Document::SectionPath(int heading) const {
  std::vector<int> chain;
  for (int h = heading; h >= 0; h = headings_[h].parent) chain.push_back(h);
  std::string path;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (!path.empty()) path += " > ";
    path += CollapseSpaces(headings_[*it].text);
  }
  return path;
}

std::string Document::SectionPath(const Entry& entry) const {
  std::string path = SectionPath(entry.section);
  if (entry.subsection.empty()) return path;
  return path.empty() ? entry.subsection : path + " > " + entry.subsection;
}

}  // namespace awesomelint
