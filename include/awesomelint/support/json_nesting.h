// A nesting bound for JSON from files someone else controls: JSON libraries
// copy, compare and print values recursively, so a file of 100,000 `[` would
// overflow the stack long after parsing.
#pragma once

#include <cstddef>
#include <string_view>

namespace awesomelint {

// The offset of the first `[` or `{` nested deeper than `max_depth`, skipping
// strings and // and /* */ comments; npos when there is none.
size_t FindTooDeepJson(std::string_view text, int max_depth);

}  // namespace awesomelint
