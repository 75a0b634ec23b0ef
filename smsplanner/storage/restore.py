"""Restoring a backup without a moment with no campaign file, and tidying after a crash.

A sound campaign file is restored through SQLite itself: the chosen backup is copied with the
backup API into the live file in one write transaction, so a kill at any moment leaves either
the old or the restored data, and every program that has the file open sees the restored
data (and its later writes land in the campaign file). A copy of the current file is kept
first, beside it, named with "set-aside" and the time.

A damaged, empty or missing file cannot be written through SQLite; it is renamed aside and a
complete staged copy (`<file>.restoring`) is moved into its place. If that is cut short,
`recover` on the next open finishes it. Every function runs on the caller's thread.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path

from smsplanner.domain.errors import (
    DatabaseError,
    DiskFullError,
    NotFoundError,
    ReadOnlyDatabaseError,
)
from smsplanner.storage import backups, health

STAGED_SUFFIX = ".restoring"
SIDE_FILES = ("-wal", "-shm", "-journal")
# A leftover younger than this may belong to a backup or restore still running elsewhere.
STALE_AFTER_S = 30.0
BUSY_WAIT_S = 10.0
COPY_PAGES = 2048  # pages per backup-API step: lets a kill or busy check land mid-copy


def _step_done(step: str) -> None:
    """Called after each restore step; the crash tests replace it to kill the process there."""


def staged_path(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + STAGED_SUFFIX)


def restore_backup(db_file: Path, backup: Path) -> Path | None:
    """Put backup's data in place of db_file's; returns the set-aside copy (None: no file).

    The current file is kept as `<stem>.set-aside-<time>.sqlite`, never deleted. Refuses
    with a sentence (and changes nothing) when the backup is not sound, the folder or file
    is read-only, or another program keeps the file locked.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise NotFoundError(f"There is no backup file {backup}.")
    backups.check_is_backup(backup)
    result = health.full_check_file(backup)
    if result != "ok":
        raise DatabaseError(f"The backup {backup} is damaged ({health.first_line(result)}); "
                            "choose another one.")
    backups.check_has_campaigns(backup)
    _check_writable(db_file)
    _step_done("checked")
    staged = staged_path(db_file)
    src = sqlite3.connect(health.read_only_uri(backup), uri=True)
    try:
        backups.write_backup(src, staged)
    except DatabaseError as exc:
        raise _restore_write_error(exc, db_file) from exc
    finally:
        src.close()
    _step_done("staged")
    try:
        if _sound(db_file):
            return _restore_in_place(db_file, staged)
        return _restore_by_rename(db_file, staged)
    finally:
        _remove_quietly(staged)


def _check_writable(db_file: Path) -> None:
    reason = health.read_only_reason(db_file)
    if reason is None and not db_file.parent.exists():
        reason = f"the folder {db_file.parent} does not exist"
    if reason is not None:
        raise DatabaseError(f"The backup cannot be restored: {reason}. Nothing was changed.")


def _restore_write_error(exc: DatabaseError, db_file: Path) -> DatabaseError:
    if isinstance(exc, ReadOnlyDatabaseError | DiskFullError):
        if isinstance(exc, DiskFullError):
            return health.disk_full_error("restore the backup")
        return DatabaseError(f"The backup cannot be restored: the folder {db_file.parent} "
                             "cannot be written to. Nothing was changed.")
    return exc


def _sound(db_file: Path) -> bool:
    """A non-empty SQLite file that passes the quick check: restore through SQLite."""
    try:
        if db_file.stat().st_size == 0:
            return False
        with db_file.open("rb") as fh:
            if fh.read(len(health.SQLITE_MAGIC)) != health.SQLITE_MAGIC:
                return False
    except OSError:
        return False
    return health.quick_check_file(db_file) == "ok"


def _restore_in_place(db_file: Path, staged: Path) -> Path:
    """Backup API from the staged copy into the live file, under its write lock."""
    # Our own connection (not storage.db's: that module opens files through this one). The
    # file is already in WAL mode; waiting BUSY_WAIT_S for another writer, like every write.
    live = sqlite3.connect(db_file, timeout=BUSY_WAIT_S, isolation_level=None)
    try:
        aside = backups.set_aside_name(db_file)
        try:
            backups.write_backup(live, aside)
        except DatabaseError as exc:
            raise _restore_write_error(exc, db_file) from exc
        _step_done("set-aside")
        _match_page_size(live, staged)
        src = sqlite3.connect(health.read_only_uri(staged), uri=True)
        try:
            src.backup(live, pages=COPY_PAGES, progress=_copy_progress)
        except sqlite3.Error as exc:
            raise (health.translate_error(exc, db_file, action="restore the backup")
                   or DatabaseError(f"The backup could not be restored ({exc}); nothing was "
                                    "changed.")) from exc
        finally:
            src.close()
        _step_done("copied")
        try:
            live.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error:
            pass  # the WAL holds the restored data; a later checkpoint folds it in
    finally:
        live.close()
    return aside


