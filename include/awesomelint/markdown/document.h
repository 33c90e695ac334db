// Document: one Markdown file, parsed once; everything downstream reads it.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/model/date.h"
#include "awesomelint/model/line_index.h"
#include "awesomelint/model/span.h"
#include "awesomelint/model/url.h"

namespace awesomelint {

enum class LinkSyntax { kInline, kReference, kAutolink, kBareUrl, kHtml };

// A link or image, wherever it occurs.
struct Link {
  std::string url;   // the destination as CommonMark resolves it
  std::string text;  // plain text of the link, or an image's alt text
  LinkSyntax syntax = LinkSyntax::kInline;
  bool image = false;
  Span span;             // the whole construct, e.g. "[text](url)"
  Span dest;             // the destination as written (at the definition for references)
  int image_child = -1;  // a link whose only content is this image is a badge
  int parent = -1;       // the link enclosing this image
  int entry = -1;        // the entry this link belongs to
  bool is_badge() const { return image_child >= 0; }
};

struct Heading {
  int level = 0;
  std::string text;  // plain text, as GitHub slugs it
  std::string slug;  // GitHub's anchor, de-duplicated with -1, -2, ...
  Span span;
  int parent = -1;  // enclosing heading (lower level), for section paths
};

struct CategoryTag {
  std::string name;
  Span span;
};

// One list item or table row that carries a link.
struct Entry {
  Span span;
  int line = 0;
  bool table_row = false;
  int section = -1;        // index into Document::headings()
  std::string subsection;  // enclosing list items: "NoSQL > CouchDB" (empty at top level)
  bool has_date = false;
  DateToken date;
  std::vector<CategoryTag> tags;
  std::string title;
  int title_link = -1;      // index into Document::links(): the entry's first, main link
  std::vector<int> badges;  // links whose content is one image
  std::vector<int> other_links;
  std::string description;
};

// An inline configuration comment, e.g. <!-- awesomelint-disable date-order -->.
struct Directive {
  enum class Kind { kDisable, kEnable, kDisableLine, kDisableNextLine, kDisableFile, kUnknown };
  Kind kind = Kind::kDisable;
  std::string name;                // as written: "disable-next-line" (or a misspelling)
  std::vector<std::string> rules;  // empty: every rule
  int line = 0;
  Span span;
};

// An anchor defined in raw HTML: <a name="x">, id="x".
struct HtmlAnchor {
  std::string name;
  Span span;
};

class Document {
 public:
  // Large texts are parsed in segments of about this many bytes (see segments.h).
  static constexpr size_t kSegmentBytes = 256 * 1024;

  // `text` must be valid UTF-8 without NUL bytes (see input.h).
  static std::unique_ptr<Document> Parse(std::string path, std::string text,
                                         size_t segment_bytes = kSegmentBytes);
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  const LineIndex& lines() const { return lines_; }

  const std::vector<Link>& links() const { return links_; }
  // The destination as written in the file (Document::text() at link.dest), or
  // link.url where the file has none (a reference whose definition was not found).
  std::string_view RawUrl(const Link& link) const;
  // links()[i].url parsed once; nullopt for relative links, anchors, mailto: and the like.
  const std::optional<Url>& url(size_t link) const { return urls_[link]; }
  const std::vector<Heading>& headings() const { return headings_; }
  const std::vector<Entry>& entries() const { return entries_; }
  const std::vector<Directive>& directives() const { return directives_; }
  const std::vector<HtmlAnchor>& html_anchors() const { return html_anchors_; }

  // "Models > Vision" for a heading; empty before the first heading.
  std::string SectionPath(int heading) const;
  // The heading path and the enclosing list items of an entry.
  std::string SectionPath(const Entry& entry) const;

 private:
  friend class DocumentBuilder;
  Document(std::string path, std::string text);

  std::string path_;
  std::string text_;
  LineIndex lines_;
  std::vector<Link> links_;
  std::vector<std::optional<Url>> urls_;  // views into links_[i].url
  std::vector<Heading> headings_;
  std::vector<Entry> entries_;
  std::vector<Directive> directives_;
  std::vector<HtmlAnchor> html_anchors_;
};

}  // namespace awesomelint
