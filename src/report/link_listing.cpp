// What the link check saw, for people: every verdict worst first (--verbose), and
// the hosts that cost the check most (the summary).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <tuple>

#include "awesomelint/report/report.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

// Problems first, the ones that fail a run before the ones that do not.
int Rank(LinkVerdict verdict) {
  static constexpr std::array kOrder = {
      LinkVerdict::kBroken,     LinkVerdict::kError,       LinkVerdict::kPrivateRedirect,
      LinkVerdict::kTimeout,    LinkVerdict::kRateLimited, LinkVerdict::kBlocked,
      LinkVerdict::kRedirected, LinkVerdict::kUnchecked,   LinkVerdict::kCached,
      LinkVerdict::kAlive,      LinkVerdict::kExcluded};
  return static_cast<int>(std::find(kOrder.begin(), kOrder.end(), verdict) - kOrder.begin());
}

// Servers write what they like into headers and bodies: no control characters out.
std::string Printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) out += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? ' ' : c;
  return out;
}

std::string Seconds(double seconds) {
  return seconds < 10 ? fmt::format("{:.2f} s", seconds) : fmt::format("{:.1f} s", seconds);
}

}  // namespace

std::vector<const LinkResult*> LinksWorstFirst(const LinkReport& links) {
  std::vector<const LinkResult*> sorted;
  for (const LinkResult& result : links.results) sorted.push_back(&result);
  auto place = [](const LinkResult* r) {
    return r->locations.empty() ? std::tuple<std::string_view, int, int>{"", 0, 0}
                                : std::tuple<std::string_view, int, int>{
                                      r->locations.front().file, r->locations.front().position.line,
                                      r->locations.front().position.column};
  };
  std::stable_sort(sorted.begin(), sorted.end(), [&](const LinkResult* a, const LinkResult* b) {
    int ra = Rank(a->verdict), rb = Rank(b->verdict);
    return ra != rb ? ra < rb : place(a) < place(b);
  });
  return sorted;
}

std::string LinkPlace(const LinkResult& result) {
  if (result.locations.empty()) return "-";
  const LinkLocation& first = result.locations.front();
  std::string place =
      fmt::format("{}:{}:{}", first.file, first.position.line, first.position.column);
  if (result.locations.size() > 1) place += fmt::format(" (+{})", result.locations.size() - 1);
  return place;
}

std::string LinkVerdictText(const LinkResult& result) {
  if (result.verdict == LinkVerdict::kCached)
    return fmt::format("{} (cached)", VerdictName(result.checked));
  return std::string(VerdictName(result.verdict));
}

std::optional<double> LinkSeconds(const LinkResult& result) {
  bool asked = result.verdict != LinkVerdict::kCached && result.verdict != LinkVerdict::kExcluded &&
               result.seconds > 0;
  return asked ? std::optional(result.seconds) : std::nullopt;
}

std::string LinkTime(const LinkResult& result) {
  std::optional<double> seconds = LinkSeconds(result);
  return seconds ? Seconds(*seconds) : "-";
}

std::string LinkStatus(const LinkResult& result) {
  return result.http_status ? std::to_string(result.http_status) : "-";
}

std::string LinkLine(const LinkResult& result) {
  std::string line =
      fmt::format("{} {:<10} {:>3} {:>6} {}", LinkPlace(result), LinkVerdictText(result),
                  LinkStatus(result), LinkTime(result), result.url);
  if (!result.final_url.empty()) line += " → " + result.final_url;
  if (!result.detail.empty()) line += " — " + result.detail;
  return Printable(line);
}

std::string HostHighlights(const LinkReport& links, size_t count) {
  if (links.requests == 0) return {};
  std::vector<const HostStats*> asked;
  for (const HostStats& host : links.hosts)
    if (host.requests > 0) asked.push_back(&host);
  auto mean = [](const HostStats* h) { return h->seconds / static_cast<double>(h->requests); };
  std::stable_sort(asked.begin(), asked.end(),
                   [&](const HostStats* a, const HostStats* b) { return mean(a) > mean(b); });
  std::vector<std::string> slowest;
  for (size_t i = 0; i < asked.size() && i < count; ++i)
    slowest.push_back(fmt::format("{} ({} a request, {} request{})", asked[i]->host,
                                  Seconds(mean(asked[i])), asked[i]->requests,
                                  asked[i]->requests == 1 ? "" : "s"));
  std::string text = fmt::format("{} request{} in {}", links.requests,
                                 links.requests == 1 ? "" : "s", Seconds(links.seconds));
  if (!slowest.empty()) text += fmt::format("; slowest hosts: {}", fmt::join(slowest, ", "));

  std::vector<const HostStats*> limited;
  for (const HostStats* host : asked)
    if (host->rate_limited > 0) limited.push_back(host);
  std::stable_sort(limited.begin(), limited.end(), [](const HostStats* a, const HostStats* b) {
    return a->rate_limited > b->rate_limited;
  });
  std::vector<std::string> most;
  for (size_t i = 0; i < limited.size() && i < count; ++i) {
    std::string item = fmt::format("{} ({} × 429/503", limited[i]->host, limited[i]->rate_limited);
    if (limited[i]->paused_seconds > 0)
      item += fmt::format(", paused {}", Seconds(limited[i]->paused_seconds));
    most.push_back(item + ")");
  }
  if (!most.empty()) text += fmt::format("; most rate-limited: {}", fmt::join(most, ", "));
  for (const ApiBudget& budget : links.budgets) text += "; " + BudgetText(budget);
  return Printable(text);
}

std::string BudgetText(const ApiBudget& budget) {
  std::string text =
      fmt::format("{}: {} request{}", budget.api, budget.requests, budget.requests == 1 ? "" : "s");
  if (budget.unit != "requests") text += fmt::format(", {} {} spent", budget.spent, budget.unit);
  if (budget.remaining >= 0) {
    text += budget.limit >= 0 ? fmt::format(", {} of {} left", budget.remaining, budget.limit)
                              : fmt::format(", {} left", budget.remaining);
  }
  if (budget.reset > 0) text += ", refills " + UtcTime(budget.reset);
  if (budget.unchecked > 0) text += fmt::format(", {} not checked", budget.unchecked);
  return text;
}

}  // namespace awesomelint
