// CheckLinks: collect every http(s) link with all its locations, one resource
// per provider key, answer from the cache what it can, and let the providers
// check the rest through one HttpEngine.
#include <re2/re2.h>

#include <fmt/format.h>
#include <unordered_map>

#include "awesomelint/links/link_checker.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/model/link_result.h"
#include "awesomelint/support/errors.h"
#include "awesomelint/support/strings.h"
#include "check_session.h"
#include "http_engine.h"
#include "progress.h"
#include "providers/provider.h"
#include "verdict_cache.h"

namespace awesomelint {
namespace {

std::vector<std::unique_ptr<re2::RE2>> Compile(const std::vector<std::string>& patterns,
                                               std::string_view option) {
  std::vector<std::unique_ptr<re2::RE2>> out;
  for (const std::string& pattern : patterns) {
    auto regex = std::make_unique<re2::RE2>(pattern, re2::RE2::Quiet);
    if (!regex->ok())
      throw InputError(fmt::format("--{} '{}': not a valid regular expression: {}", option, pattern,
                                   regex->error()));
    out.push_back(std::move(regex));
  }
  return out;
}

bool MatchesAny(const std::vector<std::unique_ptr<re2::RE2>>& regexes, const std::string& text) {
  for (const auto& regex : regexes)
    if (re2::RE2::PartialMatch(text, *regex)) return true;
  return false;
}

// A badge's image: badge-target judges it by what it names, so it is never fetched.
bool IsBadgeImage(const Document& doc, size_t index) {
  const Link& link = doc.links()[index];
  return link.image && link.parent >= 0 &&
         doc.links()[link.parent].image_child == static_cast<int>(index);
}

// --changed-since: a link is checked when it touches a changed line.
bool OnLines(const Document& doc, const Link& link, const ChangedLines& lines) {
  return lines.Intersects(doc.lines().PositionOf(link.span.begin).line,
                          doc.lines().PositionOf(link.span.end).line);
}

long long UnixNow() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

void StopCheckingLinks() {
  HttpEngine::Stop();
}

LinkReport CheckLinks(const std::vector<LinkSource>& sources, const LinkOptions& options) {
  // Each file's exclude and include patterns, compiled once per set.
  struct Selection {
    std::vector<std::unique_ptr<re2::RE2>> exclude, include;
  };
  std::unordered_map<const LinkOptions*, Selection> selections;
  auto selection_of = [&](const LinkSource& source) -> const Selection& {
    const LinkOptions* owner = source.selection ? source.selection : &options;
    auto [it, fresh] = selections.try_emplace(owner);
    if (fresh)
      it->second = {Compile(owner->exclude, "exclude"), Compile(owner->include, "include")};
    return it->second;
  };
  Remapper remap(options.remap);
  std::vector<std::unique_ptr<Provider>> providers = MakeProviders(options);

  LinkReport report;
  // Collect: one result per resource, in the order of first appearance.
  std::unordered_map<std::string, size_t> by_key;
  struct Pending {
    size_t result;
    Provider* provider;
    const Url* url;
  };
  std::vector<Pending> pending;
  for (const LinkSource& source : sources) {
    const Document* doc = source.doc;
    const Selection& selection = selection_of(source);
    for (size_t i = 0; i < doc->links().size(); ++i) {
      const Link& link = doc->links()[i];
      const std::optional<Url>& url = doc->url(i);
      if (!url || url->scheme == "ftp") continue;
      if (source.lines && !OnLines(*doc, link, *source.lines)) continue;
      if (source.skip && source.skip(doc->lines().PositionOf(link.dest.begin).line)) continue;
      bool badge = IsBadgeImage(*doc, i);
      // With --include, exactly the URLs it matches are checked, excluded or not.
      bool excluded =
          badge || (selection.include.empty() ? MatchesAny(selection.exclude, link.url)
                                              : !MatchesAny(selection.include, link.url));
      Provider* provider = nullptr;
      std::string key;
      for (const auto& candidate : providers) {
        if (std::optional<std::string> k = candidate->Key(*url)) {
          provider = candidate.get();
          key = excluded ? "excluded:" + *k : *k;
          break;
        }
      }
      auto [it, fresh] = by_key.emplace(key, report.results.size());
      if (fresh) {
        LinkResult result;
        result.url = std::string(doc->RawUrl(link));
        result.key = key;
        result.provider = std::string(provider->name());
        if (excluded) {
          result.verdict = LinkVerdict::kExcluded;
          result.settled = true;
          result.detail = badge ? "badge image: badge-target checks what it names" : "excluded";
        }
        report.results.push_back(std::move(result));
        if (!excluded) pending.push_back({it->second, provider, &*url});
      }
      LinkResult& cited = report.results[it->second];
      std::string_view written = doc->RawUrl(link);
      cited.locations.push_back({doc->path(), static_cast<int>(i),
                                 doc->lines().PositionOf(link.span.begin),
                                 written == cited.url ? std::string() : std::string(written)});
    }
  }

  // The cache answers for links found alive recently.
  VerdictCache cache;
  if (!options.cache_file.empty())
    cache = VerdictCache::Load(options.cache_file, {options.max_cache_age, options.max_meta_age},
                               report.warnings);
  std::vector<std::pair<LinkResult*, const Provider*>> checked;
  for (const Pending& item : pending) {
    LinkResult& result = report.results[item.result];
    if (const VerdictCache::Entry* hit = cache.Find(result.key, item.provider->ReadsMetadata())) {
      result.verdict = LinkVerdict::kCached;
      result.checked = hit->verdict;
      result.http_status = hit->http_status;
      result.final_url = hit->final_url;
      result.detail = hit->detail;
      result.warn = hit->warn;
      result.meta = hit->meta;
      result.settled = true;
      continue;
    }
    item.provider->Add(&result, *item.url);
    checked.push_back({&result, item.provider});
  }

  HttpEngine::Options engine_options;
  engine_options.http = options.http;
  engine_options.http.connect_timeout =
      std::min(options.http.connect_timeout, options.http.timeout);
  for (const auto& provider : providers) provider->Policies(engine_options.hosts);
  if (options.deadline.count() > 0)
    engine_options.deadline = std::chrono::steady_clock::now() + options.deadline;
  if (const std::string* github = options.endpoints.Api("github"))
    engine_options.probe_url = *github;
  size_t to_check = 0;
  for (const auto& [result, provider] : checked) to_check += !result->settled;
  Progress progress(to_check, options.progress);
  engine_options.on_tick = [&] {
    size_t done = 0, failed = 0;
    for (const auto& [result, provider] : checked) {
      done += result->settled;
      failed += result->settled && result->verdict == LinkVerdict::kBroken;
    }
    progress.Update(done, failed);
  };
  HttpEngine engine(engine_options);
  CheckSession session(engine, options, remap);
  for (const auto& [host, when] : cache.get_hosts()) session.AskWithGet(host);
  for (const auto& provider : providers) provider->Start(session);
  auto began = std::chrono::steady_clock::now();
  report.finished = engine.Run();
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
  report.hosts = engine.host_stats();
  report.interrupted = engine.interrupted();
  report.no_network = engine.no_network();
  report.requests = engine.requests_started();
  report.warnings.insert(report.warnings.end(), session.warnings().begin(),
                         session.warnings().end());
  for (const auto& provider : providers) provider->Budgets(report.budgets);
  for (const ApiBudget& budget : report.budgets)
    if (budget.unchecked > 0)
      report.warnings.push_back(fmt::format(
          "{} resource{} not checked: the token's {} budget is spent{} — run again then",
          budget.unchecked, budget.unchecked == 1 ? "" : "s", budget.api,
          budget.reset > 0 ? " until " + UtcTime(budget.reset) : std::string()));

  long long now = UnixNow();
  for (const auto& [result, provider] : checked) {
    // Without a network, what failed to resolve or connect, or was never sent (a
    // provider's batch still waiting), was not checked either.
    if (report.no_network && (result->unreached || !result->settled)) {
      result->verdict = LinkVerdict::kUnchecked;
      result->detail = "not checked: no network";
      result->settled = true;
    }
    if (!result->settled) {  // no answer came: the run was cut short
      result->verdict = LinkVerdict::kTimeout;
      result->detail = "not checked before the run ended";
      result->settled = true;
    }
    cache.Store(*result, now, provider->ReadsMetadata());
  }
  for (const std::string& host : session.get_hosts()) cache.RememberGetHost(host, now);
  if (!options.cache_file.empty()) {
    try {
      cache.Save(options.cache_file);
    } catch (const InputError& error) {
      report.warnings.push_back(error.what());
    }
  }
  return report;
}

}  // namespace awesomelint
