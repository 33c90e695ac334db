// double-link: no link is listed twice (awesome-lint's rule, rules/double-link.js, as its
// default config runs it: createAwesomeListIgnore, and the project website ignored).
//
// Every Markdown link (inline, <autolink> or bare URL; not references, images or HTML)
// is keyed by normalize-url's normal form, as awesome-lint configures it, and every
// occurrence of a key seen twice is reported. A list item's description links (all but
// the first link of its first paragraph) are not counted. Unlike awesome-lint, links that
// inline comments switch off are not counted either, and in-page navigation ("back to
// top") is left alone.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "awesome_headings.h"
#include "awesomelint/lint/rule.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/markdown/syntax_tree.h"
#include "awesomelint/model/url.h"
#include "awesomelint/support/strings.h"
#include "support/utf8.h"

namespace awesomelint {
namespace {

void AppendEscaped(unsigned char byte, std::string& out) {
  out += fmt::format("%{:02X}", byte);
}

// The URL standard's percent-encoding of `text` with an encode set: C0 controls, DEL and
// non-ASCII bytes, and the characters of `set`.
std::string PercentEncode(std::string_view text, std::string_view set) {
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte >= 0x7F || set.find(c) != std::string_view::npos) {
      AppendEscaped(byte, out);
    } else {
      out += c;
    }
  }
  return out;
}

constexpr std::string_view kPathSet = " \"#<>?`{}";
constexpr std::string_view kQuerySet = " \"#<>'";  // a special scheme's query
constexpr std::string_view kFragmentSet = " \"<>`";

// JavaScript's decodeURI, then the path's encode set again (what normalize-url does to a
// pathname): escapes of unreserved characters are decoded, the others written in upper
// case. nullopt where decodeURI throws (a malformed escape): the path stays as it is.
std::optional<std::string> RecodePath(std::string_view path) {
  constexpr std::string_view kReserved = ";/?:@&=+$,#";
  std::string decoded;
  for (size_t i = 0; i < path.size();) {
    if (path[i] != '%') {
      decoded += path[i++];
      continue;
    }
    // A run of escapes, decoded as UTF-8 together.
    std::string bytes;
    std::vector<size_t> starts;
    while (i < path.size() && path[i] == '%') {
      if (i + 2 >= path.size() || HexValue(path[i + 1]) < 0 || HexValue(path[i + 2]) < 0)
        return std::nullopt;
      starts.push_back(i);
      bytes += static_cast<char>(HexValue(path[i + 1]) * 16 + HexValue(path[i + 2]));
      i += 3;
    }
    if (!IsValidUtf8(bytes)) return std::nullopt;
    for (size_t k = 0; k < bytes.size(); ++k) {
      if (kReserved.find(bytes[k]) != std::string_view::npos) {
        decoded += path.substr(starts[k], 3);  // stays escaped, as written
      } else if (bytes[k] == '\\') {
        decoded += "%5C";
      } else {
        decoded += bytes[k];
      }
    }
  }
  return PercentEncode(decoded, kPathSet);
}

// "/a//b" -> "/a/b", except in a scheme's "://" inside the path ("/https://x").
std::string CollapseSlashes(std::string_view path) {
  std::string out;
  size_t piece = 0;  // where the text after the last such scheme starts in `out`
  for (size_t i = 0; i < path.size();) {
    bool boundary = i == 0 || !(IsAsciiAlnum(path[i - 1]) || path[i - 1] == '_');
    if (boundary && path[i] >= 'a' && path[i] <= 'z') {
      size_t end = i + 1;
      // A scheme is at most 51 characters: the scan stops there, or every word would be
      // read to its end from each of its characters.
      while (end < path.size() && end - i <= 51 &&
             ((path[end] >= 'a' && path[end] <= 'z') || IsAsciiDigit(path[end]) ||
              path[end] == '+' || path[end] == '-' || path[end] == '.'))
        ++end;
      if (end - i >= 2 && end - i <= 51 && path.substr(end, 3) == "://") {
        out += path.substr(i, end + 3 - i);
        i = end + 3;
        piece = out.size();
        continue;
      }
    }
    if (path[i] == '/' && out.size() > piece && out.back() == '/') {
      ++i;
      continue;
    }
    out += path[i++];
  }
  return out;
}

