"""Importing a result file end to end, and undoing an import. Used by the CLI and the GUI.

`import_file` = read_table -> build_plan -> backup -> write (one transaction); given the plan
a check already made (`CheckedFile`), it skips straight to the backup and the write. Plain
functions for a worker thread: progress(done, total) as the work goes; is_cancelled() stops it
within half a second with nothing written.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from smsplanner.domain.errors import ImportFileError, ValidationError
from smsplanner.domain.imports import (
    BatchRecord,
    ImportPlan,
    ImportProblem,
    ImportRefused,
    ImportResult,
    Mapping,
    MappingError,
    PlannedCampaign,
    PlannedColumns,
    Said,
    reason_of,
)
from smsplanner.domain.progress import (
    PROGRESS_TOTAL,
    IsCancelled,
    Progress,
    check_cancelled,
    scaled,
)

_READ, _PLAN = 600, 700  # progress scale: reading to 600, planning to 700, writing to 1000


@dataclass(frozen=True)
class CheckedFile:
    """A file already read and planned (the import dialog's check), with the SHA-256, size and
    modification time read with it: `import_file` writes this plan instead of reading the file
    again, unless the file was saved since."""

    plan: ImportPlan
    sha256: str
    size: int
    mtime_ns: int

    def still_matches(self, path: Path) -> bool:
        """False when the file was changed since the check (then it is read again)."""
        try:
            st = path.stat()
        except OSError:
            return False
        return st.st_size == self.size and st.st_mtime_ns == self.mtime_ns


def file_digest(path: Path, is_cancelled: IsCancelled | None = None) -> tuple[str, int]:
    """SHA-256 and size of a file, read in 1 MiB blocks (cancellable)."""
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
            size += len(block)
            if size % (16 << 20) == 0:
                check_cancelled(is_cancelled, path.name)
    return h.hexdigest(), size


def _refused(result: ImportResult, message: str) -> ImportResult:
    """Nothing written: why, as the result's message and its last problem (a Said)."""
    result.refused = True
    result.message = message
    result.problems.append(ImportProblem(None, None, None, message))
    return result


def import_file(conn: sqlite3.Connection, path: str | Path, **options: Any) -> ImportResult:
    """Import one file; a file that cannot be imported gives a refused result, not an error.

    Takes the keyword options of `_import_file` (sheet, campaign, mapping, shape, channel,
    skip_bad_rows, dry_run, currency, money, backup, read_options, checked, progress,
    is_cancelled). A phone number in the file's name is hidden in the result, its reasons
    and the import history. Runs on the thread that owns `conn`.
    """
    from smsplanner.storage.import_stage import drop_stage

    try:
        return _name_without_phone(_import_file(conn, path, **options), Path(path))
    finally:
        drop_stage(conn)  # what a streamed read staged, if the write did not take it


def _name_without_phone(result: ImportResult, path: Path) -> ImportResult:
    """Hide a phone number in the file name wherever the result says it (text and fields)."""
    from smsplanner.importing.privacy import hide_phones_in_cell

    name = path.name
    safe = hide_phones_in_cell(name)
    if safe == name:
        return result

    def masked(text: Any) -> Any:
        if not isinstance(text, str):
            return text
        if isinstance(text, Said):
            return Said(text.code, str(text).replace(name, safe),
                        **{k: masked(v) for k, v in text.fields.items()})
        return text.replace(name, safe)

    result.file = str(path.with_name(safe))
    result.message = masked(result.message)
    result.problems = [replace(q, message=masked(q.message)) for q in result.problems]
    result.notes = [masked(n) for n in result.notes]
    return result


def _import_file(
    conn: sqlite3.Connection,
    path: str | Path,
    *,
    sheet: str | None = None,
    campaign: str | None = None,
    mapping: Mapping | dict[str, str] | None = None,
    shape: str | None = None,
    channel: str = "sms",
    skip_bad_rows: bool = False,
    dry_run: bool = False,
    currency: str | None = None,
    money: str = "check",
    backup: bool = True,
    read_options: dict[str, Any] | None = None,
    checked: CheckedFile | None = None,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> ImportResult:
    """Import one file; a file that cannot be imported gives a refused result, not an error.

    `read_options` forces read_table settings the user chose (encoding, delimiter, decimal,
    thousands, header_row, date_order), as the import dialog does. `checked` is the plan the
    dialog's check made with these settings: the file is then not read or planned again.

    `currency` is the code of the currency the user's amounts are in (Preferences), None when
    not known. When the file's money is in another currency nothing is written (the result's
    reason is currency_differs) unless `money="drop"`: then revenue and cost are left out.

    Raises Cancelled when cancelled, DatabaseError when the database
    cannot be written. Runs on the thread that owns `conn`.
    """
    from smsplanner.importing.privacy import hide_phones_in_cell
    from smsplanner.importing.sniff import not_a_regular_file
    from smsplanner.storage.imports import AlreadyImported, find_batch_by_sha, write_plan

    p = Path(path)
    result = ImportResult(file=str(path), dry_run=dry_run)
    odd = not_a_regular_file(p)  # before any open(): /dev/zero or a pipe would never end
    if odd is not None:
        return _refused(result, Said("not_a_file", f"{p.name}: {odd}", file=p.name,
                                     reason=odd))
    if checked is not None and not checked.still_matches(p):
        checked = None
    try:
        sha, size = (checked.sha256, checked.size) if checked else file_digest(p, is_cancelled)
    except FileNotFoundError:
        return _refused(result, Said("file_missing", f"{p.name}: the file does not exist.",
                                     file=p.name))
    except IsADirectoryError:
        return _refused(result, Said("is_folder", f"{p.name}: this is a folder, not a file.",
                                     file=p.name))
    except PermissionError:
        return _refused(result, Said("not_allowed", f"{p.name}: SMS Planner is not allowed to "
                                     "read this file.", file=p.name))
    previous = find_batch_by_sha(conn, sha)
    if previous is not None:
        return _duplicate(result, p.name, previous)
    if not dry_run:
        from smsplanner.storage.db import start_full_check

        start_full_check(conn)  # a big store's whole check, while the file is read
    try:
        plan = checked.plan if checked else _stream_or_read(
            conn, p, result, sheet=sheet, campaign=campaign, mapping=mapping, shape=shape,
            channel=channel, skip_bad_rows=skip_bad_rows, read_options=read_options,
            progress=progress, is_cancelled=is_cancelled)
    except ImportRefused as exc:
        result.shape = exc.shape  # known once the columns were mapped
        result.rows_read = exc.rows_read
        return _refused(result, exc.said)
    except ImportFileError as exc:
        return _refused(result, Said("unreadable", str(exc), file=p.name, reason=exc.reason))
    except MappingError as exc:  # says which column; the file is named here (several files)
        code, fields = reason_of(exc.args[0] if exc.args else "")
        text = str(exc)
        return _refused(result, Said(code or "mapping", text if text.startswith(p.name)
                                     else f"{p.name}: {text}", file=p.name, **fields))
    result.shape = plan.shape
    result.rows_read = plan.rows_read
    # Rows for other channels (Klaviyo's email rows) are skipped too: read = imported + skipped.
    result.rows_skipped = (plan.rows_skipped + plan.other_channels_skipped
                           + plan.rows_left_out)
    result.unmapped_columns = list(plan.mapping.unmapped)
    result.dropped_columns = list(plan.mapping.dropped)
    result.problems = list(plan.problems)
    result.detected = dict(plan.detected)
    result.notes = list(plan.notes)
    result.other_costs = dict(plan.other_costs)
    result.currency = currency_check(plan.currency, currency)
    if plan.problems and not skip_bad_rows:
        result.refused = True
        n = len(plan.problems)
        result.message = Said("problems_found", f"{p.name}: {n} "
                              f"{'problem' if n == 1 else 'problems'} found; nothing was "
                              "imported.", file=p.name, count=n)
        return result
    if not plan.campaigns:
        return _refused(result, _nothing_left(p.name, plan))
    if result.currency.get("differs") and money != "drop":
        return _refused(result, Said(
            "currency_differs", f"{p.name}: its money is in {plan.currency} but your amounts "
            f"are in {currency}; nothing was imported.", file=p.name,
            file_currency=plan.currency, preferences=currency))
    if money == "drop":
        plan = _drop_money(conn, plan, result)
    result.rows_imported = plan.rows_imported
    if dry_run:
        from smsplanner.storage.import_preview import preview_problems

        # What the write checks on figures joined with the stored ones, computed read-only.
        joined = preview_problems(conn, plan, lambda: check_cancelled(is_cancelled, p.name))
        if joined:
            return _refused_figures(result, p.name, ValidationError(joined))
        n = len(plan.campaigns)
        result.message = Said("dry_run", f"{p.name}: dry run, nothing written; {n} "
                              f"{'campaign' if n == 1 else 'campaigns'} would be imported.",
                              file=p.name, campaigns=n)
        return result
    _must_be_writable(conn)  # before the backup, whose folder would be blamed instead
    if _has_file(conn):
        from smsplanner.storage.checkup import check_before_write

        check_before_write(conn)  # damage the quick check misses is never written on
    if backup and _has_file(conn):
        from smsplanner.storage.backups import current_backup, make_backup

        recent = current_backup(conn)
        if recent is None:
            result.backup = str(make_backup(conn, reason="before-import"))
            result.backup_made = _backup_time(result.backup)
        else:
            result.backup = str(recent)
            result.backup_made = _backup_time(result.backup)
            result.backup_reused = True
            result.notes.append(Said(
                "backup_current", f"No new backup was made before this import: the backup "
                f"from {result.backup_made.replace('T', ' ')} ({recent.name}) already holds "
                "everything, since nothing was saved after it was made.",
                backup=str(recent), made=result.backup_made))
    try:
        outcome = write_plan(conn, plan, file_name=hide_phones_in_cell(p.name),
                             file_size=size, sha256=sha,
                             progress=scaled(progress, 0 if checked else _PLAN, PROGRESS_TOTAL),
                             is_cancelled=is_cancelled)
    except AlreadyImported as exc:
        return _duplicate(result, p.name, exc.batch)
    except ValidationError as exc:
        # Figures joined with what is stored do not add up (a summary row merged onto a
        # stored campaign, a log slice counted with earlier messages): rolled back.
        return _refused_figures(result, p.name, exc)
    result.import_id = outcome.batch_id
    result.campaigns_created = outcome.campaigns_created
    result.campaigns_updated = outcome.campaigns_updated
    result.message = Said("imported", f"Imported {p.name} as import #{outcome.batch_id}: "
                          f"{outcome.campaigns_created} "
                          f"{'campaign' if outcome.campaigns_created == 1 else 'campaigns'} "
                          f"created, {outcome.campaigns_updated} updated.", file=p.name,
                          import_id=outcome.batch_id, created=outcome.campaigns_created,
                          updated=outcome.campaigns_updated)
    if progress is not None:
        progress(PROGRESS_TOTAL, PROGRESS_TOTAL)
    return result


def _backup_time(backup: str) -> str:
    """When a backup was made, "YYYY-MM-DDTHH:MM:SS" in local time (from its name)."""
    from smsplanner.storage.backups import backup_time

    return backup_time(Path(backup)).isoformat(timespec="seconds")


def _stream_or_read(conn: sqlite3.Connection, p: Path, result: ImportResult, *,
                    sheet: str | None, campaign: str | None,
                    mapping: Mapping | dict[str, str] | None, shape: str | None, channel: str,
                    skip_bad_rows: bool, read_options: dict[str, Any] | None,
                    progress: Progress | None, is_cancelled: IsCancelled | None) -> ImportPlan:
    """A big log streamed in chunks (its rows staged in the connection's temp database),
    anything else read whole and planned."""
    from smsplanner.services.import_stream import stream_plan, streamable

    if streamable(p, sheet=sheet, shape=shape):
        streamed = stream_plan(conn, p, campaign=campaign, mapping=mapping, shape=shape,
                               channel=channel, skip_bad_rows=skip_bad_rows,
                               read_options=read_options, progress=scaled(progress, 0, _PLAN),
                               is_cancelled=is_cancelled)
        if streamed is not None:
            return streamed[0]
    return _read_and_plan(p, result, sheet=sheet, campaign=campaign, mapping=mapping,
                          shape=shape, channel=channel, skip_bad_rows=skip_bad_rows,
                          read_options=read_options, progress=progress,
                          is_cancelled=is_cancelled)


def _read_and_plan(p: Path, result: ImportResult, *, sheet: str | None, campaign: str | None,
                   mapping: Mapping | dict[str, str] | None, shape: str | None, channel: str,
                   skip_bad_rows: bool, read_options: dict[str, Any] | None,
                   progress: Progress | None, is_cancelled: IsCancelled | None) -> ImportPlan:
    """Read the file and plan it (noting what was detected in `result` as soon as it is)."""
    from smsplanner.importing.plan import build_plan
    from smsplanner.importing.read import read_table

    raw = read_table(p, sheet=sheet, **(read_options or {}),
                     progress=scaled(progress, 0, _READ), is_cancelled=is_cancelled)
    result.detected = {"encoding": raw.detected.encoding, "delimiter": raw.detected.delimiter,
                       "decimal": raw.detected.decimal, "date_order": raw.detected.date_order,
                       "header_row": raw.detected.header_row, "sheet": raw.detected.sheet}
    result.dropped_columns = list(raw.dropped_columns)
    return build_plan(raw, mapping=mapping, shape=shape, campaign=campaign, channel=channel,
                      skip_bad_rows=skip_bad_rows, progress=scaled(progress, _READ, _PLAN),
                      is_cancelled=is_cancelled)


def _nothing_left(name: str, plan: ImportPlan) -> Said:
    """Why a file that was read gave no campaign at all, in one sentence."""
    if plan.other_channels_skipped and plan.other_channels_skipped >= plan.rows_read:
        n = plan.other_channels_skipped
        channels = list(plan.other_channels) or ["email"]
        rows = "the only row is" if n == 1 else f"all {n} rows are"
        return Said("only_other_channels", f"{name}: {rows} for other channels than SMS "
                    f"({', '.join(channels)}).", file=name, rows=n, channels=channels)
    if plan.rows_skipped:
        return Said("every_row_bad", f"{name}: every row has a problem, so nothing was "
                    "imported.", file=name)
    return Said("nothing_to_import", f"{name}: no row could be imported.", file=name)


def currency_check(found: str | None, preferred: str | None) -> dict[str, Any]:
    """The `currency` of a result: the file's, the user's and whether they differ."""
    if found is None:
        return {}
    return {"file": found, "preferences": preferred,
            "differs": None if preferred is None else found != preferred}


def _drop_money(conn: sqlite3.Connection, plan: ImportPlan,
                result: ImportResult) -> ImportPlan:
    """The plan with revenue and cost left out (the user chose not to import money in another
    currency). A copy: a checked plan still belongs to the dialog that showed it."""
    if plan.staged:
        from smsplanner.storage.import_stage import drop_money

        drop_money(conn)
    campaigns: Sequence[PlannedCampaign]
    if isinstance(plan.campaigns, PlannedColumns):
        campaigns = plan.campaigns.with_values(revenue=None, cost=None)
    else:
        campaigns = [replace(pc, campaign=pc.campaign.with_changes(revenue=None, cost=None))
                     for pc in plan.campaigns]
    messages = None
    if plan.messages is not None:
        messages = {k: (None if k in ("order_value", "cost") else v)
                    for k, v in plan.messages.items()}
    result.notes.append(Said("money_left_out", f"Revenue and cost were left out: the file's "
                             f"money is in {plan.currency}.", currency=plan.currency))
    return replace(plan, campaigns=campaigns, messages=messages)


def _refused_figures(result: ImportResult, name: str, exc: ValidationError) -> ImportResult:
    """The same refusal for a write that was rolled back and a dry run that foresaw it."""
    result.rows_imported = 0
    result.problems = [ImportProblem(None, fp.field, "", Said(
        "campaign_problem", fp.message, field=fp.field, problem=fp.code, **fp.details))
        for fp in exc.problems]
    return _refused(result, Said("figures_do_not_add_up", f"{name}: nothing was imported. {exc}",
                                 file=name, detail=str(exc)))


def _duplicate(result: ImportResult, name: str, batch: BatchRecord) -> ImportResult:
    result.duplicate_of = batch.id
    result.shape = batch.shape
    result.message = Said("already_imported", f"{name} was already imported on "
                          f"{batch.imported_on} as import #{batch.id}; nothing changed.",
                          file=name, import_id=batch.id, on=batch.imported_on)
    return result


def _has_file(conn: sqlite3.Connection) -> bool:
    from smsplanner.storage.backups import database_file

    return database_file(conn) is not None


def _must_be_writable(conn: sqlite3.Connection) -> None:
    """A read-only campaign file or folder is named as such, before any backup is tried."""
    from smsplanner.storage.health import read_only_error

    reason = getattr(conn, "read_only_reason", None)
    if reason:
        raise read_only_error(reason)


def undo_import(conn: sqlite3.Connection, batch_id: int, *, backup: bool = True) -> BatchRecord:
    """Undo one import exactly (after a backup); raises UndoRefused or NotFoundError."""
    from smsplanner.storage.imports import get_batch, later_batches, undo_batch

    get_batch(conn, batch_id)
    _must_be_writable(conn)
    if backup and _has_file(conn) and not later_batches(conn, batch_id):
        from smsplanner.storage.backups import make_backup

        make_backup(conn, reason="before-undo")
    return undo_batch(conn, batch_id)


def list_imports(conn: sqlite3.Connection) -> list[BatchRecord]:
    from smsplanner.storage.imports import list_batches

    return list_batches(conn)
