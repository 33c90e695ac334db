#include "awesomelint/config/config.h"

#include <fmt/format.h>
#include <algorithm>
#include <filesystem>
#include <set>
#include <tuple>

#include "awesomelint/config/options.h"
#include "awesomelint/config/presets.h"
#include "awesomelint/support/errors.h"
#include "awesomelint/support/json_nesting.h"
#include "awesomelint/support/read_file.h"
#include "awesomelint/support/suggest.h"

namespace awesomelint {
namespace {

namespace fs = std::filesystem;

int LineOf(std::string_view text, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

}  // namespace

namespace {

// The text with comments blanked out (newlines kept), so that offsets still match.
std::string WithoutComments(std::string_view text) {
  std::string out(text);
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '"') {  // skip a string, escapes included
      for (++i; i < out.size() && out[i] != '"'; ++i)
        if (out[i] == '\\') ++i;
    } else if (out.compare(i, 2, "//") == 0) {
      for (; i < out.size() && out[i] != '\n'; ++i) out[i] = ' ';
    } else if (out.compare(i, 2, "/*") == 0) {
      size_t end = out.find("*/", i + 2);
      end = end == std::string::npos ? out.size() : end + 2;
      for (; i < end; ++i)
        if (out[i] != '\n') out[i] = ' ';
      --i;
    }
  }
  return out;
}

// JSONC's trailing commas ("a": 1, }) blanked out, outside strings, in text whose
// comments are blanked already; offsets kept.
std::string WithoutTrailingCommas(std::string text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') {
      for (++i; i < text.size() && text[i] != '"'; ++i)
        if (text[i] == '\\') ++i;
    } else if (text[i] == ',') {
      size_t next = text.find_first_not_of(" \t\r\n", i + 1);
      if (next != std::string::npos && (text[next] == '}' || text[next] == ']')) text[i] = ' ';
    }
  }
  return text;
}

// Offset of `"key"` used as a key (followed by ':'), from `from`; npos if none.
size_t FindKey(std::string_view text, std::string_view key, size_t from) {
  std::string quoted = fmt::format("\"{}\"", key);
  for (size_t at = text.find(quoted, from); at != std::string_view::npos;
       at = text.find(quoted, at + 1)) {
    size_t after = at + quoted.size();
    while (after < text.size() && std::isspace(static_cast<unsigned char>(text[after]))) ++after;
    if (after < text.size() && text[after] == ':') return at;
  }
  return std::string_view::npos;
}

}  // namespace

std::string Config::Where(std::string_view key, std::string_view parent) const {
  auto origin = origins.find(fmt::format("{}/{}", parent.empty() ? "rules" : parent, key));
  if (origin != origins.end()) return origin->second;
  if (path.empty()) return "command line";
  if (path.rfind("preset ", 0) == 0) return path;
  std::string plain = WithoutComments(text);
  size_t from = parent.empty() ? 0 : FindKey(plain, parent, 0);
  size_t at = FindKey(plain, key, from == std::string::npos ? 0 : from);
  return at == std::string::npos ? path : fmt::format("{}:{}", path, LineOf(text, at));
}

