"""Campaigns table: loading 10,000 campaigns into the table model (with the sort proxy and the
totals row, as the window does) vs a bare sqlite3 SELECT of the same rows."""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import tempfile
from pathlib import Path

from bench.common import BenchRow, median_time

ROWS = 10_000


def make_db(path: Path, rows: int, seed: int = 11) -> None:
    """A database with `rows` campaigns over ~27 years, some counts unknown (fixed seed)."""
    from smsplanner.domain.campaign import Campaign
    from smsplanner.storage.campaigns import add_campaigns
    from smsplanner.storage.db import open_db

    rng = random.Random(seed)
    segments = ("Loyal customers", "New subscribers", "Lapsed buyers", None)
    start = dt.date(2000, 1, 1)
    campaigns = []
    for i in range(rows):
        sent = rng.randint(200, 9000)
        delivered = None if rng.random() < 0.1 else sent - rng.randint(0, sent // 20)
        base = delivered if delivered is not None else sent
        campaigns.append(Campaign(
            name=f"Campaign {i:05d}", date=start + dt.timedelta(days=i),
            segment=rng.choice(segments), offer=rng.choice(("20% off", "Free delivery", None)),
            sent=sent, delivered=delivered,
            clicks=None if rng.random() < 0.2 else rng.randint(0, base // 5),
            replies=None if rng.random() < 0.3 else rng.randint(0, base // 50),
            opt_outs=rng.randint(0, base // 100), conversions=rng.randint(0, base // 12),
            revenue=round(rng.uniform(0, 5000), 2), cost=round(sent * 0.04, 2),
        ))
    conn = open_db(path)
    add_campaigns(conn, campaigns)
    conn.close()


def run(quick: bool) -> list[BenchRow]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from smsplanner.domain.filters import CampaignFilter
    from smsplanner.storage.campaigns import list_campaigns
    from smsplanner.storage.db import open_db
    from smsplanner.ui.campaigns.table import CampaignTable

    app = QApplication.instance() or QApplication([])
    rows = 2_000 if quick else ROWS
    repeat = 3 if quick else 7
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        make_db(path, rows)
        bare = sqlite3.connect(path)
        conn = open_db(path)
        table = CampaignTable()
        model_only = CampaignTable()

        def baseline() -> None:
            bare.execute("SELECT * FROM campaigns ORDER BY date, name, id").fetchall()

        def load_model() -> None:
            everything = list_campaigns(conn, channel=None)
            model_only.model.set_campaigns(CampaignFilter(channel=None).apply(everything))

        def load_table() -> None:
            everything = list_campaigns(conn, channel=None)
            table.set_campaigns(CampaignFilter(channel=None).apply(everything))
            app.processEvents()

        base = median_time(baseline, repeat)
        model_t = median_time(load_model, repeat)
        table_t = median_time(load_table, repeat)
        assert model_only.model.rowCount() == rows == table.proxy.rowCount()
        bare.close()
        conn.close()
        table.deleteLater()
        model_only.deleteLater()
        app.processEvents()
    return [*_filter_rows(app, quick),
        BenchRow(f"table: load {rows:,} campaigns into the model", model_t, base,
                 note="vs bare sqlite3 SELECT"),
        BenchRow(f"table: + sort proxy and totals row ({rows:,})", table_t, base,
                 note="vs bare sqlite3 SELECT"),
    ]


FILTER_ROWS = 20_000


def _filter_rows(app: object, quick: bool) -> list[BenchRow]:
    """A search change with 20,000 campaigns on the Campaigns and Trends tabs, repainted,
    against a bare QTableView showing the same rows through a filtering proxy."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from smsplanner.domain.filters import CampaignFilter
    from smsplanner.storage.campaigns import list_campaigns
    from smsplanner.storage.db import open_db
    from smsplanner.ui.window.main_window import MainWindow

    rows = 2_000 if quick else FILTER_ROWS
    repeat = 3 if quick else 7
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "many.sqlite"
        make_db(path, rows)
        window = MainWindow(path)
        window.resize(1200, 800)
        window.show()
        app.processEvents()  # type: ignore[attr-defined]
        texts = iter(["Campaign 1", "Campaign 12", "Campaign", "Campaign 0"] * 100)

        def change() -> None:
            window.set_filter(CampaignFilter(channel=None, text=next(texts)))
            window.repaint()
            app.processEvents()  # type: ignore[attr-defined]

        # Baseline: a plain model with the same rows, re-filtered and repainted.
        conn = open_db(path)
        campaigns = list_campaigns(conn, channel=None)
        conn.close()
        bare = QStandardItemModel(len(campaigns), 4)
        for i, c in enumerate(campaigns):
            bare.setItem(i, 0, QStandardItem(c.name))
            bare.setItem(i, 1, QStandardItem(c.date.isoformat()))
            bare.setItem(i, 2, QStandardItem(str(c.sent)))
            bare.setItem(i, 3, QStandardItem(str(c.conversions)))
        from PySide6.QtCore import QSortFilterProxyModel

        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(bare)
        view = QTableView()
        view.setModel(proxy)
        view.resize(1200, 800)
        view.show()
        bare_texts = iter(["Campaign 1", "Campaign 12", "Campaign", "Campaign 0"] * 100)

        def bare_change() -> None:
            proxy.setFilterFixedString(next(bare_texts))
            view.repaint()
            app.processEvents()  # type: ignore[attr-defined]

        base = median_time(bare_change, repeat)
        for tab in ("Campaigns", "Trends"):
            widget = window.workspace if tab == "Campaigns" else window.trends
            window.show_view(widget)
            app.processEvents()  # type: ignore[attr-defined]
            t = median_time(change, repeat)
            out.append(BenchRow(f"filter change, {rows:,} campaigns ({tab} tab)", t, base,
                                target=0.1 / base if base else None,
                                note="vs a bare QTableView + filter proxy; target: 100 ms"))
        window.close()
        window.deleteLater()
        view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return out
