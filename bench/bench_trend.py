"""Trends view with 10,000 campaigns: switching metric, segment or date range, call to paint.

Baseline: a bare pyqtgraph scatter of the same 10,000 points, setData then repaint, same run.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import time

from bench.common import BenchRow

TARGET_MS = 50.0


def _campaigns(n: int):
    from smsplanner.domain.campaign import Campaign

    rng = random.Random(5)
    segs = ["Loyal", "New", "Lapsed", "VIP", "Wholesale"]
    out = []
    for i in range(n):
        sent = rng.randint(200, 6000)
        delivered = int(sent * rng.uniform(0.93, 0.99))
        rate = rng.uniform(0.01, 0.08)
        out.append(Campaign(
            name=f"Campaign {i}",
            date=dt.date(2016, 1, 1) + dt.timedelta(days=rng.randint(0, 3650)),
            time=f"{rng.randint(8, 20):02d}:{rng.choice((0, 30)):02d}", segment=rng.choice(segs),
            offer=rng.choice(["10% off", "Free delivery", None]), sent=sent, delivered=delivered,
            conversions=int(delivered * rate),
            clicks=None if i % 9 == 0 else int(delivered * rate * 3),
            replies=int(delivered * 0.01), id=i + 1))
    return out


def run(quick: bool) -> list[BenchRow]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QApplication, QWidget

    import pyqtgraph as pg  # isort: skip

    import numpy as np

    from smsplanner.domain.filters import CampaignFilter
    from smsplanner.ui.trends_view import TrendsView

    app = QApplication.instance() or QApplication([])
    n = 2000 if quick else 10_000
    campaigns = _campaigns(n)

    class Host(QWidget):
        campaigns_changed = Signal()
        filter_changed = Signal(object)
        selection_changed = Signal(list)

        def campaigns(self):
            return campaigns

        def current_filter(self):
            return CampaignFilter(channel=None)

    host = Host()
    view = TrendsView(host)
    view.resize(1280, 760)
    view.show()
    app.processEvents()

    def painted(fn) -> float:
        t0 = time.perf_counter()
        fn()
        view.plot.repaint()
        view.breakdown_plot.repaint()
        app.processEvents()
        return time.perf_counter() - t0

    actions = []
    for metric in ("click", "conversion", "response", "delivery"):
        actions.append(lambda m=metric: view.set_metric(m))
    for seg in ("Loyal", None, "VIP", None):
        actions.append(lambda s=seg: view.set_filter(CampaignFilter(segment=s, channel=None)))
    for year in (2018, 2020, None):
        f = CampaignFilter(channel=None, date_from=dt.date(year, 1, 1) if year else None,
                           date_to=dt.date(year + 2, 12, 31) if year else None)
        actions.append(lambda f=f: view.set_filter(f))
    times = [painted(a) for a in actions * (1 if quick else 3)]
    figure = statistics.median(times)

    bare = pg.PlotWidget()
    bare.resize(1280, 620)
    bare.show()
    scatter = pg.ScatterPlotItem()
    bare.addItem(scatter)
    rng = np.random.default_rng(1)
    xs = rng.uniform(1.45e9, 1.77e9, n)
    base = []
    for _ in range(len(times)):
        ys = rng.uniform(0.01, 0.08, n)
        t0 = time.perf_counter()
        scatter.setData(x=xs, y=ys)
        bare.repaint()
        app.processEvents()
        base.append(time.perf_counter() - t0)
    baseline = statistics.median(base)
    for w in (view, bare, host):  # close and delete now: PlotWidgets left to the GC crash
        w.close()
        w.deleteLater()
    app.processEvents()
    ok = "under" if figure * 1000 < TARGET_MS else "OVER"
    return [BenchRow(f"trend redraw, {n:,} campaigns", figure, baseline,
                     note=f"{ok} the {TARGET_MS:.0f} ms median target; max "
                          f"{max(times) * 1000:.0f} ms")]
