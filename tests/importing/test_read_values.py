"""Value parsers: numbers, percentages, flags and dates, on text and workbook columns."""

from __future__ import annotations

import datetime as dt
import time

import numpy as np
import pandas as pd
import pytest

from smsplanner.importing.values import (
    decide_date_order,
    parse_bools,
    parse_datetimes,
    parse_numbers,
    parse_percent,
)


def text(*values: str) -> pd.Series:
    return pd.Series(list(values), dtype=str)


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")


def test_numbers_with_currency_spaces_and_negatives() -> None:
    s = text("$1,234.50", "USD 12", "(3.50)", "-0.00750", "€ 4", "", "twelve", "1 000", "12-")
    v, bad = parse_numbers(s, ".", ",")
    assert v[:5].tolist() == [1234.5, 12.0, -3.5, -0.0075, 4.0]
    assert np.isnan(v[5]) and not bad[5]
    assert np.isnan(v[6]) and bad[6]
    assert v[7] == 1000.0 and v[8] == -12.0
    assert bad.tolist() == [False] * 6 + [True] + [False] * 2


def test_numbers_decimal_comma() -> None:
    v, bad = parse_numbers(text("1.234,50", "£3,5", "1 234,5", "0,00750"), ",", ".")
    assert v.tolist() == [1234.5, 3.5, 1234.5, 0.0075] and not bad.any()


def test_workbook_numbers_pass_through_and_text_is_parsed() -> None:
    s = pd.Series([12, 3.5, None, "7", "x", True], dtype=object)
    v, bad = parse_numbers(s)
    assert v[:4].tolist()[:2] == [12.0, 3.5] and np.isnan(v[2]) and v[3] == 7.0
    assert bad.tolist() == [False, False, False, False, True, False]


def test_percent_text_and_bare_columns() -> None:
    v, _ = parse_percent(text("12.3%", "4 %", ""))
    assert np.allclose(v[:2], [0.123, 0.04]) and np.isnan(v[2])
    v, _ = parse_percent(text("4,5 %"), ",")
    assert np.isclose(v[0], 0.045)
    # A bare column with a value above 1 is in percent; one with only fractions is not.
    v, _ = parse_percent(text("12.3", "0.5"))
    assert np.allclose(v, [0.123, 0.005])
    v, _ = parse_percent(text("0.123", "0.5"))
    assert np.allclose(v, [0.123, 0.5])


def test_bools() -> None:
    v, bad = parse_bools(text("yes", "No", "TRUE", "f", "1", "0", "y", "", "maybe"))
    assert v[:7].tolist() == [1, 0, 1, 0, 1, 0, 1]
    assert np.isnan(v[7]) and not bad[7] and bad[8]
    # With x-marks, blank means no.
    v, bad = parse_bools(text("x", "", "X"))
    assert v.tolist() == [1.0, 0.0, 1.0] and not bad.any()
    v, _ = parse_bools(pd.Series([True, False, None, 1.0], dtype=object))
    assert v[:2].tolist() == [1.0, 0.0] and np.isnan(v[2]) and v[3] == 1.0


def test_date_order_decided_from_all_values() -> None:
    assert decide_date_order(text("01/02/2026", "02/03/2026", "25/03/2026")) == ("DMY", False)
    assert decide_date_order(text("01/02/2026", "12/25/2026")) == ("MDY", False)
    assert decide_date_order(text("01/02/2026", "02/03/2026")) == ("DMY", True)
    assert decide_date_order(text("05.01.2026")) == ("DMY", False)
    assert decide_date_order(text("2026-01-02", "")) == (None, False)


def test_slashed_dates_follow_the_column_order() -> None:
    v, bad = parse_datetimes(text("01/02/2026", "12/25/2026 5:30 PM"))
    assert v.tolist() == [pd.Timestamp("2026-01-02"), pd.Timestamp("2026-12-25 17:30")]
    v, _ = parse_datetimes(text("01/02/2026", "02/03/2026"), order="DMY")
    assert v.dt.month.tolist() == [2, 3]
    v, bad = parse_datetimes(text("31/02/2026"), order="DMY")
    assert bad.tolist() == [True]


