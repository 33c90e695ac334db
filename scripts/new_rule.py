#!/usr/bin/env python3
"""Scaffold a new awesomelint rule.

    scripts/new_rule.py my-rule "One-line summary"

creates

    rules/my-rule.cpp                 the rule: a class with meta(), Configure(), Check()
                                      and its factory MakeMyRuleRule()
    docs/rules/my-rule.md             its documentation page, to fill in
    tests/rules/my-rule/pass.md       a fixture that must produce no findings (empty)
    tests/rules/my-rule/pass.expected   ... its golden findings (empty: none)
    tests/rules/my-rule/fail.md       a fixture that must produce findings (to fill in)
    tests/rules/my-rule/fail.expected   ... its golden findings (to fill in)

and registers the rule, each in sorted position: the factory declaration in rules/rules.h,
`rules.push_back(MakeMyRuleRule());` in rules/registry.cpp, `rules/my-rule.cpp` in the
awesomelint_core sources of CMakeLists.txt, and a row in docs/rules/README.md.

It works on the repository it lives in (or --root DIR), refuses an id that is not
kebab-case or that already exists, and changes nothing unless every edit can be made.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ID_PATTERN = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
TAG_PATTERN = ID_PATTERN
SEVERITIES = {"error": "kError", "warning": "kWarning", "info": "kInfo", "off": "kOff"}


class ScaffoldError(Exception):
    pass


def camel_case(rule_id: str) -> str:
    """"date-format" -> "DateFormat", as the existing factories are named."""
    return "".join(part[:1].upper() + part[1:] for part in rule_id.split("-"))


def cpp_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def md_cell(text: str) -> str:
    return text.replace("|", "\\|")


# --------------------------------------------------------------------------- templates


def rule_source(rule_id: str, summary: str, tags: list[str], severity: str, fixable: bool) -> str:
    camel = camel_case(rule_id)
    tag_list = ", ".join(cpp_string(t) for t in tags)
    return f"""\
// {rule_id}: {summary}
#include <fmt/format.h>

#include "rules.h"

namespace awesomelint {{
namespace {{

class {camel}Rule : public Rule {{
 public:
  const RuleMeta& meta() const override {{
    static const RuleMeta kMeta{{
        {cpp_string(rule_id)},
        {cpp_string(summary)},
        {{{tag_list}}},
        Severity::{SEVERITIES[severity]},
        /*fixable=*/{"true" if fixable else "false"},
        // Options: {{name, type ("string", "string[]", "boolean", "integer"), default as JSON,
        // description}}, e.g. {{"format", "string", "\\"\\"", "The list's date format"}}.
        {{}}}};
    return kMeta;
  }}

  // Reads the options declared in meta().options (the linter has already rejected unknown
  // keys); throw InputError for a bad value.
  void Configure(const nlohmann::json& options) override {{
    // e.g. mode_ = OptionString(options, {cpp_string(rule_id)}, "mode", "auto");
    (void)options;
  }}

  // Infer the list's own conventions first (see awesomelint/conventions.h) and stay silent
  // when the list's intent is unclear.
  void Check(const Document& doc, const LintContext& context, RuleReporter& out) const override {{
    (void)context;  // context.today, context.rule_ids
    for (const Entry& entry : doc.entries()) {{
      // TODO: report what is wrong with `entry`, e.g.
      //   out.Report(entry.span, fmt::format("..."));
      //   out.Report(span, message, RuleReporter::Weight::kSecondary);  // one level lower
      //   out.Report(span, message, RuleReporter::Weight::kPrimary, Fix{{span, "replacement"}});
      (void)entry;
    }}
    (void)out;
  }}
}};

}}  // namespace

std::unique_ptr<Rule> Make{camel}Rule() {{
  return std::make_unique<{camel}Rule>();
}}

}}  // namespace awesomelint
"""


def doc_page(rule_id: str, summary: str, tags: list[str], severity: str, fixable: bool) -> str:
    tag_cells = ", ".join(f"`{t}`" for t in tags)
    return f"""\
# {rule_id}

{summary}

| Default severity | Tags | Fixable |
| --- | --- | --- |
| {severity} | {tag_cells} | {"yes" if fixable else "no"} |

## What it checks

