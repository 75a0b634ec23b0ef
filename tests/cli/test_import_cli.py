"""The import commands' contract: JSON keys, exit codes, stderr, and a property test."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smsplanner.cli import main

KEYS = ["file", "import_id", "shape", "rows_read", "rows_imported", "rows_skipped",
        "campaigns_created", "campaigns_updated", "duplicate_of", "unmapped_columns",
        "dropped_columns", "problems", "detected", "currency", "other_costs", "reason",
        "backup"]
DETECTED = ["encoding", "delimiter", "decimal", "date_order", "header_row", "sheet"]
SUMMARY = "Campaign,Date,Messages sent,Orders,Notes\nA,2026-03-01,100,3,x\nB,2026-03-08,120,4,y\n"
LOG = ("Sid,To,SentDate,Status,Direction,Price\n"
       "SM1,+447700900001,2026-03-01T10:00:00Z,delivered,outbound-api,-0.0079\n"
       "SM2,+447700900002,2026-03-01T10:00:01Z,failed,outbound-api,-0.0079\n")


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_json_contract_and_reimport(tmp_path: Path, db_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "summary.csv"
    f.write_text(SUMMARY)
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(f), "--json")
    assert code == 0
    [obj] = json.loads(out)
    assert list(obj) == KEYS and list(obj["detected"]) == DETECTED
    assert obj["shape"] == "summary" and obj["import_id"] == 1
    assert (obj["rows_read"], obj["rows_imported"], obj["campaigns_created"]) == (2, 2, 2)
    assert obj["unmapped_columns"] == [] and obj["problems"] == []  # Notes are imported
    assert obj["detected"]["delimiter"] == "," and obj["detected"]["header_row"] == 1
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(f), "--json")
    assert code == 0 and json.loads(out)[0]["duplicate_of"] == 1
    code, out, _ = run(capsys, "--db", str(db_path), "imports", "--json")
    [batch] = json.loads(out)
    assert batch["id"] == 1 and batch["file"] == "summary.csv" and len(batch["sha256"]) == 64


def test_log_without_campaign_exits_2_saying_so(tmp_path: Path, db_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "log.csv"
    f.write_text(LOG)
    code, out, err = run(capsys, "--db", str(db_path), "import", str(f))
    assert code == 2 and "--campaign" in err
    code, out, err = run(capsys, "--db", str(db_path), "import", str(f), "--campaign", "March",
                         "--json")
    assert code == 0
    [obj] = json.loads(out)
    assert obj["shape"] == "messages" and obj["dropped_columns"] == ["To"]
    assert "7700900" not in out + err


def test_problems_on_stderr_exit_2_and_nothing_written(tmp_path: Path, db_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.csv"
    good.write_text(SUMMARY)
    bad = tmp_path / "bad.csv"
    bad.write_text("Campaign,Date,Sent,Delivered\nC,2026-03-01,10,20\n")
    code, out, err = run(capsys, "--db", str(db_path), "import", str(good), str(bad))
    assert code == 2
    assert "row 2, column 'Delivered'" in err and "cannot be more than sent" in err
    assert "Imported good.csv" in out
    code, out, _ = run(capsys, "--db", str(db_path), "campaigns", "--json")
    assert [c["name"] for c in json.loads(out)] == ["A", "B"]


def test_map_dry_run_and_undo(tmp_path: Path, db_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "s.csv"
    f.write_text("Promo,When,Texts,Orders\nA,2026-03-01,100,3\n")
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(f), "--map", "name=Promo",
                       "--map", "date=When", "--dry-run", "--json")
    assert code == 0 and json.loads(out)[0]["import_id"] is None
    code, out, _ = run(capsys, "--db", str(db_path), "campaigns", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(f), "--map", "name=Promo",
                       "--map", "date=When", "--map", "sent=Texts")
    assert code == 0
    code, out, _ = run(capsys, "--db", str(db_path), "undo-import", "1")
    assert code == 0 and "Undid import #1" in out
    code, _, err = run(capsys, "--db", str(db_path), "undo-import", "1")
    assert code == 2 and "no import #1" in err
    code, _, err = run(capsys, "--db", str(db_path), "import", str(f), "--map", "sent=Nope")
    assert code == 2 and "no column 'Nope'" in err


def test_unreadable_files_exit_2_with_one_sentence(tmp_path: Path, db_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    header_only = tmp_path / "header.csv"
    header_only.write_text("Campaign,Date,Sent\n")
    for f in (empty, png, header_only):
        code, _, err = run(capsys, "--db", str(db_path), "import", str(f))
        assert code == 2 and f.name in err, err


def _dump(path: Path) -> list[tuple[object, ...]]:
    c = sqlite3.connect(path)
    try:
        return [tuple(r) for t in ("campaigns", "import_batches", "messages")
                for r in c.execute(f"SELECT * FROM {t} ORDER BY 1")]
    finally:
        c.close()


CELLS = st.one_of(st.sampled_from(["", "10", "-3", "1,5", "x", "2026-03-01", "01/02/2026",
                                   "12.3%", "STOP", "+447700900123", "NA", "Total", "yes",
                                   "9999999999", "delivered", "inbound"]),
                  st.text(max_size=8))
HEADERS = st.lists(st.sampled_from(["Campaign", "Date", "Sent", "Delivered", "Clicks",
                                    "Orders", "Revenue", "Sid", "Status", "Direction", "To",
                                    "Body", "Click rate", "Channel", "Price"]),
                   min_size=1, max_size=7, unique=True)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(headers=HEADERS, data=st.data(), mutate=st.binary(max_size=12))
def test_random_files_import_or_fail_typed_with_db_unchanged(
        tmp_path: Path, headers: list[str], data: st.DataObject, mutate: bytes) -> None:
    from smsplanner.domain.errors import SmsPlannerError
    from smsplanner.services.importer import import_file
    from smsplanner.storage.db import open_db

    rows = data.draw(st.lists(st.lists(CELLS, min_size=len(headers), max_size=len(headers)),
                              max_size=6))
    text = ",".join(headers) + "\n" + "".join(
        ",".join('"' + c.replace('"', '""') + '"' for c in r) + "\n" for r in rows)
    raw = text.encode("utf-8")
    if mutate:
        pos = data.draw(st.integers(0, len(raw)))
        raw = raw[:pos] + mutate + raw[pos:]
    f = tmp_path / "random.csv"
    f.write_bytes(raw)
    db = tmp_path / "prop.sqlite"
    conn = open_db(db)
    try:
        before = _dump(db)
        try:
            result = import_file(conn, f, campaign="Prop", backup=False)
        except SmsPlannerError:
            assert _dump(db) == before
            return
        if result.refused or result.import_id is None:
            assert _dump(db) == before
        for p in result.problems:
            assert "7700900123" not in (p.value or "") + p.message
        if result.import_id is not None:
            from smsplanner.services.importer import undo_import

            undo_import(conn, result.import_id, backup=False)
            assert _dump(db) == before
    finally:
        conn.close()
        db.unlink(missing_ok=True)
