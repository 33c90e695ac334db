// Configuration: .awesomelint.json (JSON with comments) read by LoadConfig, found
// by FindConfig, and resolved into rules and severities by the Linter, with
// --enable/--disable on top. Mistakes are InputErrors with file:line and a
// "did you mean".
#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>
#include "tests/support/temp_dir.h"
#include "tests/support/test_rules.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "awesomelint/config/config.h"
#include "awesomelint/config/options.h"
#include "awesomelint/lint/linter.h"
#include "awesomelint/support/errors.h"
#include "tests/support/helpers.h"

namespace awesomelint {
namespace {

using testing::ErrorOf;

namespace fs = std::filesystem;

using awesomelint::testing::StandInCatalog;
using awesomelint::testing::TempDir;

// Rule id -> severity of every active rule.
std::map<std::string, Severity> Active(const Linter& linter) {
  std::map<std::string, Severity> active;
  for (const Linter::ActiveRule& rule : linter.rules())
    active[std::string(rule.rule->meta().id)] = rule.severity;
  return active;
}

std::map<std::string, Severity> ActiveFor(const Config& config,
                                          const RuleOverrides& overrides = {}) {
  return Active(Linter(StandInCatalog(), config, overrides));
}

// The error a config file's text produces when the linter is built from it.
std::string LinterError(const TempDir& dir, const std::string& text,
                        const RuleOverrides& overrides = {}) {
  std::string path = dir.Write(".awesomelint.json", text);
  Config config = LoadConfig(path);
  return ErrorOf([&] { Linter linter(StandInCatalog(), config, overrides); });
}

constexpr Severity kError = Severity::kError;
constexpr Severity kWarning = Severity::kWarning;
constexpr Severity kInfo = Severity::kInfo;

// --- LoadConfig --------------------------------------------------------------

TEST(ConfigLoadTest, ReadsRulesAndLinksWithComments) {
  TempDir dir;
  std::string path = dir.Write(".awesomelint.json",
                               "// awesomelint settings\n"
                               "{\n"
                               "  /* dates are day-first */\n"
                               "  \"date-format\": {\"format\": \"DD.MM.YYYY\"},  // inline\n"
                               "  \"https\": \"info\",\n"
                               "  \"links\": {\"timeout\": 10, \"max-retries\": 2}\n"
                               "}\n");
  Config config = LoadConfig(path);
  EXPECT_EQ(config.path, path);
  EXPECT_EQ(config.rules.size(), 2u);
  EXPECT_EQ(config.rules["date-format"]["format"], "DD.MM.YYYY");
  EXPECT_EQ(config.rules["https"], "info");
  EXPECT_FALSE(config.rules.contains("links"));
  EXPECT_EQ(config.links["timeout"], 10);
  EXPECT_EQ(config.links["max-retries"], 2);
}

TEST(ConfigLoadTest, EveryLinksOptionIsAccepted) {
  TempDir dir;
  std::string path = dir.Write(".awesomelint.json", R"({"links": {
    "accept": [200, 206], "cache": ".cache.json", "exclude": ["^https://localhost"],
    "headers": ["X-A: 1"], "host-concurrency": 2, "include": [], "max-cache-age": "1d",
    "max-meta-age": "7d",
    "max-concurrency": 16, "max-retries": 3, "providers": {}, "remap": [],
    "timeout": 20, "user-agent": "x", "fail-on": ["broken"], "deadline": "10m"}})");
  Config config = LoadConfig(path);
  for (const std::string& key : ConfigKeys()) EXPECT_TRUE(config.links.contains(key)) << key;
  EXPECT_EQ(config.links.size(), ConfigKeys().size());
  EXPECT_TRUE(config.rules.empty());
  EXPECT_EQ(config.links["max-cache-age"], 86400) << "normalised to seconds";
  EXPECT_EQ(config.links["deadline"], 600);
}

