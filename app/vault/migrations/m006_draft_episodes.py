"""v6: drafts. An unfinished entry saved on lock or close is kept as a draft: listed in the
window, never counted in the Overview, the figures, the exports or the report until the user
completes it. The flag is a column of the episode, so it is in every revision's snapshot and
thereby in the hash chain; existing episodes are complete (0).

A draft may be saved before its severity is chosen (0, "not chosen"; validation allows 0 only
in a draft). v1's ``CHECK (severity BETWEEN 1 AND 5)`` is widened to 0..5 the way SQLite
documents for relaxing a CHECK constraint (ALTER TABLE, "making other kinds of table schema
changes"): the stored CREATE statement is edited under ``writable_schema`` and the schema
version bumped, in the migration's transaction. No row changes, so nothing is copied and the
table, its rowids and everything that refers to them stay as they are.
"""

from __future__ import annotations

from typing import Any

VERSION = 6

OLD_CHECK = "CHECK (severity BETWEEN 1 AND 5)"
NEW_CHECK = "CHECK (severity BETWEEN 0 AND 5)"


def upgrade(conn: Any) -> None:
    conn.execute("ALTER TABLE episodes ADD COLUMN draft INTEGER NOT NULL DEFAULT 0")
    version = int(conn.execute("PRAGMA schema_version").fetchone()[0])
    conn.execute("PRAGMA writable_schema = ON")
    try:
        conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) "
            "WHERE type = 'table' AND name = 'episodes'",
            (OLD_CHECK, NEW_CHECK),
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")
    finally:
        conn.execute("PRAGMA writable_schema = OFF")
