// The option table: every option declared once, one validator for the command
// line and the config, the README's option tables made from it, and how link
// options combine when files with their own configs are linted at once.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "awesomelint/config/options.h"
#include "awesomelint/support/errors.h"
#include "tests/support/helpers.h"
#include "tests/support/temp_dir.h"

namespace awesomelint {
namespace {

using testing::ErrorOf;

using json = nlohmann::json;
namespace fs = std::filesystem;

TEST(OptionTableTest, EveryFlagAndConfigKeyIsDeclaredOnce) {
  std::set<std::string_view> flags, keys;
  for (const OptionSpec& spec : OptionTable()) {
    EXPECT_FALSE(spec.flag.empty() && spec.config_key.empty()) << "an option nobody can set";
    for (std::string_view flag : {spec.flag, spec.short_flag})
      if (!flag.empty()) EXPECT_TRUE(flags.insert(flag).second) << flag << " declared twice";
    if (!spec.config_key.empty())
      EXPECT_TRUE(keys.insert(spec.config_key).second) << spec.config_key << " declared twice";
    EXPECT_FALSE(spec.help.empty()) << spec.Name();
    EXPECT_NE(spec.apply, nullptr) << spec.Name();
    if (spec.type != OptionType::kFlag && !spec.flag.empty())
      EXPECT_FALSE(spec.metavar.empty()) << spec.Name() << " needs a metavariable for --help";
    if (!spec.flag.empty()) EXPECT_EQ(FindFlag(spec.flag), &spec);
    if (!spec.config_key.empty()) EXPECT_EQ(FindConfigKey(spec.config_key), &spec);
  }
}

TEST(OptionTableTest, EveryDefaultIsAValidValue) {
  for (const OptionSpec& spec : OptionTable())
    if (!spec.default_value.empty())
      EXPECT_NO_THROW(ParseOptionText(spec, spec.default_value, spec.Name())) << spec.Name();
  Settings settings = DefaultSettings();
  EXPECT_EQ(settings.links.http.timeout, std::chrono::seconds(20));
  EXPECT_EQ(settings.links.http.host_concurrency, 8);
  EXPECT_EQ(settings.links.fail_on, std::vector<LinkVerdict>{LinkVerdict::kBroken});
  EXPECT_EQ(settings.links.cache_file, ".awesomelint-cache.json");
  EXPECT_EQ(settings.max_file_size, 16u << 20);
}

// The same value is the same error, written on the command line or in a config.
TEST(OptionTableTest, OneValidatorForTheCommandLineAndTheConfig) {
  struct Case {
    std::string key, text;
    json value;
  };
  for (const Case& c : std::vector<Case>{{"timeout", "0", 0},
                                         {"timeout", "3601", 3601},
                                         {"max-retries", "-1", -1},
                                         {"host-concurrency", "0", 0},
                                         {"accept", "20x", json::array({"20x"})},
                                         {"accept", "1000", json::array({1000})},
                                         {"exclude", "(unclosed", "(unclosed"},
                                         {"remap", "no-replacement", "no-replacement"},
                                         {"headers", "no colon", "no colon"},
                                         {"max-cache-age", "forever", "forever"},
                                         {"deadline", "10 minutes", "10 minutes"}}) {
    const OptionSpec* spec = FindConfigKey(c.key);
    ASSERT_NE(spec, nullptr) << c.key;
    std::string from_text = ErrorOf([&] { ParseOptionText(*spec, c.text, "X"); });
    std::string from_json = ErrorOf([&] { CheckOptionValue(*spec, c.value, "X"); });
    EXPECT_FALSE(from_text.empty()) << c.key << " " << c.text;
    EXPECT_EQ(from_text, from_json) << c.key;
  }
  EXPECT_EQ(ErrorOf([&] { ParseOptionText(*FindFlag("--timeout"), "0", "--timeout"); }),
            "--timeout: must be a whole number of seconds from 1 to 3600, not 0");
  EXPECT_EQ(ErrorOf([&] { CheckOptionValue(*FindConfigKey("timeout"), "20", "X"); }),
            "X: must be a whole number of seconds from 1 to 3600, not \"20\"");
}

TEST(OptionTableTest, ValuesAreNormalised) {
  EXPECT_EQ(ParseOptionText(*FindFlag("--accept"), "200, 206", "X"), json({200, 206}));
  EXPECT_EQ(ParseOptionText(*FindFlag("--max-cache-age"), "12h", "X"), 43200);
  EXPECT_EQ(ParseOptionText(*FindFlag("--max-file-size"), "512k", "X"), 512 * 1024);
  EXPECT_EQ(ParseOptionText(*FindFlag("-f"), "JSON", "X"), "json");
  EXPECT_EQ(ParseOptionText(*FindFlag("--enable"), "https,dates", "X"), json({"https", "dates"}));
  EXPECT_EQ(ParseOptionText(*FindFlag("--remap"), "^a(.*) b$1", "X"),
            json::array({json::array({"^a(.*)", "b$1"})}));
  EXPECT_EQ(CheckOptionValue(*FindConfigKey("cache"), false, "X"), "");
  EXPECT_EQ(CheckOptionValue(*FindConfigKey("exclude"), "one", "X"), json({"one"}));
  EXPECT_EQ(ErrorOf([] { ParseOptionText(*FindFlag("-f"), "xml", "-f"); }),
            "-f: 'xml' is not one of pretty, json, github, sarif, markdown");
  EXPECT_EQ(ErrorOf([] { ParseOptionText(*FindFlag("--color"), "alwys", "--color"); }),
            "--color: 'alwys' is not one of auto, always, never; did you mean 'always'?");
  EXPECT_EQ(ErrorOf([] { CheckOptionValue(*FindConfigKey("fail-on"), "brokn", "X"); }),
            "X: 'brokn' is not a verdict that can fail a run (broken, redirected, blocked, "
            "timeout, error, private-redirect, rate-limited); did you mean 'broken'?");
}

// --- the README's option tables -------------------------------------------------

// The README holds each group's table between <!-- options: GROUP --> and
// <!-- end options -->; AWESOMELINT_UPDATE_GOLDEN=1 rewrites them.
TEST(OptionTableTest, TheReadmeTablesComeFromTheTable) {
  std::string path = std::string(AWESOMELINT_SOURCE_DIR) + "/README.md";
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string readme = buffer.str();
  for (std::string_view group : {"general", "Links"}) {
    std::string begin = "<!-- options: " + std::string(group) + " -->\n";
    size_t at = readme.find(begin);
    ASSERT_NE(at, std::string::npos) << "README.md lacks " << begin;
    at += begin.size();
    size_t end = readme.find("<!-- end options -->", at);
    ASSERT_NE(end, std::string::npos);
    std::string table = OptionsMarkdownTable(group == "general" ? "" : group);
    if (std::getenv("AWESOMELINT_UPDATE_GOLDEN")) {
      readme.replace(at, end - at, table);
      end = at + table.size();
    }
    EXPECT_EQ(readme.substr(at, end - at), table) << "README.md's " << group << " options";
  }
  if (std::getenv("AWESOMELINT_UPDATE_GOLDEN")) std::ofstream(path, std::ios::binary) << readme;
}

// --- link options over several configs --------------------------------------------

Config ConfigWith(const std::string& path, const json& links) {
  Config config;
  config.path = path;
  config.text = json{{"links", links}}.dump();
  for (const auto& [key, value] : links.items())
    config.links[key] = CheckOptionValue(*FindConfigKey(key), value, key);
  return config;
}

TEST(LinkOptionsForTest, PerFileOptionsAreEachFilesOwn) {
  Config a =
      ConfigWith("a/.awesomelint.json", {{"exclude", "^https://a\\."}, {"fail-on", "timeout"}});
  Config b = ConfigWith("b/.awesomelint.json", {{"exclude", "^https://b\\."}});
  std::vector<const Config*> run = {&a, &b};
  CommandLine cli{DefaultSettings(), {}};
  LinkOptions for_a = LinkOptionsFor(a, run, cli);
  LinkOptions for_b = LinkOptionsFor(b, run, cli);
  EXPECT_EQ(for_a.exclude, std::vector<std::string>{"^https://a\\."});
  EXPECT_EQ(for_b.exclude, std::vector<std::string>{"^https://b\\."});
  EXPECT_EQ(for_a.fail_on, std::vector<LinkVerdict>{LinkVerdict::kTimeout});
  EXPECT_EQ(for_b.fail_on, std::vector<LinkVerdict>{LinkVerdict::kBroken});
}

TEST(LinkOptionsForTest, RunWideOptionsComeFromAnyConfigAndMustAgree) {
  Config a = ConfigWith("a/.awesomelint.json", {{"timeout", 5}});
  Config b = ConfigWith("b/.awesomelint.json", json::object());
  std::vector<const Config*> run = {&a, &b};
  CommandLine cli{DefaultSettings(), {}};
  EXPECT_EQ(LinkOptionsFor(b, run, cli).http.timeout, std::chrono::seconds(5));

  Config c = ConfigWith("c/.awesomelint.json", {{"timeout", 9}});
  run.push_back(&c);
  std::string error = ErrorOf([&] { LinkOptionsFor(b, run, cli); });
  EXPECT_NE(error.find("c/.awesomelint.json"), std::string::npos) << error;
  EXPECT_NE(error.find("links.timeout is 9 here but 5 in a/.awesomelint.json"), std::string::npos)
      << error;
  EXPECT_NE(error.find("--timeout"), std::string::npos) << error;

  // The command line settles it.
  const OptionSpec& timeout = *FindFlag("--timeout");
  cli.given.push_back({&timeout, ParseOptionText(timeout, "7", "--timeout")});
  EXPECT_EQ(LinkOptionsFor(b, run, cli).http.timeout, std::chrono::seconds(7));
}

TEST(LinkOptionsForTest, CommandLineListsAddToTheConfigs) {
  Config a = ConfigWith("a/.awesomelint.json", {{"headers", "X-A: 1"}, {"accept", {429}}});
  CommandLine cli{DefaultSettings(), {}};
  const OptionSpec& header = *FindFlag("--header");
  cli.given.push_back({&header, ParseOptionText(header, "X-B: 2", "--header")});
  LinkOptions options = LinkOptionsFor(a, {&a}, cli);
  EXPECT_EQ(options.http.headers, (std::vector<std::string>{"X-A: 1", "X-B: 2"}));
  EXPECT_EQ(options.accept, std::vector<long>{429});
}

// --- trust: what a repository's config may not decide ------------------------------

// A config's provider bases and remap rules move requests, never a token: the
// token homes stay the official APIs unless the command line names others.
TEST(LinkTrustTest, ConfigProvidersAndRemapsAreNoTokenHomes) {
  Config a = ConfigWith("a/.awesomelint.json",
                        {{"providers", {{"github", "http://attacker.test"}}},
                         {"remap", {"^https://api\\.github\\.com/(.*)$ http://attacker.test/$1"}}});
  CommandLine cli{DefaultSettings(), {}};
  LinkOptions options = LinkOptionsFor(a, {&a}, cli);
  EXPECT_EQ(options.endpoints.github_api, "http://attacker.test") << "requests go there";
  EXPECT_EQ(options.token_homes.github_api, "https://api.github.com") << "tokens do not";
  ASSERT_EQ(options.remap.size(), 1u);
  EXPECT_FALSE(options.remap[0].trusted);

  const OptionSpec& provider = *FindFlag("--provider");
  const OptionSpec& remap = *FindFlag("--remap");
  cli.given.push_back(
      {&provider, ParseOptionText(provider, "github=http://127.0.0.1:8080", "--provider")});
  cli.given.push_back({&remap, ParseOptionText(remap, "^https://x/(.*)$ http://y/$1", "--remap")});
  options = LinkOptionsFor(a, {&a}, cli);
  EXPECT_EQ(options.endpoints.github_api, "http://127.0.0.1:8080");
  EXPECT_EQ(options.token_homes.github_api, "http://127.0.0.1:8080");
  ASSERT_EQ(options.remap.size(), 2u);
  EXPECT_FALSE(options.remap[0].trusted);
  EXPECT_TRUE(options.remap[1].trusted);
}

// Found by fuzz_config: a duration or size whose milliseconds or bytes overflow
// is refused, not multiplied into undefined behaviour.
TEST(OptionValueTest, HugeDurationsAndSizesAreRefused) {
  const OptionSpec& deadline = *FindFlag("--deadline");
  EXPECT_EQ(ErrorOf([&] { CheckOptionValue(deadline, 75158852580896767LL, "links.deadline"); }),
            "links.deadline: must be at most 3650d, not 75158852580896767 s");
  EXPECT_EQ(CheckOptionValue(deadline, "3650d", "links.deadline"), 3650LL * 86400);
  EXPECT_NE(ErrorOf([&] { ParseOptionText(deadline, "999999999d", "--deadline"); }), "");
  const OptionSpec& size = *FindFlag("--max-file-size");
  EXPECT_NE(ErrorOf([&] {
              ParseOptionText(size, "999999999999G", "--max-file-size");
            }).find("is not a size"),
            std::string::npos);
}

TEST(LinkTrustTest, ProviderBasesMustBeHttpUrls) {
  const OptionSpec& provider = *FindFlag("--provider");
  EXPECT_EQ(ErrorOf([&] { ParseOptionText(provider, "github", "--provider"); }),
            "--provider: 'github' must be NAME=URL, e.g. github=https://api.github.com");
  EXPECT_EQ(ErrorOf([&] { ParseOptionText(provider, "github=file:///etc", "--provider"); }),
            "--provider.github: must be an http or https URL");
  EXPECT_NE(ErrorOf([&] {
              ParseOptionText(provider, "gitlab=https://x", "--provider");
            }).find("unknown provider 'gitlab'"),
            std::string::npos);
}

// A config's cache file stays inside the repository (the config's directory):
// relative, no "..", not through a symbolic link out of it.
TEST(LinkTrustTest, ConfigCachePathStaysInsideTheRepository) {
  testing::TempDir dir;
  fs::create_directories(dir.path() / "repo" / "data");
  fs::create_directories(dir.path() / "outside");
  fs::create_directory_symlink(dir.path() / "outside", dir.path() / "repo" / "escape");
  std::string config_path = (dir.path() / "repo" / ".awesomelint.json").string();
  CommandLine cli{DefaultSettings(), {}};
  auto cache_for = [&](const std::string& name) {
    Config config = ConfigWith(config_path, {{"cache", name}});
    return LinkOptionsFor(config, {&config}, cli).cache_file;
  };
  EXPECT_EQ(cache_for("data/cache.json"), (dir.path() / "repo" / "data" / "cache.json").string());
  EXPECT_EQ(cache_for("./c.json"), (dir.path() / "repo" / "c.json").string());
  for (const std::string& name :
       {std::string("/etc/passwd"), (dir.path() / "outside" / "x.json").string()})
    EXPECT_NE(
        ErrorOf([&] { cache_for(name); }).find("links.cache: \"" + name + "\" is an absolute path"),
        std::string::npos);
  EXPECT_NE(ErrorOf([&] { cache_for("data/../../x.json"); }).find("climbs out with \"..\""),
            std::string::npos);
  std::string through = ErrorOf([&] { cache_for("escape/cache.json"); });
  EXPECT_NE(through.find("leads out of the repository through a symbolic link"), std::string::npos)
      << through;
  EXPECT_NE(through.find(config_path), std::string::npos) << "names the config";

  // The command line is the user's: its --cache may go anywhere.
  Config config = ConfigWith(config_path, {{"cache", "/etc/passwd"}});
  const OptionSpec& cache = *FindFlag("--cache");
  std::string elsewhere = (dir.path() / "outside" / "c.json").string();
  cli.given.push_back({&cache, ParseOptionText(cache, elsewhere, "--cache")});
  EXPECT_EQ(LinkOptionsFor(config, {&config}, cli).cache_file, elsewhere);
}

}  // namespace
}  // namespace awesomelint
