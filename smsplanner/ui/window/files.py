"""Files reaching the main window: files dropped on it for import, and switching database.

The import itself belongs to whoever registers a handler with `MainWindow.set_import_handler`
(the import dialog); the window only passes paths along. GUI thread only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from smsplanner.storage.db import open_db

if TYPE_CHECKING:
    from smsplanner.ui.window.main_window import MainWindow


def local_files(mime: QMimeData) -> list[Path]:
    """The local files among dragged or dropped data (web links and text are not files)."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def _can_import(window: MainWindow) -> bool:
    return window._import_handler is not None


def drag_enter(window: MainWindow, event: QDragEnterEvent) -> None:
    """Accept a drag only when it carries files and something can import them."""
    if _can_import(window) and local_files(event.mimeData()):
        event.acceptProposedAction()
    else:
        event.ignore()


def drop(window: MainWindow, event: QDropEvent) -> None:
    """Hand dropped files to the import handler."""
    paths = local_files(event.mimeData())
    if paths and _can_import(window):
        event.acceptProposedAction()
        window.open_import_dialog(paths)


def switch_database(window: MainWindow, path: Path) -> bool:
    """Close the open database and open `path` (created if new); False if it cannot be opened,
    and then the old one stays open."""
    try:
        conn = open_db(Path(path))
    except Exception as exc:
        window.report_error(exc)
        return False
    window.conn.close()
    window.conn = conn
    window.db_path = Path(path)
    window.undo_stack.clear()  # the undo commands hold rows of the old file
    window.prefs.set_last_db_path(window.db_path)
    window.database_changed.emit(window.db_path)
    window.campaigns_changed.emit()
    window.show_status(f"Opened {window.db_path}.")
    return True
