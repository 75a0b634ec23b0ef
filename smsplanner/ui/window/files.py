"""Files reaching the main window: files dropped on it for import.

The import itself belongs to whoever registers a handler with `MainWindow.set_import_handler`
(the import dialog); the window only passes paths along. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QDragEnterEvent, QDropEvent


def local_files(mime: QMimeData) -> list[Path]:
    """The local files among dragged or dropped data (web links and text are not files)."""
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def drag_enter(event: QDragEnterEvent, can_import: bool) -> None:
    """Accept a drag only when it carries files and something can import them."""
    if can_import and local_files(event.mimeData()):
        event.acceptProposedAction()
    else:
        event.ignore()


def drop(event: QDropEvent, import_files: Callable[[list[Path]], None] | None) -> None:
    """Hand dropped files to the import handler (None: nothing can import them)."""
    paths = local_files(event.mimeData())
    if paths and import_files is not None:
        event.acceptProposedAction()
        import_files(paths)
