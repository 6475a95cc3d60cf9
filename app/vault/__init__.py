"""The vault: one SQLCipher database and its key file in one data directory.

- :mod:`.store` opens, creates and locks the vault; ``Vault.transaction()`` for every write.
- :mod:`.keyfile` the data key wrapped by a key derived from the passphrase (Argon2id).
- :mod:`.passphrase` passphrase rules and the strength estimate.
- :mod:`.throttle` the growing delay after failed unlocks.
- :mod:`.chain` the SHA-256 hash chain over every record; :mod:`.integrity` whole-vault checks.
- :mod:`.backup` backups, restore and the daily rolling copies.
- :mod:`.profile` the name and workplace printed on the report.
- :mod:`.migrations` forward-only schema steps.
"""
