"""A and B side by side: each rate as a bar with its 95% range, so overlap reads at a glance.

GUI thread only; made once, updated with set_sides.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6 so it binds to it)

from smsplanner.ui.common.formatting import fmt_count, fmt_percent
from smsplanner.ui.common.theme import ChartColours, follow_palette, style_axes

LABEL_WIDTH = 150
BRUSHES = (pg.mkBrush("#0072B2"), pg.mkBrush("#E69F00"))  # A blue, B orange (colour-blind safe)


class _PercentAxis(pg.AxisItem):
    def tickStrings(self, values, scale, spacing):
        step = spacing * scale * 100
        digits = 0 if step >= 1 else 1 if step >= 0.1 else 2
        return [fmt_percent(v * scale, digits) for v in values]


class ABChart(pg.PlotWidget):
    """Two horizontal bars (A on top) with their likely ranges."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w", axisItems={"bottom": _PercentAxis("bottom")})
        self.setAccessibleName(self.tr("A and B conversion rates with their likely ranges"))
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.showGrid(x=True, alpha=0.15)
        item.getAxis("left").setWidth(LABEL_WIDTH)
        self._bars = pg.BarGraphItem(x0=[], y=[], height=0.55, width=[])
        self._errors = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), left=np.zeros(0),
                                       right=np.zeros(0), beam=0.2)
        for it in (self._bars, self._errors):
            item.addItem(it)
        follow_palette(self, self.restyle)

    def restyle(self, colours: ChartColours) -> None:
        style_axes(self, colours)
        self._errors.setData(pen=pg.mkPen(colours.line, width=1.5))

    def set_sides(self, sides: list[tuple[str, float, float, float, int]]) -> None:
        """(label, rate, low, high, people) for A then B; an empty list clears the chart."""
        n = len(sides)
        self._bars.setVisible(n > 0)
        if n == 0:
            self._errors.setData(x=np.zeros(0), y=np.zeros(0), left=np.zeros(0),
                                 right=np.zeros(0))
            self.getPlotItem().getAxis("left").setTicks([[]])
            return
        ys = np.arange(n, dtype=float)[::-1]
        rate = np.array([s[1] for s in sides])
        low = np.array([s[2] for s in sides])
        high = np.array([s[3] for s in sides])
        self._bars.setOpts(x0=np.zeros(n), y=ys, width=rate, height=0.55,
                           brushes=list(BRUSHES[:n]), pens=[pg.mkPen(None)] * n)
        self._errors.setData(x=rate, y=ys, left=rate - low, right=high - rate)
        # pyqtgraph drops a tick label wider than its axis, so a long campaign name would
        # leave the bar with no label at all: shorten it to fit instead.
        metrics = QFontMetrics(self.getPlotItem().getAxis("left").font())
        ticks = [metrics.elidedText(s[0], Qt.TextElideMode.ElideRight, LABEL_WIDTH - 16)
                 + f"\n{fmt_percent(s[1])} · {fmt_count(s[4])}" for s in sides]
        self.getPlotItem().getAxis("left").setTicks([list(zip(ys.tolist(), ticks, strict=True))])
        self.getPlotItem().setXRange(0, float(high.max()) * 1.1 or 0.05, padding=0)
        self.getPlotItem().setYRange(-0.6, n - 0.4, padding=0)