TEST(ConfigLoadTest, SchemaKeyIsIgnored) {
  TempDir dir;
  std::string path =
      dir.Write(".awesomelint.json", R"({"$schema": "https://example.org/s.json", "https": true})");
  Config config = LoadConfig(path);
  EXPECT_FALSE(config.rules.contains("$schema"));
  EXPECT_EQ(config.rules.size(), 1u);
  EXPECT_NO_THROW(Linter(StandInCatalog(), config, {}));
}

TEST(ConfigLoadTest, EmptyObjectIsTheDefaults) {
  TempDir dir;
  Config config = LoadConfig(dir.Write(".awesomelint.json", "{}\n"));
  EXPECT_TRUE(config.rules.empty());
  EXPECT_TRUE(config.links.empty());
}

TEST(ConfigLoadTest, UnknownLinksOptionSuggestsTheNearest) {
  TempDir dir;
  std::string path = dir.Write(".awesomelint.json",
                               "{\n"
                               "  \"links\": {\n"
                               "    \"max-retries\": 2,\n"
                               "    \"timout\": 10\n"
                               "  }\n"
                               "}\n");
  EXPECT_EQ(ErrorOf([&] { LoadConfig(path); }),
            path + ":4: unknown links option \"timout\"; did you mean \"timeout\"?");
}

TEST(ConfigLoadTest, UnknownLinksOptionWithoutANearName) {
  TempDir dir;
  std::string path = dir.Write(".awesomelint.json", "{\n  \"links\": {\"zzz\": 1}\n}\n");
  EXPECT_EQ(ErrorOf([&] { LoadConfig(path); }), path + ":2: unknown links option \"zzz\"");
}

TEST(ConfigLoadTest, LinksMustBeAnObject) {
  TempDir dir;
  std::string path = dir.Write(".awesomelint.json", "{\n  \"links\": true\n}\n");
  EXPECT_EQ(ErrorOf([&] { LoadConfig(path); }), path + ":2: \"links\" must be an object");
}

TEST(ConfigLoadTest, NotJson) {
  TempDir dir;
  std::string path =
      dir.Write(".awesomelint.json", "{\n  \"https\": tru, \"toc-anchors\": true\n}\n");
  std::string error = ErrorOf([&] { LoadConfig(path); });
  EXPECT_EQ(error.rfind(path + ": not valid JSON: parse error at line 2, column", 0), 0u) << error;
}

// JSONC, as editors write it: comments and trailing commas (outside strings).
TEST(ConfigLoadTest, TrailingCommasAreAcceptedAsInJsonc) {
  TempDir dir;
  std::string path = dir.Write(".awesomelint.json",
                               "{\n  \"https\": true, // on\n  \"links\": {\"exclude\": "
                               "[\"a,]\", \"b,}\",],}, /* done */\n}\n");
  Config config = LoadConfig(path);
  EXPECT_EQ(config.rules["https"], true);
  EXPECT_EQ(config.links["exclude"], nlohmann::json::array({"a,]", "b,}"}))
      << "commas inside strings are kept";
  std::string doubled = dir.Write("doubled.json", "{\"https\": true,,}\n");
  EXPECT_EQ(ErrorOf([&] { LoadConfig(doubled); }).rfind(doubled + ": not valid JSON: ", 0), 0u);
}

TEST(ConfigLoadTest, EmptyFileIsNotJson) {
  TempDir dir;
  std::string path = dir.Write(".awesomelint.json", "");
  EXPECT_EQ(ErrorOf([&] { LoadConfig(path); }).rfind(path + ": not valid JSON: ", 0), 0u);
}

TEST(ConfigLoadTest, TopLevelMustBeAnObject) {
  TempDir dir;
  std::string path = dir.Write(".awesomelint.json", "[\"https\"]\n");
  EXPECT_EQ(ErrorOf([&] { LoadConfig(path); }),
            path + ": the config must be a JSON object { ... }");
}

// A config comes from the repository: bounded in depth and size, and a number
// no double holds is a clear error naming the file, not an internal one.
TEST(ConfigLoadTest, DeepOrHugeOrOutOfRangeConfigsAreClearErrors) {
  TempDir dir;
  for (const char* open : {"[", "{\"a\":"}) {
    std::string text = "{\"links\": ";
    for (int i = 0; i < 100000; ++i) text += open;
    std::string path = dir.Write(".awesomelint.json", text);
    EXPECT_EQ(ErrorOf([&] { LoadConfig(path); }),
              path + ":1: nested more than 32 levels deep; no setting is");
  }
  std::string path = dir.Write(".awesomelint.json", "{\n  \"links\": {\"timeout\": 1e400}\n}\n");
  std::string error = ErrorOf([&] { LoadConfig(path); });
  EXPECT_EQ(error.rfind(path + ": not valid here: number overflow", 0), 0u) << error;
  path = dir.Write(".awesomelint.json", std::string(kMaxConfigBytes + 1, ' '));
  EXPECT_NE(ErrorOf([&] {
              LoadConfig(path);
            }).find("is 1048577 bytes, more than the 1048576 a config file may have"),
            std::string::npos);
  path = (dir.path() / "fifo.json").string();
  ASSERT_EQ(mkfifo(path.c_str(), 0600), 0);
  EXPECT_EQ(ErrorOf([&] { LoadConfig(path); }),
            path +
                ": the config file is not a regular file (a FIFO); it is neither read nor "
                "replaced");
}

TEST(ConfigLoadTest, MissingFile) {
  TempDir dir;
  std::string path = (dir.path() / "nope.json").string();
  EXPECT_EQ(ErrorOf([&] { LoadConfig(path); }),
            path + ": cannot read the config file: no such file");
}

TEST(ConfigLoadTest, WhereNamesTheLineOfAKey) {
  TempDir dir;
  std::string path = dir.Write(".awesomelint.json",
                               "{\n"
                               "  \"https\": true,\n"
                               "\n"
                               "  \"date-order\": \"warning\"\n"
                               "}\n");
  Config config = LoadConfig(path);
  EXPECT_EQ(config.text, "{\n  \"https\": true,\n\n  \"date-order\": \"warning\"\n}\n");
  EXPECT_EQ(config.Where("https"), path + ":2");
  EXPECT_EQ(config.Where("date-order"), path + ":4");
  EXPECT_EQ(config.Where("absent"), path);
  EXPECT_EQ(Config{}.Where("https"), "command line");
}

TEST(ConfigLoadTest, WhereSkipsCommentedOutKeys) {
  TempDir dir;
  std::string path = dir.Write(".awesomelint.json",
                               "{\n"
                               "  // \"https\": false,\n"
                               "  \"https\": \"fatal\"\n"
                               "}\n");
  Config config = LoadConfig(path);
  EXPECT_EQ(config.Where("https"), path + ":3");
}

// --- FindConfig --------------------------------------------------------------

TEST(ConfigFindTest, WalksUpFromTheFile) {
  TempDir dir;
  std::string config = dir.Write("a/.awesomelint.json", "{}");
  std::string file = dir.Write("a/b/c/README.md", "# x\n");
  EXPECT_EQ(FindConfig(file), config);
}

TEST(ConfigFindTest, TheNearestWins) {
  TempDir dir;
  dir.Write("a/.awesomelint.json", "{}");
  std::string nearer = dir.Write("a/b/.awesomelint.json", "{}");
  std::string file = dir.Write("a/b/c/README.md", "# x\n");
  EXPECT_EQ(FindConfig(file), nearer);
  std::string beside = dir.Write("a/b/c/.awesomelint.json", "{}");
  EXPECT_EQ(FindConfig(file), beside);
}

TEST(ConfigFindTest, ADirectoryWithTheNameIsNotAConfig) {
  TempDir dir;
  std::string config = dir.Write("a/.awesomelint.json", "{}");
  fs::create_directories(dir.path() / "a" / "b" / ".awesomelint.json");
  std::string file = dir.Write("a/b/README.md", "# x\n");
  EXPECT_EQ(FindConfig(file), config);
}

TEST(ConfigFindTest, NothingInsideTheTree) {
  TempDir dir;
  std::string file = dir.Write("a/README.md", "# x\n");
  std::optional<std::string> found = FindConfig(file);
  // Whatever lies above the temp directory is not ours to control; nothing below it exists.
  if (found) EXPECT_NE(found->rfind(dir.path().string(), 0), 0u) << *found;
}

TEST(ConfigFindTest, RelativePathsAreResolvedFromTheWorkingDirectory) {
  TempDir dir;
  std::string config = dir.Write("repo/.awesomelint.json", "{}");
  dir.Write("repo/docs/README.md", "# x\n");
  fs::path saved = fs::current_path();
  fs::current_path(dir.path() / "repo");
  std::optional<std::string> found = FindConfig("docs/README.md");
  fs::current_path(saved);
  ASSERT_TRUE(found);
  EXPECT_TRUE(fs::equivalent(*found, config)) << *found;
}

// --- Linter: rules, tags, severities -----------------------------------------

TEST(ConfigLinterTest, DefaultsEnableEveryRuleAtItsDefaultSeverity) {
  std::map<std::string, Severity> expected = {{"arxiv-id", kError},     {"badge-syntax", kError},
                                              {"badge-target", kError}, {"category-tag", kError},
                                              {"date-format", kError},  {"date-order", kError},
                                              {"https", kWarning}};
  EXPECT_EQ(ActiveFor(Config{}), expected);  // "opt-in" is off by default
}

TEST(ConfigLinterTest, ARuleOffByDefaultIsOnWhenNamed) {
  Config config;
  config.rules = nlohmann::json::parse(R"({"opt-in": true})");
  EXPECT_EQ(ActiveFor(config)["opt-in"], kWarning);
  config.rules = nlohmann::json::parse(R"({"opt-in": "error"})");
  EXPECT_EQ(ActiveFor(config)["opt-in"], kError);
  // Its tag, or "default", switched on leaves it off (a preset is such a tag): only its
  // own id, or a severity by any key, turns it on.
  config.rules = nlohmann::json::parse(R"({"default": true})");
  EXPECT_FALSE(ActiveFor(config).contains("opt-in"));
  config.rules = nlohmann::json::parse(R"({"default": "info"})");
  EXPECT_EQ(ActiveFor(config)["opt-in"], kInfo);
}

TEST(ConfigLinterTest, RulesAreInIdOrder) {
  Linter linter(StandInCatalog(), Config{}, {});
  std::vector<std::string> ids;
  for (const auto& rule : linter.rules()) ids.emplace_back(rule.rule->meta().id);
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  EXPECT_EQ(ids.size(), 7u);
}

TEST(ConfigLinterTest, NamesAreEveryIdAndTagOfTheCatalog) {
  Linter linter(StandInCatalog(), Config{}, {});
  EXPECT_EQ(linter.names(),
            (std::vector<std::string>{"arxiv", "arxiv-id", "badge", "badge-syntax", "badge-target",
                                      "category-tag", "date-format", "date-order", "dates", "entry",
                                      "https", "links", "opt-in", "security", "tags"}));
}

TEST(ConfigLinterTest, IdBeatsTagBeatsDefault) {
  Config config;
  config.rules = nlohmann::json::parse(R"({"default": "warning", "dates": "info",
                                            "date-order": "error"})");
  std::map<std::string, Severity> active = ActiveFor(config);
  EXPECT_EQ(active.size(), 8u);  // "default" switches on "opt-in" too
  EXPECT_EQ(active["opt-in"], kWarning);
  EXPECT_EQ(active["date-order"], kError);
  EXPECT_EQ(active["date-format"], kInfo);
  EXPECT_EQ(active["arxiv-id"], kWarning);
  EXPECT_EQ(active["https"], kWarning);
  EXPECT_EQ(active["badge-target"], kWarning);
}

