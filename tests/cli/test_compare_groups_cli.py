"""`compare --segment A --segment B` and `--offer A --offer B`: same JSON as two campaigns,
plus the method and each side's campaign count; through main() and a real process."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from smsplanner.cli import main
from smsplanner.domain.campaign import Campaign
from smsplanner.storage.campaigns import add_campaigns
from smsplanner.storage.db import open_db

CAMPAIGN_KEYS = {"a", "b", "difference", "difference_low", "difference_high",
                 "interval_method", "p_value", "test", "probability_b_better",
                 "more_recipients_needed", "verdict", "dispersion"}


@pytest.fixture
def groups_db(db_path: Path) -> Path:
    rng = np.random.default_rng(5)
    day = dt.date(2026, 1, 5)
    cs = []
    for seg, offer, mean, count in (("Loyal", "Free shipping", 0.05, 8),
                                    ("New", "10% off", 0.05, 6)):
        for i in range(count):
            n = int(np.exp(rng.uniform(np.log(200), np.log(20000))))
            k = int(rng.binomial(n, rng.beta(mean * 100, (1 - mean) * 100)))
            cs.append(Campaign(name=f"{seg} {i}", date=day + dt.timedelta(days=7 * i),
                               segment=seg, offer=offer, sent=n, delivered=n, conversions=k))
    cs.append(Campaign(name="Loyal unknown", date=day, segment="Loyal", sent=900, delivered=900))
    conn = open_db(db_path)
    add_campaigns(conn, cs)
    conn.close()
    return db_path


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_two_segments_json_has_the_campaign_keys_plus_method_and_counts(capsys, groups_db):
    data = _json(capsys, "compare", "--db", str(groups_db), "--segment", "Loyal",
                 "--segment", "New", "--json")
    assert CAMPAIGN_KEYS | {"method", "campaigns_a", "campaigns_b"} <= set(data)
    assert (data["campaigns_a"], data["campaigns_b"]) == (8, 6)  # the unknown one left out
    assert "random-effects" in data["method"] and "Hartung-Knapp" in data["method"]
    assert data["a"]["name"] == "Loyal" and data["b"]["name"] == "New"
    assert data["a"]["low"] < data["a"]["rate"] < data["a"]["high"]
    assert data["difference"] == pytest.approx(data["b"]["rate"] - data["a"]["rate"])
    assert data["difference_low"] < data["difference"] < data["difference_high"]
    assert 0 <= data["p_value"] <= 1


def test_two_offers_and_text_output(capsys, groups_db):
    data = _json(capsys, "compare", "--db", str(groups_db), "--offer", "Free shipping",
                 "--offer", "10% off", "--json")
    assert (data["campaigns_a"], data["campaigns_b"]) == (8, 6)
    assert main(["compare", "--db", str(groups_db), "--offer", "Free shipping", "--offer",
                 "10% off"]) == 0
    out = capsys.readouterr().out
    assert "typical campaign" in out and "8 campaigns" in out
    assert "random-effects" not in out  # method names only with --details
    assert main(["compare", "--db", str(groups_db), "--offer", "Free shipping", "--offer",
                 "10% off", "--details"]) == 0
    assert "random-effects" in capsys.readouterr().out


def test_two_campaigns_still_work_and_carry_the_method(capsys, groups_db):
    data = _json(capsys, "compare", "--db", str(groups_db), "Loyal 0", "New 0", "--json")
    assert data["campaigns_a"] == data["campaigns_b"] == 1
    assert data["method"] == data["test"]


@pytest.mark.parametrize(("argv", "message"), [
    (["--segment", "Loyal"], "exactly twice"),
    (["--segment", "Loyal", "--segment", "Nope"], "no campaign with the segment 'Nope'"),
    (["--segment", "Loyal", "--offer", "10% off"], "not a mix"),
    (["Loyal 0", "--segment", "Loyal", "--segment", "New"], "not a mix"),
    (["--segment", "Loyal", "--segment", "Loyal"], "same segment"),
    (["Loyal 0"], "Give two campaigns, A and B"),
])
def test_group_mistakes_exit_2(capsys, groups_db, argv, message):
    code = main(["compare", "--db", str(groups_db), *argv])
    assert code == 2
    assert message in capsys.readouterr().err


def test_compare_segments_in_a_real_process(groups_db):
    r = subprocess.run([sys.executable, "-m", "smsplanner", "compare", "--db", str(groups_db),
                        "--segment", "Loyal", "--segment", "New", "--json"],
                       capture_output=True, text=True, env={**os.environ, "TZ": "UTC"},
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["campaigns_a"] == 8
