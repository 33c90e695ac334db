// arXiv identifiers (https://info.arxiv.org/help/arxiv_identifier.html):
//   new scheme (2007-04 on): YYMM.NNNN (to 2014-12) or YYMM.NNNNN (from 2015-01), then vN;
//   old scheme (1991 - 2007-03): archive[.SC]/YYMMNNN, then vN.
#include <fmt/format.h>
#include <cctype>

#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

// Quotes an identifier, shortened: a pasted run of URLs should not fill the screen.
std::string Quoted(std::string_view id) {
  if (id.size() <= 40) return fmt::format("'{}'", id);
  return fmt::format("'{}...'", id.substr(0, 37));
}

int Number(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

// Splits "2307.14334v2" into id and version; returns false on a malformed version.
bool SplitVersion(std::string_view text, std::string_view* id, std::string_view* version) {
  size_t v = text.rfind('v');
  if (v == std::string_view::npos || v == 0 || !AllDigits(text.substr(v + 1))) {
    *id = text;
    *version = {};
    return true;
  }
  *id = text.substr(0, v);
  *version = text.substr(v);
  return true;
}

bool IsArchiveName(std::string_view s) {
  // archive[-sub] in lower case, then an optional ".XX" subject class.
  size_t dot = s.find('.');
  std::string_view archive = s.substr(0, dot);
  if (archive.empty()) return false;
  for (char c : archive)
    if (!(std::islower(static_cast<unsigned char>(c)) || c == '-')) return false;
  if (archive.front() == '-' || archive.back() == '-') return false;
  if (dot == std::string_view::npos) return true;
  std::string_view subject = s.substr(dot + 1);
  if (subject.size() < 2) return false;
  for (char c : subject)
    if (!(std::isalpha(static_cast<unsigned char>(c)) || c == '-')) return false;
  return true;
}

std::string NewStyleProblem(std::string_view id, const CalendarDate& today) {
  size_t dot = id.find('.');
  std::string_view yymm = id.substr(0, dot), number = id.substr(dot + 1);
  if (yymm.size() != 4 || !AllDigits(yymm) || !AllDigits(number))
    return fmt::format("{} is not an arXiv identifier (YYMM.NNNNN)", Quoted(id));
  int yy = Number(yymm.substr(0, 2)), mm = Number(yymm.substr(2));
  if (mm < 1 || mm > 12) return fmt::format("'{}' has month {:02}; months run 01-12", id, mm);
  if (Number(yymm) < 704) return fmt::format("'{}' predates the YYMM.NNNN scheme (April 2007)", id);
  size_t digits = Number(yymm) <= 1412 ? 4 : 5;
  if (number.size() != digits)
    return fmt::format("'{}' has {} digits after the dot; identifiers from {} have {}", id,
                       number.size(), yymm, digits);
  if (Number(number) == 0) return fmt::format("'{}' has sequence number 0", id);
  int year = 2000 + yy;
  if (today.year > 0 && (year > today.year || (year == today.year && mm > today.month)))
    return fmt::format("'{}' is dated 20{}-{:02}, which has not come yet", id, yymm.substr(0, 2),
                       mm);
  return {};
}

std::string OldStyleProblem(std::string_view id) {
  size_t slash = id.find('/');
  std::string_view archive = id.substr(0, slash), number = id.substr(slash + 1);
  if (!IsArchiveName(archive) || number.size() != 7 || !AllDigits(number))
    return fmt::format("{} is not an arXiv identifier (archive/YYMMNNN)", Quoted(id));
  int yy = Number(number.substr(0, 2)), mm = Number(number.substr(2, 2));
  if (mm < 1 || mm > 12) return fmt::format("'{}' has month {:02}; months run 01-12", id, mm);
  int year = yy >= 91 ? 1900 + yy : 2000 + yy;
  if (year > 2007 || (year == 2007 && mm > 3))
    return fmt::format("'{}' uses the old scheme, which ended in March 2007", id);
  if (Number(number.substr(4)) == 0) return fmt::format("'{}' has sequence number 000", id);
  return {};
}

}  // namespace

ArxivRef SplitArxivVersion(std::string_view text) {
  std::string_view id, version;
  SplitVersion(text, &id, &version);
  return {std::string(id), std::string(version)};
}

std::string ArxivIdProblem(std::string_view text, const CalendarDate& today) {
  std::string_view id, version;
  SplitVersion(text, &id, &version);
  if (version == "v0" || (version.size() > 2 && version[1] == '0'))
    return fmt::format("'{}' has version {}; versions start at v1", text, version);
  if (id.find('/') != std::string_view::npos) return OldStyleProblem(id);
  if (id.find('.') != std::string_view::npos) return NewStyleProblem(id, today);
  return fmt::format("{} is not an arXiv identifier", Quoted(text));
}

std::optional<ArxivRef> ArxivFromUrl(const Url& url) {
  std::string_view host = url.bare_host();
  std::string_view path = url.path;
  if (host == "doi.org" || host == "dx.doi.org") {
    std::string doi = ToLower(PercentDecode(path.substr(path.empty() ? 0 : 1)));
    constexpr std::string_view kPrefix = "10.48550/arxiv.";
    if (doi.rfind(kPrefix, 0) != 0) return std::nullopt;
    std::string_view rest = std::string_view(doi).substr(kPrefix.size());
    std::string_view id, version;
    SplitVersion(rest, &id, &version);
    return ArxivRef{std::string(id), std::string(version)};
  }
  if (host != "arxiv.org" && host != "export.arxiv.org") return std::nullopt;
  static constexpr std::string_view kRoutes[] = {"/abs/", "/pdf/",     "/html/",  "/ps/",
                                                 "/src/", "/e-print/", "/format/"};
  for (std::string_view route : kRoutes) {
    if (path.substr(0, route.size()) != route) continue;
    std::string_view rest = path.substr(route.size());
    while (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
    if (rest.size() > 4 && rest.substr(rest.size() - 4) == ".pdf") rest.remove_suffix(4);
    if (rest.substr(0, 6) == "arxiv:" || rest.substr(0, 6) == "arXiv:") rest.remove_prefix(6);
    if (rest.empty()) return std::nullopt;
    std::string_view id, version;
    SplitVersion(rest, &id, &version);
    return ArxivRef{std::string(id), std::string(version)};
  }
  return std::nullopt;
}

}  // namespace awesomelint
