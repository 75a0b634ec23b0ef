"""Undoable planning writes (QUndoCommand): plan a send, edit or move a plan. GUI thread.

Each write runs as an operation on the background runner (`ops.run`), whose change signal
refreshes the views and selects the plan; the command is pushed once the write is done, and
undo/redo replay it, as the campaign commands do.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoStack

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.plan_forecast import ForecastSnapshot
from smsplanner.services.plans import (
    PlanOutcome,
    edit_plan,
    move_plan,
    plan_send,
    undo_plan_edit,
)
from smsplanner.storage.campaigns import delete_campaigns, restore_campaigns
from smsplanner.storage.db import write_transaction
from smsplanner.storage.forecasts import add_snapshot_in_tx, list_snapshots
from smsplanner.ui.common.operations import Operations, select
from smsplanner.ui.common.plan_words import TrContext, short_day
from smsplanner.ui.common.undo import WriteCommand


class PlanUndoWords(TrContext):
    """Translation context for the planning undo texts (Edit > Undo ...)."""


class PlanSendCommand(WriteCommand):
    """A new plan; undo deletes it (its forecasts stay, hidden, so redo brings them back)."""

    def __init__(self, ops: Operations, outcome: PlanOutcome) -> None:
        super().__init__(ops, PlanUndoWords.tr("Plan “{name}”").format(
            name=outcome.campaign.name))
        self.campaign = outcome.campaign

    def do(self, conn: sqlite3.Connection) -> Sequence[int]:
        restore_campaigns(conn, [self.campaign])
        return [self.campaign.id or 0]

    def undo_write(self, conn: sqlite3.Connection) -> Sequence[int]:
        delete_campaigns(conn, [self.campaign.id or 0])
        return []


class EditPlanCommand(WriteCommand):
    """An edited or moved plan and the forecast the edit kept; undo puts both back."""

    def __init__(self, ops: Operations, before: Campaign, outcome: PlanOutcome,
                 snapshot: ForecastSnapshot | None, text: str) -> None:
        super().__init__(ops, text)
        self.before = before
        self.after = outcome.campaign
        self.snapshot_id = outcome.snapshot_id
        self.snapshot = snapshot

    def do(self, conn: sqlite3.Connection) -> Sequence[int]:
        with write_transaction(conn):
            from smsplanner.storage.campaigns import update_campaign_in_tx

            update_campaign_in_tx(conn, self.after)
            if self.snapshot is not None:  # a redo keeps the forecast again (a new row id)
                self.snapshot_id = add_snapshot_in_tx(conn, self.snapshot)
        return [self.after.id or 0]

    def undo_write(self, conn: sqlite3.Connection) -> Sequence[int]:
        undo_plan_edit(conn, self.before, self.snapshot_id)
        return [self.before.id or 0]


def _kept(conn: sqlite3.Connection, out: PlanOutcome) -> ForecastSnapshot | None:
    if out.snapshot_id is None or out.campaign.id is None:
        return None
    return next((s for s in list_snapshots(conn, out.campaign.id) if s.id == out.snapshot_id),
                None)


Done = Callable[[PlanOutcome], None]
Refused = Callable[[BaseException], None]


def plan_and_push(stack: QUndoStack, ops: Operations, plan: Campaign,
                  price_per_part: float | None, saved: Done, refused: Refused) -> None:
    """Keep a new plan and its forecast (on the runner), then record it for undo and call
    saved(outcome); or refused(error)."""
    def done(out: PlanOutcome) -> None:
        stack.push(PlanSendCommand(ops, out))
        saved(out)

    ops.run(lambda conn, _p, _c: plan_send(conn, plan, price_per_part=price_per_part),
            change=lambda o: select([o.campaign.id or 0]), on_success=done, on_failure=refused)


def edit_plan_and_push(stack: QUndoStack, ops: Operations, before: Campaign, after: Campaign,
                       price_per_part: float | None, saved: Done, refused: Refused) -> None:
    def work(conn: sqlite3.Connection) -> tuple[PlanOutcome, ForecastSnapshot | None]:
        out = edit_plan(conn, after, price_per_part=price_per_part)
        return out, _kept(conn, out)

    def done(r: tuple[PlanOutcome, ForecastSnapshot | None]) -> None:
        stack.push(EditPlanCommand(ops, before, r[0], r[1], PlanUndoWords.tr(
            "Edit plan “{name}”").format(name=after.name)))
        saved(r[0])

    ops.run(lambda conn, _p, _c: work(conn), change=lambda r: select([r[0].campaign.id or 0]),
            on_success=done, on_failure=refused)


def move_and_push(stack: QUndoStack, ops: Operations, campaign_id: int, day: dt.date,
                  saved: Done, refused: Refused) -> None:
    def work(conn: sqlite3.Connection) -> tuple[Campaign, PlanOutcome, ForecastSnapshot | None]:
        before, out = move_plan(conn, campaign_id, day)
        return before, out, _kept(conn, out)

    def done(r: tuple[Campaign, PlanOutcome, ForecastSnapshot | None]) -> None:
        before, out, kept = r
        stack.push(EditPlanCommand(ops, before, out, kept, PlanUndoWords.tr(
            "Move “{name}” to {day}").format(name=before.name, day=short_day(day))))
        saved(out)

    ops.run(lambda conn, _p, _c: work(conn), change=lambda r: select([campaign_id]),
            on_success=done, on_failure=refused)


__all__ = ["edit_plan_and_push", "move_and_push", "plan_and_push"]
