"""Typed errors with messages a shop owner understands; the UI and CLI show them once.

The hierarchy, so a front end can catch by kind:

    SmsPlannerError                 a problem the user can fix (the CLI exits 2)
        Cancelled                   the user stopped the work; nothing was written
        ValidationError, NotFoundError, DuplicateCampaignError, AmbiguousCampaignError
        NoHistoryError              nothing to forecast from
        DatabaseError               the campaign file cannot be opened, read or written
            ReadOnlyDatabaseError, DiskFullError, DatabaseBusyError
            DamagedDatabaseError, NotADatabaseError (storage/health.py: worded with the backup)
        ImportFileError             a file that cannot be read at all
        UndoRefused                 a later import changed the same campaigns
        ExportError, MissingResourceError
    Import refusals with fields of their own (MappingError, ImportRefused, AlreadyImported)
    live beside the import types in domain/imports.py.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


class SmsPlannerError(Exception):
    """A problem the user can fix (bad value, missing file). The CLI exits 2 on these."""


class Cancelled(SmsPlannerError):
    """The user stopped long work (reading, planning, writing); nothing was written.

    Raised by the engine when `is_cancelled()` turns true (domain/progress.py); the GUI's task
    runner ends the task quietly on it.
    """

    def __init__(self, subject: str = "") -> None:
        self.file = subject  # the file (or task) that was stopped, "" when none
        super().__init__(f"{subject}: stopped; nothing was written." if subject
                         else "Stopped; nothing was written.")


@dataclass(frozen=True)
class FieldProblem:
    """One invalid field: which field, and a sentence saying what is wrong.

    `code` and `details` say the same as data (like the import engine's reasons), so the GUI
    words it in the user's language; the English `message` is the command line's."""

    field: str
    message: str
    code: str = ""
    details: dict[str, Any] = dataclasses.field(default_factory=dict, compare=False,
                                              hash=False)


class ValidationError(SmsPlannerError):
    """A campaign's figures do not add up; `problems` names each field."""

    def __init__(self, problems: list[FieldProblem], context: str = "") -> None:
        self.problems = problems
        prefix = f"{context}: " if context else ""
        super().__init__(prefix + "; ".join(p.message for p in problems))


class NotFoundError(SmsPlannerError):
    """A campaign, import or file that the user named does not exist."""


class DuplicateCampaignError(SmsPlannerError):
    """Name + date + channel already exists."""


class AmbiguousCampaignError(SmsPlannerError):
    """A name matches several campaigns: the user must give an id."""


class NoHistoryError(SmsPlannerError):
    """No past campaign with known conversions and recipients matches the chosen history."""


class DatabaseError(SmsPlannerError):
    """The database file cannot be opened, read or written (damaged, locked, read-only, full)."""


class ReadOnlyDatabaseError(DatabaseError):
    """The file can be read but not saved to (read-only file, folder or medium)."""


class DiskFullError(DatabaseError):
    """The disk (or the file's size limit) is full; nothing was saved."""


class DatabaseBusyError(DatabaseError):
    """Another program kept the file locked for longer than we wait."""


class UndoRefused(SmsPlannerError):
    """A later import touched the same campaigns, so undoing this one would lose its work."""


class ExportError(SmsPlannerError):
    """The export file could not be written (folder, permissions, disk full, file type)."""


class MissingResourceError(SmsPlannerError):
    """A bundled file is missing: the installation is incomplete."""


class ImportFileError(SmsPlannerError):
    """A result file that cannot be read at all (empty, garbage, password, bomb...).

    The message names the file; it never contains a phone number.
    """

    def __init__(self, file: str, message: str) -> None:
        self.file = file
        self.reason = message
        super().__init__(f"{file}: {message}")
