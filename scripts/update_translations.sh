#!/usr/bin/env bash
# Refresh the translation sources from the code and compile them:
#   resources/translations/vidne_da.ts  (edit translations here, e.g. with pyside6-linguist)
#   resources/translations/vidne_da.qm  (compiled; committed; tests check it is current)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$(dirname "$(command -v python)")"
lupdate="${bin}/pyside6-lupdate"; lrelease="${bin}/pyside6-lrelease"
[ -x "$lupdate" ] || lupdate=pyside6-lupdate
[ -x "$lrelease" ] || lrelease=pyside6-lrelease
mapfile -t sources < <(find app ui -name '*.py' | sort)
"$lupdate" -no-obsolete -locations relative "${sources[@]}" -ts resources/translations/vidne_da.ts
"$lrelease" -silent resources/translations/vidne_da.ts -qm resources/translations/vidne_da.qm
