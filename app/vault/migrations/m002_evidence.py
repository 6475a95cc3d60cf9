"""v2: evidence items (screen captures and imported files) and their link to episodes.

The bytes live in ``blobs`` so that listing captures never reads image data. A capture not
linked to any episode is in the Inbox.
"""

VERSION = 2

SQL = """
CREATE TABLE captures (
    id              INTEGER PRIMARY KEY,
    source          TEXT NOT NULL CHECK (source IN ('screen', 'region', 'import', 'redaction')),
    mime            TEXT NOT NULL,       -- image/png, image/jpeg, image/webp, message/rfc822, application/pdf
    sha256          TEXT NOT NULL,       -- of the stored original bytes
    size            INTEGER NOT NULL,
    width           INTEGER,
    height          INTEGER,
    captured_at     TEXT NOT NULL,       -- UTC, ISO 8601
    utc_offset      TEXT NOT NULL,       -- the local offset at capture, e.g. +01:00
    trigger         TEXT NOT NULL,       -- hotkey, tray, window, cli, import
    monitor         TEXT NOT NULL DEFAULT '{}',   -- JSON: geometry, scale, index
    crop            TEXT,                -- JSON {x, y, w, h} of a region within the original
    window_title    TEXT NOT NULL DEFAULT '',
    window_program  TEXT NOT NULL DEFAULT '',
    original_name   TEXT NOT NULL DEFAULT '',
    original_mtime  TEXT NOT NULL DEFAULT '',
    sealed          INTEGER NOT NULL DEFAULT 0,   -- captured while the vault was locked
    redacted_from   INTEGER REFERENCES captures (id) ON DELETE CASCADE,
    note            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);
CREATE INDEX captures_time ON captures (captured_at);
-- role: 'original' (the evidence), 'view' (region crop), 'thumb' (small PNG for lists)
CREATE TABLE blobs (
    capture_id  INTEGER NOT NULL REFERENCES captures (id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('original', 'view', 'thumb')),
    data        BLOB NOT NULL,
    PRIMARY KEY (capture_id, role)
);
CREATE TABLE episode_captures (
    episode_id  INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
    capture_id  INTEGER NOT NULL REFERENCES captures (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (episode_id, capture_id)
);
CREATE INDEX episode_captures_capture ON episode_captures (capture_id);
"""


def upgrade(conn) -> None:  # type: ignore[no-untyped-def]
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
