// Link checking: every http(s) link of the linted documents, asked for once per
// resource however often it appears, through the cheapest accurate check its
// provider offers (arXiv, GitHub, Hugging Face, Zenodo, DOI, or plain HTTP).
#pragma once

#include <functional>

#include <vector>

#include "awesomelint/links/link_options.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/model/changed_lines.h"
#include "awesomelint/model/link_result.h"

namespace awesomelint {

// One file's links to check.
struct LinkSource {
  const Document* doc = nullptr;
  const ChangedLines* lines = nullptr;  // --changed-since: only links on these lines (null: all)
  // Whose `exclude` and `include` choose this file's links (its own config's);
  // null: the run's options.
  const LinkOptions* selection = nullptr;
  // Lines whose links are not asked for (link-check switched off there by an
  // inline comment); empty: none.
  std::function<bool(int line)> skip;
};

// Asks a running CheckLinks to finish soon (Ctrl-C); safe from a signal handler.
void StopCheckingLinks();

// Checks every http(s) link of `sources`. Throws InputError for bad options (a
// regex that does not compile).
LinkReport CheckLinks(const std::vector<LinkSource>& sources, const LinkOptions& options);

}  // namespace awesomelint
