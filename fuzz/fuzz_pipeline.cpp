// fuzz_pipeline: the whole offline pipeline on any bytes, as `awesomelint --fix`
// runs it, all in memory: bytes -> input checks -> Document -> entries -> every rule
// (all of them on, with link verdicts made up from the file's own links) -> every
// report format and --dump-entries, after the fixes are applied and the fixed text
// parsed and linted again. InputError (invalid UTF-8, a NUL byte) is the
// answer to bad input; any other exception, a crash or a sanitizer report is a bug.
//
// Besides crashes, it checks what the code promises:
// - a Document parsed in the smallest segments is the Document parsed whole;
// - the JSON reports (json, sarif, --dump-entries) are JSON;
// - fixes keep the text valid UTF-8 and never add or remove a line (a move keeps
//   them all);
// - --diff's patch, applied to the text, gives what --fix wrote.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "awesomelint/changes/text_diff.h"
#include "awesomelint/config/config.h"
#include "awesomelint/entries/entries.h"
#include "awesomelint/lint/fix.h"
#include "awesomelint/lint/linter.h"
#include "awesomelint/markdown/input.h"
#include "awesomelint/model/url.h"
#include "awesomelint/report/report.h"
#include "awesomelint/support/errors.h"
#include "rules/registry.h"
#include "tests/support/document_dump.h"

namespace awesomelint {
namespace {

constexpr char kPath[] = "fuzz.md";
// Inputs up to this size are also parsed in the smallest segments (a cut wherever
// one may be), which costs a cmark-gfm parse per piece.
constexpr size_t kMaxSegmentedCheck = 16 * 1024;

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "fuzz_pipeline: %s\n", what.c_str());
  std::abort();
}

// What the rest of the pipeline reads of a parsed file, as text.
std::string Dump(const ParsedFile& file) {
  return testing::DumpParsedFile(file);
}

// Link verdicts as the checker would report them for this file: one result per
// canonical key, located at every link that names it, with a verdict of each kind
// in turn. A redirect points at the next result's URL (so a fix may write any URL
// the file holds).
LinkReport MadeUpLinks(const Document& doc) {
  LinkReport links;
  std::map<std::string, size_t> by_key;
  for (size_t i = 0; i < doc.links().size(); ++i) {
    if (!doc.url(i)) continue;
    const Link& link = doc.links()[i];
    std::string key = CanonicalKey(*doc.url(i));
    auto [it, fresh] = by_key.emplace(key, links.results.size());
    if (fresh) {
      LinkResult result;
      result.url = std::string(doc.RawUrl(link));
      result.key = key;
      result.provider = "http";
      size_t n = links.results.size();
      result.verdict = static_cast<LinkVerdict>(n % 8);
      result.checked = static_cast<LinkVerdict>((n / 8) % 6);
      result.http_status = n % 3 == 0 ? 200 : n % 3 == 1 ? 301 : 404;
      result.detail = n % 4 == 0 ? "" : n % 4 == 1 ? "archived" : link.text;
      result.warn = n % 5 == 0;
      result.settled = true;
      links.results.push_back(std::move(result));
    }
    links.results[it->second].locations.push_back(
        {doc.path(), static_cast<int>(i), doc.lines().PositionOf(link.span.begin), {}});
  }
  for (size_t n = 0; n < links.results.size(); ++n)
    links.results[n].final_url = links.results[(n + 1) % links.results.size()].url;
  links.requests = static_cast<long>(links.results.size());
  links.finished = links.results.size() % 2 == 0;
  return links;
}

// Applies a unified diff as patch(1) does when nothing moved: each hunk's old lines
// replaced by its new lines, from its old start line.
std::string ApplyUnifiedDiff(std::string_view text, std::string_view diff) {
  std::vector<std::string_view> lines;
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find('\n', at);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(at, end - at));
    at = end;
  }
  std::string out;
  size_t next = 0;  // the first old line not yet copied or replaced
  std::string_view rest = diff;
  auto take_line = [&]() {
    size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end == std::string_view::npos ? rest.size() : end + 1);
    rest.remove_prefix(line.size());
    return line;
  };
  char last = ' ';        // the kind of the diff line a "No newline" marker follows
  bool in_hunks = false;  // past the "---"/"+++" headers: "---x" is then a deleted "--x"
  while (!rest.empty()) {
    std::string_view line = take_line();
    if (line.rfind("@@ -", 0) == 0) {
      size_t start = std::stoul(std::string(line.substr(4)));
      size_t old_count = std::stoul(std::string(line.substr(line.find(',') + 1)));
      size_t first = old_count == 0 ? start : start - 1;
      for (; next < first; ++next) out += lines[next];
      in_hunks = true;
      continue;
    }
    if (line.empty() || !in_hunks) continue;
    if (line[0] == '\\') {  // the line before has no line break
      if (last != '-' && !out.empty() && out.back() == '\n') out.pop_back();
      continue;
    }
    last = line[0];
    if (line[0] == ' ' || line[0] == '-') ++next;
    if (line[0] == ' ' || line[0] == '+') out += line.substr(1);
  }
  for (; next < lines.size(); ++next) out += lines[next];
  return out;
}

