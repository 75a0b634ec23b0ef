"""Undoable planning writes (QUndoCommand): plan a send, edit or move a plan. GUI thread.

Each command writes first (a refused write raises before anything is pushed), then is pushed
already done; undo/redo replay it, as the campaign commands do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtGui import QUndoStack

from smsplanner.domain.campaign import Campaign
from smsplanner.services.plans import (
    PlanOutcome,
    edit_plan,
    move_plan,
    plan_send,
    undo_plan_edit,
)
from smsplanner.storage.campaigns import delete_campaigns, restore_campaigns
from smsplanner.storage.forecasts import add_snapshots, list_snapshots
from smsplanner.ui.campaigns.undo import EditorWindow, _CampaignCommand


class PlanSendCommand(_CampaignCommand):
    """A new plan; undo deletes it (its forecasts stay, hidden, so redo brings them back)."""

    def __init__(self, window: EditorWindow, outcome: PlanOutcome) -> None:
        super().__init__(window, f"Plan “{outcome.campaign.name}”")
        self.campaign = outcome.campaign

    def do(self) -> Sequence[int]:
        restore_campaigns(self.window.conn, [self.campaign])  # type: ignore[arg-type]
        return [self.campaign.id or 0]

    def undo_write(self) -> Sequence[int]:
        delete_campaigns(self.window.conn, [self.campaign.id or 0])  # type: ignore[arg-type]
        return []


class EditPlanCommand(_CampaignCommand):
    """An edited or moved plan and the forecast the edit kept; undo puts both back."""

    def __init__(self, window: EditorWindow, before: Campaign, outcome: PlanOutcome,
                 text: str) -> None:
        super().__init__(window, text)
        self.before = before
        self.after = outcome.campaign
        self.snapshot_id = outcome.snapshot_id
        conn = window.conn
        self.snapshot = next((s for s in list_snapshots(conn, self.after.id)  # type: ignore[arg-type]
                              if s.id == self.snapshot_id), None)

    def do(self) -> Sequence[int]:
        from smsplanner.storage.campaigns import update_campaign

        update_campaign(self.window.conn, self.after)  # type: ignore[arg-type]
        if self.snapshot is not None:
            add_snapshots(self.window.conn, [self.snapshot])  # type: ignore[arg-type]
            # The re-added forecast has a new row id; undo must remove that one.
            self.snapshot_id = list_snapshots(
                self.window.conn, self.after.id)[-1].id  # type: ignore[arg-type]
        return [self.after.id or 0]

    def undo_write(self) -> Sequence[int]:
        undo_plan_edit(self.window.conn, self.before, self.snapshot_id)  # type: ignore[arg-type]
        return [self.before.id or 0]


def plan_and_push(stack: QUndoStack, window: EditorWindow, plan: Campaign,
                  price_per_part: float | None) -> PlanOutcome:
    out = plan_send(window.conn, plan, price_per_part=price_per_part)  # type: ignore[arg-type]
    stack.push(PlanSendCommand(window, out))
    return out


def edit_plan_and_push(stack: QUndoStack, window: EditorWindow, before: Campaign,
                       after: Campaign, price_per_part: float | None) -> PlanOutcome:
    out = edit_plan(window.conn, after, price_per_part=price_per_part)  # type: ignore[arg-type]
    stack.push(EditPlanCommand(window, before, out, f"Edit plan “{after.name}”"))
    return out


def move_and_push(stack: QUndoStack, window: EditorWindow, campaign_id: int,
                  day: dt.date) -> PlanOutcome:
    before, out = move_plan(window.conn, campaign_id, day)  # type: ignore[arg-type]
    stack.push(EditPlanCommand(window, before, out,
                               f"Move “{before.name}” to {day:%d %b}"))
    return out
