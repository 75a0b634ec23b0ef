"""The trend chart's fast paths, checked against what they replace (pytest-qt, offscreen).

CampaignScatter must draw exactly what pyqtgraph's ScatterPlotItem draws; hover, click, the
overlays, the verdict deferred until after the chart paints, one paint per switch, no NaN in
setData; and the PNG images (CLI --png and the Export dialog's chosen size) are that size, not
blank, with the title inside the picture. Real widgets and real mouse events throughout.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QWidget,
)

import pyqtgraph as pg  # isort: skip  (after PySide6)

from smsplanner.cli import main as cli_main
from smsplanner.domain.breakdown import breakdown
from smsplanner.domain.campaign import Campaign
from smsplanner.domain.filters import CampaignFilter
from smsplanner.domain.sample import sample_campaigns
from smsplanner.domain.trend import CampaignTable, PooledPoint, TrendSeries, trend_series
from smsplanner.domain.verdict import trend_verdict
from smsplanner.ui.trends.items import CampaignScatter
from smsplanner.ui.trends.plot import TrendPlot
from smsplanner.ui.trends.view import TrendsView
from tests.ui.host import HostWindow as Host


def _sample() -> list[Campaign]:
    cs = sample_campaigns()
    for i, c in enumerate(cs):
        c.id = i + 1
    return cs


def _make_view(qtbot, campaigns: list[Campaign], show: bool = True) -> TrendsView:
    host = Host(campaigns)
    qtbot.addWidget(host)
    v = TrendsView(host)
    qtbot.addWidget(v)  # it owns its two PlotWidgets and closes them
    v.resize(1100, 700)
    if show:
        v.show()
        qtbot.waitExposed(v)
        _settle(qtbot, v)
    return v


def _settle(qtbot, v: TrendsView) -> None:
    """Let the paint, the deferred verdict and any layout they cause all happen."""
    qtbot.waitUntil(lambda: not v.details_pending, timeout=2000)
    qtbot.wait(80)


@pytest.fixture
def view(qtbot) -> Iterator[TrendsView]:
    v = _make_view(qtbot, _sample())
    yield v
    v.close()


# -- CampaignScatter draws what pyqtgraph draws -----------------------------------------------
def _scatter_pair(qtbot, **opts) -> tuple[list[pg.PlotWidget], list[pg.ScatterPlotItem]]:
    """Two identical bare plots, one with pyqtgraph's scatter, one with CampaignScatter."""
    widgets, items = [], []
    for cls in (pg.ScatterPlotItem, CampaignScatter):
        w = pg.PlotWidget(background="w")
        qtbot.addWidget(w)
        w.hideAxis("left")
        w.hideAxis("bottom")
        w.setMouseEnabled(False, False)
        # Side by side, not stacked: a mouse event goes to the window under the cursor.
        w.setGeometry(20 + 450 * len(widgets), 20, 400, 300)
        item = cls(**opts)
        w.addItem(item)
        w.getPlotItem().disableAutoRange()
        w.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
        w.show()
        qtbot.waitExposed(w)
        widgets.append(w)
        items.append(item)
    return widgets, items


def _image(w: QWidget) -> QImage:
    QApplication.processEvents()
    return w.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _differing_pixels(a: QImage, b: QImage) -> int:
    assert (a.width(), a.height()) == (b.width(), b.height())
    x = np.frombuffer(a.constBits(), np.uint8)[: a.sizeInBytes()].reshape(a.height(), -1)
    y = np.frombuffer(b.constBits(), np.uint8)[: b.sizeInBytes()].reshape(b.height(), -1)
    return int(np.count_nonzero((x != y).reshape(a.height(), a.width(), 4).any(axis=2)))


def _styled_data(seed: int, n: int = 160) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    palette = [pg.mkBrush(c) for c in ("#0072B2", "#E69F00", "#009E73", "#CC79A7cc")]
    brushes = np.empty(n, dtype=object)
    brushes[:] = [palette[i] for i in rng.integers(0, len(palette), n)]
    return {"x": rng.uniform(0.03, 0.97, n), "y": rng.uniform(0.03, 0.97, n),
            "size": rng.choice([6.0, 9.0, 13.0, 18.0], n), "brush": brushes}


