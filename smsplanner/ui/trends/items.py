"""pyqtgraph items for the trend chart, shaped for 10,000 campaigns: a scatter that restyles
its points in a few vectorised steps, overlays that let clicks through, and axes whose grid is
drawn opaque (Qt's fast path). GUI thread only.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLocale
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPen

import pyqtgraph as pg  # isort: skip  (after PySide6 so it binds to it)
from pyqtgraph.graphicsItems.DateAxisItem import (  # isort: skip
    adjustTimestampToPreferredUtcOffset,
    utcfromtimestamp,
)
from pyqtgraph.graphicsItems.ScatterPlotItem import SpotItem  # isort: skip

from smsplanner.ui.common.formatting import fmt_percent
from smsplanner.ui.common.plan_words import TrContext


class TrendItemWords(TrContext):
    """Translation context for the chart items' words (the hover tooltip)."""


def _others(n: int) -> str:
    """The line under three tooltips when more points are under the mouse."""
    text = TrendItemWords.tr("({count} other(s)...)", "", n).format(count=n)
    return text.replace("(s)", "" if n == 1 else "s")


_OPAQUE_PENS: dict[tuple[int, int, int, int, float, int], QPen | None] = {}
WHITE = QColor(255, 255, 255)


def _opaque_on_white(pen: QPen, background: QColor = WHITE) -> QPen | None:
    """The opaque pen that looks like this translucent one on the chart's background (None:
    unseen); white unless the theme is dark.

    Qt's raster engine draws opaque lines on a fast path; pyqtgraph's translucent grid lines
    cost ~4 ms per paint of the trend chart here, their opaque twins ~1 ms.
    """
    c = pen.color()
    key = (c.red(), c.green(), c.blue(), c.alpha(), pen.widthF(), background.rgb())
    if key not in _OPAQUE_PENS:
        a = c.alphaF()
        if a <= 0.01:
            _OPAQUE_PENS[key] = None
        else:
            back = (background.red(), background.green(), background.blue())
            mixed = QColor(*(round(a * v + (1 - a) * b)
                             for v, b in zip((c.red(), c.green(), c.blue()), back, strict=True)))
            opaque = QPen(pen)
            opaque.setColor(mixed)
            _OPAQUE_PENS[key] = opaque
    return _OPAQUE_PENS[key]


class _OpaqueGridMixin:
    """Axis mixin: draw the grid lines pyqtgraph makes translucent with opaque, lighter pens.

    Call grid_behind_data() once the axis is in its plot: opaque lines drawn over the data (where
    pyqtgraph puts the axes) would cut through points, bars and labels.
    """

    def grid_behind_data(self) -> None:
        self.setZValue(-150)  # type: ignore[attr-defined]  # the plot's ViewBox is at -100

    def generateDrawSpecs(self, p):
        specs = super().generateDrawSpecs(p)
        if specs is None or self.grid is False:
            return specs
        axis, ticks, texts = specs
        solid = []
        background = getattr(self, "grid_background", WHITE)
        for pen, p1, p2 in ticks:
            opaque = _opaque_on_white(pen, background)
            if opaque is not None:
                solid.append((opaque, p1, p2))
        return axis, solid, texts


class PercentAxis(_OpaqueGridMixin, pg.AxisItem):
    """A value axis that reads fractions as locale percentages."""

    def tickStrings(self, values, scale, spacing):
        step = spacing * scale * 100
        digits = 0 if step >= 1 else 1 if step >= 0.1 else 2
        return [fmt_percent(v * scale, digits) for v in values]

    def fix_width(self) -> None:
        """Size the axis for its widest label once, so a new range never resizes the plot (and
        so never costs a second paint after a switch)."""
        metrics = QFontMetrics(self.style["tickFont"] or self.font())
        widest = max(metrics.horizontalAdvance(fmt_percent(v, 2)) for v in (0.9999, 1.0, -0.05))
        self.setWidth(widest + max(0, self.style["tickLength"]) + self.style["tickTextOffset"][0]
                      + 2)


class DateAxis(_OpaqueGridMixin, pg.DateAxisItem):
    """pyqtgraph's date axis with the opaque grid, and month and weekday names in the user's
    language (pyqtgraph's strftime names them in the C locale: "Oct" on a German screen)."""

    def tickStrings(self, values, scale, spacing):
        level = getattr(self, "zoomLevel", None)
        spec = next((s for s in level.tickSpecs if s.spacing == spacing), None) if level else None
        if spec is None or not ("%b" in spec.format or "%a" in spec.format):
            return super().tickStrings(values, scale, spacing)
        loc = QLocale()
        short = QLocale.FormatType.ShortFormat
        out = []
        for v in values:
            try:
                d = utcfromtimestamp(adjustTimestampToPreferredUtcOffset(v, self.utcOffset))
            except (OverflowError, ValueError, OSError):
                out.append("")
                continue
            text = spec.format.replace("%b", loc.standaloneMonthName(d.month, short))
            text = text.replace("%a", loc.standaloneDayName(d.isoweekday(), short))
            out.append(text.replace("%d", f"{d.day:02d}"))
        return out


class Overlay(pg.ScatterPlotItem):
    """Points drawn over the campaign points (hover, highlight) that let clicks through to them."""

    def mouseClickEvent(self, ev) -> None:
        ev.ignore()


