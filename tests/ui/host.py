"""A small stand-in for the main window: the WindowContract with real signals, no database.

Views take a `WindowContract`; tests of one view give it this host instead of a whole
MainWindow. What the view asked for is recorded (`selected`, `file_actions`, `plans`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.filters import CampaignFilter
from smsplanner.ui.common.window import ImportHandler, MainAction


class HostWindow(QWidget):
    """Implements the WindowContract's parts that need no database."""

    filter_changed = Signal(object)
    selection_changed = Signal(list)

    def __init__(self, campaigns: list[Campaign]) -> None:
        super().__init__()
        from smsplanner.ui.common.operations import Operations
        from smsplanner.ui.common.settings import Preferences
        from smsplanner.ui.common.tasks import TaskRunner

        self.items = campaigns
        self.selected: list[int] = []
        self.filter = CampaignFilter()
        self.menu_file = QMenu("File", self)
        self.action_map: dict[MainAction, QAction] = {}
        self.prefs = Preferences()
        self.tasks = TaskRunner(self)
        self.ops = Operations(self.tasks, self._no_database, self.report_error, self)
        self.plans: list[tuple[str | None, int]] = []
        self.statuses: list[str] = []
        self.errors: list[BaseException | str] = []

    def _no_database(self) -> Any:
        raise AssertionError("the host window has no database")

    def reload(self) -> None:
        """Tell the view the campaigns changed, as an operation would."""
        from smsplanner.ui.common.operations import Change, Changed

        self.ops.notify(Changed(Change.ALL))

    def campaigns(self) -> list[Campaign]:
        return list(self.items)

    def shown_campaigns(self) -> list[Campaign]:
        return self.filter.apply(self.items)

    def current_filter(self) -> CampaignFilter:
        return self.filter

    def selected_ids(self) -> list[int]:
        return list(self.selected)

    def select_campaigns(self, ids: Sequence[int]) -> None:
        self.selected = list(ids)

    def highlight_campaigns(self, new: Sequence[int] = (), updated: Sequence[int] = ()) -> None:
        pass

    def add_view(self, title: str, widget: QWidget) -> None:
        pass

    def show_view(self, widget: QWidget) -> None:
        pass

    def show_campaigns_tab(self) -> None:
        pass

    def add_banner(self, widget: QWidget) -> None:
        widget.setParent(self)

    def add_file_action(self, key: MainAction, action: QAction) -> None:
        self.action_map[key] = action
        self.menu_file.addAction(action)

    def add_view_menu_action(self, key: MainAction, action: QAction) -> None:
        self.action_map[key] = action

    def set_import_handler(self, handler: ImportHandler | None) -> None:
        pass

    def open_import_dialog(self, paths: Sequence[Path | str] = ()) -> None:
        pass

    def plan_next_send(self, segment: str | None, audience: int) -> None:
        self.plans.append((segment, audience))

    def open_database(self, path: Path) -> bool:
        return False

    def preferences_changed(self) -> None:
        pass

    def reopen(self) -> None:
        pass

    def report_error(self, error: BaseException | str) -> None:
        self.errors.append(error)

    def show_status(self, text: str, timeout_ms: int = 8000) -> None:
        self.statuses.append(text)
