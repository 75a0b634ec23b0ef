"""A search typed on the Campaigns tab redraws the Trends chart once, when it comes to the
front, and it then shows the same campaigns as if it had followed every keystroke."""

from __future__ import annotations

from smsplanner.domain.filters import CampaignFilter
from smsplanner.services.sample import load_sample_data


def test_hidden_trends_redraws_when_shown(window) -> None:
    load_sample_data(window.conn)
    window.reload()
    window.show_view(window.workspace)
    calls: list[int] = []
    original = window.trends.redraw

    def counted() -> None:
        calls.append(1)
        original()

    window.trends.redraw = counted  # type: ignore[method-assign]
    for text in ("L", "Lo", "Loyal"):
        window.set_filter(CampaignFilter(channel=None, text=text))
    assert calls == []  # hidden: nothing drawn while typing
    shown = window.shown_campaigns()
    assert 0 < len(shown) < len(window.campaigns())
    window.show_view(window.trends)
    assert calls == [1]
    t = window.trends
    assert t._filter == window.current_filter()
    expected = sum(1 for c in t._table.campaigns if t._filter.matches(c))
    assert 0 < int(t._table.mask(t._filter).sum()) == expected
    window.show_view(window.workspace)
    window.show_view(window.trends)
    assert calls == [1]  # nothing changed since: no second redraw


def test_table_follows_a_search_typed_on_the_trends_tab(window) -> None:
    load_sample_data(window.conn)
    window.reload()
    window.show_view(window.trends)
    window.set_filter(CampaignFilter(channel=None, text="Loyal"))
    shown = window.shown_campaigns()
    assert f"{len(shown)} of {len(window.campaigns())}" in window.status_count.text()
    window.show_view(window.workspace)
    assert window.workspace.table.proxy.rowCount() == len(shown)
    assert "Total: " + str(len(shown)) in window.workspace.table.totals_model.index(0, 0).data()
