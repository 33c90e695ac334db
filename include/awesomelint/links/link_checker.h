// Link checking: every http(s) link of the linted documents, asked for once per
// resource however often it appears, through the cheapest accurate check its
// provider offers (arXiv, GitHub, Hugging Face, Zenodo, DOI, or plain HTTP).
#pragma once

#include <vector>

#include "awesomelint/links/link_options.h"
#include "awesomelint/model/link_result.h"

namespace awesomelint {

class Document;

// Asks a running CheckLinks to finish soon (Ctrl-C); safe from a signal handler.
void StopCheckingLinks();

// Checks every http(s) link of `docs`. Throws InputError for bad options (a regex
// that does not compile).
LinkReport CheckLinks(const std::vector<const Document*>& docs, const LinkOptions& options);

}  // namespace awesomelint
