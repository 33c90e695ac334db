// HtmlLinkReader: links, badges, anchors and inline-config comments written in
// raw HTML, which cmark-gfm passes through as literal text. An <a href> whose
// only content is one <img> is a badge, as a Markdown link around an image is.
#pragma once

#include <string_view>
#include <vector>

#include "awesomelint/markdown/document.h"
#include "html_scan.h"

namespace awesomelint {

class HtmlLinkReader {
 public:
  HtmlLinkReader(std::vector<Link>& links, std::vector<HtmlAnchor>& anchors,
                 std::vector<Directive>& directives, const LineIndex& lines)
      : links_(links), anchors_(anchors), directives_(directives), lines_(lines) {}

  // Reads raw HTML that starts at document offset `base`: an HTML block, or an
  // inline tag (then an <a> stays open for the inline content that follows).
  void Read(std::string_view raw, size_t base, bool inline_html);
  // Text inside an open <a>: it is no badge.
  void NoteText(std::string_view text);
  // A new inline container starts: no <a> is open across it.
  void CloseAnchor() { open_anchor_ = -1; }

 private:
  void ReadTag(const HtmlTag& tag, std::string_view raw, size_t base);
  void AnchorHasText();

  std::vector<Link>& links_;
  std::vector<HtmlAnchor>& anchors_;
  std::vector<Directive>& directives_;
  const LineIndex& lines_;
  int open_anchor_ = -1;  // the open <a href>, an index into links_
  int anchor_images_ = 0;
  bool anchor_text_ = false;
};

}  // namespace awesomelint
