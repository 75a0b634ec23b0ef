"""Layout a shop owner sees first: money columns on a laptop screen, a table that fills a big
one, choices remembered; View > Theme with charts that follow it."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from smsplanner.ui.campaigns.model import column_index
from smsplanner.ui.common.window import MainAction
from smsplanner.ui.window.main_window import MainWindow


def _right_edge(window: MainWindow, key: str) -> int:
    header = window.workspace.table.view.horizontalHeader()
    i = column_index(key)
    return header.sectionViewportPosition(i) + header.sectionSize(i)


def test_money_columns_show_at_1280_and_the_table_fills_1920(qtbot, window: MainWindow) -> None:
    window.action_map[MainAction.LOAD_SAMPLE].trigger()
    window.ops.wait_idle()
    window.resize(1280, 800)
    qtbot.wait(50)
    view = window.workspace.table.view
    for key in ("conversions", "conversion_rate", "revenue", "cost"):
        assert _right_edge(window, key) <= view.viewport().width(), key
    header = view.horizontalHeader()
    assert header.visualIndex(column_index("revenue")) < header.visualIndex(
        column_index("delivered"))
    window.resize(1920, 1080)
    qtbot.wait(50)
    assert header.length() >= view.viewport().width() - 2  # no empty third on the right


def test_column_order_is_remembered(qtbot, window: MainWindow) -> None:
    window.action_map[MainAction.LOAD_SAMPLE].trigger()
    window.ops.wait_idle()
    header = window.workspace.table.view.horizontalHeader()
    header.moveSection(header.visualIndex(column_index("cost")), 0)
    settings = QSettings()
    window.workspace.save_state(settings)
    other = MainWindow(window.db_path.with_name("other.sqlite"))
    qtbot.addWidget(other)
    other.workspace.restore_state(settings)
    assert other.workspace.table.view.horizontalHeader().visualIndex(column_index("cost")) == 0
    other.close()


def test_theme_menu_switches_charts_and_is_remembered(qtbot, window: MainWindow) -> None:
    from smsplanner.ui.common.theme import apply_theme

    window.action_map[MainAction.LOAD_SAMPLE].trigger()
    window.ops.wait_idle()
    try:
        window.theme_actions["dark"].trigger()
        QApplication.processEvents()
        assert window.prefs.theme() == "dark"
        plot = window.trends.plot
        assert plot.backgroundBrush().color().lightness() < 80
        assert not plot.getPlotItem().autoBtn.isVisible()  # no pyqtgraph "A" button
        window.theme_actions["light"].trigger()
        QApplication.processEvents()
        assert plot.backgroundBrush().color().lightness() > 200
    finally:
        apply_theme("system")
        window.prefs.set_theme("system")


def test_plan_money_inputs_carry_the_preferences_currency(qtbot, window: MainWindow) -> None:
    window.prefs.set_currency("EUR", True)
    window.preferences_changed()
    plan = window.plan
    for box in (plan.whatif.price, plan.whatif.revenue, plan.cost.price):
        assert box.suffix() == " EUR" and box.prefix() == ""
    window.prefs.set_currency("$", False)
    window.preferences_changed()
    assert plan.cost.price.prefix() == "$"
