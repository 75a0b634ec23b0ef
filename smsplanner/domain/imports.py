"""What an import will do and what it did: plan, problems, batch records (plain Python).

The importing layer builds an ImportPlan without touching the database; storage writes it
as one batch; the CLI and GUI show ImportResult. Phone numbers never appear in any of these.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.errors import SmsPlannerError
from smsplanner.domain.import_reasons import REASON_CODES

DETECTED_KEYS: tuple[str, ...] = ("encoding", "delimiter", "decimal", "date_order", "header_row",
                                  "sheet")

# Per-message rows are stored column-wise for speed; these are the columns, in order.
MESSAGE_COLUMNS: tuple[str, ...] = (
    "message_id",   # provider's id (text)
    "campaign",     # index into ImportPlan.campaigns
    "outbound",     # 1 sent by the shop, 0 a reply from a customer
    "status",       # provider's status text, lower case, or None
    "sent_at",      # local naive ISO timestamp text, or None
    "delivered",    # 1/0, None when the file has no status
    "clicked",      # 1/0/None
    "replied",      # 1/0/None
    "converted",    # 1/0/None
    "opt_out",      # 1/0/None
    "order_value",  # money or None
    "cost",         # money (absolute price) or None
    "segments",     # message parts or None
)


class Said(str):
    """A sentence the engine says, with the reason code and fields it was made from.

    The text is plain English with no command-line flag or button name in it; each front end
    words the same reason for its reader from `code` and `fields` (cli/import_words.py,
    ui/import_words.py) and falls back to the text for codes it does not know.
    """

    code: str
    fields: dict[str, Any]

    def __new__(cls, code: str, text: str, **fields: Any) -> Said:
        # (checked in debug runs, the tests: a code no front end knows must not slip through)
        assert code in REASON_CODES, f"{code!r} is not in domain/import_reasons.py"
        obj = super().__new__(cls, text)
        obj.code = code
        obj.fields = fields
        return obj

    def __reduce__(self) -> Any:  # copies and pickles keep the code and fields
        return (_said, (self.code, str(self), self.fields))


def _said(code: str, text: str, fields: dict[str, Any]) -> Said:
    return Said(code, text, **fields)


def reason_of(text: object) -> tuple[str, dict[str, Any]]:
    """(code, fields) of a sentence; ("", {}) for plain text."""
    if isinstance(text, Said):
        return text.code, dict(text.fields)
    return "", {}


class MappingError(SmsPlannerError):
    """A mapping override or a required column that does not fit the file (text is a Said)."""


class ImportRefused(SmsPlannerError):
    """A file that was read but cannot be imported as it stands (e.g. no campaign name).

    `shape` and `rows_read` say what was found, when that is known, for the result.
    """

    def __init__(self, message: str, *, shape: str | None = None, rows_read: int = 0) -> None:
        self.shape = shape
        self.rows_read = rows_read
        self.said = message  # a Said when the reason has a code
        super().__init__(message)


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong in a file: spreadsheet row (1-based, header counted), column, value."""

    row: int | None
    column: str | None
    value: str | None
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "value": self.value,
                "message": self.message}

    def sentence(self) -> str:
        """One line for a terminal or a tooltip."""
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        prefix = (", ".join(where) + ": ") if where else ""
        return prefix + self.message


@dataclass
class Mapping:
    """Which file column feeds each field, and what the mapper did with the rest."""

    fields: dict[str, str] = field(default_factory=dict)      # field -> column header
    derived: dict[str, str] = field(default_factory=dict)     # count field -> rate column used
    unmapped: list[str] = field(default_factory=list)         # columns no field uses
    dropped: list[str] = field(default_factory=list)          # phone columns dropped on read
    cents: set[str] = field(default_factory=set)              # money fields given in cents
    key: str = ""                                             # remembered-mapping key
    shape: str = ""                                           # "summary" or "messages"

    def column(self, name: str) -> str | None:
        return self.fields.get(name)

    def to_dict(self) -> dict[str, Any]:
        return {"fields": dict(self.fields), "derived": dict(self.derived),
                "unmapped": list(self.unmapped), "dropped": list(self.dropped),
                "cents": sorted(self.cents), "shape": self.shape}


