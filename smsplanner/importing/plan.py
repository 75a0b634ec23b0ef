"""From a read table to an ImportPlan: mapping, shape, channel filter, validation. No database.

`build_plan` is a plain function for the caller's worker thread: it reports progress through
`progress(done, total)` and stops with Cancelled as soon as `is_cancelled()` is true.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from smsplanner.domain.imports import ImportPlan, ImportRefused, Mapping, Said, planned_rows
from smsplanner.domain.progress import IsCancelled, Progress
from smsplanner.importing.columns import ColumnReader
from smsplanner.importing.currency import detect_currency
from smsplanner.importing.mapping import suggest_mapping
from smsplanner.importing.orders import check_not_orders
from smsplanner.importing.periods import check_periods
from smsplanner.importing.summary import TEXT_CHANNELS, channel_values

if TYPE_CHECKING:
    from smsplanner.importing.table import RawTable

CHANNELS = ("sms", "all")


def detected_dict(raw: RawTable, date_order: str | None) -> dict[str, object]:
    """The `detected` object of the JSON contract."""
    d = raw.detected
    return {"encoding": d.encoding, "delimiter": d.delimiter, "decimal": d.decimal,
            "date_order": d.date_order or date_order, "header_row": d.header_row,
            "sheet": d.sheet}


def build_plan(
    raw: RawTable,
    *,
    mapping: Mapping | dict[str, str] | None = None,
    shape: str | None = None,
    campaign: str | None = None,
    channel: str = "sms",
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> ImportPlan:
    """Everything the file would write, validated whole; problems listed, nothing written.

    `mapping` is a full Mapping (from the GUI) or a dict of --map overrides. Raises
    ImportRefused when the file cannot be imported at all (e.g. a log with no campaign name).
    """
    if channel not in CHANNELS:
        raise ImportRefused(Said("bad_channel", f"The channel must be 'sms' or 'all', not "
                                 f"'{channel}'.", channel=channel))
    if shape not in (None, "summary", "messages"):
        raise ImportRefused(Said("bad_shape", f"The shape must be 'summary' or 'messages', not "
                                 f"'{shape}'.", shape=shape))
    name = raw.source.name
    if isinstance(mapping, Mapping):
        m = mapping
        if shape and m.shape != shape:
            m = suggest_mapping(raw, shape=shape, overrides=dict(m.fields))
    else:
        m = suggest_mapping(raw, shape=shape, overrides=mapping or None)
    shape = m.shape or "summary"
    campaign = (campaign or "").strip() or None
    steps = 4

    def step(k: int) -> None:
        if is_cancelled is not None and is_cancelled():
            from smsplanner.domain.errors import Cancelled

            raise Cancelled(name)
        if progress is not None:
            progress(k, steps)

    step(0)
    reader = ColumnReader(raw, m, is_cancelled=is_cancelled)
    totals = sum(1 for s in raw.skipped if s.kind == "total")
    plan = ImportPlan(source_name=name, shape=shape, mapping=m, rows_read=reader.n,
                      totals_left_out=totals, notes=list(raw.detected.notes))
    if totals:
        plan.notes.append(totals_note(totals))
    if reader.n == 0:
        if totals:
            raise ImportRefused(Said(
                "only_totals", f"{name}: the file has no campaign rows, only {totals} total "
                f"{'row' if totals == 1 else 'rows'} (totals are not campaigns).",
                file=name, totals=totals), shape=shape)
        raise ImportRefused(Said("no_rows", f"{name}: the file has column headers but no rows "
                                 "to import.", file=name), shape=shape)
    check_not_orders(raw, m, shape)  # the more specific reason first
    _refuse_other_kinds(raw, m, shape)
    m = check_periods(raw, m, reader, plan)
    plan.currency, currency_notes = detect_currency(raw, m)
    plan.notes.extend(currency_notes)
    _formula_problems(raw, m, reader, plan)
    channels = channel_values(reader)
    keep = np.ones(reader.n, dtype=bool)
    if channel == "sms":
        other = ~np.isin(channels, TEXT_CHANNELS)
        plan.other_channels_skipped = int(other.sum())
        keep &= ~other
        n_other = plan.other_channels_skipped
        plan.other_channels = sorted(set(channels[other]))
        if n_other and n_other < reader.n:
            plan.notes.append(other_channels_note(n_other, plan.other_channels))
        if shape == "messages" and n_other == reader.n:
            found = sorted(set(channels))
            where = (f"column '{m.column('channel')}'" if m.column("channel")
                     else reader.channel_source if reader.channel_source
                     else "its phone numbers are written '" + found[0] + ":+...'")
            what = ("phone calls" if found == ["voice"]
                    else f"{_channel_list(channels)} messages")
            raise ImportRefused(Said(
                "not_text_messages", f"{name} is a log of {what} "
                f"({where}), not text messages: SMS Planner imports "
                "SMS and MMS campaigns.", file=name, channels=found,
                column=m.column("channel")), shape=shape, rows_read=reader.n)
    if shape == "messages" and m.column("name") is None and campaign is None:
        raise ImportRefused(Said(
            "log_without_campaign", f"{name} is a per-message log without a campaign column: "
            "say which campaign it is.", file=name), shape=shape, rows_read=reader.n)
    step(1)
    if shape == "messages":
        from smsplanner.importing.messages import guess_provider, message_rows

        plan.provider = guess_provider(raw.headers, m.column("message_id"))
        step(2)
        cols, planned = message_rows(reader, keep, campaign, channels)
        plan.messages = cols
        plan.campaigns = planned
    else:
        from smsplanner.importing.summary_plan import summary_campaigns

        step(2)
        plan.campaigns = summary_campaigns(reader, keep, campaign, channels)
    step(3)
    plan.problems = reader.all_problems()
    plan.notes.extend(reader.notes)
    plan.detected = detected_dict(raw, reader.date_order)
    kept = int(keep.sum())
    if shape == "messages":
        plan.rows_skipped = int((reader.bad & keep).sum()) + reader.dropped_rows
        plan.rows_left_out = reader.auto_rows + reader.repeated_rows
        plan.other_costs = dict(reader.other_costs)
        said = other_costs_note(plan.other_costs)
        if said is not None:
            plan.notes.append(said)
    else:
        plan.rows_left_out = reader.not_sent
        plan.rows_skipped = kept - planned_rows(plan.campaigns) - reader.not_sent
    if not skip_bad_rows and plan.problems:
        plan.campaigns = []
        plan.messages = None
    step(4)
    return plan


# A column for any of these makes a file a campaign report or a message log. A file with none
# (a provider's price list, a contact list) is another kind of file: saying "every row has a
# problem" and offering to skip bad rows would send the user looking for a fix there is none of.
_CAMPAIGN_FIELDS = frozenset({
    "name", "date", "sent", "delivered", "clicks", "replies", "opt_outs", "conversions",
    "revenue", "cost", "message_id", "status", "direction", "sent_at", "price", "segments",
    "clicked", "replied", "converted", "order_value"})


def _refuse_other_kinds(raw: RawTable, m: Mapping, shape: str) -> None:
    """Refuse (code not_campaigns) a file none of whose columns is a campaign's or a message's."""
    if set(m.fields) & _CAMPAIGN_FIELDS or m.derived:
        return
    from smsplanner.importing.privacy import hide_phones_in_cell

    name = raw.source.name
    headers = [str(h) for h in raw.headers]
    listed = hide_phones_in_cell(", ".join(headers[:8]) + (", ..." if len(headers) > 8 else ""))
    raise ImportRefused(Said(
        "not_campaigns", f"{name} has none of the columns of a campaign report or a message "
        f"log (a campaign name, a send date, counts such as sent or clicks, or each message's "
        f"status); its columns are: {listed}.", file=name, columns=listed),
        shape=shape, rows_read=len(raw.frame))


def totals_note(totals: int) -> Said:
    """The note saying how many totals rows were left out."""
    return Said("totals_left_out", f"{totals} total {'row' if totals == 1 else 'rows'} left "
                "out: totals are not campaigns.", rows=totals)


def other_channels_note(n_other: int, channels: list[str]) -> Said:
    """The note saying how many rows of other channels (email, push) were left out."""
    return Said("other_channels_left_out", f"{n_other} {'row' if n_other == 1 else 'rows'} "
                f"for other channels ({_channel_list(np.array(channels))}) left out.",
                rows=n_other, channels=sorted(set(channels)))


def other_costs_note(costs: dict[str, float | None]) -> Said | None:
    """The note on a log's cost that is not the campaigns' (None when there is none)."""
    said = [f"{label} cost {value:g}" for key, label in
            (("auto_replies", "automatic answers"), ("incoming", "incoming texts"))
            if (value := costs.get(key))]
    if not said:
        return None
    return Said("other_costs", f"In this file {' and '.join(said)}: not counted in the "
                "campaign's cost.", **costs)


CHANNEL_WORDS = {"sms": "SMS", "mms": "MMS", "email": "email", "push": "push",
                 "ussd": "USSD", "whatsapp": "WhatsApp", "rcs": "RCS"}


def _channel_list(values: np.ndarray) -> str:
    """"email" or "email and push" for a note."""
    names = [CHANNEL_WORDS.get(v, str(v)) for v in sorted(set(values))]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


FORMULA_MESSAGE = ("this cell holds a formula with no saved result: open and save the file in "
                   "your spreadsheet app, then import again.")


def _formula_problems(raw: RawTable, m: Mapping, reader: ColumnReader,
                      plan: ImportPlan) -> None:
    """Workbook cells whose formula has no saved result read as empty: a problem where the
    column is imported (the figure would silently be unknown), a note where it is not."""
    if not raw.formula_cells:
        return
    used = set(m.fields.values()) | set(m.derived.values())
    sheet = raw.detected.sheet
    elsewhere: dict[str, list[int]] = {}
    for row, column in raw.formula_cells:
        if column in used:
            i = int(np.searchsorted(raw.row_numbers, row))
            reader.add(i, column, "", Said("formula_no_result", f"Sheet '{sheet}': "
                                           f"{FORMULA_MESSAGE}", sheet=sheet))
        else:
            elsewhere.setdefault(column, []).append(row)
    for column, rows in elsewhere.items():
        shown = ", ".join(str(r) for r in rows[:5]) + (", ..." if len(rows) > 5 else "")
        plan.notes.append(Said(
            "formulas_not_imported", f"Sheet '{sheet}', column '{column}' (not imported): "
            f"{len(rows)} {'cell holds a formula' if len(rows) == 1 else 'cells hold formulas'} "
            f"with no saved result (row {shown}).", sheet=sheet, column=column, rows=rows))
