"""Review checks of the campaigns workspace against issues 2 and 4, on a real database file."""

from __future__ import annotations

from smsplanner.ui.campaigns.model import column_index
from smsplanner.ui.window.main_window import MainWindow


def _sample(window: MainWindow, qtbot) -> None:
    window.resize(1280, 800)
    window.load_sample_data()
    window.ops.wait_idle()
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


def test_enter_edits_the_selected_campaign_and_delete_works_after(
        qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from smsplanner.ui.campaigns.dialog import CampaignDialog

    _sample(window, qtbot)
    view = window.workspace.table.view
    view.setFocus()
    view.selectRow(2)
    wanted = window.selected_ids()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, CampaignDialog) and w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].windowTitle() == "Edit campaign"
    assert dialogs[0].edits["name"].text() == next(
        c.name for c in window.campaigns() if c.id == wanted[0])
    dialogs[0].reject()
    window.activateWindow()  # a window manager does this; the offscreen platform does not
    qtbot.waitUntil(view.hasFocus)  # the table gets its focus back, so Delete reaches it
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    window.ops.wait_idle()
    assert wanted[0] not in [c.id for c in window.campaigns()]


def _arrow_points_down(window: MainWindow, col: int) -> bool:
    """Read the sort arrow drawn in a header section: True when its wide end is at the top."""
    from PySide6.QtGui import QColor

    header = window.workspace.table.view.horizontalHeader()
    x0 = header.sectionViewportPosition(col)
    image = header.grab().toImage()
    background = QColor(image.pixel(x0 + 3, header.height() // 2)).lightness()
    widths = []
    for y in range(2, header.height() - 2):  # not the header's top and bottom lines
        # The arrow sits right of the label: scan the section's right end, not its border.
        end = x0 + header.sectionSize(col)
        xs = [x for x in range(end - 24, end - 3)
              if abs(QColor(image.pixel(x, y)).lightness() - background) > 60]
        if xs:
            widths.append(max(xs) - min(xs))
    assert len(widths) >= 3, "no sort arrow found"
    return widths[0] > widths[-1]


def test_sort_arrow_points_the_way_the_rows_run(qtbot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    _sample(window, qtbot)
    table = window.workspace.table
    date_col = column_index("date")
    header = table.view.horizontalHeader()
    dates = [table.model.campaign(r).date for r in range(table.model.rowCount())]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert dates == sorted(dates, reverse=True)  # newest first ...
    assert _arrow_points_down(window, date_col)  # ... so the arrow points down, as elsewhere
    table.view.sortByColumn(date_col, Qt.SortOrder.AscendingOrder)
    qtbot.wait(10)
    assert not _arrow_points_down(window, date_col)


def test_rate_tooltip_writes_every_percentage_the_german_way() -> None:
    from PySide6.QtCore import QLocale

    from smsplanner.domain.metrics import make_rate
    from smsplanner.ui.common.formatting import fmt_rate_tooltip

    de = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    tip = fmt_rate_tooltip(make_rate(93, 3606, "delivered"), "Conversion rate", de)
    assert "95\u00a0% interval: 2,11\u00a0% – 3,15\u00a0%" in tip and "93 of 3.606" in tip
    assert "95%" not in tip