TEST(ConfigLinterTest, DefaultOffThenATagOn) {
  Config config;
  config.rules = nlohmann::json::parse(R"({"default": false, "badge": true})");
  std::map<std::string, Severity> expected = {{"badge-syntax", kError}, {"badge-target", kError}};
  EXPECT_EQ(ActiveFor(config), expected);
}

TEST(ConfigLinterTest, DefaultOffThenAnIdOnKeepsItsOwnSeverity) {
  Config config;
  config.rules = nlohmann::json::parse(R"({"default": "off", "https": true})");
  std::map<std::string, Severity> expected = {{"https", kWarning}};
  EXPECT_EQ(ActiveFor(config), expected);
}

TEST(ConfigLinterTest, AnObjectOfOptionsEnablesTheRule) {
  Config config;
  config.rules =
      nlohmann::json::parse(R"({"default": false, "date-format": {"format": "YYYY-MM-DD"}})");
  std::map<std::string, Severity> expected = {{"date-format", kError}};
  EXPECT_EQ(ActiveFor(config), expected);
}

TEST(ConfigLinterTest, ObjectWithSeverityAndEnabled) {
  Config config;
  config.rules = nlohmann::json::parse(R"({"date-format": {"severity": "info", "future": false},
                                            "date-order": {"enabled": false},
                                            "dates": {"severity": "warning"}})");
  std::map<std::string, Severity> active = ActiveFor(config);
  EXPECT_EQ(active["date-format"], kInfo);
  EXPECT_FALSE(active.contains("date-order"));
}

