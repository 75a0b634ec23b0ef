"""The planning commands' contract: JSON keys, worked numbers and exit codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from smsplanner.cli import main
from smsplanner.domain.campaign import Campaign
from smsplanner.storage.campaigns import add_campaigns
from smsplanner.storage.db import open_db

WHATIF_KEYS = {
    "audience", "rate", "rate_source", "history_campaigns", "delivery_rate",
    "expected_delivered", "expected_conversions", "conversions_low", "conversions_high",
    "interval", "cost", "revenue", "profit", "profit_low", "profit_high", "roi",
    "cost_per_conversion", "break_even_rate", "probability_of_profit",
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def history_db(db_path: Path) -> Path:
    conn = open_db(db_path)
    day = dt.date(2026, 3, 2)
    cs = [Campaign(name=f"Loyal {i}", date=day + dt.timedelta(days=14 * i),
                   segment="Loyal customers", sent=2000, delivered=1940,
                   conversions=100 + 7 * (i % 4), revenue=(100 + 7 * (i % 4)) * 35.0)
          for i in range(6)]
    cs.append(Campaign(name="Same name", date=day, segment="New", sent=1000, delivered=1000,
                       conversions=30))
    cs.append(Campaign(name="Same name", date=day + dt.timedelta(days=1), segment="New",
                       sent=1000, delivered=1000, conversions=40))
    cs.append(Campaign(name="Plain", date=day, sent=3000, delivered=3000, conversions=90))
    cs.append(Campaign(name="Emoji", date=day, sent=3000, delivered=3000, conversions=150))
    cs.append(Campaign(name="No conversions", date=day, sent=3000, delivered=3000))
    add_campaigns(conn, cs)
    conn.close()
    return db_path


def test_whatif_typed_rate_json(capsys):
    code, out, _ = run(capsys, "whatif", "--audience", "10000", "--rate", "0.04", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= WHATIF_KEYS
    assert data["expected_conversions"] == pytest.approx(400)
    assert data["delivery_rate"] == 1.0 and data["rate_source"] == "given"
    assert data["interval"] == 0.95
    assert data["conversions_low"] < 400 < data["conversions_high"]


def test_whatif_money(capsys):
    code, out, _ = run(capsys, "whatif", "--audience", "10000", "--rate", "0.03",
                       "--cost-per-message", "0.045", "--revenue-per-conversion", "40", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["cost"] == pytest.approx(450)
    assert data["revenue"] == pytest.approx(12000)
    assert data["profit"] == pytest.approx(11550)
    assert data["probability_of_profit"] == pytest.approx(1.0)


def test_whatif_from_history(capsys, history_db):
    code, out, _ = run(capsys, "whatif", "--db", str(history_db), "--audience", "5000",
                       "--history", "--segment", "Loyal customers", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["rate_source"] == "history" and data["history_campaigns"] == 6
    assert data["delivery_rate"] == pytest.approx(0.97)
    assert data["revenue_per_conversion"] == pytest.approx(35.0)
    assert 0.05 < data["rate"] < 0.06
    assert data["description"] == "based on 6 campaigns to Loyal customers since March 2026"


def test_whatif_last_k_and_text_output(capsys, history_db):
    code, out, _ = run(capsys, "whatif", "--db", str(history_db), "--audience", "5000",
                       "--history", "--last", "2", "--cost-per-message", "0.04")
    assert code == 0
    assert "last 2 campaigns" in out
    assert "history is short" in out


@pytest.mark.parametrize("argv", [
    ["whatif", "--audience", "100", "--rate", "1.5"],
    ["whatif", "--audience", "100", "--rate", "-0.1"],
    ["whatif", "--audience", "100"],
    ["whatif", "--audience", "100", "--rate", "0.1", "--segment", "Loyal"],
    ["plan-test", "--baseline", "0.9", "--lift", "0.2"],
    ["plan-test", "--baseline", "0", "--lift", "0.2"],
])
def test_user_mistakes_exit_2(capsys, argv):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err.startswith("smsplanner: ")


def test_whatif_with_no_history_exits_2(capsys, db_path):
    open_db(db_path).close()  # an empty file: a missing one is refused before this
    code, _, err = run(capsys, "whatif", "--db", str(db_path), "--audience", "100", "--history")
    assert code == 2
    assert "no past campaigns" in err


def test_compare_by_name_json(capsys, history_db):
    code, out, _ = run(capsys, "compare", "--db", str(history_db), "Plain", "Emoji", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["a"] == {"name": "Plain", "conversions": 90, "recipients": 3000,
                         "rate": 0.03, "low": pytest.approx(0.02447, abs=1e-4),
                         "high": pytest.approx(0.03672, abs=1e-4)}
    assert data["difference"] == pytest.approx(0.02)
    assert data["difference_low"] < 0.02 < data["difference_high"]
    assert data["test"] == "two-proportion z-test"
    assert data["p_value"] < 0.001
    assert data["probability_b_better"] > 0.99
    assert data["verdict"].startswith("B (Emoji) converts better than A (Plain)")


def test_compare_by_id_text(capsys, history_db):
    code, out, _ = run(capsys, "compare", "--db", str(history_db), "1", "2")
    assert code == 0
    assert "Newcombe" not in out  # method names only on request
    code, out, _ = run(capsys, "compare", "--db", str(history_db), "1", "2", "--details")
    assert code == 0
    assert "Newcombe hybrid score interval" in out


@pytest.mark.parametrize(("a", "b", "message"), [
    ("Plain", "Nope", "no campaign with the id or name 'Nope'"),
    ("Same name", "Plain", "2 campaigns are named 'Same name'"),
    ("Plain", "No conversions", "no conversions or recipients recorded"),
])
def test_compare_mistakes_exit_2(capsys, history_db, a, b, message):
    code, _, err = run(capsys, "compare", "--db", str(history_db), a, b)
    assert code == 2
    assert message in err


def test_plan_test_json(capsys):
    code, out, _ = run(capsys, "plan-test", "--baseline", "0.05", "--lift", "0.05", "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["per_arm"], data["total"]) == (435, 870)
    code, out, _ = run(capsys, "plan-test", "--baseline", "0.05", "--relative-lift", "1",
                       "--json")
    assert json.loads(out)["per_arm"] == 435
    code, out, _ = run(capsys, "plan-test", "--baseline", "0.05", "--lift", "0.05")
    assert "Checking early" in out


def test_segments_json(capsys):
    code, out, _ = run(capsys, "segments", "Price: 5€ 😀", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["encoding"] == "UCS-2"
    assert data["segments"] == 1
    assert data["characters"] == 11
    assert data["non_gsm_characters"] == ["😀"]
    code, out, _ = run(capsys, "segments", "a" * 161, "--json")
    assert json.loads(out)["segments"] == 2


def test_whatif_without_a_price_leaves_cost_unknown_not_zero(capsys) -> None:
    code, out, _ = run(capsys, "whatif", "--audience", "10000", "--rate", "0.04",
                       "--revenue-per-conversion", "40", "--json")
    d = json.loads(out)
    assert code == 0
    assert d["revenue"] == pytest.approx(16000.0)
    for key in ("cost", "profit", "profit_low", "profit_high", "roi", "cost_per_conversion",
                "break_even_rate", "probability_of_profit"):
        assert d[key] is None, key
    code, out, _ = run(capsys, "whatif", "--audience", "10000", "--rate", "0.04",
                       "--cost-per-message", "0.05", "--revenue-per-conversion", "40", "--json")
    d = json.loads(out)
    assert d["cost"] == pytest.approx(500.0)
    assert d["profit"] == pytest.approx(15500.0)
    assert d["break_even_rate"] == pytest.approx(500.0 / (40 * 10000))
    code, out, _ = run(capsys, "whatif", "--audience", "10000", "--rate", "0.04")
    assert code == 0 and "cost             unknown" in out and "profit" not in out
