"""Reading and planning a big per-message log in chunks, so memory stays bounded whatever the
file's size: each chunk is read, planned with the mapping and date order of the first, and its
message rows staged in the connection's temp.incoming table; then SQLite resolves ids repeated
across chunks and adds up the campaigns. The plan that comes out is written as any other.

Nothing of the campaign file is written here, so a refusal in a late chunk leaves it as it
was. Plain functions for the thread that owns the connection, with progress and cancel.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from smsplanner.domain.campaign import COUNT_FIELDS, Campaign, campaign_problems
from smsplanner.domain.imports import (
    ImportPlan,
    ImportProblem,
    ImportRefused,
    Mapping,
    PlannedCampaign,
    Said,
)
from smsplanner.domain.progress import IsCancelled, Progress, check_cancelled

if TYPE_CHECKING:
    from smsplanner.importing.table import RawTable

# Files smaller than this are read whole (every check sees the whole file at once); bigger
# CSV logs are streamed. 48 MB is about half a million rows of a provider's log.
STREAM_BYTES = 48 << 20
# Data rows planned at a time: with the chunk's raw text cells (the biggest part) and its
# planned arrays, about 150 MB at a time for a typical log.
CHUNK_ROWS = 200_000
# Refusals of one chunk that only mean it holds no campaign rows of its own.
_EMPTY_CHUNK = {"no_rows", "only_totals", "not_text_messages"}


def streamable(path: Path, *, sheet: str | None, shape: str | None,
               min_bytes: int | None = None) -> bool:
    """Whether to stream this file: a delimited-text file of at least `min_bytes`
    (STREAM_BYTES unless given) that may be a log."""
    from smsplanner.importing.sniff import sniff

    if sheet is not None or shape == "summary":
        return False
    try:
        if path.stat().st_size < (STREAM_BYTES if min_bytes is None else min_bytes):
            return False
        return sniff(path) == "text"
    except OSError:
        return False


@dataclass
class _Merged:
    """What the chunks' plans add up to, besides the staged rows."""

    keys: dict[tuple[str, str], int] = field(default_factory=dict)  # (name, channel) -> code
    bodies: dict[int, str] = field(default_factory=dict)  # code -> first message text
    problems: list[ImportProblem] = field(default_factory=list)
    notes: list[Any] = field(default_factory=list)
    rows_read: int = 0
    rows_skipped: int = 0
    rows_left_out: int = 0
    repeated: int = 0
    auto: int = 0
    totals: int = 0
    other: int = 0
    other_channels: set[str] = field(default_factory=set)
    other_costs: dict[str, float | None] = field(default_factory=dict)
    staged: int = 0  # rows handed to the stage (repeats across chunks included)
    # code -> the campaign's figures summed over the chunks (exact unless an id came again
    # in a later chunk, which replaced its earlier row: then SQL adds the stage up instead)
    sums: dict[int, Campaign] = field(default_factory=dict)

    def add_campaign(self, code: int, c: Campaign) -> None:
        had = self.sums.get(code)
        if had is None:
            self.sums[code] = c
            return
        # the first send: the earliest outbound one, else the earliest of any message
        had_sent, c_sent = had.sent or 0, c.sent or 0  # (a log's campaigns always have it)
        had_first = (had_sent > 0, -had.date.toordinal(), _minus(had.time)) >= \
            (c_sent > 0, -c.date.toordinal(), _minus(c.time))
        when = had if had_first else c
        self.sums[code] = had.with_changes(
            date=when.date, time=when.time, sent=had_sent + c_sent,
            **{f: _plus(getattr(had, f), getattr(c, f))
               for f in ("delivered", "clicks", "replies", "opt_outs", "conversions")},
            revenue=_rounded(_plus(had.revenue, c.revenue), 4),
            cost=_rounded(_plus(had.cost, c.cost), 6))

    def add_costs(self, costs: dict[str, float | None]) -> None:
        for key, value in costs.items():
            if value is not None:
                self.other_costs[key] = round((self.other_costs.get(key) or 0.0) + value, 6)
            else:
                self.other_costs.setdefault(key, None)


def _plus(a: Any, b: Any) -> Any:
    """Sum where None is unknown (as SQL's sum: unknown only when both are)."""
    return b if a is None else a if b is None else a + b


def _rounded(x: float | None, digits: int) -> float | None:
    return None if x is None else round(x, digits)


def _minus(hhmm: str | None) -> int:
    """-minutes of the day, so a later time compares smaller."""
    if not hhmm:
        return 0
    h, m = hhmm.split(":")
    return -(int(h) * 60 + int(m))