def test_zoned_values_become_local_time(berlin: None) -> None:
    s = text(
        "2026-01-05",
        "2026-01-05T10:00:00Z",
        "2026-07-05 10:00:00+02:00",
        "Fri, 24 May 2019 17:44:50 +0000",
        "1767225600",
        "1767225600000",
    )
    v, bad = parse_datetimes(s)
    assert not bad.any()
    assert v.tolist() == [
        pd.Timestamp("2026-01-05 00:00"),
        pd.Timestamp("2026-01-05 11:00"),  # CET = UTC+1
        pd.Timestamp("2026-07-05 10:00"),  # CEST = UTC+2
        pd.Timestamp("2019-05-24 19:44:50"),
        pd.Timestamp("2026-01-01 01:00"),
        pd.Timestamp("2026-01-01 01:00"),
    ]


def test_serials_compact_and_month_names() -> None:
    v, bad = parse_datetimes(text("45352", "45352.5", "20260105", "May 24, 2019", "3 Jan 2026",
                                  "soon", "", "7"))
    assert v[:5].tolist() == [
        pd.Timestamp("2024-03-01"),
        pd.Timestamp("2024-03-01 12:00"),
        pd.Timestamp("2026-01-05"),
        pd.Timestamp("2019-05-24"),
        pd.Timestamp("2026-01-03"),
    ]
    assert bad.tolist() == [False] * 5 + [True, False, True]


def test_workbook_dates(berlin: None) -> None:
    aware = dt.datetime(2026, 1, 2, 9, 0, tzinfo=dt.UTC)
    s = pd.Series([dt.datetime(2026, 1, 2, 8), dt.date(2026, 1, 3), 45352, None, aware, True],
                  dtype=object)
    v, bad = parse_datetimes(s)
    assert v[:3].tolist() == [pd.Timestamp("2026-01-02 08:00"), pd.Timestamp("2026-01-03"),
                              pd.Timestamp("2024-03-01")]
    assert pd.isna(v[3]) and v[4] == pd.Timestamp("2026-01-02 10:00")
    assert bad.tolist() == [False] * 5 + [True]


def test_million_iso_timestamps_parse_fast(berlin: None) -> None:
    n = 1_000_000
    stamps = pd.date_range("2026-01-01", periods=n, freq="s").strftime("%Y-%m-%dT%H:%M:%SZ")
    s = pd.Series(stamps, dtype=str)
    t0 = time.perf_counter()
    v, bad = parse_datetimes(s)
    elapsed = time.perf_counter() - t0
    assert not bad.any() and v.iloc[0] == pd.Timestamp("2026-01-01 01:00")
    # Recorded, not asserted (timings belong in the bench): printed with -s.
    print(f"1,000,000 ISO timestamps: {elapsed:.2f}s")


def test_iso_dates_outside_the_nanosecond_range_are_unreadable_not_a_crash() -> None:
    # Found by the mutated-CSV property test: '1500-01-01' escaped as OutOfBoundsDatetime.
    import pandas as pd

    from smsplanner.importing.values import parse_datetimes

    s = pd.Series(["1500-01-01", "2026-03-01"], dtype="string")
    out, bad = parse_datetimes(s)
    assert bad.tolist() == [True, False]
    assert out.iloc[1] == pd.Timestamp("2026-03-01")


def test_out_of_range_dates_in_every_text_form_and_workbook_cells() -> None:
    import datetime as dt

    import pandas as pd

    from smsplanner.importing.values import parse_datetimes

    text = pd.Series(["01/02/1500", "Fri, 01 Jan 1500 10:00:00 +0000", "1500-01-01T10:00:00Z",
                      "May 3, 1500", "03/04/2026"], dtype="string")
    out, bad = parse_datetimes(text)
    assert bad.tolist() == [True, True, True, True, False]
    cells = pd.Series([dt.datetime(1500, 1, 1), dt.datetime(2026, 3, 1, 9, 30)], dtype=object)
    out, bad = parse_datetimes(cells)
    assert bad.tolist() == [True, False]
    assert out.iloc[1] == pd.Timestamp("2026-03-01 09:30")
