"""Bad files through the whole import: each refused with a sentence, the database unchanged.

The catalogue (empty, garbage, truncated, password-protected, bombs, impossible values) and a
property-based run over mutated CSV and XLSX files; a full disk during an import.
"""

from __future__ import annotations

import os
import random
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smsplanner.domain.errors import SmsPlannerError
from smsplanner.services.importer import import_file
from smsplanner.services.sample import load_sample_data
from smsplanner.storage.db import open_db
from smsplanner.storage.health import DiskFullError

GOOD_CSV = ("Campaign name,Date,Sent,Delivered,Clicks,Conversions,Revenue\n"
            "Spring sale,2026-03-01,1200,1180,240,36,\"1,250.00\"\n"
            "Summer sale,2026-06-01,1500,1490,300,41,1600.50\n")
ROWS = [["Campaign name", "Date", "Sent", "Delivered", "Conversions"],
        ["Spring sale", "2026-03-01", 1200, 1180, 36],
        ["Summer sale", "2026-06-01", 1500, 1490, 41]]


def _xlsx(path: Path, rows: list[list[object]] = ROWS) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _dump(conn: sqlite3.Connection) -> list[str]:
    # Everything but the import-number counter: undo gives back every row, while numbers
    # handed out stay used so no two imports ever share one.
    return [line for line in conn.iterdump() if "sqlite_sequence" not in line]


def _empty(p: Path) -> Path:
    p = p / "empty.csv"
    p.write_bytes(b"")
    return p


def _header_only(p: Path) -> Path:
    p = p / "header.csv"
    p.write_text("Campaign name,Date,Sent\n")
    return p


def _garbage(p: Path) -> Path:
    p = p / "garbage.csv"
    p.write_bytes(random.Random(1).randbytes(5000))
    return p


def _png(p: Path) -> Path:
    p = p / "picture.csv"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(2).randbytes(800))
    return p


