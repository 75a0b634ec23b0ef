"""A view that re-reads the store only while it is on screen. GUI thread only."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QWidget):
    """A change while the view is hidden marks it stale; it catches up once when shown, so
    the window's start and writes elsewhere never wait for a tab nobody is looking at.
    Subclasses implement `refresh`, which must clear `_stale`."""

    _stale = True

    def refresh(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must define refresh()")

    def refresh_when_shown(self) -> None:
        """Re-read now if on screen, else on the next show."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)