// The path's segments with "." and ".." (or their escapes) resolved.
std::string ResolveDots(std::string_view path) {
  auto lower = [](std::string_view s) { return ToLower(s); };
  std::vector<std::string_view> segments;
  std::string_view rest = path.substr(1);
  for (size_t at = 0;;) {
    size_t slash = rest.find('/', at);
    std::string_view segment =
        rest.substr(at, slash == std::string_view::npos ? rest.npos : slash - at);
    bool last = slash == std::string_view::npos;
    std::string l = lower(segment);
    if (l == ".." || l == ".%2e" || l == "%2e." || l == "%2e%2e") {
      if (!segments.empty()) segments.pop_back();
      if (last) segments.push_back("");
    } else if (l == "." || l == "%2e") {
      if (last) segments.push_back("");
    } else {
      segments.push_back(segment);
    }
    if (last) break;
    at = slash + 1;
  }
  std::string out;
  for (std::string_view segment : segments) {
    out += '/';
    out += segment;
  }
  return out.empty() ? "/" : out;
}

struct Param {
  std::string name, value;
};

// application/x-www-form-urlencoded: '+' is a space, escapes are bytes.
std::string FormDecode(std::string_view text) {
  std::string spaced(text);
  std::replace(spaced.begin(), spaced.end(), '+', ' ');
  return PercentDecode(spaced);
}

bool IsUtmParameter(std::string_view name) {
  return name.size() > 4 && ToLower(name.substr(0, 4)) == "utm_" &&
         (IsAsciiAlnum(name[4]) || name[4] == '_');
}

// normalize-url's query: utm_* parameters dropped, the rest sorted by name and written
// back decoded (so "a%20b" = "a+b" = "a b"), a parameter written without '=' kept so.
// nullopt where normalize-url throws (a malformed escape in such a parameter).
std::optional<std::string> NormalizeQuery(std::string_view query) {
  std::vector<Param> params;
  std::vector<std::string_view> bare;  // parts written without '='
  for (size_t at = 0; at <= query.size();) {
    size_t amp = std::min(query.find('&', at), query.size());
    std::string_view part = query.substr(at, amp - at);
    at = amp + 1;
    if (part.empty()) continue;
    size_t eq = part.find('=');
    if (eq == std::string_view::npos) bare.push_back(part);
    params.push_back({FormDecode(part.substr(0, eq)),
                      eq == std::string_view::npos ? "" : FormDecode(part.substr(eq + 1))});
  }
  // Dropping a parameter writes the query again, every parameter with its '='.
  if (std::erase_if(params, [](const Param& p) { return IsUtmParameter(p.name); }) > 0)
    bare.clear();
  if (params.empty()) return std::string();
  std::stable_sort(params.begin(), params.end(),
                   [](const Param& a, const Param& b) { return a.name < b.name; });
  // Serialized (spaces as '+'), decoded again, then the query's encode set.
  auto plus = [](std::string text) {
    std::replace(text.begin(), text.end(), ' ', '+');
    return text;
  };
  std::string serialized;
  for (const Param& param : params) {
    if (!serialized.empty()) serialized += '&';
    serialized += plus(param.name);
    serialized += '=';
    serialized += plus(param.value);
  }
  std::string search = "?";
  search += PercentEncode(serialized, kQuerySet);
  // Each part written without '=' rewrites the query once; past a few dozen (no real link
  // has them) the rest keep their '=', so that a hostile query costs linear time.
  constexpr size_t kMaxBareParts = 32;
  if (bare.size() > kMaxBareParts) bare.resize(kMaxBareParts);
  for (std::string_view part : bare) {
    std::string decoded;
    for (size_t i = 0; i < part.size(); ++i) {
      if (part[i] != '%') {
        decoded += part[i];
        continue;
      }
      if (i + 2 >= part.size() || HexValue(part[i + 1]) < 0 || HexValue(part[i + 2]) < 0)
        return std::nullopt;
      decoded += static_cast<char>(HexValue(part[i + 1]) * 16 + HexValue(part[i + 2]));
      i += 2;
    }
    for (std::string_view lead : {"?", "&"}) {
      std::string with = std::string(lead) + decoded + "=";
      if (size_t found = search.find(with); found != std::string::npos)
        search.replace(found, with.size(), std::string(lead) + decoded);
    }
  }
  return search.substr(1);
}

