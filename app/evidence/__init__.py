"""Evidence: screen captures and imported files, stored in the vault with their hashes.

- :mod:`.grab` grabbing the screen (mss); :mod:`.encode` the fast lossless PNG writer.
- :mod:`.capturer` takes a capture from any trigger into the vault, or sealed when locked.
- :mod:`.store` evidence items in the vault, each a link in the hash chain.
- :mod:`.sealed_inbox` captures sealed to the vault while it is locked, imported at unlock.
- :mod:`.file_import` images, e-mails and PDFs the user already has.
- :mod:`.redaction` black boxes over a copy of a capture.
"""