class CampaignScatter(pg.ScatterPlotItem):
    """A ScatterPlotItem that stays fast at 10,000 points with per-point sizes and brushes.

    pyqtgraph looks each point's (symbol, size, pen, brush) up in its symbol atlas in a Python
    loop, stores per-point brushes through a Python list, and builds a SpotItem for every point
    on the first hover or click: ~25 ms per redraw and ~20 ms on the first hover at 10,000
    campaigns. Here styles are looked up once per distinct style (a few dozen), an object array
    of shared QBrush objects is stored as is, and hover and click build spots only for the points
    under the mouse. With a `hover_marker`, hovered points are redrawn on that small item (with
    the hover pen) instead of restyling this one, so a hover repaints a few pixels, not the whole
    chart. Uses ScatterPlotItem internals (pyqtgraph 0.13-0.14). GUI thread only.
    """

    hover_marker: pg.ScatterPlotItem | None = None

    def setData(self, *args, **kargs):
        if self.hover_marker is not None:
            self.hover_marker.setData(x=[], y=[])
        super().setData(*args, **kargs)

    def setBrush(self, *args, **kargs):
        brushes = args[0] if len(args) == 1 else None
        if not (isinstance(brushes, np.ndarray) and brushes.dtype == object
                and all(issubclass(t, QBrush) for t in set(map(type, brushes)))):
            return super().setBrush(*args, **kargs)
        update = kargs.pop("update", True)
        data = kargs.pop("dataSet", self.data)
        mask = kargs.pop("mask", None)
        if mask is not None:
            brushes = brushes[mask]
        if len(brushes) != len(data):
            raise ValueError(f"{len(brushes)} brushes for {len(data)} points")
        data["brush"] = brushes
        data["sourceRect"] = 0
        if update:
            self.updateSpots(data)
        return None

    def updateSpots(self, dataSet=None):
        data = self.data if dataSet is None else dataSet
        if not (self.opts["pxMode"] and self.opts["useCache"]):
            return super().updateSpots(dataSet)
        todo = data["sourceRect"]["w"] == 0
        if np.any(todo):
            cols, idents = self._styles(data, todo)
            key = np.zeros(len(cols[0]), dtype=np.int64)
            for ident in idents:  # one integer per distinct (symbol, size, pen, brush)
                _, code = np.unique(ident, return_inverse=True)
                key = key * (int(code.max()) + 1) + code.ravel()
            _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
            coords = self.fragmentAtlas[[tuple(col[i] for col in cols) for i in first]]
            rects = np.array([tuple(c) for c in coords], dtype=data["sourceRect"].dtype)
            data["sourceRect"][todo] = rects[inverse.ravel()]
            self._maybeRebuildAtlas()
            self._updateMaxSpotSizes(data=data)
            self.invalidate()
        else:
            self._maybeRebuildAtlas()
            self._updateMaxSpotSizes(data=data)
        return None

    def _styles(self, data: np.ndarray, idx: np.ndarray) -> tuple[list, list]:
        """Each point's symbol, size, pen and brush with defaults and hover style filled in, and
        a comparable value per point for each (objects by identity; no Python == per point)."""
        hovered = data["hovered"][idx] if self.opts["hoverable"] else None
        cols, idents = [], []
        for opt in ("symbol", "size", "pen", "brush"):
            col = data[opt][idx]
            default, hover = self.opts[opt], self.opts["hover" + opt.title()]
            use_hover = hovered is not None and hover is not None and not (
                opt == "size" and hover == -1)
            if col.dtype == object:
                ident = np.fromiter(map(id, col), np.int64, len(col))
                unset = ident == id(None)
                col[unset] = default
                ident[unset] = id(default)
                if use_hover:
                    col[hovered] = hover
                    ident[hovered] = id(hover)
            else:
                col[col == -1] = default
                if use_hover:
                    col[hovered] = hover
                ident = col
            cols.append(col)
            idents.append(ident)
        return cols, idents

    def _spots(self, idx: np.ndarray) -> np.ndarray:
        """SpotItems for these point indices only (pyqtgraph's points() builds all of them)."""
        items = self.data["item"]
        for i in idx:
            if items[i] is None:
                items[i] = SpotItem(self.data[i], self, int(i))
        return items[idx]

    def pointsAt(self, pos):
        return self._spots(np.flatnonzero(self._maskAt(pos))[::-1])

    def hoverEvent(self, ev):
        """As pyqtgraph's, but nothing is redone while the same points stay under the mouse."""
        if not self.opts["hoverable"]:
            return
        old = self.data["hovered"]
        new = np.zeros_like(old) if ev.exit else self._maskAt(ev.pos())
        changed = old ^ new
        if not changed.any():
            return
        self.data["hovered"] = new
        marker = self.hover_marker
        if marker is None:
            self.data["sourceRect"][changed] = 0
            self.updateSpots()
        else:
            d = self.data[new]
            size = np.where(d["size"] < 0, self.opts["size"], d["size"])
            brush = np.where(np.equal(d["brush"], None), self.opts["brush"], d["brush"])
            marker.setData(x=d["x"], y=d["y"], size=size, brush=list(brush))
        points = self._spots(np.flatnonzero(new)[::-1])
        vb = self.getViewBox()
        tip = self.opts["tip"]
        if vb is not None and tip is not None:
            if len(points):
                tips = [tip(x=pt.pos().x(), y=pt.pos().y(), data=pt.data()) for pt in points[:3]]
                if len(points) > 3:
                    tips.append(_others(len(points) - 3))
                vb.setToolTip("\n\n".join(tips))
                self._toolTipCleared = False
            elif not getattr(self, "_toolTipCleared", False):
                vb.setToolTip("")
                self._toolTipCleared = True
        self.sigHovered.emit(self, points, ev)
