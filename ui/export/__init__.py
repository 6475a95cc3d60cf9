"""Getting things out of (and into) the vault from the window.

- :mod:`.export_dialog` the report and the evidence bundle, built from :mod:`.choices` (recipient,
  language, format, cover), :mod:`.scope` (all, a period, chosen episodes) and
  :mod:`.item_lists` (the episodes and evidence to tick); :mod:`.preview_pane` its preview of
  the first pages; :mod:`.export_run` with :mod:`.export_worker` the writing;
  :mod:`.file_name` the name suggested for the file; :mod:`.handoff` "Open" and "Show in
  folder" once written; :mod:`.originals_option` sharing what was blacked out.
- :mod:`.csv_import_dialog` import a spreadsheet.
"""
