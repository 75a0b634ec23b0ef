"""services.planning.forecast_send: one planned send forecast from a store or a list."""

from __future__ import annotations

import datetime as dt

import numpy as np

from bench.stats_sim import trend_history
from smsplanner.services.planning import forecast_send
from smsplanner.storage.campaigns import add_campaigns
from smsplanner.storage.db import open_db


def test_forecast_send_from_a_list_and_from_the_store_agree(db_path) -> None:
    cs, on, _ = trend_history(np.random.default_rng(5), 0.5, 24, 2000.0, 0.06)
    from_list = forecast_send(cs, 8000, on)
    assert from_list.follows_trend and from_list.on == on
    assert from_list.explanation.startswith("Your rate has been falling")
    for c in cs:
        object.__setattr__(c, "id", None)
    conn = open_db(db_path)
    add_campaigns(conn, cs)
    from_store = forecast_send(conn, 8000, on, cost_per_message=0.04)
    conn.close()
    assert (from_store.conversions_low, from_store.conversions_high) == (
        from_list.conversions_low, from_list.conversions_high)
    assert from_store.cost == 8000 * 0.04
    later = forecast_send(cs, 8000, on + dt.timedelta(days=60))
    assert later.expected_conversions < from_list.expected_conversions


def test_forecast_send_narrows_by_segment_and_offer() -> None:
    cs, on, _ = trend_history(np.random.default_rng(6), 0.0, 12, 300.0, 0.04)
    for i, c in enumerate(cs):
        object.__setattr__(c, "offer", "A" if i % 2 else "B")
    r = forecast_send(cs, 1000, on, segment="All", offer="A")
    assert r.history_campaigns == 6
