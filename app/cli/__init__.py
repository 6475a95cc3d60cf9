"""The ``vidne`` command line.

- :mod:`.main` builds the parser (cheaply: no command is imported until it runs) and turns
  every error into one translated line on stderr.
- :mod:`.parser` declares every subcommand, one module per family; a subcommand's options are
  built only when it is parsed or its help shown.
- :mod:`.commands` holds one module per subcommand.
"""
