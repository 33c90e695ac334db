// LinkLocator: where a link that cmark-gfm reports is written in the source.
// cmark-gfm's inline positions are wrong after hard line breaks, on lazy
// continuation lines and for autolinks, so each link is found in the text and
// accepted only where the destination written there resolves to cmark's URL.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "awesomelint/markdown/document.h"
#include "raw_link_scan.h"

namespace awesomelint {

// What cmark-gfm says of one link or image.
struct LinkNode {
  const std::string& url;  // as CommonMark resolves it
  bool image = false;
  int line = 0;    // its start as cmark-gfm reports it, in document lines (0: unknown)
  int column = 0;  // 1-based byte column (0: unknown)
  // The literal of a link whose only child is text (an autolink looks like this).
  std::optional<std::string_view> only_text;
};

// Where the link is written.
struct LinkPlace {
  LinkSyntax syntax = LinkSyntax::kInline;
  Span span;  // the whole construct
  Span dest;  // the destination as written (at the definition for references)
};

class LinkLocator {
 public:
  LinkLocator(std::string_view text, const LineIndex& lines) : text_(text), lines_(lines) {}

  // Finds `node` in `block`, at or after `cursor` (links are found in order).
  // Not found as written (an exotic entity in the destination), it is anchored,
  // empty, at the cursor.
  LinkPlace Locate(const LinkNode& node, Span block, size_t cursor);

 private:
  size_t FindOpener(const LinkNode& node, Span block, size_t cursor, RawLink& raw);
  RawLink MatchBracketLink(size_t at, const LinkNode& node, Span block);
  std::string LabelOf(const RawLink& raw) const;
  const std::unordered_map<std::string, Span>& ReferenceDefinitions();

  std::string_view text_;
  const LineIndex& lines_;
  bool definitions_scanned_ = false;
  std::unordered_map<std::string, Span> definitions_;  // normalised label -> destination
};

}  // namespace awesomelint
