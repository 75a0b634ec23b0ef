"""The what-if panel's chart: the predictive distribution of conversions and its ranges.

GUI thread only.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6 so it binds to it)

from smsplanner.domain.forecast import WhatIf
from smsplanner.ui.common.formatting import fmt_count
from smsplanner.ui.common.theme import ChartColours, follow_palette, style_axes

AXIS_COLOUR = "#555"
TEXT_COLOUR = "#222"
_BAND_COLOURS = ((0, 114, 178, 45), (0, 114, 178, 110), (0, 114, 178, 200))  # out, 95%, 80%


class ConversionChart(pg.PlotWidget):
    """The predictive distribution of conversions, its 80% and 95% ranges shaded darker.

    Every item is made once and updated with setData / setValue. Bars are one count wide, or
    one bin of `step` counts when the range is wide (the bin's probability, per count).
    """

    def restyle(self, colours: ChartColours) -> None:
        """Colours from the palette (View > Theme): background, axis, key."""
        style_axes(self, colours, ("bottom",))
        self.getPlotItem().setLabel("bottom", self.tr("Conversions"), color=colours.text.name())
        self.legend.setLabelTextColor(colours.text)
        back = QColor(colours.background)
        back.setAlpha(210)
        self.legend.setBrush(pg.mkBrush(back))


    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setMinimumHeight(150)
        self.setMouseEnabled(False, False)
        self.hideButtons()
        self.setMenuEnabled(False)
        item = self.getPlotItem()
        item.hideAxis("left")
        # Dark text as on the trend chart: pyqtgraph's default grey was hard to read, and the
        # chart's background is white whatever the window's palette.
        bottom = item.getAxis("bottom")
        bottom.setPen(pg.mkPen(AXIS_COLOUR))
        bottom.setTextPen(pg.mkPen(TEXT_COLOUR))
        item.setLabel("bottom", self.tr("Conversions"), color=TEXT_COLOUR)
        self.legend = item.addLegend(offset=(6, 4), labelTextSize="8pt",
                                     labelTextColor=TEXT_COLOUR,
                                     brush=pg.mkBrush(255, 255, 255, 210))
        self.curve = self._band(_BAND_COLOURS[0], None)  # the whole distribution, lightest
        self.band95 = self._band(_BAND_COLOURS[1], self.tr("95% range"))
        self.band80 = self._band(_BAND_COLOURS[2], self.tr("80% range"))
        self.curve.setPen(pg.mkPen("#0072B2", width=1))
        be_pen = pg.mkPen("#D55E00", width=2)
        self.break_even = pg.InfiniteLine(angle=90, pen=be_pen)
        self.addItem(self.break_even)
        # The line is named in the legend (an empty curve with its pen), not by a label on it
        # that would collide with the legend; the entry also says where break-even lies.
        self.break_even_key = pg.PlotDataItem(pen=be_pen, name=self.tr("break-even"))
        self.addItem(self.break_even_key)
        follow_palette(self, self.restyle)
        self.legend.setColumnCount(3)  # one row along the top, in the headroom kept for it
        self._peak = 1.0
        item.getViewBox().sigResized.connect(self._fit_height)  # its height sets the headroom

    def _band(self, rgba: tuple[int, int, int, int], name: str | None) -> pg.PlotDataItem:
        band = pg.PlotDataItem(stepMode="center", fillLevel=0, brush=pg.mkBrush(*rgba),
                               pen=pg.mkPen(None), name=name)
        self.addItem(band)
        return band

    def _label(self, band: pg.PlotDataItem, text: str) -> None:
        for sample, label in self.legend.items:
            if sample.item is band:
                label.setText(text)

    def show_forecast(self, r: WhatIf) -> None:
        """Update in place with setData / setValue (no items created)."""
        d = r.distribution
        edges = d.edges
        starts = d.counts.astype(float)
        ends = starts + d.bin_widths - 1
        y = d.pmf / d.bin_widths  # probability per count, so bins of any width compare
        y = np.where(np.isfinite(y), y, 0.0)
        self.curve.setData(edges, y)
        for band, lo, hi in ((self.band95, r.conversions_low, r.conversions_high),
                             (self.band80, r.conversions_low80, r.conversions_high80)):
            inside = np.nonzero((ends >= lo) & (starts <= hi))[0]  # bins overlapping lo..hi
            if len(inside):
                i, j = inside[0], inside[-1] + 1
                band.setData(edges[i:j + 1], y[i:j])
            else:
                band.setData([0.0, 1.0], [0.0])
        self._label(self.band95, f"95%: {fmt_count(r.conversions_low)} – "
                                 f"{fmt_count(r.conversions_high)}")
        self._label(self.band80, f"80%: {fmt_count(r.conversions_low80)} – "
                                 f"{fmt_count(r.conversions_high80)}")
        # Frame the middle 99.8%: long right tails would squash the curve.
        lo = float(d.quantile(0.001)) - d.step
        hi = float(d.quantile(0.999)) + d.step
        rpc = r.revenue_per_conversion
        be = r.cost / rpc if rpc and r.cost > 0 else None
        # Draw break-even only near the distribution, so the curve keeps its width.
        near = be is not None and lo - 0.5 * (hi - lo) <= be <= hi + 0.5 * (hi - lo)
        if near:
            lo, hi = min(lo, be), max(hi, be)
            self.break_even.setValue(be)
        self.break_even.setVisible(near)
        self.break_even_key.setVisible(be is not None)
        if be is not None:
            count = fmt_count(math.ceil(be))
            self._label(self.break_even_key,
                        self.tr("break-even: {count}").format(count=count) if near else
                        self.tr("break-even: {count} (← off the chart)").format(count=count)
                        if be < lo else
                        self.tr("break-even: {count} (off the chart →)").format(count=count))
        self.setXRange(lo, hi, padding=0.04)
        self._peak = float(y.max()) if y.max() > 0 else 1.0
        self._fit_height()

    def _fit_height(self, *_args: object) -> None:
        """Keep ~46 px above the peak for the one-row legend along the top, at any height."""
        plot_height = self.getPlotItem().getViewBox().height()
        free = 46 / max(plot_height, 100)
        self.setYRange(0, self._peak / (1 - free), padding=0)

