"""v1: meta, episodes (first cut), revisions and the hash chain."""

VERSION = 1

SQL = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB
);
CREATE TABLE episodes (
    id           INTEGER PRIMARY KEY,
    occurred_at  TEXT NOT NULL,           -- ISO 8601, local time with its UTC offset
    channel      TEXT NOT NULL,
    sender       TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    severity     INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
    recorded_at  TEXT NOT NULL,           -- UTC
    updated_at   TEXT NOT NULL            -- UTC
);
CREATE INDEX episodes_occurred ON episodes (occurred_at);
-- Append-only history: one row per create/update/delete, a full snapshot after the change.
CREATE TABLE revisions (
    id          INTEGER PRIMARY KEY,
    episode_id  INTEGER NOT NULL,
    at          TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    snapshot    TEXT NOT NULL,            -- canonical JSON ('' once purged by a delete)
    changes     TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX revisions_episode ON revisions (episode_id);
-- SHA-256 chain over every record: hash = sha256(prev | kind | ref | payload | at).
CREATE TABLE chain (
    seq      INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL,
    ref      INTEGER NOT NULL,
    payload  TEXT NOT NULL,               -- sha256 hex of the record's content
    at       TEXT NOT NULL,
    prev     TEXT NOT NULL,
    hash     TEXT NOT NULL
);
CREATE INDEX chain_ref ON chain (kind, ref);
"""


def upgrade(conn) -> None:  # type: ignore[no-untyped-def]
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
