"""A log campaign's date and time: its first outbound send, else its first row of any kind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smsplanner.importing.plan import build_plan
from smsplanner.importing.read import read_table

LOG = """\
Sid,Campaign,SentAt,Direction,Status
SM1,Alpha,2026-02-03T10:00:00Z,outbound-api,delivered
SM2,Alpha,2026-02-03T08:00:00Z,inbound,received
SM3,Alpha,2026-02-03T09:15:00Z,outbound-api,delivered
SM4,Beta,,outbound-api,delivered
SM5,Beta,2026-02-04T12:30:00Z,inbound,received
SM6,Beta,2026-02-04T11:45:00Z,inbound,received
SM7,Gamma,,outbound-api,sent
SM8,Alpha,,outbound-api,sent
"""


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def test_first_outbound_send_else_first_row_else_a_problem(tmp_path: Path) -> None:
    f = tmp_path / "log.csv"
    f.write_text(LOG)
    plan = build_plan(read_table(f), skip_bad_rows=True)
    by_name = {pc.campaign.name: pc.campaign for pc in plan.campaigns}
    # Alpha: the 08:00 row is a reply; its first send is 09:15 (the blank row is unknown)
    assert (by_name["Alpha"].date, by_name["Alpha"].time) == (dt.date(2026, 2, 3), "09:15")
    # Beta: its only outbound row has no time, so the earliest reply dates it
    assert (by_name["Beta"].date, by_name["Beta"].time) == (dt.date(2026, 2, 4), "11:45")
    assert "Gamma" not in by_name
    [problem] = [p for p in plan.problems if "Gamma" in p.message]
    assert "no message has a send time" in problem.message
