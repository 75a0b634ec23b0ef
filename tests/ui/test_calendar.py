"""The Calendar and Forecasts tabs on a real database: plan, move, fill in, undo, export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox

from smsplanner.storage.campaigns import get_campaign, list_campaigns
from smsplanner.storage.forecasts import list_snapshots
from smsplanner.ui.calendar.chips import MIME, Chip
from smsplanner.ui.window.main_window import MainWindow

TODAY = dt.date.today()


def _sample(window: MainWindow) -> None:
    window.load_sample_data()
    window.ops.wait_idle()  # the sample is written on the background runner
    window.show_view(window.calendar)  # the tab redraws while on screen
    window.calendar.go_today()


def _plans(window: MainWindow) -> dict[str, int]:
    return {c.name: int(c.id or 0) for c in window.campaigns() if c.is_planned}


def test_plan_a_send_from_the_dialog_then_undo_and_redo(window: MainWindow) -> None:
    _sample(window)
    day = TODAY + dt.timedelta(days=2)
    dialog = window.calendar.plan_dialog(day=day)
    dialog.name.setText("Flash sale")
    dialog.segment.setCurrentIndex(dialog.segment.findData("Loyal customers"))
    dialog.audience.setValue(2000)
    dialog.message.setPlainText("Flash sale today: 30% off!")  # no way to stop: a warning
    assert "About" in dialog.forecast_text.text() and "orders" in dialog.forecast_text.text()
    warnings = dialog.warnings_text.text()
    assert "how to stop" in warnings and "Weekend treat" in warnings  # fatigue: 2 days apart
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    window.ops.wait_idle()
    new_id = _plans(window)["Flash sale"]
    c = get_campaign(window.conn, new_id)
    assert (c.status, c.date, c.audience, c.segment) == ("planned", day, 2000,
                                                         "Loyal customers")
    assert len(list_snapshots(window.conn, new_id)) == 1
    cell = window.calendar.grid.cell_for(day)
    assert cell is not None
    chips = cell.findChildren(Chip)
    assert any(ch.campaign_id == new_id and "orders" in ch.detail.text() for ch in chips)
    window.undo_stack.undo()
    window.ops.wait_idle()
    assert "Flash sale" not in _plans(window)
    window.undo_stack.redo()
    window.ops.wait_idle()
    assert _plans(window)["Flash sale"] == new_id
    assert len(list_snapshots(window.conn, new_id)) == 1  # the forecast came back with it


def test_a_plan_in_the_past_cannot_be_saved(window: MainWindow) -> None:
    _sample(window)
    dialog = window.calendar.plan_dialog(day=TODAY)
    dialog.date.setMinimumDate(dialog.date.minimumDate().addDays(-30))
    dialog.date.setDate(dialog.date.date().addDays(-3))
    assert "in the past" in dialog.problem.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def _drop(window: MainWindow, campaign_id: int, day: dt.date) -> None:
    cell = window.calendar.grid.cell_for(day)
    assert cell is not None
    data = QMimeData()
    data.setData(MIME, str(campaign_id).encode())
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.MoveAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    cell.dropEvent(event)


def test_drag_a_plan_to_another_day_and_undo(window: MainWindow) -> None:
    _sample(window)
    pid = _plans(window)["Welcome offer (New)"]
    before = get_campaign(window.conn, pid)
    target = before.date + dt.timedelta(days=1)
    window.calendar.show_month_of(target)
    window.calendar.refresh()
    _drop(window, pid, target)
    window.ops.wait_idle()
    assert get_campaign(window.conn, pid).date == target
    assert len(list_snapshots(window.conn, pid)) == 2  # moving keeps a new forecast
    cell = window.calendar.grid.cell_for(target)
    assert cell is not None and any(ch.campaign_id == pid for ch in cell.findChildren(Chip))
    window.undo_stack.undo()
    window.ops.wait_idle()
    assert get_campaign(window.conn, pid).date == before.date
    assert len(list_snapshots(window.conn, pid)) == 1
    window.undo_stack.redo()
    window.ops.wait_idle()
    assert get_campaign(window.conn, pid).date == target
    assert len(list_snapshots(window.conn, pid)) == 2


def test_results_fill_in_the_plan_and_appear_in_forecasts(window: MainWindow) -> None:
    _sample(window)
    pid = _plans(window)["Weekend treat (Loyal)"]
    window.show_view(window.forecasts)
    checked_before = len(window.forecasts.checks)
    plan = get_campaign(window.conn, pid)
    dialog = window.campaign_dialog(plan)
    for name, value in (("sent", "1900"), ("delivered", "1850"), ("conversions", "128")):
        dialog.set_text(name, value)
    dialog.accept()
    window.ops.wait_idle()
    c = get_campaign(window.conn, pid)
    assert (c.status, c.conversions, c.audience) == ("sent", 128, 1900)
    window.show_view(window.forecasts)
    assert len(list_snapshots(window.conn, pid)) == 1
    # The forecast was made today, on or before the send day: it is the one that counts.
    assert len(window.forecasts.checks) == checked_before + 1
    assert window.forecasts.table.rowCount() == checked_before + 1
    window.undo_stack.undo()
    window.ops.wait_idle()
    assert get_campaign(window.conn, pid).status == "planned"
    assert len(window.forecasts.checks) == checked_before  # on screen: refreshed at once


def test_forecasts_tab_and_calibration_line(window: MainWindow) -> None:
    _sample(window)
    view = window.forecasts
    assert view._stale  # not read until shown
    window.show_view(view)
    assert len(view.checks) > 20
    assert view.calibration.text().startswith("Of your last 20 forecasts")
    assert view.table.rowCount() == len(view.checks)


def test_narrow_window_shows_the_week_list(qtbot, window: MainWindow) -> None:
    _sample(window)
    cal = window.calendar
    window.show_view(cal)
    window.resize(940, 700)
    qtbot.waitUntil(lambda: cal.width() < 1000)
    assert cal.stack.currentWidget() is cal.weeks
    names = [cal.weeks.topLevelItem(i).child(j).text(1)
             for i in range(cal.weeks.topLevelItemCount())
             for j in range(cal.weeks.topLevelItem(i).childCount())]
    assert any("Weekend treat" in n for n in names)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: cal.stack.currentWidget() is cal.grid)


def test_export_calendar_writes_each_plan(window: MainWindow, tmp_path: Path) -> None:
    from icalendar import Calendar

    _sample(window)
    assert window.calendar.export_action in window.menus.file.actions()
    n = window.calendar.export_to(tmp_path / "plans")
    events = list(Calendar.from_ical((tmp_path / "plans.ics").read_bytes()).walk("VEVENT"))
    assert n == len(events) == 4


def test_month_totals_show_the_budget(window: MainWindow) -> None:
    from dataclasses import replace

    from smsplanner.storage.forecasts import load_rules, save_rules

    _sample(window)
    save_rules(window.conn, replace(load_rules(window.conn), monthly_budget=100.0))
    window.reload()
    window.ops.wait_idle()
    months = {c.date.month for c in window.campaigns() if c.is_planned}
    window.calendar.show_month_of(min(c.date for c in window.campaigns() if c.is_planned))
    window.calendar.refresh()
    text = window.calendar.totals.text()
    assert "budget" in text and "over" in text and months


def test_an_import_on_a_plans_day_is_offered_as_that_plan(window: MainWindow,
                                                         tmp_path: Path) -> None:
    from smsplanner.services.importer import import_file

    _sample(window)
    plan = next(c for c in window.campaigns() if c.name == "Welcome offer (New)")
    sheet = tmp_path / "provider.csv"
    sheet.write_text(f"Campaign,Date,Segment,Sent,Delivered,Orders\nPROV-9,{plan.date},"
                     "New subscribers,4300,4200,171\n")
    result = import_file(window.conn, sheet, backup=False)
    new_id = next(c.id for c in list_campaigns(window.conn) if c.name == "PROV-9")
    asked: list[tuple[str, str]] = []
    controller = window.import_controller
    assert controller is not None
    controller.confirm_plan_match = lambda i, p: asked.append((i.name, p.name)) or True
    controller._imported(result, [int(new_id or 0)], None)
    window.ops.wait_idle()
    assert asked == [("PROV-9", "Welcome offer (New)")]
    c = get_campaign(window.conn, int(plan.id or 0))
    assert (c.status, c.conversions) == ("sent", 171)
    assert "PROV-9" not in {x.name for x in window.campaigns()}
    assert len(list_snapshots(window.conn, c.id)) == 1
