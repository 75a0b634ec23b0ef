"""Blank workbook cells, and big columns: the distinct-value fast paths give the small-column
results exactly (numbers, flags, text, send times, duplicate ids) on real files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from smsplanner.importing.plan import build_plan
from smsplanner.importing.read import read_table
from smsplanner.importing.values import BIG, parse_bools, parse_numbers


@pytest.fixture(autouse=True)
def _london(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/London")


def test_blank_cells_of_a_workbook_column_are_empty_not_unreadable() -> None:
    s = pd.Series([12, "", "  ", None, "7", "x", dt.datetime(2026, 1, 5)], dtype=object)
    v, bad = parse_numbers(s)
    assert v[0] == 12.0 and v[4] == 7.0 and np.isnan(v[1:4]).all()
    assert bad.tolist() == [False, False, False, False, False, True, True]
    flags, bad = parse_bools(pd.Series(["yes", "", None, "no", "  "], dtype=object))
    assert flags[0] == 1.0 and flags[3] == 0.0 and np.isnan(flags[[1, 2, 4]]).all()
    assert not bad.any()
    # x-marks: blank means no, in workbook columns too.
    flags, bad = parse_bools(pd.Series(["x", "", None], dtype=object))
    assert flags.tolist() == [1.0, 0.0, 0.0] and not bad.any()


CELLS = ["1", "", " 2.5 ", "abc", "(3)", "$4", "inf", "nan", "N/A", "-", "1e3", "1,234", "  "]
FLAGS = ["yes", "No", " x ", "", "maybe", "TRUE", "0"]


@pytest.mark.parametrize("decimal,thousands", [(".", ","), (",", "."), (".", None)])
def test_big_number_columns_read_like_small_ones(decimal: str, thousands: str | None) -> None:
    reps = BIG // len(CELLS) + 2
    small = parse_numbers(pd.Series(CELLS, dtype=str), decimal, thousands)
    big = parse_numbers(pd.Series(CELLS * reps, dtype=str), decimal, thousands)
    assert np.array_equal(big[0], np.tile(small[0], reps), equal_nan=True)
    assert np.array_equal(big[1], np.tile(small[1], reps))
    assert small[1].any() and not small[1].all()


def test_big_flag_columns_read_like_small_ones() -> None:
    reps = BIG // len(FLAGS) + 2
    small = parse_bools(pd.Series(FLAGS, dtype=str))
    big = parse_bools(pd.Series(FLAGS * reps, dtype=str))
    assert np.array_equal(big[0], np.tile(small[0], reps), equal_nan=True)
    assert np.array_equal(big[1], np.tile(small[1], reps))
    assert small[0][3] == 0.0  # the column marks with x, so blank is no


def test_mostly_distinct_numbers_take_the_plain_path() -> None:
    values = [f"{i / 7:.4f}" for i in range(BIG + 10)] + ["", "€ 5", "twelve"]
    v, bad = parse_numbers(pd.Series(values, dtype=str))
    assert v[3] == pytest.approx(float(values[3])) and np.isnan(v[-3]) and v[-2] == 5.0
    assert bad.tolist().count(True) == 1 and bad[-1]


def _log(path: Path, rows: int, *, shuffled: bool) -> None:
    rng = np.random.default_rng(3)
    ids = np.char.add("SM", np.char.zfill(np.arange(rows).astype(str), 6))
    if shuffled:
        ids = rng.permutation(ids)
    camp = np.where(np.arange(rows) % 3 == 0, " Spring ", "Summer")
    inbound = np.arange(rows) % 10 == 9
    day = np.where(camp == "Summer", "2026-07-01", "2026-03-29")
    secs = (np.arange(rows) % 600).tolist()
    stamp = [f"{d}T00:{s // 60:02d}:{s % 60:02d}Z" for d, s in zip(day, secs, strict=True)]
    pd.DataFrame({
        "sid": ids, "campaign": camp, "sent_at": stamp,
        "status": np.where(inbound, "received", np.where(np.arange(rows) % 4 == 0, "Undelivered",
                                                          "DELIVERED")),
        "direction": np.where(inbound, "inbound", "outbound-api"),
        "price": np.where(np.arange(rows) % 5 == 0, "", "-0.0079"),
        "clicked": np.where(np.arange(rows) % 8 == 0, "yes", "no"),
    }).to_csv(path, index=False)


@pytest.mark.parametrize("shuffled", [False, True])
def test_big_log_figures_match_counts_made_here(tmp_path: Path, shuffled: bool) -> None:
    rows = 3 * BIG
    path = tmp_path / "log.csv"
    _log(path, rows, shuffled=shuffled)
    plan = build_plan(read_table(path))
    assert plan.problems == [] and plan.message_count == rows
    by_name = {pc.campaign.name: pc.campaign for pc in plan.campaigns}
    assert set(by_name) == {"Spring", "Summer"}  # stripped
    i = np.arange(rows)
    for name, mask, day, hour in (("Spring", i % 3 == 0, dt.date(2026, 3, 29), "00:00"),
                                  ("Summer", i % 3 != 0, dt.date(2026, 7, 1), "01:00")):
        out = mask & (i % 10 != 9)
        c = by_name[name]
        assert c.sent == int(out.sum())
        assert c.delivered == int((out & (i % 4 != 0)).sum())
        assert c.clicks == int((out & (i % 8 == 0)).sum())
        assert c.replies == int((mask & (i % 10 == 9)).sum())
        # the campaign's cost is its sends' (incoming texts are billed too, but apart)
        assert c.cost == pytest.approx(0.0079 * int((out & (i % 5 != 0)).sum()))
        # 00:00Z is 00:00 in winter (GMT) and 01:00 in summer (BST): local day and time
        assert c.date == day and c.time == hour
    m = plan.messages
    assert set(m["status"][:4].tolist()) <= {"undelivered", "delivered", "received"}
    first = int(np.flatnonzero(m["campaign"] == m["campaign"][0])[0])
    assert m["sent_at"][first] in ("2026-03-29T00:00:00", "2026-07-01T01:00:00")


def test_repeated_ids_in_a_big_log_keep_the_last_row(tmp_path: Path) -> None:
    rows = BIG + 4
    path = tmp_path / "log.csv"
    _log(path, rows, shuffled=False)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame.loc[rows - 1, "sid"] = frame.loc[5, "sid"]  # a later row repeats an early id
    frame.to_csv(path, index=False)
    plan = build_plan(read_table(path))
    assert plan.message_count == rows - 1
    assert "repeated message id" in " ".join(plan.notes)
