"""A summary file's rows planned as campaigns, column by column.

Pure: turns a RawTable's mapped columns into a PlannedColumns and problems; caller's thread.
Rows the array checks clear (a name, a date, figures and texts within every rule) go straight
into the columns; only the others are checked one by one, which says what is wrong with them.
On a 200,000-row file the per-row Campaign objects cost more than reading the workbook.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from smsplanner.domain.campaign import (
    CLOCK_TIME,
    COUNT_FIELDS,
    FIELD_LABELS,
    Campaign,
    campaign_problems,
)
from smsplanner.domain.imports import PlannedColumns, Said
from smsplanner.importing.columns import ColumnReader, without_phones
from smsplanner.importing.summary import (
    _derive,
    _not_sent_rows,
    _subject_names,
    _time_text,
    _unescape,
)

TEXTS = ("segment", "offer", "message", "notes")
# Every Campaign field a planned campaign gets, in the order of its columns.
PLANNED_FIELDS = ("name", "date", "time", "channel", *TEXTS, *COUNT_FIELDS, "revenue", "cost",
                  "status", "audience")


class _Rows:
    """Each column of the file as the planned campaigns take it, one Python value a row."""

    def __init__(self, reader: ColumnReader, campaign_name: str | None,
                 channels: np.ndarray) -> None:
        m = reader.mapping
        n = reader.n
        self.names = without_phones(_unescape(reader.texts("name")))
        self.stamps = reader.datetimes("date")
        self.times_raw = reader.series("time")
        counts = {f: reader.numbers(f, whole=True, label=FIELD_LABELS[f].lower())
                  for f in COUNT_FIELDS}
        money = {f: reader.numbers(f, label=FIELD_LABELS[f].lower()) for f in ("revenue", "cost")}
        cost = money["cost"]
        if cost is not None and np.nanmax(np.append(cost, -np.inf)) <= 0:
            money["cost"] = np.abs(cost)  # providers write prices as negative amounts (Twilio)
        texts = {f: without_phones(_unescape(reader.texts(f))) for f in TEXTS}
        if self.names is None and not campaign_name:
            self.names = _subject_names(reader, texts["message"])
        self.rates = {f: reader.percents(col) for f, col in m.derived.items()}
        self.counts, self.money, self.texts = counts, money, texts
        # Each cell as the Python value it becomes (a numpy scalar test per cell was slow).
        self.cells: dict[str, list[Any] | None] = {
            f: None if a is None else _whole_cells(a) for f, a in counts.items()}
        self.cells.update({f: None if a is None else _money_cells(a) for f, a in money.items()})
        self.cells.update({f: None if a is None else a.tolist() for f, a in texts.items()})
        names_l = self.names.tolist() if self.names is not None else [None] * n
        self.name_l: list[Any] = [v or campaign_name for v in names_l]
        self.days: list[Any] = [None] * n
        stamp_times: list[str | None] = [None] * n
        if self.stamps is not None:
            # datetime.date objects (None for NaT) in one numpy cast, as .dt.date gives them
            self.days = self.stamps.to_numpy().astype("datetime64[D]").astype(object).tolist()
            stamp_times = _clock_times(self.stamps)
        self.channel_l = list(map(str, channels.tolist()))
        self.time_l, self.unread = self._times(reader, stamp_times)

    def _times(self, reader: ColumnReader,
               stamp_times: list[str | None]) -> tuple[list[str | None], list[bool]]:
        """Each row's send time (its time column's, else its date's) and whether its time
        cell is there but not a time of day; each distinct cell read once."""
        if self.times_raw is None:
            return stamp_times, [False] * reader.n
        from smsplanner.importing.mapping import normalise

        hours_only = "hour" in normalise(reader.mapping.column("time") or "")
        memo: dict[tuple[type, Any], tuple[str | None, bool]] = {}
        times: list[str | None] = []
        unread: list[bool] = []
        for cell, own in zip(self.times_raw.tolist(), stamp_times, strict=True):
            key = (type(cell), cell)
            try:
                got = memo.get(key)
            except TypeError:  # an unhashable cell: read it, remember nothing
                got = None
            if got is None:
                read = _time_text(cell, hours_only)
                got = (read, read is None and cell is not None
                       and str(cell).strip() not in ("", "nan"))
                try:
                    memo[key] = got
                except TypeError:
                    pass
            times.append(got[0] or own)
            unread.append(got[1])
        return times, unread

    def column(self, f: str) -> list[Any]:
        """A planned field's value for every row of the file (rows not planned included)."""
        n = len(self.name_l)
        if f == "name":
            return self.name_l
        if f == "date":
            return self.days
        if f == "time":
            return self.time_l
        if f == "channel":
            return self.channel_l
        if f == "status":
            return ["sent"] * n
        if f in self.rates:  # a row with a rate is checked one by one: none here
            return [None] * n
        cells = self.cells.get(f)
        return [None] * n if cells is None else cells


