"""Typed errors with messages a shop owner understands; the UI and CLI show them once."""

from __future__ import annotations

from dataclasses import dataclass


class SmsPlannerError(Exception):
    """A problem the user can fix (bad value, missing file). The CLI exits 2 on these."""


@dataclass(frozen=True)
class FieldProblem:
    """One invalid field: which field, and a sentence saying what is wrong."""

    field: str
    message: str


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


class DatabaseError(SmsPlannerError):
    """The database file cannot be opened, read or written (damaged, locked, read-only, full)."""


class ImportFileError(SmsPlannerError):
    """A result file that cannot be read at all (empty, garbage, password, bomb...).

    The message names the file; it never contains a phone number.
    """

    def __init__(self, file: str, message: str) -> None:
        self.file = file
        self.reason = message
        super().__init__(f"{file}: {message}")
