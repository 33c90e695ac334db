// Reading a Markdown file safely: size limit, binary and encoding checks.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace awesomelint {

inline constexpr size_t kDefaultMaxFileSize = 16 * 1024 * 1024;

// Reads `path` (or standard input for "-"); throws InputError when it is missing,
// not a regular file, larger than `max_size`, binary, UTF-16 or not valid UTF-8.
std::string ReadMarkdownFile(const std::string& path, size_t max_size = kDefaultMaxFileSize);

// Throws InputError naming `path`:line:column of the first invalid byte.
void CheckText(const std::string& path, std::string_view text);

// What libcmark-gfm 0.29.0.gfm.6 may be handed. Its time grows with the square of
// a table row's cells (and its memory with the empty cells it adds to rows shorter
// than the header), and every blank line inside nested lists costs it the depth of
// the nesting. Within these limits a text parses in linear time.
//
// Cells in one table line (header, delimiter or body row).
inline constexpr size_t kMaxTableRowCells = 1000;
// Empty cells added to short table rows, in all the file's tables.
inline constexpr size_t kMaxFilledTableCells = size_t{1} << 19;
// Blank lines times the depth of the lists around them, at most this many per byte
// of the text plus kBlankNestingAllowance.
inline constexpr size_t kBlankNestingPerByte = 16;
inline constexpr size_t kBlankNestingAllowance = size_t{1} << 20;

// Inline scans (inline_limits.cpp): bytes read for raw HTML openers without
// closers, and brackets walked at links, at most this many per byte plus the
// allowance.
inline constexpr size_t kInlineScanPerByte = 16;
inline constexpr size_t kInlineScanAllowance = size_t{1} << 20;

// Throws InputError naming `path`:line of the first place past a limit above.
// Document::Parse calls it before parsing.
void CheckParseLimits(const std::string& path, std::string_view text);
// The inline part of CheckParseLimits, which calls it.
void CheckInlineScanLimits(const std::string& path, std::string_view text);

}  // namespace awesomelint
