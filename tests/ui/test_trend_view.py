"""The Trends view offscreen: real widgets, a small main-window stand-in with real signals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.filters import CampaignFilter
from smsplanner.domain.sample import sample_campaigns
from smsplanner.ui.trends.view import TrendsView
from tests.ui.host import HostWindow as Host


def _sample() -> list[Campaign]:
    cs = sample_campaigns()
    for i, c in enumerate(cs):
        c.id = i + 1
    return cs


@pytest.fixture
def view(qtbot):
    host = Host(_sample())
    qtbot.addWidget(host)
    v = TrendsView(host)
    qtbot.addWidget(v)
    v.resize(1100, 700)
    v.show()
    qtbot.waitExposed(v)
    yield v
    v.close()


def _scatter_xy(v: TrendsView) -> tuple[np.ndarray, np.ndarray]:
    x, y = v.plot._scatter.getData()
    return np.asarray(x), np.asarray(y)


def test_points_shown_with_verdict_and_export_action(view: TrendsView) -> None:
    x, y = _scatter_xy(view)
    assert len(x) == 48 and np.isfinite(x).all() and np.isfinite(y).all()
    assert view.verdict_label.text().startswith("Conversion rate fell")
    assert view.export_action in view.main_window.menu_file.actions()
    assert not view.plot.is_empty()


def test_metric_switch_leaves_out_unknown_counts(view: TrendsView) -> None:
    view.set_metric("click")
    x, y = _scatter_xy(view)
    expected = [c for c in view.main_window.campaigns() if c.clicks is not None]
    assert len(x) == len(expected)
    assert "have no click counts" in view.left_out_label.text()
    rates = sorted(c.clicks / c.recipients for c in expected)
    assert np.allclose(sorted(y), rates)


def test_nan_and_missing_counts_never_reach_pyqtgraph(qtbot) -> None:
    day = dt.date(2026, 1, 5)
    cs = [Campaign(name=f"c{i}", date=day + dt.timedelta(days=7 * i), id=i + 1, sent=s,
                   delivered=d, conversions=k, segment=None)
          for i, (s, d, k) in enumerate([(100, None, 4), (None, None, 3), (200, 0, 0),
                                         (300, 290, None), (400, 390, 12), (500, None, 9)])]
    host = Host(cs)
    qtbot.addWidget(host)
    v = TrendsView(host)
    qtbot.addWidget(v)
    for metric in ("conversion", "click", "response", "delivery"):
        v.set_metric(metric)
        x, y = _scatter_xy(v)
        ex, ey = v.plot._errors.opts["x"], v.plot._errors.opts["top"]
        for arr in (x, y, ex, ey, *v.plot._pool_line.getData()):
            assert arr is None or np.isfinite(np.asarray(arr, dtype=float)).all()
    v.set_metric("conversion")
    assert len(_scatter_xy(v)[0]) == 3  # 100 sent, 400/390 and 500 sent
    assert "left out" in v.left_out_label.text()


def test_empty_selection_shows_a_message_not_an_empty_axis(view: TrendsView, qtbot) -> None:
    view.main_window.filter_changed.emit(CampaignFilter(segment="Nobody"))
    assert view.plot.is_empty()
    assert view.plot._empty.isVisible()
    assert "No campaigns match" in view.plot._empty.text()
    assert not view.plot.getPlotItem().isVisible()
    view.main_window.filter_changed.emit(CampaignFilter())
    assert not view.plot.is_empty() and len(_scatter_xy(view)[0]) == 48


def test_no_campaigns_at_all(qtbot) -> None:
    host = Host([])
    qtbot.addWidget(host)
    v = TrendsView(host)
    qtbot.addWidget(v)
    assert v.plot.is_empty() and "No campaigns yet" in v.plot._empty.text()


def test_click_selects_and_selection_highlights(view: TrendsView) -> None:
    pts = view.plot._scatter.points()
    view.plot._on_clicked(view.plot._scatter, [pts[5]])
    series = view._series
    expected_id = int(view._table.ids[series.rows[int(pts[5].data())]])
    assert view.main_window.selected == [expected_id]
    view.main_window.selection_changed.emit([1, 2, 3])
    hx, _ = view.plot._highlight.getData()
    assert len(hx) == 3
    view.main_window.selection_changed.emit([])
    assert len(view.plot._highlight.getData()[0]) == 0


def test_tooltip_names_the_campaign_rate_and_denominator(view: TrendsView) -> None:
    text = view.plot._tip(0, 0, 0)
    first = min(view.main_window.campaigns(), key=lambda c: c.date)
    assert first.name in text and "95% interval" in text and "delivered" in text


def test_filter_and_reload_follow_the_main_window(view: TrendsView) -> None:
    view.main_window.filter_changed.emit(CampaignFilter(segment="Loyal customers"))
    assert len(_scatter_xy(view)[0]) == 16
    view.main_window.items = view.main_window.items[:10]
    view.main_window.reload()
    assert len(_scatter_xy(view)[0]) <= 10


def test_breakdown_switch(view: TrendsView) -> None:
    for i in range(view.breakdown_box.count()):
        view.breakdown_box.setCurrentIndex(i)
        assert view.breakdown_plot.labels
    view.breakdown_box.setCurrentIndex(view.breakdown_box.findData("segment"))
    assert view.breakdown_plot.labels[0] == "Loyal customers"


def _not_blank(img: QImage) -> bool:
    colours = {img.pixel(x, y) for x in range(0, img.width(), 13)
               for y in range(0, img.height(), 13)}
    return len(colours) > 5


def test_png_export_at_shown_and_chosen_size(view: TrendsView, tmp_path: Path) -> None:
    shown = view.export_chart(tmp_path / "shown.png")
    img = QImage(str(shown))
    dpr = view.plot.devicePixelRatioF()
    assert (img.width(), img.height()) == (round(view.plot.width() * dpr),
                                           round(view.plot.height() * dpr))
    assert _not_blank(img)
    chosen = QImage(str(view.export_chart(tmp_path / "big.png", (1280, 800))))
    assert (chosen.width(), chosen.height()) == (1280, 800) and _not_blank(chosen)


def test_svg_export(view: TrendsView, tmp_path: Path) -> None:
    svg = view.export_chart(tmp_path / "chart.svg")
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") or "<svg" in text[:500]
    assert "<svg" in text and text.count("<polyline") + text.count("<path") >= 5
