"""An unhandled exception in the GUI shows a dialog with the log path; the app stays up."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from smsplanner.domain.errors import DatabaseError
from smsplanner.logs import log_file
from smsplanner.ui.window.crash import install_crash_handler


def _crash_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "crashDialog" and w.isVisible()]


@pytest.fixture
def reporter(qapp):
    r = install_crash_handler(qapp)
    yield r
    for box in _crash_boxes():
        box.close()
    r.uninstall()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_a_dialog_and_the_app_goes_on(qtbot, reporter,
                                                                 tally) -> None:
    tally.name("unhandled GUI exception shows a dialog")
    button = QPushButton("Boom")
    qtbot.addWidget(button)
    calls = []

    def boom() -> None:
        calls.append(1)
        raise RuntimeError("a bug, with +44 7700 900123 in it")

    button.clicked.connect(boom)
    button.show()
    runs = tally.repeat(3)
    for _ in range(runs):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(_crash_boxes()), timeout=3000)
        [box] = _crash_boxes()
        text = box.text() + " " + box.informativeText()
        ok = (str(log_file()) in text and "RuntimeError" in text and "7700" not in text
              and button.isVisible())
        tally.trial(ok)
        assert ok, text
        box.close()
        qtbot.waitUntil(lambda: not _crash_boxes(), timeout=3000)
    assert len(calls) == runs
    logged = log_file().read_text(encoding="utf-8")
    assert "a bug" in logged and "7700 900123" not in logged


@pytest.mark.qt_no_exception_capture
def test_errors_from_a_thread_and_timers_are_shown_once(qtbot, reporter) -> None:
    def worker() -> None:
        raise ValueError("from a worker thread")

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    QTimer.singleShot(0, lambda: (_ for _ in ()).throw(KeyError("timer")))
    qtbot.waitUntil(lambda: reporter.count == 2, timeout=3000)
    assert len(_crash_boxes()) == 1  # the second one was logged, not stacked
    assert "ValueError" in _crash_boxes()[0].text()


@pytest.mark.qt_no_exception_capture
def test_a_users_problem_shows_its_sentence(qtbot, reporter) -> None:
    reporter.reported.emit(DatabaseError("The disk is full, so nothing was saved."))
    qtbot.waitUntil(lambda: bool(_crash_boxes()), timeout=3000)
    assert _crash_boxes()[0].text() == "The disk is full, so nothing was saved."
