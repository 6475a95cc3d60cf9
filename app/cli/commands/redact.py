"""``vidne redact CAPTURE_ID --box X,Y,W,H [--box …]``: a copy with solid black boxes.

The boxes are in the pixels of the image as shown (upright, the region if it was a region
capture). The copy is stored beside the original (which never changes) and its id printed;
reports and bundles for anyone but the user then carry the copy instead of the original.
"""

from __future__ import annotations

import argparse

from vidne.app.cli.commands.common import UsageError, open_vault
from vidne.app.errors import NotFound
from vidne.app.evidence import redaction
from vidne.app.i18n import translate


def parse_box(text: str) -> redaction.Box:
    """'10,20,300,40' -> (10, 20, 300, 40); width and height must be positive."""
    try:
        x, y, w, h = (int(part) for part in text.split(","))
    except ValueError:
        raise UsageError(
            translate(
                "Cli", "Not a box: %1 (use X,Y,WIDTH,HEIGHT in pixels, e.g. 10,20,300,40)"
            ).replace("%1", text[:40])
        ) from None
    if w <= 0 or h <= 0:
        raise UsageError(
            translate(
                "Cli", "Not a box: %1 (use X,Y,WIDTH,HEIGHT in pixels, e.g. 10,20,300,40)"
            ).replace("%1", text[:40])
        )
    return x, y, w, h


def handle(args: argparse.Namespace) -> int:
    boxes = [parse_box(b) for b in args.box]
    with open_vault(args) as vault:
        try:
            new_id = redaction.redact(vault, args.capture, boxes)
        except NotFound:
            raise UsageError(
                translate("Cli", "No evidence item with the id %1.").replace(
                    "%1", str(args.capture)
                )
            ) from None
    print(new_id)
    return 0
