// Inline configuration comments: <!-- awesomelint-disable ... -->.
#pragma once

#include <string_view>

#include "awesomelint/markdown/document.h"

namespace awesomelint {

// Parses the body of an HTML comment; false when it does not start with "awesomelint-".
bool ParseDirective(std::string_view comment, Directive* directive);

}  // namespace awesomelint
