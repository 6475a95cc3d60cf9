"""Fill translations into a .ts file from JSON files of {context: {source: translation}}.

Usage: python scripts/ts_fill.py resources/translations/vidne_da.ts da.json [more.json …]
A numerus message takes a list [singular, plural]. Run update_translations.sh afterwards.
"""

import json
import sys
import xml.etree.ElementTree as ET

ts = sys.argv[1]
table: dict = {}
for path in sys.argv[2:]:
    for ctx, entries in json.load(open(path, encoding="utf-8")).items():
        table.setdefault(ctx, {}).update(entries)
tree = ET.parse(ts)
n = missing = 0
for ctx in tree.getroot().findall("context"):
    name = ctx.find("name").text or ""
    for msg in ctx.findall("message"):
        src = msg.find("source").text
        tr = table.get(name, {}).get(src)
        t = msg.find("translation")
        if tr is None:
            if t.get("type") == "unfinished":
                missing += 1
            continue
        for child in list(t):
            t.remove(child)
        if msg.get("numerus") == "yes":
            forms = tr if isinstance(tr, list) else [tr, tr]
            t.text = None
            for form in forms:
                ET.SubElement(t, "numerusform").text = form
        else:
            t.text = tr if isinstance(tr, str) else tr[-1]
        t.attrib.pop("type", None)
        n += 1
tree.write(ts, encoding="utf-8", xml_declaration=True)
print("filled", n, "still unfinished", missing)
