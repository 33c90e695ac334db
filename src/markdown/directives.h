// Inline configuration comments: <!-- awesomelint-disable ... -->, <!--lint ignore ...-->.
#pragma once

#include <string_view>

#include "awesomelint/markdown/document.h"

namespace awesomelint {

// Parses the body of an HTML comment; false when it starts neither with "awesomelint-"
// nor with "lint " (remark-lint's comments).
bool ParseDirective(std::string_view comment, Directive* directive);

}  // namespace awesomelint
