"""`campaigns --json` writes exactly what one record a campaign, encoded one at a time, gives.

The command reads its campaigns as columns and works out the rates in plain Python; this
holds its bytes to the plain path: storage.list_campaigns, domain.report.campaign_record
(one Rate a campaign) and json.dumps of each record on its own line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
from pathlib import Path

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.report import campaign_record
from smsplanner.storage.campaigns import add_campaigns, list_campaigns
from smsplanner.storage.db import open_db


def _store(path: Path) -> None:
    rng = random.Random(11)
    names = ["Spring sale", "Été — soldes", 'Say "hi"', "a}, {\"id\": 1", "Back\\slash", "表"]
    campaigns = []
    for i in range(120):
        sent = rng.choice([None, 0, 1, 40, 2_500, 10**9])
        base = sent or 0
        delivered = rng.choice([None, base, rng.randint(0, base)])
        reach = delivered if delivered is not None else base

        def part() -> int | None:
            return rng.choice([None, 0, reach, rng.randint(0, reach)])  # noqa: B023

        campaigns.append(Campaign(
            name=f"{names[i % len(names)]} {i}", date=dt.date(2025, 1, 1) + dt.timedelta(i % 90),
            time=rng.choice([None, "09:30"]), channel=rng.choice(["sms", "sms", "mms"]),
            segment=rng.choice([None, "Loyal"]), offer=rng.choice([None, "20% off"]),
            message=rng.choice([None, "Hi!\nReply STOP to end"]), notes=rng.choice([None, "ok"]),
            sent=sent, delivered=delivered, clicks=part(), replies=part(), opt_outs=part(),
            conversions=part(), revenue=rng.choice([None, 0.0, 1520.5, 1e11]),
            cost=rng.choice([None, 45.0, 0.1 + 0.2]),
            status=rng.choice(["sent", "sent", "planned"]),
            audience=rng.choice([None, 300])))
    conn = open_db(path)
    add_campaigns(conn, campaigns)
    conn.close()


def _expected(path: Path, channel: str | None) -> str:
    conn = open_db(path)
    records = [campaign_record(c) for c in list_campaigns(conn, channel)]
    conn.close()
    if not records:
        return "[]\n"
    lines = [json.dumps(r, ensure_ascii=False, allow_nan=False) for r in records]
    return "[\n  " + ",\n  ".join(lines) + "\n]\n"


def _run(path: Path, *args: str) -> str:
    r = subprocess.run([sys.executable, "-m", "smsplanner", "--db", str(path), "campaigns",
                        "--json", *args], capture_output=True, timeout=120,
                       env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert r.returncode == 0, r.stderr
    return r.stdout.decode("utf-8")


def test_json_is_the_one_record_at_a_time_output(tmp_path: Path) -> None:
    db = tmp_path / "campaigns.sqlite"
    _store(db)
    everything = _run(db, "--channel", "all")
    assert everything == _expected(db, None)
    assert len(json.loads(everything)) == 120
    assert _run(db) == _expected(db, "sms")
    assert _run(db, "--channel", "mms") == _expected(db, "mms")


def test_json_of_an_empty_store(tmp_path: Path) -> None:
    db = tmp_path / "campaigns.sqlite"
    open_db(db).close()
    assert _run(db, "--channel", "all") == "[]\n"
