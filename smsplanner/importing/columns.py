"""Reading mapped columns into typed arrays while collecting per-cell problems.

Used by the summary and message shapes; pure (no database), runs on the caller's thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, overload

import numpy as np

from smsplanner.domain.errors import Cancelled
from smsplanner.domain.imports import ImportProblem, Mapping, Said
from smsplanner.domain.progress import IsCancelled
from smsplanner.importing.privacy import HIDDEN as PHONE_HIDDEN

if TYPE_CHECKING:
    import pandas

    from smsplanner.importing.table import RawTable

MAX_COUNT = 1e9
MAX_AMOUNT = 1e12  # money: larger is a mistake or an id, never revenue
MAX_PROBLEMS = 500  # listed one by one; the rest are summarised in one line
_PHONE_RE = re.compile(r"^\s*(?:\+|00)?[\d\s().\-/]{7,}\s*$")


def _shared_sentence(message: str, n: int, rows: int) -> str:
    lead = f"Every row ({n:,})" if n >= rows else f"{n:,} of {rows:,} rows"
    return Said("shared_problem", f"{lead}: {message}", count=n, rows=rows, problem=message)


_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _year_out_of_range(value: Any) -> bool:
    """A date-shaped cell whose four-digit year no campaign can have (0001, 9999)."""
    if isinstance(value, str):
        m = _YEAR.search(value)
        return m is not None and not 1900 <= int(m.group(1)) <= 2200
    year = getattr(value, "year", None)
    return isinstance(year, int) and not 1900 <= year <= 2200


def shown(value: Any) -> str:
    """A cell as text for a problem list; anything that could be a phone number is hidden."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    text = str(value).strip()
    digits = sum(ch.isdigit() for ch in text)
    if _PHONE_RE.match(text) and (digits >= 9 or text.startswith(("+", "00"))):
        return PHONE_HIDDEN
    from smsplanner.importing.privacy import hide_phones_in_cell

    return hide_phones_in_cell(text)[:80]  # masked before cutting, so no part of a number shows


@overload
def without_phones(values: np.ndarray) -> np.ndarray: ...
@overload
def without_phones(values: None) -> None: ...
@overload
def without_phones(values: np.ndarray | None) -> np.ndarray | None: ...
def without_phones(values: np.ndarray | None) -> np.ndarray | None:
    """Free-text cells (names, messages, notes) with phone numbers in them masked.

    Each distinct text is checked once, so a million-row log of a few campaigns costs little.
    """
    if values is None:
        return None
    import pandas as pd

    from smsplanner.importing.privacy import hide_phones

    codes, uniques = pd.factorize(values)
    masked = [hide_phones(u) if isinstance(u, str) else u for u in uniques]
    if all(a is b for a, b in zip(masked, uniques, strict=True)):
        return values
    table = np.empty(len(masked) + 1, dtype=object)
    table[:-1] = masked
    table[-1] = None  # code -1: an empty cell
    return table[codes]


def _stripped(values: np.ndarray) -> np.ndarray:
    """Stripped copies of str cells, None for blank ones (mostly distinct columns)."""
    return np.array([v.strip() or None for v in values], dtype=object)


