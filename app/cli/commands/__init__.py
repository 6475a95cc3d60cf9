"""One module per ``vidne`` subcommand; shared helpers in :mod:`vidne.app.cli.commands.common`."""
