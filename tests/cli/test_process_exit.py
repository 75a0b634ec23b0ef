"""The process entry (`python -m smsplanner`, the console script) exits without interpreter
teardown after a command: nothing it printed or wrote may be lost by that."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

LOG = "Sid,To,SentDate,Status,Direction,Price\n" + "".join(
    f"SM{i:05d},+4477009{i:05d},2026-03-01T10:{i % 60:02d}:00Z,delivered,outbound-api,-0.0079\n"
    for i in range(3000))


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "smsplanner", *args], capture_output=True,
                          text=True, env={**os.environ, "TZ": "UTC"}, timeout=120)


def test_a_big_json_answer_arrives_whole_and_the_database_is_closed_cleanly(
        tmp_path: Path) -> None:
    files = []
    for k in range(40):  # a long answer: more than any pipe buffer holds at once
        f = tmp_path / f"log{k}.csv"
        f.write_text(LOG.replace("SM", f"S{k}M"))
        files.append(str(f))
    db = tmp_path / "c.sqlite"
    r = _run("--db", str(db), "import", *files, "--campaign", "Spring", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert len(out) == 40 and all(o["rows_imported"] == 3000 for o in out)
    # The connection was closed before the fast exit: its WAL was checkpointed and removed.
    assert not Path(str(db) + "-wal").exists()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 120_000
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_a_refusal_keeps_its_exit_code_and_message(tmp_path: Path, json_flag: list[str]) -> None:
    f = tmp_path / "log.csv"
    f.write_text(LOG)
    r = _run("--db", str(tmp_path / "c.sqlite"), "import", str(f), *json_flag)
    assert r.returncode == 2
    said = r.stderr if not json_flag else r.stdout
    assert "--campaign" in said  # the log names no campaign: the refusal says how to fix it


def test_usage_errors_still_exit_2_with_one_line(tmp_path: Path) -> None:
    r = _run("--db", str(tmp_path / "c.sqlite"), "import")
    assert r.returncode == 2 and r.stderr.startswith("smsplanner:")