def _whole_cells(a: np.ndarray) -> list[int | None]:
    """Whole-number floats (NaN unknown) as Python ints and None."""
    unknown = np.isnan(a)
    out: list[int | None] = np.where(unknown, 0, a).astype(np.int64).tolist()
    for i in np.flatnonzero(unknown).tolist():
        out[i] = None
    return out


def _money_cells(a: np.ndarray) -> list[float | None]:
    """Amounts rounded to 4 places as Python's round() does (numpy's rounding can differ in
    the last digit), each distinct value (by its bits: -0.0 is not 0.0) rounded once."""
    bits, where = np.unique(np.asarray(a, dtype=float).view(np.int64), return_inverse=True)
    table = np.empty(len(bits), dtype=object)
    table[:] = [None if v != v else round(v, 4) for v in bits.view(np.float64).tolist()]
    return table[where.reshape(-1)].tolist()


def _clock_times(stamps: Any) -> list[str | None]:
    """Each datetime's "HH:MM", None at midnight (a date alone) and where there is none;
    formatted only where a time is given (strftime of every row cost a fifth of a second)."""
    hours = stamps.dt.hour.to_numpy(dtype=float, na_value=np.nan)
    minutes = stamps.dt.minute.to_numpy(dtype=float, na_value=np.nan)
    timed = ~np.isnan(hours) & ((hours != 0) | (minutes != 0))
    out: list[str | None] = [None] * len(hours)
    for i, h, m in zip(np.flatnonzero(timed).tolist(), hours[timed].tolist(),
                       minutes[timed].tolist(), strict=True):
        out[i] = f"{int(h):02d}:{int(m):02d}"
    return out


def summary_campaigns(reader: ColumnReader, keep: np.ndarray, campaign_name: str | None,
                      channels: np.ndarray) -> PlannedColumns:
    """The kept rows' planned campaigns; every problem is recorded on `reader`."""
    rows = _Rows(reader, campaign_name, channels)
    reader.check_cancelled()
    not_sent = _not_sent_rows(reader)
    from smsplanner.importing.row_checks import clean_rows

    clean = clean_rows(reader.n, rows.counts, rows.money, rows.texts, rows.names, channels)
    for rate in rows.rates.values():  # a count derived from a rate is checked row by row
        clean &= np.isnan(np.asarray(rate, dtype=float))
    has_name = np.fromiter(map(bool, rows.name_l), dtype=bool, count=reader.n)
    has_day = np.fromiter((d is not None for d in rows.days), dtype=bool, count=reader.n)
    reach = keep & ~not_sent & has_name & has_day  # rows whose time is read
    valid = {t: t is None or CLOCK_TIME.match(t) is not None for t in set(rows.time_l)}
    time_ok = np.fromiter(map(valid.__getitem__, rows.time_l), dtype=bool, count=reader.n)
    fast = reach & clean & time_ok & ~reader.bad
    todo = np.flatnonzero(keep & ~not_sent & ~fast).tolist()
    slow = _plan_one_by_one(reader, rows, todo, (~clean | ~time_ok).tolist())
    planned = fast.copy()
    planned[list(slow)] = True
    at = np.flatnonzero(planned)
    columns = _columns(rows, at, slow)
    derived = {k: slow[i][1] for k, i in enumerate(at.tolist()) if i in slow and slow[i][1]}
    row_numbers = reader.raw.row_numbers[at].tolist()
    kept = _one_per_name_and_day(reader, columns, at.tolist(), row_numbers)
    if kept is not None:
        columns = {f: [v for v, k in zip(col, kept, strict=True) if k]
                   for f, col in columns.items()}
        old = [k for k, ok in enumerate(kept) if ok]
        derived = {new: derived[k] for new, k in enumerate(old) if k in derived}
        row_numbers = [r for r, k in zip(row_numbers, kept, strict=True) if k]
    unread = np.flatnonzero(reach & np.array(rows.unread, dtype=bool))
    if unread.size:
        unread_rows = reader.raw.row_numbers[unread].tolist()
        column = reader.mapping.column("time")
        shown_rows = ", ".join(str(r) for r in unread_rows[:5])
        reader.notes.append(Said(
            "times_not_read", f"Column '{column}': {len(unread_rows)} "
            f"{'value is' if len(unread_rows) == 1 else 'values are'} not a time of day (row "
            f"{shown_rows}{', ...' if len(unread_rows) > 5 else ''}); those campaigns have no "
            "send time.", column=column, rows=unread_rows))
    return PlannedColumns(columns, row_numbers, derived)


