"""Undoable edits of campaigns (QUndoCommand): add, edit, delete. GUI thread only.

Each command does its write first through `apply_*` (so a refused write raises before anything is
pushed), then is pushed already done; undo/redo replay it. A replay the database refuses (another
copy of the app changed the rows meanwhile) shows the error and drops the command from the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from smsplanner.domain.campaign import Campaign
from smsplanner.storage.campaigns import (
    add_campaign,
    delete_campaigns,
    restore_campaigns,
    update_campaign,
)


class EditorWindow(Protocol):
    """What the commands need from the main window."""

    @property
    def conn(self) -> object: ...  # read-only here, so a window's sqlite3 connection fits

    def after_write(self, select_ids: Sequence[int] = ...) -> None: ...

    def report_error(self, error: BaseException) -> None: ...


class _CampaignCommand(QUndoCommand):
    def __init__(self, window: EditorWindow, text: str) -> None:
        super().__init__(text)
        self.window = window
        self._skip_first_redo = True

    def _replay(self, action: Callable[[], Sequence[int]]) -> None:
        try:
            ids = action()
        except Exception as exc:  # shown once; the stack forgets a step it cannot replay
            self.setObsolete(True)
            self.window.report_error(exc)
            self.window.after_write()
            return
        self.window.after_write(ids)

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._replay(self.do)

    def undo(self) -> None:
        self._replay(self.undo_write)

    def do(self) -> Sequence[int]:
        raise NotImplementedError

    def undo_write(self) -> Sequence[int]:
        raise NotImplementedError


class AddCampaignCommand(_CampaignCommand):
    def __init__(self, window: EditorWindow, campaign: Campaign) -> None:
        super().__init__(window, f"Add “{campaign.name}”")
        self.campaign = campaign

    def do(self) -> Sequence[int]:
        if self.campaign.id is not None:
            # A redo puts the row back under the same id, so selections and links survive.
            restore_campaigns(self.window.conn, [self.campaign])  # type: ignore[arg-type]
            return [self.campaign.id]
        new_id = add_campaign(self.window.conn, self.campaign)  # type: ignore[arg-type]
        self.campaign = self.campaign.with_changes(id=new_id)
        return [new_id]

    def undo_write(self) -> Sequence[int]:
        delete_campaigns(self.window.conn, [self.campaign.id])  # type: ignore[arg-type, list-item]
        return []


class EditCampaignCommand(_CampaignCommand):
    def __init__(self, window: EditorWindow, before: Campaign, after: Campaign) -> None:
        super().__init__(window, f"Edit “{after.name}”")
        self.before = before
        self.after = after

    def do(self) -> Sequence[int]:
        update_campaign(self.window.conn, self.after)  # type: ignore[arg-type]
        return [self.after.id or 0]

    def undo_write(self) -> Sequence[int]:
        update_campaign(self.window.conn, self.before)  # type: ignore[arg-type]
        return [self.before.id or 0]


class DeleteCampaignsCommand(_CampaignCommand):
    def __init__(self, window: EditorWindow, deleted: Sequence[Campaign],
                 text: str | None = None) -> None:
        what = f"“{deleted[0].name}”" if len(deleted) == 1 else f"{len(deleted)} campaigns"
        super().__init__(window, text or f"Delete {what}")
        self.deleted = list(deleted)

    def do(self) -> Sequence[int]:
        delete_campaigns(self.window.conn, [c.id for c in self.deleted])  # type: ignore[arg-type, misc]
        return []

    def undo_write(self) -> Sequence[int]:
        restore_campaigns(self.window.conn, self.deleted)  # type: ignore[arg-type]
        return [c.id for c in self.deleted if c.id is not None]


def add_and_push(stack: QUndoStack, window: EditorWindow, campaign: Campaign) -> int:
    """Insert a campaign and record it for undo; returns its id. Raises on a refused write."""
    cmd = AddCampaignCommand(window, campaign)
    new_id = cmd.do()[0]
    stack.push(cmd)
    return new_id


def edit_and_push(
    stack: QUndoStack, window: EditorWindow, before: Campaign, after: Campaign
) -> None:
    """Save an edited campaign and record the change for undo. Raises on a refused write."""
    cmd = EditCampaignCommand(window, before, after)
    cmd.do()
    stack.push(cmd)


def delete_and_push(stack: QUndoStack, window: EditorWindow, ids: Sequence[int],
                    text: str | None = None) -> list[Campaign]:
    """Delete campaigns by id and record them for undo (as `text` in Edit > Undo); returns
    what was deleted."""
    deleted = delete_campaigns(window.conn, ids)  # type: ignore[arg-type]
    if deleted:
        stack.push(DeleteCampaignsCommand(window, deleted, text))
    return deleted
