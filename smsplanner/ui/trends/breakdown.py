"""The breakdown bars beside the trend chart: the rate per segment, offer, weekday or hour.

Horizontal bars, best at the top, each with its 95% interval and recipients; pale bars are
groups whose interval includes the overall rate (could be chance). GUI thread only.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6)

from smsplanner.domain.breakdown import Breakdown
from smsplanner.ui.common.formatting import fmt_count, fmt_percent
from smsplanner.ui.common.theme import ChartColours, follow_palette, style_axes
from smsplanner.ui.common.verdict_words import group_label
from smsplanner.ui.trends.items import PercentAxis

CLEAR_BRUSH = pg.mkBrush("#0072B2")
PALE_BRUSH = pg.mkBrush(0, 114, 178, 70)


class BreakdownPlot(pg.PlotWidget):
    """Bars with intervals for one Breakdown; created once, updated with set_breakdown."""

    def restyle(self, colours: ChartColours) -> None:
        """Colours from the palette (View > Theme)."""
        style_axes(self, colours)
        self._errors.setData(pen=pg.mkPen(colours.line))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w", axisItems={"bottom": PercentAxis("bottom")})
        self.setAccessibleName(self.tr("Breakdown chart"))
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.showGrid(x=True, alpha=0.15)
        for name in ("left", "bottom"):
            item.getAxis(name).setTextPen(pg.mkPen("#333"))
            item.getAxis(name).setPen(pg.mkPen("#777"))
        item.getAxis("left").setWidth(140)
        item.getAxis("bottom").grid_behind_data()
        self._bars = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[])
        self._errors = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), left=np.zeros(0),
                                       right=np.zeros(0), beam=0.2, pen=pg.mkPen("#333"))
        dash = pg.mkPen("#D55E00", width=1.5, style=Qt.PenStyle.DashLine)
        self._overall = pg.InfiniteLine(angle=90, movable=False, pen=dash,
                                        label="", labelOpts={"position": 0.97, "color": "#a0450a"})
        follow_palette(self, self.restyle)
        for it in (self._bars, self._errors, self._overall):
            item.addItem(it)
        self.labels: list[str] = []

    def set_breakdown(self, b: Breakdown) -> None:
        """Show one breakdown (groups already sorted best first)."""
        groups = b.groups
        n = len(groups)
        ys = np.arange(n, dtype=float)[::-1]  # best at the top
        rate = np.array([g.rate for g in groups], dtype=float)
        low = np.array([g.low for g in groups], dtype=float)
        high = np.array([g.high for g in groups], dtype=float)
        brushes = [PALE_BRUSH if g.overlaps_overall else CLEAR_BRUSH for g in groups]
        self._bars.setVisible(n > 0)  # BarGraphItem cannot draw zero bars
        if n == 0:
            self._errors.setData(x=rate, y=ys, left=rate, right=rate)
            self.labels = []
            self.getPlotItem().getAxis("left").setTicks([[]])
            self._overall.hide()
            return
        self._bars.setOpts(x0=np.zeros(n), y=ys, width=rate, height=0.6, brushes=brushes,
                           pens=[pg.mkPen(None)] * n)
        self._errors.setData(x=rate, y=ys, left=rate - low, right=high - rate)
        self.labels = [group_label(b.by, g) + (" *" if g.few else "") for g in groups]
        ticks = [f"{lab}\n{fmt_percent(g.rate)} · {fmt_count(g.denominator)}"
                 for lab, g in zip(self.labels, groups, strict=True)]
        self.getPlotItem().getAxis("left").setTicks([list(zip(ys.tolist(), ticks, strict=True))])
        if b.overall is not None:
            self._overall.setValue(b.overall)
            self._overall.show()  # first: a hidden line's label ignores setFormat (stays blank)
            self._overall.label.setFormat(
                self.tr("all {rate}").format(rate=fmt_percent(b.overall)))
        else:
            self._overall.hide()
        top = float(high.max()) if n else 0.05
        self.getPlotItem().setXRange(0, top * 1.1, padding=0)
        self.getPlotItem().setYRange(-0.6, max(n, 1) - 0.4, padding=0)
        # Apply the range now: pyqtgraph would in the paint, and so paint twice.
        self.getPlotItem().getViewBox().prepareForPaint()
