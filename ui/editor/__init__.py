"""The episode editor and the small widgets it is built from.

- :mod:`.episode_editor` the editor: :mod:`.quick_fields` and :mod:`.quick_grid` its quick
  entry, :mod:`.sections` and :mod:`.record_sections` its foldable sections,
  :mod:`.section_index` the index of them that never scrolls away (:mod:`.flow_layout`).
- :mod:`.evidence_link` and :mod:`.sender_link` the open episode's evidence and sender.
- :mod:`.collapsible`, :mod:`.record_table`, :mod:`.key_checks`, :mod:`.when_edit` building
  blocks.
- :mod:`.sender_dialog` the sender registry; :mod:`.history_view` an episode's revisions.
"""
