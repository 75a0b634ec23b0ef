"""BulkInsert stores exactly what a plain executemany of Python values stores (value and type),
whichever way it chooses to pass each column: packed bits, a coded lookup, or bound per row.

Numeric columns go to INTEGER or REAL columns, as in the schema: a whole float packed as
bits comes back as an integer, which the column's affinity stores as the plain insert does.
"""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smsplanner.storage.bulk_rows import MAX_CODED, PACK_BITS, BulkInsert, _encode

COLUMNS = ("a", "b", "c", "d", "e", "f")


def _table(conn: sqlite3.Connection, name: str) -> None:
    conn.execute(f"CREATE TABLE {name} (k TEXT, fixed INTEGER, a INTEGER, b INTEGER, c REAL, "
                 "d TEXT, e INTEGER, f INTEGER)")


def _plain_value(v: object) -> object:
    """What the sqlite3 module would be handed for a numpy item."""
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, np.generic):
        return v.item()
    return v


def _stored(conn: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    cols = ", ".join(f"{c}, typeof({c})" for c in ("k", "fixed", *COLUMNS))
    return conn.execute(f"SELECT {cols} FROM {table} ORDER BY rowid").fetchall()


def _check_same(tmp_path: Path, columns: dict[str, np.ndarray], order: np.ndarray | None,
                per: int, types: dict[str, str] | None = None) -> None:
    conn = sqlite3.connect(tmp_path / "bulk.sqlite")
    for t in ("bulk", "plain"):
        conn.execute(f"DROP TABLE IF EXISTS {t}")
        if types is None:
            _table(conn, t)
        else:
            conn.execute(f"CREATE TABLE {t} (k TEXT, fixed INTEGER, "
                         + ", ".join(f"{c} {types[c]}" for c in COLUMNS) + ")")
    n = len(columns["k"])
    rows = slice(None) if order is None else order
    try:
        with conn:
            BulkInsert(conn, "bulk", {"fixed": "7"}, columns, rows_per_statement=per).insert(rows)
            picked = {c: a[rows] for c, a in columns.items()}
            conn.executemany(
                f"INSERT INTO plain (fixed, {', '.join(columns)}) VALUES (7, "
                f"{', '.join('?' * len(columns))})",
                [[_plain_value(picked[c][i]) for c in columns] for i in range(n)])
        assert _stored(conn, "bulk") == _stored(conn, "plain")
    finally:
        conn.close()


def test_every_kind_of_column_round_trips_exactly(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    n = 1234
    flags = np.array([0.0, 1.0, np.nan])[rng.integers(0, 3, n)]
    prices = np.array([0.0079, 0.1 + 0.2, -1e-9, np.nan])[rng.integers(0, 4, n)]
    statuses = np.array(["delivered", "failed", None, "é ünïcode", "it's"],
                        dtype=object)[rng.integers(0, 5, n)]
    many_floats = rng.random(n)  # distinct: bound per row
    ids = np.array([f"SM{i:05d}" for i in range(n)], dtype=object)
    columns = {
        "k": ids,
        "a": flags,
        "b": rng.integers(0, 5_000_000, n),  # campaign-id-like ints: packed as they are
        "c": np.where(rng.random(n) < 0.5, prices, many_floats),
        "d": statuses,
        "e": np.where(rng.random(n) < 0.2, np.nan, rng.integers(1, 9, n).astype(float)),
        "f": rng.integers(0, 2, n).astype(bool),
    }
    order = rng.permutation(n)
    for per in (1, 7, 50):
        _check_same(tmp_path, columns, order, per)
    _check_same(tmp_path, columns, None, 50)


def test_codec_packs_what_repeats_and_binds_what_does_not() -> None:
    n = 500
    ids = np.array([f"id{i}" for i in range(n)], dtype=object)
    codec = _encode({"k": ids, "a": np.zeros(n), "d": np.array(["x", "y"] * (n // 2),
                                                                  dtype=object)})
    assert len(codec.bound) == 2  # the ids, and one packed integer
    assert codec.exprs["k"] == "column1"
    assert codec.constants == ["x", "y"]
    many = np.array([f"s{i % (MAX_CODED + 1)}" for i in range(n)], dtype=object)
    assert _encode({"d": many}).exprs["d"] == "column1"  # too many distinct values


def test_columns_that_overflow_the_pack_are_bound(tmp_path: Path) -> None:
    n = 300
    rng = np.random.default_rng(5)
    wide = {f"x{j}": rng.integers(0, 1 << 20, n) for j in range(PACK_BITS // 20 + 2)}
    codec = _encode(wide)
    assert codec.used_bits <= PACK_BITS
    assert len(codec.bound) >= 2
    conn = sqlite3.connect(tmp_path / "wide.sqlite", isolation_level=None)
    conn.execute(f"CREATE TABLE t ({', '.join(wide)})")
    BulkInsert(conn, "t", {}, wide).insert(slice(None))
    got = np.array(conn.execute(f"SELECT {', '.join(wide)} FROM t ORDER BY rowid").fetchall())
    assert (got == np.column_stack(list(wide.values()))).all()


values = st.one_of(
    st.none(), st.integers(-3, 3), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=5))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_random_columns_round_trip(tmp_path: Path, data: st.DataObject) -> None:
    n = data.draw(st.integers(1, 120))
    columns: dict[str, np.ndarray] = {
        "k": np.array([f"k{i}" for i in range(n)], dtype=object)}
    types = {}
    for c in COLUMNS:
        kind = data.draw(st.sampled_from(["object", "float", "int", "flag"]))
        types[c] = {"object": "", "float": "REAL"}.get(kind, "INTEGER")
        if kind == "object":
            pool = data.draw(st.lists(values, min_size=1, max_size=20))
            columns[c] = np.array([pool[data.draw(st.integers(0, len(pool) - 1))]
                                   for _ in range(n)] + [None], dtype=object)[:n]
        elif kind == "float":
            pool = data.draw(st.lists(st.floats(allow_infinity=False), min_size=1, max_size=20))
            columns[c] = np.array([pool[i % len(pool)] for i in range(n)], dtype=float)
        elif kind == "int":
            hi = data.draw(st.sampled_from([2, 40, 1 << 30]))
            columns[c] = np.arange(n, dtype=np.int64) % hi
        else:
            columns[c] = np.array([0.0, 1.0, np.nan])[np.arange(n) % 3]
    per = data.draw(st.sampled_from([1, 3, 50]))
    _check_same(tmp_path, columns, np.arange(n)[::-1].copy(), per, types)


@pytest.mark.parametrize("n", [0, 1])
def test_tiny_inserts(tmp_path: Path, n: int) -> None:
    conn = sqlite3.connect(tmp_path / "tiny.sqlite", isolation_level=None)
    conn.execute("CREATE TABLE t (a, b)")
    BulkInsert(conn, "t", {}, {"a": np.zeros(n), "b": np.ones(n)}).insert(slice(None))
    assert conn.execute("SELECT count(*), sum(a), sum(b) FROM t").fetchone()[0] == n