def _same_pixels(widgets: list[pg.PlotWidget]) -> tuple[int, QImage]:
    ref, fast = (_image(w) for w in widgets)
    return _differing_pixels(ref, fast), ref


def test_campaign_scatter_draws_the_same_pixels_as_pyqtgraph(qtbot) -> None:
    widgets, items = _scatter_pair(qtbot, pen=pg.mkPen(255, 255, 255, 200))
    first = _styled_data(1)
    for item in items:
        item.setData(x=first["x"], y=first["y"], size=first["size"],
                     brush=first["brush"] if isinstance(item, CampaignScatter)
                     else list(first["brush"]))
    diff, ref = _same_pixels(widgets)
    colours = {ref.pixel(x, y) for x in range(0, 400, 3) for y in range(0, 300, 3)}
    assert len(colours) > 8  # the points really are drawn, in several colours
    assert diff == 0

    # New data of the same length: every point restyled (the cached atlas rects must not stick).
    second = _styled_data(2)
    for item in items:
        item.setData(x=second["x"], y=second["y"], size=second["size"][::-1].copy(),
                     brush=second["brush"] if isinstance(item, CampaignScatter)
                     else list(second["brush"]))
    assert _same_pixels(widgets)[0] == 0

    # Only the brushes change (setData restyles through setBrush too).
    recolour = _styled_data(3)["brush"]
    items[0].setBrush(list(recolour))
    items[1].setBrush(recolour)
    assert _same_pixels(widgets)[0] == 0


def test_campaign_scatter_hover_restyle_matches_pyqtgraph(qtbot) -> None:
    """Without a hover marker, hovered points take the hover size/brush/pen as in pyqtgraph."""
    hover = {"hoverable": True, "hoverSize": 24, "hoverBrush": pg.mkBrush("#d00"),
             "hoverPen": pg.mkPen("#111", width=2), "pen": pg.mkPen(None)}
    widgets, items = _scatter_pair(qtbot, **hover)
    data = _styled_data(4, n=40)
    for item in items:
        item.setData(x=data["x"], y=data["y"], size=data["size"],
                     brush=data["brush"] if isinstance(item, CampaignScatter)
                     else list(data["brush"]))
    target = int(np.argmax(data["size"]))
    qtbot.wait(50)  # laid out and ranged, so the positions below are where the points are
    images = []
    for w, item in zip(widgets, items, strict=True):
        # One at a time: moving in the other would make this one's mouse leave it.
        vb = w.getPlotItem().getViewBox()
        pos = w.mapFromScene(vb.mapViewToScene(QPointF(data["x"][target], data["y"][target])))
        for p in (QPoint(2, 2), pos):  # the first move into a window only enters it
            qtbot.mouseMove(w.viewport(), p)
            qtbot.wait(40)  # pyqtgraph drops mouse moves closer than 1/60 s
        assert item.data["hovered"][target]
        images.append(_image(w))
    ref = images[0]
    red = sum(QColor(ref.pixel(x, y)).red() > 200 and QColor(ref.pixel(x, y)).green() < 60
              for x in range(0, 400, 2) for y in range(0, 300, 2))
    assert red > 5  # the hover style is visible
    diff = _differing_pixels(*images)
    assert diff == 0


# -- hover and click on the trend chart -------------------------------------------------------
def _viewport_points(plot: TrendPlot) -> np.ndarray:
    """Each plotted campaign's position in viewport pixels."""
    vb = plot.getPlotItem().getViewBox()
    d = plot._scatter.data
    out = []
    for x, y in zip(d["x"], d["y"], strict=True):
        p = plot.mapFromScene(vb.mapViewToScene(QPointF(float(x), float(y))))
        out.append((p.x(), p.y()))
    return np.array(out, dtype=float)


def _isolated_point(plot: TrendPlot) -> int:
    """Index of a plotted campaign with no other point within 30 pixels."""
    pix = _viewport_points(plot)
    dist = np.hypot(*(pix[:, None, :] - pix[None, :, :]).transpose(2, 0, 1))
    np.fill_diagonal(dist, np.inf)
    lonely = np.flatnonzero(dist.min(axis=1) > 30)
    assert len(lonely), "the sample history has no isolated point to hover"
    return int(lonely[0])


def _pos_of(plot: TrendPlot, i: int) -> QPoint:
    px, py = _viewport_points(plot)[i]
    return QPoint(round(px), round(py))


