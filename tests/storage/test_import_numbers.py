"""Import numbers are never handed out twice, also across undo and across the migration that
introduced the counter (m0004), on real database files."""

from __future__ import annotations

from pathlib import Path

import pytest

import smsplanner.storage.db as dbmod
from smsplanner.services.importer import import_file, undo_import
from smsplanner.storage import migrations
from smsplanner.storage.db import open_db


def _sheet(tmp_path: Path, name: str, sent: int) -> Path:
    f = tmp_path / f"{name}.csv"
    f.write_text(f"Campaign,Date,Sent\n{name},2026-03-01,{sent}\n")
    return f


def test_an_undone_import_keeps_its_number(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "c.sqlite")
    first = import_file(conn, _sheet(tmp_path, "A", 100), backup=False).import_id
    second = import_file(conn, _sheet(tmp_path, "B", 100), backup=False).import_id
    assert (first, second) == (1, 2)
    undo_import(conn, second, backup=False)
    third = import_file(conn, _sheet(tmp_path, "C", 100), backup=False).import_id
    assert third == 3  # not 2 again: "import #2" keeps meaning the one that was undone
    assert [b for (b,) in conn.execute("SELECT id FROM import_batches ORDER BY id")] == [1, 3]
    assert conn.execute("SELECT count(*) FROM import_numbers").fetchone()[0] == 0


def test_a_refused_write_uses_no_number(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "c.sqlite")
    assert import_file(conn, _sheet(tmp_path, "A", 100), backup=False).import_id == 1
    bad = tmp_path / "bad.csv"
    bad.write_text("Campaign,Date,Sent,Delivered\nA,2026-03-01,100,150\n")
    assert import_file(conn, bad, backup=False).refused
    assert import_file(conn, _sheet(tmp_path, "B", 5), backup=False).import_id == 2


def test_the_counter_starts_after_the_batches_of_an_older_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    older = [(n, f) for n, f in migrations._FUNCTIONS if n < "m0004"]
    with monkeypatch.context() as m:  # the file as the previous release left it
        m.setattr(migrations, "_FUNCTIONS", older)
        m.setattr(dbmod, "MIGRATION_NAMES", tuple(n for n, _ in older))
        conn = open_db(tmp_path / "c.sqlite")
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'import_numbers'"
                            ).fetchone()[0] == 0
        with conn:
            conn.executemany(
                "INSERT INTO import_batches (id, file_name, file_size, sha256, imported_at, "
                "shape) VALUES (?, 'old.csv', 1, ?, '2026-01-01T00:00:00Z', 'summary')",
                [(1, "a"), (2, "b"), (5, "c")])
        conn.close()
    conn = open_db(tmp_path / "c.sqlite")  # m0004 runs now
    assert import_file(conn, _sheet(tmp_path, "A", 100), backup=False).import_id == 6
