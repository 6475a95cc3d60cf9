#!/usr/bin/env bash
# Type-check the installed package's parts as ``vidne.app`` and ``vidne.ui``.
# The repository keeps app/ and ui/ at the top and maps them to vidne.* at install time; mypy
# cannot follow setuptools' editable import hook, so it checks a tree of symlinks instead:
# build/typecheck/vidne/{app,ui} -> the checkout's folders.
#   bash scripts/typecheck.sh            # strict for vidne.app, default checks for vidne.ui,
#                                        # the platform package as Windows and macOS too
set -euo pipefail
cd "$(dirname "$0")/.."
mypy="${MYPY:-$PWD/.venv/bin/mypy}"
tree=build/typecheck
mkdir -p "$tree/vidne"
ln -sfn ../../../app "$tree/vidne/app"
ln -sfn ../../../ui "$tree/vidne/ui"
cd "$tree"
"$mypy" --config-file ../../pyproject.toml -p vidne.app --strict
"$mypy" --config-file ../../pyproject.toml -p vidne.ui
for platform in win32 darwin; do
  "$mypy" --config-file ../../pyproject.toml -p vidne.app.platform --strict --platform "$platform"
done