TEST(ConfigLinterTest, EnabledFalseWinsOverASeverityInTheSameObject) {
  // JSON objects are unordered: "enabled": false must not be undone by "severity",
  // whichever of the two keys comes first.
  Config config;
  config.rules = nlohmann::json::parse(R"({"https": {"severity": "info", "enabled": false},
                                            "arxiv-id": {"enabled": false, "severity": "info"}})");
  std::map<std::string, Severity> active = ActiveFor(config);
  EXPECT_FALSE(active.contains("https"));
  EXPECT_FALSE(active.contains("arxiv-id"));
}

TEST(ConfigLinterTest, OffAndFalseDisable) {
  Config config;
  config.rules =
      nlohmann::json::parse(R"({"https": "off", "badge-syntax": false, "arxiv-id": "warning"})");
  std::map<std::string, Severity> active = ActiveFor(config);
  EXPECT_FALSE(active.contains("https"));
  EXPECT_FALSE(active.contains("badge-syntax"));
  EXPECT_EQ(active["arxiv-id"], kWarning);
  EXPECT_EQ(active.size(), 5u);
}

// --- Linter: --enable / --disable ---------------------------------------------

TEST(ConfigOverrideTest, EnableOverridesTheConfig) {
  Config config;
  config.rules = nlohmann::json::parse(R"({"default": false})");
  RuleOverrides overrides;
  overrides.enable = {"https", "dates"};
  std::map<std::string, Severity> expected = {
      {"date-format", kError}, {"date-order", kError}, {"https", kWarning}};
  EXPECT_EQ(ActiveFor(config, overrides), expected);
}