def stream_plan(conn: sqlite3.Connection, path: Path, *, campaign: str | None,
                mapping: Mapping | dict[str, str] | None, shape: str | None, channel: str,
                skip_bad_rows: bool, read_options: dict[str, Any] | None,
                progress: Progress | None, is_cancelled: IsCancelled | None,
                chunk_rows: int | None = None,
                ) -> tuple[ImportPlan, dict[str, Any]] | None:
    """The plan of a big log, its rows staged in temp.incoming; None when the file turns out
    not to be a log with message ids (then it is read whole, as a small file is). Chunks
    hold `chunk_rows` rows (CHUNK_ROWS unless given).

    Also returns the `detected` settings. Raises what read_table and build_plan raise
    (ImportFileError, ImportRefused, Cancelled); the stage is dropped when it does.
    """
    from smsplanner.importing.csv_reader import CsvReader
    from smsplanner.importing.plan import build_plan
    from smsplanner.importing.read import check_read_options
    from smsplanner.importing.table import NotStreamable, ReadOptions
    from smsplanner.storage.import_stage import drop_stage, start_stage

    opts = ReadOptions(**(read_options or {}), progress=progress, is_cancelled=is_cancelled)
    check_read_options(path, opts)
    chunks: Generator[RawTable, None, None] = CsvReader().read_chunks(
        path, opts, CHUNK_ROWS if chunk_rows is None else chunk_rows)
    first: ImportPlan | None = None
    merged = _Merged()
    said_on_read = 0  # notes of the read known when the first chunk was planned
    start_stage(conn)
    try:
        for raw in chunks:
            try:
                plan = build_plan(raw, mapping=first.mapping if first else mapping,
                                  shape=shape if first is None else "messages",
                                  campaign=campaign, channel=channel, skip_bad_rows=True,
                                  is_cancelled=is_cancelled)
            except ImportRefused as exc:
                if first is None or _said_code(exc.said) not in _EMPTY_CHUNK:
                    raise
                _count_empty(merged, raw, exc)
                continue
            if first is None:
                if plan.shape != "messages" or plan.mapping.column("message_id") is None:
                    drop_stage(conn)
                    return None
                first = plan
                said_on_read = len(raw.detected.notes)
                # Later chunks read dates as the first did (a chunk of days <= 12 alone
                # could otherwise be read the other way round).
                raw.detected.date_order = plan.detected.get("date_order")
            _merge(conn, merged, plan, is_cancelled)
            detected_notes = raw.detected.notes
            del raw, plan
        if first is None:  # pragma: no cover - the first chunk always plans or raises
            drop_stage(conn)
            return None
        merged.notes.extend(detected_notes[said_on_read:])  # found at the end of the read
        result = _finish(conn, first, merged, skip_bad_rows, said_on_read)
        detected = dict(first.detected)
        return result, detected
    except NotStreamable:
        drop_stage(conn)
        return None
    except BaseException:
        drop_stage(conn)
        raise
    finally:
        chunks.close()


def _said_code(said: Any) -> str | None:
    return said.code if isinstance(said, Said) else None


def _said_field(said: Any, name: str) -> Any:
    return said.fields.get(name) if isinstance(said, Said) else None


def _count_empty(merged: _Merged, raw: Any, exc: ImportRefused) -> None:
    """A later chunk without campaign rows: only a totals row, or only other channels."""
    merged.totals += sum(1 for s in raw.skipped if s.kind == "total")
    if _said_code(exc.said) == "not_text_messages":
        merged.rows_read += exc.rows_read
        merged.other += exc.rows_read
        merged.other_channels.update(_said_field(exc.said, "channels") or [])


def _merge(conn: sqlite3.Connection, merged: _Merged, plan: ImportPlan,
           is_cancelled: IsCancelled | None) -> None:
    """Add one chunk's plan: its rows to the stage (campaign codes made the file's), its
    counts, problems and notes to `merged`."""
    from smsplanner.storage.import_stage import stage_rows

    codes = np.array([_code(merged, pc) for pc in plan.campaigns] or [0], dtype=np.int64)
    if plan.messages is not None and len(plan.messages["message_id"]):
        cols = dict(plan.messages)
        cols["campaign"] = codes[np.asarray(cols["campaign"], dtype=np.int64)]
        stage_rows(conn, plan.provider, cols,
                   lambda: check_cancelled(is_cancelled, plan.source_name))
        merged.staged += len(cols["message_id"])
    merged.problems.extend(plan.problems)
    merged.rows_read += plan.rows_read
    merged.rows_skipped += plan.rows_skipped
    merged.rows_left_out += plan.rows_left_out
    merged.totals += plan.totals_left_out
    merged.other += plan.other_channels_skipped
    merged.other_channels.update(plan.other_channels)
    merged.add_costs(plan.other_costs)
    for note in plan.notes:
        code = _said_code(note)
        if code == "repeated_ids":
            merged.repeated += int(_said_field(note, "rows") or 0)
        elif code == "auto_replies":
            merged.auto += int(_said_field(note, "rows") or 0)
        merged.notes.append(note)