def _coded(values: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """(codes, stripped distinct values) of a str column with few distinct values, else None.

    Campaign names, statuses and directions repeat a few values over a million rows: those
    are stripped once per distinct value, and callers can reuse the codes. Missing cells get
    code -1, which picks the trailing None of the distinct values.
    """
    import pandas as pd

    n = len(values)
    if n >= 10_000 and len(pd.unique(values[:10_000])) <= 2_500:
        codes, uniques = pd.factorize(values)
        if len(uniques) <= n // 4:
            return codes, np.append(_stripped(uniques), [None])
    return None


@dataclass
class ColumnReader:
    """Parses the mapped columns of one RawTable and keeps its problems and bad-row mask."""

    raw: RawTable
    mapping: Mapping
    is_cancelled: IsCancelled | None = None
    problems: list[ImportProblem] = field(default_factory=list)
    notes: list[Said] = field(default_factory=list)
    more_problems: int = 0
    # How many rows have each (column, message): a problem most rows share is said once.
    problem_counts: dict[tuple[str | None, str], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.n = len(self.raw.frame)
        self.bad = np.zeros(self.n, dtype=bool)
        self.decimal = self.raw.detected.decimal or "."
        self.thousands = self.raw.detected.thousands
        self.date_order: str | None = self.raw.detected.date_order
        self.dropped_rows = 0  # rows left out because their whole campaign was refused
        # field -> (codes, distinct stripped texts) for text columns with few distinct values
        self.distinct: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.auto_rows = 0  # a log's automatic answers, left out (not campaign sends)
        self.repeated_rows = 0  # a log's rows whose message id comes again later
        self.not_sent = 0  # a campaign list's rows for campaigns never sent, left out
        self.other_costs: dict[str, float | None] = {}
        # What shows the rows are not text messages when no channel column says so
        # ("column 'Status': busy, no-answer" in a call log); None otherwise.
        self.channel_source: str | None = None

    # -- helpers -------------------------------------------------------------------------
    def check_cancelled(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise Cancelled(self.raw.source.name)

    def column(self, fieldname: str) -> str | None:
        return self.mapping.fields.get(fieldname)

    def series(self, fieldname: str) -> pandas.Series | None:
        col = self.column(fieldname)
        return None if col is None else self.raw.frame[col]

    def row(self, i: int) -> int:
        return int(self.raw.row_numbers[i])

    def add(self, i: int | None, column: str | None, value: Any, message: Said,
            mark_bad: bool = True) -> None:
        """Record a problem for frame row i (None: the whole file)."""
        if i is not None and mark_bad:
            self.bad[i] = True
        if i is not None:
            key = (column, message)
            self.problem_counts[key] = self.problem_counts.get(key, 0) + 1
        if len(self.problems) >= MAX_PROBLEMS:
            self.more_problems += 1
            return
        self.problems.append(ImportProblem(
            None if i is None else self.row(i), column, shown(value), message))

    def add_cells(self, mask: np.ndarray, fieldname: str, message: Said) -> None:
        """One problem per True cell of mask in the field's column."""
        col = self.column(fieldname)
        assert col is not None
        values = self.raw.frame[col]
        for i in np.flatnonzero(mask).tolist():
            self.add(i, col, values.iat[i], message)

    def all_problems(self) -> list[ImportProblem]:
        """The problems to show: one line for a problem that most rows share."""
        shared = {k: n for k, n in self.problem_counts.items()
                  if n > 10 and n >= 0.5 * self.n}
        out = [ImportProblem(None, col, None, _shared_sentence(message, n, self.n))
               for (col, message), n in shared.items()]
        listed = [q for q in self.problems if (q.column, q.message) not in shared]
        out.extend(listed)
        more = sum(n for k, n in self.problem_counts.items() if k not in shared) - len(listed)
        more = max(more, 0) if self.problem_counts else self.more_problems
        if more:
            out.append(ImportProblem(None, None, None, Said(
                "more_problems", f"... and {more} more problems like these.", count=more)))
        return out

    # -- typed columns -------------------------------------------------------------------
    def texts(self, fieldname: str) -> np.ndarray | None:
        """Stripped text (object array, None where empty) of a mapped column."""
        s = self.series(fieldname)
        if s is None:
            return None
        import pandas as pd

        if pd.api.types.is_string_dtype(s.dtype) and s.dtype != object:
            values = s.to_numpy(dtype=object)
            coded = _coded(values)
            if coded is not None:
                self.distinct[fieldname] = coded
                return coded[1][coded[0]]
            try:  # (CSV cells are never missing; asking pandas first cost a pass per column)
                return _stripped(values)
            except AttributeError:  # a missing cell (NaN): the general path below
                pass
        kind = pd.api.types.infer_dtype(s, skipna=False) if s.dtype == object else "string"
        if kind != "string":
            s = s.map(lambda v: "" if v is None or (isinstance(v, float) and v != v)
                      else (v.isoformat() if hasattr(v, "isoformat") else
                            (f"{v:g}" if isinstance(v, float) else str(v))))
        t = s.astype(object).str.strip()
        arr = t.to_numpy(dtype=object, copy=True)
        arr[(t == "").to_numpy(dtype=bool)] = None
        return arr

    def free_texts(self, fieldname: str) -> np.ndarray | None:
        """texts() with phone numbers inside the text masked (names, messages, notes).

        A column already coded by texts() masks its few distinct values and reuses the
        codes, so a million-row log of a few campaigns pays nothing per row.
        """
        values = self.texts(fieldname)
        coded = self.distinct.get(fieldname)
        if values is None or coded is None:
            return without_phones(values)
        codes, uniques = coded
        masked = without_phones(uniques)
        if masked is uniques:
            return values
        self.distinct[fieldname] = (codes, masked)
        return masked[codes]

    def numbers(self, fieldname: str, *, whole: bool = False, label: str = "") -> np.ndarray | None:
        """float64 values (NaN unknown) of a mapped number column; unreadable cells reported."""
        s = self.series(fieldname)
        if s is None:
            return None
        import pandas as pd

        from smsplanner.importing.values import parse_numbers

        self.check_cancelled()
        values, bad = parse_numbers(s, self.decimal, self.thousands)
        what = label or fieldname.replace("_", " ")
        # Only values of 8+ digits can be a phone number read as a number: a few cells.
        big = ~np.isnan(values) & ~(np.abs(values) < 1e7)
        if big.any() and not pd.api.types.is_numeric_dtype(s.dtype):
            from smsplanner.importing.privacy import phone_like_amounts

            phone = np.zeros(len(values), dtype=bool)
            phone[big] = phone_like_amounts(s.to_numpy()[big])
            if phone.any():  # never an amount, never a reason to drop the column
                kind = "a count" if whole else "an amount"
                self.add_cells(phone, fieldname, Said(
                    "phone_not_figure", f"This looks like a phone number, not {kind}.",
                    field=fieldname, whole=whole))
                values = np.where(phone, np.nan, values)
        if bad.any():
            self.add_cells(bad, fieldname, Said(
                "not_a_number", f"This is not a number; {what} must be a number.",
                field=fieldname))
        if fieldname in self.mapping.cents:
            values = values / 100.0
        if not whole:
            huge = ~np.isnan(values) & ~(np.abs(values) < MAX_AMOUNT)
            if huge.any():
                self.add_cells(huge, fieldname, Said(
                    "amount_too_large", f"{what.capitalize()} is far too large to be an amount "
                    f"(the most SMS Planner takes is {MAX_AMOUNT:,.0f}).", field=fieldname,
                    most=MAX_AMOUNT))
                values = np.where(huge, np.nan, values)
        if whole:
            frac = ~np.isnan(values) & (values != np.round(values))
            if frac.any():
                self.add_cells(frac, fieldname, Said(
                    "not_whole", f"{what.capitalize()} must be a whole number.",
                    field=fieldname))
                values = np.where(frac, np.nan, values)
            # Nobody here sends a billion texts: such a "count" is a phone number or an id,
            # and must not reach the database.
            huge = ~np.isnan(values) & (np.abs(values) >= MAX_COUNT)
            if huge.any():
                self.add_cells(huge, fieldname, Said(
                    "count_too_large", f"{what.capitalize()} is far too large to be a count.",
                    field=fieldname))
                values = np.where(huge, np.nan, values)
        return values

    def percents(self, column: str) -> np.ndarray:
        from smsplanner.importing.values import parse_percent

        values, bad = parse_percent(self.raw.frame[column], self.decimal, self.thousands)
        for i in np.flatnonzero(bad).tolist():
            self.add(i, column, self.raw.frame[column].iat[i],
                     Said("not_a_rate", "This rate is not a number or a percentage."))
        return values

    def flags(self, fieldname: str) -> np.ndarray | None:
        s = self.series(fieldname)
        if s is None:
            return None
        from smsplanner.importing.mapping import normalise
        from smsplanner.importing.values import parse_bools

        self.check_cancelled()
        header = normalise(self.column(fieldname) or "")
        if "first clicked" in header or header.endswith(" at"):
            # A time column (Twilio's ShortenedLinkFirstClicked): filled means yes.
            filled = np.array([v is not None and str(v).strip() != "" for v in s], dtype=bool)
            return filled.astype(float)
        values, bad = parse_bools(s)
        if bad.any():
            self.add_cells(bad, fieldname, Said("not_yes_no", "Expected yes/no (or true/false, "
                                                "1/0, x)."))
        return values

    def datetimes(self, fieldname: str) -> pandas.Series | None:
        """Local naive datetimes; the day/month order decided from the whole column."""
        s = self.series(fieldname)
        if s is None:
            return None
        from smsplanner.importing.dates import parse_iso_cells, parse_iso_column
        from smsplanner.importing.values import decide_date_order, parse_datetimes

        self.check_cancelled()
        order = self.raw.detected.date_order
        iso = parse_iso_column(s) if s.dtype != object else parse_iso_cells(s)
        if iso is not None:  # provider logs: ISO timestamps, no day/month order to decide
            return iso
        if order is None:
            order, ambiguous = decide_date_order(s)
            if ambiguous:
                self.notes.append(Said(
                    "date_order_guessed", f"No date in '{self.column(fieldname)}' shows "
                    "whether the day or the month comes first; read as "
                    f"{'day' if order == 'DMY' else 'month'} first (choose the other order if "
                    "that is wrong).", column=self.column(fieldname), order=order))
        self.date_order = order
        values, bad = parse_datetimes(s, order)
        if bad.any():
            far = np.zeros(len(bad), dtype=bool)
            far[bad] = [_year_out_of_range(v) for v in s.to_numpy()[bad]]
            if far.any():
                self.add_cells(far, fieldname, Said(
                    "year_out_of_range", "The year is out of range: SMS Planner reads dates "
                    "from 1900 to 2200.", first=1900, last=2200))
            if (bad & ~far).any():
                self.add_cells(bad & ~far, fieldname, Said(
                    "not_a_date", "This is not a date SMS Planner can read."))
        return values
