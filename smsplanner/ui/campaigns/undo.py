"""Undoable edits of campaigns (QUndoCommand): add, edit, delete. GUI thread only.

Each command does its write first through `*_and_push` (so a refused write is pushed never),
then is pushed already done; undo/redo replay it. Every write is an operation on the
background runner (`ops.run`, one at a time and in order, so an undo never overtakes the edit
it undoes), whose change signal refreshes the views and selects the rows it touched. A replay
the database refuses (another copy of the app changed the rows meanwhile) shows the error and
is marked obsolete: the stack drops it the next time it reaches it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoStack

from smsplanner.domain.campaign import Campaign
from smsplanner.storage.campaigns import (
    add_campaign,
    delete_campaigns,
    restore_campaigns,
    update_campaign,
)
from smsplanner.ui.common.numerus import numbered
from smsplanner.ui.common.operations import Change, Operations, select
from smsplanner.ui.common.tr_context import TrContext
from smsplanner.ui.common.undo import WriteCommand


class CampaignUndoWords(TrContext):
    """Translation context for the Edit > Undo texts of campaign edits."""


class AddCampaignCommand(WriteCommand):
    def __init__(self, ops: Operations, campaign: Campaign) -> None:
        super().__init__(ops, CampaignUndoWords.tr("Add “{name}”").format(name=campaign.name))
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


class EditCampaignCommand(WriteCommand):
    def __init__(self, ops: Operations, before: Campaign, after: Campaign) -> None:
        super().__init__(ops, CampaignUndoWords.tr("Edit “{name}”").format(name=after.name))
        self.before = before
        self.after = after

    def do(self, conn: sqlite3.Connection) -> Sequence[int]:
        update_campaign(conn, self.after)
        return [self.after.id or 0]

    def undo_write(self, conn: sqlite3.Connection) -> Sequence[int]:
        update_campaign(conn, self.before)
        return [self.before.id or 0]


class DeleteCampaignsCommand(WriteCommand):
    def __init__(self, ops: Operations, deleted: Sequence[Campaign],
                 text: str | None = None) -> None:
        if len(deleted) == 1:
            said = CampaignUndoWords.tr("Delete “{name}”").format(name=deleted[0].name)
        else:
            said = numbered(CampaignUndoWords.tr("Delete %n campaign(s)", "", len(deleted)),
                           len(deleted))
        super().__init__(ops, text or said)
        self.deleted = list(deleted)

    def do(self, conn: sqlite3.Connection) -> Sequence[int]:
        delete_campaigns(conn, [c.id for c in self.deleted])  # type: ignore[misc]
        return []

    def undo_write(self, conn: sqlite3.Connection) -> Sequence[int]:
        restore_campaigns(conn, self.deleted)
        return [c.id for c in self.deleted if c.id is not None]


Saved = Callable[[int], None]
Refused = Callable[[BaseException], None]


def add_and_push(stack: QUndoStack, ops: Operations, campaign: Campaign, saved: Saved,
                 refused: Refused) -> None:
    """Insert a campaign, then record it for undo and call saved(new id); or refused(error)."""
    cmd = AddCampaignCommand(ops, campaign)

    def done(ids: Sequence[int]) -> None:
        stack.push(cmd)
        saved(ids[0])

    ops.run(lambda conn, _p, _c: cmd.do(conn), change=select, on_success=done,
            on_failure=refused)


def edit_and_push(stack: QUndoStack, ops: Operations, before: Campaign, after: Campaign,
                  saved: Saved, refused: Refused) -> None:
    """Save an edited campaign, then record the change for undo and call saved(its id)."""
    cmd = EditCampaignCommand(ops, before, after)

    def done(ids: Sequence[int]) -> None:
        stack.push(cmd)
        saved(ids[0])

    ops.run(lambda conn, _p, _c: cmd.do(conn), change=select, on_success=done,
            on_failure=refused)


def delete_and_push(stack: QUndoStack, ops: Operations, ids: Sequence[int],
                    deleted: Callable[[list[Campaign]], None], text: str | None = None) -> None:
    """Delete campaigns by id, then record them for undo (as `text` in Edit > Undo, if given)
    and call deleted(what was deleted). A refusal goes to the window's error popup."""
    chosen = list(ids)

    def done(gone: list[Campaign]) -> None:
        if gone:
            stack.push(DeleteCampaignsCommand(ops, gone, text))
        deleted(gone)

    ops.run(lambda conn, _p, _c: delete_campaigns(conn, chosen), change=Change.CAMPAIGNS,
            on_success=done)