def _empty_spot(plot: TrendPlot) -> QPoint:
    """A place inside the plot area with no campaign within 40 pixels."""
    pix = _viewport_points(plot)
    rect = plot.mapFromScene(plot.getPlotItem().getViewBox().sceneBoundingRect()).boundingRect()
    for x in range(rect.left() + 20, rect.right() - 20, 10):
        for y in range(rect.top() + 20, rect.bottom() - 20, 10):
            if np.hypot(pix[:, 0] - x, pix[:, 1] - y).min() > 40:
                return QPoint(x, y)
    raise AssertionError("no empty spot in the chart")


def _move(qtbot, plot: TrendPlot, pos: QPoint) -> None:
    """Move the mouse to pos; via a pixel nearby, as Qt sends nothing for the position it is
    already at (where an earlier test may have left the cursor)."""
    for p in (pos + QPoint(3, 3), pos):
        qtbot.mouseMove(plot.viewport(), p)
        qtbot.wait(40)  # pyqtgraph drops mouse moves closer than 1/60 s


def test_hover_shows_the_tooltip_and_marker_and_leaving_clears_them(view: TrendsView,
                                                                    qtbot) -> None:
    plot = view.plot
    vb = plot.getPlotItem().getViewBox()
    i = _isolated_point(plot)
    series, table = view._series, view._table
    c = table.campaigns[int(series.rows[int(plot._scatter.data["data"][i])])]
    k, n = c.conversions, c.recipients
    assert k is not None and n
    _move(qtbot, plot, _empty_spot(plot))
    assert vb.toolTip() == "" and len(plot._hover.data) == 0

    _move(qtbot, plot, _pos_of(plot, i))
    tip = vb.toolTip()
    assert c.name in tip and "95% interval" in tip
    assert f"{100 * k / n:.2f}%" in tip and f"of {n:,}" in tip
    hx, hy = plot._hover.getData()
    assert len(hx) == 1
    assert (hx[0], hy[0]) == (plot._scatter.data["x"][i], plot._scatter.data["y"][i])

    _move(qtbot, plot, _empty_spot(plot))
    assert vb.toolTip() == ""
    assert len(plot._hover.getData()[0]) == 0

    _move(qtbot, plot, _pos_of(plot, i))  # hovered again, then the points change under it
    assert len(plot._hover.getData()[0]) == 1
    view.set_metric("click")
    assert len(plot._hover.getData()[0]) == 0


def test_clicking_a_point_selects_it_also_when_highlighted_and_hovered(view: TrendsView,
                                                                       qtbot) -> None:
    plot, host = view.plot, view.main_window
    i = _isolated_point(plot)
    cid = int(view._table.ids[view._series.rows[int(plot._scatter.data["data"][i])]])
    pos = _pos_of(plot, i)

    _move(qtbot, plot, pos)  # the hover marker now sits over the point
    assert len(plot._hover.getData()[0]) == 1
    with qtbot.waitSignal(plot.campaign_clicked, timeout=1000) as sig:
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert sig.args == [cid] and host.selected == [cid]
    assert len(plot._highlight.getData()[0]) == 1  # the clicked point is ringed

    # Selected elsewhere first: ringed and hovered, a second click still goes through.
    host.selected = []
    host.selection_changed.emit([cid])
    assert len(plot._highlight.getData()[0]) == 1
    with qtbot.waitSignal(plot.campaign_clicked, timeout=1000) as sig:
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert sig.args == [cid] and host.selected == [cid]

    # A click on empty chart selects nothing.
    host.selected = []
    away = _empty_spot(plot)
    _move(qtbot, plot, away)
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=away)
    qtbot.wait(20)
    assert host.selected == []


# -- the verdict and breakdown follow the chart's paint ---------------------------------------
def test_verdict_and_breakdown_come_after_the_chart_paints(view: TrendsView, qtbot) -> None:
    table = view._table
    before = view.verdict_label.text()
    at_paint: list[tuple[bool, str]] = []
    view.plot.painted.connect(
        lambda: at_paint.append((view.details_pending, view.verdict_label.text())))
    view.set_metric("click")
    assert view.details_pending and view.verdict_label.text() == before
    _settle(qtbot, view)
    assert at_paint and at_paint[0] == (True, before)  # the chart painted first
    clicks = trend_series(table, "click")
    expected = trend_verdict(clicks, table).text
    assert expected != before and view.verdict_label.text() == expected
    assert view.breakdown_plot.labels == [
        g.label + (" *" if g.few else "") for g in breakdown(table, clicks, "segment").groups]