TEST(ConfigOverrideTest, DisableByIdOrTag) {
  RuleOverrides overrides;
  overrides.disable = {"badge", "https"};
  std::map<std::string, Severity> active = ActiveFor(Config{}, overrides);
  EXPECT_EQ(active.size(), 4u);
  EXPECT_FALSE(active.contains("badge-syntax"));
  EXPECT_FALSE(active.contains("badge-target"));
  EXPECT_FALSE(active.contains("https"));
}

TEST(ConfigOverrideTest, DisableWinsOverEnable) {
  RuleOverrides overrides;
  overrides.enable = {"date-order"};
  overrides.disable = {"dates"};
  std::map<std::string, Severity> active = ActiveFor(Config{}, overrides);
  EXPECT_FALSE(active.contains("date-order"));
  EXPECT_FALSE(active.contains("date-format"));
}

TEST(ConfigOverrideTest, EnableKeepsTheConfiguredSeverity) {
  Config config;
  config.rules = nlohmann::json::parse(R"({"https": {"severity": "info", "enabled": false}})");
  RuleOverrides overrides;
  overrides.enable = {"https"};
  EXPECT_EQ(ActiveFor(config, overrides)["https"], kInfo);
}

TEST(ConfigOverrideTest, UnknownNamesAreErrors) {
  RuleOverrides enable;
  enable.enable = {"date-fromat"};
  EXPECT_EQ(ErrorOf([&] { Linter linter(StandInCatalog(), Config{}, enable); }),
            "--enable: unknown rule or tag \"date-fromat\"; did you mean \"date-format\"?");
  RuleOverrides disable;
  disable.disable = {"nonsense-rule-name"};
  EXPECT_EQ(ErrorOf([&] { Linter linter(StandInCatalog(), Config{}, disable); }),
            "--disable: unknown rule or tag \"nonsense-rule-name\"; awesomelint --list-rules shows "
            "them all");
}

