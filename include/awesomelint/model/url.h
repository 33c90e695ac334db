// Url: an absolute URL split into parts, and the canonical key that makes
// equivalent spellings of one resource compare equal.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awesomelint {

// The parts other than scheme and host are views into the parsed text, which
// must outlive the Url (parsing allocates nothing for common URLs).
struct Url {
  std::string scheme;         // lower case: "https"
  std::string host;           // lower case, "www." kept as written
  std::string_view port;      // empty when default
  std::string_view path;      // "/o/r" (as written, at least "/")
  std::string_view query;     // without '?'
  std::string_view fragment;  // without '#'

  // Host without a leading "www.".
  std::string_view bare_host() const;
  // Non-empty path segments, undecoded.
  std::vector<std::string_view> segments() const;
};

// Parses an absolute http(s)/ftp URL; nullopt for anything else (mailto:, relative, #anchor).
std::optional<Url> ParseUrl(std::string_view text);

// True when `text` starts with a scheme ("https:", "mailto:", ...).
bool HasScheme(std::string_view text);

// The key under which two links name the same resource: arXiv abs = pdf = vN,
// GitHub owner/repo case-insensitively without ".git", DOIs case-insensitively,
// and generally http = https, "www." ignored, trailing slash ignored.
std::string CanonicalKey(std::string_view url);
std::string CanonicalKey(const Url& url);

std::string PercentDecode(std::string_view text);

}  // namespace awesomelint
