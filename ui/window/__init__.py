"""The application window and what runs the GUI.

- :mod:`.controller` first run or unlock, the main window, locking.
- :mod:`.main_window` the main window: pages, menus and actions.
- :mod:`.tray` the tray icon; :mod:`.settings_dialog` and :mod:`.hotkey_settings` settings.
"""
