#!/usr/bin/env python3
"""Scaffold a new awesomelint rule that builds, is registered and passes every test.

    scripts/new_rule.py my-rule "One-line summary" [--tags entry,style]
                        [--severity error|warning|info|off] [--fixable]

creates

    rules/my-rule.cpp                   the rule: meta(), Configure(), Check() and its
                                        factory MakeMyRuleRule(), with a working example
                                        check to replace ("an entry's title does not end
                                        with a full stop"; with --fixable, a fix deletes it)
    docs/rules/my-rule.md               its page, describing the example check
    tests/rules/my-rule/pass.md         a list the example check finds nothing in ...
    tests/rules/my-rule/pass.expected     ... so its golden findings are empty
    tests/rules/my-rule/fail.md         a list with two titles that end with a full stop ...
    tests/rules/my-rule/fail.expected     ... and the findings the example check reports
    tests/rules/my-rule/fail.fixed.md     ... and, with --fixable, the text after --fix

and registers the rule, each in sorted position by rule id: the factory declaration
`std::unique_ptr<Rule> MakeMyRuleRule();` and the `kRules[]` entry in rules/registry.cpp,
and the rule's row in the generated table of docs/rules/README.md (exactly as
RuleListMarkdown writes it: RuleCatalog.TheDocsIndexComesFromTheMetadata compares them).
CMake globs rules/*.cpp, so nothing else changes. The new source and the registry's edited
lines are formatted with clang-format when it is installed.

With --severity off the rule is disabled by default (enable it with --enable my-rule or
"my-rule": true); the fixture test enables it explicitly, and a rule that is off by default
reports at warning level once enabled, so its fail.expected says "warning".

It works on the repository it lives in (or --root DIR), refuses an id that is not kebab-case,
that exists already (a source, page, fixture directory, registry entry or index row) or whose
names clash with another rule's (its factory name, an existing tag), and changes nothing
unless every edit can be made. --dry-run lists the changes without making them.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ID_PATTERN = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
# The presets' tags (config/presets.cpp): a rule carries the tag of each preset it is in.
PRESETS = ("research", "awesome")
TAG_PATTERN = ID_PATTERN
SEVERITIES = {"error": "kError", "warning": "kWarning", "info": "kInfo", "off": "kOff"}
# The rule fixtures enable the rule being tested with `true`; a rule that is off by default
# then reports at warning level (src/lint/linter.cpp).
FIXTURE_SEVERITY = {"error": "error", "warning": "warning", "info": "info", "off": "warning"}

FACTORY_DECLARATION = re.compile(r"std::unique_ptr<Rule> (Make\w+Rule)\(\);")
RULE_TABLE = re.compile(r"(constexpr\s+RuleFactory\s+kRules\[\]\s*=\s*\{)(.*?)(\};)", re.S)
INDEX_ROW = re.compile(r"\| \[([a-z0-9-]+)\]\([a-z0-9-]+\.md\) \|[^|]*\|[^|]*\|([^|]*)\|.*")


class ScaffoldError(Exception):
    pass


def camel_case(rule_id: str) -> str:
    """"date-format" -> "DateFormat", as the existing factories are named."""
    return "".join(part[:1].upper() + part[1:] for part in rule_id.split("-"))


def cpp_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def md_cell(text: str) -> str:
    """As MarkdownCell (src/support/strings.cpp) escapes a summary for the index."""
    out = []
    for c in text:
        if c in "\\|`":
            out.append("\\" + c)
        elif c == "<":
            out.append("&lt;")
        elif c == ">":
            out.append("&gt;")
        elif c in "\r\n":
            out.append(" ")
        else:
            out.append(c)
    return "".join(out)


# --------------------------------------------------------------------------- the example
#
# The fixtures are built from these entries, so that the golden findings, the fixed text and
# the examples on the doc page are computed, not written by hand. Keep them ASCII-friendly;
# columns are counted in code points anyway, as the linter does.


@dataclass(frozen=True)
class Item:
    title: str
    slug: str
    description: str

    def line(self) -> str:
        return f"- [{self.title}](https://example.org/{self.slug}) - {self.description}"


PASS_LIST = [
    "# Example list",
    "",
    "A small list whose titles do not end with a full stop. Descriptions may.",
    "",
    "## Tools",
    "",
    Item("Alpha", "alpha", "A title without a full stop."),
    Item("Beta tools", "beta", "Descriptions are not titles: this one may end with one."),
    Item("Gamma", "gamma", "Another title without one."),
    "",
    "## Papers",
    "",
    Item("A paper on lists", "papers/lists", "Titles with spaces are fine too."),
    Item("Delta", "delta", "The last entry."),
]

FAIL_LIST = [
    "# Example list",
    "",
    "Two of these titles end with a full stop.",
    "",
    "## Tools",
    "",
    Item("Alpha", "alpha", "A title without a full stop."),
    Item("Beta.", "beta", "A title that ends with one."),
    Item("Gamma", "gamma", "Another title without one."),
    Item("Delta tools.", "delta", "Another title that ends with one."),
    Item("Wait for it...", "epsilon", "An ellipsis is deliberate: not reported."),
    Item("Zeta", "zeta", "The last entry."),
]


def is_reported(title: str) -> bool:
    """What the example check reports: a title ending with '.', but not '..' or '\\.'."""
    return title.endswith(".") and not title.endswith("..") and not title.endswith("\\.")


def fixed_title(title: str) -> str:
    return title[:-1] if is_reported(title) else title


def render(items: list, fix: bool = False) -> str:
    lines = []
    for item in items:
        if isinstance(item, Item):
            if fix:
                item = Item(fixed_title(item.title), item.slug, item.description)
            lines.append(item.line())
        else:
            lines.append(item)
    return "\n".join(lines) + "\n"


def findings(items: list, rule_id: str, severity: str, path: str | None = None) -> list[str]:
    """The example check's findings, as the fixture test prints them ("line:col severity
    rule message"), or as `awesomelint` does when `path` is given."""
    titles = [item for item in items if isinstance(item, Item)]
    reported = [item for item in titles if is_reported(item.title)]
    if len(reported) * 2 > len(titles):  # the list's own style: the check stays silent
        return []
    out = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, Item) or not is_reported(item.title):
            continue
        line = item.line()
        # The '.' just before "](": 1-based, in code points.
        column = line.index("[" + item.title + "](") + 1 + len(item.title)
        where = f"{path}:{number}:{column}" if path else f"{number}:{column}"
        out.append(f"{where} {severity} {rule_id} Title ends with a full stop: '{item.title}'")
    return out


