// UTF-8: encoding and decoding single code points (input is validated first), and
// whether bytes are valid UTF-8.
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

// Whether `text` is well-formed UTF-8: no overlong form, surrogate or code point past
// U+10FFFF (the URL parser and JavaScript's decodeURI reject the rest).
inline bool IsValidUtf8(std::string_view text) {
  auto byte = [&](size_t at) { return static_cast<unsigned char>(text[at]); };
  for (size_t i = 0; i < text.size();) {
    unsigned char lead = byte(i);
    size_t extra = lead < 0x80   ? 0
                   : lead < 0xC2 ? 4  // a continuation byte, or an overlong lead
                   : lead < 0xE0 ? 1
                   : lead < 0xF0 ? 2
                   : lead < 0xF5 ? 3
                                 : 4;
    if (extra == 4 || text.size() - i <= extra) return false;
    for (size_t k = 1; k <= extra; ++k)
      if ((byte(i + k) & 0xC0) != 0x80) return false;
    unsigned char second = extra > 0 ? byte(i + 1) : 0;
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) ||
        (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
      return false;  // overlong, a surrogate, or past U+10FFFF
    i += extra + 1;
  }
  return true;
}

}  // namespace awesomelint