// --- Linter: mistakes in the file ---------------------------------------------

TEST(ConfigErrorTest, UnknownRuleSuggestsTheNearest) {
  TempDir dir;
  std::string path = (dir.path() / ".awesomelint.json").string();
  EXPECT_EQ(LinterError(dir, "{\n  \"https\": true,\n  \"date-fromat\": true\n}\n"),
            path + ":3: unknown rule or tag \"date-fromat\"; did you mean \"date-format\"?");
}

TEST(ConfigErrorTest, UnknownTagSuggestsTheNearest) {
  TempDir dir;
  std::string path = (dir.path() / ".awesomelint.json").string();
  EXPECT_EQ(LinterError(dir, "{\"badges\": false}"),
            path + ":1: unknown rule or tag \"badges\"; did you mean \"badge\"?");
}

TEST(ConfigErrorTest, UnknownRuleWithoutANearName) {
  TempDir dir;
  std::string path = (dir.path() / ".awesomelint.json").string();
  EXPECT_EQ(
      LinterError(dir, "{\"markdownlint\": true}"),
      path + ":1: unknown rule or tag \"markdownlint\"; awesomelint --list-rules shows them all");
}

TEST(ConfigErrorTest, UnknownSeverity) {
  TempDir dir;
  std::string path = (dir.path() / ".awesomelint.json").string();
  EXPECT_EQ(LinterError(dir, "{\n  \"https\": \"eror\"\n}"),
            path + ":2: unknown severity \"eror\"; did you mean \"error\"?");
  EXPECT_EQ(LinterError(dir, "{\n  \"https\": \"fatal\"\n}"),
            path + ":2: unknown severity \"fatal\"; use error, warning, info or off");
  EXPECT_EQ(LinterError(dir, "{\"default\": \"Warning\"}"),
            path + ":1: unknown severity \"Warning\"; did you mean \"warning\"?");
}

TEST(ConfigErrorTest, UnknownSeverityInsideAnObject) {
  TempDir dir;
  std::string path = (dir.path() / ".awesomelint.json").string();
  EXPECT_EQ(LinterError(dir, "{\n\n  \"date-order\": {\"severity\": \"infp\"}\n}"),
            path + ":3: unknown severity \"infp\"; did you mean \"info\"?");
  EXPECT_EQ(LinterError(dir, "{\"date-order\": {\"severity\": 1}}"),
            path + ":1: \"severity\" must be a string");
  EXPECT_EQ(LinterError(dir, "{\"date-order\": {\"enabled\": \"yes\"}}"),
            path + ":1: \"enabled\" must be true or false");
}

TEST(ConfigErrorTest, UnknownOptionSuggestsTheNearest) {
  TempDir dir;
  std::string path = (dir.path() / ".awesomelint.json").string();
  EXPECT_EQ(LinterError(dir,
                        "{\n"
                        "  \"date-format\": {\n"
                        "    \"future\": false,\n"
                        "    \"fromat\": \"YYYY-MM-DD\"\n"
                        "  }\n"
                        "}\n"),
            path + ":4: date-format has no option \"fromat\"; did you mean \"format\"?");
}

