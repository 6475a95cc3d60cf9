#!/usr/bin/env bash
# Build the PyInstaller onedir bundle and check that the built program works, on Linux:
#   1. --version prints "Vidne <version>";
#   2. the CLI creates, writes and verifies a vault (SQLCipher, Argon2 and the chain are inside)
#      and writes a Danish PDF report (ReportLab, the fonts and the translations are inside);
#   3. under Xvfb, "capture --all" seals a screenshot (mss, Pillow, PyNaCl are inside);
#   4. under Xvfb, the window opens and, when Escape is pressed in it, the program exits cleanly;
#   5. "install-desktop" writes a valid desktop entry whose Exec is the built program.
# Prints the build time and the bundle's size. Exit status 0 only if every step passed.
#
#   packaging/check_build.sh                   # builds into build/check/dist
#   PYTHON=/work/venv/bin/python DIST=/tmp/d WORK=/tmp/w packaging/check_build.sh
#   SKIP_BUILD=1 DIST=/tmp/d packaging/check_build.sh   # check an existing build
# Needs: Xvfb, xdotool, desktop-file-validate; pdftotext (poppler-utils) to read the report.
set -euo pipefail
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
export PYTHON=${PYTHON:-python3}
export DIST=${DIST:-$ROOT/build/check/dist}
export WORK=${WORK:-$ROOT/build/check/work}
BIN=$DIST/vidne/vidne
SCRATCH=$(mktemp -d)
XVFB_PID=
cleanup() {
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$SCRATCH"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    start=$(date +%s)
    "$ROOT/packaging/build_pyinstaller.sh"
    echo "build time: $(( $(date +%s) - start )) s"
fi
[ -x "$BIN" ] || fail "no program at $BIN"
echo "bundle size: $(du -sh "$DIST/vidne" | cut -f1)"

# Keep the checks away from the user's own vault, settings and menu.
export VIDNE_DATA_DIR=$SCRATCH/vault
export XDG_CONFIG_HOME=$SCRATCH/config XDG_DATA_HOME=$SCRATCH/data
export XDG_STATE_HOME=$SCRATCH/state XDG_CACHE_HOME=$SCRATCH/cache

want="Vidne $(cd "$ROOT" && "$PYTHON" -c 'import vidne.app; print(vidne.app.__version__)')"
got=$("$BIN" --version)
[ "$got" = "$want" ] || fail "--version printed '$got', expected '$want'"
echo "ok: --version: $got"

secret='korrekt hest batteri hæfteklamme'
echo "$secret" | "$BIN" init --passphrase-stdin >/dev/null || fail "init"
echo "$secret" | "$BIN" add --channel email --severity 2 --description "build check" \
    --passphrase-stdin >/dev/null || fail "add"
echo "$secret" | "$BIN" verify --passphrase-stdin | grep -q "^OK" || fail "verify"
echo "ok: vault init/add/verify"
echo "$secret" | "$BIN" report --lang da --out "$SCRATCH/report.pdf" --passphrase-stdin \
    >/dev/null || fail "report"
[ "$(head -c 5 "$SCRATCH/report.pdf")" = "%PDF-" ] || fail "report is not a PDF"
if command -v pdftotext >/dev/null; then
    text=$(pdftotext "$SCRATCH/report.pdf" -)
    grep -q "build check" <<<"$text" || fail "the episode is missing from the report"
    grep -q "Dokumentation af digital chikane" <<<"$text" || fail "the report is not in Danish"
fi
echo "ok: report (PDF with the episode)"

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$SCRATCH/display" 2>/dev/null &
XVFB_PID=$!
for _ in $(seq 50); do [ -s "$SCRATCH/display" ] && break; sleep 0.1; done
[ -s "$SCRATCH/display" ] || fail "Xvfb did not start"
export DISPLAY=":$(cat "$SCRATCH/display")" QT_QPA_PLATFORM=xcb

"$BIN" capture --all | grep -q "SHA-256" || fail "capture --all"
echo "ok: capture --all (sealed into the inbox)"

export VIDNE_DATA_DIR=$SCRATCH/fresh  # no vault: the first-run window
"$BIN" 2>"$SCRATCH/gui.err" &
gui=$!
title=
for _ in $(seq 100); do
    wid=$(xdotool search --onlyvisible --pid "$gui" 2>/dev/null | head -n1 || true)
    if [ -n "$wid" ]; then title=$(xdotool getwindowname "$wid"); break; fi
    sleep 0.1
done
# Close it as a person would: Escape dismisses the first-run window, and with no vault and no
# tray (Xvfb has none) Vidne then quits. Pressed again while it is still running, in case the
# first press came before the window took keyboard focus.
for _ in $(seq 10); do
    kill -0 "$gui" 2>/dev/null || break
    [ -n "$title" ] && timeout 5 xdotool windowfocus --sync "$wid" key Escape 2>/dev/null || true
    sleep 1
done
kill -0 "$gui" 2>/dev/null && kill "$gui"
status=0
wait "$gui" || status=$?
[ -n "$title" ] || fail "no window appeared; stderr: $(cat "$SCRATCH/gui.err")"
[ "$status" = 0 ] || fail "exit status $status; stderr: $(cat "$SCRATCH/gui.err")"
if grep -q "Traceback" "$SCRATCH/gui.err"; then fail "traceback: $(cat "$SCRATCH/gui.err")"; fi
echo "ok: window '$title' opened and closed with status 0"

"$BIN" install-desktop >/dev/null || fail "install-desktop"
entry=$XDG_DATA_HOME/applications/dk.vidne.Vidne.desktop
desktop-file-validate "$entry" || fail "invalid $entry"
grep -qx "Exec=$(cd "$DIST/vidne" && pwd -P)/vidne" "$entry" || fail "Exec is not the build: $(grep ^Exec "$entry")"
echo "ok: install-desktop"
echo "all checks passed"
