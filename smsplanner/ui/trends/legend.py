"""The trend chart's key: one strip under the date axis, outside the plotted area.

Outside the data it never covers a point or an interval, gridlines never run through it, and
the shaded industry band is named here rather than by a label floating among the points. It
wraps to the chart's width and keeps the height its longest set of entries needs, so switching
metric or segment never moves the chart (each switch paints it once). GUI thread only.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsWidget

TEXT_COLOUR = QColor("#222")
SMALL_WIDTH = 560  # narrower than this (small exports): a smaller font
SWATCH = 22.0  # room for the sample drawn before each entry's text
GAP = 16.0  # between entries on a row (10 on a narrow chart)
PAD = 4.0


@dataclass(frozen=True)
class LegendEntry:
    """One key entry: kind "dot" (a segment's points), "line" (the pooled line), "band", or
    "ring" (the points of the campaigns selected in the table)."""

    kind: str
    text: str
    colour: QColor
    edge: QColor | None = None  # the band's border line
    short: str = ""  # said instead on a narrow chart (small exports)

    def text_at(self, width: float) -> str:
        return self.short if self.short and width < SMALL_WIDTH else self.text


class LegendStrip(QGraphicsWidget):
    """A wrapping row of legend entries for a PlotItem's layout (GUI thread)."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[LegendEntry] = []
        self.text_colour = QColor(TEXT_COLOUR)  # follows the theme (TrendPlot sets it)
        self._reserve: list[LegendEntry] = []  # entries whose rows the strip keeps room for
        self._font = QFont()
        self._font.setPointSizeF(9)
        self._small = QFont(self._font)
        self._small.setPointSizeF(7.5)

    # -- API ---------------------------------------------------------------------------------
    def set_entries(self, entries: list[LegendEntry],
                    reserve: list[LegendEntry] | None = None) -> None:
        """Show these entries; keep height for the `reserve` ones (all that may be shown)."""
        self.entries = list(entries)
        keep = list(reserve if reserve is not None else entries)
        if keep != self._reserve:
            self._reserve = keep
            self._fit_height(self.size().width())
        self.update()

    def entry_rects(self) -> list[QRectF]:
        """Where each entry (sample and text) is drawn, in this item's coordinates."""
        width = self.size().width()
        return [r for r, _ in self._layout(width, [e.text_at(width) for e in self.entries])]

    def font(self) -> QFont:
        return self._small if self.size().width() < SMALL_WIDTH else self._font

    # -- layout ------------------------------------------------------------------------------
    def _layout(self, width: float, texts: list[str]) -> list[tuple[QRectF, float]]:
        """Flow the entries into rows: (rect of each entry, its text width)."""
        fm = QFontMetricsF(self._small if width < SMALL_WIDTH else self._font)
        line = fm.height() + 2
        gap = GAP if width >= SMALL_WIDTH else 10.0
        x, y, out = PAD, PAD, []
        for text in texts:
            tw = fm.horizontalAdvance(text)
            w = SWATCH + tw
            if x > PAD and x + w > width - PAD:
                x, y = PAD, y + line
            out.append((QRectF(x, y, min(w, width - x - PAD), line), tw))
            x += w + gap
        return out

    def _fit_height(self, width: float) -> None:
        if width <= 0:
            return
        rects = self._layout(width, [e.text_at(width) for e in self._reserve])
        height = (rects[-1][0].bottom() if rects else 0.0) + PAD
        if abs(height - self.maximumHeight()) > 0.5 or abs(height - self.minimumHeight()) > 0.5:
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        if ev.newSize().width() != ev.oldSize().width():
            self._fit_height(ev.newSize().width())

    # -- painting ----------------------------------------------------------------------------
    def paint(self, p: QPainter, *_args) -> None:
        width = self.size().width()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setFont(self.font())
        texts = [e.text_at(width) for e in self.entries]
        for entry, text, (rect, _tw) in zip(self.entries, texts, self._layout(width, texts),
                                            strict=True):
            cy = rect.center().y()
            self._sample(p, entry, QPointF(rect.left() + SWATCH / 2 - 2, cy))
            p.setPen(QPen(self.text_colour))
            text_rect = QRectF(rect.left() + SWATCH, rect.top(), rect.width() - SWATCH,
                               rect.height())
            p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       text)

    @staticmethod
    def _sample(p: QPainter, entry: LegendEntry, c: QPointF) -> None:
        if entry.kind == "dot":
            p.setPen(QPen(QColor(255, 255, 255, 200)))
            p.setBrush(QBrush(entry.colour))
            p.drawEllipse(c, 5, 5)
        elif entry.kind == "ring":
            p.setPen(QPen(entry.colour, 2.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(c, 6, 6)
        elif entry.kind == "line":
            p.setPen(QPen(entry.colour, 2.5))
            p.drawLine(QPointF(c.x() - 9, c.y()), QPointF(c.x() + 9, c.y()))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(entry.colour))
            p.drawRect(QRectF(c.x() - 2.5, c.y() - 2.5, 5, 5))
        else:  # band: the shaded area with its edges
            p.setPen(QPen(entry.edge or entry.colour, 1))
            p.setBrush(QBrush(entry.colour))
            p.drawRect(QRectF(c.x() - 9, c.y() - 5, 18, 10))
