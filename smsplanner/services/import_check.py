"""Checking a file before importing it, as the import dialog does: read, map and plan it once,
then import the plan that was checked.

The dialog keeps one `ImportChoices` per file. `read_preview`, `check_file`,
`check_whole_file` and `import_checked` read or write and run on a worker thread; the rest
are quick and run anywhere. No Qt here: the GUI words the results (ui/imports/session.py).
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smsplanner.domain.imports import ImportPlan, ImportRefused, ImportResult, Mapping, MappingError
from smsplanner.domain.progress import IsCancelled, Progress, scaled
from smsplanner.importing.mapping import MESSAGE_FIELDS, SUMMARY_FIELDS, suggest_mapping
from smsplanner.services.importer import CheckedFile, file_digest, import_file
from smsplanner.services.memory import give_back_freed_memory

if TYPE_CHECKING:
    from smsplanner.importing.table import RawTable

PREVIEW_ROWS = 200


@dataclass
class ImportChoices:
    """Everything the user decided for one file; `fields` is None until a mapping is chosen."""

    path: Path
    forced: dict[str, Any] = field(default_factory=dict)  # read settings the user forced
    shape: str | None = None
    fields: dict[str, str] | None = None  # field -> column, explicit and complete
    campaign: str = ""

    def read_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for read_table / import_file(read_options=...), without sheet."""
        return {k: v for k, v in self.forced.items() if k != "sheet" and v is not None}


class StagedRows:
    """A streamed check's connection, whose temp database holds the rows it checked
    (import_check_stream.py). Used by one thread at a time: the check's, then the import's."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._lock = threading.Lock()
        self._closed = False

    def serves(self, conn: sqlite3.Connection) -> bool:
        """Whether the staged rows are still there and on the same database file as `conn`
        (another file opened since the check: they are not)."""
        if self._closed:
            return False
        staged = self.conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = "
                                   "'incoming'").fetchone() is not None
        return staged and _main_file(self.conn) == _main_file(conn)

    def close(self) -> None:
        """Close the connection; its temp database and the staged rows go with it. Any
        thread, once nothing else uses it; closing twice does nothing."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self.conn.close()


def _main_file(conn: sqlite3.Connection) -> str:
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return str(file)
    return ""


@dataclass
class Check:
    """The outcome of planning the file: a plan, or the engine's sentence saying why nothing
    can go in (each front end words it for its reader)."""

    plan: ImportPlan | None
    refused: str = ""
    # A big log checked in chunks: the table is the file's first rows only, and the rows of
    # the plan are staged in `staged`'s connection (import_check_stream.py).
    head_only: bool = False
    staged: StagedRows | None = None

    def close(self) -> None:
        """Let go of the staged rows (a newer check replaced this one). Any thread."""
        if self.staged is not None:
            self.staged.close()
            self.staged = None


def read_preview(choices: ImportChoices, *, max_rows: int | None = PREVIEW_ROWS,
                 progress: Progress | None = None,
                 is_cancelled: IsCancelled | None = None) -> RawTable:
    """Read the file (its first rows, or all of it) with the forced settings. Worker thread."""
    from smsplanner.importing.read import read_table

    return read_table(choices.path, sheet=choices.forced.get("sheet"),
                      **choices.read_kwargs(), max_rows=max_rows, progress=progress,
                      is_cancelled=is_cancelled)


def make_mapping(raw: RawTable, choices: ImportChoices) -> Mapping:
    """The engine's suggestion, or the user's explicit mapping for the chosen shape."""
    if choices.fields is None:
        return suggest_mapping(raw, shape=choices.shape)
    shape = choices.shape or suggest_mapping(raw).shape
    allowed = MESSAGE_FIELDS if shape == "messages" else SUMMARY_FIELDS
    headers = set(raw.headers)
    overrides = {f: (c if c in headers else "") for f, c in choices.fields.items()
                 if f in allowed and f != "phone"}
    overrides.update({f: "" for f in allowed if f not in overrides and f != "phone"})
    return suggest_mapping(raw, shape=shape, overrides=overrides)


