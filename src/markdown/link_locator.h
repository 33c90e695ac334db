// LinkLocator: where a link that cmark-gfm reports is written in the source.
// cmark-gfm's inline positions are wrong after hard line breaks, on lazy
// continuation lines and for autolinks, so each link is found in the text and
// accepted only where the destination written there resolves to cmark's URL.
//
// Links are found in order, so the text a found link spans is not read again.
// What fails is paid from budgets of the block's, as the walker's searches are,
// so that a block of many failures costs linear time: reading links at cmark's
// positions that are not them, and searching for links not written as cmark-gfm
// reports them. Past the first budget, links are only searched for; past the
// second, only read at cmark's positions (or anchored at the cursor).
#pragma once

#include <algorithm>
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

  // A block's budgets: each this many times its size, plus the base.
  static constexpr size_t kSearchBudgetFactor = 32;
  static constexpr size_t kSearchBudgetBase = 4096;

 private:
  size_t FindOpener(const LinkNode& node, Span block, size_t cursor, RawLink& raw);
  size_t FindBracketLink(const LinkNode& node, Span block, size_t cursor, size_t limit, bool paid,
                         RawLink& raw);
  size_t FindText(std::string_view text, size_t cursor, size_t limit, bool paid);
  RawLink MatchBracketLink(size_t at, const LinkNode& node, Span block, size_t& budget);
  bool Resolves(const RawLink& raw, const LinkNode& node);
  std::string LabelOf(const RawLink& raw) const;
  const std::unordered_map<std::string, Span>& ReferenceDefinitions();
  static void Spend(size_t& budget, size_t bytes) { budget -= std::min(budget, bytes); }

  std::string_view text_;
  const LineIndex& lines_;
  Span block_{std::string_view::npos, std::string_view::npos};  // the budgets' block
  size_t opener_budget_ = 0;  // for links read at cmark-gfm's positions
  size_t search_budget_ = 0;  // for links searched for
  bool definitions_scanned_ = false;
  std::unordered_map<std::string, Span> definitions_;  // normalised label -> destination
};

}  // namespace awesomelint
