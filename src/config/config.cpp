#include "awesomelint/config/config.h"

#include <fmt/format.h>
#include <filesystem>

#include "awesomelint/config/options.h"
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
  if (path.empty()) return "command line";
  std::string plain = WithoutComments(text);
  size_t from = parent.empty() ? 0 : FindKey(plain, parent, 0);
  size_t at = FindKey(plain, key, from == std::string::npos ? 0 : from);
  return at == std::string::npos ? path : fmt::format("{}:{}", path, LineOf(text, at));
}

Config LoadConfig(const std::string& path) {
  std::optional<std::string> text = ReadRegularFile(path, kMaxConfigBytes, "config file");
  if (!text) throw InputError(fmt::format("{}: cannot read the config file: no such file", path));
  return ParseConfig(path, std::move(*text));
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
    root = nlohmann::json::parse(config.text, /*cb=*/nullptr, /*allow_exceptions=*/true,
                                 /*ignore_comments=*/true);
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