def with_field(mapping: Mapping, column: str, fieldname: str) -> dict[str, str]:
    """The explicit mapping after the user chose `fieldname` ("" = not used) for `column`."""
    fields = {f: c for f, c in mapping.fields.items() if c != column}
    if fieldname:
        fields[fieldname] = column
    return fields


def check_file(raw: RawTable, mapping: Mapping, campaign: str, *,
               progress: Progress | None = None,
               is_cancelled: IsCancelled | None = None) -> Check:
    """Plan the whole table (bad rows set aside and listed). Worker thread for big files."""
    from smsplanner.importing.plan import build_plan

    try:
        plan = build_plan(raw, mapping=mapping, shape=mapping.shape,
                          campaign=campaign.strip() or None, skip_bad_rows=True,
                          progress=progress, is_cancelled=is_cancelled)
    except ImportRefused as exc:
        return Check(None, exc.said)  # a Said: the front end words it from its reason code
    except MappingError as exc:
        return Check(None, exc.args[0] if exc.args else str(exc))
    return Check(plan)


# The table read, its check, and the file's (SHA-256, size, modification time in ns).
Digest = tuple[str, int, int]
CheckOutcome = tuple["RawTable", Check, Digest | None]


def check_whole_file(choices: ImportChoices, mapping: Mapping, campaign: str,
                     full: RawTable | None, digest: Digest | None, progress: Progress,
                     is_cancelled: IsCancelled) -> CheckOutcome:
    """Read the whole file (unless `full` already holds it) and plan it. Worker thread.

    Returns the table, the check, and the file's digest: to spot a file imported before, and
    so `import_checked` need not read it again. (A big log is checked in chunks instead:
    import_check_stream.check_every_row.)
    """
    from smsplanner.importing.mapping import mapping_key

    raw = full
    if raw is None:
        mtime_ns = choices.path.stat().st_mtime_ns
        digest = (*file_digest(choices.path, is_cancelled), mtime_ns)
        raw = read_preview(choices, max_rows=None, progress=scaled(progress, 0, 700),
                           is_cancelled=is_cancelled)
    m = mapping if mapping.key == mapping_key(raw.headers) else make_mapping(raw, choices)
    return raw, check_file(raw, m, campaign, progress=scaled(progress, 700, 1000),
                           is_cancelled=is_cancelled), digest


def import_checked(conn: sqlite3.Connection, choices: ImportChoices, mapping: Mapping,
                   campaign: str | None, skip_bad: bool, checked: CheckedFile | None,
                   progress: Progress, is_cancelled: IsCancelled, *,
                   currency: str | None = None, money: str = "check",
                   staged: StagedRows | None = None,
                   ) -> tuple[ImportResult, list[int]]:
    """Import the file as the user set it up, on the operation's connection. Worker thread.

    With `checked` (the plan the dialog showed, for this mapping) the file is not read or
    planned again. A streamed check's rows are staged in `staged`'s connection: the import
    writes through that one (on the same file) and closes it. Returns the result and the ids
    of every campaign the import touched.
    """
    try:
        if staged is not None and staged.serves(conn):
            conn = staged.conn
        elif checked is not None and checked.plan.staged:
            checked = None  # its rows are gone (an import stopped half way): stream it again
        return _import_checked(conn, choices, mapping, campaign, skip_bad, checked, progress,
                               is_cancelled, currency=currency, money=money)
    finally:
        if staged is not None:
            staged.close()
            # what the write freed on this thread, for the window, which goes on running
            give_back_freed_memory()


def _import_checked(conn: sqlite3.Connection, choices: ImportChoices, mapping: Mapping,
                    campaign: str | None, skip_bad: bool, checked: CheckedFile | None,
                    progress: Progress, is_cancelled: IsCancelled, *, currency: str | None,
                    money: str) -> tuple[ImportResult, list[int]]:
    from smsplanner.storage.imports import batch_campaign_ids

    result = import_file(
        conn, choices.path, sheet=choices.forced.get("sheet"), campaign=campaign,
        mapping=mapping, shape=mapping.shape, skip_bad_rows=skip_bad,
        read_options=choices.read_kwargs(), checked=checked, currency=currency, money=money,
        progress=progress, is_cancelled=is_cancelled)
    ids = batch_campaign_ids(conn, result.import_id) if result.import_id else []
    return result, ids
