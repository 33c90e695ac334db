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
  INPUT_CACHE          true | false (false: --no-cache, no link cache file is left behind)
  INPUT_FAIL_ON        error | warning | never
  INPUT_SARIF_FILE     write SARIF 2.1.0 there too (optional)
  INPUT_ARGS           more awesomelint arguments, split like a shell would (not by one)
  AWESOMELINT          the binary (default: awesomelint on PATH)

`run_action.py cache-key` instead writes the link cache's actions/cache key (the
list files' hash and the run) and restore-keys to GITHUB_OUTPUT.
"""
import glob
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import uuid

PULL_REQUEST_EVENTS = ("pull_request", "pull_request_target")


class ActionError(Exception):
    """A problem with the inputs or the checkout: reported as ::error::, exit 2."""


def workflow_data(text):
    """Escapes text for a log line: a workflow command's data (%, CR, LF), and no
    "##[", which the runner reads as an old-style command anywhere in a line. File
    names and git's messages may come from a pull request."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace("##[", "##%5B")


def error_line(message):
    return f"::error title=awesomelint::{workflow_data(message)}"


def choice(name, default, allowed):
    value = os.environ.get(f"INPUT_{name}", "").strip().lower() or default
    if value not in allowed:
        raise ActionError(f"input {name.lower().replace('_', '-')}: expected "
                          f"{', '.join(allowed[:-1])} or {allowed[-1]}, not '{value}'")
    return value


def expand_files(spec):
    """Each word a file or a glob; a glob that matches nothing is an error."""
    words = [w for line in spec.splitlines() for w in shlex.split(line)]
    if not words:
        raise ActionError("input files: no file given")
    files = []
    for word in words:
        # An existing file is itself even if its name looks like a glob ("[x].md").
        matches = [word] if os.path.isfile(word) else [
            m for m in sorted(glob.glob(word, recursive=True)) if os.path.isfile(m)]
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
    if not re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", base):
        raise ActionError(f"changed-only: the event's base '{base}' is not a commit id")
    if git("cat-file", "-e", f"{base}^{{commit}}", check=False).returncode != 0:
        fetched = git("fetch", "--no-tags", "--depth=1", "origin", base, check=False)
        if fetched.returncode != 0:
            raise ActionError(f"changed-only: cannot fetch the base commit {base} "
                              "(check out with fetch-depth: 0, or set changed-only: false): "
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


def command_line(files, base, check_links, cache, sarif, extra_args, report_path):
    command = [os.environ.get("AWESOMELINT") or "awesomelint", "--format", "github",
               "--max-annotations", "10", "--report", f"json={report_path}"]
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        command += ["--report", f"markdown+={summary}"]
    if sarif:
        command += ["--report", f"sarif={sarif}"]
    if not check_links:
        command.append("--offline")
    elif not cache:
        command.append("--no-cache")
    if base:
        command += ["--changed-since", base]
    return command + extra_args + ["--"] + files


def exit_status(fail_on, tool_status, found):
    if tool_status < 0:
        return 2  # killed by a signal
    if tool_status not in (0, 1):
        return tool_status  # a usage or config error, Ctrl-C: never hidden by fail-on
    if fail_on == "error":
        return tool_status
    if fail_on == "warning":
        return 1 if found["errors"] + found["warnings"] > 0 else 0
    return 0


def enter_workspace():
    """A composite action's steps start in the workspace; be sure of it, since the
    globs, the link cache and the SARIF path are all relative to it."""
    if os.environ.get("GITHUB_WORKSPACE"):
        os.chdir(os.environ["GITHUB_WORKSPACE"])


def cache_key():
    """The link cache's key: the list files' content, then the run (a cache entry is
    never overwritten, so every run saves its own). A restore prefers a cache saved
    for the same list, then any."""
    enter_workspace()
    digest = hashlib.sha256()
    try:
        files = expand_files(os.environ.get("INPUT_FILES", "") or "README.md")
    except (ActionError, ValueError):
        files = []  # the run step reports it
    for name in files:
        digest.update(name.encode() + b"\0")
        with open(name, "rb") as f:
            digest.update(hashlib.sha256(f.read()).digest())
    lists = digest.hexdigest()[:16]
    run = f"{os.environ.get('GITHUB_RUN_ID', '0')}-{os.environ.get('GITHUB_RUN_ATTEMPT', '1')}"
    write_outputs({"key": f"awesomelint-links-{lists}-{run}",
                   "restore-keys": f"awesomelint-links-{lists}-\nawesomelint-links-"})
    return 0


def main():
    try:
        enter_workspace()
        fail_on = choice("FAIL_ON", "error", ("error", "warning", "never"))
        event_name = os.environ.get("GITHUB_EVENT_NAME", "")
        changed_only = choice("CHANGED_ONLY", "auto", ("auto", "true", "false"))
        if changed_only == "auto":
            changed_only = "true" if event_name in PULL_REQUEST_EVENTS else "false"
        check_links = choice("CHECK_LINKS", "true", ("true", "false")) == "true"
        cache = choice("CACHE", "true", ("true", "false")) == "true"
        try:
            extra_args = shlex.split(os.environ.get("INPUT_ARGS", ""))
        except ValueError as error:
            raise ActionError(f"input args: {error}") from None
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
        print(error_line(str(error)), flush=True)
        write_outputs({"errors": 0, "warnings": 0, "broken-links": 0, "exit-code": 2,
                       "sarif-file": ""})
        return 2

    with tempfile.TemporaryDirectory(dir=os.environ.get("RUNNER_TEMP")) as temp:
        report_path = os.path.join(temp, "report.json")
        command = command_line(files, base, check_links, cache, sarif, extra_args, report_path)
        print("awesomelint: " + workflow_data(shlex.join(command[1:])), flush=True)
        try:
            status = subprocess.run(command, check=False).returncode
        except OSError as error:
            print(error_line(f"cannot run {command[0]}: {error}"), flush=True)
            status = 2
        found = counts(report_path)
    write_outputs({"errors": found["errors"], "warnings": found["warnings"],
                   "broken-links": found["broken"], "exit-code": status,
                   "sarif-file": sarif if sarif and os.path.isfile(sarif) else ""})
    return exit_status(fail_on, status, found)


if __name__ == "__main__":
    sys.exit(cache_key() if sys.argv[1:] == ["cache-key"] else main())
