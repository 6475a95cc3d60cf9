"""Getting things out of (and into) the vault from the window.

- :mod:`.export_dialog` with :mod:`.export_worker` the report and the evidence bundle;
  :mod:`.preview_pane` its preview of the first pages, :mod:`.handoff` "Open" and "Show in
  folder" once written.
- :mod:`.csv_import_dialog` import a spreadsheet.
"""
