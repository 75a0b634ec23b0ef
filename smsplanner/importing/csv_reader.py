"""Delimited text (CSV/TSV/TXT): detect encoding, delimiter and number convention, then read.

Detection looks at a sample (the first MB), never at one value. Reading uses pandas' C parser
in chunks, every cell as text (no "NA"/"null" turned into missing), with progress and cancel
checks between chunks. Phone columns are left out before pandas ever reads them.
Runs on the calling thread.
"""

from __future__ import annotations

import codecs
import csv
import io
import threading
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from smsplanner.domain.errors import ImportFileError
from smsplanner.domain.imports import Said
from smsplanner.importing.header import find_header, set_aside_rows, skipped_above, unique_headers
from smsplanner.importing.label_report import LabelReport, label_report
from smsplanner.importing.numbers import detect_number_format
from smsplanner.importing.privacy import is_phone_column
from smsplanner.importing.table import (
    Detected,
    NotStreamable,
    RawTable,
    ReadOptions,
    SkippedRow,
)

if TYPE_CHECKING:
    import pandas

SAMPLE_BYTES = 1 << 20
# Rows per pandas chunk: progress and cancelling between chunks, and small enough for the
# parser's buffers to stay in the CPU cache (1M-row log: 0.57 s at 20,000, 0.67 s at 100,000).
CHUNK_ROWS = 20_000
DELIMITERS = [",", ";", "\t", "|"]
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
csv.field_size_limit(1 << 24)
# No results export has anywhere near this many columns; a file that does is not a table of
# campaigns, and checking it column by column would take minutes.
MAX_COLUMNS = 2_000


# A byte that is not UTF-8 in an otherwise UTF-8 file (one row pasted from an old Windows
# app) is read as Windows-1252 on its own, so one stray byte cannot turn every "é" of the
# file into "Ã©". Registered once; the reader counts how often it was needed.
FALLBACK = "smsplanner-cp1252"
_fallback = threading.local()
_CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
# Letters and signs that Western European text is made of: the 8-bit decoding that shows
# more of them is the file's (Mac Roman's "é" is byte 0x8E, which Windows-1252 shows as "Ž").
_COMMON = set("éèêëàâäáãåçîïíìôöóòõûüúùÿñœæßÉ’‘“”–—€£¥°…«»¿¡•")


def _read_bad_bytes_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _fallback.count = getattr(_fallback, "count", 0) + 1
    bad = exc.object[exc.start:exc.end]
    text = "".join(chr(b) if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252")
                   for b in bad)
    return text, exc.end


codecs.register_error(FALLBACK, _read_bad_bytes_as_cp1252)


def fallback_count() -> int:
    """How many stray bytes this thread read as Windows-1252 so far."""
    return int(getattr(_fallback, "count", 0))


def _mostly_utf8(head: bytes, whole: bool) -> bool:
    """More lines with accented letters decode as UTF-8 than fail: a UTF-8 file with a few
    stray bytes, not an 8-bit file (whose accents are almost never valid UTF-8)."""
    lines = head.split(b"\n")
    if not whole:
        lines = lines[:-1]  # may end inside a character
    good = bad = 0
    for line in lines:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            good += 1
        except UnicodeDecodeError:
            bad += 1
    return good > bad


