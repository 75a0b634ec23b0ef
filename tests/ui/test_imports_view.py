"""View > Imports and the result banner's Undo, on real database files and real imports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from smsplanner.services.importer import import_file
from smsplanner.ui.common.window import MainAction
from smsplanner.ui.imports.dialog import ImportDialog
from smsplanner.ui.imports.view import ImportsDialog
from smsplanner.ui.window.main_window import MainWindow

WAIT = 20_000
HEAD = "Campaign,Date,Sent,Delivered,Clicks,Orders\n"


@pytest.fixture
def win(qtbot, db_path: Path):
    from PySide6.QtCore import QCoreApplication, QEvent

    w = MainWindow(db_path)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.tasks.cancel_all()
    w.tasks.wait_all()
    for d in w.findChildren(ImportDialog) + w.findChildren(ImportsDialog):
        d.done(0)
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def figures(win: MainWindow) -> list[tuple]:
    return [tuple(r) for r in win.conn.execute(
        "SELECT name, sent, clicks FROM campaigns ORDER BY name")]


def batches(win: MainWindow) -> int:
    return int(win.conn.execute("SELECT count(*) FROM import_batches").fetchone()[0])


def two_overlapping_imports(win: MainWindow, tmp_path: Path) -> None:
    first = tmp_path / "february.csv"
    first.write_text(HEAD + "Alpha,2026-02-01,100,95,5,1\nBeta,2026-02-08,200,190,9,2\n")
    second = tmp_path / "february-final.csv"
    second.write_text(HEAD + "Beta,2026-02-08,210,200,12,3\nGamma,2026-02-15,300,290,15,4\n")
    for path in (first, second):
        result = import_file(win.conn, path)
        assert result.import_id is not None, result.message
    win.reload()


def open_view(qtbot, win: MainWindow) -> ImportsDialog:
    win.action_map[MainAction.IMPORTS].trigger()
    views = [d for d in win.findChildren(ImportsDialog) if d.isVisible()]
    assert len(views) == 1
    return views[0]


def answer(box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    button.click()


def test_lists_every_batch_newest_first(qtbot, win, tmp_path) -> None:
    two_overlapping_imports(win, tmp_path)
    view = open_view(qtbot, win)
    cells = [[view.table.item(r, c).text() for c in range(view.table.columnCount())]
             for r in range(view.table.rowCount())]
    assert [row[0] for row in cells] == ["#2", "#1"]
    assert [row[2] for row in cells] == ["february-final.csv", "february.csv"]
    assert {row[3] for row in cells} == {"Campaign summaries"}
    assert [row[5:] for row in cells] == [["1", "1"], ["2", "0"]]  # added, updated
    assert all(row[1] for row in cells)  # a local date and time


def test_undo_refused_then_done_in_order(qtbot, win, tmp_path) -> None:
    two_overlapping_imports(win, tmp_path)
    view = open_view(qtbot, win)
    view.select_batch(1)
    assert "import #2" in view.note.text().lower() or "#2" in view.note.text()
    assert "first" in view.note.text()
    refused = view.undo_selected()
    assert refused is not None and "#2" in refused.text()
    refused.close()
    assert batches(win) == 2  # nothing changed

    view.select_batch(2)
    assert view.note.text() == ""
    box = view.undo_selected()
    assert "delete the 1 campaign it added" in box.text()
    assert "put the figures of the 1 campaign it updated back" in box.text()
    answer(box, "Undo import")
    qtbot.waitUntil(lambda: batches(win) == 1, timeout=WAIT)
    assert figures(win) == [("Alpha", 100, 5), ("Beta", 200, 9)]  # Beta as before #2
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=WAIT)
    assert view.table.item(0, 0).text() == "#1"

    box = view.undo_selected()
    answer(box, "Cancel")
    assert batches(win) == 1
    box = view.undo_selected()
    answer(box, "Undo import")
    qtbot.waitUntil(lambda: batches(win) == 0, timeout=WAIT)
    assert figures(win) == []
    qtbot.waitUntil(lambda: view.empty.isVisible(), timeout=WAIT)


def test_banner_undo_after_a_dialog_import(qtbot, win, tmp_path) -> None:
    path = tmp_path / "march.csv"
    path.write_text(HEAD + "Spring,2026-03-01,100,95,5,1\nSummer,2026-03-08,50,49,2,2\n")
    win.open_import_dialog([path])
    dialog = win.import_controller.dialog
    qtbot.waitUntil(lambda: dialog.check is not None and not dialog.is_busy(), timeout=WAIT)
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.import_button.click()
    banner = win.import_controller.banner
    assert banner.isVisible() and banner.undo_button.isVisible()
    assert "2 campaigns added, 0 updated." in banner.text.text()
    banner.undo_button.click()
    boxes = [b for b in win.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1 and "delete the 2 campaigns" in boxes[0].text()
    answer(boxes[0], "Undo import")
    qtbot.waitUntil(lambda: batches(win) == 0, timeout=WAIT)
    assert figures(win) == []
    qtbot.waitUntil(lambda: "undone" in banner.text.text(), timeout=WAIT)
    assert not banner.undo_button.isVisible()
    banner.close_button.click()
    assert not banner.isVisible()
