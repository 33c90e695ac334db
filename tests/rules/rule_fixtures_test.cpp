// Rule fixtures: tests/rules/<rule>/<case>.md is linted with only <rule> enabled
// (its options from <case>.json when present) and today = 2026-11-28. The
// findings must equal <case>.expected ("line:col severity rule message" per
// line; an empty file for a fixture that must pass), and where <case>.fixed.md
// exists, applying the findings' fixes must produce it.
// A case that needs files beside the list (contributing.md, a code of conduct) is a
// folder, tests/rules/<rule>/<case>/, holding the list as README.md and those files;
// its .expected, .json and the rest sit beside the folder, named <case>.*.
// AWESOMELINT_UPDATE_GOLDEN=1 rewrites the .expected files (review the diff).
#include <gtest/gtest.h>

#include <fmt/format.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "awesomelint/config/config.h"
#include "awesomelint/entries/entries.h"
#include "awesomelint/links/repository_api.h"
#include "awesomelint/lint/fix.h"
#include "awesomelint/lint/linter.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/model/link_result.h"
#include "awesomelint/report/rule_list.h"
#include "links/providers/answers.h"
#include "rules/registry.h"
#include "tests/links/check_list.h"
#include "tests/support/helpers.h"

namespace awesomelint {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;

const fs::path kRoot = fs::path(AWESOMELINT_SOURCE_DIR) / "tests" / "rules";

struct Fixture {
  std::string rule;
  fs::path markdown;
  fs::path base;        // <rule>/<case>: the case's other files are base + ".expected", ...
  bool folder = false;  // <rule>/<case>/README.md

