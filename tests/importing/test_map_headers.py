# ruff: noqa: SIM905  (header lists are kept as the providers write them)
"""Header mapping: provider exports from the field guide, overrides, rates, remembered keys."""

from __future__ import annotations

import pytest

from smsplanner.domain.imports import MappingError
from smsplanner.importing.mapping import (
    detect_shape,
    mapping_key,
    normalise,
    parse_overrides,
    suggest_mapping,
)

TWILIO = ("From,To,Body,Status,SentDate,ApiVersion,NumSegments,ErrorCode,AccountSid,Sid,"
          "Direction,Price,PriceUnit").split(",")
KLAVIYO_OLD = [h.strip() for h in (
    "Campaign Name, Tags, Subject, List, Send Time, Send Weekday, Total Recipients, "
    "Unique Placed Order, Placed Order Rate, Revenue, Unique Opens, Open Rate, Total Opens, "
    "Unique Clicks, Click Rate, Total Clicks, Unsubscribes, Spam Complaints, "
    "Spam Complaints Rate, Successful Deliveries, Bounces, Bounce Rate, Campaign ID, "
    "Campaign Channel").split(",")]
KLAVIYO_NEW = [h.strip() for h in (
    "Campaign name, Subject line, Audiences list, Message send date time, Total recipients, "
    "Unique opens, Unique clicks, Count of unique conversions, Conversion value, "
    "Unique unsubscribes, Total spam complaints, Total bounced").split(",")]
DOTDIGITAL = [h.strip() for h in (
    "Last sent, Campaign name, Click-to-delivered rate, Conversion rate, Direct orders, "
    "Assisted orders, Revenue, Assisted revenue, Total segments, Total clicks, "
    "Total delivered, Total sent, Type, Unique clickers, Unsubscribes").split(",")]
PLIVO = [h.strip() for h in (
    "message_uuid, message_time, message_direction, message_state, message_type, "
    "from_number, to_number, units, total_rate, total_amount, error_code").split(",")]
TELNYX = [h.strip() for h in (
    "id, direction, message_type, cld, cli, parts, rate, cost, currency, created_at, sent_at, "
    "completed_at, status").split(",")]
CLICKSEND = ("message_id,date,direction,from,to,body,status,status_code,message_parts,"
             "message_price,country,carrier").split(",")
TEXTMAGIC = "id,sender,receiver,text,status,messageTime,price,partsCount,country".split(",")
POSTSCRIPT = "ATTRIBUTION_ID,MESSAGE_ID,ORDER_ID,AMOUNT_IN_CENTS".split(",")
BREVO = [h.strip() for h in
         "delivered, sent, processing, softBounces, hardBounces, unsubscriptions, answered"
         .split(",")]


def test_normalise_ignores_case_spacing_punctuation_units_and_camel_case() -> None:
    assert normalise("  Sales ($) ") == "sales"
    assert normalise("Revenue (EUR)") == "revenue"
    assert normalise("AMOUNT_IN_CENTS") == "amount in cents"
    assert normalise("Click-to-delivered rate") == "click to delivered rate"
    assert normalise("partsCount") == "parts count"


def test_twilio_log_is_messages_and_both_phone_columns_are_dropped() -> None:
    m = suggest_mapping(TWILIO)
    assert m.shape == "messages"
    assert m.fields == {"message_id": "Sid", "direction": "Direction", "status": "Status",
                        "sent_at": "SentDate", "segments": "NumSegments", "price": "Price",
                        "body": "Body"}
    assert m.dropped == ["From", "To"]
    assert "AccountSid" in m.unmapped and "From" not in m.unmapped


def test_klaviyo_old_prefers_unique_counts_over_totals() -> None:
    m = suggest_mapping(KLAVIYO_OLD)
    assert m.shape == "summary"
    assert m.fields["clicks"] == "Unique Clicks"
    assert m.fields["conversions"] == "Unique Placed Order"
    assert m.fields["sent"] == "Total Recipients"
    assert m.fields["delivered"] == "Successful Deliveries"
    assert m.fields["channel"] == "Campaign Channel"
    assert m.fields["date"] == "Send Time"
    assert "Total Clicks" in m.unmapped
    # counts exist, so the rate columns are not used
    assert m.derived == {}


def test_klaviyo_new_headers() -> None:
    m = suggest_mapping(KLAVIYO_NEW)
    assert m.fields["name"] == "Campaign name"
    assert m.fields["date"] == "Message send date time"
    assert m.fields["conversions"] == "Count of unique conversions"
    assert m.fields["revenue"] == "Conversion value"
    assert m.fields["opt_outs"] == "Unique unsubscribes"
    assert m.fields["segment"] == "Audiences list"


def test_dotdigital_takes_unique_clickers_and_direct_orders() -> None:
    m = suggest_mapping(DOTDIGITAL)
    assert m.fields["clicks"] == "Unique clickers"
    assert m.fields["conversions"] == "Direct orders"
    assert m.fields["revenue"] == "Revenue"
    assert m.fields["sent"] == "Total sent"
    assert m.fields["delivered"] == "Total delivered"
    assert m.fields["date"] == "Last sent"


