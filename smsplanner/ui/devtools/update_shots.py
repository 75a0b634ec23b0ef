"""`make screenshots` of the dialog that updates an older campaign file: mid-conversion of a
5M-message file, and in its last step (no percentage known). GUI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from smsplanner.storage.update_progress import UpdateProgress, UpdateStage
from smsplanner.ui.devtools.screenshots import ShotContext, shot


def _dialog(ctx: ShotContext, progress: UpdateProgress) -> QWidget:
    from smsplanner.ui.window.schema_update import SchemaUpdateDialog

    dialog = SchemaUpdateDialog()
    dialog.show_progress(progress)
    dialog.show()
    dialog.running = False  # the runner may close it
    ctx.keep(dialog)
    ctx.settle()
    return dialog


@shot("update-converting")
def _update_converting(ctx: ShotContext) -> QWidget:
    return _dialog(ctx, UpdateProgress(UpdateStage.CONVERTING, 1_200_000, 5_000_000))


@shot("update-tidying")
def _update_tidying(ctx: ShotContext) -> QWidget:
    return _dialog(ctx, UpdateProgress(UpdateStage.COMPACTING))
