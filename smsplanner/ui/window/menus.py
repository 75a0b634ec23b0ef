"""The main window's menus: File, Edit, View and Help, their actions and shortcuts.

`build_menus(window)` creates them once, like a Designer `setupUi`: the menus and actions become
attributes of the window (`window.menu_file`, `window.action_delete`, ...), which other views
and tests use. The Help menu's two small dialogs live here too. GUI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from smsplanner import APP_NAME

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


def build_menus(window: MainWindow) -> None:
    """Create the four menus and their actions on `window` (its workspace must exist)."""
    bar = window.menuBar()
    window.menu_file = bar.addMenu("&File")
    window.menu_edit = bar.addMenu("&Edit")
    window.menu_view = bar.addMenu("&View")
    window.menu_help = bar.addMenu("&Help")
    _build_file_menu(window, window.menu_file)
    _build_edit_menu(window, window.menu_edit)
    _build_view_menu(window, window.menu_view)
    _build_help_menu(window, window.menu_help)


def _build_file_menu(window: MainWindow, menu: QMenu) -> None:
    keys = QKeySequence.StandardKey
    act = partial(make_action, window)
    window.action_import = act(
        "&Import results…", lambda: window.open_import_dialog([]), keys.Open,
        "Read campaign results from a CSV or Excel file")
    window.action_import.setVisible(False)  # until an import handler is registered
    window.action_new = act("&New campaign…", window.new_campaign, keys.New,
                            "Type in the figures of a campaign")
    window.action_sample = act("Load &sample data", window.load_sample_data,
                               tip="Add 48 made-up campaigns to explore the app")
    window.action_remove_sample = act(
        "&Remove sample data", window.remove_sample_data,
        tip="Take out exactly the made-up sample campaigns; your own stay (you can undo)")
    menu.addAction(window.action_import)
    menu.addAction(window.action_new)
    menu.addAction(window.action_sample)
    menu.addAction(window.action_remove_sample)
    menu.addSeparator()
    from smsplanner.ui.report.actions import add_report_actions

    add_report_actions(window, menu)
    window._file_tail = menu.addSeparator()  # add_file_action inserts above this
    window.action_preferences = _with_fallback(act(
        "&Preferences…", window.open_preferences, keys.Preferences,
        "Currency, cost per message, benchmark band and database location"), "Ctrl+,")
    window.action_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    menu.addAction(window.action_preferences)
    menu.addSeparator()
    window.action_quit = _with_fallback(act("&Quit", window.close, keys.Quit), "Ctrl+Q")
    window.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
    menu.addAction(window.action_quit)


def _build_edit_menu(window: MainWindow, menu: QMenu) -> None:
    keys = QKeySequence.StandardKey
    act = partial(make_action, window)
    window.action_undo = window.undo_stack.createUndoAction(window, "&Undo")
    window.action_undo.setShortcuts([QKeySequence("Ctrl+Z")])
    window.action_redo = window.undo_stack.createRedoAction(window, "&Redo")
    window.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    menu.addAction(window.action_undo)
    menu.addAction(window.action_redo)
    menu.addSeparator()
    view = window.workspace.table.view
    # Table-only shortcuts: Enter, Delete and Ctrl+C keep working normally in text boxes.
    window.action_copy = act("&Copy rows", window.copy_selection, keys.Copy,
                             "Copy the selected rows with headers, for a spreadsheet")
    window.action_edit = act("&Edit campaign…", window.edit_current, ["Return", "Enter"])
    window.action_delete = act("&Delete", window.delete_selected, keys.Delete,
                               "Delete the selected campaigns (you can undo)")
    window.action_select_all = act("Select &all", view.selectAll, keys.SelectAll)
    for action in (window.action_copy, window.action_edit, window.action_delete,
                   window.action_select_all):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        view.addAction(action)
        menu.addAction(action)


def _build_view_menu(window: MainWindow, menu: QMenu) -> None:
    keys = QKeySequence.StandardKey
    act = partial(make_action, window)
    window.action_campaigns_tab = act(
        "&Campaigns", lambda: window.show_view(window.workspace), "Ctrl+1")
    menu.addAction(window.action_campaigns_tab)
    window._view_tabs_end = menu.addSeparator()  # add_view inserts its tabs above this
    window.action_find = act("&Search", window.focus_search, keys.Find)
    window.action_clear_filters = act("C&lear filters", window.workspace.filter_bar.clear)
    menu.addAction(window.action_find)
    menu.addAction(window.action_clear_filters)
    menu.addMenu(window.workspace.columns_menu)
    window.action_refresh = act("&Refresh", window.reload, keys.Refresh)
    menu.addAction(window.action_refresh)
    menu.addSeparator()
    _build_theme_menu(window, menu.addMenu("&Theme"))


def _build_theme_menu(window: MainWindow, menu: QMenu) -> None:
    """View > Theme: System, Light, Dark (one checked); remembered in the preferences."""
    from PySide6.QtGui import QActionGroup

    from smsplanner.ui.common.theme import THEMES, apply_theme

    group = QActionGroup(window)
    group.setExclusive(True)
    current = window.prefs.theme()
    window.theme_actions = {}
    for name, text in THEMES.items():
        action = QAction(text, window)
        action.setCheckable(True)
        action.setChecked(name == current)
        action.setData(name)

        def choose(_checked: bool = False, name: str = name) -> None:
            window.prefs.set_theme(apply_theme(name))

        action.triggered.connect(choose)
        group.addAction(action)
        menu.addAction(action)
        window.theme_actions[name] = action


# The guide page F1 opens for each screen (the tab's title; the welcome panel has its own).
HELP_PAGES = {"Campaigns": "numbers.html", "Imports": "importing.html",
              "Trends": "trends.html", "Plan": "planning.html"}


def help_page_for(window: MainWindow) -> str:
    """The guide page about what the window shows now."""
    if window.stack.currentWidget() is window.welcome:
        return "getting-started.html"
    return HELP_PAGES.get(window.tabs.tabText(window.tabs.currentIndex()).replace("&", ""),
                          "index.html")


def open_help(window: MainWindow, target: str | None = None) -> None:
    from smsplanner.ui.help.browser import open_guide

    open_guide(window, target or help_page_for(window))


def _build_help_menu(window: MainWindow, menu: QMenu) -> None:
    window.action_guide = make_action(
        window, "&Guide", lambda: open_help(window), QKeySequence.StandardKey.HelpContents,
        "The built-in guide, at the page about this screen")
    if window.action_guide.shortcut().isEmpty():
        window.action_guide.setShortcut(QKeySequence("F1"))
    menu.addAction(window.action_guide)
    menu.addSeparator()
    window.action_about = make_action(window, f"&About {APP_NAME}", window.show_about)
    window.action_about.setMenuRole(QAction.MenuRole.AboutRole)
    menu.addAction(window.action_about)
    window.action_where = make_action(window, "Where is my &data?", window.show_data_location)
    menu.addAction(window.action_where)


def add_view_action(window: MainWindow, title: str, index: int, show: Callable[[], None]) -> None:
    """A View-menu entry for the tab at 1-based `index` (Ctrl+index for the first nine)."""
    action = QAction(title, window)
    if index <= 9:
        action.setShortcut(QKeySequence(f"Ctrl+{index}"))
    action.triggered.connect(show)
    window.menu_view.insertAction(window._view_tabs_end, action)


def show_about(window: MainWindow) -> None:
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
