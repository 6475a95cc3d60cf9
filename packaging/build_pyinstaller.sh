#!/bin/sh
# Build the standalone Vidne (PyInstaller, onedir) from packaging/pyinstaller/vidne.spec.
#
#   packaging/build_pyinstaller.sh            -> dist/vidne/ (macOS: dist/Vidne.app too)
#   DIST=/tmp/out WORK=/tmp/work packaging/build_pyinstaller.sh
#   PYTHON=/path/to/venv/bin/python packaging/build_pyinstaller.sh
#
# Needs the project installed with the build extra: pip install '.[build]'
set -eu
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
DIST=${DIST:-$ROOT/dist}
WORK=${WORK:-$ROOT/build/pyinstaller}

cd "$ROOT"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/pyinstaller/vidne.spec

# Linux: drop debug info (a self-built Python's libpython and extension modules carry tens of
# MB), but leave alone every library whose RPATH/RUNPATH points at $ORIGIN: auditwheel rewrote
# those with patchelf, and strip is known to corrupt such files.
if [ "$(uname -s)" = Linux ] && command -v strip >/dev/null && command -v readelf >/dev/null; then
    find "$DIST/vidne" -type f -name '*.so*' | while read -r lib; do
        readelf -S "$lib" 2>/dev/null | grep -q '\.debug_info' || continue
        readelf -d "$lib" 2>/dev/null | grep -E '\((RPATH|RUNPATH)\)' | grep -qF '$ORIGIN' && continue
        strip --strip-debug "$lib"
    done
fi
echo "built: $DIST/vidne ($(du -sh "$DIST/vidne" | cut -f1))"