# --------------------------------------------------------------------------- templates

RULE_TEMPLATE = r"""// __ID__: __SUMMARY__
//
// Written by scripts/new_rule.py with a small working example check, "an entry's title
// does not end with a full stop", to replace with the rule's own. Its fixtures
// (tests/rules/__ID__/) and page (docs/rules/__ID__.md) describe the example: change them
// with the check.
#include <fmt/format.h>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "awesomelint/entries/entries.h"
#include "awesomelint/lint/rule.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/support/errors.h"

namespace awesomelint {
namespace {

class __CAMEL__Rule : public Rule {
 public:
  // What --list-rules, the config loader and the docs index know about the rule. Keep
  // docs/rules/README.md's row in step with it (AWESOMELINT_UPDATE_GOLDEN=1 rewrites it).
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        __ID_STRING__,
        __SUMMARY_STRING__,
        {__TAGS__},
        Severity::__SEVERITY__,
        /*fixable=*/__FIXABLE__,
        // Options: {name, type ("string", "string[]", "boolean", "integer"), default as
        // JSON, description}, e.g. {"format", "string", "\"\"", "The list's date format"}.
        {}};
    return kMeta;
  }

  // Configure runs once, before any Check, with the rule's entry of .awesomelint.json: only
  // the keys declared in meta().options (the linter has already rejected unknown ones, with
  // a "did you mean"), and none when the config names none. Read them into members with
  // OptionString, OptionStrings or OptionBool (awesomelint/lint/rule.h), which throw
  // InputError naming the rule and the option for a value of the wrong type; throw
  // InputError yourself for a value that makes no sense, e.g.
  //   mode_ = OptionString(options, __ID_STRING__, "mode", "auto");
  //   if (mode_ != "auto" && mode_ != "strict")
  //     throw InputError(fmt::format("option __ID__.mode: unknown mode \"{}\"", mode_));
  // The example has no options.
  void Configure(const nlohmann::json& /*options*/) override {}

  // Check runs once per file, possibly beside other rules on other threads: it is const,
  // keep it so. `doc` is the parsed Markdown (its text, links, headings and blocks, with
  // byte spans); `entries` are the list's items read as data (date, category tags, title,
  // title link, badges, description: awesomelint/entries/entries.h). The context says what
  // else a check may know: context.today (judge "in the future" against it),
  // context.rule_names, context.links (the link check's verdicts; null with --offline),
  // context.fail_on, context.changed (--changed-since: the linter itself drops findings
  // outside the changed lines).
  //
  // Judge the list by its own habits: infer its convention first (the format most entries
  // use, the order most sections keep; awesomelint/entries/conventions.h has helpers for
  // dates and tags), hold the list to it, and stay silent where its intent is unclear.
  // False positives are what users of a linter complain about first.
  //
  // The example reports an entry whose title link is written "[Title.](url)": the '.' just
  // before "](". An ellipsis ("Wait for it...") or an escaped dot ("\.") is deliberate, and
  // a list that ends most of its titles with a full stop has made that its style: both are
  // left alone.
  void Check(const Document& doc, const Entries& entries, const LintContext& /*context*/,
             RuleReporter& out) const override {
    struct Stop {
      Span title;  // the link text as written, between '[' and "]("
      size_t dot;  // the '.' that ends it
    };
    std::string_view text = doc.text();
    std::vector<Stop> stops;
    size_t titles = 0;  // inline titles with text, the population the convention is read from
    for (const Entry& entry : entries) {
      if (entry.title_link < 0) continue;
      const Link& link = doc.links()[entry.title_link];
      if (link.syntax != LinkSyntax::kInline || link.image) continue;
      // "[text](dest)": only spaces or a '<' come between "](" and the destination, so the
      // last "](" before it closes the text (which may hold "](" itself, in code).
      if (link.dest.begin < link.span.begin + 3) continue;
      size_t close = text.rfind("](", link.dest.begin - 2);
      if (close == std::string_view::npos || close <= link.span.begin + 1) continue;
      ++titles;
      size_t dot = close - 1;
      if (text[dot] != '.') continue;
      if (dot > link.span.begin + 1 && (text[dot - 1] == '.' || text[dot - 1] == '\\')) continue;
      stops.push_back({Span{link.span.begin + 1, close}, dot});
    }
    if (stops.size() * 2 > titles) return;  // the list's own style: stay silent
    for (const Stop& stop : stops) {
      std::string message = fmt::format("Title ends with a full stop: '{}'",
                                        text.substr(stop.title.begin, stop.title.size()));
__REPORT__
    }
  }
};

}  // namespace

std::unique_ptr<Rule> Make__CAMEL__Rule() {
  return std::make_unique<__CAMEL__Rule>();
}

}  // namespace awesomelint
"""

