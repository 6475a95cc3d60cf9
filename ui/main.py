"""Entry point of the ``vidne`` command: a subcommand runs the CLI, none opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from vidne.app.cli import main as cli


def main(argv: Sequence[str] | None = None) -> int:
    """*argv* None: run as the program (the ``vidne`` script), which a command then ends."""
    args = cli.parse(argv)
    from vidne.app.platform import harden_process  # after parsing: --help/--version hold nothing

    harden_process()  # before any secret is read: no core dump or crash report of this memory
    if args.command:
        code = cli.run(args)
        if argv is None:
            cli.leave(code)
        return code
    from vidne.ui.window.controller import run_gui  # Qt widgets only when the window is wanted

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
