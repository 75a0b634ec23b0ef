"""Progress and cancelling for long work, shared by every layer.

Long work is a plain function taking `progress(done, total)` and `is_cancelled()` (as Orange's
`run(data, state)`); it raises `Cancelled` (domain.errors) when asked to stop. The GUI's task
runner passes its own throttled progress and its cancel flag; the command line passes None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import overload

from smsplanner.domain.errors import Cancelled

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
PROGRESS_TOTAL = 1000  # the scale `scaled` reports on

__all__ = ["PROGRESS_TOTAL", "Cancelled", "IsCancelled", "Progress", "check_cancelled", "scaled"]


@overload
def scaled(progress: Progress, lo: int, hi: int) -> Progress: ...
@overload
def scaled(progress: None, lo: int, hi: int) -> None: ...
@overload
def scaled(progress: Progress | None, lo: int, hi: int) -> Progress | None: ...
def scaled(progress: Progress | None, lo: int, hi: int) -> Progress | None:
    """Report one step's progress as the part lo..hi of PROGRESS_TOTAL (None passes through)."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        frac = 0.0 if total <= 0 else min(1.0, max(0.0, done / total))
        progress(lo + int((hi - lo) * frac), PROGRESS_TOTAL)

    return report


def check_cancelled(is_cancelled: IsCancelled | None, subject: str = "") -> None:
    """Raise Cancelled (naming the file or task) when the caller asked to stop."""
    if is_cancelled is not None and is_cancelled():
        raise Cancelled(subject)
