"""A corpus of real-world result files, written into a test's tmp_path, with the figures each
must give after `smsplanner import --json` and `smsplanner campaigns --json --channel all`.

Provider headers are as the field guide lists them; hand-kept sheets carry the traps people
leave in them. Every phone number used is listed in PHONES so tests can prove none is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FIGURES = ("sent", "delivered", "clicks", "replies", "opt_outs", "conversions", "revenue", "cost")
# Digits of every phone number in the corpus: none may reach output, database or log.
PHONES = ("4155550100", "4155550101", "4155550102", "4155550103", "4155550104",
          "7700900101", "7700900102", "7700900103", "7700900104", "7700900001",
          "412345671", "412345672", "412345673", "151234567")


def camp(name: str, date: str, **kw: Any) -> dict[str, Any]:
    """An expected campaign: every figure not given must be NULL (unknown), never 0."""
    out: dict[str, Any] = {"name": name, "date": date, "channel": "sms"}
    out.update({f: None for f in FIGURES})
    out.update(kw)
    return out


@dataclass
class Case:
    """One file, how to import it, and what the import and the campaign list must say."""

    id: str
    filename: str
    write: Callable[[Path], None]
    expect: dict[str, Any]
    campaigns: list[dict[str, Any]]
    args: tuple[str, ...] = ()
    tz: str = "UTC"
    detected: dict[str, Any] = field(default_factory=dict)


def text(content: str, encoding: str = "utf-8") -> Callable[[Path], None]:
    def write(p: Path) -> None:
        p.write_bytes(content.encode(encoding))
    return write


def csv_rows(rows: list[list[Any]], sep: str = ",") -> str:
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue()


# --- providers ---------------------------------------------------------------------------

TWILIO_NEW_ROWS = [
    ["From", "To", "Body", "Status", "SentDate", "ApiVersion", "NumSegments", "ErrorCode",
     "AccountSid", "Sid", "Direction", "Price", "PriceUnit"],
    ["+14155550100", "+14155550101", "Spring sale: 20% off today! Reply STOP to opt out",
     "delivered", "Fri, 27 Nov 2026 08:00:00 +0000", "2010-04-01", "1", "", "AC1", "SM0001",
     "outbound-api", "-0.00750", "USD"],
    ["+14155550100", "+14155550102", "Spring sale: 20% off today! Reply STOP to opt out",
     "delivered", "Fri, 27 Nov 2026 08:00:01 +0000", "2010-04-01", "1", "", "AC1", "SM0002",
     "outbound-api", "-0.00750", "USD"],
    ["+14155550100", "+14155550103", "Spring sale: 20% off today! Reply STOP to opt out",
     "undelivered", "Fri, 27 Nov 2026 08:00:02 +0000", "2010-04-01", "1", "30003", "AC1",
     "SM0003", "outbound-api", "-0.00750", "USD"],
    ["+14155550100", "+14155550104", "Spring sale: 20% off today! Reply STOP to opt out",
     "failed", "Fri, 27 Nov 2026 08:00:03 +0000", "2010-04-01", "1", "30006", "AC1", "SM0004",
     "outbound-api", "", "USD"],
    ["+14155550100", "+447700900101", "Spring sale: 20% off today! Reply STOP to opt out",
     "delivered", "Fri, 27 Nov 2026 08:00:04 +0000", "2010-04-01", "1", "", "AC1", "SM0005",
     "outbound-api", "-0.00750", "USD"],
    ["+14155550100", "+447700900102", "Spring sale: 20% off today! Reply STOP to opt out",
     "delivered", "Fri, 27 Nov 2026 08:00:05 +0000", "2010-04-01", "1", "", "AC1", "SM0011",
     "outbound-api", "-0.00750", "USD"],
    ["+14155550100", "+447700900103", "Spring sale: 20% off today! Reply STOP to opt out",
     "sent", "Fri, 27 Nov 2026 08:00:06 +0000", "2010-04-01", "1", "", "AC1", "SM0012",
     "outbound-api", "", "USD"],
    ["+14155550101", "+14155550100", "STOP", "received", "Fri, 27 Nov 2026 09:00:00 +0000",
     "2010-04-01", "1", "", "AC1", "SM0006", "inbound", "-0.00750", "USD"],
    ["+14155550102", "+14155550100", "Stop", "received", "Fri, 27 Nov 2026 09:01:00 +0000",
     "2010-04-01", "1", "", "AC1", "SM0007", "inbound", "", "USD"],
    ["+14155550103", "+14155550100", "STOP ", "received", "Fri, 27 Nov 2026 09:02:00 +0000",
     "2010-04-01", "1", "", "AC1", "SM0008", "inbound", "", "USD"],
    ["+14155550104", "+14155550100", "stop", "received", "Fri, 27 Nov 2026 09:03:00 +0000",
     "2010-04-01", "1", "", "AC1", "SM0009", "inbound", "", "USD"],
    ["+447700900101", "+14155550100", "What time do you open?", "received",
     "Fri, 27 Nov 2026 09:04:00 +0000", "2010-04-01", "1", "", "AC1", "SM0010", "inbound",
     "-0.00750", "USD"],
]
TWILIO_NEW = csv_rows(TWILIO_NEW_ROWS)

TWILIO_OLD = csv_rows([
    ["Body", "Status", "SentDate", "ApiVersion", "NumSegments", "AccountSid", "Sid",
     "Direction", "From", "To", "Price", "PriceUnit"],
    ["Winter warmers: 2 for 1 tonight", "delivered", "Mon, 07 Dec 2026 18:30:00 +0000",
     "2010-04-01", "2", "AC1", "SM1001", "outbound-api", "+447700900001", "+447700900101",
     "-0.0400", "GBP"],
    ["Winter warmers: 2 for 1 tonight", "read", "Mon, 07 Dec 2026 18:30:01 +0000",
     "2010-04-01", "2", "AC1", "SM1002", "outbound-api", "+447700900001", "+447700900102",
     "-0.0400", "GBP"],
    ["Winter warmers: 2 for 1 tonight", "undelivered", "Mon, 07 Dec 2026 18:30:02 +0000",
     "2010-04-01", "2", "AC1", "SM1003", "outbound-api", "+447700900001", "+447700900103",
     "-0.0400", "GBP"],
    ["Winter warmers: 2 for 1 tonight", "queued", "Mon, 07 Dec 2026 18:30:03 +0000",
     "2010-04-01", "2", "AC1", "SM1004", "outbound-api", "+447700900001", "+447700900104",
     "", "GBP"],
    ["STOPALL", "received", "Mon, 07 Dec 2026 19:00:00 +0000", "2010-04-01", "1", "AC1",
     "SM1005", "inbound", "+447700900101", "+447700900001", "-0.0100", "GBP"],
    ["Cancel my table please", "received", "Mon, 07 Dec 2026 19:05:00 +0000", "2010-04-01",
     "1", "AC1", "SM1006", "inbound", "+447700900102", "+447700900001", "", "GBP"],
    ["unsubscribe", "received", "Mon, 07 Dec 2026 19:06:00 +0000", "2010-04-01", "1", "AC1",
     "SM1007", "inbound", "+447700900103", "+447700900001", "", "GBP"],
])

KLAVIYO_OLD_HEADERS = [
    "Campaign Name", "Tags", "Subject", "List", "Send Time", "Send Weekday", "Total Recipients",
    "Unique Placed Order", "Placed Order Rate", "Revenue", "Unique Opens", "Open Rate",
    "Total Opens", "Unique Clicks", "Click Rate", "Total Clicks", "Unsubscribes",
    "Spam Complaints", "Spam Complaints Rate", "Successful Deliveries", "Bounces",
    "Bounce Rate", "Campaign ID", "Campaign Channel"]
KLAVIYO_OLD = csv_rows([
    KLAVIYO_OLD_HEADERS,
    ["Spring Sale SMS", "promo", "", "VIP", "2026-03-05 10:00:00", "Thursday", "1000", "25",
     "2.55%", "$1,234.50", "", "", "", "120", "12.24%", "150", "7", "0", "0.0%", "980", "20",
     "2.0%", "01HQ1", "SMS"],
    ["Spring Sale Email", "promo", "Spring is here", "Newsletter", "2026-03-05 09:00:00",
     "Thursday", "5000", "40", "0.82%", "$2,000.00", "2000", "40.8%", "3100", "300", "6.12%",
     "400", "12", "1", "0.02%", "4900", "100", "2.0%", "01HQ2", "Email"],
    ["Flash Friday", "", "", "VIP", "2026-03-13 17:30:00", "Friday", "800", "12", "1.52%",
     "$480.00", "", "", "", "64", "8.1%", "70", "3", "0", "0.0%", "790", "10", "1.25%",
     "01HQ3", "SMS"],
])

KLAVIYO_NEW = csv_rows([
    ["Campaign name", "Subject line", "Audiences list", "Message send date time",
     "Total recipients", "Unique opens", "Unique clicks", "Count of unique conversions",
     "Conversion value", "Unique unsubscribes", "Total spam complaints", "Total bounced",
     "Campaign channel"],
    ["April drop", "", "Everyone", "2026-04-10T15:00:00Z", "2,400", "", "288", "31",
     "$1,550.25", "9", "0", "24", "SMS"],
    ["April drop email", "New in April", "Everyone", "2026-04-10T14:00:00Z", "10,000", "3,500",
     "410", "22", "$990.00", "30", "2", "150", "Email"],
])

DOTDIGITAL = csv_rows([
    ["Last sent", "Campaign name", "Click-to-delivered rate", "Conversion rate",
     "Direct orders", "Assisted orders", "Revenue", "Assisted revenue", "Total segments",
     "Total clicks", "Total delivered", "Total sent", "Type", "Unique clickers",
     "Unsubscribes"],
    ["05/03/2026 09:00", "Mothers day", "10.5%", "2.1%", "21", "5", "£1,050.00", "£200.00",
     "1200", "130", "1000", "1020", "SMS", "105", "4"],
    ["14/03/2026 10:15", "Pi day", "8.0%", "1.0%", "5", "1", "£250.00", "£20.00", "600",
     "45", "500", "510", "SMS", "40", "2"],
])

PLIVO = csv_rows([
    ["message_uuid", "message_time", "message_direction", "message_state", "message_type",
     "from_number", "to_number", "units", "total_rate", "total_amount", "error_code"],
    ["0f4c1a2e-0001", "2026-03-05 10:00:00+00:00", "outbound", "delivered", "sms",
     "14155550100", "14155550101", "1", "0.00500", "0.00500", ""],
    ["0f4c1a2e-0002", "2026-03-05 10:00:01+00:00", "outbound", "delivered", "sms",
     "14155550100", "14155550102", "2", "0.00500", "0.01000", ""],
    ["0f4c1a2e-0003", "2026-03-05 10:00:02+00:00", "outbound", "undelivered", "sms",
     "14155550100", "14155550103", "1", "0.00500", "0.00500", "30"],
    ["0f4c1a2e-0004", "2026-03-05 10:00:03+00:00", "outbound", "failed", "sms",
     "14155550100", "14155550104", "1", "0.00500", "0.00000", "20"],
    ["0f4c1a2e-0005", "2026-03-05 11:00:00+00:00", "inbound", "received", "sms",
     "14155550101", "14155550100", "1", "0.00000", "0.00000", ""],
])

TELNYX = csv_rows([
    ["id", "direction", "message_type", "cld", "cli", "parts", "rate", "cost", "currency",
     "created_at", "sent_at", "completed_at", "status"],
    ["40317f5b-0001", "outbound", "SMS", "+447700900101", "+447700900001", "1", "0.0040",
     "0.0040", "USD", "2026-04-03T02:29:58.000Z", "2026-04-03T02:30:00.000Z",
     "2026-04-03T02:30:03.000Z", "delivered"],
    ["40317f5b-0002", "outbound", "SMS", "+447700900102", "+447700900001", "2", "0.0040",
     "0.0080", "USD", "2026-04-03T02:29:58.000Z", "2026-04-03T02:30:01.000Z",
     "2026-04-03T02:30:04.000Z", "delivered"],
    ["40317f5b-0003", "outbound", "SMS", "+447700900103", "+447700900001", "1", "0.0040",
     "0.0040", "USD", "2026-04-03T02:29:59.000Z", "2026-04-03T02:30:02.000Z",
     "2026-04-03T02:31:00.000Z", "delivery_failed"],
    ["40317f5b-0004", "outbound", "SMS", "+447700900104", "+447700900001", "1", "0.0040",
     "0.0000", "USD", "2026-04-03T02:29:59.000Z", "", "", "sending_failed"],
    ["40317f5b-0005", "inbound", "SMS", "+447700900001", "+447700900101", "1", "0.0000",
     "0.0000", "USD", "2026-04-03T03:00:00.000Z", "", "", "webhook_delivered"],
])

CLICKSEND = csv_rows([
    ["message_id", "date", "direction", "from", "to", "body", "status", "status_code",
     "message_parts", "message_price", "country", "carrier"],
    ["1F0A-0001", "1772704800", "out", "MyShop", "+61412345671", "Autumn sale now on",
     "Sent", "201", "1", "0.0770", "AU", "Telstra"],
    ["1F0A-0002", "1772704801", "out", "MyShop", "+61412345672", "Autumn sale now on",
     "Delivered", "201", "1", "0.0770", "AU", "Optus"],
    ["1F0A-0003", "1772704802", "out", "MyShop", "+61412345673", "Autumn sale now on",
     "Undelivered", "301", "1", "0.0770", "AU", "Vodafone"],
    ["1F0A-0004", "1772708400", "in", "+61412345671", "MyShop", "STOP", "Received", "", "1",
     "0.0000", "AU", "Telstra"],
])

TEXTMAGIC = csv_rows([
    ["id", "sender", "receiver", "text", "status", "messageTime", "price", "partsCount",
     "country"],
    ["49575001", "MyShop", "447700900101", "Easter opening hours", "d",
     "2026-04-01T09:00:00+0000", "0.04", "1", "GB"],
    ["49575002", "MyShop", "447700900102", "Easter opening hours", "d",
     "2026-04-01T09:00:01+0000", "0.04", "1", "GB"],
    ["49575003", "MyShop", "447700900103", "Easter opening hours", "f",
     "2026-04-01T09:00:02+0000", "0.04", "1", "GB"],
    ["49575004", "MyShop", "447700900104", "Easter opening hours", "j",
     "2026-04-01T09:00:03+0000", "0", "1", "GB"],
    ["49575005", "MyShop", "447700900001", "Easter opening hours", "q",
     "2026-04-01T09:00:04+0000", "0.04", "1", "GB"],
    ["49575006", "MyShop", "14155550101", "Easter opening hours", "u",
     "2026-04-01T09:00:05+0000", "0.04", "1", "US"],
])

POSTSCRIPT = csv_rows([
    ["ATTRIBUTION_ID", "MESSAGE_ID", "ORDER_ID", "AMOUNT_IN_CENTS", "CAMPAIGN_NAME",
     "SUBSCRIBER_PHONE", "SENT_AT"],
    ["att1", "msg1", "5001", "2599", "May drop", "+14155550101", "2026-05-01T15:00:00Z"],
    ["att2", "msg2", "", "", "May drop", "+14155550102", "2026-05-01T15:00:01Z"],
    ["att3", "msg3", "5003", "1000", "May drop", "+14155550103", "2026-05-01T15:00:02Z"],
    ["att4", "msg4", "5004", "0", "May drop", "+14155550104", "2026-05-01T15:00:03Z"],
])

BREVO = csv_rows([
    ["id", "name", "status", "scheduledAt", "delivered", "sent", "processing", "softBounces",
     "hardBounces", "unsubscriptions", "answered"],
    ["12", "Bank holiday", "sent", "2026-05-04T08:00:00.000+01:00", "1880", "1900", "0", "12",
     "8", "6", "14"],
    ["13", "Summer kick-off", "sent", "2026-06-01T08:00:00.000+01:00", "950", "960", "0", "6",
     "4", "2", "3"],
])


def provider_cases() -> list[Case]:
    """Every provider export in the field guide, with its real headers."""
    return [
        Case("twilio-new", "Messaging Logs.csv", text(TWILIO_NEW),
             {"shape": "messages", "rows_read": 12, "rows_imported": 12, "rows_skipped": 0,
              "campaigns_created": 1, "dropped_columns": ["From", "To"],
              "unmapped_columns": ["ApiVersion", "ErrorCode", "AccountSid", "PriceUnit"]},
             [camp("Black Friday", "2026-11-27", time="08:00", sent=7, delivered=4, replies=1,
                   opt_outs=4, cost=0.0525,
                   message="Spring sale: 20% off today! Reply STOP to opt out")],
             args=("--campaign", "Black Friday")),
        Case("twilio-old", "sms-log-old.csv", text(TWILIO_OLD),
             {"shape": "messages", "rows_read": 7, "rows_imported": 7,
              "dropped_columns": ["From", "To"]},
             [camp("Winter warmers", "2026-12-07", time="18:30", sent=4, delivered=2,
                   replies=1, opt_outs=2, cost=0.13,
                   message="Winter warmers: 2 for 1 tonight")],
             args=("--campaign", "Winter warmers")),
        Case("klaviyo-old", "campaigns.csv", text(KLAVIYO_OLD),
             {"shape": "summary", "rows_read": 3, "rows_imported": 2, "rows_skipped": 1,
              "campaigns_created": 2},
             [camp("Spring Sale SMS", "2026-03-05", time="10:00", segment="VIP", sent=1000,
                   delivered=980, clicks=120, opt_outs=7, conversions=25, revenue=1234.5),
              camp("Flash Friday", "2026-03-13", time="17:30", segment="VIP", sent=800,
                   delivered=790, clicks=64, opt_outs=3, conversions=12, revenue=480.0)]),
        Case("klaviyo-old-all", "campaigns.csv", text(KLAVIYO_OLD),
             {"shape": "summary", "rows_read": 3, "rows_imported": 3, "campaigns_created": 3},
             [camp("Spring Sale SMS", "2026-03-05", sent=1000, delivered=980, clicks=120,
                   opt_outs=7, conversions=25, revenue=1234.5),
              camp("Spring Sale Email", "2026-03-05", channel="email", segment="Newsletter",
                   message="Spring is here", sent=5000, delivered=4900, clicks=300,
                   opt_outs=12, conversions=40, revenue=2000.0),
              camp("Flash Friday", "2026-03-13", sent=800, delivered=790, clicks=64,
                   opt_outs=3, conversions=12, revenue=480.0)],
             args=("--channel", "all")),
        Case("klaviyo-new", "Campaign performance.csv", text(KLAVIYO_NEW),
             {"shape": "summary", "rows_read": 2, "rows_imported": 1, "rows_skipped": 1},
             [camp("April drop", "2026-04-10", time="15:00", segment="Everyone", sent=2400,
                   clicks=288, conversions=31, revenue=1550.25, opt_outs=9)]),
        Case("dotdigital", "SMS report.csv", text(DOTDIGITAL),
             {"shape": "summary", "rows_read": 2, "rows_imported": 2},
             [camp("Mothers day", "2026-03-05", time="09:00", sent=1020, delivered=1000,
                   clicks=105, conversions=21, revenue=1050.0, opt_outs=4),
              camp("Pi day", "2026-03-14", time="10:15", sent=510, delivered=500, clicks=40,
                   conversions=5, revenue=250.0, opt_outs=2)],
             detected={"date_order": "DMY"}),
        Case("plivo", "plivo_mdr.csv", text(PLIVO),
             {"shape": "messages", "rows_read": 5, "rows_imported": 5,
              "dropped_columns": ["from_number", "to_number"]},
             [camp("March promo", "2026-03-05", time="10:00", sent=4, delivered=2, replies=1,
                   cost=0.02)],
             args=("--campaign", "March promo")),
        Case("telnyx", "mdr.csv", text(TELNYX),
             {"shape": "messages", "rows_read": 5, "rows_imported": 5,
              "dropped_columns": ["cld", "cli"]},
             [camp("Night owls", "2026-04-02", time="22:30", sent=4, delivered=2, replies=1,
                   cost=0.016)],
             args=("--campaign", "Night owls"), tz="America/New_York"),
        Case("clicksend", "history.csv", text(CLICKSEND),
             {"shape": "messages", "rows_read": 4, "rows_imported": 4},
             [camp("Autumn sale", "2026-03-05", time="10:00", sent=3, delivered=2, replies=0,
                   opt_outs=1, cost=0.231, message="Autumn sale now on")],
             args=("--campaign", "Autumn sale")),
        Case("textmagic", "messages.csv", text(TEXTMAGIC),
             {"shape": "messages", "rows_read": 6, "rows_imported": 6},
             [camp("Easter", "2026-04-01", time="09:00", sent=6, delivered=2, cost=0.2,
                   message="Easter opening hours")],
             args=("--campaign", "Easter")),
        Case("postscript", "attribution.csv", text(POSTSCRIPT),
             {"shape": "messages", "rows_read": 4, "rows_imported": 4,
              "dropped_columns": ["SUBSCRIBER_PHONE"]},
             [camp("May drop", "2026-05-01", time="15:00", sent=4, conversions=2,
                   revenue=35.99)]),
        Case("brevo", "sms-campaigns.csv", text(BREVO),
             {"shape": "summary", "rows_read": 2, "rows_imported": 2},
             [camp("Bank holiday", "2026-05-04", time="07:00", sent=1900, delivered=1880,
                   opt_outs=6, replies=14),
              camp("Summer kick-off", "2026-06-01", time="07:00", sent=960, delivered=950,
                   opt_outs=2, replies=3)]),
    ]


# --- hand-kept sheets and locales --------------------------------------------------------

HAND_US = csv_rows([
    ["SMS results 2026"],
    ["Kept by Jo - update every Monday"],
    [],
    ["Campaign", "Send date", "Messages sent", "Clicks", "Replies", "Unsubscribes", "Orders",
     "Sales ($)", "Cost ($)"],
    ["Spring promo", "03/04/2026", "1,200", "96", "14", "5", "30", "$1,234.50", "$24.00"],
    ["Easter", "04/02/2026", "800", "", "3", "2", "12", "$480", "$16"],
    ["Mid April", "04/15/2026", "950", "70", "", "1", "9", "$2,000.00", "$19.00"],
    [],
    ["Total", "", "2,950", "166", "17", "8", "51", "$3,714.50", "$59.00"],
])

HAND_UK = csv_rows([
    ["Campaign", "Date sent", "Sent", "Delivered", "Clicks", "Opt-outs", "Orders",
     "Revenue (GBP)", "Cost (£)"],
    ["Jan clearance", "02/01/2026", "500", "490", "40", "2", "8", "£12", "£10.00"],
    ["Burns night", "25/01/2026", "450", "445", "35", "1", "6", "£95.50", "£9.00"],
    ["Grand total", "", "950", "935", "75", "3", "14", "£107.50", "£19.00"],
])

EURO_DE = csv_rows([
    ["Kampagne", "Datum", "Versendet", "Zugestellt", "Klicks", "Bestellungen", "Umsatz (€)",
     "Kosten (€)"],
    ["Frühlingsaktion", "03.04.2026", "1.234", "1.200", "96", "37", "1.234,50 €", "98,72 €"],
    ["Sommerschlussverkauf", "15.06.2026", "2.000", "1.950", "", "41", "980,00 €", "160,00 €"],
    ["Größenwahn", "01.07.2026", "850", "840", "50", "5", "1.050,00 €", "68,00 €"],
    ["Summe", "", "4.084", "3.990", "146", "83", "3.264,50 €", "326,72 €"],
], sep=";")

EURO_EN_RATES = csv_rows([
    ["Campaign", "Date", "Messages sent", "Delivered", "Click rate", "Orders", "Revenue (EUR)"],
    ["Rentrée", "01.09.2026", "1.500", "1.200", "4,5 %", "18", "1.234,50"],
    ["Toussaint", "30.10.2026", "900", "880", "2,5 %", "7", "410,00"],
    ["Totals", "", "2.400", "2.080", "", "25", "1.644,50"],
], sep=";")

BOM_ISO_Z = "\ufeff" + csv_rows([
    ["Campaign", "Date", "Sent", "Orders", "Revenue"],
    ["🌸 Late night", "2026-03-05T23:30:00Z", "300", "6", "120.00"],
    ["Early bird", "2026-03-07T06:00:00Z", "280", "4", "80.00"],
])

UNICODE_TEXT = csv_rows([
    ["Campaign", "Date", "Messages sent", "Orders", "Sales ($)"],
    ["Café crème", "05/03/2026", "1200", "30", "$1,234.50"],
    ["Crêpe day", "17/03/2026", "640", "11", "$330.00"],
], sep="\t")

TSV = csv_rows([
    ["Campaign", "Send date", "Sent", "Delivered", "Replies"],
    ["Tab one", "2026-02-01", "100", "98", "4"],
    ["Tab two", "2026-02-08", "110", "", "5"],
], sep="\t")

PIPE = csv_rows([
    ["Campaign", "Date", "Sent", "Clicks", "Orders", "Revenue"],
    ["Pipe dream", "46083", "400", "30", "4", "99.90"],
    ["Pipe two", "46097", "420", "28", "3", "75.00"],
], sep="|")

TXT = csv_rows([
    ["Campaign", "Date", "Sent", "Clicks"],
    ["Plain text", "2026-05-05", "150", "12"],
])


def sheet_cases() -> list[Case]:
    """Hand-kept sheets and the locales and encodings they come in."""
    return [
        Case("hand-us", "results.csv", text(HAND_US),
             {"shape": "summary", "rows_read": 3, "rows_imported": 3, "rows_skipped": 0},
             [camp("Spring promo", "2026-03-04", sent=1200, clicks=96, replies=14, opt_outs=5,
                   conversions=30, revenue=1234.5, cost=24.0),
              camp("Easter", "2026-04-02", sent=800, replies=3, opt_outs=2, conversions=12,
                   revenue=480.0, cost=16.0),
              camp("Mid April", "2026-04-15", sent=950, clicks=70, opt_outs=1, conversions=9,
                   revenue=2000.0, cost=19.0)],
             detected={"header_row": 4, "date_order": "MDY", "delimiter": ","}),
        Case("hand-uk", "results-uk.csv", text(HAND_UK),
             {"rows_read": 2, "rows_imported": 2},
             [camp("Jan clearance", "2026-01-02", sent=500, delivered=490, clicks=40,
                   opt_outs=2, conversions=8, revenue=12.0, cost=10.0),
              camp("Burns night", "2026-01-25", sent=450, delivered=445, clicks=35,
                   opt_outs=1, conversions=6, revenue=95.5, cost=9.0)],
             detected={"date_order": "DMY"}),
        Case("euro-de-cp1252", "Kampagnen.csv", text(EURO_DE, "cp1252"),
             {"rows_read": 3, "rows_imported": 3},
             [camp("Frühlingsaktion", "2026-04-03", sent=1234, delivered=1200, clicks=96,
                   conversions=37, revenue=1234.5, cost=98.72),
              camp("Sommerschlussverkauf", "2026-06-15", sent=2000, delivered=1950,
                   conversions=41, revenue=980.0, cost=160.0),
              camp("Größenwahn", "2026-07-01", sent=850, delivered=840, clicks=50,
                   conversions=5, revenue=1050.0, cost=68.0)],
             detected={"encoding": "cp1252", "delimiter": ";", "decimal": ",",
                       "date_order": "DMY"}),
        Case("euro-en-rates", "export.csv", text(EURO_EN_RATES, "cp1252"),
             {"rows_read": 2, "rows_imported": 2},
             [camp("Rentrée", "2026-09-01", sent=1500, delivered=1200, clicks=54,
                   conversions=18, revenue=1234.5),
              camp("Toussaint", "2026-10-30", sent=900, delivered=880, clicks=22,
                   conversions=7, revenue=410.0)],
             detected={"delimiter": ";", "decimal": ","}),
        Case("utf8-bom-iso-z", "bom.csv", text(BOM_ISO_Z),
             {"rows_read": 2, "rows_imported": 2},
             [camp("🌸 Late night", "2026-03-06", time="00:30", sent=300, conversions=6,
                   revenue=120.0),
              camp("Early bird", "2026-03-07", time="07:00", sent=280, conversions=4,
                   revenue=80.0)],
             tz="Europe/Berlin", detected={"encoding": "utf-8-sig"}),
        Case("utf16-unicode-text", "Unicode text.txt", text(UNICODE_TEXT, "utf-16"),
             {"rows_read": 2, "rows_imported": 2},
             [camp("Café crème", "2026-03-05", sent=1200, conversions=30, revenue=1234.5),
              camp("Crêpe day", "2026-03-17", sent=640, conversions=11, revenue=330.0)],
             detected={"encoding": "utf-16", "delimiter": "\t", "date_order": "DMY"}),
        Case("tsv", "results.tsv", text(TSV),
             {"rows_read": 2, "rows_imported": 2},
             [camp("Tab one", "2026-02-01", sent=100, delivered=98, replies=4),
              camp("Tab two", "2026-02-08", sent=110, replies=5)],
             detected={"delimiter": "\t"}),
        Case("pipe-excel-serials", "pipes.txt", text(PIPE),
             {"rows_read": 2, "rows_imported": 2},
             [camp("Pipe dream", "2026-03-02", sent=400, clicks=30, conversions=4,
                   revenue=99.9),
              camp("Pipe two", "2026-03-16", sent=420, clicks=28, conversions=3,
                   revenue=75.0)],
             detected={"delimiter": "|"}),
        Case("txt", "results.txt", text(TXT), {"rows_read": 1, "rows_imported": 1},
             [camp("Plain text", "2026-05-05", sent=150, clicks=12)]),
    ]


# --- workbooks ---------------------------------------------------------------------------

def _cache_formula_values(path: Path, sheet_xml: str, values: dict[str, float]) -> None:
    """Give openpyxl's formulas the values Excel would have cached (openpyxl writes none)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as zf:
        items = [(i, zf.read(i.filename)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in items:
            if info.filename == sheet_xml:
                xml = data.decode("utf-8")
                for ref, v in values.items():
                    xml, n = re.subn(rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v\s*/>',
                                     rf"\g<1><v>{v}</v>", xml)
                    assert n == 1, ref
                data = xml.encode("utf-8")
            zf.writestr(info, data)


def write_xlsx_hand_kept(p: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Read me"
    notes.append(["How to use this sheet"])
    notes.append(["Numbers copied from the SMS dashboard every Monday"])
    ws = wb.create_sheet("2026")
    ws.append(["SMS campaigns 2026"])
    ws.append([])
    ws.append(["Campaign", "Date", "Segment", "Messages sent", "Delivered", "Click rate",
               "Orders", "Revenue (EUR)", "Cost", "Mobile"])
    ws.append(["Spring", dt.datetime(2026, 3, 1), "VIP", 1200, 1180, 0.045, 30, "=G4*15",
               36.0, "+447700900101"])
    ws.append(["Summer", dt.datetime(2026, 6, 1), "All", 800, 790, 0.025, 12, 180.5, 24,
               "+447700900102"])
    ws.append(["NA", dt.date(2026, 6, 15), None, 500, None, None, 5, None, 15.0, None])
    ws.append(["Total", None, None, "=SUM(D4:D6)", "=SUM(E4:E6)", None, "=SUM(G4:G6)",
               "=SUM(H4:H6)", "=SUM(I4:I6)", None])
    for r in range(4, 7):
        ws.cell(r, 6).number_format = "0.0%"
        ws.cell(r, 2).number_format = "dd/mm/yyyy"
    wb.save(p)
    _cache_formula_values(p, "xl/worksheets/sheet2.xml",
                          {"H4": 450, "D7": 2500, "E7": 1970, "G7": 47, "H7": 630.5,
                           "I7": 75})


def write_xls(p: Path) -> None:
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("Results")
    date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    rows = [["Campaign", "Date sent", "Sent", "Clicks", "Orders", "Sales ($)"],
            ["null", dt.datetime(2026, 2, 14), 700, 49, 7, 210.0],
            ["Old faithful", dt.datetime(2026, 2, 21), 650, None, 4, 120.25]]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            if isinstance(v, dt.datetime):
                ws.write(i, j, v, date_style)
            else:
                ws.write(i, j, v)
    wb.save(str(p))


def write_ods(p: Path) -> None:
    import pandas as pd

    frame = pd.DataFrame({
        "Campaign": ["Open day", "None"],
        "Send date": [dt.datetime(2026, 9, 12), dt.datetime(2026, 9, 19)],
        "Messages sent": [300, 320],
        "Opt-outs": [2, 0],
        "Replies": [9, 11],
        "Revenue": [150.0, 90.5],
    })
    with pd.ExcelWriter(p, engine="odf") as xw:
        frame.to_excel(xw, sheet_name="Campaigns", index=False, startrow=2)


def workbook_cases() -> list[Case]:
    """Workbooks as people save them: .xlsx (notes sheet, formulas), .xls, .ods."""
    return [
        Case("xlsx-hand-kept", "SMS 2026.xlsx", write_xlsx_hand_kept,
             {"shape": "summary", "rows_read": 3, "rows_imported": 3,
              "dropped_columns": ["Mobile"]},
             [camp("Spring", "2026-03-01", segment="VIP", sent=1200, delivered=1180, clicks=53,
                   conversions=30, revenue=450.0, cost=36.0),
              camp("Summer", "2026-06-01", segment="All", sent=800, delivered=790, clicks=20,
                   conversions=12, revenue=180.5, cost=24.0),
              camp("NA", "2026-06-15", sent=500, conversions=5, cost=15.0)],
             detected={"sheet": "2026", "header_row": 3, "encoding": None}),
        Case("xls", "old.xls", write_xls, {"rows_read": 2, "rows_imported": 2},
             [camp("null", "2026-02-14", sent=700, clicks=49, conversions=7, revenue=210.0),
              camp("Old faithful", "2026-02-21", sent=650, conversions=4, revenue=120.25)],
             detected={"sheet": "Results"}),
        Case("ods", "calc.ods", write_ods, {"rows_read": 2, "rows_imported": 2},
             [camp("Open day", "2026-09-12", sent=300, opt_outs=2, replies=9, revenue=150.0),
              camp("None", "2026-09-19", sent=320, opt_outs=0, replies=11, revenue=90.5)],
             detected={"sheet": "Campaigns", "header_row": 3}),
    ]


# --- edge cases --------------------------------------------------------------------------

PANDAS_DUPLICATES = csv_rows([
    ["Campaign ", "Date ", "Sent ", "Delivered", "Sent.1", "Orders ", "Revenue "],
    ["Trailing spaces", "2026-03-01", "100", "95", "999", "3", "30"],
])
REPEATED_HEADERS = csv_rows([
    ["Campaign", "Date", "Sent", "Sent", "Clicks"],
    ["Twice sent", "2026-03-02", "200", "7", "11"],
])
NA_NAMES = csv_rows([
    ["Campaign", "Date", "Sent", "Delivered", "Clicks", "Orders"],
    ["NA", "2026-03-01", "100", "", "10", ""],
    ["None", "2026-03-02", "200", "190", "", "4"],
    ["null", "2026-03-03", "300", "", "", ""],
])
NUMBER_COLUMN_LOG = csv_rows([
    ["Message ID", "Number", "Customer", "Sent at", "Status", "Clicked", "Order value"],
    ["m-1", "+447700900101", "(415) 555-0101", "2026-03-10 12:00", "delivered", "yes", "25.00"],
    ["m-2", "+447700900102", "(415) 555-0102", "2026-03-10 12:00", "delivered", "no", ""],
    ["m-3", "+447700900103", "(415) 555-0103", "2026-03-10 12:01", "failed", "no", ""],
    ["m-4", "+447700900104", "(415) 555-0104", "2026-03-10 12:01", "delivered", "yes", "0"],
])
RATE_ONLY = csv_rows([
    ["Campaign", "Date", "Delivered", "Conversion rate", "Reply rate"],
    ["Rates only", "2026-03-03", "1000", "2.5%", "0.012"],
])


def edge_cases() -> list[Case]:
    """Traps in headers and cells, phone numbers under neutral headers, files with no rows."""
    return [
        Case("pandas-duplicates-trailing-spaces", "dups.csv", text(PANDAS_DUPLICATES),
             {"rows_imported": 1, "unmapped_columns": ["Sent.1"]},
             [camp("Trailing spaces", "2026-03-01", sent=100, delivered=95, conversions=3,
                   revenue=30.0)]),
        Case("repeated-headers", "repeated.csv", text(REPEATED_HEADERS),
             {"rows_imported": 1, "unmapped_columns": ["Sent (2)"]},
             [camp("Twice sent", "2026-03-02", sent=200, clicks=11)]),
        Case("na-names-blank-integers", "na.csv", text(NA_NAMES),
             {"rows_imported": 3},
             [camp("NA", "2026-03-01", sent=100, clicks=10),
              camp("None", "2026-03-02", sent=200, delivered=190, conversions=4),
              camp("null", "2026-03-03", sent=300)]),
        Case("phone-under-number-header", "hand-log.csv", text(NUMBER_COLUMN_LOG),
             {"shape": "messages", "rows_imported": 4,
              "dropped_columns": ["Number", "Customer"]},
             [camp("Pop-up shop", "2026-03-10", time="12:00", sent=4, delivered=3, clicks=2,
                   conversions=1, revenue=25.0)],
             args=("--campaign", "Pop-up shop")),
        Case("header-only", "empty-export.csv", text("Campaign,Date,Sent,Clicks\r\n"),
             {"refused": True, "import_id": None, "rows_read": 0, "rows_imported": 0}, []),
        Case("rate-without-count", "rates.csv", text(RATE_ONLY), {"rows_imported": 1},
             [camp("Rates only", "2026-03-03", delivered=1000, conversions=25, replies=12)]),
    ]


# --- traps found while building this corpus (each failed before its fix) -----------------

SEP_HINT = "sep=;\r\n" + csv_rows([
    ["Campaign", "Date", "Sent", "Revenue"],
    ["Hint line", "05.03.2026", "1.200", "1.234,50"],
    ["Second", "06.03.2026", "900", "12,00"],
], sep=";")
MAC_CR = "Campaign,Date,Sent,Clicks\rOld Mac,2026-03-05,100,5\rClassic,2026-03-06,200,7\r"
YEAR_FIRST = csv_rows([
    ["Campaign", "Date", "Time", "Sent", "Delivered (%)"],
    ["Year first", "2026/03/05", "2:15 PM", "1000", "98%"],
    ["Dotted", "2026.03.16", "9:05 AM", "500", "99.0%"],
])
FRENCH = csv_rows([
    ["Campagne", "Date d'envoi", "Envoyés", "Délivrés", "Clics", "Commandes",
     "Chiffre d'affaires (€)"],
    ["Soldes", "05/03/2026", "1\xa0200", "1\xa0180", "90", "12", "1\xa0234,50 €"],
    ["Noël", "20/12/2026", "900", "880", "40", "5", "310,00 €"],
], sep=";")
TWILIO_API = csv_rows([
    ["sid", "date_created", "date_sent", "date_updated", "to", "from", "body", "status",
     "num_segments", "num_media", "direction", "api_version", "price", "price_unit",
     "error_code", "error_message", "account_sid"],
    ["SM2001", "Fri, 24 May 2019 17:44:46 +0000", "Fri, 24 May 2019 17:44:50 +0000",
     "Fri, 24 May 2019 17:44:52 +0000", "+14155550101", "+14155550100",
     "Hello, friends\nline two", "delivered", "1", "0", "outbound-api", "2010-04-01",
     "-0.00750", "USD", "", "", "AC1"],
    ["SM2002", "Fri, 24 May 2019 17:44:47 +0000", "Fri, 24 May 2019 17:44:51 +0000",
     "Fri, 24 May 2019 17:44:52 +0000", "+14155550102", "+14155550100",
     "Hello, friends\nline two", "undelivered", "1", "0", "outbound-api", "2010-04-01",
     "-0.00750", "USD", "30005", "Unknown destination handset", "AC1"],
])


def write_xlsx_text_numbers(p: Path) -> None:
    """A sheet pasted from a web page: table at B3, numbers and dates typed as text."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    for col, head in zip("BCDEFGH", ["Campaign", "Date", "Send time", "Sent", "Revenue",
                                      "Click rate", "Notes"], strict=True):
        ws[f"{col}3"] = head
    ws.append([None, "Typed", "05/03/2026", dt.time(14, 15), "1,200", "$1,234.50", "4.5%",
               "'=1+1"])
    ws.append([None, "Pasted", "17/03/2026", dt.time(9, 0), "900", "$12", "2.5%", "ok"])
    ws.append([None, "Mixed", dt.datetime(2026, 3, 20, 18, 45), None, 700, "12.5", None, None])
    wb.save(p)


def write_xlsx_european_text(p: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kampagne", "Datum", "Versendet", "Umsatz"])
    ws.append(["Herbst", "05.10.2026", "1.234", "1.234,50 €"])
    ws.append(["Winter", "06.12.2026", "980", "12,00 €"])
    wb.save(p)


def trap_cases() -> list[Case]:
    """Traps found while building the corpus; every one failed before its fix."""
    return [
        Case("excel-sep-hint-line", "excel-eu.csv", text(SEP_HINT, "cp1252"),
             {"rows_imported": 2},
             [camp("Hint line", "2026-03-05", sent=1200, revenue=1234.5),
              camp("Second", "2026-03-06", sent=900, revenue=12.0)],
             detected={"delimiter": ";", "decimal": ",", "header_row": 2}),
        Case("mac-cr-line-endings", "mac.csv", text(MAC_CR), {"rows_imported": 2},
             [camp("Old Mac", "2026-03-05", sent=100, clicks=5),
              camp("Classic", "2026-03-06", sent=200, clicks=7)]),
        Case("year-first-dates-ampm-percent-unit", "ymd.csv", text(YEAR_FIRST),
             {"rows_imported": 2},
             [camp("Year first", "2026-03-05", time="14:15", sent=1000, delivered=980),
              camp("Dotted", "2026-03-16", time="09:05", sent=500, delivered=495)]),
        Case("french-nbsp-accented-headers", "campagnes.csv", text(FRENCH, "cp1252"),
             {"rows_imported": 2, "unmapped_columns": []},
             [camp("Soldes", "2026-03-05", sent=1200, delivered=1180, clicks=90,
                   conversions=12, revenue=1234.5),
              camp("Noël", "2026-12-20", sent=900, delivered=880, clicks=40, conversions=5,
                   revenue=310.0)],
             detected={"delimiter": ";", "decimal": ","}),
        Case("twilio-api-multiline-body", "messages.csv", text(TWILIO_API),
             {"shape": "messages", "rows_imported": 2, "dropped_columns": ["to", "from"]},
             [camp("API", "2019-05-24", time="17:44", sent=2, delivered=1, replies=0,
                   opt_outs=0, cost=0.015, message="Hello, friends\nline two")],
             args=("--campaign", "API")),
        Case("twilio-without-campaign", "Messaging Logs.csv", text(TWILIO_NEW),
             {"refused": True, "import_id": None, "rows_imported": 0}, []),
        Case("xlsx-text-numbers-offset", "pasted.xlsx", write_xlsx_text_numbers,
             {"rows_imported": 3},
             [camp("Typed", "2026-03-05", time="14:15", sent=1200, clicks=54,
                   revenue=1234.5, notes="=1+1"),
              camp("Pasted", "2026-03-17", time="09:00", sent=900, clicks=22, revenue=12.0,
                   notes="ok"),
              camp("Mixed", "2026-03-20", time="18:45", sent=700, revenue=12.5)],
             detected={"header_row": 3, "date_order": "DMY"}),
        Case("xlsx-european-text", "eu.xlsx", write_xlsx_european_text, {"rows_imported": 2},
             [camp("Herbst", "2026-10-05", sent=1234, revenue=1234.5),
              camp("Winter", "2026-12-06", sent=980, revenue=12.0)],
             detected={"decimal": ","}),
    ]


AVERAGE_ROW = csv_rows([
    ["Campaign", "Date", "Sent", "Clicks"],
    ["Week 1", "2026-03-05", "100", "5"],
    ["Week 2", "2026-03-12", "200", "7"],
    ["Total", "", "300", "12"],
    ["Average", "", "150", "6"],
])
BREVO_FLATTENED = csv_rows([
    ["id", "name", "status", "content", "sender", "scheduledAt", "sentDate",
     "statistics.delivered", "statistics.sent", "statistics.unsubscriptions",
     "statistics.answered"],
    ["12", "Bank holiday", "sent", "Open Monday 10-4", "MyShop",
     "2026-05-04T08:00:00.000+01:00", "2026-05-04T08:00:05.000+01:00", "1880", "1900", "6",
     "14"],
])


def write_xlsx_glossary_first(p: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    notes = wb.active
    notes.title = "Notes"
    for r in [["Column", "Meaning"], ["Sent", "Texts sent"], ["Clicks", "People who clicked"]]:
        notes.append(r)
    data = wb.create_sheet("Data")
    data.append(["Campaign", "Date", "Sent", "Clicks"])
    data.append(["Glossary", dt.datetime(2026, 3, 5), 100, 5])
    wb.save(p)


def more_trap_cases() -> list[Case]:
    """Summary rows and sheets that are not campaigns, and flattened provider JSON."""
    return [
        Case("average-row-under-total", "weekly.csv", text(AVERAGE_ROW),
             {"rows_read": 2, "rows_imported": 2},
             [camp("Week 1", "2026-03-05", sent=100, clicks=5),
              camp("Week 2", "2026-03-12", sent=200, clicks=7)]),
        Case("xlsx-glossary-notes-sheet-first", "book.xlsx", write_xlsx_glossary_first,
             {"rows_imported": 1}, [camp("Glossary", "2026-03-05", sent=100, clicks=5)],
             detected={"sheet": "Data"}),
        Case("brevo-flattened-json", "brevo.csv", text(BREVO_FLATTENED),
             {"shape": "summary", "rows_imported": 1},
             [camp("Bank holiday", "2026-05-04", time="07:00", sent=1900, delivered=1880,
                   opt_outs=6, replies=14, message="Open Monday 10-4")]),
    ]


def all_cases() -> list[Case]:
    return (provider_cases() + sheet_cases() + workbook_cases() + edge_cases() + trap_cases()
            + more_trap_cases())
