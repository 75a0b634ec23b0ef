"""`campaigns --json` writes what one record a campaign, encoded one at a time, gives.

The command reads its campaigns as columns, works out the rates in plain Python and has
msgspec write the text; this holds it to the plain path: storage.list_campaigns,
domain.report.campaign_record (one Rate a campaign) and json.dumps of each record on its own
line. Every value must come back as the same number of the same type, and the layout must be
the same; only the spelling of a float may differ (0.00005 for 5e-05).
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


def _expected(path: Path, channel: str | None) -> list[dict[str, object]]:
    conn = open_db(path)
    records = [campaign_record(c) for c in list_campaigns(conn, channel)]
    conn.close()
    return records


def _typed(record: dict[str, object]) -> list[tuple[str, type, object]]:
    """A record with each value's type: 1 and 1.0 compare equal, but are not the same JSON."""
    return [(k, type(v), v) for k, v in record.items()]


def _same(text: str, expected: list[dict[str, object]]) -> None:
    """`text` is the plain path's JSON: one record a line, the same keys in the same order,
    the same values of the same types, json's separators."""
    if not expected:
        assert text == "[]\n"
        return
    lines = text.split("\n")
    assert lines[0] == "[" and lines[-2:] == ["]", ""]
    body = lines[1:-2]
    assert len(body) == len(expected)
    for i, (line, record) in enumerate(zip(body, expected, strict=True)):
        assert line.startswith('  {"id": ')
        assert line.endswith("}," if i < len(body) - 1 else "}")
        got = json.loads(line.strip().rstrip(","))
        assert list(got) == list(record)
        assert _typed(got) == _typed(record), (i, line)
    assert json.loads(text) == expected


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
    _same(everything, _expected(db, None))
    assert len(json.loads(everything)) == 120
    _same(_run(db), _expected(db, "sms"))
    _same(_run(db, "--channel", "mms"), _expected(db, "mms"))


def test_a_name_that_looks_like_the_gap_between_records_stays_in_its_line(
        tmp_path: Path) -> None:
    db = tmp_path / "campaigns.sqlite"
    _store(db)
    text = _run(db, "--channel", "all")
    line = next(x for x in text.split("\n") if "a}, {" in x)
    assert json.loads(line.strip().rstrip(","))["name"].startswith('a}, {"id": 1')


def test_small_rates_and_big_amounts_are_the_same_numbers(tmp_path: Path) -> None:
    """Floats json spells 5e-06 and 1e-07 (msgspec: 0.000005, 1e-7) read back the same."""
    db = tmp_path / "campaigns.sqlite"
    conn = open_db(db)
    add_campaigns(conn, [Campaign(name="Rare", date=dt.date(2025, 3, 1), sent=200_000,
                                  delivered=200_000, conversions=1, revenue=999_999_999_999.99,
                                  cost=1e-7),
                         Campaign(name="Tiny", date=dt.date(2025, 3, 2), sent=3,
                                  conversions=3, revenue=0.1 + 0.2)])
    conn.close()
    text = _run(db)
    _same(text, _expected(db, "sms"))
    rare = json.loads(text)[0]
    assert rare["conversion_rate"] == 5e-06 and rare["cost"] == 1e-07
    assert rare["revenue"] == 999_999_999_999.99
    assert json.loads(text)[1]["revenue"] == 0.30000000000000004


def test_json_of_an_empty_store(tmp_path: Path) -> None:
    db = tmp_path / "campaigns.sqlite"
    open_db(db).close()
    assert _run(db, "--channel", "all") == "[]\n"
