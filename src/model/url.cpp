#include "awesomelint/model/url.h"

#include <cctype>

#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

bool IsHostChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::string_view StripTrailingSlashes(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  return path == "/" ? std::string_view{} : path;
}

}  // namespace

std::string PercentDecode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      int hi = HexValue(text[i + 1]);
      int lo = HexValue(text[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out.push_back(static_cast<char>(hi * 16 + lo));
        i += 2;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

bool HasScheme(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '+' ||
                             text[i] == '-' || text[i] == '.'))
    ++i;
  return i > 0 && i < text.size() && text[i] == ':' &&
         std::isalpha(static_cast<unsigned char>(text[0]));
}

std::string_view Url::bare_host() const {
  std::string_view h = host;
  if (h.substr(0, 4) == "www.") h.remove_prefix(4);
  return h;
}

std::vector<std::string_view> Url::segments() const {
  std::vector<std::string_view> out;
  std::string_view p = path;
  while (!p.empty()) {
    size_t slash = p.find('/');
    std::string_view seg = p.substr(0, slash);
    if (!seg.empty()) out.push_back(seg);
    if (slash == std::string_view::npos) break;
    p.remove_prefix(slash + 1);
  }
  return out;
}

// Lower-cases ASCII in place (hosts and schemes are ASCII or punycode).
void LowerInPlace(std::string& text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

// The first of `stops` in `text` from `from`, or text.size(): one pass, no allocation.
size_t FindAny(std::string_view text, size_t from, std::string_view stops) {
  for (size_t i = from; i < text.size(); ++i)
    for (char stop : stops)
      if (text[i] == stop) return i;
  return text.size();
}

std::optional<Url> ParseUrl(std::string_view text) {
  size_t colon = 0;
  while (colon < text.size() && colon <= 5 && text[colon] != ':') ++colon;
  if (colon == 0 || colon > 5 || text.substr(colon, 3) != "://") return std::nullopt;
  Url url;
  url.scheme = std::string(text.substr(0, colon));
  LowerInPlace(url.scheme);
  if (url.scheme != "http" && url.scheme != "https" && url.scheme != "ftp") return std::nullopt;
  size_t authority_begin = colon + 3;
  size_t authority_end = FindAny(text, authority_begin, "/?#");
  std::string_view authority = text.substr(authority_begin, authority_end - authority_begin);
  std::string_view rest = text.substr(authority_end);
  for (size_t at = authority.size(); at-- > 0;) {
    if (authority[at] == '@') {
      authority.remove_prefix(at + 1);
      break;
    }
  }
  std::string_view host = authority;
  if (!authority.empty() && authority.front() == '[') {  // IPv6 literal
    size_t close = authority.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    host = authority.substr(0, close + 1);
    std::string_view after = authority.substr(close + 1);
    if (!after.empty()) {
      if (after.front() != ':') return std::nullopt;
      url.port = after.substr(1);
    }
  } else if (size_t port = authority.rfind(':'); port != std::string_view::npos) {
    host = authority.substr(0, port);
    url.port = authority.substr(port + 1);
  }
  for (char c : url.port)
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  if (host.empty()) return std::nullopt;
  if (host.front() != '[') {
    char previous = '.';
    for (char c : host) {
      if (!IsHostChar(c) || (c == '.' && previous == '.')) return std::nullopt;
      previous = c;
    }
  }
  url.host = std::string(host);
  LowerInPlace(url.host);
  if (url.host.back() == '.') url.host.pop_back();
  if ((url.scheme == "https" && url.port == "443") || (url.scheme == "http" && url.port == "80"))
    url.port = {};
  size_t hash = FindAny(rest, 0, "#");
  if (hash < rest.size()) url.fragment = rest.substr(hash + 1);
  rest = rest.substr(0, hash);
  size_t question = FindAny(rest, 0, "?");
  if (question < rest.size()) url.query = rest.substr(question + 1);
  rest = rest.substr(0, question);
  url.path = rest.empty() ? std::string_view("/") : rest;
  return url;
}

std::string CanonicalKey(std::string_view text) {
  std::optional<Url> url = ParseUrl(text);
  return url ? CanonicalKey(*url) : std::string(text);
}

std::string CanonicalKey(const Url& parsed) {
  const Url* url = &parsed;
  if (auto arxiv = ArxivFromUrl(*url)) return "arxiv:" + ToLower(arxiv->id);
  if (auto doi = DoiFromUrl(*url)) return "doi:" + *doi;
  std::string fragment(url->fragment);
  if (fragment == "readme" || fragment == "top") fragment.clear();
  if (auto repo = GithubRepoFromUrl(*url)) {
    std::string key = "github:" + repo->key() + std::string(StripTrailingSlashes(repo->rest));
    return fragment.empty() ? key : key + "#" + fragment;
  }
  std::string key(url->bare_host());
  if (!url->port.empty()) (key += ":") += url->port;
  key += StripTrailingSlashes(url->path);
  if (!url->query.empty()) (key += "?") += url->query;
  if (!fragment.empty()) key += "#" + fragment;
  return key;
}

}  // namespace awesomelint
