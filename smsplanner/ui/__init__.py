"""The Qt GUI: the only package that imports PySide6 or pyqtgraph."""

from smsplanner.ui.pyside_sources import keep_no_module_sources

keep_no_module_sources()  # before the GUI's modules are imported: 40 MB less held
