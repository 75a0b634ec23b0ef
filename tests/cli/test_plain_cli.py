"""The command line for a shop owner: decimal commas, mistyped files and channels, help for
every option, and plain words in normal output (method names only with --details)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smsplanner.cli import build_parser
from smsplanner.storage.db import open_db


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k != "SMSPLANNER_DB"}
    return subprocess.run([sys.executable, "-m", "smsplanner", *args], capture_output=True,
                          text=True, env={**base, **(env or {})}, timeout=120)


def one_line_error(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("smsplanner: "), r.stderr
    return lines[0]


@pytest.mark.parametrize(("flag", "typed", "fixed"), [
    ("--revenue", "12,50", "12.50"), ("--cost", "0,5", "0.5"), ("--sent", "1,5", "1.5")])
def test_decimal_comma_is_refused_with_the_point_form(db_path: Path, flag: str, typed: str,
                                                      fixed: str) -> None:
    r = run("--db", str(db_path), "add", "--name", "X", "--date", "2026-01-01", flag, typed)
    assert f"write {fixed}" in one_line_error(r)
    assert not db_path.exists()  # refused before anything was created


def test_thousands_separators_still_work(db_path: Path) -> None:
    r = run("--db", str(db_path), "add", "--name", "X", "--date", "2026-01-01", "--sent",
            "1,250", "--revenue", "1,250.50", "--json")
    assert r.returncode == 0, r.stderr
    row = json.loads(r.stdout)
    assert (row["sent"], row["revenue"]) == (1250, 1250.5)


@pytest.mark.parametrize("command", [
    ["campaigns"], ["trend"], ["compare", "1", "2"], ["imports"], ["backups"], ["delete", "1"],
    ["undo-import", "1"], ["export", "out.csv"], ["backup"],
    ["whatif", "--audience", "100", "--history"]])
def test_read_commands_refuse_a_missing_file(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "campains.sqlite"
    line = one_line_error(run("--db", str(missing), *command))
    assert "does not exist" in line and str(missing) in line
    assert not missing.exists()


def test_read_commands_refuse_a_missing_file_named_in_the_environment(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"
    line = one_line_error(run("campaigns", env={"SMSPLANNER_DB": str(missing)}))
    assert "does not exist" in line and not missing.exists()


def test_writing_commands_create_the_file_and_say_so(db_path: Path) -> None:
    r = run("--db", str(db_path), "add", "--name", "First", "--date", "2026-01-01")
    assert r.returncode == 0, r.stderr
    assert f"Created a new campaign file: {db_path}" in r.stderr and db_path.exists()
    r = run("--db", str(db_path), "add", "--name", "Second", "--date", "2026-01-02")
    assert r.returncode == 0 and "Created" not in r.stderr


def test_unknown_channel_lists_the_known_ones(db_path: Path) -> None:
    assert run("--db", str(db_path), "sample-data").returncode == 0
    assert run("--db", str(db_path), "add", "--name", "E", "--date", "2026-01-01",
               "--channel", "email").returncode == 0
    line = one_line_error(run("--db", str(db_path), "campaigns", "--channel", "emial"))
    assert "'emial'" in line and "sms, email, all" in line
    line = one_line_error(run("--db", str(db_path), "trend", "--channel", "emial"))
    assert "sms, email, all" in line
    r = run("--db", str(db_path), "campaigns", "--channel", "EMAIL", "--json")
    assert r.returncode == 0 and [c["name"] for c in json.loads(r.stdout)] == ["E"]


def _options(parser: argparse.ArgumentParser, path: list[str]):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _options(child, [*path, name])
        elif not isinstance(action, argparse._HelpAction):
            yield " ".join(path), action


def test_every_option_has_help_text() -> None:
    bare = [f"{cmd} {a.option_strings or a.dest}" for cmd, a in _options(build_parser(), [])
            if not a.help]
    assert bare == []


def test_message_parts_command_and_segments_alias() -> None:
    for name in ("message-parts", "segments"):
        r = run(name, "a" * 161)
        assert r.returncode == 0, r.stderr
        assert "2 message parts" in r.stdout and "segment" not in r.stdout


@pytest.fixture
def two_campaigns(db_path: Path) -> Path:
    for name, conv in (("Spring", "40"), ("Summer", "70")):
        assert run("--db", str(db_path), "add", "--name", name, "--date", "2026-03-01",
                   "--sent", "1000", "--delivered", "1000", "--conversions", conv).returncode == 0
    return db_path


def test_compare_speaks_plainly_and_names_methods_on_request(two_campaigns: Path) -> None:
    plain = run("--db", str(two_campaigns), "compare", "Spring", "Summer")
    assert plain.returncode == 0, plain.stderr
    for jargon in ("Newcombe", "score interval", "p-value", "z-test"):
        assert jargon not in plain.stdout
    detailed = run("--db", str(two_campaigns), "compare", "Spring", "Summer", "--details")
    assert "Newcombe" in detailed.stdout and "p-value" in detailed.stdout
    as_json = json.loads(run("--db", str(two_campaigns), "compare", "Spring", "Summer",
                             "--json").stdout)
    assert "Newcombe" in json.dumps(as_json)


def test_plan_test_keeps_the_formula_for_details() -> None:
    args = ["plan-test", "--baseline", "0.04", "--relative-lift", "0.25"]
    plain = run(*args)
    assert plain.returncode == 0, plain.stderr
    assert "Fleiss" not in plain.stdout and "formula" not in plain.stdout.lower()
    assert "recipients per message" in plain.stdout
    assert "Fleiss" in run(*args, "--details").stdout


def test_an_existing_empty_file_reads_as_no_campaigns(db_path: Path) -> None:
    open_db(db_path).close()
    r = run("--db", str(db_path), "campaigns")
    assert r.returncode == 0 and "No campaigns yet" in r.stdout


def test_sample_data_can_be_removed_leaving_own_campaigns(db_path: Path) -> None:
    db = ["--db", str(db_path)]
    assert run(*db, "add", "--name", "My own", "--date", "2025-11-04").returncode == 0
    assert run(*db, "sample-data").returncode == 0
    r = run(*db, "sample-data", "--remove", "--json")
    assert r.returncode == 0, r.stderr
    from smsplanner.domain.sample import sample_campaigns, sample_plans

    expected = len(sample_campaigns()) + len(sample_plans(dt.date.today()))
    assert json.loads(r.stdout) == {"removed": expected}  # its sent campaigns and its plans
    left = json.loads(run(*db, "campaigns", "--json").stdout)
    assert [c["name"] for c in left] == ["My own"]
    assert "nothing changed" in run(*db, "sample-data", "--remove").stdout