def test_verdict_and_breakdown_at_once_when_the_chart_is_hidden(qtbot) -> None:
    v = _make_view(qtbot, _sample(), show=False)
    table = v._table
    assert not v.details_pending
    assert v.verdict_label.text() == trend_verdict(trend_series(table, "conversion"), table).text
    v.set_metric("response")  # no event loop turn: must already be filled in
    replies = trend_series(table, "response")
    assert not v.details_pending
    assert v.verdict_label.text() == trend_verdict(replies, table).text
    assert v.breakdown_plot.labels == [
        g.label + (" *" if g.few else "") for g in breakdown(table, replies, "segment").groups]


# -- one paint per switch ---------------------------------------------------------------------
def test_each_switch_paints_the_chart_exactly_once(view: TrendsView, qtbot) -> None:
    paints: list[int] = []
    view.plot.painted.connect(lambda: paints.append(1))
    host = view.main_window
    switches = [
        lambda: view.set_metric("click"),
        lambda: view.set_metric("delivery"),
        lambda: view.set_metric("conversion"),
        lambda: view.pool_box.setCurrentIndex(view.pool_box.findData("week")),
        lambda: host.filter_changed.emit(CampaignFilter(segment="Loyal customers")),
        lambda: host.filter_changed.emit(CampaignFilter(segment="Lapsed buyers")),
        lambda: host.filter_changed.emit(CampaignFilter(
            date_from=dt.date(2025, 9, 1), date_to=dt.date(2026, 3, 31))),
        lambda: host.filter_changed.emit(CampaignFilter()),
    ]
    counts = []
    for switch in switches:
        paints.clear()
        switch()
        _settle(qtbot, view)
        counts.append(len(paints))
    assert counts == [1] * len(switches)


# -- NaN and missing counts never reach setData -----------------------------------------------
class _SetDataSpy:
    """Checks every array handed to one pyqtgraph item's setData is finite, then calls it."""

    def __init__(self, item: object, seen: list[tuple[str, np.ndarray]], name: str) -> None:
        self.real, self.seen, self.name = item.setData, seen, name

    def __call__(self, *args, **kwargs):
        for key, value in [*enumerate(args), *kwargs.items()]:
            if key in ("data", "brush", "name", "pen", "symbol"):
                continue
            if isinstance(value, np.ndarray | list | tuple):
                arr = np.asarray(value, dtype=float)
                self.seen.append((f"{self.name}.{key}", arr))
                assert np.isfinite(arr).all(), f"NaN/inf reached {self.name}.setData({key}=...)"
        return self.real(*args, **kwargs)


def _spy_on(plot: TrendPlot, monkeypatch) -> list[tuple[str, np.ndarray]]:
    seen: list[tuple[str, np.ndarray]] = []
    for name in ("_scatter", "_errors", "_pool_line", "_pool_low", "_pool_high", "_highlight",
                 "_hover"):
        item = getattr(plot, name)
        monkeypatch.setattr(item, "setData", _SetDataSpy(item, seen, name))
    return seen


def test_missing_counts_never_reach_set_data(qtbot, monkeypatch) -> None:
    day = dt.date(2026, 1, 5)
    rows = [(100, None, 4, None), (None, None, 3, 1), (200, 0, 0, 5), (300, 290, None, None),
            (400, 390, 12, 7), (500, None, 9, 0), (0, None, 0, 0)]
    cs = [Campaign(name=f"c{i}", date=day + dt.timedelta(days=7 * i), id=i + 1, sent=s,
                   delivered=d, conversions=k, clicks=cl, segment=None)
          for i, (s, d, k, cl) in enumerate(rows)]
    v = _make_view(qtbot, cs, show=False)
    seen = _spy_on(v.plot, monkeypatch)
    for metric in ("click", "delivery", "response", "conversion"):
        v.set_metric(metric)
    assert {name for name, _ in seen} >= {"_scatter.x", "_scatter.y", "_errors.top"}
    assert len(v.plot._scatter.data) == 3  # 100 sent, 390 delivered, 500 sent


