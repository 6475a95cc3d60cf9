"""The ``vidne`` command line: subcommands for scripting and recovery.

Each subcommand lives in ``app/cli/commands/<name>.py`` with ``register(subparsers)``; the module's
handler returns an exit code. Every error becomes one translated line on stderr, never a
traceback. With no subcommand, the GUI starts (see ``ui/main.py``).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from vidne.app import APP_NAME, __version__, i18n
from vidne.app.cli import commands
from vidne.app.errors import VidneError


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder of the vault (default: $VIDNE_DATA_DIR or the user data dir)",
    )
    common.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        default=argparse.SUPPRESS,
        help="language of messages and reports (default: the system's)",
    )
    parser = argparse.ArgumentParser(
        prog="vidne", parents=[common], description="Vidne: a private evidence log."
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start hidden in the tray (used when starting at login)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        if hasattr(module, "register"):
            module.register(sub, common)
    return parser


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    args.data_dir = getattr(args, "data_dir", None)
    args.lang = getattr(args, "lang", None)
    return args


def run(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; errors become one line on stderr."""
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    i18n.install(args.lang)
    try:
        return int(args.handler(args) or 0)
    except VidneError as exc:
        return fail(exc.message(), 1)
    except KeyboardInterrupt:
        return fail(i18n.translate("Cli", "Interrupted."), 130)
    except OSError as exc:
        return fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), 1)
    except Exception as exc:  # noqa: BLE001 - the contract: no traceback in the user's face
        return fail(
            i18n.translate("Cli", "Unexpected error:") + f" {type(exc).__name__}: {exc}", 70
        )
    finally:
        del app


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
    sys.exit(main())