namespace {

Config ReadConfigFile(const std::string& path) {
  std::optional<std::string> text = ReadRegularFile(path, kMaxConfigBytes, "config file");
  if (!text) throw InputError(fmt::format("{}: cannot read the config file: no such file", path));
  return ParseConfig(path, std::move(*text));
}

Config ReadPreset(const std::string& name, const std::string& where) {
  const Preset* preset = FindPreset(name);
  if (!preset) {
    std::vector<std::string> names;
    for (const Preset& known : Presets()) names.emplace_back(known.name);
    throw InputError(
        fmt::format("{}: unknown preset \"{}\"{}", where, name, DidYouMean(name, names, '"')));
  }
  Config config = ParseConfig("preset " + name, std::string(preset->config));
  config.path = "preset " + name;
  return config;
}

// The repository a config belongs to: the nearest directory above it with .git, else
// its own directory. Extended files must lie inside it.
fs::path RepositoryOf(const fs::path& config) {
  std::error_code error;
  fs::path dir = fs::weakly_canonical(fs::absolute(config, error), error).parent_path();
  for (fs::path at = dir; !at.empty(); at = at.parent_path()) {
    if (fs::exists(at / ".git", error)) return at;
    if (at == at.parent_path()) break;
  }
  return dir;
}

// An "extends" entry that is a file: relative to the extending config, a .json file,
// inside the repository even through symlinks (a config from a pull request must not
// make awesomelint read, and quote in its errors, files elsewhere).
std::string ExtendedPath(const std::string& entry, const Config& from, const fs::path& repository) {
  std::string where = from.Where("extends");
  fs::path written(entry);
  if (written.is_absolute() || entry.rfind('~', 0) == 0)
    throw InputError(
        fmt::format("{}: extends \"{}\": a config extends presets or files by a "
                    "path relative to it, not an absolute one",
                    where, entry));
  if (written.extension() != ".json")
    throw InputError(
        fmt::format("{}: extends \"{}\": neither a preset nor a .json file", where, entry));
  std::error_code error;
  fs::path resolved = fs::weakly_canonical(fs::path(from.path).parent_path() / written, error);
  fs::path root = fs::weakly_canonical(repository, error);
  auto [end, _] = std::mismatch(root.begin(), root.end(), resolved.begin(), resolved.end());
  if (error || end != root.end())
    throw InputError(fmt::format("{}: extends \"{}\": the file is outside the repository ({})",
                                 where, entry, root.string()));
  return resolved.string();
}

// Whether an "extends" entry names a preset (a bare name) rather than a file.
bool NamesPreset(const std::string& entry) {
  return entry.find('/') == std::string::npos && entry.find('.') == std::string::npos;
}

// Every config of the chain, lowest first: what a config extends comes before it, in
// the order written. Iterative (the depth is the input's), bounded in all, without
// cycles.
std::vector<Config> ReadChain(const std::string& path, const std::vector<std::string>& presets) {
  struct Pending {
    Config config;
    size_t next = 0;  // the next of config.extends to read
  };
  std::vector<Config> chain;
  for (const std::string& name : presets) chain.push_back(ReadPreset(name, "--preset"));
  fs::path repository = RepositoryOf(path);
  std::vector<Pending> stack;
  std::set<std::string> reading;  // the files on the stack: a cycle returns to one
  size_t read = 1;
  stack.push_back({ReadConfigFile(path), 0});
  reading.insert(fs::weakly_canonical(path).string());
  while (!stack.empty()) {
    Pending& top = stack.back();
    if (top.next == top.config.extends.size()) {
      reading.erase(fs::weakly_canonical(top.config.path).string());
      chain.push_back(std::move(top.config));
      stack.pop_back();
      continue;
    }
    const std::string entry = top.config.extends[top.next++];
    if (++read > kMaxExtendedConfigs)
      throw InputError(
          fmt::format("{}: extends more than {} configs in all", path, kMaxExtendedConfigs));
    if (NamesPreset(entry)) {
      chain.push_back(ReadPreset(entry, top.config.Where("extends")));
      continue;
    }
    std::string file = ExtendedPath(entry, top.config, repository);
    if (!reading.insert(file).second)
      throw InputError(fmt::format("{}: extends \"{}\", which extends it again (a cycle)",
                                   top.config.Where("extends"), entry));
    stack.push_back({ReadConfigFile(file), 0});
  }
  return chain;
}

// The chain as one config: the top's own keys, then each key the top lacks from the
// highest layer below that sets it, with where it came from.
Config Merge(std::vector<Config> chain) {
  Config merged = std::move(chain.back());
  chain.pop_back();
  for (auto layer = chain.rbegin(); layer != chain.rend(); ++layer) {
    // The rule keys, and the "links" keys (whose place is under "links").
    for (auto [field, part, parent] :
         {std::tuple{&Config::rules, "rules", ""}, std::tuple{&Config::links, "links", "links"}}) {
      for (auto& [key, value] : ((*layer).*field).items()) {
        if ((merged.*field).contains(key)) continue;
        (merged.*field)[key] = value;
        merged.origins[fmt::format("{}/{}", part, key)] = layer->Where(key, parent);
      }
    }
  }
  return merged;
}

}  // namespace

