"""The main window's menus: File, Edit, View and Help, their actions and shortcuts.

`build_menus(window)` creates them once, like a Designer `setupUi`, and returns the menus and
the actions keyed by `MainAction` (the window keeps them as `menus` and `action_map`). The Help
menu's two small dialogs live here too. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from smsplanner import APP_NAME
from smsplanner.ui.common.window import MainAction

if TYPE_CHECKING:
    from smsplanner.ui.window.main_window import MainWindow

Shortcut = str | QKeySequence.StandardKey | list[str] | None


def make_action(parent: QObject, text: str, slot: Callable[[], object],
                shortcut: Shortcut = None, tip: str = "") -> QAction:
    """An action calling `slot()` (without Qt's `checked` argument), with shortcut(s) and tip."""
    action = QAction(text, parent)
    if shortcut is not None:
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        else:
            action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _with_fallback(action: QAction, shortcut: str) -> QAction:
    """Give the action this shortcut where the platform has no standard key for it."""
    if action.shortcut().isEmpty():
        action.setShortcut(QKeySequence(shortcut))
    return action


@dataclass
class Menus:
    """The four menus, and where views insert theirs (File above Preferences, View tabs)."""

    file: QMenu
    edit: QMenu
    view: QMenu
    help: QMenu
    file_tail: QAction  # add_file_action inserts above this separator
    view_tabs_end: QAction  # add_view inserts its tab entries above this separator


def build_menus(window: MainWindow) -> tuple[Menus, dict[MainAction, QAction]]:
    """Create the four menus and their actions (the window's workspace must exist)."""
    bar = window.menuBar()
    actions: dict[MainAction, QAction] = {}
    file, edit, view, help_ = (bar.addMenu(t) for t in ("&File", "&Edit", "&View", "&Help"))
    file_tail = _build_file_menu(window, file, actions)
    _build_edit_menu(window, edit, actions)
    view_tabs_end = _build_view_menu(window, view, actions)
    _build_help_menu(window, help_, actions)
    return Menus(file, edit, view, help_, file_tail, view_tabs_end), actions


def _build_file_menu(window: MainWindow, menu: QMenu, actions: dict[MainAction, QAction]
                     ) -> QAction:
    keys = QKeySequence.StandardKey
    act = partial(make_action, window)
    a = actions
    a[MainAction.IMPORT] = act(
        "&Import results…", lambda: window.open_import_dialog([]), keys.Open,
        "Read campaign results from a CSV or Excel file")
    a[MainAction.IMPORT].setVisible(False)  # until an import handler is registered
    a[MainAction.NEW_CAMPAIGN] = act("&New campaign…", window.new_campaign, keys.New,
                                     "Type in the figures of a campaign")
    a[MainAction.LOAD_SAMPLE] = act("Load &sample data", window.load_sample_data,
                                    tip="Add 48 made-up campaigns to explore the app")
    menu.addAction(a[MainAction.IMPORT])
    menu.addAction(a[MainAction.NEW_CAMPAIGN])
    menu.addAction(a[MainAction.LOAD_SAMPLE])
    tail = menu.addSeparator()
    a[MainAction.PREFERENCES] = _with_fallback(act(
        "&Preferences…", window.open_preferences, keys.Preferences,
        "Currency, cost per message, benchmark band and database location"), "Ctrl+,")
    a[MainAction.PREFERENCES].setMenuRole(QAction.MenuRole.PreferencesRole)
    menu.addAction(a[MainAction.PREFERENCES])
    menu.addSeparator()
    a[MainAction.QUIT] = _with_fallback(act("&Quit", window.close, keys.Quit), "Ctrl+Q")
    a[MainAction.QUIT].setMenuRole(QAction.MenuRole.QuitRole)
    menu.addAction(a[MainAction.QUIT])
    return tail


def _build_edit_menu(window: MainWindow, menu: QMenu, actions: dict[MainAction, QAction]
                     ) -> None:
    keys = QKeySequence.StandardKey
    act = partial(make_action, window)
    a = actions
    a[MainAction.UNDO] = window.undo_stack.createUndoAction(window, "&Undo")
    a[MainAction.UNDO].setShortcuts([QKeySequence("Ctrl+Z")])
    a[MainAction.REDO] = window.undo_stack.createRedoAction(window, "&Redo")
    a[MainAction.REDO].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    menu.addAction(a[MainAction.UNDO])
    menu.addAction(a[MainAction.REDO])
    menu.addSeparator()
    view = window.workspace.table.view
    # Table-only shortcuts: Enter, Delete and Ctrl+C keep working normally in text boxes.
    a[MainAction.COPY] = act("&Copy rows", window.copy_selection, keys.Copy,
                             "Copy the selected rows with headers, for a spreadsheet")
    a[MainAction.EDIT] = act("&Edit campaign…", window.edit_current, ["Return", "Enter"])
    a[MainAction.DELETE] = act("&Delete", window.delete_selected, keys.Delete,
                               "Delete the selected campaigns (you can undo)")
    a[MainAction.SELECT_ALL] = act("Select &all", view.selectAll, keys.SelectAll)
    for key in (MainAction.COPY, MainAction.EDIT, MainAction.DELETE, MainAction.SELECT_ALL):
        a[key].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        view.addAction(a[key])
        menu.addAction(a[key])


def _build_view_menu(window: MainWindow, menu: QMenu, actions: dict[MainAction, QAction]
                     ) -> QAction:
    keys = QKeySequence.StandardKey
    act = partial(make_action, window)
    a = actions
    a[MainAction.CAMPAIGNS_TAB] = act(
        "&Campaigns", lambda: window.show_view(window.workspace), "Ctrl+1")
    menu.addAction(a[MainAction.CAMPAIGNS_TAB])
    tabs_end = menu.addSeparator()
    a[MainAction.FIND] = act("&Search", window.focus_search, keys.Find)
    a[MainAction.CLEAR_FILTERS] = act("C&lear filters", window.workspace.filter_bar.clear)
    menu.addAction(a[MainAction.FIND])
    menu.addAction(a[MainAction.CLEAR_FILTERS])
    menu.addMenu(window.workspace.columns_menu)
    a[MainAction.REFRESH] = act("&Refresh", window.reload, keys.Refresh)
    menu.addAction(a[MainAction.REFRESH])
    return tabs_end


def _build_help_menu(window: MainWindow, menu: QMenu, actions: dict[MainAction, QAction]
                     ) -> None:
    about = make_action(window, f"&About {APP_NAME}", window.show_about)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    where = make_action(window, "Where is my &data?", window.show_data_location)
    actions[MainAction.ABOUT] = about
    actions[MainAction.DATA_LOCATION] = where
    menu.addAction(about)
    menu.addAction(where)


def view_action(window: QWidget, title: str, index: int, show: Callable[[], None]) -> QAction:
    """A View-menu entry for the tab at 1-based `index` (Ctrl+index for the first nine)."""
    action = QAction(title, window)
    if index <= 9:
        action.setShortcut(QKeySequence(f"Ctrl+{index}"))
    action.triggered.connect(show)
    return action


def show_about(window: QWidget) -> None:
    """Help > About: the app's name, version and one sentence."""
    from smsplanner import __version__

    QMessageBox.about(
        window, f"About {APP_NAME}",
        f"<b>{APP_NAME}</b> {__version__}<p>Plan SMS campaigns from your own results: "
        "rates with honest 95% ranges, trends, forecasts and A/B tests.</p>")


def show_data_location(window: MainWindow) -> None:
    """Help > Where is my data?: the database file and the log file, selectable."""
    from smsplanner.logs import log_file

    box = QMessageBox(QMessageBox.Icon.Information, "Where is my data?",
                      f"Your campaigns are in:\n{window.db_path}\n\n"
                      f"Problems are logged in:\n{log_file()}", parent=window)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
