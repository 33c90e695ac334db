"""The config file's JSON Schema (awesomelint --print-schema) against the configs
awesomelint reads: every config it accepts validates, and what it refuses is refused by
the schema too, so that an editor flags it as the tool would. Run by ctest with
AWESOMELINT_BIN set; needs python3-jsonschema (scripts/install-deps.sh)."""
import json
import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import unittest

import jsonschema

BIN = os.environ["AWESOMELINT_BIN"]
ROOT = pathlib.Path(__file__).resolve().parents[2]


def jsonc(text):
    """JSON with comments and trailing commas as plain JSON (strings kept)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == '"':
            j = i + 1
            while j < len(text) and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            i = text.find("\n", i) if "\n" in text[i:] else len(text)
        elif text.startswith("/*", i):
            i = text.find("*/", i) + 2
        else:
            out.append(text[i])
            i += 1
    return json.loads(re.sub(r",(\s*[}\]])", r"\1", "".join(out)))


class SchemaTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        run = subprocess.run([BIN, "--print-schema"], capture_output=True, text=True, check=True)
        cls.schema = json.loads(run.stdout)
        jsonschema.Draft7Validator.check_schema(cls.schema)
        cls.validator = jsonschema.Draft7Validator(cls.schema)

    def accepted(self, config):
        """Whether awesomelint accepts CONFIG (it lints a small list under it)."""
        with tempfile.TemporaryDirectory() as tmp:
            path = pathlib.Path(tmp, "config.json")
            path.write_text(json.dumps(config))
            pathlib.Path(tmp, "list.md").write_text("# List\n\n- [A](https://example.org) - B.\n")
            run = subprocess.run([BIN, "--offline", "--config", str(path), "list.md"], cwd=tmp,
                                 capture_output=True, text=True)
            return run.returncode != 2

    def test_the_docs_copy_is_current(self):
        self.assertEqual(json.loads((ROOT / "docs" / "awesomelint.schema.json").read_text()),
                         self.schema, "update it: awesomelint --print-schema > docs/awesomelint.schema.json")

    def test_configs_awesomelint_accepts_validate(self):
        readme = (ROOT / "README.md").read_text()
        configs = [jsonc(block) for block in re.findall(r"```jsonc\n(.*?)```", readme, re.S)]
        configs += [
            {},
            {"extends": "research"},
            {"extends": ["research", "../team.json"], "https": "info"},
            {"default": False, "date-format": {"format": "YYYY-MM-DD", "severity": "warning"}},
            {"repo-health": {"stale-after": 12, "stale-level": "warning"}, "badge": "off"},
            {"links": {"timeout": 10, "max-cache-age": "7d", "cache": False,
                       "fail-on": ["broken", "timeout"], "accept": [429, 999],
                       "providers": {"github": "https://api.example.com"}}},
        ]
        self.assertGreater(len(configs), 6)
        for config in configs:
            self.assertEqual(list(self.validator.iter_errors(config)), [], config)

    def test_what_init_writes_validates(self):
        for fixture in ("research-list.md", "planted-faults.md"):
            with tempfile.TemporaryDirectory() as tmp:
                shutil.copy(ROOT / "tests" / "fixtures" / fixture, pathlib.Path(tmp, "README.md"))
                subprocess.run([BIN, "--init", "README.md"], cwd=tmp, check=True,
                               capture_output=True)
                config = jsonc(pathlib.Path(tmp, ".awesomelint.json").read_text())
                self.assertEqual(list(self.validator.iter_errors(config)), [], fixture)
                self.assertEqual(config["$schema"], self.schema["$id"])

    def test_configs_awesomelint_refuses_are_invalid(self):
        for config in [
            {"date-fromat": "error"},
            {"https": "loud"},
            {"links": {"timeout": "soon"}},
            {"links": {"tiemout": 5}},
            {"links": {"fail-on": ["brokn"]}},
            {"repo-health": {"stale-after": "two years"}},
            {"extends": 7},
        ]:
            self.assertFalse(self.accepted(config), config)
            self.assertNotEqual(list(self.validator.iter_errors(config)), [], config)

    def test_every_rule_and_links_option_is_described(self):
        rules = json.loads(subprocess.run([BIN, "--list-rules", "--format", "json"],
                                          capture_output=True, text=True, check=True).stdout)
        for rule in rules["rules"]:
            self.assertIn(rule["id"], self.schema["properties"])
            self.assertEqual(self.schema["properties"][rule["id"]]["description"], rule["summary"])
        self.assertIn("timeout", self.schema["properties"]["links"]["properties"])


if __name__ == "__main__":
    unittest.main()
