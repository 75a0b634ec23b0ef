"""A passed whole check of a big store is remembered for the next process while the file is
unchanged, and never for a file that changed or was written just before (real files)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from smsplanner.services.importer import import_file
from smsplanner.storage import check_memo, checkup, health
from smsplanner.storage.backups import make_backup
from smsplanner.storage.db import open_db
from tests.storage.test_big_store import _damage_messages_page, _log


@pytest.fixture(autouse=True)
def _every_file_is_big(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setattr(checkup, "INLINE_CHECK_BYTES", 0)


def _new_process(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Forget this process's checks (as a new process would start) and record whole checks."""
    monkeypatch.setattr(health, "_checks", {})
    checked: list[Path] = []
    real = health.quick_check_file

    def recorded(path: Path) -> str:
        checked.append(path)
        return real(path)

    monkeypatch.setattr(health, "quick_check_file", recorded)
    return checked


def _settled_store(db_path: Path, tmp_path: Path) -> None:
    """A store with a backup folder, last written a minute ago."""
    conn = open_db(db_path)
    import_file(conn, _log(tmp_path / "a.csv", "May drop", 0, 40))
    make_backup(conn, reason="daily")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    past = time.time() - 60
    os.utime(db_path, (past, past))


def test_the_next_process_trusts_a_passed_check_of_the_unchanged_file(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _settled_store(db_path, tmp_path)
    checked = _new_process(monkeypatch)
    assert health.full_check_result(db_path) == "ok"  # e.g. the app's daily backup
    assert checked == [db_path] and check_memo.memo_path(db_path).is_file()

    checked = _new_process(monkeypatch)  # e.g. an import from the command line
    assert checkup.ensure_healthy(db_path) is False  # no whole check still owed
    conn = open_db(db_path)
    assert getattr(conn, "unchecked_path", None) is None
    r = import_file(conn, _log(tmp_path / "b.csv", "June drop", 100, 10))
    conn.close()
    assert not r.refused and checked == []

    # That import wrote: the next process checks the whole file again.
    checked = _new_process(monkeypatch)
    assert checkup.ensure_healthy(db_path) is True
    assert health.full_check_result(db_path) == "ok" and checked == [db_path]


def test_damage_after_a_passed_check_is_still_found(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _settled_store(db_path, tmp_path)
    _new_process(monkeypatch)
    assert health.full_check_result(db_path) == "ok"
    _damage_messages_page(db_path)
    _new_process(monkeypatch)
    assert checkup.ensure_healthy(db_path) is True  # opens on its small tables, as before
    with pytest.raises(health.DamagedDatabaseError):
        checkup.wait_full_check(db_path)


def test_a_file_copied_in_with_its_old_time_is_checked_again(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    _settled_store(db_path, tmp_path)
    _new_process(monkeypatch)
    assert health.full_check_result(db_path) == "ok"
    damaged = tmp_path / "damaged.sqlite"
    shutil.copy2(db_path, damaged)
    _damage_messages_page(damaged)
    st = db_path.stat()
    with damaged.open("rb") as src, db_path.open("r+b") as dst:  # same inode, size and time
        shutil.copyfileobj(src, dst)
    os.utime(db_path, ns=(st.st_atime_ns, st.st_mtime_ns))
    _new_process(monkeypatch)
    with pytest.raises(health.DamagedDatabaseError):
        checkup.wait_full_check(db_path)


def test_a_file_written_just_before_its_check_is_not_remembered(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _settled_store(db_path, tmp_path)
    os.utime(db_path)  # written now: a write in the same clock tick could look unchanged
    _new_process(monkeypatch)
    assert health.full_check_result(db_path) == "ok"
    assert not check_memo.memo_path(db_path).exists()
    checked = _new_process(monkeypatch)
    assert health.full_check_result(db_path) == "ok" and checked == [db_path]
