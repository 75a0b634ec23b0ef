"""Where the app's bundled files (icons, the sample export, styles) live, from source or frozen.

Every path into `resources/` goes through `resource_path()`, so the same code finds the files
when run from a git checkout and inside the PyInstaller bundle (which unpacks them under
`sys._MEIPASS`). Plain Python, no Qt: safe to import from any layer and any thread.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from smsplanner.domain.errors import MissingResourceError

ENV_VAR = "SMSPLANNER_RESOURCES"
ICON_SVG = ("icons", "smsplanner.svg")
SAMPLE_EXPORT = ("sample", "sms-campaign-results.csv")


def is_frozen() -> bool:
    """True inside the PyInstaller-built app."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_dir() -> Path:
    """The folder holding the bundled files: $SMSPLANNER_RESOURCES, the bundle, or the checkout."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str, must_exist: bool = True) -> Path:
    """Path of a bundled file, e.g. resource_path("icons", "smsplanner-64.png").

    Raises MissingResourceError when must_exist and the file is not there.
    """
    path = resources_dir().joinpath(*parts)
    if must_exist and not path.exists():
        raise MissingResourceError(
            f"A file that comes with SMS Planner is missing ({'/'.join(parts)}). "
            "Please download and unzip the app again."
        )
    return path


def icon_paths() -> list[Path]:
    """The app icon's PNG renders that exist, smallest first (for QIcon.addFile)."""
    folder = resource_path("icons", must_exist=False)
    if not folder.is_dir():
        return []
    pngs = [p for p in folder.glob("smsplanner-*.png") if p.stem.rsplit("-", 1)[-1].isdigit()]
    return sorted(pngs, key=lambda p: int(p.stem.rsplit("-", 1)[-1]))


def sample_export_path() -> Path:
    """The bundled sample results file (a provider-style summary CSV) users can try importing."""
    return resource_path(*SAMPLE_EXPORT)
