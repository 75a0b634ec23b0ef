"""The main window's contract: what a view may use of it, and the actions keyed by an enum.

Views (Campaigns, Imports, Trends, Plan, Backups) receive a `WindowContract`, never the
concrete `MainWindow`, so no room imports the window room and a test can stand a small host
in for the window. Every main-window action lives in one map, `action_map[MainAction.X]`
(like Picard's `picard/ui/mainwindow/actions.py`). GUI thread only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

from smsplanner.domain.campaign import Campaign
from smsplanner.domain.filters import CampaignFilter
from smsplanner.ui.common.operations import Operations
from smsplanner.ui.common.settings import Preferences
from smsplanner.ui.common.tasks import TaskRunner

ImportHandler = Callable[[list[Path]], None]


class MainAction(Enum):
    """Every action of the main window's menus, by what it does."""

    # File
    IMPORT = "import"
    NEW_CAMPAIGN = "new_campaign"
    LOAD_SAMPLE = "load_sample"
    REMOVE_SAMPLE = "remove_sample"
    PRINT_REPORT = "print_report"
    SAVE_REPORT = "save_report"
    EXPORT_SHOWN = "export_shown"
    EXPORT_ALL = "export_all"
    BACKUPS = "backups"
    EXPORT_CHART = "export_chart"
    EXPORT_CALENDAR = "export_calendar"
    PREFERENCES = "preferences"
    QUIT = "quit"
    # Edit
    UNDO = "undo"
    REDO = "redo"
    COPY = "copy"
    EDIT = "edit"
    DELETE = "delete"
    SELECT_ALL = "select_all"
    # View
    CAMPAIGNS_TAB = "campaigns_tab"
    FIND = "find"
    CLEAR_FILTERS = "clear_filters"
    REFRESH = "refresh"
    IMPORTS = "imports"
    # Help
    GUIDE = "guide"
    ABOUT = "about"
    DATA_LOCATION = "data_location"


class WindowContract(Protocol):
    """What a view may use of the main window (the window is the one implementation)."""

    # filter_changed(CampaignFilter); selection_changed(list of ids). What the data changed
    # is told by `ops.changed` (a Changed), after every write.
    filter_changed: SignalInstance
    selection_changed: SignalInstance
    ops: Operations

    conn: sqlite3.Connection  # the GUI thread's connection; workers open their own
    db_path: Path
    prefs: Preferences
    tasks: TaskRunner
    undo_stack: QUndoStack
    action_map: dict[MainAction, QAction]

    def window(self) -> QWidget:
        """The top-level widget, to parent dialogs and message boxes on."""
        ...

    # -- campaigns, filter and selection ------------------------------------------------------
    def campaigns(self) -> list[Campaign]: ...

    def shown_campaigns(self) -> list[Campaign]: ...

    def current_filter(self) -> CampaignFilter: ...

    def selected_ids(self) -> list[int]: ...

    def select_campaigns(self, ids: Sequence[int]) -> None: ...

    def highlight_campaigns(self, new: Sequence[int] = (),
                            updated: Sequence[int] = ()) -> None: ...

    # -- places for a view's widgets and actions ----------------------------------------------
    def add_view(self, title: str, widget: QWidget) -> None: ...

    def show_view(self, widget: QWidget) -> None: ...

    def show_campaigns_tab(self) -> None: ...

    def add_banner(self, widget: QWidget) -> None:
        """Put a widget (a result banner) above the campaigns table."""
        ...

    def add_file_action(self, key: MainAction, action: QAction) -> None: ...

    def add_view_menu_action(self, key: MainAction, action: QAction) -> None: ...

    # -- between views ------------------------------------------------------------------------
    def set_import_handler(self, handler: ImportHandler | None) -> None: ...

    def open_import_dialog(self, paths: Sequence[Path | str] = ()) -> None: ...

    def edit_campaign(self, campaign_id: int) -> None:
        """Open the campaign dialog on this campaign (to see it or enter its results)."""
        ...

    def plan_next_send(self, segment: str | None, audience: int) -> None:
        """Show the Plan tab's what-if with this segment's history and audience."""
        ...

    def open_database(self, path: Path) -> bool:
        """Switch to another database file (created if new); False if it cannot be opened."""
        ...

    def preferences_changed(self) -> None:
        """Re-render numbers and money after the preferences changed."""
        ...

    def reopen(self) -> None:
        """Open the database file again after a restore replaced it; forget the undo steps."""
        ...

    # -- telling the user ---------------------------------------------------------------------
    def report_error(self, error: BaseException | str) -> None: ...

    def show_status(self, text: str, timeout_ms: int = 8000) -> None: ...
