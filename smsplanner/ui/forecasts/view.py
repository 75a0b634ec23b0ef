"""The Forecasts tab: each sent campaign's kept forecast against its result, as a table and
a chart, with the calibration line in plain words.

Attach with one line in MainWindow._create_views: `self.forecasts = ForecastsView.attach(self)`.
GUI thread only (reading the forecasts takes milliseconds).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsplanner.domain.plan_forecast import Calibration, ForecastCheck
from smsplanner.services.calendar import forecast_checks
from smsplanner.ui.common.formatting import fmt_count, fmt_date
from smsplanner.ui.common.lazy_view import RefreshWhenShown
from smsplanner.ui.common.operations import Change, Changed
from smsplanner.ui.common.style import set_muted
from smsplanner.ui.common.window import WindowContract
from smsplanner.ui.forecasts.chart import INSIDE, NEAR, OUTSIDE, ForecastChart

HEADERS = ("Sent on", "Campaign", "Forecast", "Likely range (80%)", "Wide range (95%)",
           "Actual orders", "Result")


class ForecastsView(RefreshWhenShown):
    """Calibration sentence, chart and table; refreshes when the campaigns change."""

    def __init__(self, main_window: WindowContract, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = main_window
        self.calibration = QLabel(self)
        self.calibration.setWordWrap(True)
        font = self.calibration.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.calibration.setFont(font)
        self.explain = QLabel(
            "Each planned send keeps the forecast made before it went out. Once its results "
            "are in, it shows here: a good forecaster's 80% ranges hold about 8 times in 10, "
            "its 95% ranges about 19 times in 20.", self)
        self.explain.setWordWrap(True)
        set_muted(self.explain)
        self.chart = ForecastChart(self)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._open)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addWidget(self.calibration)
        lay.addWidget(self.explain)
        lay.addWidget(split, 1)
        self.checks: list[ForecastCheck] = []
        self._stale = True
        main_window.ops.changed.connect(self._on_changed)

    @classmethod
    def attach(cls, main_window: WindowContract) -> ForecastsView:
        view = cls(main_window)
        main_window.add_view("Forecasts", view)
        return view

    def _on_changed(self, changed: Changed) -> None:
        if changed.touches(Change.CAMPAIGNS | Change.DATABASE):
            self.refresh_when_shown()

    def refresh(self) -> None:
        self._stale = False
        checks, cal = forecast_checks(self.main_window.conn)
        self.show_checks(checks, cal)

    def show_checks(self, checks: list[ForecastCheck], cal: Calibration) -> None:
        self.checks = checks
        self.calibration.setText(cal.text)
        self.chart.set_checks(checks)
        self.chart.setVisible(bool(checks))
        rows = list(reversed(checks))  # newest first in the table
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            f = c.forecast
            result, colour = (("inside the likely range", INSIDE) if c.inside_80 else
                              ("inside the wide range only", NEAR) if c.inside_95 else
                              ("outside both ranges", OUTSIDE))
            values = (fmt_date(c.date), c.name, f"about {fmt_count(f.expected_conversions)}",
                      f"{fmt_count(f.low_80)}–{fmt_count(f.high_80)}",
                      f"{fmt_count(f.low_95)}–{fmt_count(f.high_95)}", fmt_count(c.actual),
                      result)
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col in (2, 3, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if col == 6:
                    item.setForeground(Qt.GlobalColor.black)
                    item.setData(Qt.ItemDataRole.DecorationRole, _dot(colour))
                item.setData(Qt.ItemDataRole.UserRole, c.campaign_id)
                item.setToolTip(f"Forecast {f.basis}, made {f.made_at.replace('T', ' ')}.")
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _open(self, row: int, _col: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.main_window.edit_campaign(int(item.data(Qt.ItemDataRole.UserRole)))


def _dot(colour: str):  # -> QColor
    from PySide6.QtGui import QColor

    return QColor(colour)

