#include <map>

#include "awesomelint/lint/fix.h"

namespace awesomelint {

size_t FixFile(const Linter& linter, const LintContext& context, ParsedFile& file,
               std::vector<Diagnostic>& diagnostics, LinkReport* links) {
  // A fix may wait for another (two entries moved to one place): the file is fixed
  // again while fixes apply, a few rounds at most.
  constexpr int kRounds = 8;
  size_t total = 0;
  for (int round = 0; round < kRounds; ++round) {
    std::vector<Diagnostic> fixable;
    for (const Diagnostic& d : diagnostics) {
      // A move shifts the lines between: --changed-since's lines would name others.
      if (d.fix && !(context.changed && !d.fix->also.empty())) fixable.push_back(d);
    }
    size_t applied = 0;
    std::string fixed = ApplyFixes(file.doc->text(), fixable, &applied);
    if (applied == 0) break;
    ParsedFile after = ParseFile(file.doc->path(), std::move(fixed));
    if (links) RelocateLinks(*links, *file.doc, *after.doc);
    file = std::move(after);
    diagnostics = linter.Lint(file, context);
    total += applied;
  }
  return total;
}

void RelocateLinks(LinkReport& links, const Document& before, const Document& after) {
  std::map<std::string_view, size_t> by_url;
  for (size_t r = 0; r < links.results.size(); ++r)
    for (const LinkLocation& location : links.results[r].locations)
      if (location.file == before.path())
        by_url.emplace(before.RawUrl(before.links()[location.link]), r);
  std::vector<std::pair<size_t, LinkLocation>> moved;
  for (size_t i = 0; i < after.links().size(); ++i) {
    const Link& link = after.links()[i];
    auto it = by_url.find(after.RawUrl(link));
    if (it == by_url.end()) continue;
    std::string_view written = after.RawUrl(link);
    moved.push_back({it->second,
                     {after.path(), static_cast<int>(i), after.lines().PositionOf(link.span.begin),
                      written == links.results[it->second].url ? "" : std::string(written)}});
  }
  for (LinkResult& result : links.results)
    std::erase_if(result.locations,
                  [&](const LinkLocation& location) { return location.file == before.path(); });
  for (auto& [r, location] : moved) links.results[r].locations.push_back(std::move(location));
}

}  // namespace awesomelint
