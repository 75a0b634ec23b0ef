# ruff: noqa: E501  (the sample exports keep their real, long lines)
"""build_plan on real files written here: each trap of the field guide with its figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smsplanner.domain.errors import Cancelled
from smsplanner.domain.imports import ImportRefused
from smsplanner.importing.plan import build_plan
from smsplanner.importing.read import read_table

TWILIO_LOG = """\
From,To,Body,Status,SentDate,ApiVersion,NumSegments,ErrorCode,AccountSid,Sid,Direction,Price,PriceUnit
+15005550006,+447700900123,Spring sale 20% off,delivered,"Fri, 24 May 2019 23:44:50 +0000",2010-04-01,1,,AC1,SM001,outbound-api,-0.00750,USD
+15005550006,+447700900124,Spring sale 20% off,read,"Fri, 24 May 2019 23:44:51 +0000",2010-04-01,1,,AC1,SM002,outbound-api,-0.00750,USD
+15005550006,+447700900125,Spring sale 20% off,undelivered,"Fri, 24 May 2019 23:44:52 +0000",2010-04-01,1,30003,AC1,SM003,outbound-api,-0.00750,USD
+15005550006,+447700900126,Spring sale 20% off,sent,"Fri, 24 May 2019 23:44:53 +0000",2010-04-01,2,,AC1,SM004,outbound-api,,USD
+447700900123,+15005550006,STOP,received,"Sat, 25 May 2019 08:00:00 +0000",2010-04-01,1,,AC1,SM005,inbound,-0.00750,USD
+447700900124,+15005550006,Is it on shoes too?,received,"Sat, 25 May 2019 08:01:00 +0000",2010-04-01,1,,AC1,SM006,inbound,-0.00750,USD
"""


@pytest.fixture(autouse=True)
def _london(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/London")


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def test_twilio_log_negative_prices_inbound_stop_and_local_day(tmp_path: Path) -> None:
    raw = read_table(_write(tmp_path, "twilio.csv", TWILIO_LOG))
    plan = build_plan(raw, campaign="Spring sale")
    assert plan.problems == []
    assert plan.shape == "messages" and plan.provider == "twilio"
    [pc] = plan.campaigns
    c = pc.campaign
    # 23:44 UTC on 24 May is 00:44 on 25 May in London (BST): the local day counts
    assert c.date == dt.date(2019, 5, 25) and c.time == "00:44"
    assert (c.sent, c.delivered, c.replies, c.opt_outs) == (4, 2, 1, 1)
    assert c.clicks is None and c.conversions is None and c.revenue is None
    # the three billed sends, absolute value; the two incoming texts' price is not the
    # campaign's cost and is said apart
    assert c.cost == pytest.approx(0.0225)
    assert plan.other_costs == {"incoming": pytest.approx(0.015)}
    assert plan.message_count == 6
    assert set(plan.mapping.dropped) == {"From", "To"}
    values = [str(v) for col in plan.messages.values() if col is not None for v in col]
    assert not any("7700900" in v for v in values)


def test_log_without_campaign_column_or_name_is_refused(tmp_path: Path) -> None:
    raw = read_table(_write(tmp_path, "twilio.csv", TWILIO_LOG))
    with pytest.raises(ImportRefused, match="without a campaign column") as caught:
        build_plan(raw)
    # a reason with a code: each front end words it (the engine names no flag or button)
    assert caught.value.said.code == "log_without_campaign"
    assert "--" not in str(caught.value)


KLAVIYO = """\
Campaign Name,Subject,List,Send Time,Total Recipients,Unique Placed Order,Placed Order Rate,Revenue,Unique Clicks,Click Rate,Total Clicks,Unsubscribes,Successful Deliveries,Campaign ID,Campaign Channel
Spring SMS,,VIP,2026-03-01 10:00:00,1000,30,3.0%,"$1,250.50",120,12.0%,150,4,980,01A,SMS
Spring Email,Spring is here,VIP,2026-03-01 09:00:00,5000,50,1.0%,$900.00,400,8.0%,600,10,4900,01B,Email
Easter SMS,,All,2026-04-03 18:30:00,2000,44,2.2%,$800,210,10.5%,260,9,1950,01C,SMS
"""


def test_klaviyo_email_rows_skipped_and_counted(tmp_path: Path) -> None:
    raw = read_table(_write(tmp_path, "klaviyo.csv", KLAVIYO))
    plan = build_plan(raw)
    assert plan.problems == []
    assert plan.other_channels_skipped == 1
    by_name = {p.campaign.name: p.campaign for p in plan.campaigns}
    assert set(by_name) == {"Spring SMS", "Easter SMS"}
    s = by_name["Spring SMS"]
    assert (s.sent, s.delivered, s.clicks, s.conversions, s.opt_outs) == (1000, 980, 120, 30, 4)
    assert s.revenue == pytest.approx(1250.50)
    assert s.date == dt.date(2026, 3, 1) and s.time == "10:00" and s.segment == "VIP"
    all_rows = build_plan(raw, channel="all")
    assert {p.campaign.channel for p in all_rows.campaigns} == {"sms", "email"}


DOTDIGITAL = """\
Last sent,Campaign name,Click-to-delivered rate,Conversion rate,Direct orders,Assisted orders,Revenue,Assisted revenue,Total segments,Total clicks,Total delivered,Total sent,Type,Unique clickers,Unsubscribes
2026-02-14 12:00,Valentine,8.5%,2.1%,21,5,£630.00,£120.00,1100,95,1000,1010,SMS,85,3
"""


def test_dotdigital_summary(tmp_path: Path) -> None:
    plan = build_plan(read_table(_write(tmp_path, "dd.csv", DOTDIGITAL)))
    [pc] = plan.campaigns
    c = pc.campaign
    assert (c.sent, c.delivered, c.clicks, c.conversions, c.opt_outs) == (1010, 1000, 85, 21, 3)
    assert c.revenue == pytest.approx(630.0)
    assert "Assisted orders" in plan.mapping.unmapped


EUROPEAN = ("Kampagne;Datum;Messages sent;Delivered;Orders;Revenue (EUR)\n"
            "Frühling;03.04.2026;1.234;1.200;37;1.234,50\n"
            "Sommer;15.06.2026;2.000;1.950;41;980,00\n")


def test_european_semicolon_decimal_comma_cp1252(tmp_path: Path) -> None:
    raw = read_table(_write(tmp_path, "eu.csv", EUROPEAN, encoding="cp1252"))
    assert raw.detected.delimiter == ";" and raw.detected.decimal == ","
    plan = build_plan(raw, mapping={"name": "Kampagne", "date": "Datum"})
    assert plan.problems == []
    c = {p.campaign.name: p.campaign for p in plan.campaigns}["Frühling"]
    assert c.date == dt.date(2026, 4, 3)
    assert (c.sent, c.delivered, c.conversions) == (1234, 1200, 37)
    assert c.revenue == pytest.approx(1234.50)


def test_hand_kept_workbook_with_title_and_totals_row(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Results"
    ws.append(["My SMS results 2026"])
    ws.append([])
    ws.append(["Campaign", "Date", "Messages sent", "Orders", "Sales ($)"])
    ws.append(["January promo", dt.datetime(2026, 1, 10), 500, 12, 340.5])
    ws.append(["February promo", dt.datetime(2026, 2, 7), 650, 20, 512.0])
    ws.append(["Total", None, 1150, 32, 852.5])
    notes = wb.create_sheet("Notes")
    notes.append(["Remember to send before 10am"])
    path = tmp_path / "hand.xlsx"
    wb.save(path)
    raw = read_table(path)
    plan = build_plan(raw)
    assert plan.problems == []
    assert plan.totals_left_out == 1
    assert [p.campaign.name for p in plan.campaigns] == ["January promo", "February promo"]
    feb = plan.campaigns[1]
    assert feb.rows == [5]  # spreadsheet row, title and blank rows counted
    assert (feb.campaign.sent, feb.campaign.conversions) == (650, 20)
    assert feb.campaign.revenue == pytest.approx(512.0)


POSTSCRIPT = ("ATTRIBUTION_ID,MESSAGE_ID,ORDER_ID,AMOUNT_IN_CENTS,Campaign,Sent At\n"
              "a1,m1,o1,2599,Drop,2026-05-01T15:00:00Z\n"
              "a2,m2,,,Drop,2026-05-01T15:00:01Z\n"
              "a3,m3,o3,1000,Drop,2026-05-01T15:00:02Z\n")


def test_postscript_cents_become_money_and_orders_become_conversions(tmp_path: Path) -> None:
    plan = build_plan(read_table(_write(tmp_path, "ps.csv", POSTSCRIPT)))
    [pc] = plan.campaigns
    c = pc.campaign
    assert c.revenue == pytest.approx(35.99)
    assert (c.sent, c.conversions) == (3, 2)
    assert c.delivered is None and c.clicks is None  # the file does not say


BAD = ("Campaign,Date,Sent,Delivered,Clicks,Orders\n"
       "Good one,2026-03-01,100,90,10,2\n"
       "Too many,2026-03-02,100,120,10,2\n"
       "Negative,2026-03-03,-5,,,\n"
       "Words,2026-03-04,lots,90,10,2\n"
       "No date,,100,90,10,2\n"
       "Phone,2026-03-05,+447700900123,90,10,2\n")


def test_problems_name_row_column_value_and_nothing_is_planned(tmp_path: Path) -> None:
    plan = build_plan(read_table(_write(tmp_path, "bad.csv", BAD)))
    assert plan.campaigns == []
    by_row = {p.row: p for p in plan.problems}
    assert set(by_row) == {3, 4, 5, 6, 7}
    assert by_row[3].column == "Delivered" and "more than sent" in by_row[3].message
    assert by_row[4].column == "Sent" and "negative" in by_row[4].message
    assert by_row[5].value == "lots" and "number" in by_row[5].message
    assert by_row[6].column == "Date" and "missing" in by_row[6].message
    assert by_row[7].value == "(phone number hidden)"


def test_skip_bad_rows_keeps_the_good_ones(tmp_path: Path) -> None:
    plan = build_plan(read_table(_write(tmp_path, "bad.csv", BAD)), skip_bad_rows=True)
    assert [p.campaign.name for p in plan.campaigns] == ["Good one"]
    assert plan.rows_skipped == 5 and plan.rows_read == 6


def test_rate_column_derives_a_rounded_count(tmp_path: Path) -> None:
    text = "Campaign,Date,Sent,Delivered,Click rate\nA,2026-03-01,1000,987,4.5%\n"
    plan = build_plan(read_table(_write(tmp_path, "rate.csv", text)))
    [pc] = plan.campaigns
    assert pc.campaign.clicks == round(0.045 * 987)
    assert pc.derived == ["clicks"]


def test_ambiguous_slashed_dates_are_reported(tmp_path: Path) -> None:
    text = "Campaign,Date,Sent\nA,01/02/2026,10\nB,03/04/2026,10\n"
    plan = build_plan(read_table(_write(tmp_path, "amb.csv", text)))
    assert any("day or the month" in n for n in plan.notes)
    assert plan.detected["date_order"] == "DMY"
    assert plan.campaigns[0].campaign.date == dt.date(2026, 2, 1)
    text2 = "Campaign,Date,Sent\nA,01/02/2026,10\nB,12/31/2026,10\n"
    plan2 = build_plan(read_table(_write(tmp_path, "mdy.csv", text2)))
    assert plan2.campaigns[0].campaign.date == dt.date(2026, 1, 2)


def test_cancel_stops_planning(tmp_path: Path) -> None:
    raw = read_table(_write(tmp_path, "k.csv", KLAVIYO))
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(Cancelled):
        build_plan(raw, is_cancelled=cancelled)


def test_progress_is_reported(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    build_plan(read_table(_write(tmp_path, "k.csv", KLAVIYO)),
               progress=lambda d, t: seen.append((d, t)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
