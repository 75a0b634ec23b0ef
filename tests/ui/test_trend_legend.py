"""The trend chart's key and the line under the verdict, as a shop owner meets them.

The key (segments, pooled line, the industry band) must never sit on a plotted point or
interval, at the window's size or at a small export size, and must not be cut off; the line
under the verdict says in plain words how likely the change is chance, with the fitted figures
on hover.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.filters import CampaignFilter
from smsplanner.domain.sample import sample_campaigns
from smsplanner.domain.trend import CampaignTable, pooled_points, trend_series
from smsplanner.domain.verdict import change_words, trend_verdict
from smsplanner.ui.trends.plot import TrendPlot
from smsplanner.ui.trends.view import TrendsView
from tests.ui.host import HostWindow as Host


def _sample() -> list[Campaign]:
    cs = sample_campaigns()
    for i, c in enumerate(cs):
        c.id = i + 1
    return cs


def _point_rects(plot: TrendPlot) -> list[QRectF]:
    """Every campaign marker and interval line, and the pooled band, in scene coordinates."""
    vb = plot.getPlotItem().getViewBox()
    d = plot._scatter.data
    rects = []
    for x, y, size in zip(d["x"], d["y"], d["size"], strict=True):
        c = vb.mapViewToScene(QPointF(float(x), float(y)))
        rects.append(QRectF(c.x() - size / 2, c.y() - size / 2, size, size))
    err = plot._errors.opts
    for x, y, top, bottom in zip(err["x"], err["y"], err["top"], err["bottom"], strict=True):
        hi = vb.mapViewToScene(QPointF(float(x), float(y + top)))
        lo = vb.mapViewToScene(QPointF(float(x), float(y - bottom)))
        rects.append(QRectF(hi.x() - 1, hi.y(), 2, lo.y() - hi.y()))
    xs, ys = plot._pool_high.getData()
    for x, y in zip(xs, ys, strict=True):
        c = vb.mapViewToScene(QPointF(float(x), float(y)))
        rects.append(QRectF(c.x() - 3, c.y() - 3, 6, 6))
    return rects


def _check_key_clear_of_data(plot: TrendPlot, band_expected: bool) -> None:
    legend = plot._legend
    texts = [e.text for e in legend.entries]
    assert ("rough industry figure" in " ".join(texts)) == band_expected
    assert {"Lapsed buyers", "Loyal customers", "New subscribers"} <= set(texts)
    key_area = legend.mapRectToScene(legend.boundingRect())
    points = _point_rects(plot)
    assert len(points) > 48
    hits = [r for r in points if r.intersects(key_area)]
    assert hits == [], f"{len(hits)} plotted points or intervals under the key"
    # Nothing of the key is drawn over the plotted area or cut off at its own bottom.
    vb_area = plot.getPlotItem().getViewBox().sceneBoundingRect()
    for r in legend.entry_rects():
        scene = legend.mapRectToScene(r)
        assert not scene.intersects(vb_area)
        assert r.bottom() <= legend.size().height() + 0.5
        assert scene.bottom() <= plot.height() and scene.right() <= plot.width()


@pytest.fixture
def view(qtbot):
    host = Host(_sample())
    qtbot.addWidget(host)
    v = TrendsView(host)
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show()
    qtbot.waitExposed(v)
    qtbot.waitUntil(lambda: not v.details_pending, timeout=2000)
    yield v
    v.close()


def test_band_and_segments_are_named_clear_of_every_point(view: TrendsView, qtbot) -> None:
    _check_key_clear_of_data(view.plot, band_expected=True)
    height = view.plot._legend.size().height()
    view.set_metric("click")  # no industry band for clicks: its entry goes, its room stays
    qtbot.wait(50)
    _check_key_clear_of_data(view.plot, band_expected=False)
    assert view.plot._legend.size().height() == height


@pytest.mark.parametrize("size", [(420, 300), (640, 400)])
def test_small_export_key_fits_and_covers_nothing(qtbot, size: tuple[int, int]) -> None:
    plot = TrendPlot()
    qtbot.addWidget(plot)
    plot.resize(*size)
    plot.show()
    qtbot.waitExposed(plot)
    table = CampaignTable.from_campaigns(_sample())
    s = trend_series(table, "conversion")
    plot.set_trend(table, s, pooled_points(table, s, "month"), "Conversion rate",
                   "Added up by month")
    QApplication.processEvents()
    _check_key_clear_of_data(plot, band_expected=True)
    # Narrow: the shorter band wording, so the key takes two rows, not three.
    said = [e.text_at(size[0]) for e in plot._legend.entries]
    narrow = size[0] < 560
    assert ("Typical 2%–7% (rough industry figure)" in said) == narrow
    assert ("Typical SMS conversion 2%–7% (rough industry figure)" in said) == (not narrow)
    rows = {round(r.top()) for r in plot._legend.entry_rects()}
    assert len(rows) <= 2


def test_line_under_the_verdict_is_plain_with_the_figures_on_hover(view: TrendsView) -> None:
    table = CampaignTable.from_campaigns(_sample())
    v = trend_verdict(trend_series(table, "conversion"), table)
    line = view.detail_label.text()
    assert line.startswith("Likely real: if nothing had really changed, a drop this size")
    assert re.search(r"by chance only about \d+ times in 100\.$", line)
    for jargon in ("p =", "interval", "Fitted", "segments"):
        assert jargon not in line
    assert view.detail_label.toolTip() == f"The figures: {change_words(v)}"
    assert "p = 0.021" in view.detail_label.toolTip()


def test_nothing_shown_clears_the_line_and_its_tooltip(view: TrendsView) -> None:
    view.set_filter(CampaignFilter(segment="Nobody here"))
    assert view.plot.is_empty()
    assert view.detail_label.text() == "" and view.detail_label.toolTip() == ""
    assert np.asarray(view.plot._legend.entries).size == 0
