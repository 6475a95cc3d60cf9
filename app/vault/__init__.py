"""The vault: one SQLCipher database and its key file in one data directory.

- :mod:`.store` opens, creates and locks the vault; ``Vault.transaction()`` for every write.
- :mod:`.keyfile` the data key wrapped by a key derived from the passphrase (Argon2id), and
  what the key file vouches for (inbox key, anchor); :mod:`.unlock` which key file opens the
  database and putting the key file right once open; :mod:`.rekey` the passphrase change
  (a new data key); :mod:`.inbox_keys` the sealed inbox's key pairs; :mod:`.local_trust`
  what this account has authenticated (the inbox key ``vidne capture`` may seal to).
- :mod:`.passphrase` passphrase rules and the strength estimate.
- :mod:`.throttle` the growing delay after failed unlocks.
- :mod:`.chain` the SHA-256 hash chain over every record; :mod:`.integrity` whole-vault checks.
- :mod:`.backup` backups, restore and the daily rolling copies.
- :mod:`.profile` the name and workplace printed on the report.
- :mod:`.migrations` forward-only schema steps.
"""
