"""A summary's planned campaigns are columns: rows the array checks clear and rows checked one
by one end up in file order, with the same values and problems either way, and are written
from the columns."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.imports import (
    ImportPlan,
    PlannedCampaign,
    PlannedColumns,
    planned_rows,
    reason_of,
)
from smsplanner.importing.plan import build_plan
from smsplanner.importing.read import read_table
from smsplanner.services.importer import import_file
from smsplanner.storage.campaigns import list_campaigns

# Rows 2 and 7 pass the array checks; 3 breaks a rule (delivered > sent); 4 has no name,
# 5 no date; 6 and 7 share a name and day (told apart by their times); 8's time is no time;
# 9 derives its clicks from a rate (checked one by one, and kept).
MIXED = """\
Campaign,Date,Time,Sent,Delivered,Click rate,Orders,Revenue
Spring,2026-01-05,09:30,100,90,,2,50.5
Broken,2026-01-05,,100,120,,1,
,2026-01-06,,100,90,,1,
Nameless day,,,100,90,,1,
Digest,2026-01-07,9.30,10,10,,0,
Digest,2026-01-07,14:00,20,19,,1,3
Later,2026-01-08,soon,30,,,1,
Rated,2026-01-09,,200,,10%,4,
"""


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def _plan(tmp_path: Path, skip_bad_rows: bool) -> ImportPlan:
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED, encoding="utf-8")
    return build_plan(read_table(path), skip_bad_rows=skip_bad_rows)


def test_mixed_rows_planned_in_file_order(tmp_path: Path) -> None:
    plan = _plan(tmp_path, skip_bad_rows=True)
    assert isinstance(plan.campaigns, PlannedColumns)
    got = [(pc.rows, pc.campaign.name, pc.campaign.date.isoformat(), pc.campaign.time,
            pc.campaign.sent, pc.campaign.delivered, pc.campaign.clicks,
            pc.campaign.conversions, pc.campaign.revenue, pc.derived) for pc in plan.campaigns]
    assert got == [
        ([2], "Spring", "2026-01-05", "09:30", 100, 90, None, 2, 50.5, []),
        ([6], "Digest (09:30)", "2026-01-07", "09:30", 10, 10, None, 0, None, []),
        ([7], "Digest (14:00)", "2026-01-07", "14:00", 20, 19, None, 1, 3.0, []),
        ([8], "Later", "2026-01-08", None, 30, None, None, 1, None, []),
        ([9], "Rated", "2026-01-09", None, 200, None, 20, 4, None, ["clicks"]),
    ]
    assert [(p.row, reason_of(p.message)[0]) for p in plan.problems] == [
        (3, "campaign_problem"), (4, "name_missing_here"), (5, "date_missing_here")]
    codes = [reason_of(n)[0] for n in plan.notes]
    assert "same_name_same_day" in codes and "times_not_read" in codes
    assert plan.rows_imported == 5 and plan.rows_skipped == 3


def test_problems_refuse_the_whole_file(tmp_path: Path) -> None:
    plan = _plan(tmp_path, skip_bad_rows=False)
    assert plan.campaigns == [] and len(plan.problems) == 3


def test_written_from_the_columns_in_file_order(tmp_path: Path, conn: sqlite3.Connection) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED, encoding="utf-8")
    result = import_file(conn, path, skip_bad_rows=True, backup=False)
    assert result.campaigns_created == 5, result.message
    stored = list_campaigns(conn)
    assert [(c.id, c.name, c.time, c.clicks) for c in sorted(stored, key=lambda c: c.id)] == [
        (1, "Spring", "09:30", None), (2, "Digest (09:30)", "09:30", None),
        (3, "Digest (14:00)", "14:00", None), (4, "Later", None, None), (5, "Rated", None, 20)]
    # The same file's rows again (a new file): each campaign found and merged, none added.
    again = tmp_path / "again.csv"
    again.write_text(MIXED.replace("Revenue\n", "Revenue\n\n", 1), encoding="utf-8")
    result = import_file(conn, again, skip_bad_rows=True, backup=False)
    assert (result.campaigns_created, result.campaigns_updated) == (0, 5), result.message


def _columns(n: int) -> PlannedColumns:
    return PlannedColumns(
        {"name": [f"C{i}" for i in range(n)], "date": [dt.date(2026, 1, 1 + i) for i in range(n)],
         "sent": list(range(n))}, rows=[10 + i for i in range(n)], derived={1: ["clicks"]})


def test_planned_columns_read_like_a_list() -> None:
    planned = _columns(3)
    want = [PlannedCampaign(Campaign(name=f"C{i}", date=dt.date(2026, 1, 1 + i), sent=i),
                            [10 + i], ["clicks"] if i == 1 else []) for i in range(3)]
    assert len(planned) == 3 and planned_rows(planned) == 3
    assert list(planned) == want and planned == want and planned[-1] == want[2]
    assert planned[1:] == want[1:]
    with pytest.raises(IndexError):
        planned[3]
    assert planned_rows(want) == 3 and _columns(0) == []


def test_a_changed_item_is_what_the_columns_say() -> None:
    planned = _columns(3)
    planned[1].campaign.name = "Renamed"
    assert planned[1].campaign.name == "Renamed"  # the item handed out is kept
    assert planned.campaign_columns()["name"] == ["C0", "Renamed", "C2"]
    dropped = planned.with_values(sent=None)
    assert [pc.campaign.sent for pc in dropped] == [None] * 3
    assert [pc.campaign.name for pc in dropped] == ["C0", "Renamed", "C2"]
    assert [pc.campaign.sent for pc in planned] == [0, 1, 2]