REPORT_FIXABLE = r"""      // The span is what the finding points at (its line and column); a Fix replaces the
      // bytes of its span with the replacement when the user runs --fix, here deleting the
      // dot. RuleReporter::Weight ranks a finding against the rule's configured severity:
      // kPrimary (the default) takes it, kSecondary one level lower (error -> warning) for
      // findings the rule is less sure of, kNote is always info.
      out.Report(Span{stop.dot, stop.dot + 1}, std::move(message), RuleReporter::Weight::kPrimary,
                 Fix{Span{stop.dot, stop.dot + 1}, ""});"""

REPORT_PLAIN = r"""      // The span is what the finding points at (its line and column). RuleReporter::Weight
      // ranks a finding against the rule's configured severity: kPrimary (the default) takes
      // it, kSecondary one level lower (error -> warning) for findings the rule is less sure
      // of, kNote is always info. A mechanical fix would be a fourth argument,
      // Fix{span, "replacement"} (and fixable=true in meta()).
      out.Report(Span{stop.dot, stop.dot + 1}, std::move(message));"""


def rule_source(rule_id: str, summary: str, tags: list[str], severity: str, fixable: bool) -> str:
    replacements = {
        "__REPORT__": REPORT_FIXABLE if fixable else REPORT_PLAIN,
        "__ID_STRING__": cpp_string(rule_id),
        "__SUMMARY_STRING__": cpp_string(summary),
        "__TAGS__": ", ".join(cpp_string(t) for t in tags),
        "__SEVERITY__": SEVERITIES[severity],
        "__FIXABLE__": "true" if fixable else "false",
        "__CAMEL__": camel_case(rule_id),
        "__SUMMARY__": summary,
        "__ID__": rule_id,
    }
    text = RULE_TEMPLATE
    for token, value in replacements.items():  # longest tokens first (dicts keep order)
        text = text.replace(token, value)
    return text


