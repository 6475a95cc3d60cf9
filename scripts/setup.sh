#!/usr/bin/env bash
# Set up Vidne on a fresh Debian/Ubuntu machine, then run it or its tests.
#   bash scripts/setup.sh run     # install everything, start Vidne
#   bash scripts/setup.sh test    # install everything, run lint, format and type checks + the whole test suite
#   bash scripts/setup.sh bench   # install everything, run the benchmarks
# System packages are installed with apt when running as root (or with sudo when available);
# Python packages go into .venv in the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

APT_PACKAGES=(
  python3 python3-venv python3-pip
  # Qt's xcb platform plugin and friends
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-image0
  libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxcb-xfixes0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0
  # tests: a real X server, key presses, the scrot peer, PDF checks, desktop-file checks
  xvfb xdotool x11-utils scrot poppler-utils qpdf desktop-file-utils appstream strace dbus
  # tests: the Danish CSV export opened in a spreadsheet (about 20 s to install)
  libreoffice-calc-nogui
  # tests: a real Wayland desktop (headless sway) with the screenshot and shortcut portals; the
  # portal test backend is dbus-python on GLib (tests/integration/portal_test_backend.py)
  sway xdg-desktop-portal xdg-desktop-portal-wlr xdg-desktop-portal-gtk pipewire wireplumber
  python3-dbus python3-gi
  # tests: GNOME's keybinding schema, for the desktop shortcut written through gsettings
  gnome-settings-daemon-common
)

install_system_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo="sudo"; else
      echo "Missing system packages (install them as root): ${missing[*]}" >&2; return 0; fi
  fi
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

install_python_packages() {
  local python="${PYTHON:-python3}"
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  .venv/bin/python -m pip install -q --disable-pip-version-check -U pip >/dev/null
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
}

install_system_packages
install_python_packages

case "$mode" in
  run)
    .venv/bin/vidne install-desktop >/dev/null 2>&1 || true  # menu entry + icon, if available
    exec .venv/bin/vidne "${@:2}" ;;
  test)
    .venv/bin/ruff check .
    .venv/bin/ruff format --check .
    bash scripts/typecheck.sh
    exec .venv/bin/python -m pytest -q -p no:cacheprovider "${@:2}" ;;
  bench)
    exec .venv/bin/python -m bench "${@:2}" ;;
  *) echo "usage: $0 run|test|bench" >&2; exit 2 ;;
esac
