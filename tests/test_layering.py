"""app/ is the core: it never imports Qt widgets or ui/ (style.md, practice 1)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BANNED = ("PySide6.QtWidgets", "vidne.ui")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_core_imports_no_widgets_and_no_ui() -> None:
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        for name in imported_modules(path):
            if any(name == b or name.startswith(b + ".") for b in BANNED):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []
