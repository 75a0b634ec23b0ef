"""Actual orders against each kept forecast's ranges, in time order. GUI thread only.

Campaigns differ in size, so each is drawn relative to its own forecast (100% = exactly the
expected orders): the ranges then line up and a miss stands out whatever the campaign's size.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtWidgets import QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6 so it binds to it)

from smsplanner.domain.plan_forecast import ForecastCheck

AXIS_COLOUR = "#555"
TEXT_COLOUR = "#222"
INSIDE, NEAR, OUTSIDE = "#009E73", "#E69F00", "#D55E00"  # inside 80%, only 95%, outside


class ForecastChart(pg.PlotWidget):
    """Per forecast: 95% range (thin), 80% range (thick), the actual result (dot)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setMinimumHeight(200)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        item = self.getPlotItem()
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(AXIS_COLOUR))
            axis.setTextPen(pg.mkPen(TEXT_COLOUR))
        item.setLabel("left", self.tr("Orders, % of forecast"), color=TEXT_COLOUR)
        item.setLabel("bottom", self.tr("Forecasts, oldest to newest"), color=TEXT_COLOUR)
        self.legend = item.addLegend(offset=(6, 4), labelTextSize="8pt",
                                     labelTextColor=TEXT_COLOUR,
                                     brush=pg.mkBrush(255, 255, 255, 210))
        self.range95 = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), beam=0.0,
                                       pen=pg.mkPen((0, 114, 178, 110), width=2))
        self.range80 = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), beam=0.0,
                                       pen=pg.mkPen((0, 114, 178, 230), width=7))
        self.addItem(self.range95)
        self.addItem(self.range80)
        self.target = pg.InfiniteLine(pos=100, angle=0, pen=pg.mkPen("#999", width=1,
                                                                      style=pg.QtCore.Qt.DashLine))
        self.addItem(self.target)
        self.actual = pg.ScatterPlotItem(size=9, pen=pg.mkPen("w", width=1))
        self.addItem(self.actual)
        # Legend keys: empty items carrying each look (a named item joins the legend).
        for name, pen in ((self.tr("80% range"), pg.mkPen((0, 114, 178), width=7)),
                          (self.tr("95% range"), pg.mkPen((0, 114, 178, 110), width=2))):
            self.addItem(pg.PlotDataItem(pen=pen, name=name))
        for name, colour in ((self.tr("actual: inside 80%"), INSIDE),
                             (self.tr("inside 95% only"), NEAR),
                             (self.tr("outside both"), OUTSIDE)):
            self.addItem(pg.ScatterPlotItem(size=9, brush=pg.mkBrush(colour), name=name))
        self.legend.setColumnCount(5)

    def set_checks(self, checks: Sequence[ForecastCheck]) -> None:
        """Redraw for these forecasts (in the order given: oldest first)."""
        usable = [c for c in checks if c.forecast.expected_conversions > 0]
        if not usable:
            for item in (self.range95, self.range80):
                item.setData(x=np.zeros(0), y=np.zeros(0), top=np.zeros(0), bottom=np.zeros(0))
            self.actual.setData([])
            return
        x = np.arange(1, len(usable) + 1, dtype=float)
        exp = np.array([c.forecast.expected_conversions for c in usable])
        pct = 100.0 / exp
        lo95 = np.array([c.forecast.low_95 for c in usable]) * pct
        hi95 = np.array([c.forecast.high_95 for c in usable]) * pct
        lo80 = np.array([c.forecast.low_80 for c in usable]) * pct
        hi80 = np.array([c.forecast.high_80 for c in usable]) * pct
        y = np.full(len(usable), 100.0)
        self.range95.setData(x=x, y=y, top=hi95 - y, bottom=y - lo95)
        self.range80.setData(x=x, y=y, top=hi80 - y, bottom=y - lo80)
        actual = np.array([c.actual for c in usable]) * pct
        colours = [INSIDE if c.inside_80 else NEAR if c.inside_95 else OUTSIDE for c in usable]
        self.actual.setData(x=x, y=actual, brush=[pg.mkBrush(c) for c in colours],
                            data=[c.campaign_id for c in usable])
        top = float(max(hi95.max(), actual.max()))
        bottom = float(min(lo95.min(), actual.min()))
        pad = (top - bottom) * 0.08
        self.setXRange(0.3, len(usable) + 0.7, padding=0)
        self.setYRange(max(0.0, bottom - pad), top + pad * 3, padding=0)  # room for the legend
