"""Trends view with 10,000 campaigns: switching metric, segment or date range, call to paint.

Each step is timed from the call (set_metric / set_filter) to the end of the chart's paint, with
the event loop left to do the painting, as in the app: a PaintClock stops the clock when the
viewport's paint event has been handled, so we neither force extra repaints nor count work that
runs after the chart is on screen. The verdict and breakdown are computed just after the chart
has painted; "settled" is the time until they are computed and painted too. Hover: a synthetic
mouse move onto a campaign's point, timed to the end of the repaint that rings it.
Baselines: a bare pyqtgraph scatter of the same 10,000 points (setData, then paint; a hover
move over the same bare scatter made hoverable), timed the same way in the same run.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import time
from pathlib import Path

from bench.common import BenchRow

TARGET_MS = 50.0  # the median for a redraw
HOVER_TARGET_MS = 16.0  # one frame at 60 Hz: "hover stays smooth"
TIMEOUT_S = 5.0


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


def _paint_clock(views):
    """An event filter that paints these QGraphicsViews' viewports itself and notes when each
    paint ended (GUI thread); count[view] says how many paints each has had."""
    from PySide6.QtCore import QEvent, QObject

    class PaintClock(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.by_viewport = {v.viewport(): v for v in views}
            self.count = {v: 0 for v in views}
            self.ended = {v: 0.0 for v in views}
            self.cpu_ended = {v: 0.0 for v in views}  # GUI-thread CPU time: load-independent
            for vp in self.by_viewport:
                vp.installEventFilter(self)

        def eventFilter(self, obj, ev) -> bool:
            view = self.by_viewport.get(obj)
            if view is None or ev.type() != QEvent.Type.Paint:
                return False
            view.viewportEvent(ev)  # what the scroll area would do next; now we see it end
            self.ended[view] = time.perf_counter()
            self.cpu_ended[view] = time.thread_time()
            self.count[view] += 1
            return True

        def remove(self) -> None:
            for vp in self.by_viewport:
                vp.removeEventFilter(self)

    return PaintClock()


def _wait(app, done, timeout: float = TIMEOUT_S) -> None:
    """Run the event loop until done() (GUI thread)."""
    limit = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > limit:
            raise RuntimeError(f"the chart was not repainted within {timeout:g} s")
        app.processEvents()


def _idle(app, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


def run(quick: bool) -> list[BenchRow]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QPointF, Qt, Signal
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication, QWidget

    import pyqtgraph as pg  # isort: skip

    import numpy as np

    from smsplanner.domain.filters import CampaignFilter
    from smsplanner.ui.common.operations import Operations
    from smsplanner.ui.common.tasks import TaskRunner
    from smsplanner.ui.trends.view import TrendsView

    app = QApplication.instance() or QApplication([])
    n = 2000 if quick else 10_000
    campaigns = _campaigns(n)

    class Host(QWidget):
        """The parts of the main window's contract the Trends view uses."""

        filter_changed = Signal(object)
        selection_changed = Signal(list)

        def __init__(self) -> None:
            super().__init__()
            self.ops = Operations(TaskRunner(self), Path, print, self)

        def campaigns(self):
            return campaigns

        def current_filter(self):
            return CampaignFilter(channel=None)

        def selected_ids(self):
            return []

        def select_campaigns(self, ids):
            pass

        def add_file_action(self, key, action):
            pass

    host = Host()
    view = TrendsView(host)
    view.resize(1280, 760)
    view.show()
    bare = pg.PlotWidget()
    bare.resize(1280, 620)
    bare.show()
    scatter = pg.ScatterPlotItem()
    bare.addItem(scatter)
    _idle(app, 10)
    clock = _paint_clock([view.plot, view.breakdown_plot, bare])

    def settled() -> bool:
        return not getattr(view, "details_pending", False)

    def step(fn) -> tuple[float, float, int, float]:
        """(call -> chart painted, call -> verdict and breakdown painted too, chart paints,
        GUI-thread CPU seconds from the call to the chart painted)."""
        _idle(app)
        before = clock.count[view.plot]
        c0 = time.thread_time()
        t0 = time.perf_counter()
        fn()
        _wait(app, lambda: clock.count[view.plot] > before)
        chart = clock.ended[view.plot] - t0
        cpu = clock.cpu_ended[view.plot] - c0
        _wait(app, settled)
        _idle(app)
        last = max(clock.ended[view.plot], clock.ended[view.breakdown_plot])
        return chart, max(last, t0 + chart) - t0, clock.count[view.plot] - before, cpu

    actions = []
    for metric in ("click", "conversion", "response", "delivery"):
        actions.append(lambda m=metric: view.set_metric(m))
    for seg in ("Loyal", None, "VIP", None):
        actions.append(lambda s=seg: view.set_filter(CampaignFilter(segment=s, channel=None)))
    for year in (2018, 2020, None):
        f = CampaignFilter(channel=None, date_from=dt.date(year, 1, 1) if year else None,
                           date_to=dt.date(year + 2, 12, 31) if year else None)
        actions.append(lambda f=f: view.set_filter(f))
    step(actions[-1])  # warm-up
    steps = [step(a) for a in actions * (1 if quick else 3)]
    chart = [s[0] for s in steps]
    whole = [s[1] for s in steps]
    paints = statistics.mean(s[2] for s in steps)
    cpu = statistics.median(s[3] for s in steps)

    rng = np.random.default_rng(1)
    xs = rng.uniform(1.45e9, 1.77e9, n)

    def bare_step(ys) -> float:
        _idle(app)
        before = clock.count[bare]
        t0 = time.perf_counter()
        scatter.setData(x=xs, y=ys)
        _wait(app, lambda: clock.count[bare] > before)
        return clock.ended[bare] - t0

    bare_step(rng.uniform(0.01, 0.08, n))
    base = [bare_step(rng.uniform(0.01, 0.08, n)) for _ in range(len(steps))]

    def hover_times(plot_widget, item, moves: int) -> list[float]:
        """Synthetic mouse moves from one point to another; each timed to the end of its paint.
        Moves are 20 ms apart: pyqtgraph drops moves closer than its 100 Hz mouse rate limit."""
        vb = plot_widget.getPlotItem().getViewBox()
        x, y = (np.asarray(a) for a in item.getData())
        pick = np.random.default_rng(2).choice(len(x), moves, replace=False)
        out = []
        last = 0.0
        for i in pick:
            while time.perf_counter() < last + 0.02:
                app.processEvents()
            scene_pos = vb.mapViewToScene(QPointF(float(x[i]), float(y[i])))
            pos = QPointF(plot_widget.mapFromScene(scene_pos))
            gpos = QPointF(plot_widget.viewport().mapToGlobal(pos.toPoint()))
            ev = QMouseEvent(QEvent.Type.MouseMove, pos, gpos, Qt.MouseButton.NoButton,
                             Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
            _idle(app)
            before = clock.count[plot_widget]
            t0 = last = time.perf_counter()
            QApplication.sendEvent(plot_widget.viewport(), ev)
            try:
                _wait(app, lambda b=before: clock.count[plot_widget] > b, timeout=0.5)
            except RuntimeError:  # nothing changed under the mouse: no repaint needed
                continue
            out.append(clock.ended[plot_widget] - t0)
        return out

    moves = 10 if quick else 30
    view.set_filter(CampaignFilter(channel=None))
    _wait(app, settled)
    hover = hover_times(view.plot, view.plot._scatter, moves)
    scatter.setData(x=xs, y=rng.uniform(0.01, 0.08, n), hoverable=True,
                    hoverPen=pg.mkPen("#111", width=2))
    _idle(app, 5)
    bare_hover = hover_times(bare, scatter, moves)

    clock.remove()
    for w in (view, bare, host):  # freed now, while the QApplication exists (see __main__)
        w.close()
        w.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()

    figure = statistics.median(chart)
    ok = "under" if figure * 1000 < TARGET_MS else "OVER"
    rows = [
        BenchRow(f"trend redraw to chart painted, {n:,} campaigns", figure,
                 statistics.median(base),
                 note=f"{ok} the {TARGET_MS:.0f} ms median target; max "
                      f"{max(chart) * 1000:.0f} ms; {paints:.1f} chart paints per switch; "
                      f"GUI-thread CPU {cpu * 1000:.0f} ms"),
        BenchRow("trend redraw, verdict and breakdown painted too", statistics.median(whole),
                 statistics.median(base), note=f"max {max(whole) * 1000:.0f} ms"),
    ]
    if hover and bare_hover:
        h = statistics.median(hover)
        rows.append(BenchRow(
            "trend hover onto a point, to repaint", h, statistics.median(bare_hover),
            note=f"{'under' if h * 1000 < HOVER_TARGET_MS else 'OVER'} a "
                 f"{HOVER_TARGET_MS:.0f} ms frame; max {max(hover) * 1000:.0f} ms "
                 f"over {len(hover)} moves"))
    return rows
