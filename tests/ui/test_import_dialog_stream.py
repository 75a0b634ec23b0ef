"""The import dialog on a big log checks it in chunks, as the command line imports it: the
preview holds the file's first rows, every row is planned chunk by chunk with the rows staged,
and the import writes what the check staged. The same figures as a whole read, a bad row late
in the file named by row and column with nothing written, and Stop works while streaming.

The sizes from which the dialog streams are settings; here they are lowered so a file of a few
thousand rows streams in chunks of 700. Real CSV files, database files and widgets.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from smsplanner.services.import_check import StagedRows
from smsplanner.services.importer import import_file
from smsplanner.storage.db import open_db
from smsplanner.ui.imports.dialog import ImportDialog
from smsplanner.ui.imports.session import STREAM_KEYS, summary_line
from smsplanner.ui.window.main_window import MainWindow
from tests.ui.import_helpers import WAIT, open_checked, shown_window

ROWS = 3000
HEAD = "Sid,To,Campaign,SentDate,Status,Direction,Price,Body,Clicked\n"


@pytest.fixture
def win(qtbot, db_path: Path):
    yield from shown_window(qtbot, db_path)


def streaming(win: MainWindow, on: bool = True) -> None:
    """Stream every file in chunks of 700 rows, the preview showing the first 500 (or, off,
    the command line's sizes again: these small files are then read whole)."""
    settings = win.prefs.settings
    for name, value in (("min_bytes", 1), ("chunk_rows", 700), ("head_rows", 500)):
        if on:
            settings.setValue(STREAM_KEYS[name], value)
        else:
            settings.remove(STREAM_KEYS[name])


def write_log(path: Path, rows: int = ROWS, bad_at: int | None = None) -> Path:
    """A provider's log of three campaigns; data row `bad_at` (0-based) has no real date."""
    lines = [HEAD]
    for i in range(rows):
        when = ("the 32nd of May" if i == bad_at else
                f"2026-05-{1 + i % 3:02d}T{9 + i % 5:02d}:{i % 60:02d}:{i % 59:02d}Z")
        status = "undelivered" if i % 17 == 0 else "delivered"
        lines.append(f"SM{i:07d},+4477009{i % 100000:05d},{('Spring', 'Summer', 'Autumn')[i % 3]},"
                     f"{when},{status},outbound-api,-0.0079,Hi there,"
                     f"{'yes' if i % 9 == 0 else 'no'}\n")
    path.write_text("".join(lines))
    return path


def table(conn: sqlite3.Connection, sql: str) -> list[tuple]:
    return [tuple(r) for r in conn.execute(sql).fetchall()]


CAMPAIGNS = ("SELECT name, date, time, sent, delivered, clicks, replies, opt_outs, conversions, "
             "revenue, cost FROM campaigns ORDER BY name")
BATCHES = ("SELECT shape, rows_read, rows_skipped, rows_imported, campaigns_created, "
           "messages_added FROM import_batches")


def import_and_wait(qtbot, dialog: ImportDialog) -> tuple:
    assert dialog.import_button.isEnabled(), dialog.why.text()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT) as signal:
        dialog.import_button.click()
    return tuple(signal.args)


def test_a_big_log_is_checked_in_chunks_and_imports_what_the_command_line_does(
        qtbot, win, tmp_path) -> None:
    log = write_log(tmp_path / "year.csv")
    streaming(win)
    dialog = open_checked(qtbot, win, log)
    check = dialog.check
    assert check is not None and check.head_only and check.plan is not None
    # The preview holds the file's first rows only, and says so; the plan is every row's.
    assert dialog.model.rowCount() == 500
    assert dialog.model.sheet_row(499) == 501
    assert "first 500 rows of 3,000; every row was checked" in dialog.header_label.text()
    assert dialog.import_button.text() == "Import 3,000 messages into 3 campaigns"
    # Every row checked is staged in the check's own connection, none in the campaign file.
    staged = check.staged
    assert isinstance(staged, StagedRows)
    assert table(staged.conn, "SELECT count(*) FROM temp.incoming") == [(ROWS,)]
    assert table(win.conn, "SELECT count(*) FROM campaigns") == [(0,)]

    result, _ids, plan = import_and_wait(qtbot, dialog)
    with pytest.raises(sqlite3.ProgrammingError):  # the import took the staged rows, closed
        staged.conn.execute("SELECT 1")
    # The command line's import of the same file (read whole: it is small) stores the same.
    cli_conn = open_db(tmp_path / "cli.sqlite")
    cli = import_file(cli_conn, log, backup=False)
    assert not cli.refused, cli.message
    assert table(win.conn, CAMPAIGNS) == table(cli_conn, CAMPAIGNS)
    assert table(win.conn, BATCHES) == table(cli_conn, BATCHES)
    assert table(win.conn, "SELECT count(*) FROM messages") == [(ROWS,)]
    assert (result.rows_read, result.rows_imported, result.rows_skipped,
            result.campaigns_created) == (cli.rows_read, cli.rows_imported, cli.rows_skipped,
                                         cli.campaigns_created)
    # ... and the banner says the figures the command line's result has.
    line = summary_line(cli.campaigns_created, cli.campaigns_updated, 0, 0, cli.rows_imported)
    assert win.import_controller.banner.text.text() == f"year.csv: {line}"
    assert plan.rows_read == ROWS
    cli_conn.close()


