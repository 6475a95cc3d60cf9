"""The PDF report: selection, text safety, fonts, charts and the document itself.

A report may reach the person it names, so it holds exactly what the user selected, prints every
piece of user text literally (no markup, no links, no embedded files) and carries its own fonts.
"""
