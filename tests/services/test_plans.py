"""Plans on real database files: the migration, edit/move/undo, and results filling a plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import smsplanner.storage.db as dbmod
from smsplanner.domain.campaign import Campaign
from smsplanner.services.calendar import forecast_checks, month_calendar
from smsplanner.services.importer import import_file, undo_import
from smsplanner.services.plans import (
    PlanRefused,
    edit_plan,
    move_plan,
    plan_send,
    record_results,
    undo_plan_edit,
)
from smsplanner.storage import migrations
from smsplanner.storage.campaigns import (
    add_campaigns,
    delete_campaigns,
    get_campaign,
    restore_campaigns,
)
from smsplanner.storage.db import open_db
from smsplanner.storage.forecasts import list_snapshots, load_rules, save_rules

TODAY = dt.date.today()
NOW = dt.datetime.combine(TODAY, dt.time(9, 0))


def _history(conn) -> None:  # type: ignore[no-untyped-def]
    add_campaigns(conn, [
        Campaign(name=f"Past {i}", date=TODAY - dt.timedelta(days=20 + 10 * i),
                 segment="Loyal", sent=1000, conversions=50 + i, revenue=(50 + i) * 20.0,
                 cost=40.0, message="Hi! Reply STOP to opt out") for i in range(8)])


def _plan(name: str = "Plan", days: int = 10, **kw: object) -> Campaign:
    fields: dict[str, object] = {"segment": "Loyal", "status": "planned", "audience": 1000,
                                 **kw}
    return Campaign(name=name, date=TODAY + dt.timedelta(days=days),
                    **fields)  # type: ignore[arg-type]


def test_existing_campaigns_become_sent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    older = [(n, f) for n, f in migrations._FUNCTIONS if n < "m0005"]
    with monkeypatch.context() as m:
        m.setattr(migrations, "_FUNCTIONS", older)
        m.setattr(dbmod, "MIGRATION_NAMES", tuple(n for n, _ in older))
        conn = open_db(tmp_path / "c.sqlite")
        conn.execute("INSERT INTO campaigns (name, date, sent) VALUES ('Old', '2025-01-02', 9)")
        conn.close()
    conn = open_db(tmp_path / "c.sqlite")
    assert [tuple(r) for r in conn.execute("SELECT status, audience FROM campaigns")] == [
        ("sent", None)]
    assert conn.execute("SELECT count(*) FROM forecasts").fetchone()[0] == 0
    with pytest.raises(Exception, match="CHECK"):
        conn.execute("UPDATE campaigns SET status = 'maybe'")


def test_edit_keeps_every_snapshot_and_undo_of_a_move_restores(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "c.sqlite")
    _history(conn)
    first = plan_send(conn, _plan(), now=NOW, price_per_part=0.04)
    assert first.forecast is not None and first.forecast.cost == pytest.approx(40.0)
    pid = int(first.campaign.id or 0)
    later = NOW + dt.timedelta(hours=2)
    bigger = edit_plan(conn, first.campaign.with_changes(audience=3000), now=later)
    assert [s.audience for s in list_snapshots(conn, pid)] == [1000, 3000]
    assert bigger.forecast is not None and bigger.forecast.audience == 3000
    before, moved = move_plan(conn, pid, TODAY + dt.timedelta(days=12),
                              now=later + dt.timedelta(minutes=5))
    assert get_campaign(conn, pid).date == TODAY + dt.timedelta(days=12)
    assert len(list_snapshots(conn, pid)) == 3
    undo_plan_edit(conn, before, moved.snapshot_id)
    assert get_campaign(conn, pid).date == TODAY + dt.timedelta(days=10)
    assert len(list_snapshots(conn, pid)) == 2
    with pytest.raises(PlanRefused, match="in the past"):
        move_plan(conn, pid, TODAY - dt.timedelta(days=1))


def test_delete_and_undo_bring_the_forecasts_back(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "c.sqlite")
    _history(conn)
    out = plan_send(conn, _plan(), now=NOW)
    deleted = delete_campaigns(conn, [int(out.campaign.id or 0)])
    assert list_snapshots(conn) == []
    restore_campaigns(conn, deleted)
    assert len(list_snapshots(conn, out.campaign.id)) == 1
    # A new campaign given a freed id does not inherit a deleted campaign's forecasts.
    delete_campaigns(conn, [int(out.campaign.id or 0)])
    new = plan_send(conn, _plan("Other"), now=NOW)
    assert len(list_snapshots(conn, new.campaign.id)) == 1


def test_results_entered_fill_in_the_plan(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "c.sqlite")
    _history(conn)
    out = plan_send(conn, _plan(days=0, offer="20% off"), now=NOW)
    cid, filled = record_results(conn, Campaign(name="Plan", date=TODAY, sent=1000,
                                                conversions=52))
    assert (cid, filled) == (out.campaign.id, True)
    c = get_campaign(conn, cid)
    assert (c.status, c.offer, c.audience, c.conversions) == ("sent", "20% off", 1000, 52)
    checks, cal = forecast_checks(conn)
    assert [x.campaign_id for x in checks] == [cid] and cal.n == 1
    # A sent campaign of the same name is still a duplicate, not a fill-in.
    with pytest.raises(Exception, match="already exists"):
        record_results(conn, Campaign(name="Plan", date=TODAY, sent=5))


def test_an_import_fills_in_the_plan_and_keeps_its_forecast(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "c.sqlite")
    _history(conn)
    out = plan_send(conn, _plan("Spring promo", days=0), now=NOW)
    sheet = tmp_path / "results.csv"
    sheet.write_text(f"Campaign,Date,Sent,Delivered,Orders\nSpring promo,{TODAY},1000,990,"
                     "61\nSomething else,2026-01-05,300,290,4\n")
    result = import_file(conn, sheet, backup=False)
    assert not result.refused
    c = get_campaign(conn, int(out.campaign.id or 0))
    assert (c.status, c.conversions, c.delivered, c.segment) == ("sent", 61, 990, "Loyal")
    assert len(list_snapshots(conn, c.id)) == 1
    [check] = forecast_checks(conn)[0]
    assert check.actual == 61 and check.forecast == out.forecast
    # Undoing the import makes it a plan again, forecast still there.
    undo_import(conn, result.import_id, backup=False)
    c = get_campaign(conn, int(out.campaign.id or 0))
    assert c.status == "planned" and c.conversions is None
    assert len(list_snapshots(conn, c.id)) == 1


def test_month_calendar_totals_and_budget(tmp_path: Path) -> None:
    conn = open_db(tmp_path / "c.sqlite")
    _history(conn)
    rules = load_rules(conn)
    save_rules(conn, rules.__class__(**{**rules.__dict__, "monthly_budget": 30.0,
                                        "price_per_part": 0.04}))
    target = TODAY + dt.timedelta(days=40)
    out = plan_send(conn, _plan("One", days=40), now=NOW)
    assert out.forecast is not None and out.forecast.cost == pytest.approx(40.0)
    assert [w.kind for w in out.warnings] == ["budget"]
    view = month_calendar(conn, target.year, target.month)
    t = view.totals
    assert t.planned == 1 and t.budget == 30.0 and t.cost == pytest.approx(40.0)
    assert t.expected_low <= t.expected <= t.expected_high
    entries = [e for es in view.days.values() for e in es]
    assert [e.campaign.name for e in entries] == ["One"]
    assert [w.kind for w in entries[0].warnings] == ["budget"]


def test_an_import_on_the_plans_day_and_segment_is_offered_and_fills_it(tmp_path: Path) -> None:
    from smsplanner.services.plans import fill_plan_from_import, plan_matches
    from smsplanner.storage.campaigns import list_campaigns

    conn = open_db(tmp_path / "c.sqlite")
    _history(conn)
    out = plan_send(conn, _plan("My plan", days=0), now=NOW)
    other = plan_send(conn, _plan("Other plan", days=0, segment=None), now=NOW)
    sheet = tmp_path / "provider.csv"
    sheet.write_text(f"Campaign,Date,Segment,Sent,Delivered,Orders\nPROV-123,{TODAY},Loyal,"
                     "1000,980,57\nPROV-124,2026-01-05,Loyal,300,290,4\n")
    result = import_file(conn, sheet, backup=False)
    assert not result.refused and result.campaigns_created == 2
    new_ids = [c.id for c in list_campaigns(conn) if c.name.startswith("PROV")]
    [(new, plan)] = plan_matches(conn, [int(i or 0) for i in new_ids])
    assert (new.name, plan.id) == ("PROV-123", out.campaign.id)
    assert other.campaign.id != plan.id  # no segment: never guessed
    fill_plan_from_import(conn, result.import_id, int(new.id or 0), int(plan.id or 0))
    c = get_campaign(conn, int(plan.id or 0))
    assert (c.name, c.status, c.conversions, c.delivered) == ("My plan", "sent", 57, 980)
    assert "PROV-123" not in {x.name for x in list_campaigns(conn)}
    assert len(list_snapshots(conn, c.id)) == 1
    assert [x.campaign_id for x in forecast_checks(conn)[0]] == [c.id]
    # Undoing the import puts the plan back as planned and removes only the other campaign.
    undo_import(conn, result.import_id, backup=False)
    c = get_campaign(conn, int(plan.id or 0))
    assert (c.status, c.conversions) == ("planned", None)
    assert not {x.name for x in list_campaigns(conn)} & {"PROV-123", "PROV-124"}
    assert len(list_snapshots(conn, c.id)) == 1
