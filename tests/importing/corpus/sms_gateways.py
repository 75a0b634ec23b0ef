"""Message logs from Plivo, Telnyx, ClickSend, Textmagic and Postscript."""

from __future__ import annotations

from .base import csv_rows

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
