"""The planner commands' contract: plan, campaigns --status, forecasts, calendar, .ics."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from smsplanner.cli import main
from smsplanner.domain.campaign import Campaign
from smsplanner.storage.campaigns import add_campaigns
from smsplanner.storage.db import open_db

PLAN_KEYS = ["id", "name", "date", "time", "segment", "offer", "channel", "status",
             "audience", "forecast", "warnings"]
FORECAST_KEYS = ["expected_conversions", "low_80", "high_80", "low_95", "high_95", "cost",
                 "revenue_low", "revenue_high", "basis"]
KINDS = {"fatigue", "quiet_hours", "holiday", "budget", "opt_outs", "opt_out_text"}
TODAY = dt.date.today()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop(db_path: Path) -> Path:
    """Ten past sends to Loyal customers, the last one 30 days ago."""
    conn = open_db(db_path)
    add_campaigns(conn, [
        Campaign(name=f"Loyal {i}", date=TODAY - dt.timedelta(days=30 + 14 * i),
                 segment="Loyal customers", sent=2000, delivered=1950,
                 conversions=90 + 9 * (i % 3), revenue=(90 + 9 * (i % 3)) * 30.0,
                 cost=90.0, message="Sale! Reply STOP to opt out")
        for i in range(10)])
    conn.close()
    return db_path


def day(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


def test_plan_json_contract_with_forecast_and_warnings(
        shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(shop), "plan", "--name", "Summer sale",
                         "--date", day(10), "--time", "21:01", "--segment", "Loyal customers",
                         "--offer", "20% off", "--audience", "2000", "--message", "20% off",
                         "--cost-per-message", "0.05", "--json")
    assert code == 0, err
    obj = json.loads(out)
    assert list(obj) == PLAN_KEYS and list(obj["forecast"]) == FORECAST_KEYS
    assert obj["status"] == "planned" and obj["audience"] == 2000
    f = obj["forecast"]
    assert f["low_95"] <= f["low_80"] <= f["expected_conversions"] <= f["high_80"] <= f["high_95"]
    assert f["cost"] == pytest.approx(100.0)  # 2,000 x 1 part x 0.05
    assert f["revenue_low"] == pytest.approx(f["low_95"] * 30.0)
    assert "10 campaigns to Loyal customers" in f["basis"]
    kinds = [w["kind"] for w in obj["warnings"]]
    assert set(kinds) <= KINDS and kinds == ["quiet_hours", "opt_out_text"]
    # A second send to the same segment 6 days later is fatigue; 8 days later is not.
    code, out, _ = run(capsys, "--db", str(shop), "plan", "--name", "Follow-up", "--date",
                       day(16), "--segment", "Loyal customers", "--audience", "2000", "--json")
    assert [w["kind"] for w in json.loads(out)["warnings"]] == ["fatigue"]
    code, out, _ = run(capsys, "--db", str(shop), "plan", "--name", "Later", "--date",
                       day(24), "--segment", "Loyal customers", "--audience", "2000", "--json")
    assert json.loads(out)["warnings"] == []


@pytest.mark.parametrize(("args", "words"), [
    (("--date", day(-1), "--audience", "100"), "in the past"),
    (("--date", day(3), "--audience", "0"), "audience is 0"),
    (("--date", day(3), "--audience", "100", "--segment", "Loyl customers"),
     "did you mean 'Loyal customers'"),
    (("--date", "next week", "--audience", "100"), "not a date"),
])
def test_bad_plans_get_one_sentence_and_exit_2(shop: Path, capsys: pytest.CaptureFixture[str],
                                               args: tuple[str, ...], words: str) -> None:
    code, out, err = run(capsys, "--db", str(shop), "plan", "--name", "X", *args)
    assert code == 2 and out == ""
    assert words in err and err.count("\n") == 1
    code, out, _ = run(capsys, "--db", str(shop), "campaigns", "--status", "planned", "--json")
    assert json.loads(out) == []


def test_campaigns_status_filter_and_keys(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", str(shop), "plan", "--name", "P", "--date", day(5), "--audience", "900")
    for status, n in (("planned", 1), ("sent", 10), ("all", 11)):
        code, out, _ = run(capsys, "--db", str(shop), "campaigns", "--status", status, "--json")
        rows = json.loads(out)
        assert code == 0 and len(rows) == n
        assert all({"status", "audience"} <= set(r) for r in rows)
    code, out, _ = run(capsys, "--db", str(shop), "campaigns", "--json")
    assert {r["status"] for r in json.loads(out)} == {"planned", "sent"}
    code, _, _ = run(capsys, "--db", str(shop), "campaigns", "--status", "maybe")
    assert code == 2


def test_add_fills_in_the_plan_and_forecasts_hold_it_to_account(
        shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(shop), "plan", "--name", "Flash", "--date", day(0),
                       "--segment", "Loyal customers", "--audience", "2000", "--json")
    planned = json.loads(out)
    code, out, _ = run(capsys, "--db", str(shop), "add", "--name", "Flash", "--date", day(0),
                       "--sent", "2000", "--delivered", "1950", "--conversions", "5", "--json")
    assert code == 0
    filled = json.loads(out)
    assert filled["id"] == planned["id"] and filled["status"] == "sent"
    assert filled["segment"] == "Loyal customers" and filled["audience"] == 2000
    code, out, _ = run(capsys, "--db", str(shop), "forecasts", "--json")
    obj = json.loads(out)
    assert list(obj) == ["forecasts", "calibration"]
    [row] = obj["forecasts"]
    assert list(row) == ["campaign_id", "name", "date", "expected_conversions", "low_80",
                         "high_80", "low_95", "high_95", "actual", "inside_80", "inside_95"]
    assert row["campaign_id"] == planned["id"] and row["actual"] == 5
    assert row["low_80"] == planned["forecast"]["low_80"]
    assert (row["inside_80"], row["inside_95"]) == (False, False)
    assert obj["calibration"]["n"] == 1 and "too early" in obj["calibration"]["text"]
    code, out, _ = run(capsys, "--db", str(shop), "forecasts")
    assert code == 0 and "outside" in out


def test_calendar_month_json_and_text(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", str(shop), "plan", "--name", "P", "--date", day(2), "--audience",
        "900", "--segment", "Loyal customers", "--time", "23:00")
    target = TODAY + dt.timedelta(days=2)
    code, out, _ = run(capsys, "--db", str(shop), "calendar", "--month",
                       f"{target:%Y-%m}", "--json")
    obj = json.loads(out)
    assert code == 0 and obj["month"] == f"{target:%Y-%m}"
    [d] = [d for d in obj["days"] if d["date"] == target.isoformat()]
    assert [p["name"] for p in d["plans"]] == ["P"] and d["campaigns"] == []
    assert [w["kind"] for w in d["warnings"]] == ["quiet_hours"]
    assert obj["totals"]["planned"] == 1 and obj["totals"]["expected_low"] > 0
    assert {"date", "holiday", "campaigns", "plans", "warnings"} == set(d)
    code, out, _ = run(capsys, "--db", str(shop), "calendar", "--month", "2026-13")
    assert code == 2


def test_december_holiday_is_on_the_calendar(db_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from smsplanner.storage.db import open_db

    open_db(db_path).close()  # reading commands refuse a file that does not exist
    _, out, _ = run(capsys, "--db", str(db_path), "calendar", "--month", "2030-12", "--json")
    days = {d["date"]: d["holiday"] for d in json.loads(out)["days"]}
    assert days["2030-12-25"] == "Christmas Day" and days["2030-12-24"] is None


def test_ics_parses_back_and_keeps_uids(shop: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from icalendar import Calendar

    run(capsys, "--db", str(shop), "plan", "--name", "A", "--date", day(3), "--time", "10:30",
        "--audience", "900", "--message", "Hello! Reply STOP to opt out")
    run(capsys, "--db", str(shop), "plan", "--name", "B", "--date", day(9), "--audience", "500")
    path = tmp_path / "plans.ics"
    code, out, _ = run(capsys, "--db", str(shop), "calendar", "--ics", str(path))
    assert code == 0 and "2 planned sends" in out

    def events() -> dict[str, object]:
        cal = Calendar.from_ical(path.read_bytes())
        return {str(e["summary"]): e for e in cal.walk("VEVENT")}

    first = events()
    a = first["SMS: A"]
    assert a.decoded("dtstart") == dt.datetime.combine(TODAY + dt.timedelta(days=3),
                                                       dt.time(10, 30))
    assert "Reply STOP" in str(a["description"]) and "orders" in str(a["description"])
    [alarm] = a.walk("VALARM")
    assert alarm.decoded("trigger") == dt.timedelta(days=-1)
    assert first["SMS: B"].decoded("dtstart") == TODAY + dt.timedelta(days=9)
    # Moving a plan and exporting again keeps each event's UID.
    conn = open_db(shop)
    from smsplanner.services.plans import move_plan
    from smsplanner.storage.campaigns import find_campaigns

    [b] = find_campaigns(conn, "B")
    move_plan(conn, int(b.id or 0), TODAY + dt.timedelta(days=11))
    conn.close()
    run(capsys, "--db", str(shop), "calendar", "--ics", str(path))
    second = events()
    assert {k: str(e["uid"]) for k, e in first.items()} == {
        k: str(e["uid"]) for k, e in second.items()}
    assert len({str(e["uid"]) for e in second.values()}) == 2
    assert second["SMS: B"].decoded("dtstart") == TODAY + dt.timedelta(days=11)
    # --from leaves out earlier plans.
    run(capsys, "--db", str(shop), "calendar", "--ics", str(path), "--from", day(5))
    assert list(events()) == ["SMS: B"]
    code, _, err = run(capsys, "--db", str(shop), "calendar", "--ics", str(tmp_path))
    assert code == 2 and "folder" in err
