"""v3: the episode record in depth, the sender registry and full-text search.

List-valued fields (kinds, witnesses, told, …) are canonical JSON text: they are always read
and written whole with the episode, never queried row by row, and the revision snapshot keeps
them in the same shape. ``references`` is an SQL keyword, hence the quotes.
"""

VERSION = 3

SQL = """
CREATE TABLE senders (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL DEFAULT '',
    relation     TEXT NOT NULL DEFAULT 'unknown',
    identifiers  TEXT NOT NULL DEFAULT '[]',   -- JSON list: handles, profile names, e-mail, phone
    notes        TEXT NOT NULL DEFAULT '',
    merged_into  INTEGER REFERENCES senders (id),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
-- Append-only history of the registry, chained like episode revisions.
CREATE TABLE sender_revisions (
    id          INTEGER PRIMARY KEY,
    sender_id   INTEGER NOT NULL,
    at          TEXT NOT NULL,
    action      TEXT NOT NULL,
    snapshot    TEXT NOT NULL
);
ALTER TABLE episodes ADD COLUMN occurred_until TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN account TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN url TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN sender_id INTEGER REFERENCES senders (id) ON DELETE SET NULL;
ALTER TABLE episodes ADD COLUMN kinds TEXT NOT NULL DEFAULT '[]';
ALTER TABLE episodes ADD COLUMN quote TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN context TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN own_reply TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN experience TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN symptoms TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN sick_days INTEGER;
ALTER TABLE episodes ADD COLUMN doctor_visits TEXT NOT NULL DEFAULT '[]';
ALTER TABLE episodes ADD COLUMN witnesses TEXT NOT NULL DEFAULT '[]';
ALTER TABLE episodes ADD COLUMN told TEXT NOT NULL DEFAULT '[]';
ALTER TABLE episodes ADD COLUMN "references" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE episodes ADD COLUMN asked_to_stop INTEGER;
ALTER TABLE episodes ADD COLUMN support TEXT NOT NULL DEFAULT '[]';
ALTER TABLE episodes ADD COLUMN follow_up TEXT NOT NULL DEFAULT '';
ALTER TABLE episodes ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
CREATE INDEX episodes_sender ON episodes (sender_id);
-- How the change came in: editor, cli, import, merge ('' for revisions written before v3).
ALTER TABLE revisions ADD COLUMN source TEXT NOT NULL DEFAULT '';
-- rowid = episode id, kept in sync by app/episodes/search.py from the episode store.
CREATE VIRTUAL TABLE episodes_fts USING fts5 (
    description, quote, context, own_reply, sender, follow_up, tags,
    tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO episodes_fts (rowid, description, sender)
    SELECT id, description, sender FROM episodes;
"""


def upgrade(conn) -> None:  # type: ignore[no-untyped-def]
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
