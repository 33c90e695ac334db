// UTF-8 encoding and decoding of single code points (input is validated first).
#pragma once

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

}  // namespace awesomelint