def doc_page(rule_id: str, summary: str, tags: list[str], severity: str, fixable: bool) -> str:
    tag_cells = ", ".join(f"`{t}`" for t in tags)
    shown = FIXTURE_SEVERITY[severity]
    severity_cell = severity if severity != "off" else "off (a warning once enabled)"
    output = "\n".join(f"{line}" for line in findings(FAIL_LIST, rule_id, shown, "README.md"))
    failing = render(FAIL_LIST).rstrip("\n")
    fixed_list = render(FAIL_LIST, fix=True).rstrip("\n")
    if fixable:
        fixed = "`awesomelint --fix README.md` deletes the full stops:"
        fix_sentence = "The fix deletes the full stop."
    else:
        fixed = "Fixed by hand (the rule has no `--fix`):"
        fix_sentence = "There is no fix: a title may need rewording rather than a deleted dot."
    enabling = ""
    if severity == "off":
        enabling = (f"\nThe rule is off by default: `--enable {rule_id}`, or\n"
                    f"`{{ \"{rule_id}\": true }}` in `.awesomelint.json`, switches it on, "
                    f"at warning level.\n")
    return f"""\
# {rule_id}

{summary}

> Written by `scripts/new_rule.py`: this page describes the example check it ships with (an
> entry's title does not end with a full stop). Rewrite it with `rules/{rule_id}.cpp`.

| Default severity | Tags | Fixable |
| --- | --- | --- |
| {severity_cell} | {tag_cells} | {"yes" if fixable else "no"} |
{enabling}
## What it checks

Every entry (a list item or table row with a link) whose title link is an inline link,
`[Title](url)`, whose text as written ends with a full stop: the finding is placed at that
`.`, with the message `Title ends with a full stop: 'Beta.'`. Every finding takes the rule's
severity.

{fix_sentence}

## How it reads the list

- **The list's style wins.** When most of a list's titles end with a full stop, that is how
  the list writes them, and nothing is reported.
- **Deliberate dots are left alone:** an ellipsis (`[Wait for it...](url)`) and an escaped dot
  (`[Beta\\.](url)`).
- Only inline title links are read: reference links (`[Beta.][beta]`), autolinks and raw HTML
  are not, nor descriptions, which may end with a full stop.

## Why

A title is a name, not a sentence: lists that end their titles with a full stop do it by
accident, entry by entry, and the stray dots show in the rendered list.

## Examples

Failing (`tests/rules/{rule_id}/fail.md`):

```markdown
{failing}
```

```text
$ awesomelint --offline{"" if severity != "off" else f" --enable {rule_id}"} README.md
{output}
```

{fixed}

```markdown
{fixed_list}
```

## Options

None.

## Disabling

In `.awesomelint.json`:

```json
{{ "{rule_id}": false }}
```

`"{rule_id}": "off"` does the same.

For one line:

```markdown
<!-- awesomelint-disable-next-line {rule_id} -->
- [A title that keeps its full stop.](https://example.org/kept)
```
"""


# --------------------------------------------------------------------------- sorted edits


def insert_sorted(text: str, pattern: re.Pattern[str], key_of, new_line: str, new_key: str,
                  where: str, region: tuple[int, int] | None = None) -> tuple[str, int]:
    """Inserts `new_line` among the lines matching `pattern` (inside `region`, a pair of
    line indices), before the first one whose key sorts after `new_key`. Returns the new
    text and the index of the inserted line."""
    lines = text.splitlines(keepends=True)
    first, last = region if region else (0, len(lines))
    matches = [(i, key_of(m)) for i in range(first, last)
               if (m := pattern.fullmatch(lines[i].rstrip("\r\n")))]
    if not matches:
        raise ScaffoldError(f"{where}: found no line like the ones to extend ({pattern.pattern})")
    position = matches[-1][0] + 1
    for index, key in matches:
        if key > new_key:
            position = index
            break
    lines.insert(position, new_line + "\n")
    return "".join(lines), position


