// The awesomelint binary end to end: exit codes, every output format, bad input.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "awesomelint/config/options.h"
#include "tests/cli/cli_fixture.h"

namespace {

using namespace awesomelint::testing;
namespace fs = std::filesystem;

// --- exit codes and the pretty format -------------------------------------

TEST_F(CliTest, CleanListExitsZero) {
  Result r = Run({"--offline", Fixture("research-list.md")});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "No problems in 1 file (8 entries)\n");
}

TEST_F(CliTest, PlantedFaultsAreFoundOnTheirLinesAndExitOne) {
  Result r = Run({"--offline", Fixture("planted-faults.md")});
  EXPECT_EQ(r.exit_code, 1);
  std::string path = Fixture("planted-faults.md");
  EXPECT_EQ(r.out, path +
                       ":15:4 error Impossible date '31.06.2024': 2024-06 has 30 days, not 31 "
                       "[date-format]\n" +
                       path +
                       ":16:134 error GitHub stars badge names prov-gigapath/gigapath-copy but "
                       "links to prov-gigapath/prov-gigapath [badge-target]\n" +
                       path +
                       ":17:56 error Invalid arXiv identifier: '2413.12971' has month 13; months "
                       "run 01-12 [arxiv-id]\n" +
                       path +
                       ":18:18 error Unknown category tag 'Medicla'; did you mean 'Medical'? "
                       "[category-tag]\n"
                       "4 errors, 0 warnings in 1 file (8 entries)\n");
}

