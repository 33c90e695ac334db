// A small, forgiving reader of HTML tags, enough to find href/src/id/alt
// attributes in raw HTML that cmark-gfm passes through as literal text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/model/span.h"

namespace awesomelint {

struct HtmlAttribute {
  Span name;   // offsets relative to the scanned text
  Span value;  // without quotes; empty for valueless attributes
};

struct HtmlTag {
  std::string name;  // "a", "img", "/a", ...
  size_t begin = 0;
  size_t end = 0;  // one past '>'; 0 when `text` has no tag at `begin`
  std::vector<HtmlAttribute> attributes;
};

HtmlTag ScanHtmlTag(std::string_view text, size_t begin);

// Decodes &amp; &lt; &gt; &quot; &#39; and numeric references.
std::string DecodeHtmlEntities(std::string_view text);

}  // namespace awesomelint
