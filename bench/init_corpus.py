#!/usr/bin/env python3
"""--init on every list of the corpus (../shared/corpus/lists/*.md and the seed): each list is
copied alone into a temporary directory, linted offline without a config, given a config by
`awesomelint --init`, and linted again. It prints, per list, the kind the config says, the
settings written, the findings before and after (there must be no new one), and whether the
config validates against `awesomelint --print-schema` (python3-jsonschema).

  bench/init_corpus.py [--binary PATH]     (default build/awesomelint)

Environment: SHARED=DIR holds corpus/ (default ../shared). Exits 1 when a list gets a new
finding, --init fails, or a config does not validate."""
import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "schema"))
os.environ.setdefault("AWESOMELINT_BIN", "unused")  # test_schema reads it at import
from test_schema import jsonc  # noqa: E402  (the JSONC reader the schema test uses)
import jsonschema  # noqa: E402

TODAY = "2026-11-30"


def findings(binary, cwd, *args):
    run = subprocess.run([binary, "--offline", "--today", TODAY, "--format", "json", *args,
                          "README.md"], cwd=cwd, capture_output=True, text=True)
    return {(d["line"], d["rule"], d["message"]) for d in json.loads(run.stdout)["diagnostics"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=str(ROOT / "build" / "awesomelint"))
    binary = os.path.abspath(ap.parse_args().binary)
    shared = pathlib.Path(os.environ.get("SHARED", ROOT.parent / "shared"))
    lists = sorted((shared / "corpus" / "lists").glob("*.md")) + [shared / "corpus" / "seed" / "README.md"]
    schema = json.loads(subprocess.run([binary, "--print-schema"], capture_output=True, text=True,
                                       check=True).stdout)
    validator = jsonschema.Draft7Validator(schema)
    failed = []
    for source in lists:
        with tempfile.TemporaryDirectory(prefix="al-init-") as tmp:
            shutil.copy(source, os.path.join(tmp, "README.md"))
            before = findings(binary, tmp, "--no-config")
            init = subprocess.run([binary, "--init", "--today", TODAY, "README.md"], cwd=tmp,
                                  capture_output=True, text=True)
            text = pathlib.Path(tmp, ".awesomelint.json").read_text() if init.returncode == 0 else ""
            after = findings(binary, tmp)
            config = jsonc(text) if text else {}
            errors = list(validator.iter_errors(config)) if text else ["not written"]
            new = after - before
            name = source.parent.name if source.name == "README.md" else source.stem
            kind = "research" if "research list" in text else "classic"
            settings = [key for key in config if key not in ("$schema", "extends")]
            print(f"{name}: {kind}; {', '.join(settings) or 'nothing to write out'}; findings "
                  f"{len(before)} -> {len(after)}, new {len(new)}; schema "
                  f"{'valid' if not errors else 'INVALID'}")
            if init.returncode or new or errors:
                failed.append(name)
    print("OK" if not failed else f"FAILED: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
