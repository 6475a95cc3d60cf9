"""The episode editor and the small widgets it is built from.

- :mod:`.episode_editor` the editor; :mod:`.sections` its foldable sections.
- :mod:`.collapsible`, :mod:`.record_table`, :mod:`.key_checks` building blocks.
- :mod:`.sender_dialog` the sender registry; :mod:`.history_view` an episode's revisions.
"""