  fs::path Beside(const std::string& extension) const {
    return base.parent_path() / (base.filename().string() + extension);
  }
};

bool IsCase(const fs::path& path) {
  std::string name = path.filename().string();
  return path.extension() == ".md" && !name.ends_with(".fixed.md");
}

std::vector<Fixture> AllFixtures() {
  std::vector<Fixture> fixtures;
  for (const auto& dir : fs::directory_iterator(kRoot)) {
    if (!dir.is_directory()) continue;
    std::string rule = dir.path().filename().string();
    for (const auto& file : fs::directory_iterator(dir.path())) {
      fs::path path = file.path();
      if (file.is_directory() && fs::exists(path / "README.md"))
        fixtures.push_back({rule, path / "README.md", path, true});
      else if (IsCase(path))
        fixtures.push_back({rule, path, fs::path(path).replace_extension(), false});
    }
  }
  std::sort(fixtures.begin(), fixtures.end(),
            [](const Fixture& a, const Fixture& b) { return a.markdown < b.markdown; });
  return fixtures;
}

// What a provider's API said of a resource, read by the checker's own parsers from an
// answer recorded in the fixture's directory: {"file": "arxiv.atom", "kind":
// "arxiv-feed", "id": "2405.12971"} (the paper of that id in an export API feed),
// "github-rest" (a /repos answer), "github-graphql" (a batch answer, "alias": "r3"),
// "github-page" (a repository's page), "hf-paper" (/api/papers/{id}).
ResourceMeta RecordedMeta(const fs::path& dir, const nlohmann::json& answer) {
  std::string body = ReadFile(dir / answer.at("file").get<std::string>());
  std::string kind = answer.at("kind");
  ResourceMeta meta;
  if (kind == "arxiv-feed") {
    for (const ArxivPaper& paper : ParseArxivFeed(body).papers)
      if (paper.id == answer.at("id")) meta.paper = paper.meta;
    EXPECT_TRUE(meta.paper) << answer.dump() << ": no such paper in the recorded feed";
  } else if (kind == "github-rest") {
    meta.repo = ParseGithubRepo(body);
  } else if (kind == "github-graphql") {
    std::string alias = answer.at("alias");
    size_t index = std::stoul(alias.substr(1));
    GithubGraphQlAnswer graphql = ParseGithubGraphQl(body, index + 1);
    EXPECT_EQ(graphql.lookups.at(index).state, GithubGraphQlAnswer::State::kFound) << alias;
    meta.repo = graphql.lookups.at(index).repo;
  } else if (kind == "github-page") {
    meta.repo = ParseGithubRepoPage(body);
  } else if (kind == "hf-paper") {
    meta.paper = ParseHfPaper(body).paper();
  } else {
    ADD_FAILURE() << "unknown recorded answer kind " << kind;
  }
  return meta;
}

// <case>.links.json gives the link phase's verdicts by URL as written:
// {"https://x": {"verdict": "broken", "http_status": 404, "detail": "..."}}, with the
// provider's metadata as "answer" (a recorded answer, RecordedMeta) and "provider" and
// "key" as the checker would write them.
LinkReport FakeLinkReport(const fs::path& file, const Document& doc) {
  LinkReport report;
  nlohmann::json verdicts = nlohmann::json::parse(ReadFile(file));
  for (auto& [url, value] : verdicts.items()) {
    LinkResult result;
    result.url = url;
    result.key = value.value("key", url);
    result.provider = value.value("provider", "http");
    if (value.contains("answer")) result.meta = RecordedMeta(file.parent_path(), value["answer"]);
    result.verdict = *ParseVerdict(value.at("verdict").get<std::string>());
    if (value.contains("checked"))
      result.checked = *ParseVerdict(value["checked"].get<std::string>());
    result.http_status = value.value("http_status", 0L);
    result.final_url = value.value("final_url", "");
    result.detail = value.value("detail", "");
    result.warn = value.value("warn", false);
    report.results.push_back(std::move(result));
  }
  testing::LocateByUrl(report, doc);
  return report;
}

// The linter of a fixture: only its rule, with the fixture's options.
Linter FixtureLinter(const Fixture& fixture) {
  Config config;
  config.rules["default"] = false;
  fs::path options = fixture.Beside(".json");
  config.rules[fixture.rule] =
      fs::exists(options) ? nlohmann::json::parse(ReadFile(options)) : nlohmann::json(true);
  return Linter(CreateAllRules(), config, {});
}

// <case>.repository.json gives the repository the list lives in, as the CLI would find it:
// {"state": "found", "remote_url": "https://github.com/o/r", "answer": {...}} with the
// API's answer to /repos/o/r read by the checker's own reader; or the state alone,
// "not-a-git-checkout", "not-on-github" or "unknown" (the API did not answer).
ListRepository FakeListRepository(const fs::path& file) {
  nlohmann::json value = nlohmann::json::parse(ReadFile(file));
  ListRepository repository;
  repository.remote_url = value.value("remote_url", "");
  repository.full_name = value.value("full_name", "");
  std::string state = value.at("state");
  if (state == "found") {
    EXPECT_TRUE(ReadRepositoryAnswer(value.at("answer").dump(), repository)) << file;
  } else if (state == "not-a-git-checkout") {
    repository.state = ListRepository::State::kNotAGitCheckout;
  } else if (state == "not-on-github") {
    repository.state = ListRepository::State::kNotOnGithub;
  } else if (state == "unknown") {
    repository.state = ListRepository::State::kUnknown;
  } else {
    ADD_FAILURE() << file << ": unknown state " << state;
  }
  return repository;
}

// Today is 2026-11-28; the link verdicts come from <case>.links.json and the list's
// repository from <case>.repository.json, when there are.
LintContext FixtureContext(const Fixture& fixture, const Document& doc, LinkReport& links,
                           ListRepository& repository) {
  LintContext context;
  context.today = CalendarDate{2026, 11, 28};
  fs::path verdicts = fixture.Beside(".links.json");
  if (fs::exists(verdicts)) {
    links = FakeLinkReport(verdicts, doc);
    context.links = &links;
  }
  if (fs::path found = fixture.Beside(".repository.json"); fs::exists(found)) {
    repository = FakeListRepository(found);
    context.list_repository = &repository;
  }
  return context;
}

class RuleFixture : public ::testing::TestWithParam<Fixture> {};

TEST_P(RuleFixture, FindingsMatchGolden) {
  const Fixture& fixture = GetParam();
  // A folder's list is named by its path, so that rules find the files beside it.
  ParsedFile file =
      ParseFile(fixture.folder ? fixture.markdown.string() : fixture.markdown.filename().string(),
                ReadFile(fixture.markdown));
  Linter linter = FixtureLinter(fixture);
  LinkReport links;
  ListRepository repository;
  LintContext context = FixtureContext(fixture, *file.doc, links, repository);
  std::vector<Diagnostic> diagnostics = linter.Lint(file, context);
  std::string actual;
  for (const Diagnostic& d : diagnostics)
    actual += fmt::format("{}:{} {} {} {}\n", d.begin.line, d.begin.column,
                          SeverityName(d.severity), d.rule, d.message);
  fs::path golden = fixture.Beside(".expected");
  if (std::getenv("AWESOMELINT_UPDATE_GOLDEN")) std::ofstream(golden, std::ios::binary) << actual;
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing (an empty file means: no findings)";
  EXPECT_EQ(ReadFile(golden), actual) << "fixture " << fixture.markdown;

  // --fix as the engine does it: fixes applied, the text parsed and linted again.
  fs::path fixed = fixture.Beside(".fixed.md");
  if (fs::exists(fixed)) {
    FixFile(linter, context, file, diagnostics, context.links ? &links : nullptr);
    EXPECT_EQ(ReadFile(fixed), file.doc->text());
  }
}

std::string FixtureName(const ::testing::TestParamInfo<Fixture>& info) {
  std::string name = info.param.rule + "_" + info.param.base.filename().string();
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Rules, RuleFixture, ::testing::ValuesIn(AllFixtures()), FixtureName);

// Every rule has docs, a fixture that passes and one that fails.
TEST(RuleCatalog, EveryRuleHasDocsAndFixtures) {
  for (const std::string& rule : AllRuleIds()) {
    EXPECT_TRUE(fs::exists(fs::path(AWESOMELINT_SOURCE_DIR) / "docs" / "rules" / (rule + ".md")))
        << rule;
    bool passes = false, fails = false;
    for (const Fixture& fixture : AllFixtures()) {
      if (fixture.rule != rule) continue;
      std::string expected = ReadFile(fixture.Beside(".expected"));
      (expected.empty() ? passes : fails) = true;
    }
    EXPECT_TRUE(passes) << rule << " has no fixture without findings";
    EXPECT_TRUE(fails) << rule << " has no fixture with findings";
  }
}

TEST(RuleCatalog, FixtureDirectoriesNameRules) {
  std::vector<std::string> ids = AllRuleIds();
  for (const auto& dir : fs::directory_iterator(kRoot))
    if (dir.is_directory())
      EXPECT_NE(std::find(ids.begin(), ids.end(), dir.path().filename().string()), ids.end())
          << dir.path();
}

TEST(RuleCatalog, TheRegistryIsSortedWithUniqueIds) {
  std::vector<std::string> ids = AllRuleIds();
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());
}

// docs/rules/README.md lists exactly the registry's rules, as their metadata says;
// AWESOMELINT_UPDATE_GOLDEN=1 rewrites the table.
TEST(RuleCatalog, TheDocsIndexComesFromTheMetadata) {
  fs::path path = fs::path(AWESOMELINT_SOURCE_DIR) / "docs" / "rules" / "README.md";
  std::string index = ReadFile(path);
  size_t begin = index.find("<!-- rules:");
  ASSERT_NE(begin, std::string::npos) << path << " lacks its <!-- rules: ... --> marker";
  begin = index.find('\n', begin) + 1;
  size_t end = index.find("<!-- end rules -->", begin);
  ASSERT_NE(end, std::string::npos);
  std::vector<std::unique_ptr<Rule>> catalog = CreateAllRules();
  std::vector<const RuleMeta*> metas;
  for (const auto& rule : catalog) metas.push_back(&rule->meta());
  std::string table = RuleListMarkdown(metas);
  if (std::getenv("AWESOMELINT_UPDATE_GOLDEN")) {
    index.replace(begin, end - begin, table);
    std::ofstream(path, std::ios::binary) << index;
  }
  EXPECT_EQ(index.substr(begin, end - begin), table);
}

}  // namespace
}  // namespace awesomelint
