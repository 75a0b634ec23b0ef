"""Backups of the database file, always through the SQLite backup API (never a file copy).

Automatic backups go to `backups/` beside the database, named
`<stem>-YYYYmmdd-HHMMSS-ffffff-<reason>.sqlite`, and are thinned to the last 10, one per day
for a week and one per month for a year. Every function runs on the caller's thread.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from smsplanner.domain.errors import DatabaseError
from smsplanner.domain.progress import Progress
from smsplanner.storage import health

BACKUP_DIR = "backups"
KEEP_LAST = 10
KEEP_DAYS = 7
KEEP_MONTHS = 12
DAILY_FULL_CHECK_BYTES = 64 * 1024 * 1024  # the daily copy's full check: a few seconds at most
# Pages copied a step when someone watches the backup (16 MB of a new file's pages); without
# a watcher the copy is one step, as it always was.
BACKUP_STEP_PAGES = 1024
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was made, why, its size and how many campaigns it holds."""

    path: Path
    created: dt.datetime
    reason: str
    size: int
    campaigns: int | None  # None when the file cannot be read


def database_file(conn: sqlite3.Connection) -> Path | None:
    """The file behind a connection's main database, or None for :memory:."""
    for _, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    return None


def backups_folder(db_file: Path) -> Path:
    return db_file.parent / BACKUP_DIR


def backup_name(db_file: Path, reason: str, when: dt.datetime) -> str:
    safe_reason = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "backup"
    return f"{db_file.stem}-{when.strftime(_STAMP)}-{safe_reason}.sqlite"


def write_backup(conn: sqlite3.Connection, target: Path,
                 progress: Progress | None = None) -> Path:
    """Copy the open database to target with the backup API, atomically.

    The copy is written to `<target>.partial` and renamed into place only when complete, so a
    full disk or a crash never leaves a half-written backup under the real name. With
    `progress` the copy goes in steps, each reported as (pages copied, pages in all).
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"The backup folder {target.parent} cannot be created "
                            f"({exc.strerror}).") from exc
    partial = target.with_name(target.name + ".partial")
    unchecked = getattr(conn, "unchecked_path", None)
    if unchecked is not None:  # a damaged file is never copied over good backups
        health.refuse(unchecked, health.full_check_result(unchecked), newest_good_backup)
    try:
        began = time.time()
        partial.unlink(missing_ok=True)
        dest = sqlite3.connect(partial)
        try:
            if progress is None:
                conn.backup(dest)
            else:
                conn.backup(dest, pages=BACKUP_STEP_PAGES,
                            progress=lambda _status, left, total: progress(total - left, total))
            dest.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dest.close()
        # The copy holds the database as it was when it began: its time says so, and
        # current_backup compares it with the database's last write.
        os.utime(partial, (began, began))
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        for leftover in (partial, *(Path(str(partial) + s) for s in ("-journal", "-wal", "-shm"))):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass  # a read-only folder holds no leftover either
        if isinstance(exc, sqlite3.Error):
            typed = health.translate_error(exc, action="write the backup")
            if typed is not None:
                raise typed from exc
        elif exc.errno in (27, 28):  # EFBIG, ENOSPC
            raise health.disk_full_error("write the backup") from exc
        elif exc.errno in (1, 13, 30):  # EPERM, EACCES, EROFS
            raise DatabaseError(f"The backup folder {target.parent} cannot be written to "
                                f"({exc.strerror}); nothing was changed.") from exc
        raise DatabaseError(f"The backup {target} could not be written ({exc}).") from exc
    return target


def make_backup(conn: sqlite3.Connection, reason: str = "manual", to: Path | None = None,
                now: dt.datetime | None = None, progress: Progress | None = None) -> Path:
    """Write a consistent backup of the open database; returns its path.

    Default location: backups/<stem>-YYYYmmdd-HHMMSS-ffffff-<reason>.sqlite beside the
    database, after which old automatic backups are thinned. Call it outside a write
    transaction (the backup API reads a consistent snapshot). `progress`: see write_backup.
    """
    if to is not None:
        _check_replaceable(Path(to))
        return write_backup(conn, Path(to), progress)
    db_file = database_file(conn)
    if db_file is None:
        raise ValueError("an in-memory database has no backup folder")
    when = now or dt.datetime.now()
    target = backups_folder(db_file) / backup_name(db_file, reason, when)
    write_backup(conn, target, progress)
    thin_backups(db_file, now=when)
    return target


# A write stamped less than this before a backup began may have missed it (file times come
# from a coarse clock), so that backup does not count as current.
_CLOCK_SLACK_S = 1.0


def current_backup(conn: sqlite3.Connection) -> Path | None:
    """The newest automatic backup when nothing was written to the database since it began
    (so another copy before an import would hold the same), else None. Any thread."""
    db_file = database_file(conn)
    if db_file is None:
        return None
    backups = list_backups(db_file, with_counts=False)
    if not backups:
        return None
    try:
        began = backups[0].path.stat().st_mtime
        writes = [db_file.stat().st_mtime]
        wal = Path(str(db_file) + "-wal")
        if wal.exists() and wal.stat().st_size > 0:  # opening makes an empty one
            writes.append(wal.stat().st_mtime)
    except OSError:
        return None
    return backups[0].path if max(writes) < began - _CLOCK_SLACK_S else None


def _check_replaceable(target: Path) -> None:
    """A backup may replace an earlier backup (a SQLite file), never a spreadsheet or a note."""
    try:
        with target.open("rb") as fh:
            head = fh.read(len(health.SQLITE_MAGIC))
    except (FileNotFoundError, IsADirectoryError):
        return
    except OSError:
        return  # unreadable: the write itself reports why
    if head and head != health.SQLITE_MAGIC:
        raise DatabaseError(f"{target} already exists and is not a backup; choose another file "
                            "name so it is not overwritten.")


def _parse(db_file: Path, path: Path) -> tuple[dt.datetime, str] | None:
    m = _NAME_RE.match(path.name)
    if not m or m["stem"] != db_file.stem:
        return None
    return dt.datetime.strptime(m["stamp"], _STAMP), m["reason"]


def backup_time(path: Path) -> dt.datetime:
    """When a backup was made: from its automatic name, else its file time (local time)."""
    m = _NAME_RE.match(path.name)
    if m:
        return dt.datetime.strptime(m["stamp"], _STAMP).replace(microsecond=0)
    try:
        return dt.datetime.fromtimestamp(int(path.stat().st_mtime))
    except OSError:
        return dt.datetime.now().replace(microsecond=0)


def _campaign_count(path: Path) -> int | None:
    try:
        ro = sqlite3.connect(health.read_only_uri(path), uri=True)
        try:
            return int(ro.execute("SELECT count(*) FROM campaigns").fetchone()[0])
        finally:
            ro.close()
    except sqlite3.Error:
        return None


def list_backups(db_file: Path, with_counts: bool = True) -> list[BackupInfo]:
    """This database's backups, newest first (with campaign counts unless with_counts=False)."""
    folder = backups_folder(db_file)
    if not folder.is_dir():
        return []
    out = []
    for path in folder.glob("*.sqlite"):
        parsed = _parse(db_file, path)
        if parsed is None:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        count = _campaign_count(path) if with_counts else None
        out.append(BackupInfo(path, parsed[0], parsed[1], size, count))
    out.sort(key=lambda b: b.created, reverse=True)
    return out


