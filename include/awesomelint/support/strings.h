// Small ASCII string helpers shared by every layer.
#pragma once

#include <string>
#include <string_view>

namespace awesomelint {

// ASCII classes, whatever the locale (std::isalpha and friends depend on it).
inline bool IsAsciiAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool IsAsciiDigit(char c) {
  return c >= '0' && c <= '9';
}
inline bool IsAsciiAlnum(char c) {
  return IsAsciiAlpha(c) || IsAsciiDigit(c);
}
// A hexadecimal digit's value, -1 for any other character.
inline int HexValue(char c) {
  if (IsAsciiDigit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// ASCII lower case; other bytes (UTF-8 included) unchanged.
std::string ToLower(std::string_view text);
std::string ToUpper(std::string_view text);

// Without leading and trailing ASCII whitespace.
std::string_view Trim(std::string_view text);

// True when `text` is non-empty and every byte is a digit 0-9.
bool AllDigits(std::string_view text);

// White space runs (spaces, tabs, line breaks) as one space, none at either end.
std::string CollapseSpaces(std::string_view text);
// A Unix time as "2026-11-30 09:12 UTC".
std::string UtcTime(long long unix_seconds);

// Text someone else wrote, fit to print: white space collapsed (CollapseSpaces),
// other control characters dropped, at most `max_bytes` (cut at a character's start).
std::string PlainText(std::string_view text, size_t max_bytes);

// `text` cut to at most `max_bytes` bytes, ending in "..." when cut; a UTF-8
// sequence is never split.
std::string Shorten(std::string_view text, size_t max_bytes);

// `text` as one cell of a Markdown table: pipes, backticks and backslashes
// escaped, angle brackets as entities, line breaks as spaces.
std::string MarkdownCell(std::string_view text);

}  // namespace awesomelint
