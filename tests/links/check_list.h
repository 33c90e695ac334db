// Link results in tests: a list of links made into a document and checked, and
// results located in a document.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "awesomelint/links/link_checker.h"
#include "awesomelint/markdown/document.h"

namespace awesomelint::testing {

struct Checked {
  std::unique_ptr<Document> doc;
  LinkReport report;

  const LinkResult& For(const std::string& url) const {
    for (const LinkResult& result : report.results)
      if (result.url == url) return result;
    ADD_FAILURE() << "no result for " << url;
    static LinkResult none;
    return none;
  }
};

// Each result located at the links of `doc` that write its URL, as the checker
// locates them.
inline void LocateByUrl(LinkReport& report, const Document& doc) {
  for (LinkResult& result : report.results)
    for (size_t i = 0; i < doc.links().size(); ++i)
      if (doc.RawUrl(doc.links()[i]) == result.url)
        result.locations.push_back(
            {doc.path(), static_cast<int>(i), doc.lines().PositionOf(doc.links()[i].span.begin)});
}

// Checks `urls`, one list item each.
inline Checked CheckList(const std::vector<std::string>& urls, const LinkOptions& options) {
  std::string markdown = "# Links\n\n";
  for (size_t i = 0; i < urls.size(); ++i)
    markdown += "- [Link " + std::to_string(i) + "](" + urls[i] + ")\n";
  Checked checked;
  checked.doc = Document::Parse("README.md", markdown);
  checked.report = CheckLinks({{checked.doc.get()}}, options);
  return checked;
}

}  // namespace awesomelint::testing
