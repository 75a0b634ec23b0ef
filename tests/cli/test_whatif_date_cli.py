"""`whatif --history --date`: a real trend is followed to the send date and said so; the
delivery rate is flagged when assumed; text leads with the likely figure."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bench.stats_sim import trend_history
from smsplanner.cli import main
from smsplanner.storage.campaigns import add_campaigns
from smsplanner.storage.db import open_db


@pytest.fixture
def falling_db(db_path: Path) -> tuple[Path, dt.date]:
    cs, on, _ = trend_history(np.random.default_rng(5), 0.5, 24, 2000.0, 0.06)
    for c in cs:
        object.__setattr__(c, "id", None)
    conn = open_db(db_path)
    add_campaigns(conn, cs)
    conn.close()
    return db_path, on


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_whatif_date_follows_a_real_decline(capsys, falling_db):
    db, on = falling_db
    base = ["whatif", "--db", str(db), "--audience", "10000", "--history", "--json"]
    soon = _json(capsys, *base, "--date", on.isoformat())
    later = _json(capsys, *base, "--date", (on + dt.timedelta(days=120)).isoformat())
    assert soon["follows_trend"] is True and soon["date"] == on.isoformat()
    assert soon["explanation"].startswith("Your rate has been falling; this forecast follows")
    assert later["expected_conversions"] < soon["expected_conversions"]
    assert soon["delivery_assumed"] is False  # the history has delivered counts
    assert soon["conversions_low"] <= soon["conversions_low_80"] <= soon["expected_conversions"]


def test_whatif_date_defaults_to_today_and_text_leads_with_the_likely_figure(capsys, falling_db):
    db, _ = falling_db
    assert _json(capsys, "whatif", "--db", str(db), "--audience", "1000", "--history",
                 "--json")["date"] == dt.date.today().isoformat()
    assert main(["whatif", "--db", str(db), "--audience", "10000", "--history", "--date",
                 "2026-03-01"]) == 0
    out = capsys.readouterr().out
    assert "conversions      about " in out and "(likely " in out and "; 95%: " in out
    assert "Your rate has been falling" in out
    assert "all past recipients pooled converted at" in out


def test_bad_date_and_date_without_history_exit_2(capsys, falling_db):
    db, _ = falling_db
    assert main(["whatif", "--db", str(db), "--audience", "10", "--history", "--date",
                 "31/05/2026"]) == 2
    assert "not a date like" in capsys.readouterr().err
    assert main(["whatif", "--audience", "10", "--rate", "0.04", "--date", "2026-05-31"]) == 2
    assert "--date" in capsys.readouterr().err


def test_history_without_delivered_counts_says_delivery_is_assumed(capsys, db_path):
    from smsplanner.domain.campaign import Campaign

    conn = open_db(db_path)
    add_campaigns(conn, [Campaign(name=f"c{i}", date=dt.date(2026, 1, 5 + i), sent=2000,
                                  conversions=60 + i) for i in range(5)])
    conn.close()
    data = _json(capsys, "whatif", "--db", str(db_path), "--audience", "1000", "--history",
                 "--json")
    assert data["delivery_assumed"] is True and data["delivery_rate"] == 1.0
    assert main(["whatif", "--db", str(db_path), "--audience", "1000", "--history"]) == 0
    assert "assumed: no delivered counts known" in capsys.readouterr().out


def test_whatif_date_in_a_real_process(falling_db):
    db, on = falling_db
    r = subprocess.run([sys.executable, "-m", "smsplanner", "whatif", "--db", str(db),
                        "--audience", "5000", "--history", "--date", on.isoformat(), "--json"],
                       capture_output=True, text=True, env={**os.environ, "TZ": "UTC"},
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["follows_trend"] is True