def problems_shown(dialog: ImportDialog) -> list[tuple[str, ...]]:
    t = dialog.problems_panel.table
    return [tuple(t.item(i, j).text() for j in range(4)) for i in range(t.rowCount())]


def test_a_bad_date_late_in_a_big_log_is_named_and_nothing_is_written(
        qtbot, win, tmp_path) -> None:
    log = write_log(tmp_path / "late-bad.csv", bad_at=ROWS - 10)  # in the last chunk
    # The file read whole, as a small file is: what the dialog shows for it.
    whole = open_checked(qtbot, win, log)
    assert not whole.check.head_only
    expected = (problems_shown(whole), whole.import_button.text(), whole.why.text())
    whole.reject()
    qtbot.waitUntil(lambda: win.import_controller.dialog is None, timeout=WAIT)

    streaming(win)
    dialog = open_checked(qtbot, win, log)
    assert dialog.check.head_only and dialog.check.plan is not None
    shown = problems_shown(dialog)
    # Row 2,992 of the file (its header is row 1), the date column, the cell, the reason.
    assert [s[:3] for s in shown] == [(str(ROWS - 10 + 2), "SentDate", "the 32nd of May")]
    assert (shown, dialog.import_button.text(), dialog.why.text()) == expected
    assert dialog.file_label.text() == "late-bad.csv"
    assert dialog.import_button.text() == "Import 2,999 good rows, skip 1"
    # Checking wrote nothing: no campaign, no import, no message.
    for name in ("campaigns", "import_batches", "messages"):
        assert table(win.conn, f"SELECT count(*) FROM {name}") == [(0,)], name
    # Choosing the problem beyond the preview's rows leaves the preview as it is.
    dialog.show_problem(dialog.problems_panel.problems[0])
    dialog.reject()
    for name in ("campaigns", "import_batches", "messages"):
        assert table(win.conn, f"SELECT count(*) FROM {name}") == [(0,)], name


def test_stopping_a_streamed_import_then_importing_again(qtbot, win, tmp_path) -> None:
    log = write_log(tmp_path / "year.csv")
    streaming(win)
    dialog = open_checked(qtbot, win, log)
    staged = dialog.check.staged
    # Stopped as soon as it starts: the write of a few thousand staged rows is one statement,
    # over before a progress step could stop it.
    dialog.import_button.click()
    dialog.stop()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT)
    assert "Nothing was changed" in dialog.why.text()
    for name in ("campaigns", "import_batches", "messages"):
        assert table(win.conn, f"SELECT count(*) FROM {name}") == [(0,)], name
    with pytest.raises(sqlite3.ProgrammingError):  # the stopped import let go of the rows
        staged.conn.execute("SELECT 1")
    # Import again: the staged rows are gone, so the file is read a second time.
    result, _ids, _plan = import_and_wait(qtbot, dialog)
    assert (result.rows_imported, result.campaigns_created) == (ROWS, 3)
    assert table(win.conn, "SELECT sum(sent) FROM campaigns") == [(ROWS,)]


def test_stopping_a_streamed_check_says_so_and_keeps_nothing(qtbot, win, tmp_path) -> None:
    log = write_log(tmp_path / "year.csv")
    streaming(win)
    win.open_import_dialog([log])
    dialog = win.import_controller.dialog
    assert dialog is not None

    def stop_in_the_check(value: int) -> None:
        if dialog.task_kind == "check" and value > 0:
            dialog.stop()

    dialog.progress.valueChanged.connect(stop_in_the_check)
    qtbot.waitUntil(lambda: dialog.task_kind == "check" and not dialog.is_busy(),
                    timeout=WAIT)
    assert dialog.check is None
    assert "Stopped reading the file" in dialog.why.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def alive_of(path: Path) -> tuple[list[int], list[int]]:
    """Rows of every table read from `path` still alive, and of every plan of it that
    holds its message rows (a chunk's plan), after a full garbage collection."""
    import gc

    from smsplanner.domain.imports import ImportPlan
    from smsplanner.importing.table import RawTable

    gc.collect()
    objects = gc.get_objects()
    tables = [len(o.row_numbers) for o in objects
              if isinstance(o, RawTable) and Path(o.source) == path]
    plans = [len(o.messages["message_id"]) for o in objects
             if isinstance(o, ImportPlan) and o.source_name == path.name
             and o.messages is not None]
    return sorted(tables), plans


def test_after_a_streamed_check_only_the_preview_rows_stay_in_memory(
        qtbot, win, tmp_path) -> None:
    # The check reads every row in chunks on a worker; once it is done, neither the dialog
    # nor the task runner may keep a chunk (its text cells are most of a check's memory).
    log = write_log(tmp_path / "year.csv")
    streaming(win)
    dialog = open_checked(qtbot, win, log)
    assert dialog.check is not None and dialog.check.head_only
    tables, plans = alive_of(log)
    assert tables == [200, 500]  # the first preview and the streamed check's first rows
    assert plans == []
    import_and_wait(qtbot, dialog)
    qtbot.waitUntil(lambda: win.import_controller.dialog is None, timeout=WAIT)
    tables, plans = alive_of(log)
    assert all(rows <= 500 for rows in tables) and plans == []