// normalize-url's stripWWW test: /^www\.(?!www\.)[a-z\-\d]{1,63}\.[a-z.\-\d]{2,63}$/
bool StripsWww(std::string_view host) {
  if (!host.starts_with("www.") || host.substr(4).starts_with("www.")) return false;
  std::string_view rest = host.substr(4);
  size_t dot = rest.find('.');
  if (dot == std::string_view::npos || dot < 1 || dot > 63) return false;
  auto label = [](char c) { return (c >= 'a' && c <= 'z') || IsAsciiDigit(c) || c == '-'; };
  if (!std::all_of(rest.begin(), rest.begin() + dot, label)) return false;
  std::string_view tail = rest.substr(dot + 1);
  return tail.size() >= 2 && tail.size() <= 63 &&
         std::all_of(tail.begin(), tail.end(), [&](char c) { return label(c) || c == '.'; });
}

// normalize-url 8 as awesome-lint calls it: {stripHash: false, stripProtocol: true,
// removeDirectoryIndex: [/^index\.[a-z]+$/]} and its defaults (http:// assumed, "www."
// and a trailing slash dropped, default ports, authentication and utm_* parameters
// removed, the query sorted). A URL with another scheme (mailto:, ftp:) stays as it is;
// nullopt where normalize-url throws (a relative path, no host), and then awesome-lint
// compares the URL as written. Not done: IDNA, IPv4 in other notations, data: URLs.
std::optional<std::string> NormalizeUrl(std::string_view url) {
  std::string text(Trim(url));
  // Another scheme than http(s) or file (and no '.' in it): kept as written.
  size_t colon = 0;
  while (colon < text.size() && (IsAsciiAlnum(text[colon]) || text[colon] == '+' ||
                                 text[colon] == '-' || text[colon] == '.'))
    ++colon;
  if (colon > 0 && colon < text.size() && text[colon] == ':' && IsAsciiAlpha(text[0])) {
    std::string scheme = ToLower(std::string_view(text).substr(0, colon));
    if (scheme.find('.') == std::string::npos && scheme != "http" && scheme != "https")
      return scheme == "file" || scheme == "data" ? std::nullopt : std::optional(text);
  }
  if (text.starts_with("//")) {
    text = "http:" + text.substr(2);
  } else if (!text.empty() && text[0] == '/') {
    return std::nullopt;  // a path: new URL() throws
  } else if (text.starts_with("./") || text.starts_with("../")) {
    return std::nullopt;
  } else {
    size_t word = 0;
    while (word < text.size() && (IsAsciiAlnum(text[word]) || text[word] == '_')) ++word;
    if (!(word > 0 && std::string_view(text).substr(word, 3) == "://")) text = "http:" + text;
  }
  // The URL standard's parser, for http and https.
  colon = text.find(':');
  std::string scheme = ToLower(std::string_view(text).substr(0, colon));
  if (scheme != "http" && scheme != "https") return std::nullopt;
  std::string_view rest = std::string_view(text).substr(colon + 1);
  size_t start = rest.find_first_not_of("/\\");
  rest = start == std::string_view::npos ? std::string_view() : rest.substr(start);
  size_t authority_end = std::min(rest.find_first_of("/\\?#"), rest.size());
  std::string_view authority = rest.substr(0, authority_end);
  rest.remove_prefix(authority_end);
  if (size_t at = authority.rfind('@'); at != std::string_view::npos)
    authority.remove_prefix(at + 1);  // authentication is dropped
  std::string_view host_text = authority, port;
  if (authority.starts_with("[")) {
    size_t close = authority.find(']');
    if (close == std::string_view::npos) return std::nullopt;
    host_text = authority.substr(0, close + 1);
    port = authority.substr(close + 1);
    if (!port.empty() && port[0] != ':') return std::nullopt;
    if (!port.empty()) port.remove_prefix(1);
  } else if (size_t c = authority.find(':'); c != std::string_view::npos) {
    host_text = authority.substr(0, c);
    port = authority.substr(c + 1);
  }
  std::string host = ToLower(PercentDecode(host_text));
  if (host.empty()) return std::nullopt;
  if (host[0] != '[')  // an IPv6 address is taken as written
    for (char c : host)
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F ||
          std::string_view(" #%/:<>?@[\\]^|").find(c) != std::string_view::npos)
        return std::nullopt;
  uint32_t port_number = 0;
  for (char c : port) {
    if (!IsAsciiDigit(c)) return std::nullopt;
    port_number = port_number * 10 + static_cast<uint32_t>(c - '0');
    if (port_number > 65535) return std::nullopt;
  }
  bool default_port = port.empty() || (scheme == "http" && port_number == 80) ||
                      (scheme == "https" && port_number == 443);
  std::string_view path_text = rest.substr(0, rest.find_first_of("?#"));
  rest.remove_prefix(path_text.size());
  std::optional<std::string_view> query, fragment;
  if (rest.starts_with("?")) {
    size_t hash = rest.find('#');
    query = rest.substr(1, hash == std::string_view::npos ? rest.npos : hash - 1);
    rest.remove_prefix(1 + query->size());
  }
  if (rest.starts_with("#")) fragment = rest.substr(1);

  std::string path(path_text.empty() ? "/" : path_text);
  std::replace(path.begin(), path.end(), '\\', '/');
  path = ResolveDots(PercentEncode(path, kPathSet));
  path = CollapseSlashes(path);
  if (auto recoded = RecodePath(path)) path = *recoded;
  // removeDirectoryIndex: "/docs/index.html" is "/docs/".
  std::vector<std::string_view> components;
  for (size_t at = 0; at < path.size();) {
    size_t slash = std::min(path.find('/', at), path.size());
    if (slash > at) components.push_back(std::string_view(path).substr(at, slash - at));
    at = slash + 1;
  }
  if (!components.empty()) {
    std::string_view last = components.back();
    bool index =
        last.starts_with("index.") && last.size() > 6 &&
        std::all_of(last.begin() + 6, last.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (index) {
      components.pop_back();
      std::string shorter = "/";
      for (std::string_view component : components) {
        shorter += component;
        shorter += '/';
      }
      path = shorter;
    }
  }
  if (host.ends_with('.')) host.pop_back();
  if (StripsWww(host)) host.erase(0, 4);
  std::string normalized_query;
  if (query) {
    std::optional<std::string> sorted = NormalizeQuery(PercentEncode(*query, kQuerySet));
    if (!sorted) return std::nullopt;
    normalized_query = *sorted;
  }
  // stripTextFragment: "#:~:text=..." is dropped; an empty fragment is none.
  std::string hash = fragment ? PercentEncode(*fragment, kFragmentSet) : "";
  if (size_t text_fragment = ToLower(hash).find(":~:text"); text_fragment != std::string::npos)
    hash.erase(text_fragment);
  if (path.size() > 1 && path.back() == '/') path.pop_back();  // removeTrailingSlash
  std::string href = host + (default_port ? "" : ":" + std::to_string(port_number)) + path +
                     (normalized_query.empty() ? "" : "?" + normalized_query) +
                     (hash.empty() ? "" : "#" + hash);
  if (hash.empty() && href.back() == '/') href.pop_back();  // removeSingleSlash
  return href;                                              // stripProtocol: without "https://"
}

