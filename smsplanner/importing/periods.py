"""Report periods in the date column: a file of totals per period is not a list of sends.

Klaviyo's custom reports put the report period ("Apr 16 2025 - Oct 16 2025") in `Date` and
the day each campaign went out in `Send Date`; flow reports and monthly statements have only
the period. Pure; runs on the caller's thread.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import numpy as np

from smsplanner.domain.imports import ImportPlan, ImportRefused, Mapping, Said
from smsplanner.importing.dates import parse_datetimes, period_mask

if TYPE_CHECKING:
    import pandas

    from smsplanner.importing.columns import ColumnReader
    from smsplanner.importing.table import RawTable

_DATE_WORDS = ("date", "sent", "send", "time", "day", "scheduled", "created")


def _filled(values: pandas.Series) -> np.ndarray:
    return np.array([v is not None and str(v).strip() != "" for v in values], dtype=bool)


def _say_period_beside(raw: RawTable, m: Mapping, used: str, plan: ImportPlan) -> None:
    """A report-period column next to the send date (left unused) is said, not passed over."""
    from smsplanner.importing.mapping import normalise

    for h in m.unmapped:
        if not any(w in normalise(h) for w in ("date", "period")):
            continue
        values = raw.frame[h]
        periods = period_mask(values)
        if periods.any() and periods.sum() == _filled(values).sum():
            example = str(values[periods].iloc[0]).strip()
            plan.notes.append(Said(
                "period_column", f"Column '{h}' holds the report period ('{example}'), not the "
                f"send day; the send day was read from '{used}'.", column=h, used=used,
                example=example))
            return


def check_periods(raw: RawTable, m: Mapping, reader: ColumnReader, plan: ImportPlan) -> Mapping:
    """The mapping to use: unchanged, or with the date taken from a column of real days.

    Raises ImportRefused (code periods_not_sends) when every date cell is a period and no
    other column holds the send dates. A column with only some periods is left to the
    ordinary per-cell problems, which name the rows.
    """
    from smsplanner.importing.mapping import normalise

    fieldname = "sent_at" if m.shape == "messages" else "date"
    column = m.column(fieldname)
    if column is None:
        return m
    values = raw.frame[column]
    head = values.iloc[:1000]
    if (~period_mask(head) & _filled(head)).any():
        # A real day among the first rows: not a column of periods (checking every cell of
        # a million-row log cost seconds and could only come to the same).
        _say_period_beside(raw, m, column, plan)
        return m
    periods = period_mask(values)
    if not periods.any() or periods.sum() < _filled(values).sum():
        _say_period_beside(raw, m, column, plan)
        return m
    example = str(values[periods].iloc[0]).strip()
    used = set(m.fields.values()) | set(m.derived.values()) | set(m.dropped)
    for h in raw.headers:
        if h in used or not any(w in normalise(h) for w in _DATE_WORDS):
            continue
        parsed, bad = parse_datetimes(raw.frame[h])
        if bad.any() or parsed.isna().all():
            continue
        fields = {**m.fields, fieldname: h}
        unmapped = [c for c in m.unmapped if c != h] + [column]
        plan.notes.append(Said(
            "period_column", f"Column '{column}' holds the report period ('{example}'), not "
            f"the send day; the send day was read from '{h}'.", column=column, used=h,
            example=example))
        new = dataclasses.replace(m, fields=fields, unmapped=unmapped)
        reader.mapping = new
        plan.mapping = new
        return new
    raise ImportRefused(Said(
        "periods_not_sends", f"{raw.source.name} holds totals per report period ('{example}' in "
        f"column '{column}'), not campaign sends: SMS Planner needs one row per campaign send, "
        "with the day it was sent.", file=raw.source.name, column=column, example=example),
        shape=m.shape, rows_read=reader.n)
