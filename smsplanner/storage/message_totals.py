"""Each log campaign's message figures kept as running totals (campaign_totals), changed by
what an import adds or changes instead of recounted from every stored message.

Figures come from partial sums grouped by (campaign, message state): counts, money sums and
send times per state, folded here with what each state means (outbound, flags). A known
figure and an unknown one stay apart (a sum and how many rows knew it). The earliest and
latest send cannot be taken back by subtraction: when rows holding one of them leave, the
campaign is counted again from its rows (rare: undo, or a later log moving a send time).
Runs on the thread that owns the connection, inside the caller's transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from smsplanner.storage.message_codec import COST_SCALE, ORDER_SCALE, State, minutes_text


def partials(times: str = "sent_at") -> str:
    """Per (group, state): what totals are made of, over columns order_value and cost and
    the send times `times` (for rows taken away: only those whose time moves)."""
    return ("count(*), sum(order_value), count(order_value), sum(cost), count(cost), "
            f"min({times}), max({times})")


PARTIALS = partials()
# Outbound-only flags (a reply's 'delivered' means nothing) and flags of every row.
_OUT_FLAGS = {"delivered": 2, "clicks": 3, "conversions": 5}
_ALL_FLAGS = {"replies": 4, "opt_outs": 6}


@dataclass
class Totals:
    """One campaign's figures over its stored messages."""

    messages: int = 0
    sent: int = 0
    delivered: int = 0
    delivered_n: int = 0
    clicks: int = 0
    clicks_n: int = 0
    replies: int = 0
    replies_n: int = 0
    conversions: int = 0
    conversions_n: int = 0
    opt_outs: int = 0
    opt_outs_n: int = 0
    order_value: int = 0
    order_n: int = 0
    cost: int = 0
    cost_n: int = 0
    first_out: int | None = None
    first_any: int | None = None
    last_out: int | None = None
    last_any: int | None = None
    stale: bool = False  # an earliest or latest send left: count again from the rows
    gone_lo: int | None = None  # (a delta) earliest and latest send time taken away
    gone_hi: int | None = None

    def add(self, state: State, part: tuple[Any, ...], sign: int = 1) -> None:
        """Add (sign 1) or take away (-1) one partial row: PARTIALS' values of a state."""
        n, o_sum, o_n, c_sum, c_n, lo, hi = part
        outbound = bool(state[1])
        self.messages += sign * n
        self.sent += sign * n * int(outbound)
        for name, i in (*_OUT_FLAGS.items(), *_ALL_FLAGS.items()):
            if state[i] is None or (name in _OUT_FLAGS and not outbound):
                continue
            setattr(self, name, getattr(self, name) + sign * n * state[i])
            setattr(self, name + "_n", getattr(self, name + "_n") + sign * n)
        self.order_value += sign * (o_sum or 0)
        self.order_n += sign * o_n
        self.cost += sign * (c_sum or 0)
        self.cost_n += sign * c_n
        if lo is None:
            return
        if sign < 0:
            self.gone_lo = lo if self.gone_lo is None else min(self.gone_lo, lo)
            self.gone_hi = hi if self.gone_hi is None else max(self.gone_hi, hi)
            return
        self.first_any = lo if self.first_any is None else min(self.first_any, lo)
        self.last_any = hi if self.last_any is None else max(self.last_any, hi)
        if outbound:
            self.first_out = lo if self.first_out is None else min(self.first_out, lo)
            self.last_out = hi if self.last_out is None else max(self.last_out, hi)

    def figures(self) -> tuple[Any, ...]:
        """The figures combined_campaign takes: sent, delivered, clicks, replies, conversions,
        opt-outs, revenue, cost, first send (ISO text), message count."""
        def known(name: str) -> int | None:
            return getattr(self, name) if getattr(self, name + "_n") else None

        return (self.sent, known("delivered"), known("clicks"), known("replies"),
                known("conversions"), known("opt_outs"),
                self.order_value / ORDER_SCALE if self.order_n else None,
                self.cost / COST_SCALE if self.cost_n else None,
                minutes_text(self.first_out if self.first_out is not None
                             else self.first_any),
                self.messages)

    def last_send(self) -> str | None:
        """ISO text of the last send (of any message when none was sent)."""
        return minutes_text(self.last_out if self.last_out is not None else self.last_any)