def _eight_bit(head: bytes) -> str:
    """Windows-1252 or Mac Roman, whichever reads as more ordinary Western text."""
    best, best_score = "cp1252", None
    for encoding in ("cp1252", "mac_roman"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        high = [ch for ch in text if ord(ch) > 127]
        score = sum(ch in _COMMON for ch in high) - sum(ch not in _COMMON for ch in high)
        if best_score is None or score > best_score:
            best, best_score = encoding, score
    return best


def detect_encoding(head: bytes, whole: bool) -> str:
    """BOM first (UTF-8, UTF-16), then UTF-8 (also with a few stray bytes), else the 8-bit
    encoding (Windows-1252 or Mac Roman) that reads as ordinary text."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head[:4096]:
        even_nuls = head[0:4096:2].count(0)
        odd_nuls = head[1:4096:2].count(0)
        if odd_nuls > even_nuls:
            return "utf-16-le"
        if even_nuls:
            return "utf-16-be"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=whole)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    return "utf-8" if _mostly_utf8(head, whole) else _eight_bit(head)


def _errors_for(encoding: str) -> str:
    return FALLBACK if encoding in ("utf-8", "utf-8-sig") else "strict"


def bad_utf8_rows(path: Path, limit: int = 20) -> list[int]:
    """Line numbers (1-based) whose bytes are not UTF-8, the first `limit` of them."""
    out: list[int] = []
    with open(path, "rb") as fh:
        for number, line in enumerate(fh, start=1):
            if line.isascii():
                continue
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                out.append(number)
                if len(out) >= limit:
                    break
    return out


def _decode_sample(name: str, head: bytes, encoding: str, whole: bool) -> str:
    """Decode the sample strictly (never with 'replace'); cut to whole lines unless complete."""
    try:
        text = codecs.getincrementaldecoder(encoding)(_errors_for(encoding)).decode(
            head, final=whole)
    except UnicodeDecodeError:
        raise ImportFileError(name, Said(
            "wrong_encoding", f"the text is not in the {encoding} encoding; choose the file's "
            "encoding.", encoding=encoding)) from None
    if "\x00" in text:
        raise ImportFileError(name, Said("binary_data", "the file holds binary data, not a "
                                         "table of text."))
    if not whole and "\n" in text:
        text = text[: text.rindex("\n") + 1]
    return text.lstrip("\ufeff")


def detect_delimiter(text: str) -> str:
    """The candidate that splits most sample rows into the same number (> 1) of fields."""
    lines = text.splitlines()[:2000]
    best, best_score = ",", (0, 0, 0)
    for d in DELIMITERS:
        counts = [len(r) for r in csv.reader(lines, delimiter=d) if r]
        if not counts:
            continue
        values, freq = np.unique(counts, return_counts=True)
        multi = values > 1
        if not multi.any():
            continue
        k = int(np.argmax(np.where(multi, freq, -1)))
        score = (int(freq[k]), int(values[k]), -DELIMITERS.index(d))
        if score > best_score:
            best, best_score = d, score
    return best


def sample_rows(text: str, delimiter: str, limit: int = 2000) -> list[list[str]]:
    """Parse the sample text into rows (blank lines kept as empty rows, like pandas)."""
    rows: list[list[str]] = []
    for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        rows.append(r)
        if len(rows) >= limit:
            break
    return rows


class CsvReader:
    """Reader for delimited text files (registry entry for .csv, .tsv, .txt)."""

    extensions = (".csv", ".tsv", ".txt", ".tab")

    def read(self, path: Path, opts: ReadOptions, notes: list[Said] | None = None) -> RawTable:
        """Read the whole file (or opts.max_rows data rows) into a RawTable."""
        f = self._prepare(path, opts, notes)
        if isinstance(f, RawTable):
            return f
        det = f.det
        frame, row_numbers, encoding = self._read_frame(
            path, opts, f.encoding, f.delimiter, f.hdr, f.headers, f.keep_cols, f.size,
            f.sample_chars, f.sample_rows)
        if encoding != det.encoding:
            det.encoding = encoding
            det.notes.append(Said("partly_windows_text", "Part of the file is not UTF-8; it was "
                                  "read as Windows-1252 text."))
        else:
            self._stray_note(path, det, f.strays)
        frame = _drop_empty_extra_columns(frame, f.raw_headers, f.headers, f.keep_cols)
        frame, row_numbers, more = set_aside_rows(frame, row_numbers)
        det.notes.insert(0, delimiter_note(f.delimiter))
        return RawTable(source=path, headers=list(frame.columns), frame=frame,
                        row_numbers=row_numbers, skipped=f.skipped + more,
                        dropped_columns=f.dropped, detected=det, sheets=[])

    def read_chunks(self, path: Path, opts: ReadOptions, rows: int,
                    notes: list[Said] | None = None) -> Generator[RawTable, None, None]:
        """The file as RawTables of about `rows` data rows each, in file order, so a big log
        is never whole in memory. They share one Detected (its notes may grow at the end)
        and number rows as the whole read would. Raises NotStreamable where only a whole
        read can go on (UTF-8 that breaks part-way, which the whole read retries as cp1252).
        """
        import pandas as pd

        f = self._prepare(path, opts, notes)
        if isinstance(f, RawTable):  # a label/value report (small): one table
            yield f
            return
        det = f.det
        det.notes.insert(0, delimiter_note(f.delimiter))
        bytes_per_row = max(1.0, f.sample_chars / max(1, f.sample_rows))
        total_est = max(1, int(f.size / bytes_per_row) - f.hdr - 1)
        names = [f.headers[i] for i in f.keep_cols]
        drop: list[str] | None = None
        parts: list[pandas.DataFrame] = []
        held = start = done = 0

        def table(frame: pandas.DataFrame, first_row: int) -> RawTable:
            nonlocal drop
            frame.columns = names
            if drop is None:  # decided on the first rows, so every chunk has the same columns
                kept = _drop_empty_extra_columns(frame, f.raw_headers, f.headers, f.keep_cols)
                drop = [c for c in frame.columns if c not in kept.columns]
            frame = frame.drop(columns=drop) if drop else frame
            numbers = np.arange(len(frame), dtype=np.int64) + first_row
            frame, numbers, more = set_aside_rows(frame, numbers)
            skipped = (f.skipped if first_row == f.hdr + 2 else []) + more
            return RawTable(source=path, headers=list(frame.columns), frame=frame,
                            row_numbers=numbers, skipped=skipped, dropped_columns=f.dropped,
                            detected=det, sheets=[])

        try:
            for part in self._parts(path, opts, f.encoding, f.delimiter, f.hdr, f.headers,
                                    f.keep_cols, min(rows, CHUNK_ROWS)):
                parts.append(part)
                held += len(part)
                done += len(part)
                opts.report(done, max(done, total_est))
                if held >= rows:
                    frame = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
                    parts, held = [], 0
                    yield table(frame.reset_index(drop=True), f.hdr + 2 + start)
                    start = done
        except UnicodeDecodeError:
            raise NotStreamable(path.name) from None
        if parts or start == 0:
            frame = (pd.concat(parts, ignore_index=True) if parts
                     else pd.DataFrame({i: pd.Series([], dtype=str) for i in f.keep_cols}))
            yield table(frame.reset_index(drop=True), f.hdr + 2 + start)
        self._stray_note(path, det, f.strays)

    def _prepare(self, path: Path, opts: ReadOptions,
                 notes: list[Said] | None) -> _Prepared | RawTable:
        """Everything found before the data rows are read: encoding, delimiter, header, number
        format and the phone columns to leave out (from the first MB). A small label/value
        report is read whole here (its RawTable is returned)."""
        name = path.name
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(SAMPLE_BYTES)
        whole = len(head) >= size
        if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
            raise ImportFileError(name, Said("file_empty", "the file is empty."))
        det = Detected(notes=list(notes or []))
        encoding = opts.encoding or detect_encoding(head, whole)
        strays = fallback_count()
        text = _decode_sample(name, head, encoding, whole)
        _check_width(name, text, opts.delimiter)
        det.encoding = encoding
        if encoding == "cp1252" and not opts.encoding:
            det.notes.append(Said("read_as_windows_text", "The file is not UTF-8; it was read "
                                  "as Windows-1252 (cp1252) text."))
        if encoding == "mac_roman" and not opts.encoding:
            det.notes.append(Said("read_as_mac_roman", "The file is not UTF-8; it was read as "
                                  "Mac Roman text (saved by an older Mac)."))
        delimiter = opts.delimiter or detect_delimiter(text)
        if path.suffix.lower() in (".tsv", ".tab") and not opts.delimiter and "\t" in text:
            delimiter = "\t"
        det.delimiter = delimiter
        rows = sample_rows(text, delimiter)
        if not any(any(c.strip() for c in r) for r in rows):
            raise ImportFileError(name, Said("only_blank_lines", "the file holds no table (only "
                                             "blank lines)."))
        report = label_report(rows) if whole and opts.header_row is None else None
        if report is not None:
            return _label_table(path, report, det, delimiter)
        hdr = (opts.header_row - 1) if opts.header_row else find_header(rows)
        if hdr >= len(rows):
            raise ImportFileError(name, Said("no_header_row", f"the file has no row {hdr + 1} to "
                                             "use as the header.", row=hdr + 1))
        det.header_row = hdr + 1
        skipped = skipped_above(rows, hdr, 1)
        width = max([len(rows[hdr])] + [len(r) for r in rows[hdr + 1 :]])
        raw_headers = rows[hdr] + [""] * (width - len(rows[hdr]))
        headers = unique_headers(raw_headers)
        body = rows[hdr + 1 :]
        fmt = detect_number_format(body, delimiter)
        det.decimal = opts.decimal or fmt.decimal
        det.thousands = (opts.thousands or None) if opts.thousands is not None else fmt.thousands
        if opts.decimal is None and opts.thousands is None:
            det.notes.extend(fmt.notes)
        det.date_order = opts.date_order
        keep_cols, dropped = _phone_columns(headers, body)
        return _Prepared(det, encoding, delimiter, hdr, headers, raw_headers, keep_cols,
                         dropped, skipped, size, len(text), len(rows), strays)

    @staticmethod
    def _stray_note(path: Path, det: Detected, strays: int) -> None:
        """Say which rows had bytes that are not UTF-8, when the read met some."""
        if fallback_count() <= strays:
            return
        bad = bad_utf8_rows(path)
        shown = ", ".join(str(r) for r in bad[:10]) + (", ..." if len(bad) > 10 else "")
        det.notes.append(Said(
            "stray_bytes", f"The file is UTF-8 except on {'row' if len(bad) == 1 else 'rows'}"
            f" {shown}, whose accented letters were read as Windows-1252: check "
            f"{'it' if len(bad) == 1 else 'them'}.", rows=bad))

    def _read_frame(
        self, path: Path, opts: ReadOptions, encoding: str, delimiter: str, hdr: int,
        headers: list[str], keep_cols: list[int], size: int, sample_chars: int,
        sample_nrows: int,
    ) -> tuple[pandas.DataFrame, np.ndarray, str]:
        """Chunked pandas read of the data rows; falls back to cp1252 if UTF-8 breaks later."""

        bytes_per_row = max(1.0, sample_chars / max(1, sample_nrows))
        total_est = max(1, int(size / bytes_per_row) - hdr - 1)
        if opts.max_rows is not None:
            total_est = min(total_est, opts.max_rows)
        for attempt in (encoding, "cp1252"):
            try:
                frame = self._chunks(path, opts, attempt, delimiter, hdr, headers, keep_cols,
                                     total_est)
                break
            except UnicodeDecodeError:
                if attempt != "utf-8" or opts.encoding:
                    raise ImportFileError(path.name, Said(
                        "wrong_encoding", f"the text is not valid {attempt}; choose the file's "
                        "encoding.", encoding=attempt)) from None
        else:  # pragma: no cover - loop always breaks or raises
            raise AssertionError
        row_numbers = np.arange(len(frame), dtype=np.int64) + hdr + 2
        opts.report(len(frame), len(frame))
        return frame, row_numbers, attempt

    def _chunks(
        self, path: Path, opts: ReadOptions, encoding: str, delimiter: str, hdr: int,
        headers: list[str], keep_cols: list[int], total_est: int,
    ) -> pandas.DataFrame:
        import pandas as pd

        names = [headers[i] for i in keep_cols]
        parts: list[pandas.DataFrame] = []
        done = 0
        for part in self._parts(path, opts, encoding, delimiter, hdr, headers, keep_cols):
            parts.append(part)
            done += len(part)
            opts.report(done, max(done, total_est))
        if not parts:
            return pd.DataFrame({h: pd.Series([], dtype=str) for h in names})
        frame = parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)
        frame.columns = names
        return frame

    def _parts(
        self, path: Path, opts: ReadOptions, encoding: str, delimiter: str, hdr: int,
        headers: list[str], keep_cols: list[int], rows: int = CHUNK_ROWS,
    ) -> Iterator[pandas.DataFrame]:
        """pandas' chunks of the data rows, phone columns left out; cancel checks between."""
        import pandas as pd

        kwargs: dict[str, Any] = dict(
            sep=delimiter, header=None, skiprows=hdr + 1, names=list(range(len(headers))),
            dtype=str, keep_default_na=False, na_filter=False,
            skip_blank_lines=False, index_col=False, encoding=encoding, engine="c",
            encoding_errors=_errors_for(encoding),
            quoting=csv.QUOTE_MINIMAL, low_memory=False,
        )
        if encoding.startswith("utf-16"):
            kwargs["encoding"] = "utf-16" if encoding == "utf-16" else encoding
        limit = opts.max_rows
        chunk = rows if limit is None else max(1, min(rows, limit))
        opts.check_cancelled(path.name)
        try:
            with pd.read_csv(path, chunksize=chunk, nrows=limit, **kwargs) as reader:
                for part in reader:
                    # Phone columns are read (usecols would hide rows with extra fields)
                    # but dropped at once, chunk by chunk.
                    yield part[keep_cols] if len(keep_cols) < part.shape[1] else part
                    opts.check_cancelled(path.name)
        except pd.errors.ParserError as exc:
            raise ImportFileError(path.name, _parser_sentence(str(exc), hdr)) from None


@dataclass
class _Prepared:
    """What CsvReader._prepare found: how to read the data rows."""

    det: Detected
    encoding: str
    delimiter: str
    hdr: int
    headers: list[str]
    raw_headers: list[str]
    keep_cols: list[int]
    dropped: list[str]
    skipped: list[SkippedRow]
    size: int
    sample_chars: int
    sample_rows: int
    strays: int


def _check_width(name: str, text: str, delimiter: str | None) -> None:
    """Refuse from the first line a file with more columns than any table of campaigns."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    widest = max(len(next(csv.reader([first], delimiter=d), []))
                 for d in ([delimiter] if delimiter else DELIMITERS))
    if widest > MAX_COLUMNS:
        raise ImportFileError(name, Said(
            "too_many_columns", f"the first line has {widest:,} columns; SMS Planner reads at "
            f"most {MAX_COLUMNS:,}, so this is not a table of campaigns.", columns=widest,
            most=MAX_COLUMNS))


def delimiter_note(delimiter: str) -> Said:
    """The note saying which character separates the columns."""
    return Said("delimiter", f"Columns are separated by a {DELIMITER_NAMES[delimiter]}.",
                delimiter=delimiter)


def _parser_sentence(msg: str, hdr: int) -> Said:
    """pandas' tokenizer message as a sentence with the spreadsheet row."""
    import re

    m = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", msg)
    if m:
        row = int(m.group(2))
        return Said("row_too_wide", f"row {row} has {m.group(3)} columns but the header has "
                    f"{m.group(1)}; check the column separator or fix that row.", row=row,
                    columns=int(m.group(3)), header=int(m.group(1)))
    if "EOF inside string" in msg or "EOF" in msg:
        return Said("open_quote", "a quoted cell is never closed (the file may be cut short).")
    return Said("not_split", "the rows could not be split into columns; check the column "
                "separator.")


def _phone_columns(headers: list[str], body: list[list[str]]) -> tuple[list[int], list[str]]:
    """Indices of columns to keep and names of phone columns left out (from the sample)."""
    import pandas as pd

    keep, dropped = [], []
    sample = body[:2000]
    for j, h in enumerate(headers):
        values = pd.Series([r[j] if j < len(r) else "" for r in sample], dtype=str)
        if is_phone_column(h, values):
            dropped.append(h)
        else:
            keep.append(j)
    return keep, dropped


def _label_table(path: Path, report: LabelReport, det: Detected, delimiter: str) -> RawTable:
    """A label/value report (Mailchimp's or MailerLite's one-campaign report) as a table of
    one row per campaign, said in a note; phone-number values are left out as elsewhere."""
    import pandas as pd

    headers = unique_headers(report.headers)
    keep, dropped = _phone_columns(headers, report.rows)
    kept = [headers[j] for j in keep]
    frame = pd.DataFrame([[r[j] for j in keep] for r in report.rows], columns=kept,
                         dtype=object)
    fmt = detect_number_format(report.rows, delimiter)
    det.decimal, det.thousands = fmt.decimal, fmt.thousands
    det.delimiter = delimiter
    det.header_row = report.lines[0]
    n = len(report.rows)
    sections = ", ".join(report.sections)
    det.notes.insert(0, Said(
        "label_report", f"The file is a campaign report written as labels and values "
        f"({', '.join(repr(h) for h in kept[:3])}...), not a table: read as "
        f"{'one campaign' if n == 1 else f'{n} campaigns ({sections})'}.",
        campaigns=n, labels=kept, sections=list(report.sections)))
    return RawTable(source=path, headers=kept, frame=frame,
                    row_numbers=np.array(report.lines, dtype=np.int64), skipped=[],
                    dropped_columns=dropped, detected=det, sheets=[])


def _drop_empty_extra_columns(
    frame: pandas.DataFrame, raw: list[str], headers: list[str], keep_cols: list[int]
) -> pandas.DataFrame:
    """Columns with no header and no values (trailing separators) are not columns."""
    drop = [headers[j] for j in keep_cols
            if not raw[j].strip() and not (frame[headers[j]].str.strip() != "").any()]
    return frame.drop(columns=drop) if drop else frame
