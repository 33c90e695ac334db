// UTF-8: encoding and decoding single code points (input is validated first), and
// whether bytes are valid UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace awesomelint {

// Decodes the code point at `i` of valid UTF-8 and advances `i` past it.
inline char32_t DecodeUtf8(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  char32_t code = extra == 0 ? c : c & (0x3F >> extra);
  for (int k = 0; k < extra && i + 1 < s.size(); ++k) code = (code << 6) | (s[++i] & 0x3F);
  ++i;
  return code;
}

// Appends `code` as UTF-8; code points above U+10FFFF are dropped.
inline void AppendUtf8(char32_t code, std::string& out) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x110000) {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// Length of the valid UTF-8 sequence at `i`, or 0 (overlongs, surrogates and code
// points above U+10FFFF are invalid: the URL parser and JavaScript's decodeURI reject them).
inline size_t Utf8SequenceLength(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t n = c >= 0xC2 && c <= 0xDF   ? 2
             : c >= 0xE0 && c <= 0xEF ? 3
             : c >= 0xF0 && c <= 0xF4 ? 4
                                      : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  if (c == 0xE0 && byte(i + 1) < 0xA0) return 0;  // overlong
  if (c == 0xED && byte(i + 1) > 0x9F) return 0;  // surrogate
  if (c == 0xF0 && byte(i + 1) < 0x90) return 0;  // overlong
  if (c == 0xF4 && byte(i + 1) > 0x8F) return 0;  // above U+10FFFF
  return n;
}

// Whether `text` is well-formed UTF-8.
inline bool IsValidUtf8(std::string_view text) {
  for (size_t i = 0, n = 0; i < text.size(); i += n)
    if ((n = Utf8SequenceLength(text, i)) == 0) return false;
  return true;
}

}  // namespace awesomelint
