"""What leaves the vault, and what comes into it in bulk.

- :mod:`.report` the PDF report; :mod:`.bundle` the evidence bundle (ZIP with SHA256SUMS).
- :mod:`.export` every episode as JSON or CSV; :mod:`.csv_import` episodes from a spreadsheet.
"""
