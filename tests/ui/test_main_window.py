"""The main window on a real database file, driven offscreen with pytest-qt."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.filters import CampaignFilter
from smsplanner.storage.campaigns import add_campaign, count_campaigns, list_campaigns
from smsplanner.storage.db import open_db
from smsplanner.ui.campaigns.model import column_index
from smsplanner.ui.common.window import MainAction
from smsplanner.ui.window.main_window import MainWindow


def _db_names(path: Path) -> list[str]:
    conn = open_db(path)
    try:
        return sorted(c.name for c in list_campaigns(conn, channel=None))
    finally:
        conn.close()


def test_empty_database_shows_welcome_then_sample_fills_the_table(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.welcome
    # The import dialog registers itself, so the welcome panel offers all three ways in.
    assert window.welcome.import_button.isVisibleTo(window)
    assert window.tabs.tabText(0) == "Campaigns"
    window.welcome.sample_button.click()
    window.ops.wait_idle()
    assert window.stack.currentWidget() is window.tabs
    assert window.workspace.table.model.rowCount() == len(window.campaigns()) > 40
    assert window.status_count.text().endswith(f"{len(window.campaigns())} campaigns shown")
    assert window.status_db.text() == window.db_path.name


def test_add_through_the_dialog_with_messages_beside_fields(qtbot, window: MainWindow) -> None:
    dialog = window.campaign_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.edits["name"], "Spring sale")
    qtbot.keyClicks(dialog.edits["sent"], "1,000")
    qtbot.keyClicks(dialog.edits["delivered"], "1200")
    qtbot.keyClicks(dialog.edits["conversions"], "lots")
    dialog.accept()
    window.ops.wait_idle()
    assert dialog.result() == 0 and count_campaigns(window.conn) == 0
    assert "cannot be more than sent" in dialog.errors["delivered"].text()
    assert "whole number" in dialog.errors["conversions"].text()
    assert not dialog.errors["name"].isVisibleTo(dialog)

    dialog.set_text("delivered", "950")
    dialog.set_text("conversions", "38")
    assert "4.0%" in dialog.preview.text() and "38 of 950 delivered" in dialog.preview.text()
    dialog.accept()
    window.ops.wait_idle()
    assert dialog.result() == 1
    assert _db_names(window.db_path) == ["Spring sale"]
    assert window.stack.currentWidget() is window.tabs
    saved = window.campaigns()[0]
    assert (saved.sent, saved.delivered, saved.conversions, saved.clicks) == (1000, 950, 38, None)
    assert window.selected_ids() == [saved.id]


def test_duplicate_is_reported_beside_the_name(qtbot, window: MainWindow) -> None:
    add_campaign(window.conn, Campaign(name="Promo", date=dt.date.today()))
    window.reload()
    dialog = window.campaign_dialog()
    qtbot.addWidget(dialog)
    dialog.set_text("name", "Promo")
    dialog.accept()
    window.ops.wait_idle()
    assert dialog.result() == 0
    assert "already exists" in dialog.errors["name"].text()


def test_edit_delete_undo_redo(qtbot, window: MainWindow) -> None:
    window.load_sample_data()
    window.ops.wait_idle()
    total = len(window.campaigns())
    first = window.campaigns()[0]
    # Edit: change the conversions and save; undo puts the old value back.
    dialog = window.campaign_dialog(first)
    qtbot.addWidget(dialog)
    dialog.set_text("conversions", "1")
    dialog.accept()
    window.ops.wait_idle()
    assert next(c for c in window.campaigns() if c.id == first.id).conversions == 1
    window.action_map[MainAction.UNDO].trigger()
    window.ops.wait_idle()
    assert next(c for c in window.campaigns() if c.id == first.id).conversions == first.conversions

    # Delete two rows with the Delete key in the table, then undo and redo.
    ids = [c.id for c in window.campaigns()[:2]]
    window.select_campaigns(ids)
    window.workspace.table.view.setFocus()
    qtbot.keyClick(window.workspace.table.view, Qt.Key.Key_Delete)
    window.ops.wait_idle()
    assert count_campaigns(window.conn) == total - 2
    assert "Deleted 2 campaigns" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.ops.wait_idle()
    assert count_campaigns(window.conn) == total
    assert sorted(window.selected_ids()) == sorted(ids)  # restored rows come back selected
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window.ops.wait_idle()
    assert count_campaigns(window.conn) == total - 2


def test_undo_of_add_keeps_id_on_redo(window: MainWindow) -> None:
    dialog = window.campaign_dialog()
    dialog.set_text("name", "One")
    dialog.accept()
    window.ops.wait_idle()
    cid = window.campaigns()[0].id
    window.undo_stack.undo()
    window.ops.wait_idle()
    assert count_campaigns(window.conn) == 0
    assert window.stack.currentWidget() is window.welcome
    window.undo_stack.redo()
    window.ops.wait_idle()
    assert [c.id for c in window.campaigns()] == [cid]
    dialog.close()


def test_filters_search_and_status(qtbot, window: MainWindow) -> None:
    window.load_sample_data()
    window.ops.wait_idle()
    total = len(window.campaigns())
    seen: list[CampaignFilter] = []
    window.filter_changed.connect(seen.append)
    bar = window.workspace.filter_bar
    bar.segment.setCurrentIndex(bar.segment.findData("Loyal customers"))
    shown = window.workspace.table.model.campaigns()
    assert shown and all(c.segment == "Loyal customers" for c in shown)
    assert seen[-1].segment == "Loyal customers"
    assert window.status_count.text() == f"{len(shown)} of {total} campaigns shown"
    qtbot.keyClicks(bar.search, "BOGOF")  # message text only
    qtbot.waitUntil(lambda: seen[-1].text == "BOGOF", timeout=2000)
    hits = window.workspace.table.model.campaigns()
    assert hits and all("BOGOF" in (c.message or "") for c in hits)
    bar.clear()
    assert window.workspace.table.model.rowCount() == total
    assert window.current_filter() == CampaignFilter(channel=None)


def test_ctrl_c_copies_selected_rows_as_tsv(qtbot, window: MainWindow) -> None:
    window.load_sample_data()
    window.ops.wait_idle()
    ids = [c.id for c in window.campaigns()[:3]]
    window.select_campaigns(ids)
    window.workspace.table.view.setFocus()
    qtbot.keyClick(window.workspace.table.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().splitlines()
    assert len(lines) == 4 and lines[0].startswith("Name\tDate\t")
    names = {line.split("\t")[0] for line in lines[1:]}
    assert names == {c.name for c in window.campaigns()[:3]}


def test_column_chooser_hides_column_in_table_and_totals(window: MainWindow) -> None:
    window.load_sample_data()
    window.ops.wait_idle()
    col = column_index("offer")
    window.workspace.column_actions[col].setChecked(False)
    assert window.workspace.table.view.isColumnHidden(col)
    assert window.workspace.table.totals.isColumnHidden(col)
    assert "offer" not in window.workspace.visible_column_keys()


def test_geometry_and_columns_are_remembered(qtbot, db_path: Path, dispose) -> None:
    first = MainWindow(db_path)
    first.show()
    first.resize(700, 500)
    first.workspace.column_actions[column_index("segment")].setChecked(False)
    size = (first.width(), first.height())
    dispose(first)
    second = MainWindow(db_path)
    # The offscreen screen is 800 px wide and restoreGeometry keeps windows on screen, so
    # compare the height (and that the width was restored to the screen, not the 1280 default).
    assert second.height() == size[1] and second.width() <= 800
    assert second.workspace.table.view.isColumnHidden(column_index("segment"))
    dispose(second)


def test_import_hook_menu_welcome_and_drop(qtbot, window: MainWindow, tmp_path: Path) -> None:
    received: list[list[Path]] = []
    window.set_import_handler(None)  # without a handler there is nothing to offer
    assert not window.action_map[MainAction.IMPORT].isVisible()
    assert not window.welcome.import_button.isVisibleTo(window)
    window.set_import_handler(received.append)
    assert window.action_map[MainAction.IMPORT].isVisible()
    assert window.welcome.import_button.isVisibleTo(window)
    window.action_map[MainAction.IMPORT].trigger()
    assert received == [[]]
    export = tmp_path / "results.csv"
    export.write_text("name,date\nA,2026-01-01\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(export))])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    assert received[-1] == [export]


def test_add_view_adds_a_tab_and_a_view_menu_entry(qtbot, window: MainWindow) -> None:
    view = QLabel("extra")
    window.add_view("Extra", view)
    assert window.tabs.tabText(window.tabs.count() - 1) == "Extra"
    entry = next(a for a in window.menus.view.actions() if a.text() == "Extra")
    window.load_sample_data()
    window.ops.wait_idle()
    entry.trigger()
    assert window.tabs.currentWidget() is view


def test_unexpected_error_popup_shows_log_path_not_traceback(qtbot, window: MainWindow) -> None:
    from smsplanner.ui.common.errors import show_error

    box = show_error(window, ZeroDivisionError("division by zero at +447700900123"))
    qtbot.waitUntil(box.isVisible, timeout=2000)
    assert "did not expect" in box.text() and "Traceback" not in box.text()
    assert "smsplanner.log" in box.informativeText()
    assert "447700900123" not in box.text() + box.informativeText()
    box.close()
    user = show_error(window, open_db.__module__ and __import__(
        "smsplanner.domain.errors", fromlist=["x"]).NotFoundError("There is no campaign 9."))
    assert user.text() == "There is no campaign 9." and user.informativeText() == ""
    user.close()


def test_preferences_change_money_format_and_database(qtbot, window: MainWindow,
                                                      tmp_path: Path) -> None:
    from smsplanner.ui.window.preferences import PreferencesDialog

    window.load_sample_data()
    window.ops.wait_idle()
    dialog = PreferencesDialog(window)
    qtbot.addWidget(dialog)
    dialog.symbol.setText("EUR")
    dialog.position.setCurrentIndex(1)
    dialog.cost.setText("0.05")
    dialog.band_low.setValue(3.0)
    dialog.band_high.setValue(8.0)
    dialog.accept()
    window.ops.wait_idle()
    assert window.prefs.benchmark_band() == (0.03, 0.08)
    assert window.prefs.cost_per_message() == 0.05
    model = window.workspace.table.model
    sent_row = next(r for r in range(model.rowCount())  # planned sends have no revenue yet
                    if model.index(r, column_index("status")).data() == "sent")
    revenue = model.index(sent_row, column_index("revenue")).data()
    assert revenue.endswith("\u00a0EUR")

    bad = PreferencesDialog(window)
    qtbot.addWidget(bad)
    bad.band_low.setValue(9.0)
    assert not bad.apply() and bad.band_error.isVisibleTo(bad)

    other = tmp_path / "other.sqlite"
    assert bad.switch_database(other)
    assert window.db_path == other and window.campaigns() == []
    assert window.stack.currentWidget() is window.welcome
    assert window.prefs.last_db_path() == other


def test_closing_during_work_asks_then_stops_it(qtbot, window: MainWindow) -> None:
    import threading

    started = threading.Event()

    def slow(progress, is_cancelled):
        started.set()
        while not is_cancelled():
            threading.Event().wait(0.01)

    window.tasks.run(slow)
    assert started.wait(5)

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "still working" in box.text()
        box.button(button).click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.No))
    assert not window.close()  # the user said no: keep working
    assert window.tasks.is_busy()
    QTimer.singleShot(50, lambda: answer(QMessageBox.StandardButton.Yes))
    assert window.close()
    assert window.tasks.pool.activeThreadCount() == 0


def test_remove_sample_data_keeps_own_campaigns_and_undoes(window: MainWindow) -> None:
    own = add_campaign(window.conn, Campaign(name="My own", date=dt.date(2025, 11, 4), sent=100))
    window.reload()
    window.action_map[MainAction.LOAD_SAMPLE].trigger()
    window.ops.wait_idle()
    with_sample = len(window.campaigns())
    assert with_sample > 48  # the sample's sent campaigns and its planned sends
    assert "Remove sample data" in window.welcome.sample_text.text()
    window.action_map[MainAction.REMOVE_SAMPLE].trigger()
    window.ops.wait_idle()
    assert [c.id for c in window.campaigns()] == [own]
    assert window.undo_stack.undoText() == "Remove sample data"
    window.undo_stack.undo()
    window.ops.wait_idle()
    assert len(window.campaigns()) == with_sample
    window.undo_stack.redo()
    window.ops.wait_idle()
    assert [c.id for c in window.campaigns()] == [own]
    window.action_map[MainAction.REMOVE_SAMPLE].trigger()
    assert "no sample campaigns" in window.statusBar().currentMessage()
