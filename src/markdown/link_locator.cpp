#include "link_locator.h"

#include <algorithm>
#include <cctype>

#include "html_scan.h"

namespace awesomelint {
namespace {

constexpr size_t kNotFound = std::string_view::npos;

// Whether a destination as written may differ from CommonMark's reading of it:
// brackets, a backslash escape or a character reference ("&amp;", "&#38;").
bool NeedsCleaning(std::string_view raw) {
  if (!raw.empty() && raw.front() == '<') return true;
  size_t last_semicolon = raw.rfind(';');
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\\') return true;
    if (raw[i] == '&' && i + 1 < raw.size() &&
        (raw[i + 1] == '#' || std::isalpha(static_cast<unsigned char>(raw[i + 1]))) &&
        last_semicolon != std::string_view::npos && last_semicolon > i)
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

// `url` is `prefix` followed by `text` ("mailto:" + an e-mail address).
bool IsPrefixed(std::string_view url, std::string_view prefix, std::string_view text) {
  return url.size() == prefix.size() + text.size() && url.starts_with(prefix) &&
         url.ends_with(text);
}

}  // namespace

LinkPlace LinkLocator::Locate(const LinkNode& node, Span block, size_t cursor) {
  if (!(block == block_)) {
    block_ = block;
    opener_budget_ = search_budget_ = kSearchBudgetFactor * block.size() + kSearchBudgetBase;
  }
  RawLink raw;
  size_t start = FindOpener(node, block, cursor, raw);
  std::string_view child_text = node.only_text.value_or(std::string_view{});
  bool autolink_like = !node.image && !child_text.empty() &&
                       (node.url == child_text || IsPrefixed(node.url, "mailto:", child_text) ||
                        IsPrefixed(node.url, "http://", child_text));
  // The first "<text>" (an autolink) and the first "text" (a bare URL) at or
  // after the cursor; a bracketed link at `start` wins unless one of them starts
  // before it, so past `start` they are not looked for.
  size_t autolink = kNotFound, bare = kNotFound;
  std::string bracketed;
  if (autolink_like) {
    bracketed.reserve(child_text.size() + 2);
    bracketed.append(1, '<').append(child_text).append(1, '>');
    size_t limit = start == kNotFound ? block.end : std::min(block.end, start + child_text.size());
    bare = FindText(child_text, cursor, limit, /*paid=*/start == kNotFound);
    // "<text>" holds the text, so the first one starts just before the first text
    // (or at it, when the text starts with "<"); a later one loses to the text.
    auto autolink_at = [&](size_t at) {
      return at + bracketed.size() <= block.end &&
             text_.compare(at, bracketed.size(), bracketed) == 0;
    };
    if (bare != kNotFound && bare > cursor && autolink_at(bare - 1))
      autolink = bare - 1;
    else if (bare != kNotFound && autolink_at(bare))
      autolink = bare;
  }
  if (start == kNotFound) {
    size_t first = std::min(autolink, bare);
    if (first == kNotFound)
      start = FindBracketLink(node, block, cursor, block.end, /*paid=*/true, raw);
    else
      start = FindBracketLink(node, block, cursor, first + 1, /*paid=*/false, raw);
  }
  LinkPlace place;
  if (start != kNotFound && start <= std::min(autolink, bare)) {
    place.span = {start, raw.end};
    place.syntax = raw.inline_destination ? LinkSyntax::kInline : LinkSyntax::kReference;
    place.dest = raw.inline_destination ? raw.dest : definitions_.at(LabelOf(raw));
  } else if (autolink != kNotFound && autolink <= bare) {
    place.syntax = LinkSyntax::kAutolink;
    place.span = {autolink, autolink + bracketed.size()};
    place.dest = {autolink + 1, autolink + 1 + child_text.size()};
  } else if (bare != kNotFound) {
    place.syntax = LinkSyntax::kBareUrl;
    place.span = place.dest = {bare, bare + child_text.size()};
  } else {
    size_t at = std::min(cursor, block.end);
    place.span = place.dest = {at, at};
  }
  return place;
}

// cmark-gfm's own position, when the source there is this link. A multi-line
// link reports its last line; lazy continuation lines shift columns.
size_t LinkLocator::FindOpener(const LinkNode& node, Span block, size_t cursor, RawLink& raw) {
  if (node.line <= 0 || node.column <= 0 || opener_budget_ == 0) return kNotFound;
  std::string_view opener = node.image ? "![" : "[";
  int first_line = lines_.LineOf(block.begin);
  for (int l = node.line; l >= first_line && l > node.line - 32; --l) {
    for (int shift = 0; shift <= 8 && shift < node.column; ++shift) {
      size_t at = lines_.OffsetOf(l, node.column - shift);
      if (at < cursor || at >= block.end || lines_.LineOf(at) != l) continue;
      if (text_.compare(at, opener.size(), opener) != 0) continue;
      raw = MatchBracketLink(at, node, block, opener_budget_);
      if (raw.ok) return at;
      if (opener_budget_ == 0) return kNotFound;
    }
  }
  return kNotFound;
}

// The first bracketed link at or after `cursor` and before `limit` whose
// destination resolves to the node's URL. A search that fails is paid from the
// budget when `paid` (one bounded by a link found further on is not: the cursor
// moves past what it read).
size_t LinkLocator::FindBracketLink(const LinkNode& node, Span block, size_t cursor, size_t limit,
                                    bool paid, RawLink& raw) {
  std::string_view opener = node.image ? "![" : "[";
  limit = std::min(limit, block.end);
  std::string_view window = text_.substr(0, std::min(limit + opener.size() - 1, block.end));
  for (size_t at = window.find(opener, cursor); at < limit && search_budget_ > 0;
       at = window.find(opener, at + 1)) {
    raw = MatchBracketLink(at, node, block, search_budget_);
    if (raw.ok) return at;
  }
  if (paid && cursor < limit) Spend(search_budget_, limit - cursor);
  return kNotFound;
}

// The first `text` at or after `cursor` that ends by `limit`; a search that
// fails is paid from the budget when `paid`, as above.
size_t LinkLocator::FindText(std::string_view text, size_t cursor, size_t limit, bool paid) {
  if (paid && search_budget_ == 0) return kNotFound;
  std::string_view window = text_.substr(0, limit);
  size_t at = window.find(text, cursor);
  if (at == kNotFound && paid && cursor < window.size())
    Spend(search_budget_, window.size() - cursor);
  return at;
}

std::string LinkLocator::LabelOf(const RawLink& raw) const {
  return NormalizeLabel(text_.substr(raw.label.begin, raw.label.size()));
}

// A scan that finds no link, or not this one, is paid from `budget`.
RawLink LinkLocator::MatchBracketLink(size_t at, const LinkNode& node, Span block, size_t& budget) {
  RawLink raw = ScanRawLink(text_, at + (node.image ? 1 : 0), block.end);
  if (!raw.ok || !Resolves(raw, node)) {
    Spend(budget, raw.scanned - std::min(raw.scanned, at));
    return {};
  }
  return raw;
}

// Whether the destination written for `raw` is the node's URL.
bool LinkLocator::Resolves(const RawLink& raw, const LinkNode& node) {
  Span dest = raw.dest;
  if (!raw.inline_destination) {
    auto it = ReferenceDefinitions().find(LabelOf(raw));
    if (it == definitions_.end()) return false;
    dest = it->second;
  }
  std::string_view written = text_.substr(dest.begin, dest.size());
  // Written as CommonMark reads it, or with escapes and references that resolve to it.
  return written == node.url || (NeedsCleaning(written) && CleanDestination(written) == node.url);
}

// Reference definitions vanish from cmark-gfm's tree: read them from the source.
const std::unordered_map<std::string, Span>& LinkLocator::ReferenceDefinitions() {
  if (definitions_scanned_) return definitions_;
  definitions_scanned_ = true;
  std::string_view fence;
  for (int line = 1; line <= lines_.line_count(); ++line) {
    std::string_view raw = lines_.Line(line);
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
    size_t base = lines_.LineStart(line) + i;
    definitions_.emplace(NormalizeLabel(rest.substr(1, close - 1)), Span{base + d, base + end});
  }
  return definitions_;
}

}  // namespace awesomelint
