// HtmlLinkReader: links, badges, anchors and inline-config comments written in
// raw HTML, which cmark-gfm passes through as literal text. An <a href> whose
// only content is one <img> is a badge, as a Markdown link around an image is;
// the text inside an <a href> is its link text.
#pragma once

#include <string_view>
#include <vector>

#include "awesomelint/markdown/document.h"
#include "html_scan.h"

namespace awesomelint {

// What else a reader of an HTML block wants to know (its tables, lists and
// <details>): each tag and each piece of text, in order, as the links are read.
class HtmlObserver {
 public:
  virtual ~HtmlObserver() = default;
  // `tag` is relative to `raw`, which starts at document offset `base`; the tag
  // added links[first_link, end_link) (an <a href> or an <img src>).
  virtual void OnTag(const HtmlTag& tag, std::string_view raw, size_t base, int first_link,
                     int end_link) = 0;
  // Text between tags (not yet decoded), at document offset `at`.
  virtual void OnText(std::string_view text, size_t at) = 0;
};

class HtmlLinkReader {
 public:
  HtmlLinkReader(std::vector<Link>& links, std::vector<HtmlAnchor>& anchors,
                 std::vector<Directive>& directives, const LineIndex& lines)
      : links_(links), anchors_(anchors), directives_(directives), lines_(lines) {}

  // Reads raw HTML that starts at document offset `base`: an HTML block, or an
  // inline tag (then an <a> stays open for the inline content that follows).
  // An `observer`, when given, is told of every tag and text of `raw`.
  void Read(std::string_view raw, size_t base, bool inline_html, HtmlObserver* observer = nullptr);
  // Text inside an open <a>: the link's text, and it is no badge. `decoded` says
  // whether entities were already decoded (cmark-gfm's literals are).
  void NoteText(std::string_view text, bool decoded = true);
  // A new inline container starts: no <a> is open across it.
  void CloseAnchor() { open_anchor_ = -1; }

 private:
  void ReadTag(const HtmlTag& tag, std::string_view raw, size_t base);
  void AnchorHasText(std::string_view text, bool decoded);

  std::vector<Link>& links_;
  std::vector<HtmlAnchor>& anchors_;
  std::vector<Directive>& directives_;
  const LineIndex& lines_;
  int open_anchor_ = -1;  // the open <a href>, an index into links_
  int anchor_images_ = 0;
  bool anchor_text_ = false;
};

}  // namespace awesomelint
