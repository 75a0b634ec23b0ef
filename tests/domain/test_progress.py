"""The one progress/cancel module: scaling a step into its share, and stopping."""

from __future__ import annotations

import pytest

from smsplanner.domain.errors import Cancelled, SmsPlannerError
from smsplanner.domain.progress import PROGRESS_TOTAL, check_cancelled, scaled


def test_scaled_maps_a_step_onto_its_share_of_the_whole():
    seen: list[tuple[int, int]] = []
    step = scaled(lambda done, total: seen.append((done, total)), 600, 700)
    for done in (0, 5, 10, 12):  # past the end is clamped, not reported beyond the share
        step(done, 10)
    step(3, 0)  # an unknown total reports the start of the share
    assert seen == [(600, PROGRESS_TOTAL), (650, PROGRESS_TOTAL), (700, PROGRESS_TOTAL),
                    (700, PROGRESS_TOTAL), (600, PROGRESS_TOTAL)]


def test_scaled_passes_no_listener_through():
    assert scaled(None, 0, 500) is None


def test_check_cancelled_raises_the_one_cancelled_error_naming_the_file():
    check_cancelled(None, "log.csv")
    check_cancelled(lambda: False, "log.csv")
    with pytest.raises(Cancelled) as caught:
        check_cancelled(lambda: True, "log.csv")
    assert caught.value.file == "log.csv"
    assert isinstance(caught.value, SmsPlannerError)
    assert str(caught.value) == "log.csv: stopped; nothing was written."
