#!/bin/sh
# Build the standalone Vidne (PyInstaller, onedir) from packaging/pyinstaller/vidne.spec.
#
#   packaging/build_pyinstaller.sh            -> dist/vidne/ (macOS: dist/Vidne.app too)
#   DIST=/tmp/out WORK=/tmp/work packaging/build_pyinstaller.sh
#   PYTHON=/path/to/venv/bin/python packaging/build_pyinstaller.sh
#
# Needs the project installed with the build extra: pip install -e '.[build]'
set -eu
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
DIST=${DIST:-$ROOT/dist}
WORK=${WORK:-$ROOT/build/pyinstaller}

cd "$ROOT"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/pyinstaller/vidne.spec
echo "built: $DIST/vidne"
