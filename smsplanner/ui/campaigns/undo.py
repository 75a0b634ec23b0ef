"""Undoable edits of campaigns (QUndoCommand): add, edit, delete. GUI thread only.

Each command does its write first through `*_and_push` (so a refused write raises before
anything is pushed), then is pushed already done; undo/redo replay it. Every write is an
operation (`ops.run_here`), whose change signal refreshes the views and selects the rows it
touched. A replay the database refuses (another copy of the app changed the rows meanwhile)
shows the error and drops the command from the stack.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand, QUndoStack

from smsplanner.domain.campaign import Campaign
from smsplanner.storage.campaigns import (
    add_campaign,
    delete_campaigns,
    restore_campaigns,
    update_campaign,
)
from smsplanner.ui.common.operations import Change, Changed, Operations, select


class _CampaignCommand(QUndoCommand):
    def __init__(self, ops: Operations, text: str) -> None:
        super().__init__(text)
        self.ops = ops
        self._skip_first_redo = True

    def _replay(self, action: Callable[[sqlite3.Connection], Sequence[int]]) -> None:
        try:
            self.ops.run_here(action, change=select)
        except Exception as exc:  # shown once; the stack forgets a step it cannot replay
            self.setObsolete(True)
            self.ops.report_error(exc)
            self.ops.notify(Changed(Change.CAMPAIGNS))

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._replay(self.do)

    def undo(self) -> None:
        self._replay(self.undo_write)

    def do(self, conn: sqlite3.Connection) -> Sequence[int]:
        raise NotImplementedError

    def undo_write(self, conn: sqlite3.Connection) -> Sequence[int]:
        raise NotImplementedError


class AddCampaignCommand(_CampaignCommand):
    def __init__(self, ops: Operations, campaign: Campaign) -> None:
        super().__init__(ops, f"Add “{campaign.name}”")
        self.campaign = campaign

    def do(self, conn: sqlite3.Connection) -> Sequence[int]:
        if self.campaign.id is not None:
            # A redo puts the row back under the same id, so selections and links survive.
            restore_campaigns(conn, [self.campaign])
            return [self.campaign.id]
        new_id = add_campaign(conn, self.campaign)
        self.campaign = self.campaign.with_changes(id=new_id)
        return [new_id]

    def undo_write(self, conn: sqlite3.Connection) -> Sequence[int]:
        delete_campaigns(conn, [self.campaign.id])  # type: ignore[list-item]
        return []


class EditCampaignCommand(_CampaignCommand):
    def __init__(self, ops: Operations, before: Campaign, after: Campaign) -> None:
        super().__init__(ops, f"Edit “{after.name}”")
        self.before = before
        self.after = after

    def do(self, conn: sqlite3.Connection) -> Sequence[int]:
        update_campaign(conn, self.after)
        return [self.after.id or 0]

    def undo_write(self, conn: sqlite3.Connection) -> Sequence[int]:
        update_campaign(conn, self.before)
        return [self.before.id or 0]


class DeleteCampaignsCommand(_CampaignCommand):
    def __init__(self, ops: Operations, deleted: Sequence[Campaign],
                 text: str | None = None) -> None:
        what = f"“{deleted[0].name}”" if len(deleted) == 1 else f"{len(deleted)} campaigns"
        super().__init__(ops, text or f"Delete {what}")
        self.deleted = list(deleted)

    def do(self, conn: sqlite3.Connection) -> Sequence[int]:
        delete_campaigns(conn, [c.id for c in self.deleted])  # type: ignore[misc]
        return []

    def undo_write(self, conn: sqlite3.Connection) -> Sequence[int]:
        restore_campaigns(conn, self.deleted)
        return [c.id for c in self.deleted if c.id is not None]


def add_and_push(stack: QUndoStack, ops: Operations, campaign: Campaign) -> int:
    """Insert a campaign and record it for undo; returns its id. Raises on a refused write."""
    cmd = AddCampaignCommand(ops, campaign)
    new_id = ops.run_here(cmd.do, change=select)[0]
    stack.push(cmd)
    return new_id


def edit_and_push(stack: QUndoStack, ops: Operations, before: Campaign, after: Campaign) -> None:
    """Save an edited campaign and record the change for undo. Raises on a refused write."""
    cmd = EditCampaignCommand(ops, before, after)
    ops.run_here(cmd.do, change=select)
    stack.push(cmd)


def delete_and_push(stack: QUndoStack, ops: Operations, ids: Sequence[int],
                    text: str | None = None) -> list[Campaign]:
    """Delete campaigns by id and record them for undo (as `text` in Edit > Undo); returns
    what was deleted."""
    deleted = ops.run_here(lambda conn: delete_campaigns(conn, ids), change=Change.CAMPAIGNS)
    if deleted:
        stack.push(DeleteCampaignsCommand(ops, deleted, text))
    return deleted
