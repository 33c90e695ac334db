// The walker's reading of HTML blocks: a <table>'s rows and a <ul>/<ol>'s items
// become blocks with inline runs, as Markdown rows and items do, and a
// <details><summary> names the blocks inside it. HTML is forgiving and so is
// this: a row ends at the next <tr>, at </tr> or </table>, or with its HTML
// block; an item at the next <li>, at </li>, or where a list opens or closes.
#include "awesomelint/support/strings.h"
#include "walker.h"

namespace awesomelint {

int DocumentWalker::CurrentDisclosure() const {
  for (auto it = disclosure_stack_.rbegin(); it != disclosure_stack_.rend(); ++it)
    if (*it >= 0) return *it;
  return -1;
}

void DocumentWalker::OnTag(const HtmlTag& tag, std::string_view, size_t base, int first_link,
                           int end_link) {
  std::string name = ToLower(tag.name);
  size_t begin = base + tag.begin, end = base + tag.end;
  bool in_block = html_block_ >= 0;
  bool row = in_block && doc_.blocks_[html_block_].kind == Block::Kind::kHtmlTableRow;
  if (name == "details") {
    if (disclosure_stack_.size() < kMaxDisclosureDepth)
      disclosure_stack_.push_back(-1);
    else
      ++ignored_disclosures_;
  } else if (name == "/details") {
    if (ignored_disclosures_ > 0)
      --ignored_disclosures_;
    else if (!disclosure_stack_.empty())
      disclosure_stack_.pop_back();
  } else if (name == "summary") {
    summary_ = Summary{};
    summary_.open = true;
    summary_.begin = begin;
  } else if (name == "/summary") {
    CloseSummary(end);
  } else if (name == "b" || name == "strong" || name == "/b" || name == "/strong") {
    bool opens = name[0] != '/';
    if (summary_.open) summary_.bold_depth += opens ? 1 : -1;
    if (in_block) AddRun(opens ? InlineRun::Kind::kStrongBegin : InlineRun::Kind::kStrongEnd);
  } else if (name == "tr") {
    CloseHtmlBlock(begin);
    OpenHtmlBlock(Block::Kind::kHtmlTableRow, begin);
  } else if (name == "td" || name == "th") {
    if (row) {
      CloseHtmlCell(begin);
      html_cell_open_ = true;
      html_cell_begin_ = end;
      html_row_has_data_ = html_row_has_data_ || name == "td";
      doc_.cells_.push_back({{end, end}, {static_cast<uint32_t>(doc_.runs_.size()), 0}});
    }
  } else if (name == "/td" || name == "/th") {
    if (row) CloseHtmlCell(begin);
    html_last_end_ = end;
  } else if (name == "/tr" || name == "table" || name == "/table") {
    if (row && name == "/tr") html_last_end_ = end;
    if (row) CloseHtmlBlock(begin);
    if (name != "/tr") html_table_header_ = -1;  // a table starts or ends
  } else if (name == "li") {
    CloseHtmlBlock(begin);
    OpenHtmlBlock(Block::Kind::kHtmlListItem, begin);
  } else if (name == "/li" || name == "ul" || name == "ol" || name == "/ul" || name == "/ol") {
    if (in_block && !row) CloseHtmlBlock(name == "/li" ? end : begin);
  } else if (name == "br" && in_block) {
    AddSpaceRun();
  } else if (name == "a" || name == "/a") {
    // An <a href>'s text is its link's (HtmlLinkReader keeps it), not text of the block.
    html_anchor_open_ = name == "a" && first_link < end_link;
  }
  if (html_block_ < 0 || (row && !html_cell_open_)) return;
  for (int link = first_link; link < end_link; ++link) {
    // An image inside an <a href> belongs to it, as in inline HTML.
    if (doc_.links_[link].image && doc_.links_[link].parent >= 0) continue;
    AddRun(InlineRun::Kind::kLink, link);
  }
}

void DocumentWalker::OnText(std::string_view text, size_t at) {
  if (summary_.open) {
    std::string decoded = DecodeHtmlEntities(text);
    summary_.text += decoded;
    if (summary_.bold_depth > 0) summary_.bold += decoded;
  }
  bool row = html_block_ >= 0 && doc_.blocks_[html_block_].kind == Block::Kind::kHtmlTableRow;
  if (html_block_ < 0 || (row && !html_cell_open_) || html_anchor_open_) return;
  if (Trim(text).empty()) {
    if (!text.empty()) AddSpaceRun();
    return;
  }
  AddTextRun(DecodeHtmlEntities(text));
  html_last_end_ = at + text.size();
}

void DocumentWalker::OpenHtmlBlock(Block::Kind kind, size_t begin) {
  html_block_ = static_cast<int>(doc_.blocks_.size());
  Block block = NewBlock(kind);
  block.span = {begin, begin};
  block.runs.begin = static_cast<uint32_t>(doc_.runs_.size());
  block.first_cell = static_cast<uint32_t>(doc_.cells_.size());
  block.has_paragraph = kind == Block::Kind::kHtmlListItem;
  if (kind == Block::Kind::kHtmlTableRow) block.table_header = html_table_header_;
  doc_.blocks_.push_back(block);
  html_cell_open_ = false;
  html_row_has_data_ = false;
  html_anchor_open_ = false;
  html_last_end_ = begin;
}

void DocumentWalker::CloseHtmlCell(size_t end) {
  if (!html_cell_open_) return;
  TableCell& cell = doc_.cells_.back();
  cell.span = {html_cell_begin_, std::max(html_cell_begin_, end)};
  cell.runs.end = static_cast<uint32_t>(doc_.runs_.size());
  html_cell_open_ = false;
  html_last_end_ = end;
}

void DocumentWalker::CloseHtmlBlock(size_t end) {
  if (html_block_ < 0) return;
  Block& block = doc_.blocks_[html_block_];
  bool row = block.kind == Block::Kind::kHtmlTableRow;
  if (row) CloseHtmlCell(end);
  if (row && !html_row_has_data_) {  // a header row, as a Markdown table's is no entry
    TableHeader names;
    for (uint32_t c = block.first_cell; c < doc_.cells_.size(); ++c) {
      std::string text;
      for (uint32_t r = doc_.cells_[c].runs.begin; r < doc_.cells_[c].runs.end; ++r)
        if (doc_.runs_[r].kind == InlineRun::Kind::kText) text += doc_.RunText(doc_.runs_[r]);
      names.cells.push_back(CollapseSpaces(text));
    }
    html_table_header_ = static_cast<int>(doc_.table_headers_.size());
    doc_.table_headers_.push_back(std::move(names));
    doc_.cells_.resize(block.first_cell);
    doc_.runs_.resize(block.runs.begin);
    doc_.blocks_.pop_back();
    html_block_ = -1;
    return;
  }
  // A row ends with its last cell (or "</tr>"); an item where the next tag or the block starts.
  block.span.end = std::max(block.span.begin, row ? html_last_end_ : end);
  block.runs.end = static_cast<uint32_t>(doc_.runs_.size());
  block.label = block.runs;
  block.cell_count = static_cast<uint32_t>(doc_.cells_.size()) - block.first_cell;
  html_block_ = -1;
}

void DocumentWalker::CloseSummary(size_t end) {
  if (!summary_.open) return;
  summary_.open = false;
  std::string label = CollapseSpaces(Trim(summary_.bold).empty() ? summary_.text : summary_.bold);
  label = Shorten(label, 80);
  if (label.empty() || disclosure_stack_.empty() || disclosure_stack_.back() >= 0) return;
  Disclosure disclosure;
  disclosure.label = std::move(label);
  disclosure.span = {summary_.begin, end};
  disclosure_stack_.pop_back();
  disclosure.parent = CurrentDisclosure();
  disclosure_stack_.push_back(static_cast<int>(doc_.disclosures_.size()));
  doc_.disclosures_.push_back(std::move(disclosure));
}

}  // namespace awesomelint