def _truncated(p: Path) -> Path:
    src = _xlsx(p / "full.xlsx", [*ROWS] * 300)
    cut = p / "cut.xlsx"
    cut.write_bytes(src.read_bytes()[: src.stat().st_size // 2])
    return cut


def _password(p: Path) -> Path:
    p = p / "secret.xlsx"
    p.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504
                  + "EncryptionInfo".encode("utf-16-le") + b"\0" * 2000)
    return p


def _far_cell(p: Path) -> Path:
    path = _xlsx(p / "far.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active["XFD1048576"] = 1
    wb.save(path)
    return path


def _zip_bomb(p: Path) -> Path:
    src = _xlsx(p / "ok.xlsx")
    out = p / "zipbomb.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, zin.read(item.filename))
        with zout.open("xl/media/padding.xml", "w") as fh:
            for _ in range(120):
                fh.write(b"\0" * (1 << 20))
    return out


def _impossible(p: Path) -> Path:
    p = p / "impossible.csv"
    p.write_text("Campaign name,Date,Sent,Delivered,Clicks,Conversions\n"
                 "Too many,2026-03-01,100,150,20,5\n"
                 "Negative,2026-03-02,-5,,,\n"
                 "No date,,100,90,10,1\n"
                 "Bad date,2026-13-45,100,90,10,1\n")
    return p


def _examples(small: int) -> int:
    """Hypothesis examples: small in make test, more under SMSPLANNER_RELIABILITY_TRIALS."""
    return max(small, int(os.environ.get("SMSPLANNER_RELIABILITY_TRIALS", "0") or 0))


CATALOGUE: dict[str, Callable[[Path], Path]] = {
    "empty": _empty, "header only": _header_only, "garbage": _garbage, "png as csv": _png,
    "truncated xlsx": _truncated, "password-protected xlsx": _password,
    "cell at XFD1048576": _far_cell, "zip bomb": _zip_bomb, "impossible values": _impossible,
}


def _refused_cleanly(conn: sqlite3.Connection, path: Path) -> tuple[bool, str]:
    """Import path: True when refused with a sentence naming the file and nothing changed."""
    before = _dump(conn)
    try:
        result = import_file(conn, path)
        refused, message = result.refused, result.message
    except SmsPlannerError as exc:
        refused, message = True, str(exc)
    unchanged = _dump(conn) == before
    return refused and unchanged and path.name in message and "Traceback" not in message, message


@pytest.mark.parametrize("kind", list(CATALOGUE))
def test_bad_file_catalogue(kind: str, tmp_path: Path, tally) -> None:
    tally.name("bad-file catalogue (9 kinds, whole import)")
    conn = open_db(tmp_path / "db.sqlite")
    load_sample_data(conn)
    ok, message = _refused_cleanly(conn, CATALOGUE[kind](tmp_path))
    tally.trial(ok)
    assert ok, message
    conn.close()


def _mutate(data: bytes, seed: int, n: int) -> bytes:
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(n):
        op = rng.randrange(4)
        i = rng.randrange(len(out)) if out else 0
        if op == 0 and out:
            out[i] = rng.randrange(256)
        elif op == 1:
            out[i:i] = rng.randbytes(rng.randrange(1, 8))
        elif op == 2 and out:
            del out[i:i + rng.randrange(1, 16)]
        else:
            out = out[:i]
    return bytes(out)


@pytest.fixture(scope="module")
def mutation_db(tmp_path_factory: pytest.TempPathFactory):
    conn = open_db(tmp_path_factory.mktemp("mut") / "db.sqlite")
    load_sample_data(conn)
    yield conn
    conn.close()


def _import_mutant(conn: sqlite3.Connection, path: Path, tally) -> None:
    before = _dump(conn)
    try:
        result = import_file(conn, path, backup=False)
        refused = result.refused
    except SmsPlannerError:
        refused = True
    # Refused: nothing may change. Imported: the file was still readable; undo it to go on.
    if refused:
        ok = _dump(conn) == before
    else:
        from smsplanner.services.importer import undo_import

        if result.import_id is not None:
            undo_import(conn, result.import_id, backup=False)
        ok = _dump(conn) == before or result.import_id is None
    tally.trial(ok)
    assert ok


@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 12))
@settings(max_examples=_examples(25), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_mutated_csv_files(seed: int, n: int, mutation_db, tmp_path: Path, tally) -> None:
    tally.name("mutated CSV files (hypothesis)")
    path = tmp_path / f"m{seed}-{n}.csv"
    path.write_bytes(_mutate(GOOD_CSV.encode(), seed, n))
    _import_mutant(mutation_db, path, tally)


@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 6))
@settings(max_examples=_examples(15), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_mutated_xlsx_files(seed: int, n: int, mutation_db, tmp_path: Path, tally) -> None:
    tally.name("mutated XLSX files (hypothesis)")
    good = _xlsx(tmp_path / "good.xlsx").read_bytes()
    path = tmp_path / f"m{seed}-{n}.xlsx"
    path.write_bytes(_mutate(good, seed, n))
    _import_mutant(mutation_db, path, tally)


def test_disk_full_during_an_import(tmp_path: Path, tally) -> None:
    tally.name("disk full during an import (max_page_count)")
    conn = open_db(tmp_path / "db.sqlite")
    load_sample_data(conn)
    big = tmp_path / "big.csv"
    big.write_text("Campaign name,Date,Sent,Delivered,Conversions,Message\n" + "".join(
        f"Campaign {i},2026-01-{1 + i % 28:02d},{1000 + i},{990 + i},{i % 40},{'x' * 300}\n"
        for i in range(2000)))
    before = _dump(conn)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 20}")
    with pytest.raises(DiskFullError) as err:
        import_file(conn, big)
    assert "disk is full" in str(err.value)
    unchanged = _dump(conn) == before
    conn.execute("PRAGMA max_page_count = 1073741823")
    result = import_file(conn, big)  # space freed: the same file now imports
    ok = unchanged and not result.refused and result.campaigns_created == 2000
    tally.trial(ok)
    assert ok
    conn.close()
