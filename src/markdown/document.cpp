#include <cmark-gfm.h>

#include "awesomelint/markdown/document.h"
#include "awesomelint/markdown/input.h"
#include "awesomelint/markdown/syntax_tree.h"
#include "awesomelint/support/strings.h"
#include "segments.h"
#include "support/parallel.h"
#include "walker.h"

namespace awesomelint {

Document::Document(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)), lines_(text_) {}

Document::~Document() = default;

std::unique_ptr<Document> Document::Parse(
    std::string path, std::string text, size_t segment_bytes,
    const std::function<void(const Document& walked)>& walked) {
  CheckParseLimits(path, text);
  std::unique_ptr<Document> doc(new Document(std::move(path), std::move(text)));
  // Every inline link and image has one "](": size the vectors once, not by doubling.
  size_t links = 0;
  for (size_t at = doc->text_.find("]("); at != std::string::npos;
       at = doc->text_.find("](", at + 2))
    ++links;
  doc->links_.reserve(links + links / 8 + 16);
  doc->blocks_.reserve(std::min<size_t>(links, doc->lines_.line_count()));
  doc->runs_.reserve(links * 4);
  doc->inline_text_.reserve(doc->text_.size() / 4);
  DocumentWalker walker(*doc);
  ParseSegments(doc->text_, segment_bytes, [&](cmark_node* root, size_t begin) {
    walker.AddSegment(root, begin);
    if (walked) walked(*doc);
  });
  walker.Finish();
  doc->urls_.resize(doc->links_.size());
  size_t threads = doc->links_.size() >= 4096 ? 2 : 1;  // not worth a thread below
  RunInParallel(threads, threads, [&](size_t part) {
    size_t count = doc->links_.size();
    for (size_t i = part * count / threads; i < (part + 1) * count / threads; ++i)
      doc->urls_[i] = ParseUrl(doc->links_[i].url);
  });
  return doc;
}

const SyntaxTree& Document::tree() const {
  std::call_once(tree_built_,
                 [&] { tree_ = std::make_unique<SyntaxTree>(SyntaxTree::Build(*this)); });
  return *tree_;
}

std::string_view Document::RawUrl(const Link& link) const {
  bool unresolved = link.syntax == LinkSyntax::kReference && link.dest == link.span;
  if (unresolved || link.dest.size() == 0) return link.url;
  return std::string_view(text_).substr(link.dest.begin, link.dest.size());
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

std::string Document::DisclosurePath(int disclosure) const {
  std::vector<int> chain;
  for (int d = disclosure; d >= 0; d = disclosures_[d].parent) chain.push_back(d);
  std::string path;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (!path.empty()) path += " > ";
    path += disclosures_[*it].label;
  }
  return path;
}

}  // namespace awesomelint
