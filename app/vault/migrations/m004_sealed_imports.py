"""v4: the ledger of sealed inbox files already imported, so a file put back is not stored twice.

One row per imported file: the SHA-256 of the file exactly as it lay in the inbox, and the
random id sealed inside it (NULL in files written before the id existed). Bookkeeping only:
nothing here is shown, and a capture keeps its own ``sealed`` mark (covered by the chain).
"""

VERSION = 4

SQL = """
CREATE TABLE sealed_imports (
    file_sha256  TEXT PRIMARY KEY,
    seal_id      TEXT UNIQUE,
    capture_id   INTEGER REFERENCES captures (id) ON DELETE SET NULL,
    imported_at  TEXT NOT NULL
);
"""


def upgrade(conn) -> None:  # type: ignore[no-untyped-def]
    for statement in SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
