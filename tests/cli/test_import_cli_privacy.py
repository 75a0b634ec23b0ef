"""Phone numbers written inside cells never reach the database bytes or the problem list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smsplanner.cli import main

PHONES = ("7700900126", "7700900127", "7700900128", "7700900129", "7700900130")


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def _import(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, list, str]:
    code = main(["--db", str(db), "import", *args, "--json"])
    out = capsys.readouterr()
    return code, json.loads(out.out), out.err


def _db_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))


def test_phone_numbers_inside_free_text_cells_are_hidden_before_the_database(
        tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "hand kept.csv"
    f.write_text("Campaign,Date,Sent,Message,Segment,Notes\n"
                 "Call +44 7700 900126 promo,2026-03-05,100,Reply to +447700900127 now,"
                 "VIP 447700900128,asked 07700 900129 to call back\n")
    code, [obj], _ = _import(capsys, db_path, str(f))
    assert code == 0 and obj["campaigns_created"] == 1
    data = _db_bytes(db_path)
    for p in PHONES:
        assert p.encode() not in data
    main(["--db", str(db_path), "campaigns", "--json"])
    [c] = json.loads(capsys.readouterr().out)
    assert c["name"] == "Call (phone number hidden) promo"
    assert c["message"] == "Reply to (phone number hidden) now"


def test_phone_number_inside_a_bad_cell_is_hidden_in_the_problem_list(
        tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "sheet.csv"
    f.write_text("Campaign,Date,Sent\n"
                 "A,called +447700900130 on monday,100\n")
    code, [obj], err = _import(capsys, db_path, str(f))
    assert code == 2 and obj["import_id"] is None
    [problem] = obj["problems"]
    assert problem["row"] == 2 and problem["column"] == "Date"
    assert "7700900130" not in json.dumps(obj) and "7700900130" not in err
    assert problem["value"] == "called (phone number hidden) on monday"
