"""Getting things out of (and into) the vault from the window.

- :mod:`.export_dialog` with :mod:`.export_worker` the report and the evidence bundle.
- :mod:`.csv_import_dialog` import a spreadsheet.
"""
