"""Review checks of the campaigns workspace against issues 2 and 4, on a real database file."""

from __future__ import annotations

from smsplanner.ui.campaign_model import column_index
from smsplanner.ui.main_window import MainWindow


def _sample(window: MainWindow, qtbot) -> None:
    window.resize(1280, 800)
    window.load_sample_data()
    qtbot.wait(20)  # let the layout show the vertical scroll bar


def test_totals_row_stays_under_its_columns_when_the_scroll_bar_shows(
        qtbot, window: MainWindow) -> None:
    _sample(window, qtbot)
    table = window.workspace.table
    bar = table.view.verticalScrollBar()
    assert bar.isVisible()  # 48 rows do not fit: the totals row must leave room for the bar
    assert table.totals.viewport().width() == table.view.viewport().width()
    # Scrolled fully right, every column of the totals row starts where the table's does.
    table.view.horizontalScrollBar().setValue(table.view.horizontalScrollBar().maximum())
    qtbot.wait(10)
    for key in ("conversions", "revenue", "cost"):
        col = column_index(key)
        assert (table.totals.columnViewportPosition(col)
                == table.view.columnViewportPosition(col)), key