TEST(ConfigErrorTest, UnknownOptionListsTheOptions) {
  TempDir dir;
  std::string path = (dir.path() / ".awesomelint.json").string();
  EXPECT_EQ(LinterError(dir, "{\"date-order\": {\"direction\": \"newest-first\"}}"),
            path + ":1: date-order has no option \"direction\"; its options are: order");
  EXPECT_EQ(LinterError(dir, "{\"https\": {\"hosts\": []}}"),
            path + ":1: https has no option \"hosts\"; it takes none");
}

TEST(ConfigErrorTest, UnknownOptionIsLocatedUnderItsOwnRule) {
  // "format" is date-format's option; written under date-order it is unknown, and the
  // error must point at the line where date-order has it, not at date-format's.
  TempDir dir;
  std::string path = (dir.path() / ".awesomelint.json").string();
  EXPECT_EQ(LinterError(dir,
                        "{\n"
                        "  \"date-format\": {\"format\": \"DD.MM.YYYY\"},\n"
                        "  \"date-order\": {\"format\": \"DD.MM.YYYY\"}\n"
                        "}\n"),
            path + ":3: date-order has no option \"format\"; its options are: order");
}

TEST(ConfigErrorTest, OptionsUnderATagAreRejected) {
  TempDir dir;
  std::string path = (dir.path() / ".awesomelint.json").string();
  EXPECT_EQ(LinterError(dir, "{\n  \"dates\": {\"format\": \"YYYY\"}\n}"),
            path + ":2: \"dates\" names a group of rules; set options under a rule id");
  EXPECT_EQ(LinterError(dir, "{\"default\": {\"format\": \"YYYY\"}}"),
            path + ":1: \"default\" names a group of rules; set options under a rule id");
}

TEST(ConfigErrorTest, ValueOfTheWrongType) {
  TempDir dir;
  std::string path = (dir.path() / ".awesomelint.json").string();
  EXPECT_EQ(LinterError(dir, "{\"https\": 3}"),
            path +
                ":1: \"https\" must be true, false, a severity (\"error\", \"warning\", \"info\", "
                "\"off\") or an object of options");
  EXPECT_EQ(LinterError(dir, "{\"https\": [\"error\"]}").find("\"https\" must be true, false"),
            path.size() + 4);
}

TEST(ConfigErrorTest, BadOptionValuesNameTheRuleAndLine) {
  TempDir dir;
  std::string path = (dir.path() / ".awesomelint.json").string();
  EXPECT_EQ(LinterError(dir, "{\n  \"date-format\": {\"format\": 3}\n}"),
            path + ":2: option date-format.format must be a string");
  EXPECT_EQ(LinterError(dir, "{\"date-format\": {\"future\": \"no\"}}"),
            path + ":1: option date-format.future must be true or false");
  EXPECT_EQ(LinterError(dir, "{\"category-tag\": {\"tags\": \"LLM\"}}"),
            path + ":1: option category-tag.tags must be a list of strings, e.g. [\"a\", \"b\"]");
}

TEST(ConfigErrorTest, CommandLineConfigHasNoFile) {
  Config config;
  config.rules = nlohmann::json::parse(R"({"date-fromat": true})");
  EXPECT_EQ(ErrorOf([&] { Linter linter(StandInCatalog(), config, {}); }),
            "command line: unknown rule or tag \"date-fromat\"; did you mean \"date-format\"?");
}

TEST(RuleOptionTest, WholeNumbersWithinTheirRange) {
  auto options = nlohmann::json::parse(R"({"a": 7, "b": 7.5, "c": -1, "d": 101, "e": "9",
                                          "f": 18446744073709551615})");
  EXPECT_EQ(OptionInt(options, "r", "a", 10, 0, 100), 7);
  EXPECT_EQ(OptionInt(options, "r", "missing", 10, 0, 100), 10);
  for (const char* bad : {"b", "c", "d", "e", "f"})
    EXPECT_EQ(ErrorOf([&] { OptionInt(options, "r", bad, 10, 0, 100); }),
              fmt::format("option r.{} must be a whole number from 0 to 100", bad))
        << bad;
}

// --- "extends": presets and other config files ----------------------------------------