def _copy_progress(status: int, remaining: int, total: int) -> None:
    """Mid-copy: a busy file (another writer held the lock past our wait) refuses."""
    if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        raise health.busy_error()
    _step_done("copying")


def _match_page_size(live: sqlite3.Connection, staged: Path) -> None:
    """A WAL file only takes a copy with its own page size: convert the staged copy first."""
    want = live.execute("PRAGMA page_size").fetchone()[0]
    c = sqlite3.connect(staged)
    try:
        if c.execute("PRAGMA page_size").fetchone()[0] != want:
            c.execute(f"PRAGMA page_size = {int(want)}")
            c.execute("VACUUM")
    finally:
        c.close()


def _restore_by_rename(db_file: Path, staged: Path) -> Path | None:
    """The current file is damaged, empty or missing: rename it aside, move the copy in."""
    mode = _mode(db_file)
    aside = None
    if db_file.exists():
        aside = backups.set_aside_name(db_file)
        os.replace(db_file, aside)
        _step_done("moved-aside")
    _finish(db_file, staged, aside, mode)
    return aside


def _mode(path: Path) -> int | None:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None


def _finish(db_file: Path, staged: Path, aside: Path | None, mode: int | None) -> None:
    """Move the old file's -wal/-shm/-journal beside its set-aside copy, then the copy in."""
    for suffix in SIDE_FILES:
        side = Path(str(db_file) + suffix)
        if side.exists():
            keep = Path(str(aside or _orphan_name(db_file)) + suffix)
            os.replace(side, keep)
    _step_done("side-files")
    if mode is not None:
        os.chmod(staged, mode)
    os.replace(staged, db_file)
    _step_done("moved-in")


def _orphan_name(db_file: Path) -> Path:
    return backups.set_aside_name(db_file)


def recover(db_file: Path) -> str | None:
    """Finish or roll back a restore cut short, and clear stale leftovers (before opening).

    Returns a sentence for the log when something was done. A complete staged copy with no
    campaign file finishes the restore; beside a campaign file it is an unfinished restore
    that never touched the file, and is removed. Refuses to start an empty file while
    set-aside copies exist without one.
    """
    staged = staged_path(db_file)
    done = None
    if staged.exists() and not _in_use(staged):
        if not db_file.exists():
            try:
                _finish(db_file, staged, _newest_aside(db_file), None)
                done = f"An interrupted restore of {db_file} was finished."
            except OSError:
                return None  # a read-only folder: nothing can have changed there
        else:
            _remove_quietly(staged)
            done = f"An interrupted restore of {db_file} was rolled back; the file is unchanged."
    for leftover in [*db_file.parent.glob(f"{db_file.name}*.partial"),
                     *backups.backups_folder(db_file).glob("*.partial")]:
        if not _in_use(leftover):
            _remove_quietly(leftover)
    if not db_file.exists():
        newest = _newest_aside(db_file)
        if newest is not None:
            raise DatabaseError(
                f"The campaign file {db_file} is missing, but a copy set aside by a restore is "
                f"kept as {newest}, so SMS Planner will not start an empty file. Restore that "
                f"copy (`smsplanner restore \"{newest}\"`) or move it out of the folder.")
    return done


def _newest_aside(db_file: Path) -> Path | None:
    found = sorted(db_file.parent.glob(f"{db_file.stem}.set-aside-*{db_file.suffix}"))
    return found[-1] if found else None


def _in_use(path: Path) -> bool:
    """Young, or write-locked by a live process: a backup or restore may be writing it."""
    try:
        if time.time() - path.stat().st_mtime < STALE_AFTER_S:
            return True
    except OSError:
        return True
    try:
        c = sqlite3.connect(path, timeout=0)
        try:
            c.execute("BEGIN IMMEDIATE")
            c.execute("ROLLBACK")
        finally:
            c.close()
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.Error:
        return False
    return False


def _remove_quietly(path: Path) -> None:
    for p in (path, *(Path(str(path) + s) for s in SIDE_FILES)):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass
