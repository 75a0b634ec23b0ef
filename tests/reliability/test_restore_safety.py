"""Restore with no moment lacking a campaign file: killed at every step, with the file open."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from smsplanner.cli import main
from smsplanner.domain.campaign import Campaign
from smsplanner.domain.errors import DatabaseError
from smsplanner.storage import restore
from smsplanner.storage.backups import backups_folder, list_backups, make_backup
from smsplanner.storage.campaigns import add_campaign, add_campaigns
from smsplanner.storage.db import open_db
from smsplanner.storage.health import DamagedDatabaseError, EmptyDatabaseError
from smsplanner.storage.restore import restore_backup

SOUND_STEPS = ["checked", "staged", "set-aside", "copying", "copied"]
DAMAGED_STEPS = ["checked", "staged", "moved-aside", "side-files", "moved-in"]


def _names(db: Path) -> list[str]:
    conn = open_db(db)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM campaigns ORDER BY id")]
    finally:
        conn.close()


def _history(db: Path) -> Path:
    """A file with 'old' in its backup and 'new' added after: returns the backup."""
    conn = open_db(db)
    add_campaigns(conn, [Campaign(f"old {i}", dt.date(2026, 1, 1), sent=10, message="m" * 300)
                         for i in range(60)])
    backup = make_backup(conn, reason="manual")
    add_campaign(conn, Campaign("new", dt.date(2026, 2, 1), sent=10))
    conn.close()
    return backup


OLD = [f"old {i}" for i in range(60)]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*")
                  if p.name.endswith((".restoring", ".partial")))


def test_an_open_connection_sees_the_restore_and_its_writes_land_in_the_file(
        db_path: Path, tally) -> None:
    tally.name("restore with another connection open")
    backup = _history(db_path)
    app = open_db(db_path)  # the app (or another process) keeps the file open
    assert app.execute("SELECT count(*) FROM campaigns").fetchone()[0] == 61
    restore_backup(db_path, backup)
    seen = app.execute("SELECT count(*) FROM campaigns").fetchone()[0]
    add_campaign(app, Campaign("written after the restore", dt.date(2026, 3, 1), sent=5))
    app.close()
    names = _names(db_path)
    ok = seen == 60 and names == [*OLD, "written after the restore"]
    tally.trial(ok)
    assert ok, (seen, names[-3:])


@pytest.mark.parametrize("damaged", [False, True], ids=["sound file", "damaged file"])
@pytest.mark.parametrize("step", range(5))
def test_restore_killed_at_each_step_never_loses_or_empties(
        step: int, damaged: bool, tmp_path: Path, child, event, tally,
        monkeypatch: pytest.MonkeyPatch) -> None:
    tally.name("restore killed at each step (SIGKILL, forced)")
    name = (DAMAGED_STEPS if damaged else SOUND_STEPS)[step]
    monkeypatch.setattr(restore, "STALE_AFTER_S", 0.0)  # the killed process is gone
    for trial in range(tally.repeat(1, scale=0.05)):  # make reliability: 5 kills a step
        folder = tmp_path / f"trial{trial}"
        folder.mkdir()
        ok, why = _kill_restore_once(folder / "campaigns.sqlite", name, damaged, child)
        tally.trial(ok)
        assert ok, why


def _kill_restore_once(db_path: Path, name: str, damaged: bool, child) -> tuple[bool, object]:
    backup = _history(db_path)
    if damaged:
        conn = open_db(db_path)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        data = bytearray(db_path.read_bytes())
        data[100:16384] = b"\xee" * (16384 - 100)  # page 1's schema area: unreadable
        db_path.write_bytes(bytes(data))
    proc = child("restore-kill", db_path, backup, name)
    proc.wait(60)
    assert proc.returncode == -9, proc.stderr.read() if proc.stderr else ""
    try:
        names = _names(db_path)
    except DamagedDatabaseError:
        names = ["(still the damaged file)"]
    restored = names == OLD
    untouched = names == ([*OLD, "new"] if not damaged else ["(still the damaged file)"])
    finished = name in ("copied", "moved-aside", "side-files", "moved-in")
    ok = (restored if finished else untouched) and _leftovers(db_path.parent) == []
    if damaged and restored:
        ok = ok and any("set-aside" in p.name for p in db_path.parent.iterdir())
    return ok, (name, names[-2:], _leftovers(db_path.parent))


def test_a_missing_file_with_set_aside_copies_does_not_start_empty(db_path: Path) -> None:
    backup = _history(db_path)
    restore_backup(db_path, backup)
    db_path.unlink()
    for side in ("-wal", "-shm"):
        Path(str(db_path) + side).unlink(missing_ok=True)
    with pytest.raises(DatabaseError, match="will not start an empty file"):
        open_db(db_path)
    assert not db_path.exists()


def test_stale_partial_files_are_cleaned_on_open(db_path: Path) -> None:
    _history(db_path)
    stale = [backups_folder(db_path) / "campaigns-20260101-000000-000000-daily.sqlite.partial",
             db_path.with_name("campaigns.sqlite.restoring")]
    for p in stale:
        p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 45_000)
        os.utime(p, (1, 1))
    _names(db_path)
    assert _leftovers(db_path.parent) == []
    assert len(list_backups(db_path)) == 1


def test_restore_keeps_the_file_mode(db_path: Path) -> None:
    backup = _history(db_path)
    conn = open_db(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    db_path.chmod(0o444)
    if os.geteuid() != 0:
        with pytest.raises(DatabaseError, match="read-only"):
            restore_backup(db_path, backup)
    else:
        restore_backup(db_path, backup)
        assert _names(db_path) == OLD
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o444


def test_an_empty_campaign_file_offers_the_newest_backup(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = _history(db_path)
    for side in ("-wal", "-shm"):
        Path(str(db_path) + side).unlink(missing_ok=True)
    db_path.write_bytes(b"")
    with pytest.raises(EmptyDatabaseError) as err:
        open_db(db_path)
    assert err.value.newest_backup == backup
    assert main(["--db", str(db_path), "campaigns"]) == 2
    out = capsys.readouterr().err
    assert "is empty (0 bytes)" in out and backup.name in out and out.count("\n") == 1
    restore_backup(db_path, backup)
    assert _names(db_path) == OLD


def _mount_tmpfs(where: Path) -> bool:
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(where)],
                          capture_output=True)
    return done.returncode == 0


def test_restore_onto_a_read_only_mount_is_a_sentence(tmp_path: Path, tally) -> None:
    tally.name("restore onto a read-only mount")
    mnt = tmp_path / "mnt"
    if sys.platform != "linux" or os.geteuid() != 0 or not _mount_tmpfs(mnt):
        pytest.skip("needs root to mount a read-only file system")
    try:
        db = mnt / "campaigns.sqlite"
        backup = _history(db)
        outside = tmp_path / "backup.sqlite"
        outside.write_bytes(backup.read_bytes())
        conn = open_db(db)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        code = subprocess.run(
            [sys.executable, "-m", "smsplanner", "--db", str(db), "restore", str(outside)],
            capture_output=True, text=True)
        ok = (code.returncode == 2 and code.stderr.count("\n") == 1
              and "read-only" in code.stderr and "Traceback" not in code.stderr)
        tally.trial(ok)
        assert ok, code.stderr
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_restore_while_another_program_holds_the_write_lock_refuses(
        db_path: Path, child, event, monkeypatch: pytest.MonkeyPatch, tally) -> None:
    tally.name("restore while another writer holds the lock")
    backup = _history(db_path)
    proc = child("hold-lock", db_path, 4)
    assert event(proc)["event"] == "locked"
    monkeypatch.setattr(restore, "BUSY_WAIT_S", 0.3)  # we wait 10 s in real use
    with pytest.raises(DatabaseError, match="busy"):
        restore_backup(db_path, backup)
    assert event(proc)["event"] == "released"
    proc.wait(30)
    names = _names(db_path)
    ok = names == [*OLD, "new", "held"]  # the other program's write kept, nothing restored
    tally.trial(ok)
    assert ok, names[-3:]
