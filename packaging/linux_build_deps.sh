#!/usr/bin/env bash
# Install the X11/xcb and Wayland libraries Qt's platform plugins link to, so PyInstaller can
# bundle them: without them the frozen app builds but cannot open a window on a user's desktop.
# Idempotent and non-interactive; does nothing off Debian/Ubuntu or when all are present.
set -euo pipefail
[ "$(uname -s)" = Linux ] || exit 0
command -v dpkg-query >/dev/null 2>&1 || { echo "linux_build_deps: not Debian-like, skipped" >&2; exit 0; }

LIBS=(libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0
      libxcb-xkb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0
      libxcb-sync1 libxcb-shm0 libxcb-util1 libxkbcommon0 libx11-xcb1 libwayland-cursor0
      libwayland-client0 libwayland-egl1 libegl1 libgl1 libfontconfig1 libdbus-1-3)
missing=()
for pkg in "${LIBS[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "make package needs these libraries: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi
echo "linux_build_deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