def insert_factory(text: str, factory: str, new_key: str, key_of_name) -> tuple[str, int, int]:
    """Adds `factory` to `constexpr RuleFactory kRules[] = {...};` before the first entry
    whose rule id sorts after `new_key`. Returns the new text and the 1-based first and last
    lines of the list (for clang-format --lines)."""
    match = RULE_TABLE.search(text)
    if not match:
        raise ScaffoldError("rules/registry.cpp: found no "
                            "`constexpr RuleFactory kRules[] = {...};`")
    body, body_start = match.group(2), match.start(2)
    names = list(re.finditer(r"\bMake\w+Rule\b", body))
    if not names:
        raise ScaffoldError("rules/registry.cpp: kRules[] lists no factory to insert beside")
    later = next((n for n in names if key_of_name(n.group(0)) > new_key), None)
    if later is not None:
        at = body_start + later.start()
        new_text = text[:at] + f"{factory}, " + text[at:]
    else:
        at = body_start + names[-1].end()
        new_text = text[:at] + f", {factory}" + text[at:]
    first = new_text.count("\n", 0, match.start()) + 1
    last = new_text.count("\n", 0, match.end() + len(factory) + 2) + 1
    return new_text, first, last


def index_region(text: str) -> tuple[int, int]:
    """The line indices between `<!-- rules: ... -->` and `<!-- end rules -->`."""
    lines = text.splitlines()
    begin = next((i for i, line in enumerate(lines) if line.startswith("<!-- rules:")), None)
    end = next((i for i, line in enumerate(lines) if line.startswith("<!-- end rules -->")), None)
    if begin is None or end is None or end < begin:
        raise ScaffoldError("docs/rules/README.md: found no <!-- rules: ... --> ... "
                            "<!-- end rules --> table")
    return begin + 1, end


def index_row(rule_id: str, summary: str, tags: list[str], severity: str, fixable: bool) -> str:
    """The row RuleListMarkdown (src/report/rule_list.cpp) writes for the rule."""
    tag_list = ", ".join(f"`{t}`" for t in tags)
    return (f"| [{rule_id}]({rule_id}.md) | {severity} | {'yes' if fixable else 'no'} | "
            f"{tag_list} | {md_cell(summary)} |")


# --------------------------------------------------------------------------- main


