// Everything a parsed file holds (its Document and entries), one line per item:
// two parses of one text compare equal exactly when their dumps do. Shared by
// the segmented-parse tests and fuzz/fuzz_pipeline.cpp.
#pragma once

#include <sstream>
#include <string>

#include "awesomelint/entries/entries.h"

namespace awesomelint::testing {

inline std::string DumpParsedFile(const ParsedFile& file) {
  const Document& doc = *file.doc;
  std::ostringstream out;
  auto span = [](Span s) { return std::to_string(s.begin) + "-" + std::to_string(s.end); };
  for (const Link& l : doc.links())
    out << "link " << static_cast<int>(l.syntax) << " " << l.image << " " << l.url << " "
        << doc.RawUrl(l) << " [" << l.text << "] " << span(l.span) << " " << span(l.dest) << " "
        << l.image_child << " " << l.parent << " "
        << file.entries.EntryOf(static_cast<int>(&l - &doc.links()[0])) << "\n";
  for (const Heading& h : doc.headings())
    out << "heading " << h.level << " [" << h.text << "] " << h.slug << " " << span(h.span) << " "
        << h.parent << "\n";
  for (const Entry& e : file.entries) {
    out << "entry " << span(e.span) << " " << e.line << "-" << e.end_line << " "
        << ShapeName(e.shape) << " " << e.section << " [" << e.subsection << "] " << e.has_date
        << " " << e.date.text << " " << span(e.date.span) << " " << e.date.format << " [" << e.title
        << "] " << e.title_link << " [" << e.description << "]";
    for (const CategoryTag& tag : e.tags) out << " tag:" << tag.name << "@" << span(tag.span);
    for (int b : e.badges) out << " badge:" << b;
    for (int o : e.other_links) out << " other:" << o;
    out << "\n";
  }
  for (const UnreadBlock& u : file.entries.unread())
    out << "unread " << span(u.span) << " " << u.line << "-" << u.end_line << " "
        << ShapeName(u.shape) << " " << u.section << " " << u.links << "\n";
  for (const TableHeader& h : doc.table_headers()) {
    out << "header";
    for (const std::string& cell : h.cells) out << " [" << cell << "]";
    out << "\n";
  }
  for (const Disclosure& d : doc.disclosures())
    out << "disclosure [" << d.label << "] " << span(d.span) << " " << d.parent << "\n";
  for (const Directive& d : doc.directives()) {
    out << "directive " << static_cast<int>(d.kind) << " " << d.line << " " << span(d.span);
    for (const std::string& rule : d.rules) out << " " << rule;
    out << "\n";
  }
  for (const HtmlAnchor& a : doc.html_anchors())
    out << "anchor " << a.name << " " << span(a.span) << "\n";
  return out.str();
}

}  // namespace awesomelint::testing
