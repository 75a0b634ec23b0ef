"""One-campaign reports written as label and value lines (Mailchimp's campaign report and A/B
report, MailerLite's classic report): read as one row per campaign, in their real shapes,
and ordinary tables are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from smsplanner.domain.imports import ImportPlan, reason_of
from smsplanner.importing.currency import currency_code
from smsplanner.importing.label_report import label_report
from smsplanner.importing.mapping import suggest_mapping
from smsplanner.importing.plan import build_plan
from smsplanner.importing.read import read_table
from smsplanner.importing.table import RawTable

SINGLE = '''Email Campaign Report
"Title:","Spring sale"
"Subject Line:","20% off everything"
"Delivery Date/Time:","Mon, Apr 26, 2021 12:25"

"Overall Stats"
"Total Recipients:","1,200"
"Successful Deliveries:","1,180"
"Bounces:","20 (1.7%)"
"Recipients Who Opened:","400 (33.9%)"
"Total Opens:","610"
"Recipients Who Clicked:","52 (4.4%)"
"Total Clicks:","97"
"Total Unsubs:","3"

"Clicks by URL"
"URL","Total Clicks","Unique Clicks"
"https://shop.example/sale","80","45"
"https://shop.example/","17","7"
'''

AB = '''Campaign Report
"Title:","Beach week"
"Delivery Date/Time:","Sat, May 1, 2021 10:15"

"Combination 1 Stats"
"Subject Line:","Cover ups on sale"
"Total Recipients:","1,751"
"Successful Deliveries:","1,742"
"Recipients Who Clicked:","20 (1.1%)"
"Total Clicks:","157"
"Total Unsubs:","1"
"Total Sales:","CA$12.50"

"Combination 2 Stats"
"Subject Line:","Now on sale: cover ups"
"Total Recipients:","1,750"
"Successful Deliveries:","1,742"
"Recipients Who Clicked:","27 (1.5%)"
"Total Clicks:","624"
"Total Unsubs:","1"
"Total Sales:","CA$0.00"
'''

MAILERLITE = '''Campaign report
"Subject:","Save on repairs"
"Sent","2021-09-28 13:00:00"

"Campaign results"
"Total emails sent:","4116"
"Opened:","1085 (26.66%)"
"Clicked:","32 (0.79%)"

"Bad statistics"
"Unsubscribed:","47 (1.14%)"
"Hard bounce:","5 (0.12%)"

"Top email clients"
"Email client","Subscribers"
"Gmail","33.39%"
"WebKit","27.34%"
'''


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


def _plan(tmp_path: Path, text: str) -> tuple[RawTable, ImportPlan]:
    path = tmp_path / "report.csv"
    path.write_text(text, encoding="utf-8")
    raw = read_table(path)
    return raw, build_plan(raw, channel="all")


def test_mailchimp_campaign_report_is_one_campaign(tmp_path: Path) -> None:
    raw, plan = _plan(tmp_path, SINGLE)
    assert plan.problems == []
    [pc] = plan.campaigns
    c = pc.campaign
    assert (c.name, c.date.isoformat(), c.time, c.channel) == (
        "Spring sale", "2021-04-26", "12:25", "email")
    # people who clicked (not the 97 clicks), counts without the rate beside them
    assert (c.sent, c.delivered, c.clicks, c.opt_outs) == (1200, 1180, 52, 3)
    assert pc.rows == [2]  # the report's first label line
    [note] = [n for n in raw.detected.notes if reason_of(n)[0] == "label_report"]
    assert "read as one campaign" in note


def test_mailchimp_ab_report_is_one_campaign_per_combination(tmp_path: Path) -> None:
    _, plan = _plan(tmp_path, AB)
    assert plan.problems == []
    got = {pc.campaign.name: pc.campaign for pc in plan.campaigns}
    assert sorted(got) == ["Beach week | Combination 1", "Beach week | Combination 2"]
    one, two = got["Beach week | Combination 1"], got["Beach week | Combination 2"]
    assert (one.sent, one.delivered, one.clicks, one.opt_outs, one.revenue) == (
        1751, 1742, 20, 1, 12.5)
    assert (two.sent, two.clicks, two.revenue) == (1750, 27, 0.0)
    assert one.message == "Cover ups on sale" and two.message == "Now on sale: cover ups"
    assert one.date.isoformat() == two.date.isoformat() == "2021-05-01"
    assert plan.currency == "CAD"  # "CA$" is Canadian, not "A$" after a C


def test_mailerlite_classic_report_sent_beside_a_date_is_the_date(tmp_path: Path) -> None:
    _, plan = _plan(tmp_path, MAILERLITE)
    assert plan.problems == []
    [pc] = plan.campaigns
    c = pc.campaign
    assert (c.name, c.date.isoformat(), c.time) == ("Save on repairs", "2021-09-28", "13:00")
    assert (c.sent, c.clicks, c.opt_outs) == (4116, 32, 47)


def test_an_ordinary_table_is_not_a_label_report() -> None:
    table = [["Campaign", "Date", "Sent"], ["Spring", "2025-03-01", "100"]]
    assert label_report(table) is None
    # a two-column table whose first cells happen to end in a colon, but too few of them
    assert label_report([["Note:", "x"], ["a", "b"], ["c", "d"]]) is None


def test_total_sales_is_money_not_a_count_of_orders() -> None:
    m = suggest_mapping(["Campaign", "Date", "Total Sales", "Sales count"], shape="summary")
    assert m.column("revenue") == "Total Sales" and m.column("conversions") == "Sales count"
    # a loosened synonym still finds a column nobody names exactly
    assert suggest_mapping(["Campaign", "Date", "Total Orders"]).column("conversions") == \
        "Total Orders"


@pytest.mark.parametrize(("text", "code"), [("CA$", "CAD"), ("A$", "AUD"), ("AU$", "AUD"),
                                            ("C$", "CAD"), ("US$", "USD"), ("$", "USD")])
def test_dollar_prefixes(text: str, code: str) -> None:
    assert currency_code(text) == code


def test_a_count_of_sales_stays_a_count() -> None:
    for header in ("Number of sales", "Sales count"):
        m = suggest_mapping(["Campaign", "Date", header, "Total Sales"], shape="summary")
        assert (m.column("conversions"), m.column("revenue")) == (header, "Total Sales")