TEST(ConfigExtendsTest, PresetsAndFilesAreReadFirstAndLaterSettingsWin) {
  TempDir dir;
  fs::create_directories(dir.path() / ".git");  // the repository the configs belong to
  dir.Write("base.json",
            "{\n  \"date-format\": \"off\",\n  \"https\": \"error\",\n"
            "  \"links\": {\"timeout\": 7, \"max-retries\": 1}\n}\n");
  dir.Write("team/shared.json", "{\"extends\": \"../base.json\", \"https\": \"warning\"}");
  std::string path = dir.Write("list/.awesomelint.json",
                               "{\n  \"extends\": [\"research\", \"../team/shared.json\"],\n"
                               "  \"https\": \"info\",\n  \"links\": {\"timeout\": 9}\n}\n");
  Config config = LoadConfig(path);
  EXPECT_EQ(config.rules["default"], false) << "from the preset";
  EXPECT_EQ(config.rules["research"], true);
  EXPECT_EQ(config.rules["date-format"], "off") << "from base.json, two levels down";
  EXPECT_EQ(config.rules["https"], "info") << "the file's own value wins";
  EXPECT_EQ(config.links["timeout"], 9);
  EXPECT_EQ(config.links["max-retries"], 1);
  EXPECT_EQ(config.Where("default"), "preset research");
  EXPECT_EQ(config.Where("date-format"), (dir.path() / "base.json").string() + ":2");
  EXPECT_EQ(config.Where("max-retries", "links"), (dir.path() / "base.json").string() + ":4");
  EXPECT_EQ(config.Where("https"), path + ":3");
}

TEST(ConfigExtendsTest, FilesOutsideTheRepositoryCyclesAndUnknownPresetsAreRefused) {
  TempDir dir;
  fs::create_directories(dir.path() / "repo" / ".git");
  dir.Write("outside.json", "{}");
  dir.Write("repo/loop.json", "{\"extends\": \"./.awesomelint.json\"}");
  struct Case {
    std::string extends, message;
  };
  std::vector<Case> cases = {
      {R"("../outside.json")", "extends \"../outside.json\": the file is outside the repository"},
      {R"("/etc/passwd.json")", "not an absolute one"},
      {R"("../../../../proc/self/environ")", "neither a preset nor a .json file"},
      {R"("reserch")", "unknown preset \"reserch\"; did you mean \"research\"?"},
      {R"("./loop.json")", "which extends it again (a cycle)"},
      {R"(["research", 7])", "\"extends\" must be a preset name or a relative path"},
  };
  for (const Case& c : cases) {
    std::string path = dir.Write("repo/.awesomelint.json", "{\"extends\": " + c.extends + "}");
    std::string error = ErrorOf([&] { LoadConfig(path); });
    EXPECT_NE(error.find(c.message), std::string::npos) << c.extends << ": " << error;
    EXPECT_NE(error.find(".awesomelint.json"), std::string::npos) << error;
  }
  // A chain longer than any real one: bounded, iterative.
  for (size_t i = 0; i <= kMaxExtendedConfigs + 1; ++i)
    dir.Write(fmt::format("repo/c{}.json", i),
              fmt::format("{{\"extends\": \"./c{}.json\"}}", i + 1));
  dir.Write(fmt::format("repo/c{}.json", kMaxExtendedConfigs + 2), "{}");
  std::string error = ErrorOf([&] { LoadConfig((dir.path() / "repo" / "c0.json").string()); });
  EXPECT_NE(error.find("extends more than 16 configs in all"), std::string::npos) << error;
}

TEST(ConfigExtendsTest, PresetsBeneathEveryConfig) {
  Config research = PresetsConfig({"research"});
  EXPECT_EQ(research.rules["default"], false);
  EXPECT_EQ(research.Where("research"), "preset research");
  EXPECT_TRUE(PresetsConfig({}).rules.empty()) << "no preset: the defaults";
  TempDir dir;
  std::string path = dir.Write(".awesomelint.json", "{\"default\": true}");
  EXPECT_EQ(LoadConfig(path, {"research"}).rules["default"], true) << "the file wins";
}

}  // namespace
}  // namespace awesomelint
