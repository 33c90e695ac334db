// The reporters on hand-made runs: GitHub workflow commands (escaping, the
// per-level annotation limit), SARIF's required shape, the markdown summary.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "awesomelint/entries/entries.h"
#include "awesomelint/report/report.h"
#include "report/json_writer.h"

namespace awesomelint {
namespace {

Diagnostic Finding(std::string rule, Severity severity, std::string message, int line,
                   int column = 3) {
  Diagnostic d;
  d.rule = std::move(rule);
  d.severity = severity;
  d.message = std::move(message);
  d.begin = {line, column};
  d.end = {line, column + 5};
  return d;
}

// Reverses GitHub's escaping: %25 %0D %0A %3A %2C.
std::string Unescape(std::string text) {
  static const std::map<std::string, char> kCodes = {
      {"%25", '%'}, {"%0D", '\r'}, {"%0A", '\n'}, {"%3A", ':'}, {"%2C", ','}};
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    auto it = i + 3 <= text.size() ? kCodes.find(text.substr(i, 3)) : kCodes.end();
    if (it != kCodes.end()) {
      out += it->second;
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

struct Command {
  std::string level;
  std::map<std::string, std::string> properties;
  std::string message;
};

// Parses a line the way the Actions runner does: "::NAME PROPS::DATA", properties
// split on ',' and '=' before unescaping.
std::optional<Command> ParseCommand(const std::string& line) {
  static const std::regex kCommand(R"(^::(error|warning|notice) ([^:]*)::(.*)$)");
  std::smatch m;
  if (!std::regex_match(line, m, kCommand)) return std::nullopt;
  Command command{m[1], {}, Unescape(m[3])};
  std::stringstream properties(m[2]);
  for (std::string pair; std::getline(properties, pair, ',');) {
    size_t equals = pair.find('=');
    if (equals == std::string::npos) return std::nullopt;
    command.properties[pair.substr(0, equals)] = Unescape(pair.substr(equals + 1));
  }
  return command;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Whether the Actions runner would take the line for a command: "::" after
// leading blanks, or the old "##[" anywhere (ActionCommand.TryParseV2, TryParse).
bool RunnerSeesCommand(const std::string& line) {
  size_t start = line.find_first_not_of(" \t");
  return (start != std::string::npos && line.compare(start, 2, "::") == 0) ||
         line.find("##[") != std::string::npos;
}

TEST(GithubReportTest, EveryEscapedCharacterRoundTrips) {
  RunReport report;
  const std::string path = "lists/a,b:c%d.md";
  const std::string message = "100% sure\r\nnext line: a, b :: c";
  report.files.push_back({path, 1, {Finding("date-format", Severity::kError, message, 12, 4)}});
  std::ostringstream out;
  WriteGithub(out, report);
  std::vector<std::string> lines = Lines(out.str());
  ASSERT_EQ(lines.size(), 1u) << out.str() << "(CR and LF are escaped: one line)";
  static const std::regex kAnnotation(
      R"(^::(error|warning|notice) file=([^,:]*),line=(\d+),col=(\d+),endLine=(\d+),)"
      R"(endColumn=(\d+),title=([^,:]*)::(.*)$)");
  std::smatch parts;
  ASSERT_TRUE(std::regex_match(lines[0], parts, kAnnotation)) << lines[0];
  EXPECT_EQ(Unescape(parts[2]), path);
  EXPECT_EQ(Unescape(parts[8]), message);
  std::optional<Command> command = ParseCommand(lines[0]);
  ASSERT_TRUE(command) << lines[0];
  EXPECT_EQ(command->level, "error");
  EXPECT_EQ(command->properties["file"], path);
  EXPECT_EQ(command->properties["line"], "12");
  EXPECT_EQ(command->properties["col"], "4");
  EXPECT_EQ(command->properties["endLine"], "12");
  EXPECT_EQ(command->properties["endColumn"], "9");
  EXPECT_EQ(command->properties["title"], "date-format");
  EXPECT_EQ(command->message, message);
}

TEST(GithubReportTest, EscapingOfDataAndProperties) {
  EXPECT_EQ(EscapeGithubData("a%b\rc\nd:e,f"), "a%25b%0Dc%0Ad:e,f");
  EXPECT_EQ(EscapeGithubProperty("a%b\rc\nd:e,f"), "a%25b%0Dc%0Ad%3Ae%2Cf");
}

TEST(GithubReportTest, TenAnnotationsPerLevelThenPlainLines) {
  RunReport report;
  FileReport file{"README.md", 40, {}};
  for (int i = 1; i <= 12; ++i)
    file.diagnostics.push_back(Finding("date-format", Severity::kError, "bad date", i));
  for (int i = 20; i < 23; ++i)
    file.diagnostics.push_back(Finding("https", Severity::kWarning, "use https", i));
  file.diagnostics.push_back(
      Finding("duplicate-link", Severity::kError, "::error::injected\n::warning::x", 30));
  report.files.push_back(file);

  std::ostringstream limited;
  WriteGithub(limited, report);
  std::map<std::string, int> commands;
  int plain = 0;
  for (const std::string& line : Lines(limited.str())) {
    if (std::optional<Command> command = ParseCommand(line))
      ++commands[command->level];
    else if (line.rfind("  README.md:", 0) == 0)
      ++plain;
    else
      EXPECT_EQ(line.rfind("awesomelint: 3 more findings above are not annotated (at most 10 "
                           "annotations per level)",
                           0),
                0u)
          << line;
    EXPECT_NE(line.rfind("::", 0) == 0, ParseCommand(line) == std::nullopt) << line;
  }
  EXPECT_EQ(commands["error"], 10);
  EXPECT_EQ(commands["warning"], 3);
  EXPECT_EQ(plain, 3) << limited.str();
  EXPECT_NE(limited.str().find("  README.md:30:3 error ::error::injected%0A"), std::string::npos)
      << "a plain line cannot start a command: " << limited.str();

  std::ostringstream unlimited;
  WriteGithub(unlimited, report, 0);
  EXPECT_EQ(Lines(unlimited.str()).size(), 16u);
  for (const std::string& line : Lines(unlimited.str())) EXPECT_TRUE(ParseCommand(line)) << line;
}

TEST(GithubReportTest, PlainLinesCannotBeTakenForCommands) {
  RunReport report;
  const std::string message = "see ##[stop-commands]token and ##[add-mask]x";
  report.files.push_back({"::warning file=x::y,z.md",
                          2,
                          {Finding("empty-link", Severity::kError, message, 3),
                           Finding("empty-link", Severity::kError, message, 4)}});
  std::ostringstream out;
  WriteGithub(out, report, 1);
  std::vector<std::string> lines = Lines(out.str());
  ASSERT_EQ(lines.size(), 3u) << out.str();
  std::optional<Command> annotation = ParseCommand(lines[0]);
  ASSERT_TRUE(annotation) << lines[0];
  EXPECT_EQ(annotation->properties["file"], "::warning file=x::y,z.md");
  EXPECT_EQ(annotation->message, message);
  EXPECT_FALSE(RunnerSeesCommand(lines[1])) << lines[1];
  EXPECT_EQ(lines[1],
            "  %3A%3Awarning file=x%3A%3Ay%2Cz.md:4:3 error see ##%5Bstop-commands]token "
            "and ##%5Badd-mask]x [empty-link]");
  EXPECT_FALSE(RunnerSeesCommand(lines[2])) << lines[2];
  EXPECT_NE(lines[2].find("(at most 1 annotation per level)"), std::string::npos) << lines[2];
}

TEST(SarifReportTest, RulesWithHelpAndOneResultPerFinding) {
  RuleMeta date{"date-format", "Dates exist", {"entry"}, Severity::kError, true, {}};
  RuleMeta https{"https", "Use https", {"links"}, Severity::kWarning, true, {}};
  RunReport report;
  report.rules = {&date, &https};
  report.files.push_back({"docs/my list.md",
                          3,
                          {Finding("https", Severity::kWarning, "use https", 7, 10),
                           Finding("date-format", Severity::kError, "bad date", 9, 2)}});
  report.files.push_back({"/abs/README.md", 1, {Finding("https", Severity::kInfo, "note", 1)}});
  std::ostringstream out;
  WriteSarif(out, report, "9.9.9");
  nlohmann::json sarif = nlohmann::json::parse(out.str());
  EXPECT_EQ(sarif["version"], "2.1.0");
  EXPECT_NE(sarif["$schema"].get<std::string>().find("sarif-2.1.0"), std::string::npos);
  ASSERT_EQ(sarif["runs"].size(), 1u);
  const auto& run = sarif["runs"][0];
  const auto& driver = run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "awesomelint");
  EXPECT_EQ(driver["version"], "9.9.9");
  EXPECT_EQ(driver["informationUri"], std::string(kProjectUrl));
  ASSERT_EQ(driver["rules"].size(), 2u);
  EXPECT_EQ(driver["rules"][1]["id"], "https");
  EXPECT_EQ(driver["rules"][1]["shortDescription"]["text"], "Use https");
  EXPECT_EQ(driver["rules"][1]["helpUri"], RuleHelpUri("https"));
  EXPECT_EQ(driver["rules"][1]["defaultConfiguration"]["level"], "warning");

  ASSERT_EQ(run["results"].size(), 3u);
  const auto& first = run["results"][0];
  EXPECT_EQ(first["ruleId"], "https");
  EXPECT_EQ(first["ruleIndex"], 1);
  EXPECT_EQ(first["level"], "warning");
  EXPECT_EQ(first["message"]["text"], "use https");
  const auto& location = first["locations"][0]["physicalLocation"];
  EXPECT_EQ(location["artifactLocation"]["uri"], "docs/my%20list.md");
  EXPECT_EQ(location["artifactLocation"]["uriBaseId"], "%SRCROOT%");
  EXPECT_EQ(location["region"]["startLine"], 7);
  EXPECT_EQ(location["region"]["startColumn"], 10);
  EXPECT_EQ(location["region"]["endLine"], 7);
  EXPECT_EQ(location["region"]["endColumn"], 15);
  EXPECT_EQ(run["results"][1]["ruleIndex"], 0);
  EXPECT_EQ(run["results"][1]["level"], "error");
  EXPECT_EQ(run["results"][2]["level"], "note");
  EXPECT_EQ(run["results"][2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "file:///abs/README.md");
}

// What nlohmann::json::dump(2) writes of the same document: the streamed reports' layout.
std::string Redumped(const std::string& text) {
  return nlohmann::ordered_json::parse(text).dump(
             2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
         "\n";
}

// A link check that found http://example.com/a broken (404), written at `where` in a.md.
LinkReport OneBrokenLink(Position where) {
  LinkReport links;
  LinkResult result;
  result.url = "http://example.com/a";
  result.verdict = LinkVerdict::kBroken;
  result.http_status = 404;
  result.provider = "http";
  result.locations.push_back({"a.md", 0, where, {}});
  links.results.push_back(result);
  return links;
}

TEST(JsonWriterTest, LaysOutAsDumpDoes) {
  nlohmann::ordered_json item = {{"text", "two\nlines \"quoted\""}, {"n", 1.5}, {"none", nullptr}};
  std::ostringstream out;
  JsonWriter json(out);
  json.BeginObject();
  json.Member("version", 1);
  json.BeginArray("empty");
  json.End();
  json.BeginObject("nothing");
  json.End();
  json.BeginArray("items");
  json.Element(item);
  json.BeginObject();
  json.Member("key \"x\"", nlohmann::ordered_json::array({1, 2}));
  json.BeginArray("inner");
  json.Element(nlohmann::ordered_json::object());
  json.Element(item);
  json.End();
  json.End();
  json.Element(nlohmann::ordered_json::array());
  json.End();
  json.Member("last", "\xC3\x28 invalid UTF-8");
  json.End();

  nlohmann::ordered_json whole = {
      {"version", 1},
      {"empty", nlohmann::ordered_json::array()},
      {"nothing", nlohmann::ordered_json::object()},
      {"items",
       {item,
        {{"key \"x\"", {1, 2}}, {"inner", {nlohmann::ordered_json::object(), item}}},
        nlohmann::ordered_json::array()}},
      {"last", "\xC3\x28 invalid UTF-8"}};
  EXPECT_EQ(out.str(),
            whole.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
}

TEST(JsonWriterTest, StreamedReportsAreLaidOutAsOneDocumentWouldBe) {
  RuleMeta https{"https", "Use https", {"links"}, Severity::kWarning, true, {}};
  RunReport report;
  report.rules = {&https};
  Diagnostic fixable = Finding("https", Severity::kWarning, "use https", 7, 10);
  fixable.fix = Fix{Span{4, 8}, "https"};
  report.files.push_back({"a.md", 3, {fixable, Finding("https", Severity::kInfo, "note", 9)}});
  report.files.push_back({"empty.md", 0, {}});
  LinkReport links = OneBrokenLink({7, 10});
  for (bool with_links : {false, true}) {
    report.links = with_links ? &links : nullptr;
    std::ostringstream json, sarif;
    WriteJson(json, report);
    WriteSarif(sarif, report, "1.0");
    EXPECT_EQ(json.str(), Redumped(json.str()));
    EXPECT_EQ(sarif.str(), Redumped(sarif.str()));
  }
  RunReport nothing;
  std::ostringstream json, sarif;
  WriteJson(json, nothing);
  WriteSarif(sarif, nothing, "1.0");
  EXPECT_EQ(json.str(), Redumped(json.str()));
  EXPECT_EQ(sarif.str(), Redumped(sarif.str()));

  ParsedFile list =
      ParseFile("list.md",
                "# List\n\n## Models\n\n"
                "* [12.06.2024] **Pathology**: [A](https://arxiv.org/abs/2405.12971)\n"
                "* [13.06.2024] [B](https://github.com/o/r)\n\n"
                "<table><tr><td><a href=\"https://x.org\">x</a></td></tr></table>\n");
  ParsedFile empty = ParseFile("empty.md", "");
  for (const std::vector<const ParsedFile*>& files :
       {std::vector<const ParsedFile*>{&list, &empty}, std::vector<const ParsedFile*>{}}) {
    std::ostringstream entries;
    WriteEntries(entries, files);
    EXPECT_EQ(entries.str(), Redumped(entries.str()));
  }
}

TEST(JsonReportTest, MembersInTheirOrder) {
  RunReport report;
  Diagnostic fixable = Finding("https", Severity::kWarning, "use https", 2, 3);
  fixable.fix = Fix{Span{4, 8}, "https"};
  report.files.push_back({"a.md", 1, {fixable}});
  LinkReport links = OneBrokenLink({2, 3});
  links.finished = true;
  report.links = &links;
  std::ostringstream out;
  WriteJson(out, report);
  EXPECT_EQ(out.str(), R"({
  "version": 1,
  "files": [
    {
      "path": "a.md",
      "entries": 1
    }
  ],
  "diagnostics": [
    {
      "file": "a.md",
      "line": 2,
      "column": 3,
      "end_line": 2,
      "end_column": 8,
      "rule": "https",
      "severity": "warning",
      "message": "use https",
      "fix": {
        "offset": 4,
        "length": 4,
        "replacement": "https"
      }
    }
  ],
  "links": [
    {
      "url": "http://example.com/a",
      "status": "broken",
      "http_status": 404,
      "provider": "http",
      "locations": [
        {
          "file": "a.md",
          "line": 2,
          "column": 3
        }
      ]
    }
  ],
  "summary": {
    "files": 1,
    "entries": 1,
    "errors": 0,
    "warnings": 1,
    "infos": 0,
    "links": {
      "broken": 1
    },
    "link_check": {
      "finished": true,
      "interrupted": false,
      "no_network": false,
      "requests": 0,
      "seconds": 0.0,
      "hosts": [],
      "budgets": []
    }
  }
}
)");
}

TEST(MarkdownReportTest, OutcomeCountsAndLinkedLines) {
  RunReport report;
  report.files.push_back({"docs/my list.md",
                          3,
                          {Finding("date-format", Severity::kError, "bad | date `x` <b>", 9, 2),
                           Finding("https", Severity::kWarning, "use https", 11)}});
  LinkReport links;
  links.results.resize(3);
  links.results[0].verdict = LinkVerdict::kAlive;
  links.results[1].verdict = LinkVerdict::kAlive;
  links.results[2].verdict = LinkVerdict::kBroken;
  report.links = &links;
  std::ostringstream out;
  WriteMarkdown(out, report, "https://github.com/o/r/blob/abc123/");
  std::string text = out.str();
  EXPECT_EQ(text.rfind("## ❌ awesomelint: 1 error, 1 warning, 0 notes\n", 0), 0u) << text;
  EXPECT_NE(text.find("1 file, 3 entries, 3 links checked."), std::string::npos) << text;
  EXPECT_NE(text.find("| alive | 2 |"), std::string::npos) << text;
  EXPECT_NE(text.find("| broken | 1 |"), std::string::npos) << text;
  EXPECT_NE(text.find("| [date-format](" + RuleHelpUri("date-format") + ") | 1 | 0 | 0 |"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("| [docs/my list.md:9:2](https://github.com/o/r/blob/abc123/"
                      "docs/my%20list.md#L9) | error | [date-format]("),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("| bad \\| date \\`x\\` &lt;b&gt; |"), std::string::npos) << text;

  // Backslashes are escaped too, or "a\|b" would lose its backslash to the pipe.
  RunReport backslashes;
  backslashes.files.push_back(
      {"README.md", 1, {Finding("https", Severity::kError, "a\\|b c\\", 1)}});
  std::ostringstream escaped;
  WriteMarkdown(escaped, backslashes);
  EXPECT_NE(escaped.str().find("| a\\\\\\|b c\\\\ |\n"), std::string::npos) << escaped.str();

  std::ostringstream plain;
  WriteMarkdown(plain, report);
  EXPECT_NE(plain.str().find("| docs/my list.md:9:2 | error |"), std::string::npos) << plain.str();
}

TEST(MarkdownReportTest, CleanRunAndLongRuns) {
  RunReport clean;
  clean.files.push_back({"README.md", 12, {}});
  std::ostringstream ok;
  WriteMarkdown(ok, clean);
  EXPECT_EQ(ok.str(), "## ✅ awesomelint: no problems\n\n1 file, 12 entries.\n\n");
  clean.files[0].entries = 1;
  std::ostringstream one;
  WriteMarkdown(one, clean);
  EXPECT_NE(one.str().find("1 file, 1 entry."), std::string::npos) << one.str();

  RunReport many;
  FileReport file{"README.md", 600, {}};
  for (int i = 1; i <= 520; ++i)
    file.diagnostics.push_back(Finding("https", Severity::kWarning, "use https", i));
  many.files.push_back(file);
  std::ostringstream out;
  WriteMarkdown(out, many);
  std::string text = out.str();
  EXPECT_EQ(text.rfind("## ✅ awesomelint: 0 errors, 520 warnings, 0 notes", 0), 0u) << text;
  EXPECT_NE(text.find("| README.md:500:3 |"), std::string::npos);
  EXPECT_EQ(text.find("| README.md:501:3 |"), std::string::npos);
  EXPECT_NE(text.find("20 more findings are not listed here"), std::string::npos);
}

}  // namespace
}  // namespace awesomelint
