"""A shown main window for the import-dialog tests, and the dialog opened and checked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from smsplanner.ui.imports.dialog import ImportDialog
from smsplanner.ui.window.main_window import MainWindow

WAIT = 20_000


def shown_window(qtbot, db_path: Path) -> Iterator[MainWindow]:
    """A shown 1280x800 main window on db_path; its tasks and dialogs stopped at the end."""
    w = MainWindow(db_path)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    yield w
    w.tasks.cancel_all()
    w.tasks.wait_all()
    for d in w.findChildren(ImportDialog):
        d.done(0)
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_checked(qtbot, win: MainWindow, path: Path) -> ImportDialog:
    """Open the dialog for one file and wait until the whole file has been checked."""
    win.open_import_dialog([path])
    dialog = win.import_controller.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.check is not None and not dialog.is_busy(), timeout=WAIT)
    return dialog
