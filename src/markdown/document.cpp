#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <mutex>

#include "awesomelint/document.h"
#include "builder.h"

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

Document::~Document() {
  if (root_) cmark_node_free(root_);
}

std::unique_ptr<Document> Document::Parse(std::string path, std::string text) {
  std::unique_ptr<Document> doc(new Document(std::move(path), std::move(text)));
  doc->root_ = ParseGfm(doc->text_);
  DocumentBuilder(*doc).Build();
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
