#include "awesomelint/markdown/input.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

#include "awesomelint/model/line_index.h"
#include "awesomelint/support/errors.h"

namespace awesomelint {
namespace {

// Length of the valid UTF-8 sequence at `i`, or 0 (overlongs, surrogates and
// code points above U+10FFFF are invalid).
size_t Utf8SequenceLength(std::string_view s, size_t i) {
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

std::string HumanSize(size_t bytes) {
  return bytes >= 1024 * 1024 ? fmt::format("{:.1f} MB", bytes / (1024.0 * 1024.0))
                              : fmt::format("{} bytes", bytes);
}

}  // namespace

void CheckText(const std::string& path, std::string_view text) {
  if (text.size() >= 2 &&
      ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
    throw InputError(fmt::format("{}: the file is UTF-16; save it as UTF-8", path));
  size_t nul = text.find('\0');
  if (nul != std::string_view::npos) {
    Position at = LineIndex(text).PositionOf(nul);
    throw InputError(
        fmt::format("{}:{}:{}: a NUL byte: this looks like a binary file, not Markdown", path,
                    at.line, at.column));
  }
  for (size_t i = 0; i < text.size();) {
    // ASCII runs, eight bytes at a time.
    while (i + 8 <= text.size()) {
      uint64_t word;
      std::memcpy(&word, text.data() + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= text.size()) break;
    size_t n = Utf8SequenceLength(text, i);
    if (n == 0) {
      LineIndex lines(text.substr(0, i + 1));
      int line = lines.LineOf(i);
      // Columns count code points of the valid prefix.
      int column = lines.PositionOf(i).column;
      throw InputError(
          fmt::format("{}:{}:{}: invalid UTF-8 (byte 0x{:02x}); save the file as UTF-8", path, line,
                      column, static_cast<unsigned char>(text[i])));
    }
    i += n;
  }
}

std::string ReadMarkdownFile(const std::string& path, size_t max_size) {
  std::string text;
  if (path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    struct stat info {};
    if (stat(path.c_str(), &info) != 0)
      throw InputError(fmt::format("{}: {}", path, std::strerror(errno)));
    if (S_ISDIR(info.st_mode))
      throw InputError(fmt::format("{}: is a directory; give the Markdown file inside it", path));
    if (!S_ISREG(info.st_mode)) throw InputError(fmt::format("{}: not a regular file", path));
    if (static_cast<size_t>(info.st_size) > max_size)
      throw InputError(fmt::format("{}: the file is {} (limit {}); raise it with --max-file-size",
                                   path, HumanSize(info.st_size), HumanSize(max_size)));
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(fmt::format("{}: {}", path, std::strerror(errno)));
    text.resize(static_cast<size_t>(info.st_size));
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<size_t>(in.gcount()));
  }
  if (text.size() > max_size)
    throw InputError(fmt::format("{}: the input is {} (limit {}); raise it with --max-file-size",
                                 path, HumanSize(text.size()), HumanSize(max_size)));
  CheckText(path, text);
  return text;
}

}  // namespace awesomelint
