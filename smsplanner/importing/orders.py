"""A shop's order list is not a report of sends.

Shopify's order export (Name = "#1048", Financial Status, Lineitem name, Billing Name, phone
columns, Created at) and WooCommerce's look enough like a per-message log to be read as one:
every order became an SMS "campaign" of one message. A file with an order list's columns and
none of a send report's figures is refused, saying what it is. Pure; caller's thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smsplanner.domain.imports import ImportRefused, Mapping, Said

if TYPE_CHECKING:
    from smsplanner.importing.table import RawTable

# Columns only an order list has (normalised): Shopify's, WooCommerce's and hand-made ones.
ORDER_COLUMNS = frozenset({
    "financial status", "fulfillment status", "fulfilled at", "lineitem name",
    "lineitem quantity", "lineitem price", "lineitem sku", "lineitem discount", "billing name",
    "shipping name", "billing address1", "shipping address1", "billing street",
    "shipping street", "shipping method", "subtotal", "order number", "order id", "order name",
    "order status", "order date", "order total", "order subtotal", "line items", "item name",
    "product name", "sku", "quantity", "payment method", "customer note", "cart total",
    "first name billing", "last name billing", "shipping address", "billing address",
})
# Figures a send report has; a file with one of them mapped is a report, whatever else it has.
SEND_FIELDS = ("sent", "delivered", "clicks", "replies", "opt_outs", "status", "direction",
               "segments", "price", "body")
MIN_ORDER_COLUMNS = 3


def check_not_orders(raw: RawTable, m: Mapping, shape: str) -> None:
    """Raise ImportRefused when `raw` is a shop's order list rather than sends."""
    from smsplanner.importing.mapping import normalise

    if any(m.column(f) for f in SEND_FIELDS):
        return
    found = [h for h in [*raw.headers, *raw.dropped_columns] if normalise(h) in ORDER_COLUMNS]
    if len(found) < MIN_ORDER_COLUMNS:
        return
    name = raw.source.name
    shown = ", ".join(f"'{h}'" for h in found[:3])
    raise ImportRefused(Said(
        "orders_not_sends", f"{name} is a shop's order list ({shown}...), not a report of "
        "messages sent: import the campaign report or message log from your SMS provider, "
        "and count the orders each campaign brought in its orders figure.",
        file=name, columns=found), shape=shape, rows_read=len(raw.frame))
