#include "html_links.h"

#include <cctype>

#include "awesomelint/support/strings.h"
#include "directives.h"

namespace awesomelint {

void HtmlLinkReader::Read(std::string_view raw, size_t base, bool inline_html,
                          HtmlObserver* observer) {
  if (!inline_html) open_anchor_ = -1;
  size_t i = 0;
  size_t text_begin = 0;  // where the text since the last tag starts
  auto end_text = [&](size_t end) {
    if (end > text_begin) {
      std::string_view text = raw.substr(text_begin, end - text_begin);
      if (open_anchor_ >= 0) AnchorHasText(text, /*decoded=*/false);
      if (observer) observer->OnText(text, base + text_begin);
    }
  };
  while (i < raw.size()) {
    if (raw.compare(i, 4, "<!--") == 0) {
      size_t end = raw.find("-->", i + 4);
      if (end == std::string_view::npos) return;
      Directive directive;
      end_text(i);
      if (ParseDirective(raw.substr(i + 4, end - i - 4), &directive)) {
        directive.span = {base + i, base + end + 3};
        directive.line = lines_.LineOf(base + i);
        directives_.push_back(std::move(directive));
      }
      i = text_begin = end + 3;
      continue;
    }
    if (raw[i] != '<') {
      ++i;
      continue;
    }
    HtmlTag tag = ScanHtmlTag(raw, i);
    if (tag.end == 0) {
      ++i;
      continue;
    }
    end_text(i);
    int first_link = static_cast<int>(links_.size());
    ReadTag(tag, raw, base);
    if (observer) observer->OnTag(tag, raw, base, first_link, static_cast<int>(links_.size()));
    i = text_begin = tag.end;
  }
  end_text(raw.size());
}

void HtmlLinkReader::NoteText(std::string_view text, bool decoded) {
  if (open_anchor_ >= 0) AnchorHasText(text, decoded);
}

void HtmlLinkReader::AnchorHasText(std::string_view text, bool decoded) {
  Link& anchor = links_[open_anchor_];
  anchor.text += decoded ? std::string(text) : DecodeHtmlEntities(text);
  if (Trim(text).empty()) return;
  anchor_text_ = true;
  anchor.image_child = -1;
}

void HtmlLinkReader::ReadTag(const HtmlTag& tag, std::string_view raw, size_t base) {
  std::string name = ToLower(tag.name);
  if (name == "/a") {
    if (open_anchor_ >= 0) links_[open_anchor_].text = std::string(Trim(links_[open_anchor_].text));
    open_anchor_ = -1;
    return;
  }
  // The last alt="..." is an image's text, read once however many links the tag holds.
  const HtmlAttribute* alt = nullptr;
  for (const HtmlAttribute& attr : tag.attributes)
    if (ToLower(raw.substr(attr.name.begin, attr.name.size())) == "alt") alt = &attr;
  for (const HtmlAttribute& attr : tag.attributes) {
    std::string key = ToLower(raw.substr(attr.name.begin, attr.name.size()));
    std::string value = DecodeHtmlEntities(raw.substr(attr.value.begin, attr.value.size()));
    Span value_span{base + attr.value.begin, base + attr.value.end};
    if (key == "id" || (key == "name" && name == "a")) {
      anchors_.push_back({value, value_span});
    } else if ((key == "href" && name == "a") || (key == "src" && name == "img")) {
      Link link;
      link.syntax = LinkSyntax::kHtml;
      link.image = name == "img";
      link.url = value;
      link.span = {base + tag.begin, base + tag.end};
      link.dest = value_span;
      if (alt) link.text = DecodeHtmlEntities(raw.substr(alt->value.begin, alt->value.size()));
      int index = static_cast<int>(links_.size());
      if (link.image && open_anchor_ >= 0) {
        // <a href><img></a> is a badge; a second image or any text makes it a plain link.
        link.parent = open_anchor_;
        bool first_image = ++anchor_images_ == 1 && !anchor_text_;
        links_[open_anchor_].image_child = first_image ? index : -1;
      }
      links_.push_back(std::move(link));
      if (name == "a") {
        open_anchor_ = index;
        anchor_images_ = 0;
        anchor_text_ = false;
      }
    }
  }
}

}  // namespace awesomelint
