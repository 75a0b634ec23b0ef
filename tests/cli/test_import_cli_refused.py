"""Refused files still report what was found in them: the shape in `import --json`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smsplanner.cli import main

LOG = ("Sid,To,SentDate,Status,Direction,Price\n"
       "SM1,+447700900001,2026-03-01T10:00:00Z,delivered,outbound-api,-0.0079\n")


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def _import(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, list]:
    code = main(["--db", str(db), "import", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_log_without_campaign_is_refused_with_its_shape(
        tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "log.csv"
    f.write_text(LOG)
    code, [obj] = _import(capsys, db_path, str(f))
    assert code == 2 and obj["import_id"] is None
    assert "--campaign" in obj["problems"][-1]["message"]
    assert obj["shape"] == "messages"
    assert obj["rows_read"] == 1 and obj["detected"]["delimiter"] == ","


@pytest.mark.parametrize(("content", "shape"), [
    ("Campaign,Date,Sent\n", "summary"),
    ("Sid,SentDate,Status,Direction\n", "messages"),
])
def test_header_only_files_are_refused_with_their_shape(
        content: str, shape: str, tmp_path: Path, db_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "only-headers.csv"
    f.write_text(content)
    code, [obj] = _import(capsys, db_path, str(f))
    assert code == 2 and "no rows" in obj["problems"][-1]["message"]
    assert obj["shape"] == shape


def test_shape_stays_null_when_nothing_could_be_read(
        tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "empty.csv"
    f.write_bytes(b"")
    code, [obj] = _import(capsys, db_path, str(f))
    assert code == 2 and obj["shape"] is None
