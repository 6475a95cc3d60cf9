"""The ``vidne`` command line.

- :mod:`.main` builds the parser (cheaply: no command is imported until it runs) and turns
  every error into one translated line on stderr.
- :mod:`.commands` holds one module per subcommand.
"""
