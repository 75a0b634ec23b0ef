"""Soft failures said in clear words: full disks, read-only places, caps, bombs, odd dates.

Each case once printed the wrong thing (a healthy file called damaged, the backup folder
blamed, Infinity in JSON, a formula in a CSV, 500 lines for one problem...).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from smsplanner.cli import main
from smsplanner.domain.campaign import Campaign
from smsplanner.services.export import export_from_db
from smsplanner.services.importer import import_file
from smsplanner.storage.campaigns import add_campaign, add_campaigns, list_campaigns
from smsplanner.storage.db import open_db


def _cli(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    said = capsys.readouterr()
    return code, said.out, said.err


def _mount(where: Path, size: str = "8m") -> bool:
    if sys.platform != "linux" or os.geteuid() != 0:
        return False
    where.mkdir(exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


def _run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "smsplanner", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def _some_campaigns(db: Path, n: int = 300) -> None:
    conn = open_db(db)
    add_campaigns(conn, [Campaign(f"c{i}", dt.date(2026, 1, 1), sent=10, message="m" * 300)
                         for i in range(n)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.mark.parametrize("free_kb", [0, 1024], ids=["0 bytes free", "about 1 MB free"])
def test_a_full_disk_is_never_called_damage(free_kb: int, tmp_path: Path, tally) -> None:
    tally.name("disk full (0 bytes, ~1 MB free): said as such, never damage")
    mnt = tmp_path / "mnt"
    if not _mount(mnt):
        pytest.skip("needs root to mount a small disk")
    try:
        db = mnt / "campaigns.sqlite"
        _some_campaigns(db)
        filler = mnt / "filler"
        free = os.statvfs(mnt).f_bavail * os.statvfs(mnt).f_frsize // 1024
        with filler.open("wb") as fh:
            try:
                fh.write(b"\0" * max(0, (free - free_kb) * 1024))
            except OSError:
                pass  # 0 bytes free: the write stops when the disk is full
        outputs = [_run(db, "campaigns"), _run(db, "add", "--name", "x" * 20, "--date",
                                                "2026-02-01", "--message", "m" * 4000),
                   _run(db, "backup")]
        said = " ".join(r.stderr for r in outputs)
        ok = ("damaged" not in said and "I/O error" not in said and "Traceback" not in said
              and all(r.returncode in (0, 2) for r in outputs)
              and all("disk is full" in r.stderr for r in outputs if r.returncode == 2))
        tally.trial(ok)
        assert ok, [(r.returncode, r.stderr) for r in outputs]
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_read_only_places_name_the_campaign_file_not_the_backup_folder(tmp_path: Path,
                                                                      tally) -> None:
    tally.name("read-only mount: import, undo, restore name the campaign file")
    mnt = tmp_path / "mnt"
    if not _mount(mnt):
        pytest.skip("needs root to mount a read-only file system")
    try:
        db = mnt / "campaigns.sqlite"
        src = tmp_path / "results.csv"
        src.write_text("Campaign,Date,Sent\nA,2026-01-01,10\n")
        assert _run(db, "import", str(src)).returncode == 0
        outside = tmp_path / "copy.sqlite"
        assert _run(db, "backup", "--to", str(outside)).returncode == 0
        src.write_text("Campaign,Date,Sent\nB,2026-01-02,10\n")
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        runs = [_run(db, "import", str(src)), _run(db, "undo-import", "1"),
                _run(db, "restore", str(outside))]
        ok = all(r.returncode == 2 and "backup folder" not in r.stderr
                 and "Traceback" not in r.stderr and str(db) in r.stderr for r in runs)
        tally.trial(ok)
        assert ok, [r.stderr for r in runs]
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_damage_is_one_sentence_with_the_details_in_the_log(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _some_campaigns(db_path)
    data = bytearray(db_path.read_bytes())
    for page in range(2, 9):  # many pages: SQLite reports a line for each
        data[page * 16384 + 200: page * 16384 + 2000] = b"\xab" * 1800
    db_path.write_bytes(bytes(data))
    code, _, err = _cli(db_path, "campaigns", capsys=capsys)
    assert code == 2 and err.count("\n") == 1 and "is damaged" in err, err
    assert "Tree " not in err and "page" not in err  # SQLite's own lines go to the log


def test_campaigns_csv_neutralises_formulas_like_export(
        db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn = open_db(db_path)
    add_campaign(conn, Campaign("=cmd|' /C calc'!A0", dt.date(2026, 1, 1), sent=10,
                                segment="@SUM(1)"))
    export_from_db(conn, tmp_path / "e.csv")
    conn.close()
    code, out, _ = _cli(db_path, "campaigns", "--csv", capsys=capsys)
    assert code == 0
    row = next(csv.DictReader(io.StringIO(out)))
    exported = next(csv.reader(io.StringIO(
        (tmp_path / "e.csv").read_text(encoding="utf-8-sig").splitlines()[1])))
    assert row["name"] == "'=cmd|' /C calc'!A0" and row["name"] in exported
    assert row["segment"] == "'@SUM(1)"


@pytest.mark.parametrize(("flag", "value", "words"), [
    ("--revenue", "1e308", "more than SMS Planner takes"),
    ("--revenue", "2e12", "more than SMS Planner takes"),
    ("--sent", "5000000000", "more than SMS Planner takes"),
    ("--name", "N" * 600, "at most 500"),
])
def test_caps_on_money_counts_and_names(flag: str, value: str, words: str, db_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    args = ["add", "--name", "Capped", "--date", "2026-01-01", "--sent", "10", "--revenue", "5"]
    args[args.index(flag) + 1] = value
    code, _, err = _cli(db_path, *args, capsys=capsys)
    assert code == 2 and words in err and err.count("\n") == 1, err


def test_json_output_is_always_valid(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from smsplanner.cli.common import print_json

    print_json({"profit": float("inf"), "roi": [float("nan"), 1.5]})
    out = capsys.readouterr().out
    assert json.loads(out) == {"profit": None, "roi": [None, 1.5]}
    code, out, _ = _cli(db_path, "whatif", "--audience", "10000", "--rate", "0.03",
                        "--revenue-per-conversion", "1e308", "--json", capsys=capsys)
    assert "Infinity" not in out and "NaN" not in out
    if code == 0:
        json.loads(out)


def test_a_problem_most_rows_share_is_said_once(tmp_path: Path, db_path: Path) -> None:
    src = tmp_path / "no-date.csv"
    src.write_text("Campaign,Sent,Delivered\n" + "".join(f"C{i},100,90\n" for i in range(3000)))
    conn = open_db(db_path)
    result = import_file(conn, src)
    conn.close()
    assert result.refused and len(result.problems) == 1, [p.message for p in result.problems]
    assert "Every row (3,000)" in result.problems[0].message
    assert "date" in result.problems[0].message


def test_a_billion_laughs_workbook_is_named_as_such(tmp_path: Path, db_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    wb = openpyxl.Workbook()
    for row in (["Campaign", "Date", "Sent"], ["A", "2026-01-01", 10]):
        wb.active.append(row)
    wb.save(good)
    laughs = ('<?xml version="1.0"?>\n<!--' + "x" * 6000 + '-->\n<!DOCTYPE lolz [<!ENTITY lol '
              '"lol">' + "".join(f'<!ENTITY lol{i} "' + (f"&lol{i - 1};" if i > 1 else "&lol;")
                                 * 10 + '">' for i in range(1, 10)) + "]>\n")
    for enc in ("utf-8", "utf-16"):
        bomb = tmp_path / f"bomb-{enc}.xlsx"
        with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bomb, "w") as zout:
            for n in zin.namelist():
                data = zin.read(n)
                if n == "xl/worksheets/sheet1.xml":
                    text = laughs + re.sub(r"^<\?xml[^>]*\?>", "", data.decode())
                    data = text.encode() if enc == "utf-8" else ("\ufeff" + text).encode(
                        "utf-16-le")
                zout.writestr(n, data)
        conn = open_db(db_path)
        result = import_file(conn, bomb)
        conn.close()
        assert result.refused and "billion laughs" in result.message, (enc, result.message)


def test_years_out_of_range_are_said_so(tmp_path: Path, db_path: Path) -> None:
    src = tmp_path / "years.csv"
    src.write_text("Campaign,Date,Sent\nA,0001-01-01,10\nB,9999-12-31,10\nC,2026-13-45,10\n")
    conn = open_db(db_path)
    result = import_file(conn, src)
    conn.close()
    said = {p.row: p.message for p in result.problems}
    assert "year is out of range" in said[2] and "year is out of range" in said[3]
    assert "not a date" in said[4]


def test_export_round_trip_keeps_a_typed_name_with_a_number_and_a_carriage_return(
        tmp_path: Path, db_path: Path) -> None:
    conn = open_db(db_path)
    add_campaign(conn, Campaign("Call 07700 900123 today", dt.date(2026, 1, 1), sent=10))
    add_campaign(conn, Campaign("\rSpring sale", dt.date(2026, 2, 1), sent=20))
    before = sorted(c.name for c in list_campaigns(conn))
    for ext in ("csv", "xlsx"):
        path, _ = export_from_db(conn, tmp_path / f"round.{ext}")
        result = import_file(conn, path)
        assert not result.refused, result.message
        assert result.campaigns_created == 0, (ext, result.message)
    after = sorted(c.name for c in list_campaigns(conn))
    conn.close()
    assert after == before == ["Call (phone number hidden) today", "Spring sale"]
