"""The PDF report: selection, text safety, fonts, charts and the document itself.

A report may reach the person it names, so it holds exactly what the user selected, prints every
piece of user text literally (no markup, no links, no embedded files) and carries its own fonts.
Nothing a user can type stops it: table cells are shortened with an ellipsis, the details print
everything, and every script is drawn by a bundled face in reading order.

- :mod:`.pdf` lays the parts out in the order the reader needs (:func:`.pdf.parts`);
  :mod:`.selection` what goes in; :mod:`.data` reads the vault.
- The parts: :mod:`.cover` (its contents list's pages: :mod:`.contents`), :mod:`.story` (the
  case in words, figures from :mod:`.facts`), :mod:`.details` (list of episodes and each in
  full), :mod:`.register` (the workplace's register), :mod:`.senders` (who wrote, from which
  accounts), :mod:`.pattern` with :mod:`.charts`, :mod:`.annexes`; shared: :mod:`.sections`.
- Text: :mod:`.text` (safe, visible, faces, ellipsis), :mod:`.bidi` (right-to-left),
  :mod:`.fonts`, :mod:`.layout`, :mod:`.labels` (the report's own words), :mod:`.fields`.
- :mod:`.images` scales the evidence; :mod:`.preview` draws the first pages for the dialog.
"""