def scaffold(root: Path, rule_id: str, summary: str, tags: list[str], severity: str,
             fixable: bool, dry_run: bool) -> list[str]:
    rules_dir = root / "rules"
    registry = rules_dir / "registry.cpp"
    cmake = root / "CMakeLists.txt"
    docs_dir = root / "docs" / "rules"
    index = docs_dir / "README.md"
    tests_dir = root / "tests" / "rules" / rule_id
    source = rules_dir / f"{rule_id}.cpp"
    page = docs_dir / f"{rule_id}.md"
    for required in (registry, cmake, index):
        if not required.is_file():
            raise ScaffoldError(f"{required} is missing: is {root} an awesomelint checkout?")
    if not re.search(r"file\(GLOB\s+\w+[^)]*rules/\*\.cpp", cmake.read_text()):
        raise ScaffoldError("CMakeLists.txt does not glob rules/*.cpp: this script expects "
                            "CMake to find a new rule's source by itself")

    camel = camel_case(rule_id)
    factory = f"Make{camel}Rule"

    # Refuse anything that already exists, under any of the rule's names.
    existing = [p for p in (source, page, tests_dir) if p.exists()]
    if existing:
        raise ScaffoldError(f"rule '{rule_id}' already exists: "
                            + ", ".join(str(p.relative_to(root)) for p in existing))
    reg_text, index_text = registry.read_text(), index.read_text()
    if re.search(rf"\b{factory}\b", reg_text):
        raise ScaffoldError(f"rules/registry.cpp already declares {factory}: '{rule_id}' "
                            "clashes with an existing rule's name")
    defines_id = re.compile(r"RuleMeta\s+kMeta\s*\{\s*" + re.escape(cpp_string(rule_id)))
    for other in sorted(rules_dir.glob("*.cpp")):
        other_text = other.read_text()
        if defines_id.search(other_text):
            raise ScaffoldError(f"rules/{other.name} already defines a rule with id '{rule_id}'")
        if re.search(rf"\b{factory}\b", other_text):
            raise ScaffoldError(f"rules/{other.name} already defines {factory}: '{rule_id}' "
                                "clashes with an existing rule's name")

    # The index: its rows name every rule and its tags.
    first, last = index_region(index_text)
    index_lines = index_text.splitlines()
    rows = [m for line in index_lines[first:last] if (m := INDEX_ROW.fullmatch(line))]
    known_ids = {m.group(1) for m in rows} | {
        p.stem for p in rules_dir.glob("*.cpp") if p.stem != "registry"}
    known_tags = {t for m in rows for t in re.findall(r"`([^`]+)`", m.group(2))}
    if rule_id in known_ids:
        raise ScaffoldError(f"docs/rules/README.md already has a row for '{rule_id}'")
    if rule_id in known_tags or rule_id == "default":
        raise ScaffoldError(f"'{rule_id}' is a tag (or \"default\"): config keys and --enable "
                            "name rules and tags alike, so a rule id must differ from them")
    for tag in tags:
        if tag in known_ids or tag == rule_id or tag == "default":
            raise ScaffoldError(f"tag '{tag}' is a rule id (or \"default\"): tags and rule ids "
                                "share one namespace in the config")

    # Existing factories, by rule id (from the file names), so the lists stay sorted by id.
    id_of = {f"Make{camel_case(p.stem)}Rule": p.stem for p in rules_dir.glob("*.cpp")}

    def id_of_factory(name: str) -> str:
        return id_of.get(name, name.lower())

    reg_new, declaration = insert_sorted(
        reg_text, FACTORY_DECLARATION, lambda m: id_of_factory(m.group(1)),
        f"std::unique_ptr<Rule> {factory}();", rule_id, "rules/registry.cpp")
    reg_new, table_first, table_last = insert_factory(reg_new, factory, rule_id, id_of_factory)

    row = index_row(rule_id, summary, tags, severity, fixable)
    if rows:
        index_new, _ = insert_sorted(index_text, INDEX_ROW, lambda m: m.group(1), row, rule_id,
                                     "docs/rules/README.md", (first, last))
    else:  # an empty table: the row goes after the header's "| --- |" line
        separator = next((i for i in range(first, last)
                          if index_lines[i].startswith("| ---")), None)
        if separator is None:
            raise ScaffoldError("docs/rules/README.md: the rules table has no header")
        lines = index_text.splitlines(keepends=True)
        lines.insert(separator + 1, row + "\n")
        index_new = "".join(lines)

    shown = FIXTURE_SEVERITY[severity]
    expected = "".join(f"{f}\n" for f in findings(FAIL_LIST, rule_id, shown))
    assert expected and not findings(PASS_LIST, rule_id, shown)

    changes = [
        (source, rule_source(rule_id, summary, tags, severity, fixable), "created"),
        (page, doc_page(rule_id, summary, tags, severity, fixable), "created"),
        (tests_dir / "pass.md", render(PASS_LIST), "created"),
        (tests_dir / "pass.expected", "", "created"),
        (tests_dir / "fail.md", render(FAIL_LIST), "created"),
        (tests_dir / "fail.expected", expected, "created"),
    ]
    if fixable:
        changes.append((tests_dir / "fail.fixed.md", render(FAIL_LIST, fix=True), "created"))
    changes += [
        (registry, reg_new, "updated"),
        (index, index_new, "updated"),
    ]

    report = []
    for path, content, verb in changes:
        report.append(f"{verb} {path.relative_to(root)}")
        if dry_run:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)

    if not dry_run:
        clang_format = shutil.which("clang-format")
        if clang_format:
            subprocess.run([clang_format, "-i", "--style=file", str(source)], cwd=root, check=False)
            # Only the registry's edited lines: the declaration and the kRules[] list.
            subprocess.run([clang_format, "-i", "--style=file",
                            f"--lines={declaration + 1}:{declaration + 1}",
                            f"--lines={table_first}:{table_last}", str(registry)],
                           cwd=root, check=False)
        else:
            report.append(f"note: clang-format not found; format rules/{rule_id}.cpp and "
                          "rules/registry.cpp by hand")
    return report


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Scaffold a new awesomelint rule: a source with a working example check, "
                    "its registration, docs and fixtures.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog='example: scripts/new_rule.py entry-description "Entries have a description"')
    parser.add_argument("id", help="the rule id, kebab-case (e.g. date-format)")
    parser.add_argument("summary", help="one-line summary, shown by --list-rules and in the docs")
    parser.add_argument("--tags", default="entry",
                        help="comma-separated tags (default: entry); existing ones include "
                             "entry, links, badge, dates, tags, toc, config, security; the "
                             "preset's tag, research, is added unless a preset is named")
    parser.add_argument("--severity", default="error", choices=sorted(SEVERITIES),
                        help="default severity (default: error); off: disabled unless enabled")
    parser.add_argument("--fixable", action="store_true",
                        help="the rule attaches fixes (the example's deletes the full stop)")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the awesomelint checkout to change (default: this script's)")
    parser.add_argument("--dry-run", action="store_true", help="say what would change; change nothing")
    args = parser.parse_args(argv)

    rule_id = args.id
    summary = " ".join(args.summary.split())
    tags = [t.strip() for t in args.tags.split(",") if t.strip()]
    # A rule belongs to a preset (its rules are those with its tag); without one named,
    # to the default, research.
    if tags and not any(tag in PRESETS for tag in tags):
        tags.insert(0, "research")
    try:
        if not ID_PATTERN.fullmatch(rule_id):
            raise ScaffoldError(f"'{rule_id}' is not a kebab-case id: lower-case letters and digits "
                                "in words joined by single dashes, starting with a letter "
                                "(e.g. date-format)")
        if not summary or "\n" in args.summary.strip():
            raise ScaffoldError("the summary must be one non-empty line")
        if summary.endswith("\\"):
            raise ScaffoldError("the summary must not end with a backslash (it would continue "
                                "the source's first comment line)")
        if not tags:
            raise ScaffoldError("give at least one tag")
        for tag in tags:
            if not TAG_PATTERN.fullmatch(tag):
                raise ScaffoldError(f"tag '{tag}' is not kebab-case")
        if len(set(tags)) != len(tags):
            raise ScaffoldError("a tag is given twice")
        report = scaffold(args.root.resolve(), rule_id, summary, tags, args.severity,
                          args.fixable, args.dry_run)
    except ScaffoldError as error:
        print(f"new_rule.py: {error}", file=sys.stderr)
        return 1

    for line in report:
        print(line)
    if args.dry_run:
        print("(dry run: nothing changed)")
        return 0
    off_note = ""
    if args.severity == "off":
        off_note = (f"\n\nThe rule is off by default: try it with --enable {rule_id}. Its fixtures "
                    "enable it,\nat warning level.")
    fixed_md = " and fail.fixed.md" if args.fixable else ""
    print(f"""
Next: the rule builds and passes every test as it is (CMake finds rules/{rule_id}.cpp by
itself). Its check is an example, "an entry's title does not end with a full stop"; make it
yours:
  1. replace the example in Check() in rules/{rule_id}.cpp (options: meta() and Configure());
  2. rewrite tests/rules/{rule_id}/pass.md (no findings) and fail.md{fixed_md}, add cases
     as you need them (<case>.md, <case>.json for options), regenerate the golden findings
     with AWESOMELINT_UPDATE_GOLDEN=1 ctest --test-dir build -R RuleFixture, review the diff;
  3. rewrite docs/rules/{rule_id}.md; if you change the summary, tags, severity or fixable
     in meta(), AWESOMELINT_UPDATE_GOLDEN=1 ctest --test-dir build -R RuleCatalog rewrites
     its row in docs/rules/README.md;
  4. run all of ctest: tests/cli lints whole fixture lists with every rule on, so a rule that
     fires there changes their expected findings.{off_note}""")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