Config LoadConfig(const std::string& path, const std::vector<std::string>& presets) {
  return Merge(ReadChain(path, presets));
}

Config PresetsConfig(const std::vector<std::string>& presets) {
  if (presets.empty()) return Config{};
  std::vector<Config> chain;
  for (const std::string& name : presets) chain.push_back(ReadPreset(name, "--preset"));
  return Merge(std::move(chain));
}

Config ParseConfig(const std::string& path, std::string text) {
  Config config;
  config.path = path;
  config.text = std::move(text);
  if (config.text.size() > kMaxConfigBytes)
    throw InputError(fmt::format("{}: the config is {} bytes, more than the {} a config may have",
                                 path, config.text.size(), kMaxConfigBytes));
  // Values are copied and compared recursively later: refuse deep nesting first.
  if (size_t deep = FindTooDeepJson(config.text, kMaxConfigDepth); deep != std::string::npos)
    throw InputError(fmt::format("{}:{}: nested more than {} levels deep; no setting is", path,
                                 LineOf(config.text, deep), kMaxConfigDepth));
  nlohmann::json root;
  try {
    root = nlohmann::json::parse(WithoutTrailingCommas(WithoutComments(config.text)),
                                 /*cb=*/nullptr, /*allow_exceptions=*/true);
  } catch (const nlohmann::json::parse_error& error) {
    // nlohmann reports "... at line L, column C: ..."; keep its words, lead with the path.
    std::string what = error.what();
    size_t colon = what.find("] ");
    throw InputError(fmt::format("{}: not valid JSON: {}", path,
                                 colon == std::string::npos ? what : what.substr(colon + 2)));
  } catch (const nlohmann::json::exception& error) {  // a number beyond a double: 1e400
    std::string what = error.what();
    size_t colon = what.find("] ");
    throw InputError(fmt::format("{}: not valid here: {}", path,
                                 colon == std::string::npos ? what : what.substr(colon + 2)));
  }
  if (!root.is_object())
    throw InputError(fmt::format("{}: the config must be a JSON object {{ ... }}", path));
  for (auto& [key, value] : root.items()) {
    if (key == "$schema") continue;
    if (key == "extends") {
      nlohmann::json names = value.is_string() ? nlohmann::json::array({value}) : value;
      if (!names.is_array() || names.size() > kMaxExtendedConfigs ||
          !std::all_of(names.begin(), names.end(), [](const auto& n) { return n.is_string(); }))
        throw InputError(fmt::format(
            "{}: \"extends\" must be a preset name or a relative path to a .json file, or a "
            "list of them",
            config.Where(key)));
      for (const auto& name : names) config.extends.push_back(name.get<std::string>());
      continue;
    }
    if (key == "links") {
      if (!value.is_object())
        throw InputError(fmt::format("{}: \"links\" must be an object", config.Where(key)));
      for (auto& [option, item] : value.items()) {
        std::string where = config.Where(option, "links");
        const OptionSpec* spec = FindConfigKey(option);
        if (!spec)
          throw InputError(fmt::format("{}: unknown links option \"{}\"{}", where, option,
                                       DidYouMean(option, ConfigKeys(), '"')));
        config.links[option] = CheckOptionValue(*spec, item, where + ": links." + option);
      }
      continue;
    }
    config.rules[key] = value;
  }
  return config;
}

std::optional<std::string> FindConfig(const std::string& file) {
  std::error_code error;
  fs::path dir = file == "-" ? fs::current_path(error) : fs::absolute(file, error).parent_path();
  if (error) return std::nullopt;
  for (;;) {
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, error)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

}  // namespace awesomelint