void CheckJson(const std::string& format, const std::string& text) {
  if (!nlohmann::json::accept(text)) Fail(format + " report is not JSON:\n" + text);
}

// Every report format, as the CLI writes them, into memory.
void WriteEveryReport(const RunReport& report, const std::vector<const ParsedFile*>& files) {
  std::ostringstream pretty, json, github, sarif, markdown, entries;
  WritePretty(pretty, report, /*color=*/true);
  WriteJson(json, report);
  WriteGithub(github, report, /*max_annotations=*/3);  // annotations, then plain lines
  WriteSarif(sarif, report, "0.0.0-fuzz");
  WriteMarkdown(markdown, report, "https://github.com/o/r/blob/0123456789abcdef/");
  WriteEntries(entries, files);
  CheckJson("json", json.str());
  CheckJson("sarif", sarif.str());
  CheckJson("--dump-entries", entries.str());
  Summarize(report);
  if (report.links) CountVerdicts(*report.links);
}

// A Linter with every rule on, the off-by-default ones too; built once (Lint is const).
const Linter& EveryRule() {
  static const Linter* linter = [] {
    Config config;
    // A severity, not true: true leaves a rule that is off by default (the awesome
    // preset's) off.
    config.rules = nlohmann::json{{"default", "warning"}};
    return new Linter(CreateAllRules(), config, {});
  }();
  return *linter;
}

void Pipeline(std::string text) {
  CheckText(kPath, text);  // as ReadMarkdownFile checks every file it reads
  ParsedFile file = ParseFile(kPath, text);
  if (text.size() <= kMaxSegmentedCheck) {
    std::unique_ptr<Document> doc = Document::Parse(kPath, text, /*segment_bytes=*/1);
    Entries entries = ExtractEntries(*doc);
    ParsedFile pieces{std::move(doc), std::move(entries)};
    std::string expected = Dump(file);
    if (Dump(pieces) != expected)
      Fail("parsing in segments differs from ParseFile:\n--- ParseFile\n" + expected +
           "--- in segments\n" + Dump(pieces));
  }

  const Linter& linter = EveryRule();

  LinkReport links = MadeUpLinks(*file.doc);
  LintContext context;
  context.today = CalendarDate{2025, 6, 15};
  context.links = &links;
  context.fail_on = {LinkVerdict::kBroken, LinkVerdict::kTimeout};
  std::vector<Diagnostic> diagnostics = linter.Lint(file, context);

  // --fix, in memory: ApplyFixes as it is, then FixFile (rounds of apply, re-parse,
  // relocate the link locations, lint again, while fixes apply).
  size_t applied = 0;
  std::string fixed = ApplyFixes(text, diagnostics, &applied);
  int lines_before = file.doc->lines().line_count();
  size_t fixed_in_rounds = FixFile(linter, context, file, diagnostics, &links);
  if ((fixed_in_rounds == 0) != (applied == 0) || fixed_in_rounds < applied)
    Fail("FixFile's first round is not ApplyFixes");
  if (fixed_in_rounds == applied && file.doc->text() != fixed)
    Fail("FixFile's text is not ApplyFixes' text");
  std::string after(file.doc->text());
  if (applied) {
    try {
      CheckText(kPath, after);
    } catch (const InputError& error) {
      Fail(std::string("a fix made text that cannot be read back: ") + error.what());
    }
    if (file.doc->lines().line_count() != lines_before)
      Fail("a fix added or removed a line:\n--- before\n" + text + "--- after\n" + after);
  }
  // --diff: its hunks, applied to the text, give what --fix wrote.
  if (ApplyUnifiedDiff(text, UnifiedDiff(text, after, kPath)) != after)
    Fail("--diff's patch does not give what --fix wrote:\n" + UnifiedDiff(text, after, kPath));

  // The reports of the run, as the CLI writes them after --fix.
  RunReport report;
  for (const auto& rule : linter.rules()) report.rules.push_back(&rule.rule->meta());
  report.links = &links;
  report.files.push_back({kPath, file.entries.size(), diagnostics, {}});
  WriteEveryReport(report, {&file});
}

}  // namespace
}  // namespace awesomelint

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    awesomelint::Pipeline(std::string(reinterpret_cast<const char*>(data), size));
  } catch (const awesomelint::InputError&) {
    // Bad input, reported as such.
  }
  return 0;
}
