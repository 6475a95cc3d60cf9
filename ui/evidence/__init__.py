"""Evidence in the window: capturing, the Inbox, viewing and redacting.

- :mod:`.capture_controller` hotkey, tray, single instance and sealed import wired together.
- :mod:`.region_overlay` region capture over the frozen screen.
- :mod:`.inbox_page` the Inbox; :mod:`.episode_strip` an episode's captures.
- :mod:`.viewer` a capture at full size; :mod:`.blurred_image` blurred until clicked.
- :mod:`.redact_dialog` black boxes over a copy.
"""
