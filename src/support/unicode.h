// Unicode properties the linter needs beyond ASCII, read from generated tables
// (support/unicode_tables.h): simple case mappings as JavaScript has them, the word
// characters of GitHub's heading anchors, and scripts.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>

#include "awesomelint/support/strings.h"
#include "unicode_tables.h"
#include "utf8.h"

namespace awesomelint::unicode {

template <size_t N>
constexpr char32_t MapByRanges(const CaseRange (&ranges)[N], char32_t c) {
  const CaseRange* after = std::upper_bound(  // the first range starting after c
      std::begin(ranges), std::end(ranges), c,
      [](char32_t code, const CaseRange& range) { return code < range.first; });
  if (after == std::begin(ranges)) return c;
  const CaseRange& range = *(after - 1);
  if (c > range.last || (c - range.first) % range.stride != 0) return c;
  return static_cast<char32_t>(static_cast<int32_t>(c) + range.delta);
}

// String.fromCodePoint(c).toUpperCase(), where that is one code point; else c.
constexpr char32_t SimpleUpper(char32_t c) {
  return MapByRanges(kUpperRanges, c);
}
// String.fromCodePoint(c).toLowerCase(), where that is one code point; else c.
constexpr char32_t SimpleLower(char32_t c) {
  return MapByRanges(kLowerRanges, c);
}

// The upper case of c when it is several code points (ß → SS); null otherwise.
inline const SpecialUpper* FindSpecialUpper(char32_t c) {
  const SpecialUpper* found = std::lower_bound(
      std::begin(kSpecialUpper), std::end(kSpecialUpper), c,
      [](const SpecialUpper& special, char32_t code) { return special.code < code; });
  return found != std::end(kSpecialUpper) && found->code == c ? found : nullptr;
}

// Whether `c` lies in one of `ranges` (sorted, apart).
template <size_t N>
constexpr bool InRanges(const CodeRange (&ranges)[N], char32_t c) {
  const CodeRange* range =  // the first range ending at or after c
      std::lower_bound(std::begin(ranges), std::end(ranges), c,
                       [](const CodeRange& r, char32_t code) { return r.last < code; });
  return range != std::end(ranges) && range->first <= c;
}

// Onigmo's \p{Word}, which Ruby's /\w/u and GitHub's anchors use: a letter (Alphabetic,
// so Roman numerals too), a mark, a decimal digit or connector punctuation.
inline bool IsWordCharacter(char32_t c) {
  if (c < 0x80) return IsAsciiAlnum(static_cast<char>(c)) || c == '_';
  return InRanges(kWordRanges, c);
}

// `text` lower-cased as Ruby's downcase and JavaScript's toLowerCase do it, without the
// final sigma (SimpleLower, and İ to i and a combining dot): names compared without regard
// to case in any script, and GitHub's anchors. Text that is not valid UTF-8 is lower-cased
// in ASCII only.
inline std::string LowerCase(std::string_view text) {
  if (!IsValidUtf8(text)) return ToLower(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t c = DecodeUtf8(text, i);
    if (c == 0x130)  // the one code point whose lower case is two
      out += "i\xCC\x87";
    else
      AppendUtf8(SimpleLower(c), out);
  }
  return out;
}

}  // namespace awesomelint::unicode