@pytest.mark.parametrize(("headers", "expected", "dropped"), [
    (PLIVO, {"message_id": "message_uuid", "sent_at": "message_time",
             "direction": "message_direction", "status": "message_state",
             "segments": "units", "price": "total_amount"}, ["from_number", "to_number"]),
    (TELNYX, {"message_id": "id", "direction": "direction", "status": "status",
              "sent_at": "sent_at", "segments": "parts", "price": "cost"}, ["cld", "cli"]),
    # ClickSend's status_code (201 = on the handset) says delivered; its status may say "Sent".
    (CLICKSEND, {"message_id": "message_id", "sent_at": "date", "status": "status_code",
                 "segments": "message_parts", "price": "message_price", "body": "body"},
     ["from", "to"]),
    (TEXTMAGIC, {"message_id": "id", "status": "status", "sent_at": "messageTime",
                 "price": "price", "segments": "partsCount", "body": "text"},
     ["sender", "receiver"]),
])
def test_provider_logs(headers: list[str], expected: dict[str, str], dropped: list[str]) -> None:
    m = suggest_mapping(headers)
    assert m.shape == "messages"
    for fieldname, column in expected.items():
        assert m.fields[fieldname] == column
    assert m.dropped == dropped


def test_postscript_amount_in_cents_is_marked() -> None:
    m = suggest_mapping(POSTSCRIPT)
    assert m.shape == "messages"
    assert m.fields["order_value"] == "AMOUNT_IN_CENTS"
    assert m.cents == {"order_value"}
    assert m.fields["message_id"] == "MESSAGE_ID"


def test_brevo_and_hand_kept_sheet() -> None:
    b = suggest_mapping(BREVO)
    assert b.shape == "summary"
    assert b.fields == {"sent": "sent", "delivered": "delivered", "replies": "answered",
                        "opt_outs": "unsubscriptions"}
    h = suggest_mapping(["Campaign", "Date", "Messages sent", "Orders", "Sales ($)"])
    assert h.fields == {"name": "Campaign", "date": "Date", "sent": "Messages sent",
                        "conversions": "Orders", "revenue": "Sales ($)"}
    e = suggest_mapping(["Name", "Day", "Total SMS sent", "Revenue (EUR)", "Price (cents)"])
    assert e.fields["sent"] == "Total SMS sent"
    assert e.fields["revenue"] == "Revenue (EUR)"
    assert e.cents == {"cost"}


def test_rate_used_only_when_count_missing() -> None:
    m = suggest_mapping(["Campaign", "Date", "Sent", "Delivered", "Click rate", "Orders"])
    assert m.derived == {"clicks": "Click rate"}
    assert "clicks" not in m.fields
    m2 = suggest_mapping(["Campaign", "Date", "Sent", "Clicks", "Click rate"])
    assert m2.derived == {}
    assert m2.unmapped == ["Click rate"]


def test_overrides_win_and_can_unmap() -> None:
    headers = ["Campaign", "Date", "Sent", "Orders", "Assisted"]
    m = suggest_mapping(headers, overrides=parse_overrides(["conversions=assisted", "sent="]))
    assert m.fields["conversions"] == "Assisted"
    assert "sent" not in m.fields
    assert set(m.unmapped) == {"Sent", "Orders"}


def test_bad_overrides_are_typed_errors_naming_the_columns() -> None:
    with pytest.raises(MappingError, match=r"no column 'Nope'.*Campaign, Date"):
        suggest_mapping(["Campaign", "Date"], overrides={"sent": "Nope"})
    with pytest.raises(MappingError, match="not a field"):
        parse_overrides(["bogus=Campaign"])
    with pytest.raises(MappingError, match="FIELD=COLUMN"):
        parse_overrides(["sent"])


def test_mapping_key_ignores_order_and_case_but_not_content() -> None:
    assert mapping_key(["Sent", "Campaign Name"]) == mapping_key(["campaign_name", "SENT "])
    assert mapping_key(["Sent", "Campaign"]) != mapping_key(["Sent", "Campaign", "Orders"])
    assert suggest_mapping(TWILIO).key == mapping_key(TWILIO)


def test_shape_detection() -> None:
    assert detect_shape(KLAVIYO_OLD) == "summary"
    assert detect_shape(DOTDIGITAL) == "summary"
    assert detect_shape(TWILIO) == "messages"
    assert detect_shape(["Campaign", "Date", "Sent"]) == "summary"


def test_email_tools_report_headers() -> None:
    # TinyLetter's stats flattened to CSV (Data Is Plural's newsletter): send_count is sent
    m = suggest_mapping(["id", "subject", "sent_at", "send_count", "stats.unique_clicks",
                         "stats.total_clicks", "stats.unsubs"])
    assert (m.column("sent"), m.column("clicks"), m.column("opt_outs"), m.column("date")) == (
        "send_count", "stats.unique_clicks", "stats.unsubs", "sent_at")
    # Mailchimp's one-campaign report labels: people who clicked, not the clicks
    m = suggest_mapping(["Title", "Delivery Date/Time", "Total Recipients", "Total Clicks",
                         "Recipients Who Clicked", "Total Unsubs"])
    assert (m.column("date"), m.column("clicks"), m.column("opt_outs")) == (
        "Delivery Date/Time", "Recipients Who Clicked", "Total Unsubs")
    # MailerLite's classic report
    m = suggest_mapping(["Subject", "Sent date", "Total emails sent", "Clicked", "Unsubscribed"])
    assert (m.column("sent"), m.column("clicks"), m.column("date")) == (
        "Total emails sent", "Clicked", "Sent date")
