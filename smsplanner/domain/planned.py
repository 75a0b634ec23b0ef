"""A summary file's planned campaigns held column by column (plain Python, no database).

A 200,000-row summary made 200,000 Campaign and PlannedCampaign objects that the write then
took apart again into columns: building them cost more than checking the rows. `PlannedColumns`
keeps one list a Campaign field and builds a PlannedCampaign only when one is asked for.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, overload

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.imports import PlannedCampaign


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
