// GitHub's heading anchors.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/markdown/document.h"

namespace awesomelint {

// GitHub's heading anchor for `text` (before de-duplication).
std::string GithubSlug(std::string_view text);

// Sets every heading's slug as GitHub does: "models", then "models-1", "models-2", ...
void AssignSlugs(std::vector<Heading>& headings);

}  // namespace awesomelint
