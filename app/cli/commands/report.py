"""``vidne report --out FILE.pdf``: the PDF report for a period, a recipient and a language."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from vidne.app import i18n
from vidne.app.cli.commands.common import UsageError, open_vault
from vidne.app.i18n import translate
from vidne.app.output.report import pdf
from vidne.app.output.report.selection import Selection


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise UsageError(
            translate("Cli", "Not a date: %1 (use e.g. 2026-03-14)").replace("%1", text[:40])
        ) from None


def selection_from(args: argparse.Namespace) -> Selection:
    start, end = _day(args.start), _day(args.end)
    if start and end and start > end:
        raise UsageError(translate("Cli", "The period ends before it starts."))
    lang = args.lang if args.lang in i18n.LANGUAGES else i18n.system_language()
    return Selection(
        start=start,
        end=end,
        recipient=args.recipient,
        lang=lang,
        images=args.images,
        request=args.request,
        include_originals=include_originals(args),
    )


def include_originals(args: argparse.Namespace) -> bool:
    """--include-originals, with a warning on stderr when it shares what was blacked out."""
    chosen = bool(getattr(args, "include_originals", False))
    if chosen and args.recipient != "self":
        print(
            translate(
                "Cli",
                "Warning: the unredacted originals of redacted copies are included; the "
                "recipient will see what you covered.",
            ),
            file=sys.stderr,
        )
    return chosen


def output_path(args: argparse.Namespace) -> Path:
    out = Path(args.out).expanduser().resolve()
    if out.is_dir() or not out.parent.is_dir():
        raise UsageError(
            translate("Cli", "Cannot write to %1: choose a file in an existing folder.").replace(
                "%1", str(args.out)
            )
        )
    return out


def handle(args: argparse.Namespace) -> int:
    selection, out = selection_from(args), output_path(args)
    with open_vault(args) as vault:
        plan = pdf.write(vault, selection, out)
    print(
        translate("Cli", "Wrote a report with %n episodes and %1 annexes to %2")
        .replace("%n", str(len(plan.ctx.episodes)))
        .replace("%1", str(len(plan.items)))
        .replace("%2", str(out))
    )
    return 0