def _columns(rows: _Rows, at: np.ndarray,
             slow: dict[int, tuple[Campaign, list[str]]]) -> dict[str, list[Any]]:
    """Each planned field's values for the planned rows `at`: from the file's columns, and
    from the Campaign of each row that was checked one by one."""
    n = len(rows.name_l)
    out: dict[str, list[Any]] = {}
    for f in PLANNED_FIELDS:
        if f == "audience":
            out[f] = [None] * len(at)
            continue
        if not slow and len(at) == n:  # every row planned as the file has it
            out[f] = list(rows.column(f))
            continue
        full = np.empty(n, dtype=object)
        full[:] = rows.column(f)
        for i, (c, _) in slow.items():
            full[i] = getattr(c, f)
        out[f] = full[at].tolist()
    out["name"] = list(map(str, out["name"]))
    return out


def _plan_one_by_one(reader: ColumnReader, rows: _Rows, todo: list[int],
                     check: list[bool]) -> dict[int, tuple[Campaign, list[str]]]:
    """Rows the array checks did not clear, checked as campaigns one by one: row index ->
    (campaign, counts derived from a rate) for those that pass. `check`: rows whose figures,
    texts or time may break a rule (the others break none)."""
    m = reader.mapping
    bad = reader.bad
    out: dict[int, tuple[Campaign, list[str]]] = {}
    for i in todo:
        name = rows.name_l[i]
        if not name:
            reader.add(i, m.column("name"), "", Said(
                "name_missing_here", "The campaign name is missing.") if rows.names
                       is not None else Said("no_name_column",
                                             "The file has no campaign name column."))
            continue
        day = rows.days[i]
        if day is None:
            if rows.stamps is not None and not bad[i]:
                reader.add(i, m.column("date"), "", Said(
                    "date_missing_here", "The date is missing: when was it sent?"))
            elif rows.stamps is None:
                reader.add(i, None, "", Said("no_date_column", "The file has no date column."))
            continue
        values: dict[str, object] = {f: None if (cells := rows.cells[f]) is None else cells[i]
                                     for f in COUNT_FIELDS}
        derived: list[str] = []
        for f, rate in rows.rates.items():
            values[f], ok = _derive(f, rate[i], values, m.derived[f])
            if ok:
                derived.append(f)
        for f in ("revenue", "cost"):
            cells = rows.cells[f]
            values[f] = None if cells is None else cells[i]
        texts = {f: None if (cells := rows.cells[f]) is None else cells[i] for f in TEXTS}
        c = Campaign(name=str(name), date=day, time=rows.time_l[i], channel=rows.channel_l[i],
                     **texts, **values)  # type: ignore[arg-type]
        for p in campaign_problems(c) if check[i] else ():
            col = m.derived.get(p.field) if p.field in derived else m.column(p.field)
            reader.add(i, col, values.get(p.field, ""), Said(
                "campaign_problem", p.message, field=p.field, problem=p.code, **p.details))
        if not bad[i]:
            out[i] = (c, derived)
    return out


def _one_per_name_and_day(reader: ColumnReader, columns: dict[str, list[Any]], at: list[int],
                          row_numbers: list[int]) -> list[bool] | None:
    """Campaigns that share a name, a day and a channel: kept apart by their send times.

    Email tools list every send, and a small sender reuses a title on one day for a test send,
    a re-send or an A/B combination (Mailchimp's report: "Digest" at 14:05 and at 14:23, each
    with its own figures and id). Those are separate sends, so each is named with its time
    ("Digest (14:05)") and a note says so. Rows that cannot be told apart (no time, or the same
    time) are a problem on the later row, as before: nothing is merged or dropped silently.
    Renames in `columns`; returns which campaigns stay (None: all of them).
    """
    names, times = columns["name"], columns["time"]
    if len(set(names)) == len(names):  # every name once: no pair to look at (the usual file)
        return None
    keys = list(zip(names, columns["date"], columns["channel"], strict=True))
    taken = set(keys)
    if len(taken) == len(keys):
        return None
    from collections import defaultdict

    groups: dict[tuple[str, Any, str], list[int]] = defaultdict(list)
    for k, key in enumerate(keys):
        groups[key].append(k)
    renamed: list[str] = []
    keep = [True] * len(keys)
    for (name, day, channel), ks in groups.items():
        if len(ks) == 1:
            continue
        ts = [times[k] for k in ks]
        new = [f"{name} ({t})" for t in ts]
        if None not in ts and len(set(ts)) == len(ts) and not taken & {
                (n, day, channel) for n in new}:
            for k, timed in zip(ks, new, strict=True):
                names[k] = timed
            renamed.extend([name] * len(ks))
            continue
        first = row_numbers[ks[0]]
        for k in ks[1:]:
            reader.add(at[k], reader.mapping.column("name"), name, Said(
                "repeated_campaign", f"Campaign '{name}' on {day.isoformat()} is already on "
                f"row {first} of this file.", name=name, date=day.isoformat(), row=first))
            keep[k] = False
    if renamed:
        n = len(renamed)
        reader.notes.append(Said(
            "same_name_same_day", f"{n} campaigns share their name and day with another send "
            f"(a test or a re-send, e.g. '{renamed[0]}'): each is named with its send time.",
            rows=n, names=sorted(set(renamed))))
    return keep