def _code(merged: _Merged, pc: PlannedCampaign) -> int:
    key = (pc.campaign.name, pc.campaign.channel)
    code = merged.keys.setdefault(key, len(merged.keys))
    if pc.campaign.message and code not in merged.bodies:
        merged.bodies[code] = pc.campaign.message
    merged.add_campaign(code, pc.campaign)
    return code


def _finish(conn: sqlite3.Connection, first: ImportPlan, merged: _Merged,
            skip_bad_rows: bool, said_on_read: int) -> ImportPlan:
    """The whole file's plan from the stage: campaigns added up in SQL, checked as the
    whole-file plan checks them, counts and notes for the whole file."""
    from smsplanner.importing.messages import no_send_time
    from smsplanner.storage.import_stage import (
        drop_campaigns,
        drop_stage,
        staged_count,
        staged_figures,
    )

    stored = staged_count(conn)
    across = merged.staged - stored  # ids repeated in different chunks (the last row kept)
    merged.repeated += across
    figures = staged_figures(conn) if across else None
    campaigns: list[PlannedCampaign] = []
    bad: list[int] = []
    sent_at = first.mapping.column("sent_at")
    for (name, channel), code in merged.keys.items():
        if figures is None:
            camp: Campaign | None = merged.sums[code].with_changes(
                message=merged.bodies.get(code))
        elif code not in figures:  # every row of it came again, in another campaign, later
            bad.append(code)
            continue
        else:
            camp = _campaign(name, channel, merged.bodies.get(code), figures[code])
        if camp is None:
            merged.problems.append(ImportProblem(None, sent_at, "", no_send_time(name)))
            bad.append(code)
            continue
        found = [p for p in campaign_problems(camp) if p.field not in COUNT_FIELDS]
        merged.problems.extend(ImportProblem(None, p.field, "", Said(
            "campaign_problem", f"Campaign '{name}': {p.message}", campaign=name, field=p.field,
            problem=p.code, **p.details)) for p in found)
        if found:
            bad.append(code)
        else:
            campaigns.append(PlannedCampaign(camp))
    dropped = drop_campaigns(conn, bad) if skip_bad_rows or not merged.problems else 0
    plan = ImportPlan(source_name=first.source_name, shape="messages", mapping=first.mapping,
                      campaigns=campaigns, provider=first.provider, problems=merged.problems,
                      rows_read=merged.rows_read, rows_skipped=merged.rows_skipped + dropped,
                      rows_left_out=merged.rows_left_out + across,
                      totals_left_out=merged.totals, other_channels_skipped=merged.other,
                      other_channels=sorted(merged.other_channels),
                      detected=dict(first.detected), notes=_notes(merged, said_on_read),
                      currency=first.currency, other_costs=dict(merged.other_costs))
    if plan.problems and not skip_bad_rows:
        plan.campaigns = []
        drop_stage(conn)
    else:
        plan.staged = stored - dropped
    return plan


def _campaign(name: str, channel: str, body: str | None,
              row: tuple[Any, ...]) -> Campaign | None:
    """A campaign from its staged figures (None when no message has a send time)."""
    if not row[8]:
        return None
    (sent, delivered, clicks, replies, conversions, opt_outs, revenue, cost, first, _n) = row
    t = dt.datetime.fromisoformat(first)
    return Campaign(name=name, date=t.date(), time=f"{t.hour:02d}:{t.minute:02d}",
                    channel=channel, message=body, sent=int(sent or 0), delivered=delivered,
                    clicks=clicks, replies=replies, opt_outs=opt_outs, conversions=conversions,
                    revenue=None if revenue is None else round(revenue, 4),
                    cost=None if cost is None else round(cost, 6))


def _notes(merged: _Merged, said_on_read: int) -> list[Any]:
    """Each chunk's notes once, in the whole-file plan's order (the read's, totals, the
    columns', repeated ids, other costs), those that count rows counted over the whole file.
    """
    from smsplanner.importing.messages import auto_replies_note, repeated_ids_note
    from smsplanner.importing.plan import other_channels_note, other_costs_note, totals_note

    out: list[Any] = []
    seen: set[str] = set()
    for note in merged.notes:
        code = _said_code(note)
        key = code or str(note)
        if key in seen or key == "totals_left_out":
            continue
        seen.add(key)
        if code in ("repeated_ids", "other_costs"):
            continue  # said at the end, as the whole-file plan says them
        if code == "auto_replies":
            note = auto_replies_note(merged.auto, _said_field(note, "column"))
        elif code == "other_channels_left_out":
            note = other_channels_note(merged.other, sorted(merged.other_channels))
        out.append(note)
    if merged.totals:
        out.insert(min(said_on_read, len(out)), totals_note(merged.totals))
    if merged.repeated:
        out.append(repeated_ids_note(merged.repeated))
    costs = other_costs_note(merged.other_costs)
    if costs is not None:
        out.append(costs)
    return out
