"""A message log taken before the delivery receipts came back: 'sent' and 'queued' are not
'not delivered'. A campaign whose every message is still on its way has delivery unknown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smsplanner.cli import main

HEADER = ("SID,From,To,Body,Status,SentDate,ApiVersion,NumSegments,ErrorCode,AccountSid,"
          "Direction,Price,PriceUnit\n")


def _row(i: int, status: str, day: str) -> str:
    return (f"SM{i:032x},+13125550100,+1312555{1000 + i:04d},Spring sale today,{status},"
            f"{day} 15:0{i % 10}:00,2010-04-01,1,,AC{0:032x},outbound-api,-0.0079,USD\n")


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def _figures(tmp_path: Path, capsys: pytest.CaptureFixture[str], rows: list[str]) -> list[dict]:
    log = tmp_path / "twilio-log.csv"
    log.write_text(HEADER + "".join(rows), encoding="utf-8")
    db = tmp_path / "c.sqlite"
    assert main(["--db", str(db), "import", str(log), "--campaign", "Spring sale",
                 "--json"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "campaigns", "--json"]) == 0
    return sorted(json.loads(capsys.readouterr().out), key=lambda c: c["date"])


def test_a_campaign_still_on_its_way_has_delivery_unknown_not_zero(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [_row(i, "sent" if i % 2 else "queued", "2026-03-02") for i in range(8)]
    [camp] = _figures(tmp_path, capsys, rows)
    assert camp["sent"] == 8
    assert camp["delivered"] is None


def test_receipts_count_and_the_pending_ones_are_not_failures(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = ([_row(i, "delivered", "2026-03-02") for i in range(5)]
            + [_row(i, "undelivered", "2026-03-02") for i in range(5, 7)]
            + [_row(i, "sent", "2026-03-02") for i in range(7, 10)])
    [camp] = _figures(tmp_path, capsys, rows)
    assert (camp["sent"], camp["delivered"]) == (10, 5)