// The GitHub repository's own page, whose sections its README's links may name with a
// fragment: "https://github.com/owner/list#contents", "...?tab=readme-ov-file#tools".
bool IsOwnPage(std::string_view url, const ListRepository* repository) {
  if (!repository || repository->full_name.empty()) return false;
  std::optional<Url> parsed = ParseUrl(url);
  if (!parsed || parsed->bare_host() != "github.com" || parsed->fragment.empty()) return false;
  std::vector<std::string_view> segments = parsed->segments();
  if (segments.size() < 2 ||
      ToLower(fmt::format("{}/{}", segments[0], segments[1])) != ToLower(repository->full_name))
    return false;
  return segments.size() == 2 || (segments.size() >= 4 && segments[2] == "blob" &&
                                  ToLower(segments.back()).starts_with("readme"));
}

// Whether `text` has `word` as a whole word (no ASCII letter on either side).
bool HasWord(std::string_view text, std::string_view word) {
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
    size_t end = at + word.size();
    if ((at == 0 || !IsAsciiAlpha(text[at - 1])) &&
        (end == text.size() || !IsAsciiAlpha(text[end])))
      return true;
  }
  return false;
}

// Text that says "back to top": ⬆, ↑, the word "top" or "back".
bool ReadsBackToTop(std::string_view text) {
  std::string lower = ToLower(text);
  return HasWord(lower, "top") || HasWord(lower, "back") ||
         lower.find("\xE2\xAC\x86") != std::string::npos ||
         lower.find("\xE2\x86\x91") != std::string::npos;
}

// awesome-lint's createAwesomeListIgnore: in a list item's first paragraph, the first
// link (or reference) is the item's; the other links describe it and are not counted.
// Returns, by node, whether it is an item's own link (1), a description link (2) or
// neither (0).
std::vector<uint8_t> LinkRoles(const SyntaxTree& tree) {
  std::vector<uint8_t> roles(tree.nodes().size(), 0);
  for (const SyntaxNode& item : tree.nodes()) {
    if (item.type != NodeType::kListItem || item.first_child < 0) continue;
    const SyntaxNode& paragraph = tree[item.first_child];
    if (paragraph.type != NodeType::kParagraph) continue;
    bool main_found = false;
    for (int child = paragraph.first_child; child >= 0; child = tree[child].next) {
      int link = awesome::LinkIn(tree, child);  // a link, or one set in bold
      if (link < 0) continue;
      roles[link] = main_found ? 2 : 1;
      main_found = true;
    }
  }
  return roles;
}