@dataclass
class PlannedCampaign:
    """A campaign the file describes, with the spreadsheet rows it came from."""

    campaign: Campaign
    rows: list[int] = field(default_factory=list)
    derived: list[str] = field(default_factory=list)   # count fields computed from a rate


# A 200,000-row summary made 200,000 Campaign and PlannedCampaign objects that the write then
# took apart again into columns: building them cost more than checking the rows.
class PlannedColumns(Sequence[PlannedCampaign]):
    """Planned campaigns of one row each, as columns; reads like a list of PlannedCampaign.

    An item handed out is kept, so a change made to it (a renamed campaign) is what
    `campaign_columns` and later reads return.
    """

    def __init__(self, columns: dict[str, list[Any]], rows: list[int],
                 derived: dict[int, list[str]] | None = None) -> None:
        lengths = {len(v) for v in columns.values()} | {len(rows)}
        if len(lengths) != 1:
            raise ValueError(f"columns of different lengths: {sorted(lengths)}")
        self._columns = columns    # Campaign field -> one value a campaign, in plan order
        self._rows = rows          # each campaign's spreadsheet row
        self._derived = derived or {}  # campaign index -> count fields computed from a rate
        self._made: dict[int, PlannedCampaign] = {}

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, k: int) -> PlannedCampaign: ...

    @overload
    def __getitem__(self, k: slice) -> list[PlannedCampaign]: ...

    def __getitem__(self, k: int | slice) -> PlannedCampaign | list[PlannedCampaign]:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        n = len(self._rows)
        if k < 0:
            k += n
        if not 0 <= k < n:
            raise IndexError(k)
        made = self._made.get(k)
        if made is None:
            c = Campaign(**{f: col[k] for f, col in self._columns.items()})
            made = PlannedCampaign(c, [self._rows[k]], list(self._derived.get(k, ())))
            self._made[k] = made
        return made

    def __iter__(self) -> Iterator[PlannedCampaign]:
        return (self[k] for k in range(len(self._rows)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        return f"PlannedColumns({len(self)} campaigns)"

    @property
    def row_count(self) -> int:
        """Spreadsheet rows the campaigns came from (one each)."""
        return len(self._rows)

    def campaign_columns(self) -> dict[str, list[Any]]:
        """Each Campaign field's values as the campaigns now hold them (do not change them)."""
        if not self._made:
            return self._columns
        out = {f: list(col) for f, col in self._columns.items()}
        for k, pc in self._made.items():
            for f, col in out.items():
                col[k] = getattr(pc.campaign, f)
        return out

    def with_values(self, **values: Any) -> PlannedColumns:
        """A copy with some fields set to one value for every campaign (money left out)."""
        columns = dict(self.campaign_columns())
        for f, v in values.items():
            columns[f] = [v] * len(self._rows)
        return PlannedColumns(columns, list(self._rows), dict(self._derived))


def planned_rows(campaigns: Sequence[PlannedCampaign]) -> int:
    """Spreadsheet rows the planned campaigns came from, without building them."""
    if isinstance(campaigns, PlannedColumns):
        return campaigns.row_count
    return sum(len(p.rows) for p in campaigns)


@dataclass
class ImportPlan:
    """Everything an import would write, decided before anything is written."""

    source_name: str
    shape: str
    mapping: Mapping
    # A summary's are a PlannedColumns: columns, each item built when it is read.
    campaigns: Sequence[PlannedCampaign] = field(default_factory=list)
    # Column-wise per-message data (MESSAGE_COLUMNS -> list or numpy array), logs only.
    messages: dict[str, Any] | None = None
    # Instead of `messages`: how many message rows a streamed read left in the connection's
    # temp.incoming table (a log too big to hold in memory); 0 when not streamed.
    staged: int = 0
    provider: str = ""
    problems: list[ImportProblem] = field(default_factory=list)
    rows_read: int = 0
    rows_skipped: int = 0           # bad rows left out with skip_bad_rows
    # Rows left out on purpose, with a note: a log's automatic answers, campaigns never sent.
    rows_left_out: int = 0
    totals_left_out: int = 0
    other_channels_skipped: int = 0
    other_channels: list[str] = field(default_factory=list)  # the channels of those rows
    detected: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    currency: str | None = None     # ISO code of the file's money ("EUR"), None when not shown
    # Cost in a log that is not the campaign's: automatic answers and incoming texts.
    other_costs: dict[str, float | None] = field(default_factory=dict)

    @property
    def message_count(self) -> int:
        if self.staged:
            return self.staged
        if not self.messages:
            return 0
        return len(self.messages["message_id"])

    @property
    def rows_imported(self) -> int:
        if self.shape == "messages":
            return self.message_count
        return planned_rows(self.campaigns)


@dataclass
class BatchRecord:
    """One import batch as stored: the file, when, what shape, and its counts."""

    id: int
    file_name: str
    file_size: int
    sha256: str
    imported_at: str          # UTC ISO timestamp
    shape: str
    rows_read: int
    rows_imported: int
    campaigns_created: int
    campaigns_updated: int
    messages_added: int = 0
    messages_updated: int = 0
    mapping: dict[str, Any] = field(default_factory=dict)

    @property
    def imported_on(self) -> str:
        """The local calendar day of the import, for "already imported on DATE"."""
        try:
            t = dt.datetime.fromisoformat(self.imported_at.replace("Z", "+00:00"))
            return t.astimezone().date().isoformat()
        except ValueError:
            return self.imported_at[:10]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "file": self.file_name, "size": self.file_size,
                "sha256": self.sha256, "imported_at": self.imported_at, "shape": self.shape,
                "rows_read": self.rows_read, "rows_imported": self.rows_imported,
                "campaigns_created": self.campaigns_created,
                "campaigns_updated": self.campaigns_updated,
                "messages_added": self.messages_added,
                "messages_updated": self.messages_updated}


@dataclass
class WriteOutcome:
    """What storage did with a plan."""

    batch_id: int
    campaigns_created: int
    campaigns_updated: int
    messages_added: int = 0
    messages_updated: int = 0


@dataclass
class ImportResult:
    """One file's outcome, in the shape of the `import --json` contract."""

    file: str
    import_id: int | None = None
    shape: str | None = None
    rows_read: int = 0
    rows_imported: int = 0
    rows_skipped: int = 0
    campaigns_created: int = 0
    campaigns_updated: int = 0
    duplicate_of: int | None = None
    unmapped_columns: list[str] = field(default_factory=list)
    dropped_columns: list[str] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    detected: dict[str, Any] = field(default_factory=dict)
    refused: bool = False
    dry_run: bool = False
    message: str = ""
    backup: str | None = None
    # When that backup was made (local "YYYY-MM-DDTHH:MM:SS"), and whether it is an earlier
    # one that already held everything (no new copy was made for this import).
    backup_made: str | None = None
    backup_reused: bool = False
    notes: list[str] = field(default_factory=list)
    # The money in the file and in Preferences: {"file", "preferences", "differs"} (codes such
    # as "EUR"; None where unknown). Empty when the file shows no currency.
    currency: dict[str, Any] = field(default_factory=dict)
    # What the file holds beyond the campaign's own cost (a log's automatic answers and the
    # price of incoming texts): {"auto_replies": x, "incoming": y}, each None when unknown.
    other_costs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract's keys, in order."""
        return {
            "file": self.file, "import_id": self.import_id, "shape": self.shape,
            "rows_read": self.rows_read, "rows_imported": self.rows_imported,
            "rows_skipped": self.rows_skipped, "campaigns_created": self.campaigns_created,
            "campaigns_updated": self.campaigns_updated, "duplicate_of": self.duplicate_of,
            "unmapped_columns": list(self.unmapped_columns),
            "dropped_columns": list(self.dropped_columns),
            "problems": [p.to_dict() for p in self.problems],
            # Every key always present (null when nothing was read, e.g. a duplicate).
            "detected": {k: self.detected.get(k) for k in DETECTED_KEYS},
            "currency": dict(self.currency) or None,
            "other_costs": dict(self.other_costs) or None,
            # Why nothing was written, as a code a script can test (None when imported).
            "reason": (reason_of(self.message)[0] or "refused") if self.refused else None,
            # The backup that holds the file as it was before this import (None: no backup,
            # e.g. a new file or a dry run); "new": false when an earlier one already did.
            "backup": {"path": self.backup, "made": self.backup_made,
                       "new": not self.backup_reused} if self.backup else None,
        }
