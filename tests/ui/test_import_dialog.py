"""The import dialog on real files written here, driven offscreen on real widgets and threads:
a European semicolon CSV, an XLSX with title and totals rows, a per-message log without a
campaign column, a large log cancelled half way, and files dropped on the window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox

from smsplanner.ui.imports.dialog import ImportDialog
from smsplanner.ui.window.main_window import MainWindow
from tests.ui.import_helpers import WAIT, open_checked, shown_window


@pytest.fixture
def win(qtbot, db_path: Path):
    """A shown main window on a fresh database file, with its tasks stopped at the end."""
    yield from shown_window(qtbot, db_path)


def import_and_wait(qtbot, win: MainWindow, dialog: ImportDialog) -> None:
    assert dialog.import_button.isEnabled(), dialog.why.text()
    with qtbot.waitSignal(dialog.imported, timeout=WAIT):
        dialog.import_button.click()


def rows(win: MainWindow, sql: str) -> list[tuple]:
    return [tuple(r) for r in win.conn.execute(sql).fetchall()]


def write_european_csv(path: Path) -> Path:
    text = ("Kampagne;Datum;Gesendet;Zugestellt;Klicks;Bestellungen;Umsatz\n"
            "Frühling;03.04.2026;1.234;1.200;56;12;1.234,50\n"
            "Ostern;10.04.2026;2.000;1.950;80;20;2.100,00\n")
    path.write_bytes(text.encode("cp1252"))
    return path


def write_title_xlsx(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Results"
    ws.append(["March SMS results"])
    ws.append([])
    ws.append(["Campaign", "Date", "Sent", "Delivered", "Clicks", "Orders", "Revenue ($)"])
    ws.append(["Spring sale", "2026-03-02", 1000, 980, 40, 12, 340.5])
    ws.append(["VIP night", "2026-03-09", 500, 490, 30, 9, 210])
    ws.append(["Broken", "2026-03-10", 500, 600, 30, 9, 210])
    ws.append(["Total", None, 2000, 2070, 100, 30, 760.5])
    wb.save(path)
    return path


def write_log(path: Path, n: int = 30, campaign: bool = False) -> Path:
    head = "From,To,Body,Status,SentDate,NumSegments,Sid,Direction,Price,PriceUnit"
    lines = [head + (",Campaign" if campaign else "")]
    for i in range(n):
        status = "failed" if i % 5 == 0 else "delivered"
        line = (f"+15550001111,+1555{i:07d},Hi,{status},"
                f"\"Fri, 24 May 2019 17:{i % 60:02d}:50 +0000\",1,SM{i:032d},outbound-api,"
                "-0.00750,USD")
        lines.append(line + (f",Promo {i % 3}" if campaign else ""))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- European CSV: detection shown, a setting re-reads, mapping by dropdown, remembered -------
def test_european_csv_detected_mapped_by_dropdown_and_imported(qtbot, win, tmp_path) -> None:
    dialog = open_checked(qtbot, win, write_european_csv(tmp_path / "april.csv"))
    panel = dialog.settings_panel
    assert panel.delimiter.currentData() == ";"
    assert panel.encoding.currentData() == "cp1252"
    assert panel.numbers.currentData() == ",."  # 1.234,50
    assert dialog.model.data(dialog.model.index(0, 0)) == "Frühling"
    # The engine knows German headers; set every dropdown to "not used" as a user could:
    # nothing mapped, so nothing to import and the button says so.
    assert dialog.mapping.fields["name"] == "Kampagne"
    columns = (("Kampagne", "name"), ("Datum", "date"), ("Gesendet", "sent"),
               ("Zugestellt", "delivered"), ("Klicks", "clicks"),
               ("Bestellungen", "conversions"), ("Umsatz", "revenue"))

    def pick(column: str, fieldname: str) -> None:
        box = dialog.mapping_header.editor_for(column)
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData(fieldname))
        box.activated.emit(box.currentIndex())
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT)

    for column, _fieldname in columns:
        pick(column, "")
    assert dialog.mapping.fields == {}
    assert dialog.import_button.text() == "Nothing to import"

    # Pick fields in the dropdowns above the columns, as a user would.
    for column, fieldname in columns:
        pick(column, fieldname)
    assert dialog.mapping.fields["revenue"] == "Umsatz"
    assert dialog.model.data(dialog.model.index(0, 6),
                             Qt.ItemDataRole.BackgroundRole) is not None  # mapped: tinted
    assert not dialog.campaign_edit.isVisible()  # the file names its campaigns
    assert dialog.import_button.text() == "Import 2 campaigns"

    import_and_wait(qtbot, win, dialog)
    got = rows(win, "SELECT name, date, sent, delivered, clicks, conversions, revenue "
                    "FROM campaigns ORDER BY date")
    assert got == [("Frühling", "2026-04-03", 1234, 1200, 56, 12, 1234.5),
                   ("Ostern", "2026-04-10", 2000, 1950, 80, 20, 2100.0)]
    qtbot.waitUntil(lambda: win.import_controller.banner.isVisible(), timeout=WAIT)
    assert "2 campaigns added, 0 updated" in win.import_controller.banner.text.text()
    assert "2 campaigns added" in win.statusBar().currentMessage()
    assert sorted(win.selected_ids()) == sorted(r[0] for r in rows(win, "SELECT id FROM campaigns"))

    # Another export with the same headers: the confirmed mapping is offered at once.
    text = "Kampagne;Datum;Gesendet;Zugestellt;Klicks;Bestellungen;Umsatz\n" \
           "Sommer;01.06.2026;500;490;10;2;99,90\n"
    (tmp_path / "june.csv").write_bytes(text.encode("cp1252"))
    qtbot.waitUntil(lambda: win.import_controller.dialog is None, timeout=WAIT)
    again = open_checked(qtbot, win, tmp_path / "june.csv")
    assert again.remembered and again.mapping.fields["revenue"] == "Umsatz"
    assert "chose last time" in again.notes.text()
    assert again.import_button.text() == "Import 1 campaign"
    again.reject()


def test_changing_a_setting_rereads_the_preview(qtbot, win, tmp_path) -> None:
    dialog = open_checked(qtbot, win, write_european_csv(tmp_path / "april.csv"))
    assert dialog.model.columnCount() == 7
    box = dialog.settings_panel.delimiter
    box.setCurrentIndex(box.findData(","))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: dialog.check is not None and not dialog.is_busy(), timeout=WAIT)
    assert dialog.preview_raw.detected.delimiter == ","
    assert dialog.model.columnCount() < 7  # read with commas: the columns run together
    dialog.set_setting("delimiter", ";")
    qtbot.waitUntil(lambda: dialog.check is not None and not dialog.is_busy(), timeout=WAIT)
    assert dialog.model.columnCount() == 7
    dialog.reject()


# -- XLSX with a title row and a totals row: labelled rows, problems, skip bad rows -----------
def test_xlsx_title_and_totals_rows_problems_and_skip(qtbot, win, tmp_path) -> None:
    dialog = open_checked(qtbot, win, write_title_xlsx(tmp_path / "march.xlsx"))
    model = dialog.model
    kinds = {model.sheet_row(r): model.skipped_kind(r) for r in range(model.rowCount())}
    assert kinds == {1: "title", 2: "blank", 4: None, 5: None, 6: None, 7: "total"}
    title = model.data(model.index(model.view_row(1), 0))
    assert "Title row" in title and "March SMS results" in title
    assert "Totals row" in model.data(model.index(model.view_row(7), 0))
    assert dialog.settings_panel.header_row.value() == 3
    assert dialog.settings_panel.sheet.currentText() == "Results"

    assert dialog.problems.rowCount() == 1
    assert [dialog.problems.item(0, c).text() for c in range(3)] == ["6", "Delivered", "600"]
    dialog.problems.setCurrentCell(0, 3)
    current = dialog.view.currentIndex()
    assert model.sheet_row(current.row()) == 6
    assert model.all_columns()[current.column()] == "Delivered"
    assert "cannot be more than sent" in model.data(current, Qt.ItemDataRole.ToolTipRole)
    assert dialog.import_button.text() == "Import 2 good rows, skip 1"
    assert "1 total row left out" in dialog.notes.text()  # "1 row", never "1 row(s)"
    assert "(s)" not in dialog.notes.text() + dialog.why.text()

    import_and_wait(qtbot, win, dialog)
    assert rows(win, "SELECT name FROM campaigns ORDER BY name") == [("Spring sale",),
                                                                     ("VIP night",)]
    banner = win.import_controller.banner.text.text()
    assert "2 campaigns added" in banner and "1 total row left out" in banner
    assert "1 row with problems skipped" in banner


# -- a per-message log with no campaign column ------------------------------------------------
def test_log_without_campaign_column_asks_for_a_name(qtbot, win, tmp_path) -> None:
    dialog = open_checked(qtbot, win, write_log(tmp_path / "twilio_may_log.csv"))
    assert dialog.shape_box.currentData() == "messages"
    assert dialog.campaign_edit.isVisible()
    assert dialog.campaign_edit.text() == "twilio may log"
    columns = dialog.model.all_columns()
    assert {"From", "To"} <= set(dialog.model.dropped)
    to = columns.index("To")
    assert dialog.model.data(dialog.model.index(0, to)) == "(phone number hidden)"
    assert dialog.mapping_header.editor_for("To").text() == "dropped: personal data"

    dialog.campaign_edit.setText("May promo")
    dialog.campaign_edit.textEdited.emit("May promo")
    qtbot.waitUntil(lambda: dialog.choices.campaign == "May promo" and not dialog.is_busy(),
                    timeout=WAIT)
    assert dialog.import_button.text() == "Import 30 messages into 1 campaign"
    import_and_wait(qtbot, win, dialog)
    assert rows(win, "SELECT name, sent, delivered FROM campaigns") == [("May promo", 30, 24)]
    dump = "\n".join(sqlite3.connect(win.db_path).iterdump())
    assert "+1555" not in dump  # phone numbers never reach the database

    # The same file again: the dialog says it was already imported and offers nothing.
    qtbot.waitUntil(lambda: win.import_controller.dialog is None, timeout=WAIT)
    again = open_checked(qtbot, win, tmp_path / "twilio_may_log.csv")
    assert not again.import_button.isEnabled()
    assert "already imported" in again.why.text()
    again.reject()


def test_switching_shape_changes_the_fields_offered(qtbot, win, tmp_path) -> None:
    dialog = open_checked(qtbot, win, write_log(tmp_path / "log.csv"))
    dialog.set_shape("summary")
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT)
    box = dialog.mapping_header.editor_for("Status")
    assert box.findData("sent") >= 0 and box.findData("status") < 0
    assert dialog.choices.shape == "summary"
    dialog.reject()


# -- large file: the window stays responsive, and Stop leaves the database unchanged ------------
def test_cancel_large_import_half_way_leaves_database_unchanged(qtbot, win, tmp_path) -> None:
    path = write_log(tmp_path / "big.csv", n=120_000, campaign=True)
    dialog = open_checked(qtbot, win, path)
    assert dialog.import_button.text().startswith("Import 120,000 messages")
    before = rows(win, "SELECT count(*) FROM campaigns")
    seen: list[int] = []

    def stop_half_way(value: int) -> None:
        seen.append(value)
        # The checked plan is imported without reading it again: progress is the write's.
        # Stop at its first step: the dialog passes progress on a few times a second, so a
        # write that finishes fast (a quiet machine) skipped from 583 to 1000 past a later mark.
        if value > 0:
            dialog.stop()

    dialog.progress.valueChanged.connect(stop_half_way)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT)
    assert seen and max(seen) < 1000
    assert "Nothing was changed" in dialog.why.text()
    assert rows(win, "SELECT count(*) FROM campaigns") == before
    assert rows(win, "SELECT count(*) FROM import_batches") == [(0,)]
    assert rows(win, "SELECT count(*) FROM messages") == [(0,)]
    assert dialog.import_button.isEnabled()  # the user can try again
    dialog.reject()


# -- drag and drop on the main window -------------------------------------------------------------
def test_dropping_files_on_the_window_opens_one_dialog_per_file(qtbot, win, tmp_path) -> None:
    first = write_european_csv(tmp_path / "a.csv")
    second = write_title_xlsx(tmp_path / "b.xlsx")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(win, drop)
    dialog = win.import_controller.dialog
    assert dialog is not None and dialog.choices.path == first
    assert "file 1 of 2" in dialog.windowTitle()
    qtbot.waitUntil(lambda: dialog.check is not None and not dialog.is_busy(), timeout=WAIT)
    dialog.reject()
    qtbot.waitUntil(lambda: win.import_controller.dialog is not dialog, timeout=WAIT)
    nxt = win.import_controller.dialog
    assert nxt is not None and nxt.choices.path == second
    assert "file 2 of 2" in nxt.windowTitle()
    qtbot.waitUntil(lambda: nxt.check is not None and not nxt.is_busy(), timeout=WAIT)
    nxt.reject()
    qtbot.waitUntil(lambda: win.import_controller.dialog is None, timeout=WAIT)


def test_file_that_cannot_be_read_says_why(qtbot, win, tmp_path) -> None:
    bad = tmp_path / "photo.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    win.open_import_dialog([bad])
    dialog = win.import_controller.dialog
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=WAIT)
    assert not dialog.import_button.isEnabled()
    assert "photo.csv" in dialog.why.text()
    dialog.reject()