def combine(old: Totals | None, d: Totals) -> Totals:
    """Stored totals with a delta added (the delta alone for a campaign without any)."""
    if old is None:
        return d
    if d.gone_lo is not None and d.gone_hi is not None:
        first = old.first_out if old.first_out is not None else old.first_any
        last = old.last_out if old.last_out is not None else old.last_any
        # A send time at or past an end left (ties included): that end may have moved.
        old.stale = old.stale or (first is not None and d.gone_lo <= first) or (
            last is not None and d.gone_hi >= last)
    for f in fields(d):
        a, b = getattr(old, f.name), getattr(d, f.name)
        if f.name.startswith("gone"):
            continue
        if f.name == "stale":
            setattr(old, f.name, a or b)
        elif f.name.startswith(("first", "last")):
            pick = min if f.name.startswith("first") else max
            setattr(old, f.name, b if a is None else a if b is None else pick(a, b))
        else:
            setattr(old, f.name, a + b)
    return old


_COLS = [f.name for f in fields(Totals) if f.name not in ("stale", "gone_lo", "gone_hi")]


def states(conn: sqlite3.Connection, table: str = "message_states") -> dict[int, State]:
    """Code -> state of a code table (message_states, or a stage's temp.state_codes)."""
    return {int(r[0]): tuple(json.loads(r[1])) for r in
            conn.execute(f"SELECT code, sig FROM {table}")}


def fold(rows: Iterable[tuple[Any, ...]], codes: dict[int, State], sign: int = 1,
         into: dict[int, Totals] | None = None) -> dict[int, Totals]:
    """Partial rows (group, state code, *PARTIALS) added into per-group totals."""
    out: dict[int, Totals] = {} if into is None else into
    for row in rows:
        out.setdefault(int(row[0]), Totals()).add(codes[int(row[1])], tuple(row[2:]), sign)
    return out


def load(conn: sqlite3.Connection, campaign_ids: Iterable[int]) -> dict[int, Totals]:
    """The stored totals of these campaigns (none for a campaign without messages)."""
    ids = json.dumps(sorted(set(campaign_ids)))
    rows = conn.execute(f"SELECT campaign_id, {', '.join(_COLS)} FROM campaign_totals "
                        "WHERE campaign_id IN (SELECT value FROM json_each(?))", (ids,))
    return {int(r[0]): Totals(*r[1:]) for r in rows}


def counted(conn: sqlite3.Connection, campaign_ids: Iterable[int] | None) -> dict[int, Totals]:
    """Totals counted from the stored rows (one pass over the table): these campaigns, or
    every campaign with None."""
    where = ""
    args: tuple[Any, ...] = ()
    if campaign_ids is not None:
        where = "WHERE campaign_id IN (SELECT value FROM json_each(?))"
        args = (json.dumps(sorted(set(campaign_ids))),)
    rows = conn.execute(f"SELECT +campaign_id, state >> 8, {PARTIALS} FROM messages {where} "
                        "GROUP BY +campaign_id, state >> 8", args)
    return fold(rows, states(conn))


def save(conn: sqlite3.Connection, totals: dict[int, Totals]) -> None:
    """Write totals (a campaign left without messages loses its row); stale ones are
    counted again from the rows first."""
    stale = [c for c, t in totals.items() if t.stale]
    if stale:
        fresh = counted(conn, stale)
        totals = {**totals, **{c: fresh.get(c, Totals()) for c in stale}}
    gone = [(c,) for c, t in totals.items() if t.messages <= 0]
    conn.executemany("DELETE FROM campaign_totals WHERE campaign_id = ?", gone)
    keep = [(c, *(getattr(t, f) for f in _COLS)) for c, t in totals.items() if t.messages > 0]
    conn.executemany(f"INSERT OR REPLACE INTO campaign_totals (campaign_id, {', '.join(_COLS)}) "
                     f"VALUES ({', '.join('?' * (len(_COLS) + 1))})", keep)


def recount_all(conn: sqlite3.Connection) -> None:
    """campaign_totals rebuilt from every stored message (after converting a file)."""
    conn.execute("DELETE FROM campaign_totals")
    save(conn, counted(conn, None))


def create_table(conn: sqlite3.Connection) -> None:
    """The campaign_totals table (by the migration that brings the compact store)."""
    cols = ", ".join(f"{c} INTEGER{' NOT NULL' if not c.startswith(('first', 'last')) else ''}"
                     for c in _COLS)
    conn.execute(f"CREATE TABLE campaign_totals (campaign_id INTEGER PRIMARY KEY, {cols})")
