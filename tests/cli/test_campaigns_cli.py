"""The command-line contract of issue 2, run as a real subprocess on real database files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smsplanner.domain.metrics import wilson_interval

REQUIRED_KEYS = {
    "id", "name", "date", "time", "channel", "segment", "offer", "sent", "delivered", "clicks",
    "replies", "opt_outs", "conversions", "revenue", "cost", "recipients", "conversion_rate",
    "conversion_rate_low", "conversion_rate_high", "click_rate", "response_rate", "delivery_rate",
}


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "smsplanner", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=120)


def test_add_then_list_json(db_path: Path) -> None:
    r = run("--db", str(db_path), "add", "--name", "Spring sale", "--date", "2026-03-14",
            "--time", "09:30", "--segment", "Loyal", "--offer", "20% off", "--sent", "1000",
            "--delivered", "950", "--clicks", "120", "--conversions", "38", "--revenue",
            "1520.50", "--cost", "45")
    assert r.returncode == 0, r.stderr
    r = run("campaigns", "--json", "--db", str(db_path))
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) == 1
    row = rows[0]
    assert set(row) >= REQUIRED_KEYS
    assert row["date"] == "2026-03-14" and row["time"] == "09:30"
    assert row["recipients"] == 950
    assert row["conversion_rate"] == pytest.approx(0.04)
    lo, hi = wilson_interval(38, 950)
    assert row["conversion_rate_low"] == pytest.approx(lo)
    assert row["conversion_rate_high"] == pytest.approx(hi)
    assert row["replies"] is None and row["response_rate"] is None  # unknown, not zero
    assert row["click_rate"] == pytest.approx(120 / 950)
    assert row["delivery_rate"] == pytest.approx(0.95)


def test_sample_data_is_idempotent_and_sorted(db_path: Path) -> None:
    env = {"SMSPLANNER_DB": str(db_path)}
    assert run("sample-data", env=env).returncode == 0
    first = json.loads(run("campaigns", "--json", env=env).stdout)
    assert run("sample-data", env=env).returncode == 0
    second = json.loads(run("campaigns", "--json", env=env).stdout)
    assert first == second
    assert 40 <= len(first) <= 60
    assert [(r["date"], r["name"]) for r in first] == sorted((r["date"], r["name"]) for r in first)
    assert len({r["segment"] for r in first}) == 3
    assert sum(r["status"] == "planned" for r in first) == 4  # sends in the coming weeks
    rates = [r["conversion_rate"] for r in first if r["status"] == "sent"]
    assert min(rates) >= 0.01 and max(rates) <= 0.09
    assert any(r["clicks"] is None for r in first) and any(r["replies"] is None for r in first)
    assert all(r["offer"] or r["offer"] is None for r in first)
    days = sorted(r["date"] for r in first)
    assert days[0][:4] != days[-1][:4]  # spans more than a year


def test_channel_filter(db_path: Path) -> None:
    db = ["--db", str(db_path)]
    r = run(*db, "add", "--name", "E", "--date", "2026-01-01", "--channel", "email")
    assert r.returncode == 0
    assert run(*db, "add", "--name", "S", "--date", "2026-01-01").returncode == 0
    assert [r["name"] for r in json.loads(run(*db, "campaigns", "--json").stdout)] == ["S"]
    everything = json.loads(run(*db, "campaigns", "--json", "--channel", "all").stdout)
    names = [r["name"] for r in everything]
    assert names == ["E", "S"]


def test_csv_output_has_header_and_empty_unknowns(db_path: Path) -> None:
    db = ["--db", str(db_path)]
    run(*db, "add", "--name", "S", "--date", "2026-01-01", "--sent", "10")
    r = run(*db, "campaigns", "--csv")
    lines = r.stdout.splitlines()
    assert lines[0].startswith("id,name,date")
    assert ",10," in lines[1]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["add", "--name", "X", "--date", "2026-02-30"], "YYYY-MM-DD"),
        (["add", "--name", "X", "--date", "2026-01-01", "--sent", "5", "--delivered", "6"],
         "Delivered (6) cannot be more than sent (5)"),
        (["add", "--name", "X", "--date", "2026-01-01", "--sent", "-5"], "negative"),
        (["add", "--name", "X", "--date", "2026-01-01", "--time", "9am"], "HH:MM"),
        (["delete", "999"], "no campaign with id 999"),
        (["nonsense"], "invalid choice"),
    ],
)
def test_user_mistakes_exit_2_with_one_line(db_path: Path, args: list[str], words: str) -> None:
    from smsplanner.storage.db import open_db

    open_db(db_path).close()  # an existing empty file: a missing one is refused before this
    r = run("--db", str(db_path), *args)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("smsplanner: ")
    assert words in lines[0]


def test_duplicate_is_a_user_mistake(db_path: Path) -> None:
    db = ["--db", str(db_path)]
    assert run(*db, "add", "--name", "A", "--date", "2026-01-01").returncode == 0
    r = run(*db, "add", "--name", "A", "--date", "2026-01-01")
    assert r.returncode == 2 and "already exists" in r.stderr


def test_delete(db_path: Path) -> None:
    db = ["--db", str(db_path)]
    run(*db, "add", "--name", "A", "--date", "2026-01-01")
    assert run(*db, "delete", "1").returncode == 0
    assert json.loads(run(*db, "campaigns", "--json").stdout) == []


def test_bad_db_location_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = run("--db", str(blocker / "sub" / "db.sqlite"), "campaigns")
    assert r.returncode in (1, 2)
    assert "Traceback" not in r.stderr
    assert r.stderr.startswith("smsplanner: ")


def test_unexpected_error_exits_1_with_log_path(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from smsplanner import cli
    from smsplanner.cli import campaigns

    def broken(args: object) -> int:
        raise ZeroDivisionError("a bug, with +447700900123 in its message")

    monkeypatch.setattr(campaigns, "cmd_campaigns", broken)
    code = cli.main(["--db", str(db_path), "campaigns"])
    err = capsys.readouterr().err
    assert code == 1
    assert "ZeroDivisionError" in err and "details are in" in err
    assert "447700900123" not in err
    log = Path(err.split("details are in ", 1)[1].strip())
    assert log.exists() and "Traceback" in log.read_text()


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("smsplanner ")


def test_log_redacts_phone_numbers_but_keeps_dates() -> None:
    from smsplanner.logs import redact

    text = "bad value '+44 7700 900123' on 2026-11-26 18:43:27 at line 1234 (07700900123)"
    out = redact(text)
    assert "7700" not in out and "900123" not in out
    assert "2026-11-26 18:43:27" in out and "line 1234" in out
