#!/usr/bin/env python3
"""The GitHub Action's logic: run awesomelint once on the list files and turn its
reports into what a workflow shows — annotations on the diff, a job summary, step
outputs, a SARIF file — and an exit status that follows `fail-on`.

Everything comes from the environment, as the runner sets it for a composite
action's step (action.yml maps each input to an INPUT_* variable), so nothing a
pull request controls is ever pasted into a shell script. Tests run this file with
simulated GITHUB_* variables and event payloads.

  INPUT_FILES          files or globs (** recursive), separated by newlines or spaces
  INPUT_CHANGED_ONLY   auto (pull requests: yes) | true | false
  INPUT_CHECK_LINKS    true | false
  INPUT_FAIL_ON        error | warning | never
  INPUT_SARIF_FILE     write SARIF 2.1.0 there too (optional)
  INPUT_ARGS           more awesomelint arguments, split like a shell would (not by one)
  AWESOMELINT          the binary (default: awesomelint on PATH)
"""
import glob
import json
import os
import shlex
import subprocess
import sys
import tempfile
import uuid

PULL_REQUEST_EVENTS = ("pull_request", "pull_request_target")


class ActionError(Exception):
    """A problem with the inputs or the checkout: reported as ::error::, exit 2."""


def workflow_data(text):
    """Escapes a workflow command's message (%, CR, LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def flag(name, default):
    value = os.environ.get(f"INPUT_{name}", "").strip().lower() or default
    if value not in ("true", "false", "auto"):
        raise ActionError(f"input {name.lower().replace('_', '-')}: expected true or false, "
                          f"not '{value}'")
    return value


def expand_files(spec):
    """Each word a file or a glob; a glob that matches nothing is an error."""
    words = [w for line in spec.splitlines() for w in shlex.split(line)]
    if not words:
        raise ActionError("input files: no file given")
    files = []
    for word in words:
        matches = sorted(glob.glob(word, recursive=True)) if glob.has_magic(word) else (
            [word] if os.path.isfile(word) else [])
        matches = [m for m in matches if os.path.isfile(m)]
        if not matches:
            raise ActionError(f"input files: '{word}' matches no file")
        files += [m for m in matches if m not in files]
    return files


def git(*args, check=True):
    return subprocess.run(["git", *args], capture_output=True, text=True, check=check)


def change_base(event_name, event):
    """The commit a pull request (or a push) is measured from, fetched if a shallow
    checkout lacks it."""
    if event_name in PULL_REQUEST_EVENTS:
        base = (event.get("pull_request") or {}).get("base", {}).get("sha", "")
    else:
        base = event.get("before", "")
    if not base or set(base) == {"0"}:
        raise ActionError(f"changed-only: the {event_name or 'unknown'} event names no base "
                          "commit; set changed-only: false")
    if git("cat-file", "-e", f"{base}^{{commit}}", check=False).returncode != 0:
        fetched = git("fetch", "--no-tags", "--depth=1", "origin", base, check=False)
        if fetched.returncode != 0:
            raise ActionError(f"changed-only: cannot fetch the base commit {base}: "
                              f"{fetched.stderr.strip()}")
    return base


def write_outputs(values):
    path = os.environ.get("GITHUB_OUTPUT")
    if not path:
        return
    with open(path, "a", encoding="utf-8") as out:
        for name, value in values.items():
            delimiter = f"ghadelimiter_{uuid.uuid4()}"
            out.write(f"{name}<<{delimiter}\n{value}\n{delimiter}\n")


def counts(report_path):
    try:
        with open(report_path, encoding="utf-8") as f:
            report = json.load(f)
    except (OSError, ValueError):
        return {"errors": 0, "warnings": 0, "broken": 0}
    severities = [d.get("severity") for d in report.get("diagnostics", [])]
    broken = sum(1 for link in report.get("links", []) if link.get("status") == "broken")
    return {"errors": severities.count("error"), "warnings": severities.count("warning"),
            "broken": broken}


def command_line(files, base, check_links, sarif, report_path):
    command = [os.environ.get("AWESOMELINT") or "awesomelint", "--format", "github",
               "--max-annotations", "10", "--report", f"json={report_path}"]
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        command += ["--report", f"markdown+={summary}"]
    if sarif:
        command += ["--report", f"sarif={sarif}"]
    if not check_links:
        command.append("--offline")
    if base:
        command += ["--changed-since", base]
    command += shlex.split(os.environ.get("INPUT_ARGS", ""))
    return command + ["--"] + files


def exit_status(fail_on, tool_status, found):
    if tool_status not in (0, 1):
        return tool_status  # a usage or config error, Ctrl-C: never hidden by fail-on
    if fail_on == "error":
        return tool_status
    if fail_on == "warning":
        return 1 if found["errors"] + found["warnings"] > 0 else 0
    return 0


def main():
    try:
        fail_on = os.environ.get("INPUT_FAIL_ON", "").strip().lower() or "error"
        if fail_on not in ("error", "warning", "never"):
            raise ActionError(f"input fail-on: expected error, warning or never, not '{fail_on}'")
        event_name = os.environ.get("GITHUB_EVENT_NAME", "")
        changed_only = flag("CHANGED_ONLY", "auto")
        if changed_only == "auto":
            changed_only = "true" if event_name in PULL_REQUEST_EVENTS else "false"
        check_links = flag("CHECK_LINKS", "true") != "false"
        files = expand_files(os.environ.get("INPUT_FILES", "") or "README.md")
        base = ""
        if changed_only == "true":
            event = {}
            if os.environ.get("GITHUB_EVENT_PATH"):
                with open(os.environ["GITHUB_EVENT_PATH"], encoding="utf-8") as f:
                    event = json.load(f)
            base = change_base(event_name, event)
        sarif = os.environ.get("INPUT_SARIF_FILE", "").strip()
    except (ActionError, OSError, ValueError) as error:
        print(f"::error title=awesomelint::{workflow_data(str(error))}", flush=True)
        write_outputs({"errors": 0, "warnings": 0, "broken-links": 0, "exit-code": 2,
                       "sarif-file": ""})
        return 2

    with tempfile.TemporaryDirectory(dir=os.environ.get("RUNNER_TEMP")) as temp:
        report_path = os.path.join(temp, "report.json")
        command = command_line(files, base, check_links, sarif, report_path)
        print("awesomelint: " + workflow_data(shlex.join(command[1:])), flush=True)
        try:
            status = subprocess.run(command, check=False).returncode
        except OSError as error:
            print(f"::error title=awesomelint::cannot run {workflow_data(command[0])}: "
                  f"{workflow_data(str(error))}", flush=True)
            status = 2
        found = counts(report_path)
    write_outputs({"errors": found["errors"], "warnings": found["warnings"],
                   "broken-links": found["broken"], "exit-code": status,
                   "sarif-file": sarif if sarif and os.path.isfile(sarif) else ""})
    return exit_status(fail_on, status, found)


if __name__ == "__main__":
    sys.exit(main())
