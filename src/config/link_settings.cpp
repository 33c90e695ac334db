// Link options from several configs at once: one link check serves every file of
// a run, so what shapes the check (budgets, timeouts, the cache, providers) is
// one value for the run, while what a file's links are judged by (exclude,
// include, fail-on) is each file's own.
//
// Trust: a config file is the repository's, so in CI whoever opened the pull
// request wrote it. What it says may move requests, never a token (token homes
// and trusted remaps come from the command line and the environment only), and
// its cache file stays inside the repository.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "awesomelint/config/options.h"
#include "awesomelint/support/errors.h"

namespace awesomelint {
namespace {

bool GivenOnCommandLine(const OptionSpec& spec, const CommandLine& cli) {
  for (const CommandLine::Given& given : cli.given)
    if (given.spec == &spec) return true;
  return false;
}

// The config that sets a run-wide key, after checking that no other says otherwise.
const Config* RunWideSource(const OptionSpec& spec, const std::vector<const Config*>& configs) {
  std::string key(spec.config_key);
  const Config* source = nullptr;
  for (const Config* config : configs) {
    if (!config->links.contains(key)) continue;
    if (source && source->links[key] != config->links[key])
      throw InputError(fmt::format(
          "{}: links.{} is {} here but {} in {}; it applies to the whole link check, which "
          "serves every file of a run: set it once (or with {}), or lint these files separately",
          config->Where(key, "links"), key, config->links[key].dump(), source->links[key].dump(),
          source->Where(key, "links"), spec.flag.empty() ? "one config" : spec.flag));
    if (!source) source = config;
  }
  return source;
}

// A config's cache file, relative to the config's directory: it must stay
// inside it — no absolute path, no "..", no symlink out of it — or a pull
// request could have any file the job can write replaced by a cache.
std::string ConfinedCachePath(const Config& config, const std::string& name) {
  namespace fs = std::filesystem;
  std::string where = fmt::format("{}: links.cache", config.Where("cache", "links"));
  fs::path path(name);
  if (path.is_absolute())
    throw InputError(fmt::format(
        "{}: \"{}\" is an absolute path; a config's cache must stay inside the repository "
        "(a path relative to the config file; --cache FILE on the command line may go anywhere)",
        where, name));
  for (const fs::path& part : path)
    if (part == "..")
      throw InputError(
          fmt::format("{}: \"{}\" climbs out with \"..\"; a config's cache must stay inside the "
                      "repository (--cache FILE on the command line may go anywhere)",
                      where, name));
  std::error_code error;
  fs::path home = fs::absolute(config.path, error).parent_path();
  fs::path joined = home / path;
  fs::path real_home = fs::weakly_canonical(home, error);
  fs::path real = fs::weakly_canonical(joined, error);
  auto [end, at] = std::mismatch(real_home.begin(), real_home.end(), real.begin(), real.end());
  if (error || end != real_home.end())
    throw InputError(fmt::format(
        "{}: \"{}\" leads out of the repository through a symbolic link (to {}); a config's "
        "cache must stay inside it",
        where, name, real.string()));
  return joined.lexically_normal().string();
}

// Takes from what configs said the power to send tokens: their provider bases
// and remap rules move requests only.
void Distrust(LinkOptions& links) {
  links.token_homes = ProviderEndpoints{};
  for (RemapRule& rule : links.remap) rule.trusted = false;
}

}  // namespace

LinkOptions LinkOptionsFor(const Config& own, const std::vector<const Config*>& configs,
                           const CommandLine& cli) {
  Settings settings = DefaultSettings();
  for (const OptionSpec& spec : OptionTable()) {
    if (spec.config_key.empty()) continue;
    std::string key(spec.config_key);
    // A list from the command line adds to the config's; any other value replaces it.
    bool list = spec.repeatable() || spec.type == OptionType::kStatusCodes;
    const Config* source = nullptr;
    if (spec.scope == OptionScope::kFile)
      source = own.links.contains(key) ? &own : nullptr;
    else if (list || !GivenOnCommandLine(spec, cli))
      source = RunWideSource(spec, configs);
    if (!source) continue;
    spec.apply(source->links[key], settings);
    if (spec.type == OptionType::kCacheFile && !settings.links.cache_file.empty())
      settings.links.cache_file = ConfinedCachePath(*source, settings.links.cache_file);
  }
  Distrust(settings.links);
  for (const CommandLine::Given& given : cli.given)
    if (given.spec->group == "Links") given.spec->apply(given.value, settings);
  return settings.links;
}

}  // namespace awesomelint