TODO: every condition that produces a finding, where it is reported, and the message shape.
Say which findings are one level lower than the rule's severity
(`RuleReporter::Weight::kSecondary`) and which are always info (`kNote`).

## How it reads the list

TODO: the conventions the rule infers from the list, and the cases where it stays silent on
purpose.

## Why

TODO: the mistake this rule catches and why it matters to a list's readers.

## Examples

Failing:

```markdown
TODO (the content of tests/rules/{rule_id}/fail.md is a good start)
```

```text
$ awesomelint --offline README.md
TODO: paste the real output lines
```

Fixed:

```markdown
TODO
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
```
"""


# --------------------------------------------------------------------------- sorted edits


def insert_sorted(text: str, pattern: re.Pattern[str], key_of, new_line: str, new_key: str,
                  where: str, region: tuple[int, int] | None = None) -> str:
    """Inserts `new_line` among the lines matching `pattern` (inside `region`, a pair of
    line indices), before the first one whose key sorts after `new_key`."""
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
    return "".join(lines)


def library_region(cmake: str) -> tuple[int, int]:
    lines = cmake.splitlines()
    for i, line in enumerate(lines):
        if re.match(r"\s*add_library\(\s*awesomelint_core\b", line):
            for j in range(i + 1, len(lines)):
                if lines[j].strip().startswith(")"):
                    return i + 1, j
    raise ScaffoldError("CMakeLists.txt: found no add_library(awesomelint_core ...) block")


# --------------------------------------------------------------------------- main


def scaffold(root: Path, rule_id: str, summary: str, tags: list[str], severity: str,
             fixable: bool, dry_run: bool) -> list[str]:
    rules_dir = root / "rules"
    rules_h = rules_dir / "rules.h"
    registry = rules_dir / "registry.cpp"
    cmake = root / "CMakeLists.txt"
    docs_dir = root / "docs" / "rules"
    index = docs_dir / "README.md"
    tests_dir = root / "tests" / "rules" / rule_id
    source = rules_dir / f"{rule_id}.cpp"
    page = docs_dir / f"{rule_id}.md"
    for required in (rules_h, registry, cmake):
        if not required.is_file():
            raise ScaffoldError(f"{required} is missing: is {root} an awesomelint checkout?")

    camel = camel_case(rule_id)
    factory = f"Make{camel}Rule"

    # Refuse anything that already exists, under any of the rule's names.
    existing = [p for p in (source, page, tests_dir) if p.exists()]
    if existing:
        raise ScaffoldError(f"rule '{rule_id}' already exists: "
                            + ", ".join(str(p.relative_to(root)) for p in existing))
    h_text, reg_text, cmake_text = rules_h.read_text(), registry.read_text(), cmake.read_text()
    for path, text in ((rules_h, h_text), (registry, reg_text)):
        if re.search(rf"\b{factory}\b", text):
            raise ScaffoldError(f"{path.relative_to(root)} already declares {factory}")
    if re.search(rf"(?m)^\s*rules/{re.escape(rule_id)}\.cpp\s*$", cmake_text):
        raise ScaffoldError(f"CMakeLists.txt already lists rules/{rule_id}.cpp")
    defines_id = re.compile(r"RuleMeta\s+kMeta\s*\{\s*" + re.escape(cpp_string(rule_id)))
    for other in sorted(rules_dir.glob("*.cpp")):
        if defines_id.search(other.read_text()):
            raise ScaffoldError(f"rules/{other.name} already defines a rule with id '{rule_id}'")

    # Existing factories, by rule id (from the file names), so the lists stay sorted by id.
    id_of = {f"Make{camel_case(p.stem)}Rule": p.stem for p in rules_dir.glob("*.cpp")}

    def factory_key(match: re.Match[str]) -> str:
        name = match.group(1)
        return id_of.get(name, name.lower())

    h_new = insert_sorted(
        h_text, re.compile(r"std::unique_ptr<Rule> (Make\w+Rule)\(\);"), factory_key,
        f"std::unique_ptr<Rule> {factory}();", rule_id, "rules/rules.h")
    reg_new = insert_sorted(
        reg_text, re.compile(r"\s*rules\.push_back\((Make\w+Rule)\(\)\);"), factory_key,
        f"  rules.push_back({factory}());", rule_id, "rules/registry.cpp")
    cmake_new = insert_sorted(
        cmake_text, re.compile(r"\s*rules/([\w.+-]+)\.cpp\s*"), lambda m: m.group(1),
        f"  rules/{rule_id}.cpp", rule_id, "CMakeLists.txt", library_region(cmake_text))
    index_new = None
    if index.is_file():
        index_text = index.read_text()
        fixable_cell = "| yes |" if fixable else "| |"
        row = f"| [{rule_id}]({rule_id}.md) | {severity} {fixable_cell} {md_cell(summary)} |"
        try:
            index_new = insert_sorted(index_text, re.compile(r"\| \[([\w-]+)\]\([\w-]+\.md\) \|.*"),
                                      lambda m: m.group(1), row, rule_id, "docs/rules/README.md")
        except ScaffoldError:
            index_new = None  # no index table to extend: leave the file alone

    changes = [
        (source, rule_source(rule_id, summary, tags, severity, fixable), "created"),
        (page, doc_page(rule_id, summary, tags, severity, fixable), "created"),
        (tests_dir / "pass.md", "", "created"),
        (tests_dir / "pass.expected", "", "created"),
        (tests_dir / "fail.md", "", "created"),
        (tests_dir / "fail.expected", "", "created"),
        (rules_h, h_new, "updated"),
        (registry, reg_new, "updated"),
        (cmake, cmake_new, "updated"),
    ]
    if index_new is not None:
        changes.append((index, index_new, "updated"))

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
        else:
            report.append("note: clang-format not found; format rules/%s.cpp by hand" % rule_id)
    return report


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Scaffold a new awesomelint rule: source, registration, docs and fixtures.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog='example: scripts/new_rule.py entry-description "Entries have a description"')
    parser.add_argument("id", help="the rule id, kebab-case (e.g. date-format)")
    parser.add_argument("summary", help="one-line summary, shown by --list-rules and in the docs")
    parser.add_argument("--tags", default="entry",
                        help="comma-separated tags (default: entry); existing ones include "
                             "entry, links, badge, dates, tags, toc, config, style, awesome")
    parser.add_argument("--severity", default="error", choices=sorted(SEVERITIES),
                        help="default severity (default: error)")
    parser.add_argument("--fixable", action="store_true", help="the rule attaches fixes")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="the awesomelint checkout to change (default: this script's)")
    parser.add_argument("--dry-run", action="store_true", help="say what would change; change nothing")
    args = parser.parse_args(argv)

    rule_id = args.id
    summary = " ".join(args.summary.split())
    tags = [t.strip() for t in args.tags.split(",") if t.strip()]
    try:
        if not ID_PATTERN.fullmatch(rule_id):
            raise ScaffoldError(f"'{rule_id}' is not a kebab-case id: lower-case letters and digits "
                                "in words joined by single dashes, starting with a letter "
                                "(e.g. date-format)")
        if not summary or "\n" in args.summary.strip():
            raise ScaffoldError("the summary must be one non-empty line")
        if not tags:
            raise ScaffoldError("give at least one tag")
        for tag in tags:
            if not TAG_PATTERN.fullmatch(tag):
                raise ScaffoldError(f"tag '{tag}' is not kebab-case")
        report = scaffold(args.root.resolve(), rule_id, summary, tags, args.severity,
                          args.fixable, args.dry_run)
    except ScaffoldError as error:
        print(f"new_rule.py: {error}", file=sys.stderr)
        return 1

    for line in report:
        print(line)
    if not args.dry_run:
        print(f"""
Next:
  1. write the check in rules/{rule_id}.cpp;
  2. fill tests/rules/{rule_id}/pass.md (no findings) and fail.md, then generate fail.expected
     with AWESOMELINT_UPDATE_GOLDEN=1 ctest --test-dir build and review it (until fail.md has
     findings, RuleCatalog.EveryRuleHasDocsAndFixtures fails on purpose);
  3. fill docs/rules/{rule_id}.md, and add the rule to the table in the top-level README.md;
  4. run ctest: tests/cli also lints whole fixture lists with every rule on, so a rule that
     fires there changes their expected counts.""")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
