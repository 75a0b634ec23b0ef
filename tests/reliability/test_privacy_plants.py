"""Planted phone numbers never reach the database, backups, exports, JSON or the terminal.

Each plant is a number hidden somewhere an earlier audit found one got through: message
text, a status, a message id, a dotted segment, the file's name, a money cell.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from smsplanner.cli import main
from smsplanner.storage.backups import make_backup
from smsplanner.storage.db import open_db

LOG_HEAD = "Sid,Campaign,To,Status,Direction,DateSent,Body,Order value\n"


def _log_row(sid: str = "SM1", status: str = "delivered",
             body: str = "Spring sale: 20% off today", order: str = "") -> str:
    return (f"{sid},Spring,+447700900123,{status},outbound-api,2026-03-01T10:00:00Z,"
            f"\"{body}\",{order}\n")


def _log(rows: list[str]) -> str:
    return LOG_HEAD + "".join(rows) + _log_row("SM9", order="12.50") + _log_row("SM8")


SUMMARY_HEAD = "Campaign,Date,Segment,Sent,Delivered,Orders,Revenue\n"
SUMMARY_TAIL = "Winter,2026-12-01,New,1000,950,40,300\n"

# name -> (file name, file text, planted digits, extra CLI flags)
PLANTS: dict[str, tuple[str, str, list[str], list[str]]] = {
    "numbers in the message text": (
        "log.csv", _log([_log_row(body="Call us on +447700900456 or 020 7946 0958")]),
        ["447700900456", "2079460958"], []),
    "a number in a status cell": (
        "log.csv", _log([_log_row(status="delivered to +447700900999")]),
        ["447700900999"], []),
    "message ids made from a number": (
        "log.csv", _log([_log_row(sid="+447700900888-1"), _log_row(sid="+447700900888-2")]),
        ["447700900888"], []),
    "a dotted number in a segment": (
        "summary.csv", SUMMARY_HEAD + "Autumn,2026-09-01,VIP 555.201.9911,1000,950,40,200\n"
        + SUMMARY_TAIL, ["5552019911"], []),
    "a number in the file name": (
        "export +447700900555.csv", _log([_log_row()]), ["447700900555"], []),
    "a number as revenue": (
        "summary.csv", SUMMARY_HEAD + "Autumn,2026-09-01,Loyal,1000,950,40,\"+1 555 201 7788\"\n"
        + SUMMARY_TAIL, ["5552017788"], ["--skip-bad-rows"]),
    "a number as an order value in a log": (
        "log.csv", _log([_log_row(order="+1 555 201 7788")]), ["5552017788"],
        ["--skip-bad-rows"]),
}


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _everything(db: Path, tmp: Path, run: Callable[..., str]) -> dict[str, str]:
    """Every place a number could end up, as text."""
    conn = open_db(db)
    dump = "\n".join(conn.iterdump())
    backup = make_backup(conn, reason="manual")
    conn.close()
    kept = open_db(backup, read_only=True)
    backup_dump = "\n".join(kept.iterdump())
    kept.close()
    out = {"database": dump, "backup": backup_dump}
    for ext in ("csv", "xlsx"):
        target = tmp / f"export.{ext}"
        run("export", str(target))
        out[f"export .{ext}"] = (target.read_text(encoding="utf-8-sig") if ext == "csv"
                                 else _xlsx_text(target))
    out["campaigns --json"] = run("campaigns", "--json")
    out["campaigns --csv"] = run("campaigns", "--csv")
    out["imports"] = run("imports") + run("imports", "--json")
    return out


def _xlsx_text(path: Path) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    return "\n".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True)
                     for v in row if v is not None)


@pytest.mark.parametrize("plant", list(PLANTS))
def test_a_planted_phone_number_is_never_stored_or_shown(
        plant: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], tally) -> None:
    tally.name("privacy plants (number stored, exported or printed)")
    file_name, text, planted, flags = PLANTS[plant]
    db = tmp_path / "campaigns.sqlite"
    src = tmp_path / file_name
    src.write_text(text, encoding="utf-8")

    def run(*args: str) -> str:
        code = main(["--db", str(db), *args])
        said = capsys.readouterr()
        assert code in (0, 2), (args, said.err)
        return said.out + said.err

    first = run("import", str(src), "--json")
    printed = first + run("import", str(src), "--dry-run") + run("import", str(src), *flags)
    places = {"import output": printed, **_everything(db, tmp_path, run)}
    leaks = [where for where, said in places.items()
             if any(p in _digits(said) for p in planted)]
    imported = json.loads(first)[0]
    if plant.startswith("a number as"):
        # The cell is a problem of its own (value hidden), never an amount or a dropped column.
        assert imported["refused"] is True if "refused" in imported else imported["problems"]
        assert any("looks like a phone number" in p["message"] for p in imported["problems"])
        assert "Order value" not in imported["dropped_columns"]
    ok = not leaks
    tally.trial(ok)
    assert ok, f"{plant}: the number reached {leaks}"
