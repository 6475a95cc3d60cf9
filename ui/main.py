"""Entry point of the ``vidne`` command: a subcommand runs the CLI, none opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from vidne.app.cli import main as cli


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse(argv)
    if args.command:
        return cli.run(args)
    from vidne.ui.window.controller import run_gui  # Qt widgets only when the window is wanted

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
