"""Bulk inserts of column arrays with few values bound per row.

Binding is most of a million-row insert through the sqlite3 module (about 50 ns a value, all
of it holding the GIL). Columns with few distinct values (flags, statuses, prices, parts,
campaign ids) are packed into one integer per row with numpy, and SQL unpacks them with bit
operations; distinct texts and floats are bound once per statement, so every value stored is
exactly the Python value it came from. Only columns with many distinct values (message ids,
send times) are still bound row by row. Runs on the thread that owns the connection.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

import numpy as np

PACK_BITS = 62  # the packed integer stays a positive signed 64-bit value
MAX_CODED = 16  # a column with at most this many distinct values is coded, not bound


@dataclass
class _Codec:
    """How each target column is read back from a statement's VALUES row."""

    exprs: dict[str, str] = field(default_factory=dict)  # column -> SQL over column1..k
    bound: list[np.ndarray] = field(default_factory=list)  # arrays bound per row
    constants: list[Any] = field(default_factory=list)  # values bound once per statement
    pack: np.ndarray | None = None  # int64 packed fields, bound per row when present
    used_bits: int = 0

    def take_bits(self, width: int) -> int | None:
        """The shift of a new field `width` bits wide, or None when the pack is full."""
        if self.used_bits + width > PACK_BITS:
            return None
        shift = self.used_bits
        self.used_bits += width
        return shift

    def add(self, values: np.ndarray, shift: int) -> None:
        packed = values.astype(np.int64) << shift
        self.pack = packed if self.pack is None else self.pack | packed


def _small_whole(a: np.ndarray) -> tuple[np.ndarray, int, bool] | None:
    """(codes, width, has_null) for a numeric column of small non-negative whole numbers;
    NaN -> all ones (read back as NULL). None when the column is anything else."""
    if a.dtype.kind == "b":
        return a.astype(np.int64), 1, False
    unknown = np.isnan(a) if a.dtype.kind == "f" else None
    known = a if unknown is None else a[~unknown]
    if len(known) and (known.min() < 0 or known.max() >= 1 << 24
                       or bool((known != np.floor(known)).any())):
        return None
    top = int(known.max()) if len(known) else 0
    has_null = len(known) < len(a)
    width = max(1, (top + int(has_null)).bit_length())
    if unknown is None or not has_null:
        return a.astype(np.int64), width, False
    return np.where(unknown, (1 << width) - 1, a).astype(np.int64), width, True


