"""An older campaign file is updated on a worker behind a small dialog before the window opens
(real old-schema files, real widgets offscreen)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import smsplanner.storage.db as dbmod
from smsplanner.storage import compact_store, migrations
from smsplanner.storage.backups import list_backups
from smsplanner.storage.db import needs_update, pending_migrations_of_file
from smsplanner.storage.health import DamagedDatabaseError
from smsplanner.storage.update_progress import UpdateProgress, UpdateStage
from smsplanner.ui.window import schema_update
from smsplanner.ui.window.app import open_main_window
from smsplanner.ui.window.schema_update import SchemaUpdateDialog, update_schema_first
from tests.storage.test_compact_migration import _old_file as old_messages_file
from tests.support import old_schema_file

WAIT = 10_000


def _slow_migration(monkeypatch: pytest.MonkeyPatch, release: threading.Event,
                    threads: list[threading.Thread]) -> None:
    """A migration added by a later release that takes as long as the test says."""
    def m9999_slow(db) -> None:
        threads.append(threading.current_thread())
        assert release.wait(WAIT / 1000)
        db.execute("ALTER TABLE campaigns ADD COLUMN slow_extra TEXT")

    monkeypatch.setattr(migrations, "_FUNCTIONS", [*migrations._FUNCTIONS,
                                                   ("m9999_slow", m9999_slow)])
    monkeypatch.setattr(dbmod, "MIGRATION_NAMES", (*migrations.MIGRATION_NAMES, "m9999_slow"))


def _update_dialog() -> SchemaUpdateDialog | None:
    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, SchemaUpdateDialog) and w.isVisible()]
    return found[0] if found else None


def test_an_older_file_is_updated_off_the_gui_thread_behind_a_dialog(
        qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch, dispose) -> None:
    old_schema_file(db_path, applied=1)  # every migration after the first is pending
    release = threading.Event()
    threads: list[threading.Thread] = []
    _slow_migration(monkeypatch, release, threads)
    monkeypatch.setattr(schema_update, "SHOW_AFTER_MS", 0)
    assert needs_update(db_path)
    seen: dict[str, object] = {}

    def while_updating() -> None:
        # The GUI thread runs this timer while the migration waits on the worker.
        dialog = _update_dialog()
        if dialog is None or not threads:
            QTimer.singleShot(20, while_updating)
            return
        seen["text"] = dialog.text.text()
        seen["modal"] = dialog.isModal()
        dialog.reject()  # Escape does not close it while the update runs
        seen["still_shown"] = dialog.isVisible()
        release.set()

    QTimer.singleShot(0, while_updating)
    window = open_main_window(db_path)
    assert window is not None
    try:
        assert release.is_set() and seen["still_shown"] and seen["modal"]
        assert seen["text"] == ("Updating your campaign file to the new version. A backup is "
                                "made first; for a big file this can take a few minutes.")
        assert threads and threads[0] is not threading.main_thread()
        assert _update_dialog() is None
        assert pending_migrations_of_file(db_path) == []
        assert sorted(c.name for c in window.campaigns()) == ["Older 0", "Older 1", "Older 2"]
        [before] = [b for b in list_backups(db_path) if b.reason == "before-migration"]
        old = sqlite3.connect(before.path)
        applied = old.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        old.close()
        assert applied == 1 and before.campaigns == 3  # the file as it was, before updating
    finally:
        dispose(window)


def test_a_real_pending_migration_opens_the_window_without_showing_the_dialog(
        qtbot, db_path: Path, dispose) -> None:
    old_schema_file(db_path, applied=len(migrations.MIGRATION_NAMES) - 1)
    assert pending_migrations_of_file(db_path) == [migrations.MIGRATION_NAMES[-1]]
    window = open_main_window(db_path)
    assert window is not None
    try:
        assert pending_migrations_of_file(db_path) == []
        assert len(window.campaigns()) == 3
        # The status bar says the file was updated (and where the old one is).
        assert "updated to this version" in window.statusBar().currentMessage()
        assert window.statusBar().currentMessage().endswith("The old one is in File > Backups.")
    finally:
        dispose(window)


def test_the_update_sentence_names_the_space_saved_only_when_there_was_some(qapp) -> None:
    mb = 1024 * 1024
    saved = schema_update.updated_sentence(540 * mb, 180 * mb)
    assert "it now takes 180.0 MB instead of 540.0 MB" in saved
    same = schema_update.updated_sentence(5 * mb, 5 * mb + 4096)
    assert "instead of" not in same and "updated to this version" in same


def test_a_current_or_new_file_needs_no_update(db_path: Path, tmp_path: Path) -> None:
    assert not needs_update(db_path)  # not there yet
    dbmod.open_db(db_path).close()
    assert not needs_update(db_path)  # current
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert not needs_update(empty)
    update_schema_first(db_path)  # nothing to do: returns at once, no dialog
    assert _update_dialog() is None


def test_damage_found_by_the_update_is_refused_as_on_opening(
        qtbot, db_path: Path) -> None:
    old_schema_file(db_path, applied=1, campaigns=30)
    c = sqlite3.connect(db_path)
    root, = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'campaigns'").fetchone()
    size, = c.execute("PRAGMA page_size").fetchone()
    c.close()
    data = bytearray(db_path.read_bytes())
    at = data.index(b"Older 17", (root - 1) * size)
    data[at] = ord("X")  # the table says "Xlder 17", its unique index still "Older 17"
    db_path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError):
        update_schema_first(db_path)
    assert db_path.read_bytes() == bytes(data)  # never written to
    assert _update_dialog() is None


def test_the_dialog_says_each_step_with_the_whole_update_percentage(qtbot) -> None:
    dialog = SchemaUpdateDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.bar.maximum() == 0 and not dialog.bar.isTextVisible()  # busy until told
    dialog.show_progress(UpdateProgress(UpdateStage.BACKUP, 300, 1000))
    assert dialog.stage.text() == "Making a backup first…"
    assert (dialog.bar.maximum(), dialog.bar.value()) == (100, 1)
    dialog.show_progress(UpdateProgress(UpdateStage.CONVERTING, 1_200_000, 5_000_000))
    assert dialog.stage.text() == "Converting messages: 1,200,000 of 5,000,000"
    assert dialog.bar.value() == 24 and dialog.bar.text() == "24%"
    assert dialog.bar.isTextVisible()
    dialog.show_progress(UpdateProgress(UpdateStage.TOTALS))
    assert dialog.stage.text() == "Counting each campaign's totals again…"
    assert dialog.bar.value() == 91
    dialog.show_progress(UpdateProgress(UpdateStage.COMPACTING))
    assert dialog.stage.text() == "Tidying up the file; this last step can take a minute."
    assert dialog.bar.maximum() == 0 and not dialog.bar.isTextVisible()  # no percentage known
    dialog.running = False


def test_converting_an_old_file_shows_its_steps_on_the_gui_thread(
        qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file of the release before the compact store, updated behind the dialog: each step's
    sentence and percentage reach the dialog on the GUI thread, rising, and end busy."""
    monkeypatch.setenv("TZ", "UTC")
    old_messages_file(db_path, monkeypatch)
    monkeypatch.setattr(schema_update, "SHOW_AFTER_MS", 0)
    monkeypatch.setattr(compact_store, "CONVERT_ROWS", 1000)
    monkeypatch.setattr(compact_store, "REPORT_ROWS", 300)
    shown: list[tuple[str, int, int, bool]] = []
    real = SchemaUpdateDialog.show_progress

    def seen(dialog: SchemaUpdateDialog, progress: UpdateProgress) -> None:
        real(dialog, progress)
        shown.append((dialog.stage.text(), dialog.bar.value(), dialog.bar.maximum(),
                      threading.current_thread() is threading.main_thread()))

    monkeypatch.setattr(SchemaUpdateDialog, "show_progress", seen)
    said = update_schema_first(db_path)
    assert said is not None and "File > Backups" in said
    assert shown and all(on_gui for *_, on_gui in shown)
    texts = [t for t, *_ in shown]
    assert texts[0] == "Making a backup first…"
    assert "Converting messages: 3,500 of 3,500" in texts
    assert texts[-1] == "Tidying up the file; this last step can take a minute."
    values = [v for _, v, top, _ in shown if top == 100]
    assert values == sorted(values) and values[-1] == 91
    assert shown[-1][2] == 0  # busy: VACUUM has no progress
    assert pending_migrations_of_file(db_path) == []
