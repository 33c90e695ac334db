// --fix as the engine does it (FixFile): fixes applied, the text parsed and
// linted again, and the link check's locations moved into the fixed text — what
// the CLI, a rule fixture and a library user all get.
#include <gtest/gtest.h>

#include "awesomelint/lint/fix.h"
#include "rules/registry.h"
#include "tests/links/check_list.h"

namespace awesomelint {
namespace {

constexpr std::string_view kList =
    "# L\n\n"
    "- [A](http://old.example/a) and [B](https://b.example/b)\n"
    "- [C](https://c.example/c)\n";

LinkResult Result(std::string url, LinkVerdict verdict, std::string final_url = "") {
  LinkResult result;
  result.url = result.key = std::move(url);
  result.verdict = result.checked = verdict;
  result.final_url = std::move(final_url);
  result.settled = true;
  return result;
}

TEST(FixFileTest, FixesReparsesRelintsAndMovesLinkLocations) {
  Config config;
  config.rules = nlohmann::json::parse(R"({"default": false, "link-check": true})");
  Linter linter(CreateAllRules(), config, {});
  ParsedFile file = ParseFile("list.md", std::string(kList));
  LinkReport links;
  links.results.push_back(
      Result("http://old.example/a", LinkVerdict::kRedirected, "https://new.example/moved/a"));
  links.results.push_back(Result("https://b.example/b", LinkVerdict::kAlive));
  links.results.push_back(Result("https://c.example/c", LinkVerdict::kAlive));
  testing::LocateByUrl(links, *file.doc);
  LintContext context;
  context.links = &links;
  context.fail_on = {LinkVerdict::kBroken};

  ASSERT_EQ(links.results[1].locations.size(), 1u);
  EXPECT_EQ(links.results[1].locations[0].position, (Position{3, 33}));
  std::vector<Diagnostic> diagnostics = linter.Lint(file, context);
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].rule, "link-check");
  ASSERT_TRUE(diagnostics[0].fix.has_value());

  EXPECT_EQ(FixFile(linter, context, file, diagnostics, &links), 1u);
  EXPECT_EQ(file.doc->text(),
            "# L\n\n- [A](https://new.example/moved/a) and [B](https://b.example/b)\n"
            "- [C](https://c.example/c)\n");
  EXPECT_TRUE(diagnostics.empty()) << "linted again: the moved link is fixed";
  EXPECT_EQ(file.entries.size(), 2u) << "the entries are the fixed text's";
  // The moved link's old URL is written nowhere now; B moved right on its line; C stayed.
  EXPECT_TRUE(links.results[0].locations.empty());
  ASSERT_EQ(links.results[1].locations.size(), 1u);
  EXPECT_EQ(links.results[1].locations[0].position, (Position{3, 40}));
  EXPECT_EQ(links.results[1].locations[0].link, 1);
  ASSERT_EQ(links.results[2].locations.size(), 1u);
  EXPECT_EQ(links.results[2].locations[0].position, (Position{4, 3}));
}

TEST(FixFileTest, NothingToFixChangesNothing) {
  Config config;
  Linter linter(CreateAllRules(), config, {});
  ParsedFile file = ParseFile("list.md", "# L\n\n- [A](https://a.example)\n");
  const Document* before = file.doc.get();
  LintContext context;
  std::vector<Diagnostic> diagnostics = linter.Lint(file, context);
  EXPECT_EQ(FixFile(linter, context, file, diagnostics, nullptr), 0u);
  EXPECT_EQ(file.doc.get(), before);
}

}  // namespace
}  // namespace awesomelint
