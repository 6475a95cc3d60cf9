#!/usr/bin/env bash
# Build dist/vidne_<version>_<arch>.deb: Vidne with its own Python environment under /opt/vidne.
#   bash packaging/build_deb.sh
#
# What is in it and why:
# - /opt/vidne is a virtual environment of the system's python3 (Debian 12: 3.11, Ubuntu 24.04:
#   3.12; the package depends on that minor version) holding Vidne's wheel and its dependencies
#   as binary wheels (PySide6, sqlcipher3, PyNaCl, ...), so no Python package of the system is
#   touched and nothing is compiled on the user's machine. The interpreter is the system's,
#   linked, not copied: the standard library comes from the system anyway, and a copied binary
#   would lag behind it after a Debian security update. Every module is compiled at build time
#   (and the package's postrm removes /opt/vidne), so removing the package leaves nothing there.
# - /usr/bin/vidne links to the environment's script; the desktop entry, the hicolor icons and
#   the AppStream metadata go to /usr/share, written by the same code as `vidne install-desktop`.
# - Depends: the system python3 and the libraries Qt's xcb and Wayland plugins load.
# The user's data (vault, settings, state) lives in their home folder and is never touched.
# - zstd compression: seconds instead of minutes for the 300 MB of Qt; dpkg reads it from 1.21.18
#   (Debian 12, Ubuntu 22.04 and later).
#
# Needs: /usr/bin/python3 with the venv module (python3-venv), dpkg-deb, and the package index
# (or pip's cache) for the wheels. PYTHON_FOR_PIP: a Python with pip (default: .venv's).
set -euo pipefail
cd "$(dirname "$0")/.."
root_dir=$PWD
system_python=/usr/bin/python3
pip_python="${PYTHON_FOR_PIP:-$root_dir/.venv/bin/python}"
version=$("$pip_python" -c 'import vidne.app; print(vidne.app.__version__)')
arch=$(dpkg --print-architecture)
pyver=$("$system_python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
work=build/deb
stage=$work/root
opt=$stage/opt/vidne
out=dist/vidne_${version}_${arch}.deb

rm -rf "$work"
mkdir -p "$work/wheels" "$stage/DEBIAN" "$stage/usr/bin" dist

echo "Vidne $version for $arch, Python $pyver"
"$pip_python" -m pip wheel -q --disable-pip-version-check --no-deps -w "$work/wheels" .
"$system_python" -m venv --without-pip "$opt"
# Dependencies as binary wheels only, at the versions this checkout is tested with.
"$pip_python" -m pip freeze --exclude-editable --disable-pip-version-check > "$work/constraints.txt"
"$pip_python" -m pip --python "$opt/bin/python" install -q --disable-pip-version-check \
  --no-compile --only-binary=:all: --constraint "$work/constraints.txt" "$work"/wheels/vidne-*.whl

# The environment was built at $opt; it runs from /opt/vidne.
site=$opt/lib/python$pyver/site-packages
grep -rlI --null "$root_dir/$opt" "$opt/bin" "$opt/pyvenv.cfg" | xargs -0r sed -i "s#$root_dir/$opt#/opt/vidne#g"
sed -i '/^command = /d' "$opt/pyvenv.cfg"
"$opt/bin/python" -m compileall -q -j 0 -x '\.tmpl\.py$' -d "/opt/vidne/lib/python$pyver/site-packages" "$site" >/dev/null
ln -s /opt/vidne/bin/vidne "$stage/usr/bin/vidne"

# Menu entry, icons and AppStream file, as `vidne install-desktop` writes them (Exec: /usr/bin/vidne).
"$opt/bin/python" - "$stage/usr/share" <<'EOF'
import sys
from pathlib import Path
from vidne.app.platform import freedesktop
from vidne.app.platform.base import LaunchCommand

freedesktop.install(Path(sys.argv[1]), LaunchCommand(("/usr/bin/vidne",)))
EOF
find "$stage/usr/share" -name '.*' -delete  # nothing hidden (the icon theme stamp)

installed_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
next_minor=$("$system_python" -c 'import sys; print("%d.%d" % (sys.version_info[0], sys.version_info[1] + 1))')
cat > "$stage/DEBIAN/control" <<EOF
Package: vidne
Version: $version
Architecture: $arch
Maintainer: Vidne <vidne@users.noreply.github.com>
Installed-Size: $installed_kb
Depends: python3 (>= $pyver), python3 (<< $next_minor), libglib2.0-0, libdbus-1-3, libfontconfig1, libfreetype6, libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xfixes0, libxcb-xinerama0, libxcb-xkb1, libwayland-client0, libwayland-cursor0, libwayland-egl1
Recommends: xdg-desktop-portal
Section: utils
Priority: optional
Homepage: https://github.com/vidne/vidne
Description: private, encrypted evidence log for online harassment at work
 Vidne keeps a private, encrypted log of online harassment that employees
 meet because of their job: screen captures taken with a hotkey, episodes
 with what happened and who was told, and a PDF report or an evidence
 bundle for a manager, a union representative or the police.
EOF
cat > "$stage/DEBIAN/postrm" <<'EOF'
#!/bin/sh
# Anything Python or pip left in Vidne's own folder goes with the package; the user's data
# (in their home folder) is never touched.
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
  rm -rf /opt/vidne
fi
EOF
chmod 0755 "$stage/DEBIAN/postrm"

dpkg-deb --root-owner-group -Zzstd --build "$stage" "$out" >/dev/null
rm -rf "$work"  # 300 MB of staging; the .deb is what counts
echo "Built $out ($(du -h "$out" | cut -f1))"
