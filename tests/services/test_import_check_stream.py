"""The dialog's check of a big log, without the dialog: streamed as the command line streams
it, the rows staged in the check's own connection, and the import taking those rows, or
reading the file again where they cannot be used. Real CSV and database files; the sizes from
which files stream are lowered (StreamLimits) so a few thousand rows stream in chunks.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from smsplanner.domain.errors import Cancelled
from smsplanner.services.import_check import ImportChoices, import_checked, make_mapping
from smsplanner.services.import_check_stream import StreamLimits, check_every_row
from smsplanner.services.importer import CheckedFile, import_file
from smsplanner.storage.db import open_db

LOW = StreamLimits(min_bytes=1, chunk_rows=400, head_rows=300)
HEAD = "Sid,To,Campaign,SentDate,Status,Direction,Price,Body\n"


def write_log(path: Path, rows: int = 2000) -> Path:
    path.write_text(HEAD + "".join(
        f"SM{i:07d},+4477009{i % 100000:05d},{('Spring', 'Summer')[i % 2]},"
        f"2026-05-{1 + i % 2:02d}T09:{i % 60:02d}:00Z,"
        f"{'failed' if i % 11 == 0 else 'delivered'},outbound-api,-0.0079,Hi\n"
        for i in range(rows)))
    return path


def checked(path: Path, db: Path, limits: StreamLimits = LOW, **kw: object):
    """The check the dialog makes, on a worker thread there, here inline."""
    from smsplanner.services.import_check import read_preview

    choices = ImportChoices(path)
    mapping = make_mapping(read_preview(choices), choices)
    done: list[int] = []
    raw, check, digest = check_every_row(
        choices, mapping, "", None, None, lambda d, t: done.append(d),
        kw.get("is_cancelled", lambda: False), db_path=db, limits=limits,  # type: ignore[arg-type]
        head=False)
    return choices, raw, check, digest, done


CAMPAIGNS = "SELECT name, date, sent, delivered, cost FROM campaigns ORDER BY name"


def test_a_big_log_is_planned_in_chunks_and_its_rows_staged(tmp_path, db_path) -> None:
    log = write_log(tmp_path / "log.csv")
    choices, raw, check, digest, done = checked(log, db_path)
    assert check.head_only and len(raw.row_numbers) == 300
    assert check.plan is not None and check.plan.rows_read == 2000
    staged = check.staged.conn.execute("SELECT count(*) FROM temp.incoming").fetchone()[0]
    assert staged == 2000
    assert done and done == sorted(done) and done[-1] == 1000  # progress as the chunks go
    conn = open_db(db_path)
    result, ids = import_checked(conn, choices, check.plan.mapping, None, False,
                                 CheckedFile(check.plan, *digest), lambda d, t: None,
                                 lambda: False, staged=check.staged)
    assert result.import_id is not None and len(ids) == 2
    with pytest.raises(sqlite3.ProgrammingError):  # taken by the import and closed
        check.staged.conn.execute("SELECT 1")
    whole = open_db(tmp_path / "whole.sqlite")
    assert not import_file(whole, log, backup=False).refused
    assert [tuple(r) for r in conn.execute(CAMPAIGNS)] == [
        tuple(r) for r in whole.execute(CAMPAIGNS)]
    conn.close()
    whole.close()


def test_rows_staged_for_another_file_are_not_used(tmp_path, db_path) -> None:
    """Another campaign file opened since the check: the import reads the log again."""
    log = write_log(tmp_path / "log.csv")
    choices, _raw, check, digest, _done = checked(log, db_path)
    other = open_db(tmp_path / "other.sqlite")
    result, _ids = import_checked(other, choices, check.plan.mapping, None, False,
                                  CheckedFile(check.plan, *digest), lambda d, t: None,
                                  lambda: False, staged=check.staged)
    assert not result.refused, result.message
    assert other.execute("SELECT sum(sent) FROM campaigns").fetchone()[0] == 2000
    here = open_db(db_path)
    assert here.execute("SELECT count(*) FROM campaigns").fetchone()[0] == 0
    here.close()
    other.close()


def test_small_files_and_summaries_are_read_whole(tmp_path, db_path) -> None:
    """A file under the size streams start from, and a big summary (tried, then read whole
    as the command line does)."""
    log = write_log(tmp_path / "log.csv", rows=50)
    _c, raw, check, _d, _done = checked(log, db_path, StreamLimits())  # under 48 MB
    assert not check.head_only and check.staged is None and len(raw.row_numbers) == 50
    summary = tmp_path / "summary.csv"
    summary.write_text("Campaign,Date,Sent,Delivered,Orders\n" + "".join(
        f"Week {i},2026-03-{1 + i % 28:02d},1000,950,{i % 20}\n" for i in range(500)))
    _c, raw, check, _d, _done = checked(summary, db_path)
    assert not check.head_only and check.plan is not None and len(check.plan.campaigns) == 500


def test_a_stopped_check_raises_cancelled_and_writes_nothing(tmp_path, db_path) -> None:
    log = write_log(tmp_path / "log.csv")
    calls = 0

    def stop_later() -> bool:
        nonlocal calls
        calls += 1
        return calls > 6  # a couple of chunks in

    with pytest.raises(Cancelled):
        checked(log, db_path, is_cancelled=stop_later)
    conn = open_db(db_path)
    assert conn.execute("SELECT count(*) FROM campaigns").fetchone()[0] == 0
    conn.close()
