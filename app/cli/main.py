"""The ``vidne`` command line: subcommands for scripting and recovery.

:mod:`vidne.app.cli.parser` declares every subcommand (name, options, help) without importing
its implementation; the chosen one's ``handle(args)`` in ``app/cli/commands/<name>.py`` is
imported when it runs and returns an exit code. Every error becomes one translated line on
stderr, never a traceback. With no subcommand, the GUI starts (see ``ui/main.py``).

Messages are translated from the ``.qm`` catalogue read by :mod:`vidne.app.cli.catalogue`, so
a command needs no Qt application (``vidne capture`` stays as quick as a screenshot tool).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from vidne.app import i18n
from vidne.app.cli.parser import build_parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    from vidne.app.cli import catalogue  # the language first: help and argparse's errors use it

    catalogue.install(catalogue.requested_language(sys.argv[1:] if argv is None else argv))
    args = build_parser().parse_args(argv)
    args.data_dir = getattr(args, "data_dir", None)
    args.lang = getattr(args, "lang", None)
    return args


def run(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; errors become one line on stderr."""
    from vidne.app.cli import catalogue
    from vidne.app.errors import VidneError

    catalogue.install(args.lang)
    try:
        return int(args.handler(args) or 0)
    except VidneError as exc:
        return fail(exc.message(), exc.exit_code)
    except KeyboardInterrupt:
        return fail(i18n.translate("Cli", "Interrupted."), 130)
    except OSError as exc:
        return fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), 1)
    except Exception as exc:  # noqa: BLE001 - the contract: no traceback in the user's face
        return fail(
            i18n.translate("Cli", "Unexpected error:") + f" {type(exc).__name__}: {exc}", 70
        )


def leave(code: int) -> NoReturn:
    """End the process with *code* at once, skipping the interpreter's tear-down.

    For a command run as the program: unloading the ~200 modules ``vidne capture`` needs took
    ~20 ms of its ~200 ms (bench/cli.py). Nothing is lost: every command has written, synced
    and closed its files and the vault, and the output is flushed here."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def fail(message: str, code: int) -> int:
    first = message.splitlines()[0] if message else ""
    print(f"vidne: {first}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    if not args.command:
        print(
            i18n.translate(
                "Cli", "No command given; start the window with 'vidne' from vidne.ui.main."
            ),
            file=sys.stderr,
        )
        return 2
    return run(args)


if __name__ == "__main__":
    leave(main())
