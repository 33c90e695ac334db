// --report: one run, several reports (the GitHub Action writes annotations,
// the job summary, JSON and SARIF from a single link check).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli/cli_fixture.h"

namespace {

using namespace awesomelint::testing;

TEST_F(CliTest, SeveralReportsFromOneRun) {
  WriteFile(dir_ / "summary.md", "# Earlier steps\n\n");
  WriteFile(dir_ / "report.json", "stale");
  Result r = Run({"--offline", "--format", "github", "--report", "json=report.json", "--report",
                  "markdown+=summary.md", "--report", "pretty=-", Fixture("planted-faults.md")},
                 "GITHUB_SERVER_URL=https://github.example GITHUB_REPOSITORY=o/r GITHUB_SHA=f00");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.out.rfind("::error file=", 0), 0u) << "the primary report first: " << r.out;
  EXPECT_NE(r.out.find("4 errors, 0 warnings"), std::string::npos) << "then pretty on stdout";

  nlohmann::json json = nlohmann::json::parse(ReadFile(dir_ / "report.json"), nullptr, false);
  ASSERT_FALSE(json.is_discarded()) << "replaced, not appended to";
  EXPECT_EQ(json["diagnostics"].size(), 4u);
  std::string summary = ReadFile(dir_ / "summary.md");
  EXPECT_EQ(summary.rfind("# Earlier steps\n\n## ❌ awesomelint: 4 errors", 0), 0u) << summary;
  EXPECT_NE(summary.find("](https://github.example/o/r/blob/f00/"), std::string::npos)
      << "findings link to their lines";
}

TEST_F(CliTest, AReportThatCannotBeWrittenIsExitTwoAndTheOthersAreWritten) {
  Result r = Run({"--offline", "--format", "json", "--report", "sarif=missing/dir/r.sarif",
                  "--report", "markdown=r.md", Fixture("planted-faults.md")});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("missing/dir/r.sarif"), std::string::npos) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["diagnostics"].size(), 4u);
  EXPECT_NE(ReadFile(dir_ / "r.md").find("| Rule | Errors |"), std::string::npos);
}

TEST_F(CliTest, ReportsEachFormatToItsFile) {
  Result r = Run({"--offline", "--format", "json", "--report", "sarif=r.sarif", "--report",
                  "github=r.txt", "--report", "markdown=r.md", Fixture("planted-faults.md")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["diagnostics"].size(), 4u);
  EXPECT_EQ(nlohmann::json::parse(ReadFile(dir_ / "r.sarif"))["runs"][0]["results"].size(), 4u);
  EXPECT_EQ(ReadFile(dir_ / "r.txt").rfind("::error file=", 0), 0u);
  EXPECT_NE(ReadFile(dir_ / "r.md").find("| Rule | Errors |"), std::string::npos);
}

TEST_F(CliTest, BadReportTargetsAreUsageErrors) {
  for (const char* bad : {"marksown=x.md", "markdown", "sarif=", "=x"}) {
    Result r = Run({"--offline", "--report", bad, Fixture("planted-faults.md")});
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_TRUE(r.out.empty()) << bad;
    EXPECT_NE(r.err.find("--report"), std::string::npos) << r.err;
  }
  Result typo = Run({"--offline", "--report", "marksown=x.md", Fixture("planted-faults.md")});
  EXPECT_NE(typo.err.find("did you mean 'markdown'?"), std::string::npos) << typo.err;
}

TEST_F(CliTest, MaxAnnotations) {
  Result limited = Run(
      {"--offline", "--format", "github", "--max-annotations", "1", Fixture("planted-faults.md")});
  EXPECT_EQ(limited.exit_code, 1);
  size_t commands = 0, plain = 0;
  std::stringstream lines(limited.out);
  for (std::string line; std::getline(lines, line);) {
    commands += line.rfind("::error ", 0) == 0;
    plain += line.rfind("  ", 0) == 0;
  }
  EXPECT_EQ(commands, 1u) << limited.out;
  EXPECT_EQ(plain, 3u) << limited.out;
  EXPECT_NE(limited.out.find("3 more findings above are not annotated"), std::string::npos);
}

TEST_F(CliTest, EveryFormatHasTheSameExitCodes) {
  WriteFile(dir_ / "warnings.md", "# L\n\n- [GitHub](http://github.com/o/r)\n");
  for (const char* format : {"pretty", "json", "github", "sarif", "markdown"}) {
    auto run = [&](const std::string& file) {
      return Run({"--offline", "--no-config", "--format", format, file});
    };
    Result clean = run(Fixture("research-list.md"));
    EXPECT_EQ(clean.exit_code, 0) << format << ": " << clean.err;
    EXPECT_EQ(run("warnings.md").exit_code, 0) << format << ": warnings do not fail";
    Result errors = run(Fixture("planted-faults.md"));
    EXPECT_EQ(errors.exit_code, 1) << format << ": " << errors.err;
    EXPECT_FALSE(errors.out.empty()) << format;
    Result missing = run("missing.md");
    EXPECT_EQ(missing.exit_code, 2) << format;
    EXPECT_NE(missing.err.find("missing.md"), std::string::npos) << format << ": " << missing.err;
    if (std::string_view(format) == "json" || std::string_view(format) == "sarif") {
      EXPECT_FALSE(nlohmann::json::parse(clean.out, nullptr, false).is_discarded()) << format;
      EXPECT_FALSE(nlohmann::json::parse(errors.out, nullptr, false).is_discarded()) << format;
    }
  }
}

TEST_F(CliTest, ReportFormatNamesIgnoreCaseLikeFormat) {
  Result r = Run({"--offline", "--no-config", "--format", "JSON", "--report", "SARIF=r.sarif",
                  Fixture("planted-faults.md")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(nlohmann::json::parse(ReadFile(dir_ / "r.sarif"))["version"], "2.1.0");
}

TEST_F(CliTest, AnAppendedSummaryStartsOnItsOwnLine) {
  WriteFile(dir_ / "summary.md", "Earlier text without a newline");
  Result r = Run({"--offline", "--no-config", "--report", "markdown+=summary.md",
                  Fixture("research-list.md")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFile(dir_ / "summary.md"),
            "Earlier text without a newline\n## ✅ awesomelint: no problems\n\n1 file, 8 "
            "entries.\n\n");
}

}  // namespace
