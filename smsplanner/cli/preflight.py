"""Before Qt starts on Linux: are the system libraries of Qt's X11 (xcb) plugin installed?

Without them Qt aborts with "Could not load the Qt platform plugin xcb" and names the wrong
library. PySide6's wheel bundles Qt but not the small libxcb-* helpers a fresh Debian lacks
(libxcb-icccm4, libxcb-keysyms1, ...). `ldd` on the plugin lists what cannot be found; as
root with apt-get we install the packages, otherwise we print the one command that does.
Plain Python: it must not import Qt (the point is to run before Qt can fail).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# Library file name (without .so.N) -> Fedora package; Debian/Ubuntu names follow one rule.
FEDORA_PACKAGES: dict[str, str] = {
    "libxcb-icccm": "xcb-util-wm",
    "libxcb-ewmh": "xcb-util-wm",
    "libxcb-keysyms": "xcb-util-keysyms",
    "libxcb-image": "xcb-util-image",
    "libxcb-render-util": "xcb-util-renderutil",
    "libxcb-cursor": "xcb-util-cursor",
    "libxcb-util": "xcb-util",
    "libxkbcommon-x11": "libxkbcommon-x11",
    "libxkbcommon": "libxkbcommon",
    "libX11-xcb": "libX11-xcb",
    "libX11": "libX11",
    "libEGL": "libglvnd-egl",
    "libGL": "libglvnd-glx",
    "libOpenGL": "libglvnd-opengl",
    "libfontconfig": "fontconfig",
    "libfreetype": "freetype",
    "libdbus-1": "dbus-libs",
    "libglib-2.0": "glib2",
    "libgthread-2.0": "glib2",
}
# Debian names that the rule below does not produce.
DEBIAN_EXCEPTIONS: dict[str, str] = {
    "libGL": "libgl1",
    "libEGL": "libegl1",
    "libOpenGL": "libopengl0",
    "libglib-2.0": "libglib2.0-0",
    "libgthread-2.0": "libglib2.0-0",
    "libX11-xcb": "libx11-xcb1",
    "libX11": "libx11-6",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)
_SONAME = re.compile(r"^(lib.+?)\.so\.(\d+)")


@dataclass
class Preflight:
    """What the check found: the missing library files and the packages that provide them."""

    plugin: Path | None
    missing: list[str] = field(default_factory=list)
    debian: list[str] = field(default_factory=list)
    fedora: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing

    def advice(self) -> str:
        """The one command that installs what is missing, for Debian/Ubuntu and Fedora."""
        return (
            "SMS Planner cannot open its window: some system libraries are missing ("
            + ", ".join(self.missing) + ").\nInstall them with:\n"
            f"  Debian/Ubuntu:  sudo apt-get install {' '.join(self.debian)}\n"
            f"  Fedora:         sudo dnf install {' '.join(self.fedora)}\n"
            "then start SMS Planner again."
        )


def xcb_plugin_path() -> Path | None:
    """PySide6's libqxcb.so, found without importing PySide6 (also inside the packaged app)."""
    roots: list[Path] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        roots.append(Path(meipass) / "PySide6")
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    if spec is not None and spec.submodule_search_locations:
        roots.extend(Path(p) for p in spec.submodule_search_locations)
    for root in roots:
        for sub in (("Qt", "plugins"), ("plugins",)):
            plugin = root.joinpath(*sub, "platforms", "libqxcb.so")
            if plugin.exists():
                return plugin
    return None


def missing_libraries(ldd_output: str) -> list[str]:
    """The library files ldd reported as "not found", each once, in order."""
    seen: dict[str, None] = {}
    for name in _NOT_FOUND.findall(ldd_output):
        seen.setdefault(name, None)
    return list(seen)


def _stem_and_version(soname: str) -> tuple[str, str]:
    m = _SONAME.match(soname)
    if m is None:
        return soname.split(".so")[0], ""
    return m[1], m[2]


