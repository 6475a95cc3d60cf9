"""``vidne import FILE…``: evidence files into the Inbox, each on its own.

One line per file, in the order given: the new item's id on stdout, or the file's name and why
it was refused (one translated sentence) on stderr, so a script reads the ids alone. Exit
status 0 when every file was imported, 1 when any was refused; a refused file never stops the
others. A last line on stderr says "N imported, M refused".
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vidne.app.cli.commands.common import open_vault
from vidne.app.evidence.file_import import ImportReport, import_files


def handle(args: argparse.Namespace) -> int:
    total = ImportReport()
    with open_vault(args) as vault:
        for path in (Path(p).expanduser() for p in args.files):
            one = import_files(vault, [path])
            for done in one.imported:
                print(done.capture_id, flush=True)
                if done.warning:
                    print(done.warning, file=sys.stderr)
            for name, reason in one.rejected:
                print(f"{name}: {reason}", file=sys.stderr)
            total.imported += one.imported
            total.rejected += one.rejected
    print(total.summary(), file=sys.stderr)
    return 1 if total.rejected else 0
