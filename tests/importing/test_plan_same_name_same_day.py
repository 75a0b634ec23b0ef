# ruff: noqa: E501  (the sample export keeps its real, long header line)
"""Email tools list every send: a title reused on one day (a test send, a re-send, an A/B
combination) is a separate campaign when its send time differs, and a problem when nothing
tells the rows apart. build_plan on files written here, in the shapes real reports use."""

from __future__ import annotations

from pathlib import Path

import pytest

from smsplanner.domain.imports import ImportPlan, reason_of
from smsplanner.importing.plan import build_plan
from smsplanner.importing.read import read_table

# Mailchimp's "export all reports" shape: a test send to 4 people before the real one.
MAILCHIMP = """\
Title,Subject,List,"Send Date","Send Weekday","Total Recipients","Successful Deliveries","Unique Opens","Unique Clicks",Unsubscribes,"Unique Id"
"Digest #6","Streets",Digest,"Jun 14, 2019 09:44 am",Friday,4,4,3,1,0,aaa1
"Digest #6","Streets",Digest,"Jun 14, 2019 11:23 am",Friday,1225,1189,681,114,14,aaa2
"Digest #7","Libra",Digest,"Jun 21, 2019 11:00 am",Friday,1258,1245,708,154,5,aaa3
"""


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def _plan(tmp_path: Path, text: str, skip_bad_rows: bool = False) -> ImportPlan:
    path = tmp_path / "report.csv"
    path.write_text(text, encoding="utf-8")
    return build_plan(read_table(path), channel="all", skip_bad_rows=skip_bad_rows)


def test_same_title_on_one_day_at_two_times_is_two_campaigns_named_by_time(
        tmp_path: Path) -> None:
    plan = _plan(tmp_path, MAILCHIMP)
    assert plan.problems == []
    got = {(pc.campaign.name, pc.campaign.date.isoformat()): pc.campaign for pc in plan.campaigns}
    assert sorted(got) == [("Digest #6 (09:44)", "2019-06-14"), ("Digest #6 (11:23)", "2019-06-14"),
                           ("Digest #7", "2019-06-21")]
    test_send = got[("Digest #6 (09:44)", "2019-06-14")]
    real = got[("Digest #6 (11:23)", "2019-06-14")]
    assert (test_send.sent, test_send.clicks) == (4, 1)
    assert (real.sent, real.delivered, real.clicks, real.opt_outs) == (1225, 1189, 114, 14)
    [note] = [n for n in plan.notes if reason_of(n)[0] == "same_name_same_day"]
    assert "2 campaigns share their name and day" in note and "'Digest #6'" in note


def test_three_sends_of_one_title_keep_each_row(tmp_path: Path) -> None:
    text = ("Campaign,Date,Time,Recipients,Clicks\n"
            "Flash sale,2025-03-01,09:00,3,1\n"
            "Flash sale,2025-03-01,09:30,5,0\n"
            "Flash sale,2025-03-01,18:00,900,41\n")
    plan = _plan(tmp_path, text)
    assert plan.problems == []
    assert sorted((pc.campaign.name, pc.campaign.sent) for pc in plan.campaigns) == [
        ("Flash sale (09:00)", 3), ("Flash sale (09:30)", 5), ("Flash sale (18:00)", 900)]


@pytest.mark.parametrize("text", [
    # no time of day: nothing tells the two rows apart
    "Campaign,Date,Recipients\nFlash sale,2025-03-01,3\nFlash sale,2025-03-01,900\n",
    # the same time twice: a pasted duplicate, not a second send
    "Campaign,Date,Time,Recipients\nFlash sale,2025-03-01,09:00,3\n"
    "Flash sale,2025-03-01,09:00,900\n",
])
def test_rows_that_cannot_be_told_apart_are_a_problem_on_the_later_row(
        tmp_path: Path, text: str) -> None:
    plan = _plan(tmp_path, text)
    [problem] = plan.problems
    assert problem.row == 3 and problem.column == "Campaign"
    assert ("Campaign 'Flash sale' on 2025-03-01 is already on row 2 of this file."
            in problem.message)
    assert plan.campaigns == []  # nothing is written while a problem stands
    kept = _plan(tmp_path, text, skip_bad_rows=True)
    assert [(pc.campaign.name, pc.campaign.sent) for pc in kept.campaigns] == [("Flash sale", 3)]


def test_a_name_already_taken_by_the_time_suffix_is_not_overwritten(tmp_path: Path) -> None:
    text = ("Campaign,Date,Time,Recipients\n"
            "Flash sale,2025-03-01,09:00,3\n"
            "Flash sale,2025-03-01,18:00,900\n"
            "Flash sale (09:00),2025-03-01,07:00,50\n")
    plan = _plan(tmp_path, text, skip_bad_rows=True)
    assert [p.row for p in plan.problems] == [3]
    assert sorted((pc.campaign.name, pc.campaign.sent) for pc in plan.campaigns) == [
        ("Flash sale", 3), ("Flash sale (09:00)", 50)]
