"""The ``vidne`` parser: every subcommand's name, options and help, and nothing else.

Building the parser must stay cheap: ``vidne capture`` is bound to a desktop shortcut and
``vidne --version`` should answer at once. So this module imports no command implementation
(no vault, no PDF library, no Qt); each subcommand names the module under
:mod:`vidne.app.cli.commands` whose ``handle(args)`` runs it, imported only when chosen.
Help texts are written in English and looked up in the catalogue (context ``CliHelp``) that
:func:`vidne.app.cli.catalogue.install` has installed before the parser is built, together with
argparse's own texts (:mod:`vidne.app.cli.argparse_text`): ``vidne --help`` speaks Danish on a
Danish system or with ``--lang da``.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vidne.app import APP_NAME, __version__
from vidne.app.i18n import LANGUAGES, translate

# The report's recipients (vidne.app.output.report.selection.RECIPIENTS; a test keeps them equal).
RECIPIENTS = ("leader", "amr", "tr", "police", "self")


class CommandParser(argparse.ArgumentParser):
    """A parser whose epilog may be computed when help is shown (from the implementation)."""

    epilog_source: Callable[[], str] | None = None

    def format_help(self) -> str:
        if self.epilog_source is not None:
            self.epilog = self.epilog_source()
        return super().format_help()


def lazy_handler(module: str) -> Callable[[argparse.Namespace], int]:
    """``handle`` of ``vidne.app.cli.commands.<module>``, imported when the command runs."""

    def handler(args: argparse.Namespace) -> int:
        command = importlib.import_module(f"vidne.app.cli.commands.{module}")
        return int(command.handle(args) or 0)

    handler.__name__ = f"{module}.handle"
    return handler


def subparser(
    sub: Any, common: argparse.ArgumentParser, name: str, help_text: str, **kw: Any
) -> CommandParser:
    p: CommandParser = sub.add_parser(
        name, parents=[common], help=help_text, description=kw.pop("description", help_text), **kw
    )
    p.set_defaults(handler=lazy_handler(name.replace("-", "_")))
    return p


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=translate("CliHelp", "read the passphrase from the first line of standard input"),
    )


def add_period_options(p: argparse.ArgumentParser) -> None:
    """``--from DATE`` and ``--to DATE``, the same for every command that takes a period."""
    p.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help=translate("CliHelp", "first day, e.g. 2026-01-01"),
    )
    p.add_argument(
        "--to", dest="end", metavar="DATE", help=translate("CliHelp", "last day, e.g. 2026-03-31")
    )


def add_selection_options(p: argparse.ArgumentParser) -> None:
    """The options ``report`` and ``bundle`` share (``--lang`` comes from the common parent)."""
    p.add_argument("--out", metavar="FILE", required=True, type=Path)
    add_period_options(p)
    p.add_argument(
        "--recipient",
        choices=RECIPIENTS,
        default="self",
        help=translate("CliHelp", "who the report is for (default: self)"),
    )
    p.add_argument(
        "--no-images",
        dest="images",
        action="store_false",
        help=translate("CliHelp", "list the evidence without printing the images"),
    )
    p.add_argument(
        "--request",
        metavar="TEXT",
        default="",
        help=translate(
            "CliHelp", "what you ask for, in your own words (printed on the report's first page)"
        ),
    )
    p.add_argument(
        "--include-originals",
        action="store_true",
        help=translate(
            "CliHelp",
            "also share the unredacted original of every redacted copy (by default a "
            "recipient other than self gets the copy only, and the original's SHA-256)",
        ),
    )
    add_passphrase_option(p)


def add_delimiter_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--delimiter",
        choices=("semicolon", "comma", "tab"),
        help=translate(
            "CliHelp",
            "CSV column separator (default: semicolon for Danish, comma for English, "
            "which is what a spreadsheet in that language expects)",
        ),
    )


# --- the subcommands, in the order of ``vidne --help`` -----------------------------------------
def add(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(sub, common, "add", translate("CliHelp", "add an episode and print its id"))
    p.add_argument(
        "--when",
        metavar="ISO",
        help=translate(
            "CliHelp",
            "when it happened (default: now), e.g. 2026-03-14T18:05 or 2026-03-14T18:05+01:00",
        ),
    )
    p.add_argument(
        "--channel",
        metavar="NAME",
        required=True,
        help=translate(
            "CliHelp",
            "email, sms, facebook, x, instagram, tiktok, snapchat, aula, teams, "
            "phone, forum, other",
        ),
    )
    p.add_argument("--sender", metavar="TEXT", default="")
    p.add_argument(
        "--severity",
        metavar="N",
        type=int,
        required=True,
        help=translate("CliHelp", "1 (minor) to 5"),
    )
    p.add_argument("--description", metavar="TEXT", required=True)
    add_passphrase_option(p)


def attach(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub, common, "attach", translate("CliHelp", "file evidence items under an episode")
    )
    p.add_argument("captures", metavar="CAPTURE_ID", type=int, nargs="+")
    p.add_argument("--episode", metavar="ID", type=int, required=True)
    add_passphrase_option(p)


def backup(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "backup",
        translate("CliHelp", "write one encrypted backup file (database snapshot and key file)"),
    )
    p.add_argument(
        "--out",
        metavar="FILE",
        required=True,
        type=Path,
        help=translate("CliHelp", "the backup file to write (replaced atomically if it exists)"),
    )
    add_passphrase_option(p)


def bundle(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "bundle",
        translate("CliHelp", "write an evidence bundle (ZIP) that can be verified"),
    )
    add_selection_options(p)
    add_delimiter_option(p)


def capture(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(sub, common, "capture", translate("CliHelp", "capture the screen into the vault"))
    p.add_argument(
        "--region",
        action="store_true",
        help=translate(
            "CliHelp",
            "let the running window select a region (without a window: the whole monitor)",
        ),
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--monitor",
        metavar="N",
        type=int,
        help=translate("CliHelp", "monitor number (1 = first; default: the one under the mouse)"),
    )
    which.add_argument(
        "--all", action="store_true", help=translate("CliHelp", "every monitor in one image")
    )
    p.add_argument(
        "--delay",
        metavar="S",
        type=int,
        choices=(0, 3, 5, 10),
        default=0,
        help=translate(
            "CliHelp", "wait 3, 5 or 10 seconds first (for menus that close on focus loss)"
        ),
    )
    add_passphrase_option(p)


def export(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "export",
        translate("CliHelp", "write every episode as JSON or CSV (no images)"),
    )
    p.add_argument("--format", choices=("json", "csv"), required=True)
    p.add_argument("--out", metavar="FILE", required=True, type=Path)
    add_delimiter_option(p)
    add_passphrase_option(p)


def import_(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "import",
        translate(
            "CliHelp",
            "import evidence files (PNG, JPEG, WebP, .eml, PDF) into the Inbox; prints each new id "
            "(a refused file's reason goes to stderr); exit 1 if any was refused",
        ),
    )
    p.set_defaults(handler=lazy_handler("import_files"))  # "import" is a Python keyword
    p.add_argument("files", metavar="FILE", type=Path, nargs="+")
    add_passphrase_option(p)


def inbox(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "inbox",
        translate(
            "CliHelp",
            "list the evidence not yet filed under an episode (captures taken while locked are "
            "imported first)",
        ),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "as JSON (see the README)")
    )
    add_passphrase_option(p)


def _import_csv_epilog() -> str:
    from vidne.app.output.csv_import import COLUMNS  # only when the help is shown

    lines = [
        translate(
            "CliHelp", "accepted columns (English name, then Danish headings also understood):"
        )
    ]
    for name, (help_text, aliases) in COLUMNS.items():
        also = f" [also: {', '.join(aliases)}]" if aliases else ""
        lines.append(f"  {name:14} {help_text}{also}")
    return "\n".join(lines)


def import_csv(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "import-csv",
        translate("CliHelp", "import episodes from a CSV file"),
        description=translate(
            "CliHelp",
            "Import episodes from a CSV file (UTF-8 or Windows-1252, comma or semicolon separated; "
            "both are\ndetected). The first row holds the column names, in any order; unknown "
            "columns are ignored.\nAll or nothing: the first bad row stops the import with its "
            "line number and nothing is written.\n",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.epilog_source = _import_csv_epilog
    p.add_argument("file", metavar="FILE", type=Path, help=translate("CliHelp", "the CSV file"))
    add_passphrase_option(p)


def init(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(sub, common, "init", translate("CliHelp", "create a new, empty vault"))
    add_passphrase_option(p)


def install_desktop(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "install-desktop",
        translate(
            "CliHelp", "add Vidne to the application menu (desktop entry and icons, this user only)"
        ),
    )
    p.add_argument(
        "--uninstall",
        action="store_true",
        help=translate("CliHelp", "remove the desktop entry and icons again"),
    )


def list_(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "list",
        translate("CliHelp", "list the episodes, newest first, with their evidence"),
    )
    p.set_defaults(handler=lazy_handler("list_episodes"))
    p.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "as JSON (see the README)")
    )
    add_period_options(p)
    p.add_argument(
        "--search",
        metavar="TEXT",
        help=translate("CliHelp", "words that must occur (as in the window)"),
    )
    add_passphrase_option(p)


def passwd(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "passwd",
        translate(
            "CliHelp", "change the passphrase (old, then new, as the first two lines of stdin)"
        ),
    )
    p.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=True,
        help=translate(
            "CliHelp", "accepted for symmetry; passwd always reads both passphrases from stdin"
        ),
    )


def redact(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "redact",
        translate(
            "CliHelp",
            "store a copy of a capture with solid black boxes and print its id (the original "
            "is kept unchanged)",
        ),
    )
    p.add_argument("capture", metavar="CAPTURE_ID", type=int)
    p.add_argument(
        "--box",
        metavar="X,Y,W,H",
        action="append",
        required=True,
        help=translate("CliHelp", "a box in the shown image's pixels (repeat for more)"),
    )
    add_passphrase_option(p)


def report(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "report",
        translate("CliHelp", "write the PDF report for a period and a recipient"),
    )
    add_selection_options(p)


def restore(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "restore",
        translate("CliHelp", "restore a backup file (verified before anything is replaced)"),
    )
    p.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help=translate("CliHelp", "a file made by 'vidne backup'"),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=translate("CliHelp", "replace an existing vault (it is kept in replaced-<time>/)"),
    )
    add_passphrase_option(p)


def selftest(sub: Any, common: argparse.ArgumentParser) -> None:
    subparser(
        sub,
        common,
        "selftest",
        translate(
            "CliHelp",
            "check hotkey, capture, vault, report and bundle on this system (PASS/FAIL each); "
            "removes what it made",
        ),
    )


def show(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "show",
        translate("CliHelp", "show one episode in full with its evidence items"),
    )
    p.add_argument(
        "id",
        metavar="ID",
        type=int,
        help=translate("CliHelp", "the episode's id (see 'vidne list')"),
    )
    p.add_argument(
        "--json", action="store_true", help=translate("CliHelp", "as JSON (see the README)")
    )
    add_passphrase_option(p)


def timestamp(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "timestamp",
        translate(
            "CliHelp",
            "ask a trusted timestamp service (RFC 3161) for a token for every item and the log "
            "head that has none; only SHA-256 hashes are sent",
        ),
    )
    p.add_argument(
        "--tsa",
        metavar="URL",
        action="append",
        help=translate(
            "CliHelp", "the service to ask (repeat for more; default: the list in the settings)"
        ),
    )
    add_passphrase_option(p)


def verify(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "verify",
        translate("CliHelp", "check the database, the hash chain and every item"),
    )
    add_passphrase_option(p)


def verify_bundle(sub: Any, common: argparse.ArgumentParser) -> None:
    p = subparser(
        sub,
        common,
        "verify-bundle",
        translate(
            "CliHelp",
            "check a bundle without the vault: every file against SHA256SUMS and every trusted "
            "timestamp (.tsr) against its file and certs.pem; one line per item",
        ),
    )
    p.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help=translate("CliHelp", "a bundle made by 'vidne bundle'"),
    )


COMMANDS: tuple[Callable[[Any, argparse.ArgumentParser], None], ...] = (
    add,
    attach,
    backup,
    bundle,
    capture,
    export,
    import_,
    import_csv,
    inbox,
    init,
    install_desktop,
    list_,
    passwd,
    redact,
    report,
    restore,
    selftest,
    show,
    timestamp,
    verify,
    verify_bundle,
)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=translate(
            "CliHelp", "folder of the vault (default: $VIDNE_DATA_DIR or the user data dir)"
        ),
    )
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=translate("CliHelp", "language of messages and reports (default: the system's)"),
    )
    parser = argparse.ArgumentParser(
        prog="vidne",
        parents=[common],
        description=translate("CliHelp", "Vidne: a private evidence log."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=translate("argparse", "show program's version number and exit"),  # argparse's text
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help=translate("CliHelp", "start hidden in the tray (used when starting at login)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CommandParser)
    for register in COMMANDS:
        register(sub, common)
    return parser
