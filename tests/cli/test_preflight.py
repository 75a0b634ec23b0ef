"""The check before Qt starts: missing xcb libraries are named with the packages to install."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from smsplanner.cli import preflight

# What ldd printed for PySide6 6.10's libqxcb.so on a fresh Debian 13 (shortened).
LDD_FRESH_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007ffd6a5f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x1)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x2)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibX11-xcb.so.1 => not found
\tlibEGL.so.1 => not found
"""


def test_not_found_lines_become_packages_for_both_families(tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    found = preflight.check(plugin, run=lambda cmd: LDD_FRESH_DEBIAN)
    assert found.missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                             "libxkbcommon-x11.so.0", "libX11-xcb.so.1", "libEGL.so.1"]
    assert found.debian == ["libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0",
                            "libx11-xcb1", "libegl1"]
    assert found.fedora == ["xcb-util-wm", "xcb-util-keysyms", "libxkbcommon-x11",
                            "libX11-xcb", "libglvnd-egl"]
    advice = found.advice()
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0" in advice
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms" in advice


@pytest.mark.parametrize(("soname", "debian", "fedora"), [
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    ("libxcb-xinerama.so.0", "libxcb-xinerama0", "libxcb"),
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
    ("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
])
def test_package_names(soname: str, debian: str, fedora: str) -> None:
    assert preflight.debian_package(soname) == debian
    assert preflight.fedora_package(soname) == fedora


def test_nothing_missing_is_ok(tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    ok = LDD_FRESH_DEBIAN.replace("not found", "/lib/x.so (0x3)")
    assert preflight.check(plugin, run=lambda cmd: ok).ok


def test_skipped_offscreen_and_off_linux() -> None:
    assert not preflight.needs_check({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not preflight.needs_check({"QT_QPA_PLATFORM": "wayland"}, "linux")
    assert not preflight.needs_check({}, "darwin")
    assert preflight.needs_check({}, "linux")
    assert preflight.needs_check({"QT_QPA_PLATFORM": "xcb"}, "linux")


def test_never_installs_when_told_not_to() -> None:
    assert not preflight.can_install({"SMSPLANNER_NO_INSTALL": "1"})


def test_real_plugin_agrees_with_ldd() -> None:
    """On this machine: the check names exactly what ldd itself says is not found."""
    plugin = preflight.xcb_plugin_path()
    if plugin is None or not sys.platform.startswith("linux"):
        pytest.skip("no xcb plugin here")
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    expected = sorted({line.split("=>")[0].strip() for line in out.splitlines()
                       if "not found" in line})
    assert sorted(preflight.check(plugin).missing) == expected


def test_check_command_does_not_load_qt() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "SMSPLANNER_NO_INSTALL": "1"}
    code = ("import sys, runpy; sys.argv = ['x', '--check'];\n"
            "try:\n runpy.run_module('smsplanner.cli.preflight', run_name='__main__')\n"
            "except SystemExit: pass\n"
            "print('qt loaded' if 'PySide6.QtCore' in sys.modules else 'qt not loaded')")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       timeout=60)
    assert "qt not loaded" in r.stdout
    if "cannot open its window" in r.stdout:
        assert "sudo apt-get install libxcb" in r.stdout and "sudo dnf install" in r.stdout
    else:
        assert "ok:" in r.stdout
