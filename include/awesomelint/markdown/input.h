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

}  // namespace awesomelint
