"""Passphrase, locking and backups in the window.

- :mod:`.setup_dialog` first run; :mod:`.unlock_dialog` unlock.
- :mod:`.change_passphrase_dialog`, :mod:`.passphrase_field` passphrase entry and strength.
- :mod:`.backup_actions` back up, restore; :mod:`.autolock` lock when idle or on screen lock.
"""
