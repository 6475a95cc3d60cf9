"""v7: trusted timestamps (RFC 3161) and the queue of items waiting for one.

``trusted_timestamps``: one token per item (``kind`` 'capture' with the capture's id, or 'log'
with the chain entry whose hash was stamped): the service's reply exactly as received (DER),
the SHA-256 it covers, the time and name the service signed, the service's address and the
certificates found for it (PEM). Each token is chained (kind 'timestamp').

``trusted_time_queue``: what waits for a token while the service cannot be reached, with the
number of attempts and when to try again (bookkeeping only: nothing here is shown).
"""

from __future__ import annotations

from typing import Any

VERSION = 7

SQL = """
CREATE TABLE trusted_timestamps (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    ref         INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    token       BLOB NOT NULL,
    gen_time    TEXT NOT NULL,
    tsa_name    TEXT NOT NULL,
    tsa_url     TEXT NOT NULL,
    certs       TEXT NOT NULL,
    chain_ok    INTEGER NOT NULL,
    stored_at   TEXT NOT NULL,
    UNIQUE (kind, ref)
);
CREATE TABLE trusted_time_queue (
    kind        TEXT NOT NULL,
    ref         INTEGER NOT NULL,
    queued_at   TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_try    TEXT NOT NULL,
    last_error  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, ref)
);
"""


def upgrade(conn: Any) -> None:
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
