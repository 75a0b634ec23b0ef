"""Safe export: no cell runs as a formula, numbers stay numbers, the file imports back."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import resource
import signal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smsplanner.domain.campaign import Campaign
from smsplanner.services.export import (
    EXPORT_COLUMNS,
    FORMULA_STARTS,
    ExportError,
    escape_cell,
    export_campaigns,
    export_from_db,
)
from smsplanner.services.sample import load_sample_data
from smsplanner.storage.campaigns import add_campaigns, list_campaigns
from smsplanner.storage.db import open_db

NASTY = ["=1+1", "+SUM(A1:A9)", "-2+3", "@SUM(1)", "\tTab", "\rCR",
         '=HYPERLINK("http://evil.example","click")', "=cmd|' /C calc'!A0"]
FIGURES = ("date", "time", "channel", "sent", "delivered", "clicks", "replies", "opt_outs",
           "conversions", "revenue", "cost")


def _nasty_campaigns() -> list[Campaign]:
    return [Campaign(f"Campaign {i}", dt.date(2026, 1, 1 + i), segment=text, offer=text,
                     message=text, notes=text, sent=1000 + i, delivered=990, clicks=None,
                     conversions=7, revenue=123.45, cost=0.5)
            for i, text in enumerate(NASTY)]


@pytest.mark.parametrize("prefix", FORMULA_STARTS)
def test_formula_like_text_gets_an_apostrophe(prefix: str) -> None:
    assert escape_cell(prefix + "x") == "'" + prefix + "x"
    assert escape_cell("x" + prefix) == "x" + prefix


def test_numbers_stay_numbers() -> None:
    for value in (-5, -0.25, 0, 12, 3.5, None):
        assert escape_cell(value) == value


@given(st.text())
@settings(max_examples=200, deadline=None)
def test_no_escaped_text_can_start_a_formula(text: str) -> None:
    out = escape_cell(text)
    assert not out.startswith(FORMULA_STARTS)
    assert out in (text, "'" + text)


def test_csv_export_is_safe(tmp_path: Path, tally) -> None:
    tally.name("export formula escaping (CSV and XLSX cells)")
    path = export_campaigns(tmp_path / "out.csv", _nasty_campaigns())
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [h for _, h in EXPORT_COLUMNS]
    for row in rows[1:]:
        for cell in row:
            safe = not cell.startswith(FORMULA_STARTS)
            tally.trial(safe)
            assert safe, cell
        rec = dict(zip(rows[0], row, strict=True))
        assert int(rec["Sent"]) >= 1000 and float(rec["Revenue"]) == 123.45
        assert rec["Clicks"] == ""  # unknown stays empty, never 0
    assert rows[1][rows[0].index("Segment")] == "'=1+1"


def test_xlsx_export_is_safe_and_numbers_are_numbers(tmp_path: Path, tally) -> None:
    from openpyxl import load_workbook

    tally.name("export formula escaping (CSV and XLSX cells)")
    path = export_campaigns(tmp_path / "out.xlsx", _nasty_campaigns())
    ws = load_workbook(path).active
    headers = [c.value for c in ws[1]]
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            safe = cell.data_type != "f" and not (
                isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS))
            tally.trial(safe)
            assert safe, cell.value
        rec = {h: c for h, c in zip(headers, row, strict=True)}
        assert isinstance(rec["Sent"].value, int) and isinstance(rec["Revenue"].value, float)
        assert rec["Conversion rate"].number_format == "0.0%"
        assert rec["Clicks"].value is None


def _figures(conn) -> list[tuple]:
    return [tuple(getattr(c, f) for f in FIGURES) for c in list_campaigns(conn, None)]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_exported_file_imports_back_to_the_same_figures(suffix: str, tmp_path: Path,
                                                        tally) -> None:
    from smsplanner.services.importer import import_file

    tally.name("export then import round trip")
    src = open_db(tmp_path / "src.sqlite")
    load_sample_data(src)
    add_campaigns(src, _nasty_campaigns())
    path, count = export_from_db(src, tmp_path / f"out{suffix}", channel=None)
    dst = open_db(tmp_path / "dst.sqlite")
    result = import_file(dst, path)
    assert not result.refused, (result.message, result.problems[:3])
    same = result.campaigns_created == count and _figures(dst) == _figures(src)
    names = [c.name for c in list_campaigns(dst, None)]
    tally.trial(same)
    assert same
    assert names == [c.name for c in list_campaigns(src, None)]
    src.close()
    dst.close()


def test_export_only_the_sms_channel_by_default(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "db.sqlite")
    add_campaigns(conn, [Campaign("text", dt.date(2026, 1, 1), sent=5),
                         Campaign("mail", dt.date(2026, 1, 1), channel="email", sent=5)])
    assert export_from_db(conn, tmp_path / "sms.csv")[1] == 1
    assert export_from_db(conn, tmp_path / "all.csv", channel=None)[1] == 2
    conn.close()


def test_bad_targets_say_why(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"\.csv or \.xlsx"):
        export_campaigns(tmp_path / "out.pdf", [])
    with pytest.raises(ExportError, match="does not exist"):
        export_campaigns(tmp_path / "missing" / "out.csv", [])


def _in_child_with_size_limit(limit: int, fn) -> dict:
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        try:
            out = fn()
        except BaseException as exc:
            out = {"type": type(exc).__name__, "message": str(exc)}
        os.write(w, json.dumps(out).encode())
        os._exit(0)
    os.close(w)
    data = b""
    while chunk := os.read(r, 65536):
        data += chunk
    os.close(r)
    os.waitpid(pid, 0)
    return json.loads(data)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_disk_full_during_export_keeps_the_old_file(suffix: str, tmp_path: Path,
                                                    tally) -> None:
    tally.name("disk full during an export (RLIMIT_FSIZE child)")
    target = tmp_path / f"out{suffix}"
    target.write_bytes(b"the previous export")
    campaigns = _nasty_campaigns() * 1 + [
        Campaign(f"bulk {i}", dt.date(2025, 1, 1), sent=i, message="m" * 500)
        for i in range(300)]
    res = _in_child_with_size_limit(8000, lambda: str(export_campaigns(target, campaigns)))
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    ok = (isinstance(res, dict) and res["type"] == "ExportError" and "disk is full" in
          res["message"] and target.read_bytes() == b"the previous export"
          and leftovers == [target.name])
    tally.trial(ok)
    assert ok, (res, leftovers)
