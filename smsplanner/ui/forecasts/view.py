"""The Forecasts tab: each sent campaign's kept forecast against its result, as a table and
a chart, with the calibration line in plain words.

Attach with one line in MainWindow._create_views: `self.forecasts = ForecastsView.attach(self)`.
GUI thread only (reading the forecasts takes milliseconds).
"""

from __future__ import annotations

import datetime as dt

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

from smsplanner.domain.plan_forecast import Calibration, ForecastCheck, ForecastSnapshot
from smsplanner.services.calendar import forecast_checks
from smsplanner.ui.common.formatting import fmt_count, fmt_date, fmt_datetime
from smsplanner.ui.common.lazy_view import RefreshWhenShown
from smsplanner.ui.common.operations import Change, Changed
from smsplanner.ui.common.style import set_muted
from smsplanner.ui.common.verdict_words import english
from smsplanner.ui.common.window import WindowContract
from smsplanner.ui.forecasts.chart import INSIDE, NEAR, OUTSIDE, ForecastChart


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
        self.explain = QLabel(self.tr(
            "Each planned send keeps the forecast made before it went out. Once its results "
            "are in, it shows here: a good forecaster's 80% ranges hold about 8 times in 10, "
            "its 95% ranges about 19 times in 20."), self)
        self.explain.setWordWrap(True)
        set_muted(self.explain)
        self.chart = ForecastChart(self)
        headers = (self.tr("Sent on"), self.tr("Campaign"), self.tr("Forecast"),
                   self.tr("Likely range (80%)"), self.tr("Wide range (95%)"),
                   self.tr("Actual orders"), self.tr("Result"))
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
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
        main_window.add_view(view.title(), view)
        return view

    def title(self) -> str:
        """The tab's name."""
        return self.tr("Forecasts")

    def _on_changed(self, changed: Changed) -> None:
        if changed.touches(Change.CAMPAIGNS | Change.DATABASE):
            self.refresh_when_shown()

    def refresh(self) -> None:
        self._stale = False
        checks, cal = forecast_checks(self.main_window.conn)
        self.show_checks(checks, cal)

    def show_checks(self, checks: list[ForecastCheck], cal: Calibration) -> None:
        self.checks = checks
        self.calibration.setText(self.calibration_text(cal))
        self.chart.set_checks(checks)
        self.chart.setVisible(bool(checks))
        rows = list(reversed(checks))  # newest first in the table
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            f = c.forecast
            result, colour = ((self.tr("inside the likely range"), INSIDE) if c.inside_80 else
                              (self.tr("inside the wide range only"), NEAR) if c.inside_95 else
                              (self.tr("outside both ranges"), OUTSIDE))
            about = self.tr("about {count}").format(count=fmt_count(f.expected_conversions))
            values = (fmt_date(c.date), c.name, about,
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
                item.setToolTip(self._made_tip(f))
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _made_tip(self, f: ForecastSnapshot) -> str:
        """When the forecast was made and what it rested on (kept as written then)."""
        try:
            made = fmt_datetime(dt.datetime.fromisoformat(f.made_at))
        except ValueError:
            made = f.made_at.replace("T", " ")
        n = f.history_campaigns
        if n <= 0:
            return self.tr("Forecast made {made}.").format(made=made)
        return english(self.tr("Forecast made {made}, from {count} past campaign(s).", "", n),
                       n).format(made=made, count=fmt_count(n))

    def calibration_text(self, cal: Calibration) -> str:
        """How often the recent forecasts landed inside their ranges, in one sentence."""
        n = cal.n
        values = {"count": fmt_count(n), "in80": fmt_count(cal.inside_80),
                  "in95": fmt_count(cal.inside_95)}
        if n == 0:
            return self.tr("No forecast can be checked yet: plan a send, and once its results "
                           "are in, you will see here whether the forecast was right.")
        if cal.outcome == "too_early":
            text = self.tr("Of your {count} checked forecast(s), {in80} landed inside the 80% "
                           "range and {in95} inside the 95% range: too early to tell whether "
                           "the ranges hold as often as promised.", "", n)
        elif cal.outcome == "less_often":
            text = self.tr("Of your last {count} forecasts, {in80} landed inside the 80% range "
                           "and {in95} inside the 95% range: less often than promised: results "
                           "vary more than the forecasts allow, so read the ranges as too "
                           "narrow.", "", n)
        elif cal.outcome == "more_often":
            text = self.tr("Of your last {count} forecasts, {in80} landed inside the 80% range "
                           "and {in95} inside the 95% range: more often than promised: the "
                           "ranges are on the cautious side.", "", n)
        else:
            text = self.tr("Of your last {count} forecasts, {in80} landed inside the 80% range "
                           "and {in95} inside the 95% range: about as often as promised.", "",
                           n)
        return english(text, n).format(**values)

    def _open(self, row: int, _col: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.main_window.edit_campaign(int(item.data(Qt.ItemDataRole.UserRole)))


def _dot(colour: str):  # -> QColor
    from PySide6.QtGui import QColor

    return QColor(colour)

