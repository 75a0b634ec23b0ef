"""The campaigns table model: numbers sort as numbers, unknown last, em dashes, tooltips, totals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from smsplanner.domain.campaign import Campaign
from smsplanner.ui.campaigns.model import COLUMNS, column_index
from smsplanner.ui.campaigns.table import CampaignTable


def _c(cid: int, name: str, sent: int | None, conv: int | None, **kw) -> Campaign:
    return Campaign(id=cid, name=name, date=dt.date(2026, 1, cid), sent=sent,
                    conversions=conv, **kw)


CAMPAIGNS = [
    _c(1, "b-nine", 900, 9),        # 1.0%
    _c(2, "a-unknown", 1000, None),  # conversion unknown
    _c(3, "c-ten", 10_000, 1000),   # 10.0%
    _c(4, "d-two", 100, 2),         # 2.0%
]


def _column_texts(table: CampaignTable, key: str) -> list[str]:
    col = column_index(key)
    return [table.proxy.index(r, col).data() for r in range(table.proxy.rowCount())]


def test_sorting_numbers_as_numbers_unknown_last_both_ways(qtbot) -> None:
    table = CampaignTable()
    qtbot.addWidget(table)
    table.set_campaigns(CAMPAIGNS)
    conv = column_index("conversion_rate")
    table.view.sortByColumn(conv, Qt.SortOrder.AscendingOrder)
    assert _column_texts(table, "conversion_rate") == ["1.0%", "2.0%", "10.0%", "—"]
    table.view.sortByColumn(conv, Qt.SortOrder.DescendingOrder)
    assert _column_texts(table, "conversion_rate") == ["10.0%", "2.0%", "1.0%", "—"]
    # "10,000" must not sort before "900" as text would.
    table.view.sortByColumn(column_index("sent"), Qt.SortOrder.AscendingOrder)
    assert _column_texts(table, "sent") == ["100", "900", "1,000", "10,000"]


def test_unknown_shows_em_dash_and_rate_tooltip_names_denominator(qtbot) -> None:
    table = CampaignTable()
    qtbot.addWidget(table)
    table.set_campaigns([_c(1, "x", 2900, 123, delivered=None)])
    row = 0
    clicks = table.model.index(row, column_index("clicks"))
    assert clicks.data() == "—"
    tip = table.model.index(row, column_index("conversion_rate")).data(Qt.ItemDataRole.ToolTipRole)
    assert "95% interval" in tip and "123 of 2,900 sent" in tip


def test_totals_row_pools_rates_over_shown_campaigns(qtbot) -> None:
    table = CampaignTable()
    qtbot.addWidget(table)
    table.set_campaigns(CAMPAIGNS)
    totals = table.totals_model
    # Pooled over the three with known conversions: (9+1000+2) / (900+10000+100) = 9.19%.
    assert totals.index(0, column_index("conversion_rate")).data() == "9.2%"
    tip = totals.index(0, column_index("conversion_rate")).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 of 4 campaigns left out" in tip
    assert totals.index(0, column_index("sent")).data() == "12,000"
    assert totals.index(0, column_index("name")).data() == "Total: 4 campaigns"
    table.set_campaigns(CAMPAIGNS[:1])
    assert totals.index(0, column_index("conversion_rate")).data() == "1.0%"
    assert totals.index(0, column_index("clicks")).data() == "—"


def test_copy_as_tsv_with_headers_in_visible_order(qtbot) -> None:
    table = CampaignTable()
    qtbot.addWidget(table)
    for i, col in enumerate(COLUMNS):
        table.set_column_hidden(i, col.key not in ("name", "sent", "clicks"))
    table.set_campaigns(CAMPAIGNS)
    table.view.sortByColumn(column_index("name"), Qt.SortOrder.AscendingOrder)
    table.select_ids([1, 3])
    lines = table.selection_as_tsv().splitlines()
    assert lines[0] == "Name\tSent\tClicks"
    assert lines[1].split("\t")[0] == "b-nine" and lines[2].split("\t")[0] == "c-ten"
    assert lines[1].split("\t")[2] == ""  # unknown pastes as an empty cell, not a dash
    assert table.selected_ids() == [1, 3]
