"""The main window and what frames it: menus, files, welcome, preferences, crash, start-up."""
