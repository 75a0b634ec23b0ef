"""Reading real CSV files written here: encodings, delimiters, locales, titles, totals, cancel."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from smsplanner.domain.errors import Cancelled, ImportFileError
from smsplanner.importing.read import read_table
from smsplanner.importing.values import parse_numbers

ROWS = [
    ["Campaign", "Date", "Sent", "Revenue"],
    ["Spring sale", "2026-03-01", "1200", "350.50"],
    ["Summer", "2026-06-01", "800", "NA"],
]


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def as_text(rows: list[list[str]], sep: str) -> str:
    return "".join(sep.join(r) + "\r\n" for r in rows)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_each_encoding_reads_accents_and_is_reported(tmp_path: Path, encoding: str) -> None:
    rows = [*ROWS, ["Café crème", "2026-07-01", "5", "1"]]
    p = write(tmp_path, "x.csv", as_text(rows, ","), encoding)
    t = read_table(p)
    assert t.detected.encoding == encoding
    assert t.frame["Campaign"].tolist() == ["Spring sale", "Summer", "Café crème"]
    assert t.headers == ["Campaign", "Date", "Sent", "Revenue"]
    if encoding == "cp1252":
        assert any("cp1252" in n for n in t.detected.notes)


@pytest.mark.parametrize("sep", [",", ";", "\t", "|"])
def test_each_delimiter_is_detected(tmp_path: Path, sep: str) -> None:
    t = read_table(write(tmp_path, "x.txt", as_text(ROWS, sep)))
    assert t.detected.delimiter == sep
    assert t.frame.shape == (2, 4)


def test_na_and_null_stay_text_and_row_numbers_count_the_header(tmp_path: Path) -> None:
    p = write(tmp_path, "x.csv", as_text([*ROWS, ["null", "None", "", "n/a"]], ","))
    t = read_table(p)
    assert t.frame["Revenue"].tolist() == ["350.50", "NA", "n/a"]
    assert t.frame["Campaign"].tolist()[-1] == "null"
    assert t.row_numbers.tolist() == [2, 3, 4]
    assert t.row_numbers.dtype == np.int64


def test_european_excel_csv(tmp_path: Path) -> None:
    text = (
        "Kampagne;Datum;Gesendet;Umsatz\n"
        "Frühling;05.01.2026;1.234;1.234,50\n"
        "Sommer;13.02.2026;200;12,5\n"
    )
    t = read_table(write(tmp_path, "eu.csv", text, "cp1252"))
    d = t.detected
    assert (d.encoding, d.delimiter, d.decimal, d.thousands) == ("cp1252", ";", ",", ".")
    values, bad = parse_numbers(t.frame["Umsatz"], d.decimal, d.thousands)
    assert values.tolist() == [1234.5, 12.5] and not bad.any()
    sent, _ = parse_numbers(t.frame["Gesendet"], d.decimal, d.thousands)
    assert sent.tolist() == [1234.0, 200.0]


def test_decimal_point_with_thousands_comma_decided_from_all_values(tmp_path: Path) -> None:
    # The first value alone ("1,234") cannot tell; a later "2,500.75" can.
    text = 'Name,Revenue\nA,"1,234"\nB,"2,500.75"\nC,12\n'
    t = read_table(write(tmp_path, "x.csv", text))
    assert (t.detected.decimal, t.detected.thousands) == (".", ",")
    v, _ = parse_numbers(t.frame["Revenue"], t.detected.decimal, t.detected.thousands)
    assert v.tolist() == [1234.0, 2500.75, 12.0]


def test_title_blank_rows_and_totals_are_set_aside(tmp_path: Path) -> None:
    text = (
        "SMS results for Bloom Florist\n"
        "Exported 2026-03-04\n"
        "\n"
        "Campaign,Sent,Clicks\n"
        "Spring,100,5\n"
        ",,\n"
        "Summer,200,9\n"
        "Grand total,300,14\n"
    )
    t = read_table(write(tmp_path, "x.csv", text))
    assert t.detected.header_row == 4
    assert t.frame["Campaign"].tolist() == ["Spring", "Summer"]
    assert t.row_numbers.tolist() == [5, 7]
    kinds = [(s.row, s.kind, s.text) for s in t.skipped]
    assert kinds == [
        (1, "title", "SMS results for Bloom Florist"),
        (2, "title", "Exported 2026-03-04"),
        (3, "blank", ""),
        (6, "blank", ""),
        (8, "total", "Grand total"),
    ]


@pytest.mark.parametrize("label", ["Total", "Totals", "Sum", "Grand total", "TOTAL:"])
def test_total_labels(tmp_path: Path, label: str) -> None:
    t = read_table(write(tmp_path, "x.csv", f"Campaign,Sent\nA,1\n{label},1\n"))
    assert t.frame["Campaign"].tolist() == ["A"]
    assert t.skipped[0].kind == "total"


def test_duplicate_and_blank_headers_and_trailing_spaces(tmp_path: Path) -> None:
    text = "Sent ,Sent, ,Name\n1,2,3,x\n"
    t = read_table(write(tmp_path, "x.csv", text))
    assert t.headers == ["Sent", "Sent (2)", "Column 3", "Name"]


def test_quoted_newlines_keep_spreadsheet_row_numbers(tmp_path: Path) -> None:
    text = 'Name,Body\nA,"line one\nline two"\nB,plain\n'
    t = read_table(write(tmp_path, "x.csv", text))
    assert t.frame["Body"].tolist() == ["line one\nline two", "plain"]
    assert t.row_numbers.tolist() == [2, 3]


def test_header_only_file_gives_zero_rows(tmp_path: Path) -> None:
    t = read_table(write(tmp_path, "x.csv", "Campaign,Sent\n"))
    assert t.headers == ["Campaign", "Sent"] and len(t.frame) == 0


@pytest.mark.parametrize("text", ["", "\n\n  \n", "\ufeff"])
def test_empty_files_are_refused(tmp_path: Path, text: str) -> None:
    with pytest.raises(ImportFileError, match=r"x\.csv"):
        read_table(write(tmp_path, "x.csv", text))


def test_ragged_row_is_named(tmp_path: Path) -> None:
    rows = ["A,B"] + ["1,2"] * 5000 + ["1,2,3,4"]
    with pytest.raises(ImportFileError, match="row"):
        read_table(write(tmp_path, "x.csv", "\n".join(rows) + "\n"))


def test_forced_settings_override_detection(tmp_path: Path) -> None:
    text = "Title line\nName;Value\nA;1,5\n"
    t = read_table(write(tmp_path, "x.csv", text), delimiter=";", header_row=2, decimal=",",
                   date_order="MDY")
    assert t.headers == ["Name", "Value"] and t.detected.decimal == ","
    assert t.detected.date_order == "MDY"
    with pytest.raises(ImportFileError, match="decimal"):
        read_table(write(tmp_path, "y.csv", text), decimal="x")


def big_file(tmp_path: Path, n: int) -> Path:
    p = tmp_path / "big.csv"
    ids = np.arange(n)
    lines = "\n".join(f"SM{i:08d},delivered,2026-01-01T10:00:00Z,-0.0075" for i in ids)
    p.write_text("Sid,Status,SentDate,Price\n" + lines + "\n")
    return p


def test_progress_and_max_rows(tmp_path: Path) -> None:
    p = big_file(tmp_path, 250_000)
    seen: list[tuple[int, int]] = []
    t = read_table(p, progress=lambda done, total: seen.append((done, total)))
    assert len(t.frame) == 250_000
    from smsplanner.importing.csv_reader import CHUNK_ROWS

    done = [d for d, _ in seen]
    assert done[:2] == [CHUNK_ROWS, 2 * CHUNK_ROWS] and done[-1] == 250_000  # as it goes
    assert done == sorted(done) and len(done) >= 250_000 // CHUNK_ROWS
    assert all(d <= tot for d, tot in seen)
    assert t.row_numbers[-1] == 250_001
    preview = read_table(p, max_rows=10)
    assert len(preview.frame) == 10 and preview.frame["Sid"].iloc[-1] == "SM00000009"


def test_cancel_stops_between_chunks(tmp_path: Path) -> None:
    p = big_file(tmp_path, 250_000)
    calls = {"n": 0}

    def cancel_after_first_chunk() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(Cancelled):
        read_table(p, is_cancelled=cancel_after_first_chunk)
    assert calls["n"] == 3  # stopped at the first check after one chunk was read
