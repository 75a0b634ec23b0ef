"""Undo steps that are database writes, shared by the Campaigns and Calendar rooms. GUI thread."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoCommand

from smsplanner.ui.common.operations import Change, Changed, Operations, select


class WriteCommand(QUndoCommand):
    """A step on the undo stack whose do/undo_write are database writes.

    It is pushed already done (its first redo is skipped); undo and redo replay the write as
    an operation on the runner, whose change signal refreshes the views and selects the rows
    it returns. A replay the database refuses is reported and marked obsolete: the stack drops
    it the next time it reaches it.
    """

    def __init__(self, ops: Operations, text: str) -> None:
        super().__init__(text)
        self.ops = ops
        self._skip_first_redo = True

    def _replay(self, action: Callable[[sqlite3.Connection], Sequence[int]]) -> None:
        def refused(exc: BaseException) -> None:  # shown once; the stack forgets this step
            self.setObsolete(True)
            self.ops.report_error(exc)
            self.ops.notify(Changed(Change.CAMPAIGNS))

        self.ops.run(lambda conn, _progress, _cancelled: action(conn), change=select,
                     on_failure=refused)

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
