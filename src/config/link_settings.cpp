// Link options from several configs at once: one link check serves every file of
// a run, so what shapes the check (budgets, timeouts, the cache, providers) is
// one value for the run, while what a file's links are judged by (exclude,
// include, fail-on) is each file's own.
#include <fmt/format.h>

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
    if (source) spec.apply(source->links[key], settings);
  }
  for (const CommandLine::Given& given : cli.given)
    if (given.spec->group == "Links") given.spec->apply(given.value, settings);
  return settings.links;
}

}  // namespace awesomelint
