"""Which summary rows surely pass every campaign rule, decided for all rows at once.

`campaign_problems` checks one Campaign in Python; on a 200,000-row summary that was 40% of
planning. The rules on figures and text lengths are checked here with arrays, and only rows
that may break one get the full per-row check (which says what is wrong). A row marked clean
must give no problem; a row not marked clean may still have none.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from smsplanner.domain.campaign import MAX_COUNT, MAX_MONEY, MAX_TEXT

_AUDIENCE = ("clicks", "replies", "opt_outs", "conversions")


def _lengths_ok(values: np.ndarray | None, most: int, required: bool) -> np.ndarray | bool:
    """Text cells no longer than `most` (and, when required, not blank)."""
    if values is None:
        return not required
    cells = values.tolist()
    if len(cells) > 1000 and len(kinds := set(cells)) * 4 < len(cells):
        # Few distinct values (a channel, a segment): each checked once.
        ok = {v: _text_ok(v, most, required) for v in kinds}
        return np.array(list(map(ok.__getitem__, cells)), dtype=bool)
    if required:  # (not v.isspace(): v.strip() not blank, without making the copy)
        return np.array([(0 < len(v) <= most and not v.isspace()) if type(v) is str
                         else _text_ok(v, most, True) for v in cells], dtype=bool)
    return np.array([not isinstance(v, str) or len(v) <= most for v in cells], dtype=bool)


def _text_ok(v: Any, most: int, required: bool) -> bool:
    if required:
        return isinstance(v, str) and len(v.strip()) > 0 and len(v) <= most
    return not isinstance(v, str) or len(v) <= most


def clean_rows(n: int, counts: dict[str, np.ndarray | None],
               money: dict[str, np.ndarray | None], texts: dict[str, np.ndarray | None],
               names: np.ndarray | None, channels: np.ndarray) -> np.ndarray:
    """Rows whose counts, money, texts, name and channel break no rule of campaign_problems
    (time, date and derived counts are the caller's to check)."""
    ok = np.ones(n, dtype=bool)
    known: dict[str, Any] = {}
    for name, a in counts.items():
        if a is None:
            continue
        v = np.asarray(a, dtype=float)
        has = ~np.isnan(v)
        ok &= ~has | ((v >= 0) & (v <= MAX_COUNT) & (v == np.floor(v)))
        known[name] = (v, has)
    for a in money.values():
        if a is not None:
            v = np.asarray(a, dtype=float)
            ok &= np.isnan(v) | ((v >= 0) & (v <= MAX_MONEY))
    if "sent" in known and "delivered" in known:
        (s, hs), (d, hd) = known["sent"], known["delivered"]
        ok &= ~(hs & hd) | (d <= s)
    base = None
    if "delivered" in known or "sent" in known:
        d, hd = known.get("delivered", (np.zeros(n), np.zeros(n, dtype=bool)))
        s, hs = known.get("sent", (np.zeros(n), np.zeros(n, dtype=bool)))
        base = (np.where(hd, d, s), hd | hs)
    if base is not None:
        r, hr = base
        for name in _AUDIENCE:
            if name in known:
                v, has = known[name]
                ok &= ~(has & hr) | (v <= r)
    ok &= _lengths_ok(names, MAX_TEXT["name"], True)
    ok &= _lengths_ok(channels, MAX_TEXT["channel"], True)
    for name, values in texts.items():
        ok &= _lengths_ok(values, MAX_TEXT[name], False)
    return ok
