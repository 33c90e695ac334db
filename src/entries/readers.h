// The entry of one block, by the block's kind. The section, sub-section and the
// list-wide reading of slash dates are the caller's (extract.cpp).
#pragma once

#include <optional>

#include "awesomelint/entries/entries.h"

namespace awesomelint {

// A list item's entry: the title link is its first plain link (in an item made
// only of badges, the first badge); an item without one holds no entry.
std::optional<Entry> ReadListItem(const Document& doc, const Block& item);

// A table row's entry (Markdown or HTML): the title link is the first plain link
// of its cells; a cell that is one date is the entry's date.
std::optional<Entry> ReadTableRow(const Document& doc, const Block& row);

// A paragraph's entry, when the paragraph is written as one: a bold or linked
// title first (after at most a date and category tags), and a link. Its date may
// stand anywhere as a line of its own or in brackets ("[28th Oct., 2023]").
std::optional<Entry> ReadParagraph(const Document& doc, const Block& paragraph);

}  // namespace awesomelint
