"""The trend chart: one point per campaign with its interval, a pooled line with its band.

All items are created once and updated with setData. Time zone: campaigns carry the calendar
day (and HH:MM) the user recorded, with no zone; we plot them as UTC and the date axis shows UTC
(utcOffset=0), so a campaign of 31 March shows on 31 March wherever the computer is.
GUI thread only.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QWidget

import pyqtgraph as pg  # isort: skip  (after PySide6 so it binds to it)

from smsplanner.domain.trend import CampaignTable, PooledPoint, TrendSeries
from smsplanner.ui.common.formatting import fmt_count, fmt_date, fmt_percent
from smsplanner.ui.common.plan_words import TrContext
from smsplanner.ui.common.style import blend
from smsplanner.ui.common.theme import ChartColours, follow_palette, style_axes
from smsplanner.ui.trends.items import CampaignScatter, DateAxis, Overlay, PercentAxis
from smsplanner.ui.trends.legend import LegendEntry, LegendStrip

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
SEGMENT_COLOURS: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
)
DEFAULT_BAND = (0.02, 0.07)
BAND_FILL = (0, 158, 115, 30)
BAND_EDGE = (0, 158, 115, 90)
SECONDS_PER_DAY = 86_400


class TrendChartWords(TrContext):
    """Translation context for the trend chart's module-level words (key, exports)."""


def band_label(band: tuple[float, float]) -> str:
    """The shaded band's name in the key."""
    return TrendChartWords.tr("Typical SMS conversion {low}–{high} (rough industry figure)").format(
        low=fmt_percent(band[0], 0), high=fmt_percent(band[1], 0))


def nothing_to_show() -> str:
    return TrendChartWords.tr("Nothing to show.")


def no_segment() -> str:
    """The name of the campaigns without a segment, in the key and tooltips."""
    return TrendChartWords.tr("No segment")


def _finite(*arrays: np.ndarray) -> np.ndarray:
    """Mask of positions where every array is finite (nothing else reaches pyqtgraph)."""
    keep = np.ones(len(arrays[0]), dtype=bool)
    for a in arrays:
        keep &= np.isfinite(a)
    return keep


RING_COLOUR = "#d00"


def ring_entry() -> LegendEntry:
    """The key entry for the red rings (the campaigns selected in the table)."""
    return LegendEntry("ring", TrendChartWords.tr("Selected in the table"), QColor(RING_COLOUR),
                       short=TrendChartWords.tr("Selected"))