// The entry each node belongs to: its innermost list item or table row, -1 outside any
// (one pass in document order: a parent comes before its children).
std::vector<int> EntryOf(const SyntaxTree& tree) {
  std::vector<int> entry(tree.nodes().size(), -1);
  for (int i = 1; i < static_cast<int>(tree.nodes().size()); ++i) {
    NodeType type = tree[i].type;
    entry[i] =
        type == NodeType::kListItem || type == NodeType::kTableRow ? i : entry[tree[i].parent];
  }
  return entry;
}

class DoubleLinkRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "double-link",
        "No link is listed twice (awesome-lint's rule)",
        {"awesome", "links"},
        Severity::kOff,
        /*fixable=*/false,
        {{"ignore", "string[]", "[]",
          "URLs that may be linked more than once (compared after normalization)"}}};
    return kMeta;
  }

  void Configure(const nlohmann::json& options) override {
    ignore_ = {};
    for (const std::string& url : OptionStrings(options, "double-link", "ignore", {}))
      ignore_.Add(url);
  }

  void Check(const Document& doc, const Entries&, const LintContext& context,
             RuleReporter& out) const override {
    const SyntaxTree& tree = doc.tree();
    const ListRepository* repository = context.list_repository;
    IgnoredUrls website;  // awesome-lint's projectWebsite
    if (repository && repository->state == ListRepository::State::kFound &&
        !repository->homepage.empty())
      website.Add(repository->homepage);

    // A link a comment switches off is not counted at all: awesome-lint still reports
    // its twin (issue #145).
    std::function<bool(int)> switched_off;
    if (context.switched_off) switched_off = context.switched_off(std::string(meta().id));
    std::vector<uint8_t> roles = LinkRoles(tree);
    std::vector<int> entry = EntryOf(tree);
    std::unordered_map<std::string, std::vector<int>> by_key;
    std::vector<std::string> keys;  // in order of first occurrence
    for (int i = 0; i < static_cast<int>(tree.nodes().size()); ++i) {
      const SyntaxNode& node = tree[i];
      if (node.type != NodeType::kLink || node.reference || roles[i] == 2) continue;
      // Differs: a link in prose (the intro, a closing note) is no listing.
      if (entry[i] < 0) continue;
      if (switched_off && switched_off(doc.lines().LineOf(tree[i].span.begin))) continue;
      std::string url(tree.Url(node));
      bool anchor = url.starts_with("#");
      if ((anchor || IsOwnPage(url, repository)) &&
          (roles[i] != 1 || ReadsBackToTop(tree.ToString(i))))
        continue;  // in-page navigation, not a listed resource
      std::optional<std::string> normalized = anchor ? std::optional(url) : NormalizeUrl(url);
      std::string key = normalized ? *normalized : url;
      if (ignore_.Contains(url, key) || website.Contains(url, key)) continue;
      std::vector<int>& nodes = by_key[key];
      if (nodes.empty()) keys.push_back(key);
      // Differs: one entry linking a thing twice (its title and its badge) lists it once.
      if (!nodes.empty() && entry[nodes.back()] == entry[i]) continue;
      nodes.push_back(i);
    }
    for (const std::string& key : keys) {
      const std::vector<int>& nodes = by_key[key];
      if (nodes.size() < 2) continue;
      for (int node : nodes)
        out.Report(tree[node].span, fmt::format("Duplicate link: {}", tree.Url(tree[node])));
    }
  }

 private:
  // URLs that may be linked more than once: compared after normalization, or as written
  // when they do not normalize.
  class IgnoredUrls {
   public:
    void Add(const std::string& url) {
      if (std::optional<std::string> key = NormalizeUrl(url))
        keys_.insert(std::move(*key));
      else
        written_.insert(url);
    }
    bool Contains(const std::string& url, const std::string& key) const {
      return keys_.contains(key) || written_.contains(url);
    }

   private:
    std::unordered_set<std::string> keys_, written_;
  };

  IgnoredUrls ignore_;
};

}  // namespace

std::unique_ptr<Rule> MakeDoubleLinkRule() {
  return std::make_unique<DoubleLinkRule>();
}

}  // namespace awesomelint
