"""Files reaching the main window: files dropped on it for import.

The import itself belongs to whoever registers a handler with `MainWindow.set_import_handler`
(the import dialog); the window only passes paths along. GUI thread only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QDragEnterEvent, QDropEvent

if TYPE_CHECKING:
    from smsplanner.ui.window.main_window import MainWindow


def local_files(mime: QMimeData) -> list[Path]:
    """The local files among dragged or dropped data (web links and text are not files)."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def drag_enter(window: MainWindow, event: QDragEnterEvent) -> None:
    """Accept a drag only when it carries files and something can import them."""
    if window.can_import() and local_files(event.mimeData()):
        event.acceptProposedAction()
    else:
        event.ignore()


def drop(window: MainWindow, event: QDropEvent) -> None:
    """Hand dropped files to the import handler."""
    paths = local_files(event.mimeData())
    if paths and window.can_import():
        event.acceptProposedAction()
        window.open_import_dialog(paths)
