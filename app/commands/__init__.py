"""One module per ``vidne`` subcommand; shared helpers in :mod:`app.commands.common`."""
