# ruff: noqa: E501  (the sample exports keep their real, long header lines)
"""A shop's order list (Shopify's, WooCommerce's export) is refused saying what it is, never
read as a log of one-message SMS "campaigns"; a campaign sheet with order figures is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from smsplanner.domain.imports import ImportRefused, reason_of
from smsplanner.importing.plan import build_plan
from smsplanner.importing.read import read_table

SHOPIFY = """\
Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Total,Discount Code,Created at,Lineitem quantity,Lineitem name,Billing Name,Shipping Phone,Id,Source
#1048,,paid,2025-12-02 15:41:10 +0000,fulfilled,GBP,40.00,42.11,,2025-12-02 15:41:09 +0000,1,Maxi Dress - S,,+44 7700 900100,12133307351371,web
#1049,,paid,2025-12-02 19:09:02 +0000,fulfilled,GBP,40.00,42.12,SPRING,2025-12-02 19:09:01 +0000,1,Mini Dress - M,,+44 7700 900101,12133307351372,web
"""
WOOCOMMERCE = """\
Order Number,Order Status,Order Date,First Name (Billing),Last Name (Billing),Payment Method,Item Name,Quantity,Order Total
1201,completed,2024-05-02 10:11,,,card,Candle,2,36.00
1202,processing,2024-05-02 11:40,,,card,Soap,1,9.50
"""
CAMPAIGNS_WITH_ORDERS = """\
Campaign,Date,Sent,Orders,Order Total,Quantity,Subtotal
Spring sale,2025-03-01,1200,31,1240.50,40,1100.00
"""


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "UTC")


@pytest.mark.parametrize("text", [SHOPIFY, WOOCOMMERCE])
@pytest.mark.parametrize("channel", ["sms", "all"])
def test_an_order_list_is_refused_as_orders(tmp_path: Path, text: str, channel: str) -> None:
    path = tmp_path / "orders_export_1.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        build_plan(read_table(path), channel=channel)
    code, fields = reason_of(refused.value.said)
    assert code == "orders_not_sends" and fields["file"] == "orders_export_1.csv"
    assert "is a shop's order list" in str(refused.value.said)
    assert "--" not in str(refused.value.said)  # no command-line flag in the engine's words
    assert refused.value.rows_read == 2


def test_a_campaign_sheet_with_order_figures_is_a_campaign_sheet(tmp_path: Path) -> None:
    path = tmp_path / "campaigns.csv"
    path.write_text(CAMPAIGNS_WITH_ORDERS, encoding="utf-8")
    plan = build_plan(read_table(path))
    assert plan.problems == []
    [pc] = plan.campaigns
    assert (pc.campaign.sent, pc.campaign.conversions) == (1200, 31)