def debian_package(soname: str) -> str:
    """libxcb-icccm.so.4 -> libxcb-icccm4; libxkbcommon-x11.so.0 -> libxkbcommon-x11-0."""
    stem, version = _stem_and_version(soname)
    if stem in DEBIAN_EXCEPTIONS:
        return DEBIAN_EXCEPTIONS[stem]
    # Debian's policy: a dash before the version when the name ends in a digit.
    sep = "-" if stem[-1:].isdigit() else ""
    return f"{stem}{sep}{version}".lower()


def fedora_package(soname: str) -> str:
    """libxcb-icccm.so.4 -> xcb-util-wm; other libxcb-* pieces are all in libxcb."""
    stem, _ = _stem_and_version(soname)
    if stem in FEDORA_PACKAGES:
        return FEDORA_PACKAGES[stem]
    if stem.startswith("libxcb"):
        return "libxcb"
    return stem


def _unique(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))


def check(plugin: Path | None = None, *,
          run: Callable[[list[str]], str] | None = None) -> Preflight:
    """Run ldd on the xcb plugin and name what is missing; ok when there is nothing to check."""
    plugin = plugin or xcb_plugin_path()
    if plugin is None or shutil.which("ldd") is None:
        return Preflight(plugin)
    try:
        output = (run or _ldd)(["ldd", str(plugin)])
    except (OSError, subprocess.SubprocessError):
        return Preflight(plugin)  # cannot tell: let Qt try and report for itself
    missing = missing_libraries(output)
    return Preflight(plugin, missing, _unique([debian_package(m) for m in missing]),
                     _unique([fedora_package(m) for m in missing]))


def _ldd(cmd: list[str]) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=30, check=False).stdout


def needs_check(env: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Only on Linux with the xcb plugin in play: not offscreen, not Wayland-only."""
    if not platform.startswith("linux"):
        return False
    qpa = env.get("QT_QPA_PLATFORM", "").strip().lower()
    # offscreen, minimal, wayland...: the xcb plugin is not loaded
    return not qpa or qpa.startswith("xcb")


def can_install(env: Mapping[str, str]) -> bool:
    """Root with apt-get, and not told to keep hands off (SMSPLANNER_NO_INSTALL=1)."""
    if env.get("SMSPLANNER_NO_INSTALL", "").strip() not in ("", "0"):
        return False
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get") is not None


def install(packages: Sequence[str]) -> bool:
    """apt-get install the packages quietly; True when it succeeded."""
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    quiet = {"stdout": subprocess.DEVNULL, "env": env, "check": False}
    subprocess.run(["apt-get", "update", "-qq"], **quiet)  # type: ignore[call-overload]
    done = subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                           *packages], **quiet)  # type: ignore[call-overload]
    return done.returncode == 0


def ensure_gui_libraries(env: Mapping[str, str] | None = None,
                         out: Callable[[str], None] | None = None) -> bool:
    """Before the window: install (as root with apt) or explain missing xcb libraries.

    Returns False when the window cannot open (the advice has been printed).
    """
    env = os.environ if env is None else env
    say = out or (lambda text: print(text, file=sys.stderr, flush=True))
    if not needs_check(env):
        return True
    found = check()
    if found.ok:
        return True
    if can_install(env):
        say("SMS Planner: installing the system libraries its window needs: "
            + " ".join(found.debian))
        if install(found.debian) and check(found.plugin).ok:
            return True
    say(found.advice())
    return False


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m smsplanner.cli.preflight [--check]`: what `make run` calls before Qt."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if "--check" in argv:  # report only, never install
        if not needs_check(os.environ):
            print("ok: nothing to check (no X11 window on this system or platform)")
            return 0
        found = check()
        print("ok: the window's system libraries are installed" if found.ok
              else found.advice())
        return 0 if found.ok else 1
    return 0 if ensure_gui_libraries() else 1


if __name__ == "__main__":
    sys.exit(main())