TEST_F(CliTest, WarningsAloneExitZero) {
  WriteFile(dir_ / "list.md", "# L\n\n- [GitHub](http://github.com/o/r)\n");
  Result r = Run({"--offline", "list.md"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("list.md:3:12 warning Use https:// for github.com"), std::string::npos)
      << r.out;
}

TEST_F(CliTest, ColoursOnlyWhenAskedAndNeverWithNoColor) {
  Result plain = Run({"--offline", Fixture("planted-faults.md")});
  EXPECT_EQ(plain.out.find('\033'), std::string::npos) << "not a terminal: no colours";
  Result forced = Run({"--offline", "--color", "always", Fixture("planted-faults.md")});
  EXPECT_NE(forced.out.find("\033[1;31merror"), std::string::npos);
  Result no_color =
      Run({"--offline", "--color", "always", Fixture("planted-faults.md")}, "NO_COLOR=1");
  EXPECT_EQ(no_color.out.find('\033'), std::string::npos);
}

TEST_F(CliTest, QuietKeepsErrorsOnly) {
  WriteFile(dir_ / "list.md", "# L\n\n- [GitHub](http://github.com/o/r)\n- [Empty]()\n");
  Result r = Run({"--offline", "--quiet", "list.md"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out.find("[https]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[empty-link]"), std::string::npos) << r.out;
}

TEST_F(CliTest, DefaultsToReadmeInTheCurrentDirectory) {
  fs::copy_file(Fixture("planted-faults.md"), dir_ / "README.md");
  Result r = Run({"--offline"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("README.md:15:4 error Impossible date"), std::string::npos) << r.out;
}

TEST_F(CliTest, ReadsStandardInput) {
  Result r = Run({"--offline", "-"}, "", Fixture("planted-faults.md"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("-:15:4 error Impossible date"), std::string::npos) << r.out;
}

TEST_F(CliTest, SeveralFilesAreReportedTogether) {
  Result r = Run({"--offline", Fixture("research-list.md"), Fixture("planted-faults.md")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("4 errors, 0 warnings in 2 files (16 entries)"), std::string::npos) << r.out;
}

// --- machine formats --------------------------------------------------------

TEST_F(CliTest, JsonFormat) {
  Result r = Run({"--offline", "--format", "json", Fixture("planted-faults.md")});
  EXPECT_EQ(r.exit_code, 1);
  nlohmann::json report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["version"], 1);
  ASSERT_EQ(report["files"].size(), 1u);
  EXPECT_EQ(report["files"][0]["entries"], 8);
  EXPECT_EQ(report["files"][0]["path"], Fixture("planted-faults.md"));
  ASSERT_EQ(report["diagnostics"].size(), 4u);
  const auto& first = report["diagnostics"][0];
  EXPECT_EQ(first["file"], Fixture("planted-faults.md"));
  EXPECT_EQ(first["line"], 15);
  EXPECT_EQ(first["column"], 4);
  EXPECT_EQ(first["end_line"], 15);
  EXPECT_EQ(first["end_column"], 14);
  EXPECT_EQ(first["rule"], "date-format");
  EXPECT_EQ(first["severity"], "error");
  EXPECT_TRUE(report["links"].is_array());
  EXPECT_EQ(report["summary"]["errors"], 4);
  EXPECT_EQ(report["summary"]["warnings"], 0);
  EXPECT_EQ(report["summary"]["entries"], 8);
}

TEST_F(CliTest, JsonCarriesFixes) {
  WriteFile(dir_ / "list.md", "# L\n\n- [GitHub](http://github.com/o/r)\n");
  Result r = Run({"--offline", "--format", "json", "list.md"});
  nlohmann::json report = nlohmann::json::parse(r.out);
  ASSERT_EQ(report["diagnostics"].size(), 1u);
  const auto& fix = report["diagnostics"][0]["fix"];
  EXPECT_EQ(fix["offset"], 16);
  EXPECT_EQ(fix["length"], 4);
  EXPECT_EQ(fix["replacement"], "https");
}

TEST_F(CliTest, GithubFormatIsWellFormedWorkflowCommands) {
  // A file name with a comma and a message with a colon and a percent sign.
  WriteFile(dir_ / "a,b.md", "# L\n\n- [100%]()\n- [GitHub](http://github.com/o/r)\n");
  Result r = Run({"--offline", "--format", "github", "a,b.md"});
  EXPECT_EQ(r.exit_code, 1);
  std::regex command(
      R"(::(error|warning|notice) file=([^,:]*),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]+)::(.*))");
  std::istringstream lines(r.out);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    std::smatch m;
    ASSERT_TRUE(std::regex_match(line, m, command)) << line;
    EXPECT_EQ(m[2], "a%2Cb.md");
    ++count;
  }
  EXPECT_EQ(count, 2);
  EXPECT_NE(
      r.out.find("::error file=a%2Cb.md,line=3,col=3,endLine=3,endColumn=11,title=empty-link::"
                 "Link '100%25' has an empty target"),
      std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("::warning file=a%2Cb.md,line=4"), std::string::npos);
}

TEST_F(CliTest, SarifFormat) {
  Result r = Run({"--offline", "--format", "sarif", Fixture("planted-faults.md")});
  EXPECT_EQ(r.exit_code, 1);
  nlohmann::json sarif = nlohmann::json::parse(r.out);
  EXPECT_EQ(sarif["version"], "2.1.0");
  const auto& run = sarif["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "awesomelint");
  const auto& rules = run["tool"]["driver"]["rules"];
  ASSERT_GE(rules.size(), 11u);
  for (const auto& rule : rules) {
    EXPECT_TRUE(rule["helpUri"].get<std::string>().ends_with(
        "/docs/rules/" + rule["id"].get<std::string>() + ".md"));
    EXPECT_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
  }
  ASSERT_EQ(run["results"].size(), 4u);
  for (const auto& result : run["results"]) {
    EXPECT_EQ(rules[result["ruleIndex"].get<size_t>()]["id"], result["ruleId"]);
    EXPECT_EQ(result["level"], "error");
    const auto& region = result["locations"][0]["physicalLocation"]["region"];
    EXPECT_GE(region["startLine"].get<int>(), 15);
    EXPECT_GE(region["startColumn"].get<int>(), 1);
  }
}

TEST_F(CliTest, MarkdownFormat) {
  Result r = Run({"--offline", "--format", "markdown", Fixture("planted-faults.md")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out.rfind("## ❌ awesomelint: 4 errors, 0 warnings, 0 notes\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("| Rule | Errors | Warnings | Notes |"), std::string::npos);
  EXPECT_NE(r.out.find("| error | [date-format](" + std::string(kRuleDocs) +
                       "date-format.md) | Impossible date"),
            std::string::npos)
      << r.out;
}

TEST_F(CliTest, OutputFile) {
  Result r = Run(
      {"--offline", "--format", "sarif", "--output", "report.sarif", Fixture("planted-faults.md")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(r.out.empty());
  EXPECT_EQ(nlohmann::json::parse(ReadFile(dir_ / "report.sarif"))["version"], "2.1.0");
}

TEST_F(CliTest, DumpEntries) {
  Result r = Run({"--dump-entries", Fixture("research-list.md")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json all = nlohmann::json::parse(r.out);
  EXPECT_EQ(all["version"], 1);
  ASSERT_EQ(all["files"].size(), 1u) << "one shape for one file or many";
  const nlohmann::json& dump = all["files"][0];
  EXPECT_EQ(dump["path"], Fixture("research-list.md"));
  ASSERT_EQ(dump["entries"].size(), 8u);
  const auto& entry = dump["entries"][2];
  EXPECT_EQ(entry["line"], 15);
  EXPECT_EQ(entry["date"]["iso"], "2024-06-12");
  EXPECT_EQ(entry["date"]["format"], "DD.MM.YYYY");
  EXPECT_EQ(entry["tags"], nlohmann::json::array({"Pathology"}));
  EXPECT_EQ(entry["title"], "A generative copilot for pathology");
  EXPECT_EQ(entry["link"]["url"], "https://www.nature.com/articles/s41586-024-07618-3");
  EXPECT_EQ(entry["badges"][0]["alt"], "Star");
  EXPECT_EQ(entry["badges"][0]["target"], "https://github.com/fedshyvana/pathology_mllm_training");
  EXPECT_EQ(entry["section"], "Awesome Computational Pathology Models > Model");
  EXPECT_EQ(entry["description"], "(Nature)");
}

TEST_F(CliTest, ListRules) {
  Result r = Run({"--list-rules"});
  EXPECT_EQ(r.exit_code, 0);
  for (const char* id :
       {"arxiv-id", "badge-syntax", "badge-target", "category-tag", "date-format", "date-order",
        "duplicate-link", "empty-link", "https", "inline-config", "toc-anchors"})
    EXPECT_NE(r.out.find(id), std::string::npos) << id;
  // The columns line up under the longest id.
  std::istringstream lines(r.out);
  size_t column = std::string::npos;
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == ' ') continue;  // an option's line
    size_t severity = line.find_first_not_of(' ', line.find(' '));
    if (column == std::string::npos) column = severity;
    EXPECT_EQ(severity, column) << line;
  }
  EXPECT_GT(column, std::string("no-repeat-item-in-description").size());
  Result json = Run({"--list-rules", "--format", "json"});
  EXPECT_EQ(json.exit_code, 0);
  nlohmann::json rules = nlohmann::json::parse(json.out)["rules"];
  ASSERT_FALSE(rules.empty());
  for (const nlohmann::json& rule : rules) {  // a rule's presets: the preset tags it has
    nlohmann::json presets = nlohmann::json::array();
    for (const auto& tag : rule["tags"])
      if (tag == "research" || tag == "awesome") presets.push_back(tag);
    EXPECT_EQ(rule["presets"], presets) << rule["id"];
    if (rule["id"] == "date-format") EXPECT_EQ(presets, nlohmann::json::array({"research"}));
    if (rule["id"] == "double-link") EXPECT_EQ(presets, nlohmann::json::array({"awesome"}));
  }
}

// --explain: every rule's page is in the binary; an unknown rule is named with the nearest.
TEST_F(CliTest, ExplainPrintsTheRulesPage) {
  Result list = Run({"--list-rules", "--format", "json"});
  nlohmann::json catalog = nlohmann::json::parse(list.out);  // (kept: the loop reads into it)
  for (const nlohmann::json& rule : catalog["rules"]) {
    std::string id = rule["id"];
    Result r = Run({"--explain", id});
    EXPECT_EQ(r.exit_code, 0) << id << r.err;
    EXPECT_EQ(r.out.rfind("# " + id + "\n", 0), 0u) << id;
    EXPECT_EQ(r.out, ReadFile(fs::path(AWESOMELINT_SOURCE_DIR) / "docs" / "rules" / (id + ".md")) +
                         "\n---\nTo silence " + id +
                         " on one line, put <!-- awesomelint-disable-next-line " + id +
                         " --> above it; for a whole file, \"" + id +
                         "\": \"off\" in .awesomelint.json (awesomelint --print-config FILE "
                         "shows what applies).\n")
        << id;
  }
  Result typo = Run({"--explain", "repo-helth"});
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_EQ(typo.err,
            "awesomelint: --explain: unknown rule 'repo-helth'; did you mean "
            "'repo-health'?\n");
}

TEST_F(CliTest, Version) {
  Result r = Run({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.starts_with("awesomelint ")) << r.out;
}

// --- configuration ----------------------------------------------------------

TEST_F(CliTest, ConfigIsFoundAboveTheFileAndApplied) {
  fs::create_directories(dir_ / "docs" / "lists");
  fs::copy_file(Fixture("planted-faults.md"), dir_ / "docs" / "lists" / "list.md");
  WriteFile(dir_ / ".awesomelint.json", R"({
    // Comments are allowed.
    "badge-target": false,
    "date-format": "warning",
    "entry": { "severity": "info" }
  })");
  Result r = Run({"--offline", "docs/lists/list.md"});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;  // arxiv-id and category-tag stay errors
  EXPECT_EQ(r.out.find("badge-target"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("warning Impossible date"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("info Unknown category tag"), std::string::npos) << r.out;
}

TEST_F(CliTest, EnableAndDisableOnTheCommandLine) {
  Result r = Run({"--offline", "--disable", "date-format", "--disable", "badge",
                  Fixture("planted-faults.md")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out.find("date-format"), std::string::npos);
  EXPECT_EQ(r.out.find("badge-target"), std::string::npos);
  EXPECT_NE(r.out.find("arxiv-id"), std::string::npos);
}

TEST_F(CliTest, BrokenConfigExitsTwoWithWhereAndWhy) {
  WriteFile(dir_ / "list.md", "# L\n");
  WriteFile(dir_ / ".awesomelint.json",
            "{\n  \"date-format\": true,\n  \"date-fromat\": false\n}\n");
  Result r = Run({"list.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(".awesomelint.json:3: unknown rule or tag \"date-fromat\"; did you mean "
                       "\"date-format\"?"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.out, "") << "nothing was linted, so nothing is reported";

  WriteFile(dir_ / ".awesomelint.json", "{ \"date-format\": { \"format\": \"dd.mm.yyyy\" } }");
  r = Run({"list.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown format \"dd.mm.yyyy\"; did you mean \"DD.MM.YYYY\"?"),
            std::string::npos)
      << r.err;

  WriteFile(dir_ / ".awesomelint.json", "{ \"date-format\": { \"formt\": \"DD.MM.YYYY\" } }");
  r = Run({"list.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("date-format has no option \"formt\"; did you mean \"format\"?"),
            std::string::npos)
      << r.err;

  WriteFile(dir_ / ".awesomelint.json", "{ \"date-format\": \"errror\" }");
  r = Run({"list.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown severity \"errror\"; did you mean \"error\"?"), std::string::npos)
      << r.err;

  WriteFile(dir_ / ".awesomelint.json", "{ \"date-format\": true,, }");
  r = Run({"list.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(".awesomelint.json: not valid JSON"), std::string::npos) << r.err;

  WriteFile(dir_ / ".awesomelint.json", "{ \"links\": { \"timout\": 5 } }");
  r = Run({"list.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown links option \"timout\"; did you mean \"timeout\"?"),
            std::string::npos)
      << r.err;
}

TEST_F(CliTest, UnknownRuleOnTheCommandLineExitsTwo) {
  Result r = Run({"--offline", "--disable", "date-formt", Fixture("research-list.md")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("did you mean \"date-format\"?"), std::string::npos) << r.err;
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Run({"--format", "xml", Fixture("research-list.md")}).exit_code, 2);
  EXPECT_EQ(Run({"--no-such-flag"}).exit_code, 2);
  Result r = Run({"--today", "2024-02-30", Fixture("research-list.md")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("YYYY-MM-DD"), std::string::npos) << r.err;
}

// Bad command lines, each with its exact message (issue 13, item 6): the tool's words,
// never the argument library's.
TEST_F(CliTest, BadCommandLinesSayWhatIsWrongInTheirOwnWords) {
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  std::vector<Case> cases = {
      {{"--offlien"}, "awesomelint: unknown option '--offlien'; did you mean '--offline'?\n"},
      {{"--format=jsn"},
       "awesomelint: --format: 'jsn' is not one of pretty, json, github, sarif, markdown; did you "
       "mean 'json'?\n"},
      {{"-f", "yaml"},
       "awesomelint: --format: 'yaml' is not one of pretty, json, github, sarif, "
       "markdown\n"},
      {{"-f", "1"},
       "awesomelint: --format: '1' is not one of pretty, json, github, sarif, "
       "markdown\n"},
      {{"--color", "2"}, "awesomelint: --color: '2' is not one of auto, always, never\n"},
      {{"--timeout", "abc"},
       "awesomelint: --timeout: must be a whole number of seconds from 1 to 3600, not \"abc\"\n"},
      {{"--max-annotations", "-1"},
       "awesomelint: --max-annotations: must be a whole number from 0 to 1000000, not -1\n"},
      {{"-x"}, "awesomelint: unknown option '-x'\n"},
      {{"--with-meta"}, "awesomelint: --with-meta adds to --dump-entries; give both\n"},
      {{"--fix", "--dump-entries"},
       "awesomelint: --fix cannot go with --dump-entries, which lints nothing to fix\n"},
      {{"--fix", "--list-rules"},
       "awesomelint: --fix cannot go with --list-rules, which lints nothing to fix\n"},
      {{"--fix", "--diff"},
       "awesomelint: --fix and --diff exclude each other: --diff prints what --fix would write\n"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = c.args;
    args.push_back(Fixture("research-list.md"));
    Result r = Run(args);
    EXPECT_EQ(r.exit_code, 2) << c.args[0];
    EXPECT_EQ(r.err, c.message + "(awesomelint --help lists the options)\n") << c.args[0];
    EXPECT_TRUE(r.out.empty()) << c.args[0];
  }
}

TEST_F(CliTest, DisableDefaultTurnsEveryRuleOffButThoseEnabled) {
  Result all = Run({"--offline", Fixture("planted-faults.md")});
  Result none = Run({"--offline", "--disable", "default", Fixture("planted-faults.md")});
  Result one = Run({"--offline", "--disable", "default", "--enable", "date-format",
                    Fixture("planted-faults.md")});
  EXPECT_EQ(all.exit_code, 1);
  EXPECT_EQ(none.exit_code, 0) << none.out;
  EXPECT_NE(none.out.find("No problems"), std::string::npos) << none.out;
  EXPECT_EQ(one.exit_code, 1);
  EXPECT_NE(one.out.find("[date-format]"), std::string::npos) << one.out;
  EXPECT_EQ(one.out.find("date-order"), std::string::npos) << one.out;
}

// A preset by name on the command line or in "extends"; the file's own settings win.
TEST_F(CliTest, PresetsAndExtendsChooseTheRules) {
  fs::create_directories(dir_ / ".git");
  WriteFile(dir_ / "README.md", ReadFile(Fixture("planted-faults.md")));
  Result plain = Run({"--offline", "README.md"});
  Result research = Run({"--offline", "--preset", "research", "README.md"});
  EXPECT_EQ(plain.out, research.out) << "research is the default";
  WriteFile(dir_ / "team.json", "{\"date-format\": \"off\"}");
  WriteFile(dir_ / ".awesomelint.json", "{\"extends\": [\"research\", \"./team.json\"]}");
  Result extended = Run({"--offline", "README.md"});
  EXPECT_EQ(extended.out.find("date-format"), std::string::npos) << extended.out;
  EXPECT_NE(plain.out.find("date-format"), std::string::npos) << plain.out;
  WriteFile(dir_ / "team.json", "{\"date-format\": \"of\"}");
  Result wrong = Run({"--offline", "README.md"});
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_NE(wrong.err.find((dir_ / "team.json").string() + ":1: unknown severity \"of\""),
            std::string::npos)
      << wrong.err;
}

// The awesome preset runs awesome-lint's rules under its ids — errors, the spell check
// warnings — and none of the research rules; a tag turned on leaves them off.
TEST_F(CliTest, TheAwesomePresetRunsAwesomeLintsRules) {
  fs::create_directories(dir_ / ".git");
  WriteFile(dir_ / "README.md",
            "# Awesome Things\n\n"
            "> Things.\n\n"
            "## Tools\n\n"
            "- [Tool](https://tool.example.org) - makes things with github and more.\n"
            "- [Other](https://tool.example.org) - Does it again.\n"
            "- [31.02.2024] [Dated](https://dated.example.org) - Research style.\n");
  Result r = Run({"--offline", "--preset", "awesome", "README.md"});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  for (const char* finding :
       {"README.md:1:1 error Missing Awesome badge next to the main heading [awesome-badge]",
        "README.md:1:1 error Missing file contributing.md [awesome-contributing]",
        "README.md:7:3 error Duplicate link: https://tool.example.org [double-link]",
        "README.md:8:3 error Duplicate link: https://tool.example.org [double-link]",
        "README.md:7:35 error List item description must start with valid casing "
        "[awesome-list-item]",
        "README.md:7:35 warning Text \"github\" should be written as \"GitHub\" (if referring "
        "to the technology) [awesome-spell-check]"})
    EXPECT_NE(r.out.find(finding), std::string::npos) << finding << "\n" << r.out;
  EXPECT_EQ(r.out.find("[date-format]"), std::string::npos) << r.out;
  WriteFile(dir_ / ".awesomelint.json", "{\"awesome\": true}");
  Result tag = Run({"--offline", "README.md"});
  EXPECT_EQ(tag.out.find("[awesome-"), std::string::npos) << "only a severity wakes them";
  Result named = Run({"--offline", "--no-config", "--enable", "awesome", "README.md"});
  EXPECT_NE(named.out.find("[awesome-badge]"), std::string::npos) << "--enable names them";
  WriteFile(dir_ / ".awesomelint.json", "{\"extends\": \"awesome\", \"double-link\": false}");
  Result configured = Run({"--offline", "README.md"});
  EXPECT_EQ(configured.out.find("[double-link]"), std::string::npos) << configured.out;
  EXPECT_NE(configured.out.find("[awesome-badge]"), std::string::npos) << configured.out;
}

// --print-config: every setting with where it came from; what it prints is a config
// that lints the file the same.
TEST_F(CliTest, PrintConfigSaysWhereEachValueCameFrom) {
  fs::create_directories(dir_ / ".git");
  WriteFile(dir_ / "README.md", ReadFile(Fixture("planted-faults.md")));
  WriteFile(dir_ / "base.json",
            "{\n  \"date-format\": \"off\",\n  \"links\": {\"max-retries\": 1}\n}\n");
  WriteFile(dir_ / ".awesomelint.json",
            "{\n  \"extends\": [\"research\", \"./base.json\"],\n  \"https\": \"info\"\n}\n");
  Result r = Run({"--print-config", "README.md", "--timeout", "7"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::string base = (dir_ / "base.json").string();
  for (const std::string& expected : std::vector<std::string>{
           "// The configuration for README.md: " + (dir_ / ".awesomelint.json").string() + "\n{\n",
           "  \"date-format\": \"off\",  // " + base + ":2\n",
           "  \"default\": false,  // preset research\n",
           "  \"https\": \"info\",  // " + (dir_ / ".awesomelint.json").string() + ":3\n",
           "    \"timeout\": 7,  // command line\n", "    \"max-retries\": 1,  // " + base + ":3\n",
           "    \"max-concurrency\": 128,  // default\n", "// Rules it runs (",
           ": arxiv-id error, "})
    EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out;
  EXPECT_EQ(r.out.find("date-format error"), std::string::npos) << "off: not among the rules";
  WriteFile(dir_ / "printed.json", r.out);
  Result as_printed = Run({"--offline", "--config", "printed.json", "README.md"});
  Result as_configured = Run({"--offline", "README.md"});
  EXPECT_EQ(as_printed.out, as_configured.out);
  EXPECT_EQ(as_printed.exit_code, as_configured.exit_code);
}

// --init writes the list's conventions out, adds no finding, never replaces a config.
TEST_F(CliTest, InitWritesAConfigThatMatchesTheList) {
  for (const char* fixture : {"research-list.md", "planted-faults.md"}) {
    fs::remove(dir_ / ".awesomelint.json");
    WriteFile(dir_ / "README.md", ReadFile(Fixture(fixture)));
    Result before = Run({"--offline", "--no-config", "README.md"});
    Result init = Run({"--init", "README.md"});
    EXPECT_EQ(init.exit_code, 0) << fixture << init.err;
    EXPECT_EQ(init.err, "awesomelint: wrote ./.awesomelint.json for README.md\n") << fixture;
    std::string config = ReadFile(dir_ / ".awesomelint.json");
    for (const char* part :
         {"\"$schema\": \"https://raw.githubusercontent.com/awesomelint/awesomelint/main/docs/"
          "awesomelint.schema.json\"",
          "// It reads as a research list: ", "\"extends\": \"research\"",
          "\"date-format\": {\"format\":\"DD.MM.YYYY\"}"})
      EXPECT_NE(config.find(part), std::string::npos) << fixture << ": " << part << "\n" << config;
    if (std::string(fixture) == "research-list.md")  // its order and its tags, written out
      for (const char* part : {"\"date-order\": {\"order\":\"newest-first\"}",
                               "\"category-tag\": {\"tags\":[\"Medical\",\"Pathology\"]}"})
        EXPECT_NE(config.find(part), std::string::npos) << part << "\n" << config;
    Result after = Run({"--offline", "README.md"});
    EXPECT_EQ(after.out, before.out) << fixture << ": the same findings, none new";
    Result again = Run({"--init", "README.md"});
    EXPECT_EQ(again.exit_code, 2);
    EXPECT_EQ(again.err,
              "awesomelint: ./.awesomelint.json: there is a config already; --init never replaces "
              "one (awesomelint --print-config README.md shows what applies)\n");
    EXPECT_EQ(ReadFile(dir_ / ".awesomelint.json"), config) << "untouched";
  }
  // A config further up applies to a list in a subdirectory: none is written to hide it.
  fs::create_directories(dir_ / "docs");
  WriteFile(dir_ / "docs" / "README.md", ReadFile(Fixture("research-list.md")));
  Result below = Run({"--init", "docs/README.md"});
  EXPECT_EQ(below.exit_code, 2);
  EXPECT_EQ(below.err, "awesomelint: docs/README.md: " + (dir_ / ".awesomelint.json").string() +
                           " applies to it already; --init writes none that would hide it "
                           "(awesomelint --print-config docs/README.md shows what applies)\n");
  EXPECT_FALSE(fs::exists(dir_ / "docs" / ".awesomelint.json"));
}

TEST_F(CliTest, AFileNamedTwiceIsLintedOnce) {
  WriteFile(dir_ / "README.md", ReadFile(Fixture("planted-faults.md")));
  fs::create_symlink("README.md", dir_ / "LINK.md");
  Result r = Run({"--offline", "README.md", "./README.md", "LINK.md"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("in 1 file ("), std::string::npos) << r.out;
}

// --fix on standard input: the fixed text on standard output, the report on stderr.
TEST_F(CliTest, FixOnStandardInputWritesTheFixedTextToStandardOutput) {
  std::string text =
      "# List\n\n- [28.02.2024] **Pathologgy**: [a](https://arxiv.org/abs/2401.00001)\n"
      "- [27.02.2024] **Pathology**: [b](https://arxiv.org/abs/2401.00002)\n"
      "- [26.02.2024] **Pathology**: [c](https://arxiv.org/abs/2401.00003)\n"
      "- [25.02.2024] **Pathology**: [d](https://arxiv.org/abs/2401.00004)\n";
  WriteFile(dir_ / "in.md", text);
  Result r = Run({"--offline", "--fix", "-"}, "", (dir_ / "in.md").string());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::string fixed = text;
  fixed.replace(fixed.find("Pathologgy"), 10, "Pathology");
  EXPECT_EQ(r.out, fixed);
  EXPECT_NE(r.err.find("No problems in 1 file"), std::string::npos) << r.err;
  EXPECT_EQ(ReadFile(dir_ / "in.md"), text) << "the input file is not touched";
}

// -o through a symlink (as /dev/stdout is one) writes its target and keeps the link.
TEST_F(CliTest, OutputThroughASymlinkKeepsTheLink) {
  fs::create_symlink("real.txt", dir_ / "link.txt");
  Result r = Run({"--offline", "-o", "link.txt", Fixture("planted-faults.md")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.txt"));
  EXPECT_NE(ReadFile(dir_ / "real.txt").find("[date-format]"), std::string::npos);
}

// --- bad input --------------------------------------------------------------

TEST_F(CliTest, MissingFileExitsTwo) {
  Result r = Run({"--offline", "nope.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "awesomelint: nope.md: No such file or directory\n");
}

TEST_F(CliTest, NoFileAndNoReadmeExitsTwo) {
  Result r = Run({"--offline"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no file given and no README.md here"), std::string::npos);
}

TEST_F(CliTest, DirectoryExitsTwo) {
  fs::create_directories(dir_ / "docs");
  Result r = Run({"--offline", "docs"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("docs: is a directory"), std::string::npos) << r.err;
}

TEST_F(CliTest, BinaryFileExitsTwo) {
  WriteFile(dir_ / "image.md", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  Result r = Run({"--offline", "image.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("image.md:3:1: a NUL byte: this looks like a binary file"),
            std::string::npos)
      << r.err;
}

TEST_F(CliTest, InvalidUtf8ExitsTwoWithItsPosition) {
  WriteFile(dir_ / "latin1.md", "# Caf\xc3\xa9\n\n- [Na\xefve](https://example.org)\n");
  Result r = Run({"--offline", "latin1.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "awesomelint: latin1.md:3:6: invalid UTF-8 (byte 0xef); save the file as UTF-8\n");
}

TEST_F(CliTest, Utf16ExitsTwo) {
  WriteFile(dir_ / "utf16.md", std::string("\xff\xfe#\0 \0L\0", 8));
  Result r = Run({"--offline", "utf16.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("UTF-16; save it as UTF-8"), std::string::npos) << r.err;
}

TEST_F(CliTest, EmptyFileIsLintedNormally) {
  WriteFile(dir_ / "empty.md", "");
  Result r = Run({"--offline", "empty.md"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "No problems in 1 file (0 entries)\n");
}

TEST_F(CliTest, HugeFileExitsTwoUnlessTheLimitIsRaised) {
  // 50 MB of list entries.
  std::string line = "* [12.06.2024] **Pathology**: [A model](https://example.org/models/1)\n";
  {
    std::ofstream out(dir_ / "huge.md", std::ios::binary);
    for (size_t written = 0; written < 50u * 1024 * 1024; written += line.size()) out << line;
  }
  Result r = Run({"--offline", "huge.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(
      r.err.find("huge.md: the file is 50.0 MB (limit 16.0 MB); raise it with --max-file-size"),
      std::string::npos)
      << r.err;
  EXPECT_EQ(Run({"--offline", "--max-file-size", "1K", Fixture("research-list.md")}).exit_code, 2);
}

TEST_F(CliTest, BadFileDoesNotStopTheOthers) {
  Result r = Run({"--offline", "nope.md", Fixture("planted-faults.md")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.out.find("4 errors"), std::string::npos) << r.out;
}

TEST_F(CliTest, MalformedMarkdownAndUrlsDoNotCrash) {
  WriteFile(dir_ / "odd.md",
            "# [unclosed\n\n- [a](http://[::1\n- [b](https://exa mple.org)\n- <http://>\n"
            "- [c](https://arxiv.org/abs/)\n| a |\n|---|\n| [x](#) |\n"
            "[![](x)](y) ![]() [][] [x][missing]\n<a href=\"\n<img src='\n");
  Result r = Run({"--offline", "odd.md"});
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.exit_code << r.err;
}

// --- fixing -----------------------------------------------------------------

TEST_F(CliTest, FixRewritesTheFileAndReportsWhatIsLeft) {
  WriteFile(
      dir_ / "list.md",
      "# L\n\n* [12.06.2024] [A](https://example.org/a)\n* [2024-05-22] "
      "[B](http://github.com/o/b)\n"
      "* [21.05.2024] [C](https://example.org/c)\n* [31.02.2024] [D](https://example.org/d)\n");
  Result r = Run({"--offline", "--fix", "list.md"});
  EXPECT_EQ(r.exit_code, 1);  // the impossible date cannot be fixed
  EXPECT_EQ(r.err, "awesomelint: list.md: fixed 2 problems\n");
  EXPECT_EQ(
      ReadFile(dir_ / "list.md"),
      "# L\n\n* [12.06.2024] [A](https://example.org/a)\n* [22.05.2024] "
      "[B](https://github.com/o/b)\n"
      "* [21.05.2024] [C](https://example.org/c)\n* [31.02.2024] [D](https://example.org/d)\n");
  EXPECT_NE(r.out.find("1 error, 0 warnings"), std::string::npos) << r.out;
  for (const auto& entry : fs::directory_iterator(dir_))  // no temporary file left behind
    EXPECT_FALSE(entry.path().filename().string().find("awesomelint-") != std::string::npos)
        << entry.path();
}

// --diff prints what --fix would write, as a patch `git apply` takes, and writes
// nothing; its exit status is the one without --fix.
TEST_F(CliTest, DiffPrintsWhatFixWouldWriteAndWritesNothing) {
  std::string list = "# L\n\n## S\n\n";
  for (std::string date : {"2024-06-01", "2024-05-01", "2024-09-01", "2024-04-01", "2024-03-01",
                           "2024-02-01", "2024-01-01", "2023-12-01"})
    list += "- [" + date + "] [E " + date + "](https://e.example/" + date + ")\n";
  list += "- [31.02.2024] [Impossible](https://example.org/d)\n";
  WriteFile(dir_ / "list.md", list);
  Result r = Run({"--offline", "--diff", "list.md"});
  EXPECT_EQ(r.exit_code, 1);  // as without --fix: the findings stand
  EXPECT_EQ(ReadFile(dir_ / "list.md"), list);
  EXPECT_EQ(r.out,
            "--- a/list.md\n+++ b/list.md\n"
            "@@ -2,9 +2,9 @@\n \n ## S\n \n"
            "+- [2024-09-01] [E 2024-09-01](https://e.example/2024-09-01)\n"
            " - [2024-06-01] [E 2024-06-01](https://e.example/2024-06-01)\n"
            " - [2024-05-01] [E 2024-05-01](https://e.example/2024-05-01)\n"
            "-- [2024-09-01] [E 2024-09-01](https://e.example/2024-09-01)\n"
            " - [2024-04-01] [E 2024-04-01](https://e.example/2024-04-01)\n"
            " - [2024-03-01] [E 2024-03-01](https://e.example/2024-03-01)\n"
            " - [2024-02-01] [E 2024-02-01](https://e.example/2024-02-01)\n");
  WriteFile(dir_ / "fix.patch", r.out);
  Result fixed = Run({"--offline", "--fix", "list.md"});
  std::string after_fix = ReadFile(dir_ / "list.md");
  WriteFile(dir_ / "list.md", list);
  ASSERT_EQ(std::system(("cd '" + dir_.string() + "' && git apply fix.patch").c_str()), 0);
  EXPECT_EQ(ReadFile(dir_ / "list.md"), after_fix);

  Result none = Run({"--offline", "--diff", "--disable", "date-order,date-format", "list.md"});
  EXPECT_EQ(none.exit_code, 0);
  EXPECT_EQ(none.out, "");
  Result both = Run({"--offline", "--diff", "--fix", "list.md"});
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_NE(both.err.find("--fix and --diff exclude each other"), std::string::npos) << both.err;
}

// --fix through a symlink fixes its target and keeps the link; the file's mode
// and owner stay; a file with other hard links is refused, both names intact.
TEST_F(CliTest, FixKeepsSymlinksModeAndOwnerAndRefusesHardLinks) {
  const std::string before = "# L\n\n* [B](http://github.com/o/b)\n";
  const std::string after = "# L\n\n* [B](https://github.com/o/b)\n";
  fs::create_directory(dir_ / "real");
  WriteFile(dir_ / "real" / "list.md", before);
  fs::create_symlink("real/list.md", dir_ / "list.md");
  fs::permissions(dir_ / "real" / "list.md", fs::perms(0640));
  bool root = geteuid() == 0;
  if (root) ASSERT_EQ(chown((dir_ / "real" / "list.md").c_str(), 4321, 8765), 0);
  Result r = Run({"--offline", "--fix", "list.md"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_symlink(dir_ / "list.md"));
  EXPECT_EQ(ReadFile(dir_ / "real" / "list.md"), after);
  struct stat info {};
  ASSERT_EQ(stat((dir_ / "real" / "list.md").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0640u);
  if (root) {
    EXPECT_EQ(info.st_uid, 4321u);
    EXPECT_EQ(info.st_gid, 8765u);
  }

  WriteFile(dir_ / "linked.md", before);
  fs::create_hard_link(dir_ / "linked.md", dir_ / "other-name.md");
  r = Run({"--offline", "--fix", "linked.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("linked.md: not fixed: it has 2 hard links"), std::string::npos) << r.err;
  EXPECT_EQ(ReadFile(dir_ / "linked.md"), before);
  EXPECT_EQ(fs::hard_link_count(dir_ / "linked.md"), 2u);
}

// Standard input is read up to the size limit, no further: an endless stream
// is refused, not read until memory runs out.
TEST_F(CliTest, EndlessStandardInputStopsAtTheSizeLimit) {
  Result r = Run({"--offline", "--max-file-size", "1M", "-"}, "", "/dev/zero");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("-: the input is"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("raise it with --max-file-size"), std::string::npos) << r.err;
}

// A report that cannot be written is exit 2 with the path and the reason, never
// a silent 0: a full device for -o, --report and standard output, a directory
// that cannot hold a file.
TEST_F(CliTest, UnwritableReportIsExitTwo) {
  WriteFile(dir_ / "list.md", "# L\n\n- [A](https://example.org/a) - A.\n");
  Result r = Run({"--offline", "-o", "/dev/full", "list.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/dev/full: cannot write the report: No space left on device"),
            std::string::npos)
      << r.err;
  r = Run({"--offline", "--report", "json=/dev/full", "list.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/dev/full: cannot write the report"), std::string::npos) << r.err;
  r = Collect(std::system((Command({"--offline", "list.md"}, "", "") + " >/dev/full").c_str()));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("standard output: cannot write the report: No space left on device"),
            std::string::npos)
      << r.err;
  r = Collect(std::system(
      (Command({"--offline", "--dump-entries", "list.md"}, "", "") + " >/dev/full").c_str()));
  EXPECT_EQ(r.exit_code, 2);
  r = Run({"--offline", "-o", "/proc/version", "list.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/proc/version"), std::string::npos) << r.err;
  r = Run({"--offline", "-o", "no-such-dir/report.txt", "list.md"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no-such-dir/report.txt: cannot write the report"), std::string::npos)
      << r.err;
}

// --- the option table ----------------------------------------------------------

// --help (and so the man page help2man makes from it) lists exactly the table's
// flags, once each.
TEST_F(CliTest, HelpListsEveryOptionOfTheTableOnce) {
  Result r = Run({"--help"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::multiset<std::string> listed;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    size_t at = line.find_first_not_of(' ');
    if (at != 2 || line[at] != '-') continue;  // option lines start with "  -"
    std::string names = line.substr(at, line.find_first_of(" \t", at) - at);
    std::istringstream split(names);
    for (std::string name; std::getline(split, name, ',');) listed.insert(name);
  }
  std::multiset<std::string> declared = {"-h", "--help", "--version"};
  for (const awesomelint::OptionSpec& spec : awesomelint::OptionTable()) {
    if (!spec.flag.empty()) declared.insert(std::string(spec.flag));
    if (!spec.short_flag.empty()) declared.insert(std::string(spec.short_flag));
  }
  EXPECT_EQ(listed, declared) << r.out;
}

}  // namespace