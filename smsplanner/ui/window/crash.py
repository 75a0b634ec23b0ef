"""Unhandled errors in the GUI: logged, then shown in a dialog with the log file's path.

`install_crash_handler(app)` replaces sys.excepthook and threading.excepthook and installs a
Qt message handler. PySide6 hands exceptions raised in slots and event handlers to
sys.excepthook and carries on, so the app stays up; the user sees one short dialog, never a
silent exit or a traceback.
"""

from __future__ import annotations

import logging
import sys
import threading
import types
from collections.abc import Callable

from PySide6.QtCore import QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from smsplanner.domain.errors import SmsPlannerError
from smsplanner.ui.common.errors import error_box

MAX_DIALOGS = 1  # more errors while one is showing are logged, not stacked on screen


class CrashReporter(QObject):
    """Receives errors from any thread and shows them on the GUI thread."""

    reported = Signal(object)  # the exception; queued to the GUI thread

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.open_boxes: list[QMessageBox] = []
        self.count = 0
        self.reported.connect(self._show)
        self._previous: tuple[Callable, Callable] | None = None

    def excepthook(self, kind: type[BaseException], exc: BaseException,
                   tb: types.TracebackType | None) -> None:
        """sys.excepthook: any thread; Ctrl+C still quits."""
        if issubclass(kind, KeyboardInterrupt):
            self.app.quit()
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        self.reported.emit(exc)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, exc: BaseException) -> None:
        """GUI thread: log (error_box does, for unexpected errors) and show one dialog."""
        self.count += 1
        self.open_boxes = [b for b in self.open_boxes if b.isVisible()]
        if len(self.open_boxes) >= MAX_DIALOGS:
            if not isinstance(exc, SmsPlannerError):
                from smsplanner.logs import log_exception

                log_exception(exc, "Unexpected error (while another was shown)")
            return
        parent = self.app.activeWindow()
        box = error_box(parent, exc, title=self.tr("Something went wrong"))
        box.setObjectName("crashDialog")
        box.finished.connect(lambda _=0, b=box: self._closed(b))
        self.open_boxes.append(box)
        box.show()  # not exec(): the event loop (and the app) keeps running

    def _closed(self, box: QMessageBox) -> None:
        if box in self.open_boxes:
            self.open_boxes.remove(box)
        box.deleteLater()

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None
        qInstallMessageHandler(None)


_QT_LEVELS = {QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    """Qt's own warnings and errors go to the log file (Qt ends the process on fatal ones)."""
    level = _QT_LEVELS.get(kind)
    if level is None:
        return
    from smsplanner.logs import log_file, redact

    try:
        path = log_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"Qt {logging.getLevelName(level)}: {redact(message)}\n")
    except OSError:
        pass


def install_crash_handler(app: QApplication) -> CrashReporter:
    """Route every unhandled exception and Qt error message to the log and one dialog."""
    reporter = CrashReporter(app)
    reporter._previous = (sys.excepthook, threading.excepthook)
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_excepthook
    qInstallMessageHandler(_qt_message)
    return reporter
