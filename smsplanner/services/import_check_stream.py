"""Checking a big log for the import dialog the way the command line imports it, so memory
stays bounded whatever the file's size: the file's first rows for the preview, every row
planned in chunks (import_stream.stream_plan) with the message rows staged in a connection's
temp database. That connection is kept open (import_check.StagedRows) so the import writes
the rows the check staged, without reading the file a second time.

`check_every_row` and `check_streamed` run on a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from smsplanner.domain.errors import Cancelled
from smsplanner.domain.imports import ImportRefused, Mapping, MappingError
from smsplanner.domain.progress import IsCancelled, Progress, scaled
from smsplanner.services.import_check import (
    Check,
    CheckOutcome,
    Digest,
    ImportChoices,
    StagedRows,
    check_whole_file,
    make_mapping,
    read_preview,
)

if TYPE_CHECKING:
    from smsplanner.importing.table import RawTable

# Rows of a streamed file the preview shows: enough to see and map its columns, a few MB.
HEAD_ROWS = 5_000


@dataclass(frozen=True)
class StreamLimits:
    """When the dialog streams a file, and in what pieces. None: the command line's sizes
    (import_stream.STREAM_BYTES and CHUNK_ROWS), so the dialog's chunks, and what is decided
    from them (the first chunk's date order; which rows are blank or totals, checked more
    closely in a chunk of 100,000 rows or fewer), are the command line's; tests lower them to
    stream small files."""

    min_bytes: int | None = None
    chunk_rows: int | None = None
    head_rows: int = HEAD_ROWS


def wants_streaming(choices: ImportChoices, limits: StreamLimits) -> bool:
    """Whether the dialog checks this file in chunks: the command line's rule."""
    from smsplanner.services.import_stream import streamable

    return streamable(choices.path, sheet=choices.forced.get("sheet"), shape=choices.shape,
                      min_bytes=limits.min_bytes)


def check_every_row(choices: ImportChoices, mapping: Mapping, campaign: str,
                    full: RawTable | None, digest: Digest | None, progress: Progress,
                    is_cancelled: IsCancelled, *, db_path: Path, limits: StreamLimits,
                    head: bool) -> CheckOutcome:
    """Plan every row of the file as the command line would: a big log in chunks (its rows
    staged in a connection on `db_path`), anything else read whole. `full` is the table a
    previous check read (`head`: only the first rows of a streamed file). Worker thread."""
    if (head or full is None) and wants_streaming(choices, limits):
        outcome = check_streamed(db_path, choices, mapping, campaign, full, digest, progress,
                                 is_cancelled, limits)
        if outcome is not None:
            return outcome
    # not a log after all, or no longer streamed (another shape): read whole
    return check_whole_file(choices, mapping, campaign, None if head else full, digest,
                            progress, is_cancelled)


def check_streamed(db_path: Path, choices: ImportChoices, mapping: Mapping, campaign: str,
                   head: RawTable | None, digest: Digest | None, progress: Progress,
                   is_cancelled: IsCancelled, limits: StreamLimits) -> CheckOutcome | None:
    """Plan every row of a big log in chunks; returns the file's first rows (for the
    preview), the check (its rows staged, unless refused) and the file's digest. None when
    the file is not a log with message ids: then it is read whole. Worker thread.
    """
    from smsplanner.importing.mapping import mapping_key
    from smsplanner.services.import_stream import stream_plan
    from smsplanner.services.importer import file_digest
    from smsplanner.services.memory import give_back_freed_memory
    from smsplanner.storage.db import open_db

    if digest is None:
        mtime_ns = choices.path.stat().st_mtime_ns
        digest = (*file_digest(choices.path, is_cancelled), mtime_ns)
    if head is None:
        head = read_preview(choices, max_rows=limits.head_rows, is_cancelled=is_cancelled)
        # The mapping the dialog will show for these rows, so the import can take the plan.
        mapping = make_mapping(head, choices)
    elif mapping.key != mapping_key(head.headers):
        mapping = make_mapping(head, choices)
    progress(50, 1000)
    conn = open_db(db_path)
    try:
        streamed = stream_plan(
            conn, choices.path, campaign=campaign.strip() or None, mapping=mapping,
            shape=mapping.shape, channel="sms", skip_bad_rows=True,
            read_options=choices.read_kwargs(), progress=scaled(progress, 50, 1000),
            is_cancelled=is_cancelled, chunk_rows=limits.chunk_rows)
        if is_cancelled():  # a check replaced by another: its rows are not wanted
            raise Cancelled(choices.path.name)
    except ImportRefused as exc:
        conn.close()
        return head, Check(None, exc.said, head_only=True), digest
    except MappingError as exc:
        conn.close()
        return head, Check(None, exc.args[0] if exc.args else str(exc), head_only=True), digest
    except BaseException:
        conn.close()
        raise
    if streamed is None:
        conn.close()
        return None
    plan = streamed[0]
    staged = StagedRows(conn) if plan.staged else None
    if staged is None:
        conn.close()
    # The chunks' cells were freed on this thread; the window can use the memory from now
    # on, and the user looks at the check for a while (1M-row log: 315 -> 273 MB).
    give_back_freed_memory()
    return head, Check(plan, head_only=True, staged=staged), digest