def test_nan_and_inf_in_a_series_are_dropped_before_set_data(qtbot, monkeypatch) -> None:
    plot = TrendPlot()
    qtbot.addWidget(plot)
    cs = _sample()[:8]
    cs[3].time = None
    table = CampaignTable.from_campaigns(cs)
    s = trend_series(table, "conversion")
    bad = TrendSeries(s.metric, s.rows, s.numerator.copy(), s.denominator.copy(), s.rate.copy(),
                      s.low.copy(), s.high.copy(), s.from_delivered, 0, 0)
    bad.rate[1] = np.nan
    bad.high[4] = np.inf
    bad.denominator[6] = np.nan
    pooled = [PooledPoint("2025-05", dt.date(2025, 5, 1), dt.date(2025, 6, 1), 3, 100, 0.03,
                          0.01, 0.08, 1),
              PooledPoint("2025-06", dt.date(2025, 6, 1), dt.date(2025, 7, 1), 0, 0, np.nan,
                          np.nan, np.nan, 1)]
    seen = _spy_on(plot, monkeypatch)
    plot.set_trend(table, bad, pooled, "Conversion rate")
    assert {name for name, _ in seen} >= {"_scatter.size", "_pool_line.y", "_pool_high.y"}
    assert plot.point_count() == len(s) - 3
    assert sorted(plot._scatter.data["data"]) == [i for i in range(len(s)) if i not in (1, 4, 6)]
    assert len(plot._pool_line.getData()[0]) == 1


# -- PNG images: size, not blank, title inside the picture ------------------------------------
def _dark(img: QImage, x: int, y: int) -> bool:
    return QColor(img.pixel(x, y)).lightness() < 140


def _check_chart_image(img: QImage, size: tuple[int, int]) -> None:
    w, h = size
    assert (img.width(), img.height()) == (w, h)
    colours = {img.pixel(x, y) for x in range(0, w, 7) for y in range(0, h, 7)}
    assert len(colours) > 20  # a drawn chart, not a blank or flat image
    vivid = sum(QColor(img.pixel(x, y)).hsvSaturation() > 120
                for x in range(0, w, 3) for y in range(0, h, 3))
    assert vivid > 200  # the campaign points in their segment colours (~700; none: ~60)
    # The title: text in the top band, but no ink on the first rows (cut off at the top) ...
    top = max(40, h // 8)
    assert sum(_dark(img, x, y) for x in range(w) for y in range(top)) > 50
    assert not any(_dark(img, x, y) for x in range(w) for y in range(3))
    # ... nor on the left and right edges of the top band (a title wider than the image).
    assert not any(_dark(img, x, y) for x in (0, 1, w - 2, w - 1) for y in range(top))


@pytest.fixture
def sample_db(db_path: Path, capsys) -> Path:
    assert cli_main(["--db", str(db_path), "sample-data"]) == 0
    capsys.readouterr()
    return db_path


@pytest.mark.parametrize("size", [(1280, 800), (640, 400), (420, 300), (900, 1000)])
def test_cli_png_is_that_size_drawn_and_titled(qtbot, sample_db: Path, tmp_path: Path,
                                                capsys, size: tuple[int, int]) -> None:
    out = tmp_path / "trend.png"
    code = cli_main(["--db", str(sample_db), "trend", "--png", str(out),
                     "--size", f"{size[0]}x{size[1]}"])
    capsys.readouterr()
    assert code == 0
    _check_chart_image(QImage(str(out)), size)


def test_export_dialog_at_a_chosen_size(view: TrendsView, qtbot, tmp_path: Path) -> None:
    """File > Export through the real file and size dialogs, answered as a user would."""
    target = tmp_path / "chosen.png"
    answered: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):  # typed into the file name box, as a user would
            dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
            answered.append("file")
            dialog.accept()
        elif isinstance(dialog, QInputDialog):
            answered.append(dialog.comboBoxItems()[0])
            dialog.setTextValue("1920 × 1080")
            dialog.accept()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(answer)
    timer.start()
    try:
        view.export_action.trigger()
    finally:
        timer.stop()
    assert answered[0] == "file" and answered[1].startswith("At the size shown")
    img = QImage(str(target))
    _check_chart_image(img, (1920, 1080))