def backups_to_keep(created: list[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """The thinning rule: the last 10, the newest per day for a week, per month for a year."""
    newest_first = sorted(created, reverse=True)
    keep = set(newest_first[:KEEP_LAST])
    days: set[dt.date] = set()
    months: set[tuple[int, int]] = set()
    for when in newest_first:
        age = now - when
        if age <= dt.timedelta(days=KEEP_DAYS) and when.date() not in days:
            days.add(when.date())
            keep.add(when)
        month = (when.year, when.month)
        if age <= dt.timedelta(days=365) and month not in months:
            months.add(month)
            keep.add(when)
    return keep


def thin_backups(db_file: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the automatic backups the thinning rule does not keep; returns what was removed."""
    infos = list_backups(db_file, with_counts=False)
    keep = backups_to_keep([b.created for b in infos], now or dt.datetime.now())
    removed = []
    for b in infos:
        if b.created not in keep:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError:
                pass  # a backup we cannot delete is kept, never a reason to fail
    return removed


def daily_backup_if_due(conn: sqlite3.Connection, now: dt.datetime | None = None) -> Path | None:
    """Back up once a day (when the app opens): None when today's backup already exists."""
    db_file = database_file(conn)
    if db_file is None:
        return None
    when = now or dt.datetime.now()
    if any(b.created.date() == when.date() for b in list_backups(db_file, with_counts=False)):
        return None
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE name='campaigns'")
    if not has_tables.fetchone()[0]:
        return None
    if _size(db_file) > DAILY_FULL_CHECK_BYTES and current_backup(conn) is not None:
        # A big store unchanged since its newest backup: another copy would hold the same
        # (hundreds of MB a day for nothing). A small one is still copied, for its full check.
        return None
    path = make_backup(conn, reason="daily", now=when)
    # The copy, not the live file, gets the full check: it finds damage the quick check
    # misses (an index that disagrees with its table) without holding up the app.
    if path.stat().st_size > DAILY_FULL_CHECK_BYTES:
        return path  # 5M messages (573 MB) took 41 s: too long while the app opens
    result = health.full_check_file(path)
    if result != "ok":
        path.unlink(missing_ok=True)
        raise health.DamagedDatabaseError(db_file, result, newest_good_backup(db_file))
    return path


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def newest_good_backup(db_file: Path) -> Path | None:
    """The newest backup of db_file that passes PRAGMA quick_check, or None."""
    for b in list_backups(db_file, with_counts=False):
        if health.quick_check_file(b.path) == "ok":
            return b.path
    return None


def set_aside_name(db_file: Path, now: dt.datetime | None = None) -> Path:
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    return db_file.with_name(f"{db_file.stem}.set-aside-{stamp}{db_file.suffix}")


def check_is_backup(backup: Path) -> None:
    """Refuse an empty file or one that is not SQLite, in words about restoring (any thread)."""
    nothing = "nothing was changed"
    if backup.stat().st_size == 0:
        raise DatabaseError(f"{backup} is empty, so it is not a backup of a campaign file; "
                            f"{nothing}.")
    with backup.open("rb") as fh:
        if fh.read(len(health.SQLITE_MAGIC)) != health.SQLITE_MAGIC:
            raise DatabaseError(f"{backup} is not a backup of a campaign file (it is not a "
                                f"SQLite database); {nothing}.")


def check_has_campaigns(backup: Path) -> None:
    """Refuse another program's SQLite file: a backup always holds the campaigns table."""
    src = sqlite3.connect(health.read_only_uri(backup), uri=True)
    try:
        found = src.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                            "AND name = 'campaigns'").fetchone()
    finally:
        src.close()
    if found is None:
        raise DatabaseError(f"{backup} is a database, but not an SMS Planner campaign file; "
                            "nothing was changed.")