class TrendPlot(pg.PlotWidget):
    """Campaign rates over time (GUI thread). Emits campaign_clicked(id) when a point is clicked."""

    campaign_clicked = Signal(int)
    painted = Signal()  # after each paint of the chart (the view computes its verdict then)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent, background="w",
            axisItems={"bottom": DateAxis(orientation="bottom", utcOffset=0),
                       "left": PercentAxis("left")},
        )
        self.setAccessibleName(self.tr("Trend chart"))
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setMenuEnabled(False)
        for name in ("left", "bottom"):
            ax = item.getAxis(name)
            ax.setPen(pg.mkPen("#555"))
            ax.setTextPen(pg.mkPen("#333"))
            ax.grid_behind_data()
        item.getAxis("bottom").setLabel(self.tr("Send date (as recorded)"))
        item.getAxis("left").fix_width()
        # The key sits under the date axis, outside the data: it never covers a point, and it
        # names the shaded band (a label inside the plot sat on points and intervals).
        self._legend = LegendStrip()
        item.layout.addItem(self._legend, 4, 0, 1, 3)
        self._band_entry: LegendEntry | None = None
        self._band_kept = self._band_key(DEFAULT_BAND)  # room is kept for it when hidden
        self._pooled_label = self.tr("Added up by month")
        self._ring_entry = ring_entry()

        self._band = pg.LinearRegionItem((0.0, 0.0), orientation="horizontal", movable=False,
                                         brush=pg.mkBrush(*BAND_FILL), pen=pg.mkPen(*BAND_EDGE))
        self._band.setZValue(-30)
        item.addItem(self._band, ignoreBounds=True)

        self._pool_low = pg.PlotCurveItem(pen=pg.mkPen(None))
        self._pool_high = pg.PlotCurveItem(pen=pg.mkPen(None))
        self._pool_fill = pg.FillBetweenItem(self._pool_low, self._pool_high,
                                             brush=pg.mkBrush(60, 60, 60, 40))
        self._pool_fill.setZValue(-20)
        for it in (self._pool_low, self._pool_high, self._pool_fill):
            item.addItem(it)
        self._errors = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), top=np.zeros(0),
                                       bottom=np.zeros(0), beam=0,
                                       pen=pg.mkPen(185, 185, 185))  # opaque: 10x faster
        item.addItem(self._errors)
        self._scatter = CampaignScatter(
            hoverable=True, tip=self._tip, pen=pg.mkPen(255, 255, 255, 200))
        item.addItem(self._scatter)
        self._hover = Overlay(pen=pg.mkPen("#111", width=2))  # the hovered points, on top
        self._hover.setZValue(11)
        item.addItem(self._hover)
        self._scatter.hover_marker = self._hover
        self._pool_line = pg.PlotDataItem(pen=pg.mkPen("#333", width=2.5), symbol="s",
                                          symbolSize=5, symbolBrush="#333", symbolPen=None)
        item.addItem(self._pool_line)
        self._highlight = Overlay(pen=pg.mkPen(RING_COLOUR, width=2.5), brush=None)
        self._highlight.setZValue(10)
        item.addItem(self._highlight)
        self._scatter.sigClicked.connect(self._on_clicked)
        self.hideButtons()  # pyqtgraph's "A" (auto-range) corner button: the view has Fit
        follow_palette(self, self.restyle)

        self._empty = QLabel(self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setStyleSheet("QLabel { color: #444; font-size: 12pt; background: white; }")
        self._empty.hide()

        self._segment_colour: dict[str | None, QColor] = {}
        self._segment_brush: dict[str | None, QBrush] = {}  # shared: the atlas keys on identity
        self._legend_key: tuple[object, ...] = ()
        self._all_segments: list[str] = []
        self._table: CampaignTable | None = None
        self._series: TrendSeries | None = None
        self._tips: list[str] = []
        self._x = np.zeros(0)
        self._metric_label = ""
        self.set_benchmark(DEFAULT_BAND)

    # -- public API --------------------------------------------------------------------------
    def set_benchmark(self, band: tuple[float, float] | None, label: str | None = None) -> None:
        """Shade the rough industry band (fractions) behind the points; None hides it."""
        if band is None:
            self._band.hide()
            self._band_entry = None
        else:
            self._band.setRegion(band)
            self._band.show()
            self._band_entry = self._band_kept = self._band_key(band, label)
        self._refresh_legend()

    @staticmethod
    def _band_key(band: tuple[float, float], label: str | None = None) -> LegendEntry:
        """The band's key entry: the fill it shows on the white chart, so the swatch matches."""
        short = TrendChartWords.tr("Typical {low}–{high} (rough industry figure)").format(
            low=fmt_percent(band[0], 0), high=fmt_percent(band[1], 0))
        return LegendEntry("band", label or band_label(band), QColor(*BAND_FILL),
                           QColor(*BAND_EDGE), short=short if label is None else "")

    def set_trend(self, table: CampaignTable, series: TrendSeries, pooled: list[PooledPoint],
                  metric_label: str, pooled_label: str = "") -> None:
        """Show these campaigns' points and the pooled line; refits the view."""
        self._table, self._series, self._metric_label = table, series, metric_label
        self._tips = []
        if len(series) == 0:
            self._clear_items()
            return
        self._empty.hide()
        self.getPlotItem().show()
        rows = series.rows
        minutes = table.minutes[rows]
        x = (table.days[rows] * SECONDS_PER_DAY
             + np.where(np.isnan(minutes), 12 * 60, np.nan_to_num(minutes)) * 60.0)
        keep = _finite(x, series.rate, series.low, series.high, series.denominator)
        idx = np.flatnonzero(keep)
        x, y = x[keep], series.rate[keep]
        self._x = x
        den = series.denominator[keep]
        # Marker area grows with recipients; whole pixel sizes keep pyqtgraph's symbol cache small.
        sizes = np.rint(6 + 12 * np.sqrt(den / den.max())) if len(den) else den
        codes = table.segment_codes[rows[keep]]
        brushes = self._brushes_for(table, codes)
        self._scatter.setData(x=x, y=y, size=sizes, brush=brushes, data=idx)
        self._errors.setData(x=x, y=y, top=series.high[keep] - y, bottom=y - series.low[keep])
        self._set_pooled(pooled, pooled_label)
        self._update_legend(table, codes, pooled_label if pooled else "")
        self._highlight.setData(x=[], y=[])
        self.fit()
        self._apply_range_now()

    def restyle(self, colours: ChartColours) -> None:
        """Colours from the palette (View > Theme): background, axes, key and pooled line."""
        style_axes(self, colours)
        self._pool_line.setPen(pg.mkPen(colours.line, width=2.5))
        self._pool_line.setSymbolBrush(colours.line)
        fill = QColor(colours.text)
        fill.setAlpha(40)
        self._pool_fill.setBrush(pg.mkBrush(fill))
        self._errors.setData(pen=pg.mkPen(blend(colours.text, colours.background, 0.65)))
        self._hover.setPen(pg.mkPen(colours.text, width=2))
        self._legend.text_colour = QColor(colours.text)
        self._line_colour = QColor(colours.line)
        entries = [dataclasses.replace(e, colour=QColor(colours.line)) if e.kind == "line" else e
                   for e in self._legend.entries]
        if entries != self._legend.entries:
            self._legend.set_entries(entries, self._legend._reserve)
        self._legend.update()

    def show_empty(self, message: str) -> None:
        """Replace the axes with a centred message (nothing to plot)."""
        self._table = self._series = None
        self._clear_items()
        self._empty.setText(message)

    def highlight(self, ids: list[int]) -> None:
        """Ring the points of these campaign ids (e.g. rows selected in the table)."""
        if self._series is None or self._table is None or not ids or len(self._x) == 0:
            self._highlight.setData(x=[], y=[])
            self._show_ring_key(False)
            return
        pts = self._scatter.data
        rows = self._series.rows[pts["data"].astype(int)]
        hit = np.isin(self._table.ids[rows], np.asarray(ids, dtype=np.int64))
        self._highlight.setData(x=pts["x"][hit], y=pts["y"][hit], size=pts["size"][hit] + 6)
        self._show_ring_key(bool(hit.any()))

    def _show_ring_key(self, shown: bool) -> None:
        """Name the red rings in the key while there are any (they mark the table's selection)."""
        entries = [e for e in self._legend.entries if e.kind != "ring"]
        if shown and entries:
            entries.append(self._ring_entry)
        if entries != self._legend.entries:
            self._legend.set_entries(entries, self._legend._reserve)

    def fit(self) -> None:
        """Zoom to show every point with its interval (the view's Fit button)."""
        self.getPlotItem().enableAutoRange()
        self.getPlotItem().autoRange(items=[self._errors, self._scatter, self._pool_high])

    def point_count(self) -> int:
        return len(self._x)

    def nothing_text(self) -> str:
        """What the chart says when it has nothing to plot."""
        return self._empty.text() or nothing_to_show()

    def is_empty(self) -> bool:
        return self._empty.isVisible() or not self.getPlotItem().isVisible()

    # -- internals ---------------------------------------------------------------------------
    def _clear_items(self) -> None:
        for it in (self._scatter, self._highlight, self._pool_line):
            it.setData(x=[], y=[])
        self._errors.setData(x=np.zeros(0), y=np.zeros(0), top=np.zeros(0), bottom=np.zeros(0))
        self._pool_low.setData(x=[], y=[])
        self._pool_high.setData(x=[], y=[])
        self._x = np.zeros(0)
        self._legend_key = ()
        self._legend.set_entries([])
        self.getPlotItem().hide()
        self._empty.setText(self._empty.text() or nothing_to_show())
        self._empty.show()
        self._place_empty()

    def _set_pooled(self, pooled: list[PooledPoint], label: str) -> None:
        if not pooled:
            self._pool_line.setData(x=[], y=[])
            self._pool_low.setData(x=[], y=[])
            self._pool_high.setData(x=[], y=[])
            return
        start = np.array([p.start.toordinal() for p in pooled], dtype=float)
        end = np.array([p.end.toordinal() for p in pooled], dtype=float)
        x = ((start + end) / 2 - 719_163) * SECONDS_PER_DAY  # 719163 = 1970-01-01 ordinal
        y = np.array([p.rate for p in pooled])
        lo = np.array([p.low for p in pooled])
        hi = np.array([p.high for p in pooled])
        keep = _finite(x, y, lo, hi)
        self._pool_line.setData(x=x[keep], y=y[keep])
        self._pool_low.setData(x=x[keep], y=lo[keep])
        self._pool_high.setData(x=x[keep], y=hi[keep])

    def _colour(self, segment: str | None) -> QColor:
        colour = self._segment_colour.get(segment)
        if colour is None:  # stable per segment for the life of the chart
            colour = QColor(SEGMENT_COLOURS[len(self._segment_colour) % len(SEGMENT_COLOURS)])
            colour.setAlpha(200)
            self._segment_colour[segment] = colour
        return colour

    def _brushes_for(self, table: CampaignTable, codes: np.ndarray) -> np.ndarray:
        """One shared QBrush per segment, indexed per point (new brushes would miss the cache)."""
        for name in sorted((n for n in table.segment_names if n), key=str.casefold):
            self._colour(name)
        palette = np.empty(len(table.segment_names), dtype=object)
        for code, name in enumerate(table.segment_names):
            brush = self._segment_brush.get(name)
            if brush is None:
                brush = self._segment_brush[name] = pg.mkBrush(self._colour(name))
            palette[code] = brush
        return palette[codes]

    def _apply_range_now(self) -> None:
        """Move the items to the new range now rather than in the paint: pyqtgraph defers it to
        the paint, where it moves items and so schedules a second, redundant paint."""
        self.getPlotItem().getViewBox().prepareForPaint()

    def _update_legend(self, table: CampaignTable, codes: np.ndarray, pooled_label: str) -> None:
        present = sorted({table.segment_names[c] for c in np.unique(codes)},
                         key=lambda s: (s is None, (s or "").casefold()))
        self._legend_key = (tuple(present), pooled_label)
        self._all_segments = sorted({n or no_segment() for n in table.segment_names},
                                    key=str.casefold)
        if pooled_label:
            self._pooled_label = pooled_label
        self._refresh_legend()

    def _refresh_legend(self) -> None:
        """The key for what is shown, with room kept for every segment, the pooled line and the
        band, so a switch never changes its height (and never moves the chart)."""
        if not self._legend_key:
            entries: list[LegendEntry] = []
        else:
            present, pooled_label = self._legend_key  # type: ignore[misc]
            entries = [LegendEntry("dot", seg or no_segment(), self._colour(seg))
                       for seg in present]
            if pooled_label:
                entries.append(LegendEntry("line", pooled_label, QColor(self._line_colour)))
        if self._band_entry is not None and entries:
            entries.append(self._band_entry)
        reserve = [*(LegendEntry("dot", s, QColor()) for s in self._all_segments),
                   LegendEntry("line", self._pooled_label, QColor()), self._band_kept,
                   self._ring_entry]
        self._legend.set_entries(entries, reserve)

    def _tip(self, x: float, y: float, data: object) -> str:
        s, t = self._series, self._table
        if s is None or t is None:
            return ""
        i = int(data)  # type: ignore[call-overload]
        c = t.campaigns[int(s.rows[i])]
        when = fmt_date(c.date) + (" " + c.time if c.time else "")
        values = {"rate": fmt_percent(s.rate[i], 2), "low": fmt_percent(s.low[i], 2),
                  "high": fmt_percent(s.high[i], 2), "count": fmt_count(s.numerator[i]),
                  "total": fmt_count(s.denominator[i])}
        rate = self.tr("{metric}: {rate} (95% interval {low} – {high})").format(
            metric=self._metric_label, **values)
        counts = (self.tr("{count} of {total} delivered") if s.basis(i) == "delivered" else
                  self.tr("{count} of {total} sent")).format(**values)
        return f"{c.name}\n{when} · {c.segment or no_segment()}\n{rate}\n{counts}"

    def _on_clicked(self, _item: object, points: list, _ev: object = None) -> None:
        if not len(points) or self._series is None or self._table is None:
            return
        row = int(self._series.rows[int(points[0].data())])
        cid = int(self._table.ids[row])
        if cid >= 0:
            self.campaign_clicked.emit(cid)

    def _place_empty(self) -> None:
        if "_empty" not in self.__dict__:  # resize events arrive during __init__
            return
        self._empty.setGeometry(self.rect().adjusted(20, 20, -20, -20))

    def resizeEvent(self, ev) -> None:
        super().resizeEvent(ev)
        self._place_empty()

    def paintEvent(self, ev) -> None:
        super().paintEvent(ev)
        self.painted.emit()


def render_trend_image(table: CampaignTable, series: TrendSeries, pooled: list[PooledPoint],
                       metric_label: str, pooled_label: str, size: tuple[int, int],
                       band: tuple[float, float] | None = DEFAULT_BAND, title: str = "",
                       empty_message: str = ""):
    """The same chart drawn offscreen at exactly `size` pixels (export and CLI --png)."""
    import shiboken6
    from PySide6.QtWidgets import QApplication

    plot = TrendPlot()
    try:
        from smsplanner.ui.common.theme import chart_colours, light_palette

        plot.restyle(chart_colours(light_palette()))  # files and paper: always light
        plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        plot.resize(*size)
        plot.show()  # laid out at `size` but never on screen
        plot.set_benchmark(band)
        if title:
            plot.getPlotItem().setTitle(title.replace("; ", ";<br>"), color="#222", size="11pt")
            _fit_title(plot.getPlotItem(), size[0])
        QApplication.processEvents()
        if len(series):
            plot.set_trend(table, series, pooled, metric_label, pooled_label)
        else:
            plot.show_empty(empty_message or nothing_to_show())
        QApplication.processEvents()  # the key's height for these segments, laid out
        image = plot.grab().toImage()
        if image.width() != size[0] or image.height() != size[1]:
            image = image.scaled(*size)  # device pixel ratio other than 1
        return image
    finally:
        # Deleted now, whole, with its scene; pyqtgraph's close() takes the plot area out of
        # the scene and leaves it to Python's cycle collector, where its legend labels were
        # asked their size half cleared.
        shiboken6.delete(plot)


def _fit_title(item: pg.PlotItem, width: int) -> None:
    """Wrap the title to the image and give its row the lines' height: pyqtgraph's fixed 30 px
    row cut the top off a two-line title, and a title wider than the image widened the plot."""
    label = item.titleLabel
    room = width - item.getAxis("left").minimumWidth() - 20  # the title sits over the plot
    if label.item.boundingRect().width() > room:
        label.item.setTextWidth(room)
        label.updateMin()
    height = int(np.ceil(label.itemRect().height())) + 4
    label.setMaximumHeight(height)
    item.layout.setRowFixedHeight(0, height)


def save_trend_png(path: str, table: CampaignTable, series: TrendSeries,
                   pooled: list[PooledPoint], metric_label: str, pooled_label: str,
                   size: tuple[int, int], band: tuple[float, float] | None, title: str = "",
                   empty_message: str = "") -> bool:
    """Render the chart offscreen into a PNG file (CLI --png); makes a QApplication if needed."""
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(["smsplanner"])  # kept alive while drawing
    image = render_trend_image(table, series, pooled, metric_label, pooled_label, size, band,
                               title, empty_message)
    return bool(image.save(path, "PNG"))
