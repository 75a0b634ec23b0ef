"""The import dialog's worker-thread jobs, without Qt: check the whole file, import it.

Each takes a snapshot of the user's choices (never the dialog) plus the runner's `progress`
and `is_cancelled` callables, so the dialog can hand it to the task runner as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from smsplanner.domain.imports import ImportResult, Mapping
from smsplanner.domain.progress import IsCancelled, Progress, scaled
from smsplanner.ui.imports.session import (
    Check,
    ImportChoices,
    check_file,
    make_mapping,
    read_preview,
)

if TYPE_CHECKING:
    import sqlite3

    from smsplanner.importing.table import RawTable


def check_whole_file(choices: ImportChoices, mapping: Mapping, campaign: str,
                     full: RawTable | None, sha: str | None, progress: Progress,
                     is_cancelled: IsCancelled) -> tuple[RawTable, Check, str | None]:
    """Read the whole file (unless `full` already holds it) and plan it. Worker thread.

    Returns the table, the check, and the file's digest (to spot a file imported before).
    """
    from smsplanner.importing.mapping import mapping_key
    from smsplanner.services.importer import file_digest

    raw, digest = full, sha
    if raw is None:
        digest = file_digest(choices.path, is_cancelled)[0]
        raw = read_preview(choices, max_rows=None, progress=scaled(progress, 0, 700),
                           is_cancelled=is_cancelled)
    m = mapping if mapping.key == mapping_key(raw.headers) else make_mapping(raw, choices)
    return raw, check_file(raw, m, campaign, progress=scaled(progress, 700, 1000),
                           is_cancelled=is_cancelled), digest


def import_with_choices(conn: sqlite3.Connection, choices: ImportChoices, mapping: Mapping,
                        campaign: str | None, skip_bad: bool, progress: Progress,
                        is_cancelled: IsCancelled) -> tuple[ImportResult, list[int]]:
    """Import the file as the user set it up, on the operation's connection. Worker thread.

    Returns the result and the ids of every campaign the import added or changed.
    """
    from smsplanner.services.importer import import_file
    from smsplanner.storage.imports import batch_campaign_ids

    result = import_file(
        conn, choices.path, sheet=choices.forced.get("sheet"), campaign=campaign,
        mapping=mapping, shape=mapping.shape, skip_bad_rows=skip_bad,
        read_options=choices.read_kwargs(), progress=progress, is_cancelled=is_cancelled)
    ids = batch_campaign_ids(conn, result.import_id) if result.import_id else []
    return result, ids