def _encode(columns: dict[str, np.ndarray]) -> _Codec:
    """Choose, column by column, packed bits, a coded lookup, or a per-row binding."""
    import pandas as pd

    codec = _Codec()
    pack_col = "__pack__"
    for name, a in columns.items():
        a = np.asarray(a)
        if a.dtype.kind in "iubf":
            small = _small_whole(a)
            if small is not None:
                whole, width, nullable = small
                shift = codec.take_bits(width)
                if shift is not None:
                    codec.add(whole, shift)
                    mask = (1 << width) - 1
                    bits = f"(({pack_col} >> {shift}) & {mask})"
                    codec.exprs[name] = f"nullif({bits}, {mask})" if nullable else bits
                    continue
        # A spread-out sample first: hashing a million distinct texts (ids, send times, which
        # may repeat for a while when sorted) to learn they are many costs 0.1-0.2 s.
        few = len(pd.unique(a[::max(1, len(a) // 1000)])) <= MAX_CODED
        codes: np.ndarray | None
        codes, uniques = pd.factorize(a, use_na_sentinel=True) if few else (None, a)
        if codes is not None and len(uniques) == 0:  # every value unknown
            codec.exprs[name] = "NULL"
            continue
        if a.dtype == object and not all(isinstance(u, str) for u in uniques[:MAX_CODED + 1]):
            codes = None  # 0, 0.0 and False would share a code: bind such cells as they are
        if codes is not None and len(uniques) <= MAX_CODED:
            width = max(1, len(uniques).bit_length())  # code len(uniques) (for -1) = NULL
            shift = codec.take_bits(width)
            if shift is not None:
                codec.add(np.where(codes < 0, len(uniques), codes), shift)
                whens = []
                for code, value in enumerate(uniques.tolist()):
                    codec.constants.append(value)
                    whens.append(f"WHEN {code} THEN @c{len(codec.constants)}")
                codec.exprs[name] = (f"CASE ({pack_col} >> {shift}) & {(1 << width) - 1} "
                                     f"{' '.join(whens)} END")
                continue
        codec.bound.append(a)
        codec.exprs[name] = f"column{len(codec.bound)}"
    if codec.pack is not None:
        codec.bound.append(codec.pack)
        col = f"column{len(codec.bound)}"
        codec.exprs = {k: v.replace(pack_col, col) for k, v in codec.exprs.items()}
    return codec


def _python_values(a: np.ndarray) -> np.ndarray:
    """An array whose items bind as SQL values: NaN -> None, numpy scalars -> Python."""
    if a.dtype == object:
        return a
    out = a.astype(object)
    if a.dtype.kind == "f":
        out[np.isnan(a)] = None
    return out


class BulkInsert:
    """INSERT of column arrays (plus fixed SQL literals) into one table, many rows a statement.

    `insert(rows)` writes the rows picked by a slice or an index array, in that order.
    """

    def __init__(self, conn: sqlite3.Connection, table: str, fixed: dict[str, str],
                 columns: dict[str, np.ndarray], rows_per_statement: int = 500,
                 verb: str = "INSERT") -> None:
        self.conn = conn
        self.codec = _encode(columns)
        if not self.codec.bound:  # every column coded and nothing packed: bind a dummy
            self.codec.bound.append(np.zeros(len(next(iter(columns.values()))), dtype=object))
        room = conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) - len(self.codec.constants)
        self.per = max(1, min(rows_per_statement, room // len(self.codec.bound)))
        targets = [*fixed, *self.codec.exprs]
        exprs = [*fixed.values(), *self.codec.exprs.values()]
        self._head = f"{verb} INTO {table} ({', '.join(targets)}) SELECT {', '.join(exprs)} FROM "
        self._sql: dict[int, str] = {}

    def _statement(self, rows: int) -> str:
        """SQL for `rows` VALUES rows; constants are numbered after the per-row values."""
        if rows not in self._sql:
            k = len(self.codec.bound)
            values = ", ".join(
                "(" + ", ".join(f"?{r * k + j + 1}" for j in range(k)) + ")" for r in range(rows))
            sql = self._head + f"(VALUES {values})"
            for i in range(len(self.codec.constants), 0, -1):  # @c10 before @c1
                sql = sql.replace(f"@c{i}", f"?{rows * k + i}")
            self._sql[rows] = sql
        return self._sql[rows]

    def insert(self, rows: Any) -> None:
        # Numbers become Python objects here, after picking the rows: made in the order they
        # are bound, they sit together in memory (gathering a million made beforehand in
        # another order missed the CPU cache at every row).
        arrays = [_python_values(a[rows]) for a in self.codec.bound]
        m, k, per = len(arrays[0]), len(arrays), self.per
        if m == 0:
            return
        consts = self.codec.constants
        full = m - m % per
        if full:
            # Each column straight into its places in the statements' parameter rows (one
            # pass over the values fewer than through a rows x columns block).
            params = np.empty((full // per, k * per + len(consts)), dtype=object)
            for j, a in enumerate(arrays):
                params[:, j:k * per:k] = a[:full].reshape(-1, per)
            for i, c in enumerate(consts):
                params[:, k * per + i] = c
            self.conn.executemany(self._statement(per), params.tolist())
        if full < m:
            rest = [[*(a[i] for a in arrays), *consts] for i in range(full, m)]
            self.conn.executemany(self._statement(1), rest)
